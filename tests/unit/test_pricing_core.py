"""core.pricing against a golden table of cases (tests/unit/data/pricing_golden.csv), the
rate-card row checks and the choice of the most specific row."""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

import pytest

from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.pricing import (
    Place, RateCard, check_card, overlapping, parse_place, price, select_card,
)

GOLDEN = Path(__file__).parent / "data" / "pricing_golden.csv"
CASES = list(csv.DictReader(GOLDEN.read_text(encoding="utf-8").splitlines()))


def _card(row: dict[str, str]) -> RateCard:
    return RateCard("standard", "*", "*", Decimal(row["first_kg"]), Decimal(row["first_price"]),
                    Decimal(row["step_kg"]), Decimal(row["step_price"]), int(row["divisor"]),
                    Decimal(row["min_charge"]), Decimal(row["remote"]), row["contract"] or None)


def _dims(text: str) -> tuple[int, int, int] | None:
    return tuple(int(x) for x in text.split("x")) if text else None  # type: ignore[return-value]


@pytest.mark.parametrize("row", CASES, ids=[r["case"] for r in CASES])
def test_golden_case(row: dict[str, str]) -> None:
    def run():  # type: ignore[no-untyped-def]
        return price(_card(row), Decimal(row["weight_kg"]), _dims(row["dims"]),
                     declared_value=Decimal(row["declared"]),
                     discount_pct=Decimal(row["discount_pct"]))
    if row["error"]:
        with pytest.raises(ValidationError, match=row["error"]):
            run()
        return
    b = run()
    assert b.chargeable_weight_kg == Decimal(row["chargeable_kg"])
    assert b.volumetric_kg == (Decimal(row["volumetric_kg"]) if row["volumetric_kg"] else None)
    assert str(b.freight) == row["freight"]
    assert str(b.surcharge_total) == row["surcharges"]
    assert str(b.discount) == row["discount"]
    assert str(b.insurance) == row["insurance"]
    assert str(b.total) == row["total"]
    assert b.total == b.freight + b.surcharge_total - b.discount + b.insurance


def test_golden_file_covers_the_issue_cases() -> None:
    names = " ".join(r["case"] for r in CASES)
    for what in ("18.1 kg billed as 18.5 kg", "volumetric heavier", "minimum charge",
                 "remote area", "merchant contract", "discount", "insurance minimum",
                 "over the cap"):
        assert what in names


CARD = RateCard("standard", "*", "*", Decimal(1), Decimal(10), Decimal("0.5"), Decimal(2), 8000)


@pytest.mark.parametrize("change,message", [
    ({"step_kg": Decimal(0)}, "step_kg must be more than 0 kg"),
    ({"step_kg": Decimal("-0.5")}, "step_kg must be more than 0 kg"),
    ({"first_kg": Decimal(0)}, "first_kg must be more than 0 kg"),
    ({"first_price": Decimal("-1")}, "first_price must not be negative"),
    ({"step_price": Decimal("-0.01")}, "step_price must not be negative"),
    ({"min_charge": Decimal("1.001")}, "min_charge has more than two decimal places"),
    ({"volumetric_divisor": 0}, "volumetric_divisor must be a whole number above 0"),
    ({"destination": " "}, "destination is empty"),
])
def test_bad_card_rows_are_refused(change: dict[str, object], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        check_card(RateCard(**{**CARD.__dict__, **change}), "line 3: ")


def test_overlapping_rows_found() -> None:
    a = CARD
    b = RateCard(**{**CARD.__dict__, "destination": "上海市"})
    c = RateCard(**{**CARD.__dict__, "first_price": Decimal(12)})  # same zone as a
    assert overlapping([a, b]) is None
    assert overlapping([a, b, c]) == (0, 2, c)
    m = RateCard(**{**CARD.__dict__, "merchant": "M001"})
    assert overlapping([a, m]) is None   # a merchant's own row is not the public one


def test_most_specific_row_wins() -> None:
    def row(o: str, d: str, m: str | None = None) -> RateCard:
        return RateCard(**{**CARD.__dict__, "origin": o, "destination": d, "merchant": m})
    cards = [row("*", "*"), row("*", "广东省"), row("*", "深圳市"), row("浙江省", "广东省"),
             row("*", "*", "M001")]
    hz, sz, gz = Place("浙江省", "杭州市"), Place("广东省", "深圳市"), Place("广东省", "广州市")
    assert select_card(cards, "standard", hz, sz).destination == "深圳市"      # city
    assert select_card(cards, "standard", hz, gz).origin == "浙江省"           # province
    assert select_card(cards, "standard", Place("江苏省", "南京市"), gz).origin == "*"
    assert select_card(cards, "standard", hz, Place("北京市", "北京市")).destination == "*"
    assert select_card(cards, "standard", hz, sz, "M001").merchant == "M001"  # contract
    assert select_card(cards, "standard", hz, sz, "M002").destination == "深圳市"
    with pytest.raises(NotFound, match="No rate card for express from 浙江省杭州市 to"):
        select_card(cards, "express", hz, sz)


@pytest.mark.parametrize("text,place", [
    ("浙江省杭州市", Place("浙江省", "杭州市")), ("浙江省 杭州市", Place("浙江省", "杭州市")),
    ("浙江省", Place("浙江省", "")), ("杭州市", Place("", "杭州市")),
    ("上海市", Place("上海市", "上海市")), ("上海", Place("上海市", "上海市")),
    ("新疆维吾尔自治区乌鲁木齐市", Place("新疆维吾尔自治区", "乌鲁木齐市")),
    ("*", Place("", "")),
])
def test_parse_place(text: str, place: Place) -> None:
    assert parse_place(text) == place

"""Rate cards in the store, quotes, the price of a new waybill and its re-price at receiving,
on SQLite and PostgreSQL."""

from __future__ import annotations

import json
import re
from types import SimpleNamespace
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.pickup import receiving
from carrier_app.pricing import rates
from carrier_app.pricing.service import quote, set_discount
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, RateCardRow, Receipt
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from tests.hub_support import SUP, make_parcels
from tests.acceptance_support import COUNTER

HEADER = ("service,origin,destination,first_kg,first_price,step_kg,step_price,"
          "volumetric_divisor,min_charge,remote_surcharge,merchant\n")
GOOD = HEADER + ("standard,*,*,1,10.00,0.5,2.00,8000,10.00,0,\n"
                 "standard,*,新疆维吾尔自治区,1,20.00,0.5,8.00,8000,20.00,10.00,\n"
                 "standard,*,*,1,6.00,0.5,1.00,8000,0,0,M001\n")


def _import(db, csv_text: str):
    with UnitOfWork(db) as uow:
        return rates.import_csv(uow, SUP, csv_text)


def _count(db) -> int:
    with UnitOfWork(db) as uow:
        return len(list(uow.session.scalars(select(RateCardRow))))


def test_import_export_round_trip(demo_db):
    res = _import(demo_db, GOOD)
    assert (res.rows, res.replaced) == (3, 8)     # the demo card is replaced as a whole
    with UnitOfWork(demo_db) as uow:
        exported = rates.export_csv(uow, SUP)
    assert exported.splitlines()[0] == HEADER.strip()
    assert "standard,*,*,1,6.00,0.5,1.00,8000,0.00,0.00,M001" in exported
    assert _import(demo_db, exported).rows == 3
    with UnitOfWork(demo_db) as uow:
        assert rates.export_csv(uow, SUP) == exported


@pytest.mark.parametrize("row,message", [
    ("standard,*,*,1,12.00,0.5,3.00,8000,0,0,", "line 5: standard * → * overlaps line 2"),
    ("standard,*,上海市,1,12.00,0,3.00,8000,0,0,", "line 5: step_kg must be more than 0 kg"),
    ("standard,*,上海市,1,12.00,-0.5,3.00,8000,0,0,", "line 5: step_kg must be more than 0"),
    ("standard,*,上海市,1,-12.00,0.5,3.00,8000,0,0,", "line 5: first_price must not be neg"),
    ("standard,*,上海市,1,12.00,0.5,3.00,0,0,0,", "line 5: volumetric_divisor must be"),
    ("standard,*,上海市,1,12.00,0.5,abc,8000,0,0,", "line 5: step_price 'abc' is not a num"),
    ("standard,*,上海市,1,12.00,0.5,3.00,8000,0,0,M999", "line 5: merchant 'M999' is not"),
    ("overnight,*,上海市,1,12.00,0.5,3.00,8000,0,0,", "line 5: Service 'overnight' is not"),
    ("standard,,上海市,1,12.00,0.5,3.00,8000,0,0,", "line 5: origin is empty"),
    ("express,*,上海市,1,12.00,0.5,3.00,6000,0,0,", "service express has no * → * row"),
])
def test_import_refusals_keep_the_stored_card(demo_db, row, message):
    _import(demo_db, GOOD)
    with pytest.raises(ValidationError, match=re.escape(message)):
        _import(demo_db, GOOD + row + "\n")
    assert _count(demo_db) == 3     # all or nothing: the card in use is untouched


def test_import_refuses_a_file_without_the_columns_or_rows(demo_db):
    with pytest.raises(ValidationError, match="lacks the column.*step_kg"):
        _import(demo_db, "service,origin,destination,first_kg,first_price\n")
    with pytest.raises(ValidationError, match="no rate rows"):
        _import(demo_db, HEADER)


def test_import_lists_every_bad_line(demo_db):
    bad = HEADER + ("standard,*,*,1,10,0,2,8000,0,0,\n"
                    "standard,*,上海市,1,-1,0.5,2,8000,0,0,\n")
    with pytest.raises(ValidationError) as err:
        _import(demo_db, bad)
    assert "line 2: step_kg" in err.value.message and "line 3: first_price" in err.value.message


def test_quote_on_the_demo_card(demo_db):
    with UnitOfWork(demo_db) as uow:
        q = quote(uow, SUP, "杭州市", "上海市", "18.1")
        assert (q.origin, q.breakdown.card.destination) == ("浙江省杭州市", "上海市")
        assert (q.breakdown.chargeable_weight_kg, q.breakdown.total) == (Decimal("18.5"),
                                                                        Decimal("80.00"))
        remote = quote(uow, SUP, "浙江省杭州市", "新疆维吾尔自治区乌鲁木齐市", "1",
                       insured="3000")
        assert [s.code for s in remote.breakdown.surcharges] == ["remote"]
        assert (remote.breakdown.insurance, remote.breakdown.total) == (Decimal("15.00"),
                                                                        Decimal("45.00"))
        contract = quote(uow, SUP, "杭州市", "上海市", "3", merchant="m001")
        assert contract.breakdown.total == Decimal("10.00")   # M001's own card: 6 + 4 x 1
        with pytest.raises(ValidationError, match="over the insurance cap"):
            quote(uow, SUP, "杭州市", "上海市", "1", insured="20000.01")
        with pytest.raises(NotFound, match="No merchant 'M404'"):
            quote(uow, SUP, "杭州市", "上海市", "1", merchant="M404")
    with UnitOfWork(demo_db) as uow:
        assert set_discount(uow, SUP, "M003", "12.5") == Decimal("12.5")
    with UnitOfWork(demo_db) as uow:
        d = quote(uow, SUP, "杭州市", "上海市", "18.1", merchant="M003").breakdown
        assert (d.discount, d.total) == (Decimal("10.00"), Decimal("70.00"))


def _create(db, **kw):
    alloc = NumberAllocator(db, block_size=10)
    alloc.ensure(1)
    data = {"recipient_name": "张三", "recipient_phone": "13800001111",
            "recipient_address": "某路 1 号", "recipient_province": "上海市",
            "recipient_city": "上海市", "weight_kg": Decimal("18.1"), "merchant_id": None,
            "origin_branch_id": None, **COUNTER, **kw}
    with UnitOfWork(db) as uow:
        out = create_waybill(uow, SUP, alloc, load_router(uow), WaybillInput(**data))
        uow.commit()
    with UnitOfWork(db) as uow:
        row = uow.session.execute(select(Parcel.__table__).where(
            Parcel.waybill_no == out.waybill_no)).mappings().one()
    return SimpleNamespace(**row)


def test_waybill_priced_at_creation(demo_db):
    walk_in = _create(demo_db, declared_value=Decimal("1000"), dimensions_cm=(60, 50, 40))
    assert walk_in.payer == "SENDER_CASH"
    assert (walk_in.chargeable_weight_g, walk_in.freight_fen, walk_in.insurance_fen) == (
        18500, 8000, 500)                  # * → 上海市: 10 + 35 x 2; 1000 x 5 ‰
    merchant = _create(demo_db, merchant_id=1, weight_kg=Decimal("3"))
    assert (merchant.payer, merchant.freight_fen, merchant.discount_fen) == ("MONTHLY", 1000, 0)
    discounted = _create(demo_db, merchant_id=2, weight_kg=Decimal("3"), payer="receiver")
    assert (discounted.payer, discounted.freight_fen, discounted.discount_fen) == (
        "RECEIVER", 1800, 180)             # M002 (上海): * → 上海市 10 + 4 x 2, less 10 %
    with pytest.raises(ValidationError, match="payer 'COD' is not one of"):
        _create(demo_db, payer="COD")
    with pytest.raises(ValidationError, match="MONTHLY .* needs a merchant"):
        _create(demo_db, payer="MONTHLY")
    with pytest.raises(ValidationError, match="Declared value ¥20000.01 is over the cap"):
        _create(demo_db, declared_value=Decimal("20000.01"))


def test_no_rate_card_leaves_the_waybill_unpriced(db):
    from carrier_app.demo.seed import _network
    with UnitOfWork(db) as uow:
        _network(uow)
        uow.session.execute(text("delete from rate_cards"))
        uow.commit()
    p = _create(db)
    assert (p.freight_fen, p.chargeable_weight_g, p.payer) == (None, None, "SENDER_CASH")


def test_repriced_from_the_weight_measured_at_receiving(demo_db):
    light, exact, unweighed = make_parcels(demo_db, 3, merchant_id=None, weight="1.000",
                                           steps=(Event.PICKUP,))
    with UnitOfWork(demo_db) as uow:
        before = uow.session.scalar(select(Parcel.freight_fen)
                                    .where(Parcel.waybill_no == light))
    assert before == 1200                       # 571-12 walk-in to 浙江: * → *, 1 kg
    with UnitOfWork(demo_db) as uow:
        r = receiving.receive(uow, SUP, light, receiving.parse_weight("2.2kg"))
    assert r.weight_flag and r.price_difference == Decimal("9.00")   # 2.5 kg: 12 + 3 x 3
    with UnitOfWork(demo_db) as uow:
        r2 = receiving.receive(uow, SUP, exact, receiving.parse_weight("1020g"))
        r3 = receiving.receive(uow, SUP, unweighed)
    assert (r2.weight_flag, r2.price_difference) == (False, Decimal("3.00"))  # 1.5 kg billed
    assert r3.price_difference is None
    with UnitOfWork(demo_db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == light))
        assert p is not None
        assert (p.chargeable_weight_g, p.freight_fen) == (2500, 2100)
        rec = uow.session.scalar(select(Receipt).where(Receipt.parcel_id == p.id))
        assert rec.price_diff_fen == 900
        details = json.loads(uow.session.scalar(text(
            "select details from scan_events where parcel_id = :p and event = 'RECEIVE'"),
            {"p": p.id}))
        assert (details["price_before_fen"], details["price_after_fen"],
                details["price_diff_fen"]) == (1200, 2100, 900)
        found = {(d.waybill_no, d.detail) for d in receiving.discrepancies(
            uow, SUP, p.created_at.date()) if d.kind == "weight"}
    assert (light, "declared 1000 g, weighed 2200 g, price +9.00 yuan") in found


def test_unpriced_parcel_is_priced_at_receiving_without_a_difference(demo_db):
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(text("delete from rate_cards"))
        uow.commit()
    (wb,) = make_parcels(demo_db, 1, merchant_id=None, steps=(Event.PICKUP,))
    _import(demo_db, GOOD)
    with UnitOfWork(demo_db) as uow:
        r = receiving.receive(uow, SUP, wb, receiving.parse_weight("1.6"))
    assert r.price_difference is None
    with UnitOfWork(demo_db) as uow:
        assert uow.session.execute(text(
            "select p.freight_fen, r.price_diff_fen from parcels p join receipts r "
            "on r.parcel_id = p.id where p.waybill_no = :w"), {"w": wb}).one() == (1400, None)


def test_migration_gives_existing_parcels_a_payer(db):
    """Parcels made before 0005: a merchant's is MONTHLY (it was charged a fee per parcel),
    a walk-in's SENDER_CASH; both unpriced."""
    from alembic.config import Config

    from alembic import command
    from carrier_app.demo.seed import _network
    from carrier_app.store.schema import MIGRATIONS
    with UnitOfWork(db) as uow:
        _network(uow)
        uow.commit()
    merchant_wb, = make_parcels(db, 1, merchant_id=1)
    walk_in_wb, = make_parcels(db, 1, merchant_id=None)
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    with UnitOfWork(db) as uow:
        got = dict(uow.session.execute(text(
            "select waybill_no, payer from parcels where freight_fen is null")).all())
    assert got == {merchant_wb: "MONTHLY", walk_in_wb: "SENDER_CASH"}

"""Issue 11 (hardening) for the core parsers: money, weights, pieces, phones, scan codes.
A bad value is a ValidationError naming the value and why; never a traceback, never another
value."""

from __future__ import annotations

import time
from decimal import Decimal

import pytest

from carrier_app.core import s10
from carrier_app.core import validation as v
from carrier_app.core.errors import ValidationError
from carrier_app.core.money import parse_amount, to_fen
from carrier_app.core.text import like_pattern


@pytest.mark.parametrize("text, fen", [
    ("59.90", 5990), ("0.99", 99), ("1,234.50", 123450), ("12,345", 1234500),
    ("1,234,567.89", 123456789), ("¥59.90", 5990), ("￥ 1,000", 100000), (" 7 ", 700),
    ("５９．９０", 5990), ("１，２３４．５０", 123450), (".5", 50), ("-3.10", -310), ("0", 0),
])
def test_money_reads_points_and_thousands_groups(text, fen):
    assert to_fen(text) == fen


@pytest.mark.parametrize("text, why", [
    ("59,90", "use a point for decimals"),
    ("0,99", "use a point for decimals"),
    ("1,5", "use a point for decimals"),
    ("1,2345", "groups of three"),
    ("12,34,567", "groups of three"),
    ("1_000", "underscores"),
    ("1e2", "exponent"),
    ("1E+30", "exponent"),
    ("NaN", "finite"),
    ("Infinity", "finite"),
    ("-inf", "finite"),
    ("\u0665\u0669.\u0669\u0660", "digits 0-9"),        # Arabic-Indic 59.90
    ("\u06f5", "digits 0-9"),                           # Extended Arabic-Indic 5
    ("9" * 29, "too many digits"),
    ("1.2.3", "one decimal point"),
    ("", "empty"),
])
def test_money_refuses_what_it_cannot_read_without_guessing(text, why):
    with pytest.raises(ValidationError) as e:
        to_fen(text)
    assert why in e.value.message
    assert repr(text) in e.value.message  # names the value


def test_user_facing_money_fields_say_which_field_and_stay_storable():
    with pytest.raises(ValidationError, match="COD amount '59,90' is not an amount of money"):
        v.amount("59,90", "cod_amount", "COD amount")
    with pytest.raises(ValidationError, match="more than ¥21,474,836.47"):
        v.amount("99,999,999", "declared_value", "Declared value")
    with pytest.raises(ValidationError, match="more than ¥21,474,836.47"):
        parse_amount("30000000")
    assert parse_amount("1,234.5") == Decimal("1234.50")
    assert parse_amount(Decimal("1E+2")) == v.amount(Decimal("1E+2"), "cod", "COD") == 100


def test_cash_up_declarations_refuse_a_decimal_comma():
    from carrier_app.finance.cashup import parse_declared
    with pytest.raises(ValidationError, match="cash: .*use a point for decimals"):
        parse_declared({"cash": "59,90"})
    assert parse_declared({"cash": "1,059.90", "transfer": Decimal("1E+1")}) == {
        "cash": 105990, "transfer": 1000}


@pytest.mark.parametrize("text", ["1e30", "9" * 29, "1,5", "NaN", "1_0", "\u0661"])
def test_weight_refuses_with_a_message(text):
    with pytest.raises(ValidationError) as e:
        v.weight_kg(text)
    assert e.value.field == "weight_kg" and "Weight" in e.value.message


def test_weight_reads_full_width_digits_and_kg():
    assert v.weight_kg("１．５kg") == Decimal("1.500")


@pytest.mark.parametrize("text", ["1e99999", "1e9999999", "9" * 400, "2.5", "\u0662", "1_0",
                                  "-1", "0x10"])
def test_pieces_refuses_at_once(text):
    start = time.perf_counter()
    with pytest.raises(ValidationError) as e:
        v.pieces(text)
    assert time.perf_counter() - start < 0.5
    assert e.value.field == "pieces"


def test_pieces_takes_whole_numbers_as_excel_writes_them():
    assert [v.pieces(t) for t in ("2", "2.0", "３", "", 5)] == [2, 2, 3, 1, 5]


# ---- scan codes (item 14) ------------------------------------------------------------------

GOOD = s10.make("AA", 12345678)


def test_full_width_scan_is_folded_to_the_waybill():
    full = "".join(chr(ord(c) + 0xFEE0) for c in GOOD)
    assert s10.parse(full).waybill == GOOD
    assert s10.parse(full + "－２").piece == 2


@pytest.mark.parametrize("digits", ["\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669",
                                    "\u06f0\u06f1\u06f2\u06f3\u06f4\u06f5\u06f6\u06f7\u06f8\u06f9",
                                    "\u0966\u0967\u0968\u0969\u096a\u096b\u096c\u096d\u096e\u096f"])
def test_other_scripts_digits_are_not_a_waybill_number(digits):
    # Each script's digits mapped onto GOOD's serial and check digit: \\d would take them and
    # their check digit would pass, to be told "no such waybill" later.
    code = "AA" + "".join(digits[int(c)] for c in GOOD[2:11]) + "CN"
    with pytest.raises(ValidationError) as e:
        s10.parse(code)
    assert e.value.params["reason"] == "format"
    assert not s10.is_valid(code)


def test_trailing_newline_is_not_part_of_a_valid_code():
    assert s10.is_valid(GOOD) and not s10.is_valid(GOOD + "\n")
    assert not s10.is_valid(GOOD + "\nX")


# ---- phones (item 19) ----------------------------------------------------------------------

@pytest.mark.parametrize("text, out", [
    ("400-820-8820", "400-820-8820"), ("4008208820", "400-820-8820"),
    ("800-820-8820", "800-820-8820"), ("13812345678", "13812345678"),
    ("+86 138 1234 5678", "13812345678"), ("0571-88886666", "0571-88886666"),
    ("１３８１２３４５６７８", "13812345678"),
])
def test_phone_numbers_as_dialled(text, out):
    assert v.phone(text) == out


@pytest.mark.parametrize("text, reason, says", [
    ("13812345678 ext 2", "phone_extension", "extension"),
    ("0571-88886666 转 801", "phone_extension", "extension"),
    ("0571-88886666x12", "phone_extension", "extension"),
    ("tel:+86-138-1234-5678", "phone", "tel: link"),
    ("TEL:13812345678", "phone", "tel: link"),
    ("\u0661\u0663\u0668\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668", "phone", "digits 0-9"),
])
def test_phone_extensions_and_links_are_refused_not_dropped(text, reason, says):
    with pytest.raises(ValidationError) as e:
        v.phone(text)
    assert e.value.params["reason"] == reason and says in e.value.message


def test_like_pattern_escapes_wildcards():
    assert like_pattern("50%_a\\b") == "%50\\%\\_a\\\\b%"

"""智能识别: a pasted contact split into the recipient's fields, measured on the written sets
(tests/address_cases.py) and on the bad inputs a clipboard brings."""

from __future__ import annotations

import pytest

from carrier_app.core.errors import ValidationError
from carrier_app.waybill.smart_address import MAX_TEXT, parse_contact
from tests.address_cases import HELD_OUT, PLACES, Case, cases

FIELDS = ("name", "phone", "province", "city", "district", "address", "postcode")


def wrong_fields(case: Case) -> list[tuple[str, str, str]]:
    got = parse_contact(case.text)
    return [(f, getattr(got, f), getattr(case, f)) for f in FIELDS
            if getattr(got, f) != getattr(case, f)]


def test_the_set_covers_every_province_and_every_layout():
    provinces = {p[0] for p in PLACES}
    assert len(provinces) == 31  # every mainland province-level division
    assert len(cases()) >= 200


def test_the_development_set_is_parsed_fully_right_name_included():
    failures = {c.text: wrong_fields(c) for c in cases() if wrong_fields(c)}
    assert not failures


def test_the_held_out_set_is_parsed_fully_right_at_least_nine_times_in_ten():
    failures = {c.text: wrong_fields(c) for c in HELD_OUT if wrong_fields(c)}
    assert len(failures) <= len(HELD_OUT) // 10, failures


@pytest.mark.parametrize("text, name, address", [
    ("13812345678浙江杭州西湖区文三路90号3幢501室张三", "张三", "文三路90号3幢501室"),
    ("13812345678河南郑州金水区花园路39号司马相如", "司马相如", "花园路39号"),
    ("13812345678浙江杭州西湖区文三路90号3幢501室韩梅梅", "韩梅梅", "文三路90号3幢501室"),
    ("上海市徐汇区漕溪北路398号 Tom Lee +86 139 1234 5678", "Tom Lee", "漕溪北路398号"),
])
def test_a_name_glued_to_the_street_is_split_off_at_a_surname(text, name, address):
    got = parse_contact(text)
    assert (got.name, got.address) == (name, address)


def test_what_is_not_found_is_listed_not_guessed():
    got = parse_contact("浙江省杭州市")
    assert (got.province, got.city) == ("浙江省", "杭州市")
    assert got.missing == ("name", "phone", "district", "address")
    assert parse_contact("").missing == FIELDS[:-1]


def test_control_characters_and_full_width_digits_are_cleaned():
    got = parse_contact("张三\x00\u200b １３８１２３４５６７８\x1b 浙江省杭州市西湖区文三路90号")
    assert (got.name, got.phone, got.address) == ("张三", "13812345678", "文三路90号")


def test_landline_with_extension():
    got = parse_contact("诸葛亮 0571-87654321转123 浙江省杭州市上城区解放路1号")
    assert got.phone == "0571-87654321-123"


def test_a_huge_paste_is_refused_with_the_limit():
    with pytest.raises(ValidationError) as err:
        parse_contact("浙" * (MAX_TEXT + 1))
    assert err.value.field == "paste" and str(MAX_TEXT) in str(err.value)

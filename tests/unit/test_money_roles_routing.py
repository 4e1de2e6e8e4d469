from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from carrier_app.core.errors import PermissionDenied, ValidationError
from carrier_app.core.money import format_yuan, from_fen, parse_amount, to_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, Role, permission_for_event, require
from carrier_app.core.routing import Router, Rule


@given(st.integers(min_value=-10**12, max_value=10**12))
def test_fen_round_trip(fen):
    assert to_fen(from_fen(fen)) == fen


def test_money_refuses_float_and_fractions_of_a_fen():
    with pytest.raises(TypeError):
        to_fen(1.1)  # type: ignore[arg-type]
    with pytest.raises(ValidationError):
        to_fen("1.001")
    with pytest.raises(ValidationError):
        to_fen("abc")
    with pytest.raises(ValidationError):
        parse_amount("-5")
    assert parse_amount("¥1,234.5") == Decimal("1234.50")
    assert format_yuan(123450) == "¥1,234.50"


def test_mask_phone():
    assert mask_phone("13812345678") == "138****5678"
    assert mask_phone("+86 138-1234-5678") == "138****5678"
    assert mask_phone("0571-88886666") == "057****6666"


def test_roles():
    clerk = Actor(1, "c", Role.CLERK)
    require(clerk, Permission.CREATE_WAYBILL)
    with pytest.raises(PermissionDenied):
        require(clerk, Permission.APPROVE_VARIANCE)
    assert permission_for_event("DELIVER") is Permission.DELIVER
    assert permission_for_event("SORT") is Permission.SCAN
    assert all(Actor(None, "a", Role.ADMIN).can(p) for p in Permission)


def test_router_prefers_longest_postcode_prefix_then_most_specific_name():
    router = Router([
        Rule(1, "571-12-01", 1, 1, postcode_prefix="3100"),
        Rule(2, "571-12-02", 1, 2, postcode_prefix="310012"),
        Rule(3, "571-15-01", 2, 3, province="浙江省", city="杭州市"),
        Rule(4, "571-15-02", 2, 4, province="浙江省", city="杭州市", district="滨江区"),
    ])
    assert router.match("310012").rule.id == 2
    assert router.match("310099").rule.id == 1
    m = router.match("", "浙江省", "杭州市", "滨江区")
    assert m.rule.id == 4 and "滨江区" in m.reason
    assert router.match("", "", "", "", "浙江省杭州市西湖区文三路").rule.id == 3
    assert router.match("999999", "新疆维吾尔自治区") is None


def test_full_address_says_a_municipality_once():
    from carrier_app.core.address import full_address
    assert (full_address("上海市", "上海市", "浦东新区", "世纪大道 100 号")
            == "上海市浦东新区世纪大道 100 号")
    assert (full_address("浙江省", "杭州市", "西湖区", "西湖区文三路 90 号")
            == "浙江省杭州市西湖区文三路 90 号")
    assert full_address("", "", "", "Road 1", sep=" ") == "Road 1"

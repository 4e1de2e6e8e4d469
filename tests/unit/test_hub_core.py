from __future__ import annotations

import random

import pytest

from carrier_app.core import hubnumbers
from carrier_app.core.errors import ValidationError
from carrier_app.core.routing import Router, Rule


def test_bag_numbers_carry_a_check_digit():
    n = hubnumbers.make("BG", 1)
    assert n == "BG000000014" and hubnumbers.parse(n.lower(), "BG") == n
    with pytest.raises(ValidationError) as e:
        hubnumbers.parse("BG000000015", "BG")
    assert e.value.params["reason"] == "check_digit"
    with pytest.raises(ValidationError):
        hubnumbers.parse(hubnumbers.make("MF", 7), "BG")
    assert hubnumbers.series_of(hubnumbers.make("MF", 7)) == "MF"


def _plain(rules, postcode="", province="", city="", district="", address=""):
    """The reference semantics: a linear scan (what the indexed router must equal)."""
    by_len = sorted({len(r.postcode_prefix) for r in rules if r.postcode_prefix}, reverse=True)
    for n in by_len:
        for r in rules:
            if r.postcode_prefix and len(postcode) >= n and postcode[:n] == r.postcode_prefix:
                return r
    text = f"{province}{city}{district}{address}"
    named = sorted([r for r in rules
                    if not r.postcode_prefix and (r.province or r.city or r.district)],
                   key=lambda r: -(bool(r.district) * 4 + bool(r.city) * 2 + bool(r.province)))
    for r in named:
        if ((not r.province or r.province in (province or text))
                and (not r.city or r.city in (city or text))
                and (not r.district or r.district in (district or text))):
            return r
    return None


def test_indexed_router_equals_linear_scan():
    rng = random.Random(3)
    provs = ["浙江省", "江苏省", "广东省"]
    cities = ["杭州市", "南京市", "广州市", "苏州市"]
    dists = ["西湖区", "滨江区", "鼓楼区", "天河区", "西湖", "新区"]
    rules = []
    for i in range(400):
        kind = rng.random()
        if kind < 0.4:
            pc = "".join(rng.choice("0123") for _ in range(rng.randint(2, 6)))
            rules.append(Rule(i, f"1-{i}-01", i, None, postcode_prefix=pc))
        else:
            rules.append(Rule(i, f"1-{i}-01", i, None, province=rng.choice(provs + [""]),
                              city=rng.choice(cities + [""]), district=rng.choice(dists + [""])))
    router = Router(rules)
    for _ in range(3000):
        q = dict(postcode="".join(rng.choice("01234") for _ in range(rng.choice([0, 6]))),
                 province=rng.choice(provs + [""]), city=rng.choice(cities + [""]),
                 district=rng.choice(dists + [""]),
                 address=rng.choice(["", "西湖边 1 号", "新区路"]))
        m = router.match(**q)
        expect = _plain(rules, **q)
        assert (m.rule if m else None) == expect, q

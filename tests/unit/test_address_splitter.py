"""A merchant file's full-address column (waybill.smart_address.AddressSplitter): the prefixes
it keeps between rows make a file fast and never change a split."""

from __future__ import annotations

import random

from carrier_app.waybill import smart_address
from carrier_app.waybill.smart_address import AddressSplitter
from tests.address_cases import PLACES


def addresses() -> list[str]:
    """Every place with and without its district, in a shuffled order: a row without a
    district comes before and after rows of the same city with one."""
    out = []
    for prov, city, dist, street, _short in PLACES:
        head = f"{prov}{city if city != prov else ''}"
        out += [f"{head}{dist}{street}", f"{head}{street}", f"{head}{dist}{street}1号楼"]
    random.Random(7).shuffle(out)
    return out


def test_a_file_split_with_the_kept_prefixes_is_split_as_row_by_row():
    kept = AddressSplitter()
    for text in addresses():
        assert kept.split(text) == AddressSplitter().split(text), text


def test_a_city_without_its_district_asks_jionlp_once_and_a_district_after_it_is_found(
        monkeypatch):
    calls: list[str] = []
    jio = smart_address._jionlp()

    class Counting:
        @staticmethod
        def parse_location(text: str) -> dict:
            calls.append(text)
            return jio.parse_location(text)

    monkeypatch.setattr(smart_address, "_jionlp", lambda: Counting)
    s = AddressSplitter()
    rows = [s.split(f"浙江省杭州市文三路{n}号") for n in range(1, 51)]
    assert {(r.province, r.city, r.district) for r in rows} == {("浙江省", "杭州市", "")}
    assert [r.street for r in rows[:2]] == ["文三路1号", "文三路2号"]
    assert len(calls) == 1
    with_district = s.split("浙江省杭州市西湖区文三路90号")
    assert (with_district.district, with_district.street) == ("西湖区", "文三路90号")
    assert s.split("浙江省杭州市桐庐县迎春路1号").district == "桐庐县"

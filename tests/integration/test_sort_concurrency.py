"""Two sort stations on PostgreSQL scanning the same parcel at the same moment: the parcel
row lock makes one of them record SORTED and the other see "already scanned"."""

from __future__ import annotations

import threading

import pytest

from carrier_app.core.lifecycle import Event
from carrier_app.demo.seed import seed
from carrier_app.sorting.sort_station import SortOutcome, SortStation
from hub_support import SUP, events_of, make_parcels


def race(stations: list[SortStation], wb: str) -> list[SortOutcome]:
    """Every station scans `wb` at the same moment; their outcomes."""
    barrier = threading.Barrier(len(stations))
    results: list[SortOutcome] = []
    errors: list[BaseException] = []

    def run(st: SortStation) -> None:
        try:
            barrier.wait(5)
            results.append(st.scan(wb).outcome)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(st,)) for st in stations]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert not errors
    return results


@pytest.mark.postgres
def test_two_stations_same_parcel_one_sorted_one_duplicate(pg_schema):
    db1, db2 = pg_schema.open(), pg_schema.open()
    try:
        seed(db1, parcels=0)
        wbs = make_parcels(db1, 12, steps=(Event.RECEIVE,))
        stations = [SortStation(db1, SUP.__class__(None, "s1", SUP.role, "station-1", "571")),
                    SortStation(db2, SUP.__class__(None, "s2", SUP.role, "station-2", "571"))]
        for wb in wbs:
            results = race(stations, wb)
            assert sorted(results) == sorted([SortOutcome.OK, SortOutcome.DUPLICATE])
            assert [e for e, _ in events_of(db1, wb)].count("SORT") == 1
    finally:
        db1.dispose()
        db2.dispose()

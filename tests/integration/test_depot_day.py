"""The depot-day load test (bench/depot_day.py) on a shortened day: 10 workstation processes
on one PostgreSQL, checked for correctness only (the timings are the bench's business): no
desk fails, no number twice, no parcel assigned by both dispatch desks, every scan a desk was
told was ok is in the events, every parcel delivered and the cash handed over; both raw
floors ran, on their own tables."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))

import depot_day  # noqa: E402

from tests.conftest import PG_URL, require_pg  # noqa: E402


@pytest.mark.postgres
def test_a_short_depot_day_loses_nothing_and_assigns_nothing_twice():
    require_pg()
    flow = 24
    r = depot_day.depot_day(PG_URL, day=300, flow=flow, peak=400, rounds=2)
    assert [p.name for p in r.phases] == ["flat out 1", "flat out 2", "at peak 400/s"]
    for phase in r.phases:
        assert phase.errors == []
        per = flow // 2
        for action in ("create", "receive", "sort", "bag", "depart", "arrive", "out",
                       "deliver"):
            assert len(phase.times[action]) == per, (phase.name, action)
        # Both dispatch desks saw every parcel; for each, exactly one won it.
        assert len(phase.times["assign"]) == 2 * per
        assert phase.refused == {"assign:illegal_transition": per}
    moved = len(r.phases) * (flow // 2)
    events = [e for phase in r.phases for _, e in phase.acked]
    assert events.count("DELIVER") == moved and events.count("ASSIGN") == moved
    c = r.checks
    assert (c.duplicate_numbers, c.double_assignments, c.lost_scans) == (0, 0, 0)
    assert c.delivered == moved
    assert c.cashups_closed >= 1  # every fourth parcel carries COD: its courier cashes up
    # Each flat-out round has its floors, measured right after it (their tables made again),
    # and the depot floor right before it too.
    assert [set(f) for f in r.floors] == [{"toy", "depot", depot_day.BEFORE}] * 2
    assert all(f.rate > 0 for floors in r.floors for f in floors.values())

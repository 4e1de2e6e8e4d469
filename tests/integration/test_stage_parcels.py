"""Each stage figure opens its list (issue 13 item 5): stage_parcels lists exactly the parcels
counted by day_figures (one shared filter), for the seeded day of tests/day_support.py, per
location, station and courier, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from carrier_app.core.errors import ValidationError
from carrier_app.reports.figures import STAGE_NAMES, day_figures, stage_parcels
from carrier_app.store import Database, UnitOfWork
from tests.day_support import BRANCH, COURIER, DAY, SUPERVISOR, TZ, Clock, seed_day

GOLDEN = json.loads((Path(__file__).parent / "data" / "day_figures_golden.json")
                    .read_text(encoding="utf-8"))


@pytest.fixture
def seeded(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> Database:
    monkeypatch.setenv("CARRIER_TZ", TZ)
    seed_day(demo_db, Clock(monkeypatch))
    return demo_db


def test_each_stage_list_has_the_golden_count(seeded: Database) -> None:
    with UnitOfWork(seeded) as uow:
        for loc, key in ((BRANCH, BRANCH), ("571", "571"), ("", "*")):
            gold = GOLDEN[key]
            for stage in STAGE_NAMES:
                got = stage_parcels(uow, SUPERVISOR, loc, DAY, stage)
                assert len(got.rows) == gold["stages"][stage], (loc, stage)
                assert not got.more
                assert len({r.waybill_no for r in got.rows}) == len(got.rows)
                for station, counts in gold["by_station"].items():
                    at = stage_parcels(uow, SUPERVISOR, loc, DAY, stage, station=station)
                    assert len(at.rows) == counts[stage], (loc, stage, station)
                    assert {r.station for r in at.rows} <= {station}
                for c in gold["by_courier"]:
                    of = stage_parcels(uow, SUPERVISOR, loc, DAY, stage, courier=c["courier"])
                    assert len(of.rows) == c["stages"][stage], (loc, stage, c["courier"])
                    assert {r.courier for r in of.rows} <= {c["courier"]}


def test_rows_carry_the_scan_and_the_status_now(seeded: Database) -> None:
    with UnitOfWork(seeded) as uow:
        f = day_figures(uow, SUPERVISOR, BRANCH, DAY)
        got = stage_parcels(uow, SUPERVISOR, BRANCH, DAY, "delivered", courier=COURIER)
    assert len(got.rows) == f.stages["delivered"] == 2
    for r in got.rows:
        assert r.status == "DELIVERED" and r.courier == COURIER and r.location == BRANCH
        assert f.start <= r.occurred_at.replace(tzinfo=f.start.tzinfo) < f.end
    assert [r.occurred_at for r in got.rows] == sorted((r.occurred_at for r in got.rows),
                                                       reverse=True)


def test_the_limit_cuts_and_says_so(seeded: Database) -> None:
    with UnitOfWork(seeded) as uow:
        got = stage_parcels(uow, SUPERVISOR, BRANCH, DAY, "arrived", limit=2)
        assert len(got.rows) == 2 and got.more
        assert not stage_parcels(uow, SUPERVISOR, BRANCH, DAY, "arrived", limit=5).more
        with pytest.raises(ValidationError, match="stage"):
            stage_parcels(uow, SUPERVISOR, BRANCH, DAY, "lost")
        assert stage_parcels(uow, SUPERVISOR, BRANCH, DAY, "arrived",
                             courier="NOBODY").rows == []

"""Dashboard / day report figures (issue 13 items 5, 6) from a seeded day whose figures were
computed by hand (tests/integration/data/day_figures_golden.json), on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from carrier_app.core.errors import ValidationError
from carrier_app.reports.figures import day_figures, week_figures
from carrier_app.store import Database, UnitOfWork
from tests.day_support import BRANCH, DAY, SUPERVISOR, TZ, Clock, local, seed_day

GOLDEN = Path(__file__).parent / "data" / "day_figures_golden.json"


@pytest.fixture
def seeded(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> tuple[Database, Clock]:
    monkeypatch.setenv("CARRIER_TZ", TZ)
    clk = Clock(monkeypatch)
    seed_day(demo_db, clk)
    return demo_db, clk


def figures(db: Database) -> dict[str, object]:
    with UnitOfWork(db) as uow:
        out = {loc or "*": day_figures(uow, SUPERVISOR, loc, DAY).as_dict()
               for loc in (BRANCH, "571", "")}
        out["week"] = week_figures(uow, SUPERVISOR, "571", DAY).as_dict()
    return out


def test_seeded_day_equals_hand_computed_figures(seeded: tuple[Database, Clock]) -> None:
    db, _ = seeded
    got = figures(db)
    assert got == json.loads(GOLDEN.read_text(encoding="utf-8"))
    assert figures(db) == got  # identical on re-run


def test_the_day_seen_before_its_end_has_the_same_figures(
        seeded: tuple[Database, Clock]) -> None:
    """Late on the day itself 留仓 is the parcels' status now (the fast path), the next
    morning it is rebuilt from the scans: the same figures."""
    db, clk = seeded
    clk.set(local(DAY, "23:30"))
    with UnitOfWork(db) as uow:
        f = day_figures(uow, SUPERVISOR, BRANCH, DAY)
    assert f.as_of < f.end
    assert f.as_dict() == json.loads(GOLDEN.read_text(encoding="utf-8"))[BRANCH]


def test_a_future_day_is_refused(seeded: tuple[Database, Clock]) -> None:
    db, clk = seeded
    tomorrow = clk.now.date() + timedelta(days=2)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="future"):
        day_figures(uow, SUPERVISOR, BRANCH, tomorrow)
    with UnitOfWork(db) as uow, pytest.raises(ValidationError, match="future"):
        week_figures(uow, SUPERVISOR, BRANCH, tomorrow)


def test_another_day_is_empty(seeded: tuple[Database, Clock]) -> None:
    db, _ = seeded
    with UnitOfWork(db) as uow:
        f = day_figures(uow, SUPERVISOR, BRANCH, date(2026, 3, 1))
    assert sum(f.stages.values()) == 0 and f.stranded == 0 and not f.by_courier

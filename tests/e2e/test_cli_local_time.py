"""`carrier-app track` prints the depot's local time with its offset, and its JSON carries
ISO 8601 with the offset (not UTC with a Z, not the workstation's zone)."""

from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest
from sqlalchemy import update

from carrier_app.cli import main
from carrier_app.store import UnitOfWork
from carrier_app.store.models import ScanEvent
from delivery_support import create


@pytest.mark.parametrize("zone, text, iso", [
    ("Asia/Shanghai", "2026-03-01 00:30:00 +08:00", "2026-03-01T00:30:00+08:00"),
    ("America/New_York", "2026-02-28 11:30:00 -05:00", "2026-02-28T11:30:00-05:00")])
def test_track_prints_local_time_with_offset(demo_sqlite, monkeypatch, capsys, zone, text, iso):
    monkeypatch.setenv("CARRIER_TZ", zone)
    (wb,) = create(demo_sqlite, 1)
    with UnitOfWork(demo_sqlite) as uow:
        at = datetime(2026, 2, 28, 16, 30, tzinfo=UTC)
        uow.session.execute(update(ScanEvent).values(occurred_at=at))
        uow.commit()
    url = str(demo_sqlite.engine.url)
    assert main(["track", wb, "--db", url]) == 0
    out = capsys.readouterr().out
    assert text in out and "16:30" not in out
    assert main(["track", wb, "--db", url, "--json"]) == 0
    assert [e["at"] for e in json.loads(capsys.readouterr().out)["events"]] == [iso]

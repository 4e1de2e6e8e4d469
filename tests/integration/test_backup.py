"""Backups (issue 15 item 6): a consistent copy while another process keeps scanning,
restored into an empty database with every acknowledged scan; files that are no backup and
databases that are not empty refused; the daily copy keeps its count; pg_dump on PostgreSQL."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from carrier_app.core.errors import StoreUnavailable, ValidationError
from carrier_app.demo.seed import seed
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.backup import backup, daily_backup, restore
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.store.schema import check, upgrade
from tests.cli_support import one_line_error, run_cli

BURST = Path(__file__).resolve().parents[1] / "backup_burst.py"
ROOT = Path(__file__).resolve().parents[2]


def _acks(path: Path) -> list[tuple[int, str, str]]:
    if not path.exists():
        return []
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        event_id, wb, event = line.split()
        rows.append((int(event_id), wb, event))
    return rows


def _wait_for(path: Path, n: int, burst: subprocess.Popen) -> list[tuple[int, str, str]]:
    deadline = time.monotonic() + 120
    while len(acks := _acks(path)) < n:
        assert burst.poll() is None, "the burst stopped"
        assert time.monotonic() < deadline, f"the burst acknowledged only {len(acks)} scans"
        time.sleep(0.05)
    return acks


def test_a_backup_taken_during_a_scan_burst_restores_every_acknowledged_scan(demo_sqlite,
                                                                              tmp_path):
    seed(demo_sqlite, parcels=200)
    source = demo_sqlite.url.database
    acks_file, stop = tmp_path / "acks.txt", tmp_path / "stop"
    burst = subprocess.Popen([sys.executable, str(BURST), f"sqlite:///{source}",
                              str(acks_file), str(stop)], cwd=ROOT)
    try:
        before = _wait_for(acks_file, 100, burst)  # scanning is under way
        out = tmp_path / "backup.db"
        made = run_cli("backup", "-o", str(out), db=f"sqlite:///{source}")
        assert made.returncode == 0, made.stderr
        assert burst.poll() is None, "the burst ended before the backup: nothing was tested"
        during = _wait_for(acks_file, len(_acks(acks_file)) + 20, burst)  # and it went on after
    finally:
        stop.touch()
        assert burst.wait(60) == 0
    target = tmp_path / "restored.db"
    done = run_cli("restore", str(out), db=f"sqlite:///{target}")
    assert done.returncode == 0, done.stderr
    with sqlite3.connect(target) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        kept = {(i, wb, ev) for i, wb, ev in conn.execute(
            "SELECT e.id, p.waybill_no, e.event FROM scan_events e "
            "JOIN parcels p ON p.id = e.parcel_id")}
    # Every scan acknowledged before the backup began is in it; the copy is one moment:
    # the acknowledged scans it holds are exactly a prefix of the acknowledgements.
    assert set(before) <= kept
    held = [a in kept for a in during]
    assert held == sorted(held, reverse=True)
    restored = open_database(f"sqlite:///{target}")
    try:
        assert check(restored) == "ok"
        with UnitOfWork(restored) as uow:  # the app reads it
            assert uow.session.scalar(select(func.count()).select_from(Parcel)) == 200
            last = max(i for i, *_ in before)
            assert uow.session.get(ScanEvent, last) is not None
    finally:
        restored.dispose()


def test_restore_refuses_a_file_that_is_not_a_backup(sqlite_db, tmp_path):
    text_file = tmp_path / "notes.txt"
    text_file.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(ValidationError) as refused:
        restore(sqlite_db, text_file)
    assert refused.value.params["reason"] == "not_a_backup"
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ValidationError) as refused:
        restore(sqlite_db, other)
    assert "not a carrier_app database" in refused.value.message
    # Through the command line: one line, the database left as it was.
    url = f"sqlite:///{tmp_path / 'fresh.db'}"
    p = run_cli("restore", str(text_file), db=url)
    assert p.returncode == 1
    assert "is not a carrier_app backup" in one_line_error(p)


def test_restore_refuses_a_database_that_is_not_empty(demo_sqlite, tmp_path):
    out = tmp_path / "b.db"
    backup(demo_sqlite, out)
    with pytest.raises(ValidationError) as refused:
        restore(demo_sqlite, out)
    assert refused.value.params["reason"] == "not_empty"
    p = run_cli("restore", str(out), db=str(demo_sqlite.url))
    assert p.returncode == 1 and "is not empty" in one_line_error(p)


def test_a_damaged_backup_is_refused(demo_sqlite, sqlite_db, tmp_path):
    out = tmp_path / "b.db"
    backup(demo_sqlite, out)
    data = bytearray(out.read_bytes())
    data[8192:12288] = b"\xff" * 4096  # a page of garbage
    out.write_bytes(bytes(data))
    with pytest.raises(ValidationError) as refused:
        restore(sqlite_db, out)
    assert refused.value.params["reason"] in ("damaged", "not_a_backup")


def test_the_daily_backup_is_made_once_a_day_and_keeps_its_count(demo_sqlite, tmp_path):
    folder = tmp_path / "backups"
    first = date(2026, 11, 1)
    for n in range(9):
        assert daily_backup(demo_sqlite, folder, 7, first + timedelta(days=n)) is not None
    assert daily_backup(demo_sqlite, folder, 7, first + timedelta(days=8)) is None  # done
    names = sorted(p.name for p in folder.iterdir())
    assert names == [f"carrier-{first + timedelta(days=n)}.db" for n in range(2, 9)]
    with sqlite3.connect(folder / names[-1]) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("SELECT count(*) FROM users").fetchone()[0] >= 6
    assert daily_backup(demo_sqlite, folder, 0, first + timedelta(days=20)) is None


def test_postgresql_round_trip_through_pg_dump(pg_schema, tmp_path):
    db = pg_schema.open()
    try:
        seed(db, parcels=5)
        out = tmp_path / "depot.dump"
        made = backup(db, out)
        assert made.kind == "pg_dump" and out.read_bytes()[:5] == b"PGDMP"
        with pytest.raises(ValidationError) as refused:
            restore(db, out)
        assert refused.value.params["reason"] == "not_empty"
        sqlite = open_database(f"sqlite:///{tmp_path / 'x.db'}")
        with pytest.raises(ValidationError) as wrong:
            restore(sqlite, out)
        assert wrong.value.params["reason"] == "wrong_kind"
        sqlite.dispose()
        # into an empty schema made by hand, and into one the application already migrated
        # (tables, no rows): no manual step either way
        for migrated in (False, True):
            with db.engine.begin() as conn:  # the depot's data lost
                conn.execute(text(f'DROP SCHEMA "{pg_schema.name}" CASCADE'))
                conn.execute(text(f'CREATE SCHEMA "{pg_schema.name}"'))
            db.engine.dispose()
            if migrated:
                upgrade(db)
            restore(db, out)
            upgrade(db)
            with UnitOfWork(db) as uow:
                assert uow.session.scalar(select(func.count()).select_from(Parcel)) == 5
        # now it holds the depot again: a second restore is refused, the data untouched
        with pytest.raises(ValidationError) as again:
            restore(db, out)
        assert again.value.params["reason"] == "not_empty"
        with UnitOfWork(db) as uow:
            assert uow.session.scalar(select(func.count()).select_from(Parcel)) == 5
    finally:
        with db.engine.begin() as conn:  # for the fixture to drop
            conn.execute(text(f'CREATE SCHEMA IF NOT EXISTS "{pg_schema.name}"'))
        db.dispose()


def test_without_pg_dump_the_message_says_what_to_do(pg_schema, tmp_path, monkeypatch):
    db = pg_schema.open()
    monkeypatch.setenv("PATH", str(tmp_path))
    try:
        with pytest.raises(StoreUnavailable) as refused:
            backup(db, tmp_path / "x.dump")
        assert "pg_dump is not on PATH" in refused.value.message
        assert not (tmp_path / "x.dump").exists()
    finally:
        db.dispose()

"""What the user gets when the database cannot be used: a clear message, nothing saved,
no crash — read-only file, locked file, unknown (newer) schema, unreachable server."""

from __future__ import annotations

import sqlite3

import pytest
from scan_support import make_parcels
from sqlalchemy import text

from carrier_app.core.errors import SchemaTooNew, StoreUnavailable
from carrier_app.core.lifecycle import Event
from carrier_app.demo.seed import seed
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.schema import check, ensure_current, upgrade
from carrier_app.tracking.scans import append_scan


@pytest.fixture
def file_db(tmp_path):
    path = tmp_path / "carrier.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    seed(db, parcels=0)
    [wb] = make_parcels(db)
    db.dispose()
    return path, wb


def test_read_only_database_says_so_and_saves_nothing(file_db, actor):
    path, wb = file_db
    # root ignores file modes, so open the file the way a read-only disk or mode would.
    ro = open_database(f"sqlite:///file:{path}?mode=ro&uri=true")
    with pytest.raises(StoreUnavailable) as exc:
        with UnitOfWork(ro) as uow:
            append_scan(uow, actor("sorter"), wb, Event.RECEIVE)
            uow.commit()
    assert exc.value.params["reason"] == "read_only"
    assert "read-only" in exc.value.message
    ro.dispose()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select status from parcels").fetchone() == ("CREATED",)


def test_locked_database_says_busy_and_saves_nothing(file_db, actor):
    path, wb = file_db
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        db = open_database(f"sqlite:///{path}", busy_timeout_ms=200)
        with pytest.raises(StoreUnavailable) as exc:
            with UnitOfWork(db) as uow:
                append_scan(uow, actor("sorter"), wb, Event.RECEIVE)
                uow.commit()
        assert exc.value.params["reason"] == "locked"
        assert "busy" in exc.value.message
        db.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()
    with sqlite3.connect(path) as conn:
        assert conn.execute("select status from parcels").fetchone() == ("CREATED",)


def test_a_schema_newer_than_the_app_is_refused(db):
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999_future'"))
    with pytest.raises(SchemaTooNew) as exc:
        check(db)
    assert "newer than this version" in exc.value.message
    with pytest.raises(SchemaTooNew):
        ensure_current(db)


def test_an_unreachable_postgresql_is_a_clear_message():
    db = open_database("postgresql+psycopg://postgres@127.0.0.1:1/nothing")
    with pytest.raises(StoreUnavailable) as exc:
        check(db)
    assert exc.value.params["reason"] == "unreachable"
    assert "cannot be reached" in exc.value.message

"""The background WAL checkpointer of the sort station."""

from __future__ import annotations

import time

from sqlalchemy import text

from carrier_app.store.checkpoint import WalCheckpointer
from carrier_app.store import UnitOfWork


def _count(db) -> int:
    with UnitOfWork(db) as uow:
        return uow.conn.execute(text("select count(*) from hubs")).scalar_one()


def test_wal_checkpointer_runs_beside_writers(sqlite_db):
    cp = WalCheckpointer(sqlite_db, interval_s=0.01).start()
    try:
        ins = text("insert into hubs (code, name, city, active) values (:c, 'x', '', 1)")
        for i in range(50):
            with UnitOfWork(sqlite_db) as uow:
                uow.conn.execute(ins, {"c": f"{i:03d}"})
                uow.commit()
        deadline = time.monotonic() + 5
        while cp.runs == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert cp.runs > 0
        with UnitOfWork(sqlite_db) as uow:
            assert uow.conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 10_000
    finally:
        cp.stop()
    assert _count(sqlite_db) == 50
    with UnitOfWork(sqlite_db) as uow:
        assert uow.conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000

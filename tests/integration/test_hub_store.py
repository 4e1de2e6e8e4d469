"""The session-less unit of work of the scan path, and the background WAL checkpointer."""

from __future__ import annotations

import time

from sqlalchemy import text

from carrier_app.store.checkpoint import WalCheckpointer
from carrier_app.store.core_uow import CoreUnitOfWork


def _count(db) -> int:
    with CoreUnitOfWork(db) as uow:
        return uow.conn.execute(text("select count(*) from hubs")).scalar_one()


def test_core_unit_of_work_commits_only_when_told(db):
    ins = text("insert into hubs (code, name, city, active) values (:c, 'x', '', true)")
    with CoreUnitOfWork(db) as uow:
        uow.conn.execute(ins, {"c": "901"})
    assert _count(db) == 0
    with CoreUnitOfWork(db) as uow:
        uow.conn.execute(ins, {"c": "902"})
        uow.commit()
        uow.conn.execute(ins, {"c": "903"})  # a new transaction after commit, rolled back
    assert _count(db) == 1


def test_wal_checkpointer_runs_beside_writers(sqlite_db):
    cp = WalCheckpointer(sqlite_db, interval_s=0.01).start()
    try:
        ins = text("insert into hubs (code, name, city, active) values (:c, 'x', '', 1)")
        for i in range(50):
            with CoreUnitOfWork(sqlite_db) as uow:
                uow.conn.execute(ins, {"c": f"{i:03d}"})
                uow.commit()
        deadline = time.monotonic() + 5
        while cp.runs == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert cp.runs > 0
        with CoreUnitOfWork(sqlite_db) as uow:
            assert uow.conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 10_000
    finally:
        cp.stop()
    assert _count(sqlite_db) == 50
    with CoreUnitOfWork(sqlite_db) as uow:
        assert uow.conn.exec_driver_sql("PRAGMA wal_autocheckpoint").scalar() == 1000

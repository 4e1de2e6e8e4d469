"""PostgreSQL connections in the pool: one that sat idle is pinged before use and replaced when
the server dropped it (the user never sees it); one given back a moment ago is used as it is,
without a ping round trip (store/engine.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from carrier_app.core.errors import StoreUnavailable
from carrier_app.store import UnitOfWork, engine


def backend_pid(db) -> int:
    with UnitOfWork(db) as uow:
        return uow.conn.execute(text("SELECT pg_backend_pid()")).scalar_one()


def drop(pg_schema, pid: int) -> None:
    admin = pg_schema.open()
    with admin.engine.connect() as c:
        c.execute(text("SELECT pg_terminate_backend(:p)"), {"p": pid})
        c.commit()
    admin.dispose()


def test_an_idle_connection_the_server_dropped_is_replaced_unseen(pg_schema, monkeypatch):
    db = pg_schema.open()
    try:
        first = backend_pid(db)
        drop(pg_schema, first)
        monkeypatch.setattr(engine, "PING_IDLE_S", 0.0)  # every connection counts as idle
        assert backend_pid(db) != first
    finally:
        db.dispose()


def test_a_connection_just_given_back_is_used_without_a_ping(pg_schema, monkeypatch):
    db = pg_schema.open()
    try:
        first = backend_pid(db)
        drop(pg_schema, first)
        monkeypatch.setattr(engine, "PING_IDLE_S", 3600.0)
        # Not pinged: the action meets the dropped connection and says so; the pool is
        # emptied, so the next action gets a new connection.
        with pytest.raises(StoreUnavailable):
            backend_pid(db)
        assert backend_pid(db) != first
    finally:
        db.dispose()

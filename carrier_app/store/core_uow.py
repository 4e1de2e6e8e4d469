"""A unit of work without an ORM session, for the hot scan paths.

Same contract as UnitOfWork (`with CoreUnitOfWork(db) as uow: ...; uow.commit()`, rolled
back unless committed, OperationalError -> StoreUnavailable), but `uow.conn` is a plain
Core connection and there is no `uow.session`: creating, flushing and closing an ORM
session per scan costs as much as the scan's own SQL on SQLite (bench/sort_bench.py).
After `commit()` the next use of `conn` begins a new transaction, as with a session.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from carrier_app.store.engine import Database
from carrier_app.store.uow import UnitOfWork, explain


class CoreUnitOfWork(UnitOfWork):
    def __init__(self, db: Database) -> None:
        super().__init__(db)
        self._conn: Connection | None = None

    def __enter__(self) -> CoreUnitOfWork:
        try:
            self._conn = self.db.engine.connect()
        except OperationalError as exc:
            raise explain(exc) from exc
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self._conn is not None
        try:
            if self._conn.in_transaction():
                self._conn.rollback()
        finally:
            self._conn.close()
            self._conn = None
        if isinstance(exc, OperationalError):
            raise explain(exc) from exc

    @property
    def session(self) -> Session:
        raise RuntimeError("CoreUnitOfWork has no ORM session; use UnitOfWork")

    @property
    def conn(self) -> Connection:
        if self._conn is None:
            raise RuntimeError("CoreUnitOfWork used outside its `with` block")
        if not self._conn.in_transaction():
            self._conn.begin()
        return self._conn

    def commit(self) -> None:
        assert self._conn is not None
        try:
            if self._conn.in_transaction():
                self._conn.commit()
        except OperationalError as exc:
            raise explain(exc) from exc

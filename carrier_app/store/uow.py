"""Unit of work: one session and one transaction per user action.

    with UnitOfWork(db) as uow:
        ...                 # services read and write through uow.session / uow.conn
        uow.commit()        # nothing is kept unless the service commits

Leaving the block without commit (or by an exception) rolls everything back, except the
records a service asked to keep whatever happens (`keep`): a refused scan is written down even
though the action it belongs to is undone.
Database errors become DomainErrors with a sentence a depot user can act on, never the SQL or
its parameters (store.errors.translate): StoreUnavailable when the store cannot take this now,
ConstraintViolation / ValueRejected when it refused a row or a value.
"""

from __future__ import annotations

import logging
from types import TracebackType
from typing import Any

from sqlalchemy import Connection, Executable
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from carrier_app.core.errors import DomainError
from carrier_app.store.engine import Database
from carrier_app.store.errors import translate

_log = logging.getLogger(__name__)


def explain(exc: DBAPIError) -> DomainError:
    """The DomainError a user reads for a database error (store.errors.translate)."""
    return translate(exc)


class UnitOfWork:
    """One transaction. `session` (ORM) and `conn` (Core) are opened lazily: the scan hot path
    touches only `conn` and so never pays for a Session; code using both gets one transaction
    (the Session joins the connection's)."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None
        self._conn: Connection | None = None
        self._open = False
        self._kept: list[tuple[Executable, dict[str, Any]]] = []

    def __enter__(self) -> UnitOfWork:
        self._open = True
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self._open = False
        session, conn = self._session, self._conn
        self._session = self._conn = None
        try:
            if session is not None:
                session.rollback()
                session.close()
        finally:
            if conn is not None:
                conn.rollback()
                conn.close()
        kept, self._kept = self._kept, []
        if kept:
            self._write_kept(kept)
        if isinstance(exc, DBAPIError):
            raise translate(exc, self.db.url) from exc

    def keep(self, statement: Executable, params: dict[str, Any]) -> None:
        """Write `statement` with the next commit, or on its own after a rollback: for the
        record of a refusal (a REJECTED event, an unknown code), which must outlive the
        action it refused. Nothing is written before then, so the refused action's own
        writes are never committed with it."""
        self._check_open()
        self._kept.append((statement, params))

    def _write_kept(self, kept: list[tuple[Executable, dict[str, Any]]]) -> None:
        try:
            with self.db.engine.connect() as conn:
                for statement, params in kept:
                    conn.execute(statement, params)
                conn.commit()
        except DBAPIError:
            # The refusal itself still reaches the user; only its record is lost.
            _log.warning("could not record %d refused action(s)", len(kept), exc_info=True)

    def _check_open(self) -> None:
        if not self._open:
            raise RuntimeError("UnitOfWork used outside its `with` block")

    @property
    def session(self) -> Session:
        self._check_open()
        if self._session is None:
            try:
                self._session = (self.db.sessions(bind=self._conn) if self._conn is not None
                                 else self.db.sessions())
            except DBAPIError as exc:
                raise translate(exc, self.db.url) from exc
        return self._session

    @property
    def conn(self) -> Connection:
        """Core on this unit of work's transaction, for the hot paths."""
        self._check_open()
        if self._session is not None:
            return self._session.connection()
        if self._conn is None:
            try:
                self._conn = self.db.engine.connect()  # the transaction begins on first use
            except DBAPIError as exc:
                raise translate(exc, self.db.url) from exc
        return self._conn

    def commit(self) -> None:
        try:
            for statement, params in self._kept:
                self.conn.execute(statement, params)
            if self._session is not None:
                self._session.commit()  # joined to _conn's transaction if there is one
            if self._conn is not None:
                self._conn.commit()     # later work in the same block autobegins anew
        except DBAPIError as exc:
            raise translate(exc, self.db.url) from exc  # the kept records are written on exit
        self._kept = []

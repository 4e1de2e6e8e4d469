"""Unit of work: one session and one transaction per user action.

    with UnitOfWork(db) as uow:
        ...                 # services read and write through uow.session / uow.conn
        uow.commit()        # nothing is kept unless the service commits

Leaving the block without commit (or by an exception) rolls everything back.
Database errors that mean "the store cannot take this now" become StoreUnavailable with a
sentence a depot user can act on.
"""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Connection
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from carrier_app.core.errors import StoreUnavailable
from carrier_app.store.engine import Database


def explain(exc: DBAPIError) -> StoreUnavailable:
    text = str(exc.orig).lower()
    if "readonly" in text or "read-only" in text or "read only" in text:
        return StoreUnavailable("The database is read-only (file permissions or a read-only "
                                "disk); nothing was saved.", reason="read_only")
    if "locked" in text or "busy" in text:
        return StoreUnavailable("The database is busy — another program holds a lock on it; "
                                "nothing was saved. Try again in a moment.", reason="locked")
    if "unable to open" in text:
        return StoreUnavailable("The database file cannot be opened (missing folder or no "
                                "permission).", reason="cannot_open")
    if "connection" in text or "could not connect" in text or "timeout" in text:
        return StoreUnavailable("The database server cannot be reached; check the network "
                                "and CARRIER_DB_URL.", reason="unreachable")
    return StoreUnavailable(f"Database error: {exc.orig}", reason="other")


class UnitOfWork:
    def __init__(self, db: Database) -> None:
        self.db = db
        self._session: Session | None = None

    def __enter__(self) -> UnitOfWork:
        self._session = self.db.sessions()
        return self

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        assert self._session is not None
        try:
            self._session.rollback()
        finally:
            self._session.close()
            self._session = None
        if isinstance(exc, OperationalError):
            raise explain(exc) from exc

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("UnitOfWork used outside its `with` block")
        return self._session

    @property
    def conn(self) -> Connection:
        """The session's connection, for the hot paths that use Core in the same transaction."""
        return self.session.connection()

    def commit(self) -> None:
        try:
            self.session.commit()
        except OperationalError as exc:
            raise explain(exc) from exc

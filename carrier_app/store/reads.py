"""The one place that chooses which database a use case runs on: the read-only use cases
(tracking, search, lists, dashboard, reports - marked with `@read_only` where they are
defined) on the read database when one is set (CARRIER_DB_READ_URL, e.g. a PostgreSQL
streaming replica), everything else on the main one. AppContext.run and the command line
both ask `database_for`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from carrier_app.store.engine import Database

F = TypeVar("F", bound=Callable[..., Any])
_MARK = "_carrier_read_only"


def read_only(use_case: F) -> F:
    """Marks a use case that only reads (it never commits, flushes or keeps a record): it may
    run on a read-only replica."""
    setattr(use_case, _MARK, True)
    return use_case


def database_for(db: Database, use_case: Callable[..., Any]) -> Database:
    """The database `use_case` runs on."""
    if db.reader is not None and getattr(use_case, _MARK, False):
        return db.reader
    return db

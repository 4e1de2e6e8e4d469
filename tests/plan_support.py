"""The plan a database would run a sent statement with, as one string: SQLite's EXPLAIN
QUERY PLAN, PostgreSQL's EXPLAIN with sequential scans off (on a handful of test rows it
would rather read the table than any index)."""

from __future__ import annotations

from typing import Any

from carrier_app.store import UnitOfWork


def query_plan(uow: UnitOfWork, statement: str, parameters: Any) -> str:
    if uow.db.is_sqlite:
        return " ".join(str(r[-1]) for r in uow.conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN " + statement, parameters))
    uow.conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
    return " ".join(r[0] for r in uow.conn.exec_driver_sql("EXPLAIN " + statement, parameters))

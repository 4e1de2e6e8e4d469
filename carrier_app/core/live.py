"""Live screens (issue 15 item 2): what changed, named as a topic a screen subscribes to.

A commit that wrote rows says which topics it touched (PostgreSQL: NOTIFY with the topics as
payload; SQLite cannot say, so a change there is ALL). A screen reloads when a topic it shows
changed; bursts are merged (`Coalescer`) so 50 scans/s cost a few reloads, not 50.
"""

from __future__ import annotations

import re
from functools import lru_cache

PARCELS = "parcels"
PROBLEMS = "problems"
BAGS = "bags"
RUNS = "runs"
CASH = "cash"
ALL = "*"
"""Something changed, we cannot say what (SQLite, a listener that reconnected)."""

CHANNEL = "carrier_live"

_TOPICS = {
    "parcels": PARCELS, "pieces": PARCELS, "scan_events": PARCELS, "rejected_scans": PARCELS,
    "receipts": PARCELS, "pickup_requests": PARCELS, "pickup_items": PARCELS,
    "arrival_sessions": PARCELS, "arrival_items": PARCELS,
    "problems": PROBLEMS, "problem_contacts": PROBLEMS,
    "bags": BAGS, "bag_items": BAGS, "manifests": BAGS, "manifest_items": BAGS,
    "delivery_runs": RUNS, "run_items": RUNS, "delivery_attempts": RUNS,
    "proofs_of_delivery": RUNS, "couriers": RUNS,
    "cash_ups": CASH, "cash_up_lines": CASH, "cash_up_parcels": CASH,
    "cash_up_approvals": CASH, "settlements": CASH, "settled_parcels": CASH,
}
# Bookkeeping a screen never shows: writing it is no reason to reload anything.
_QUIET = frozenset({"audit_log", "login_throttle", "users", "number_sequences", "number_blocks",
                    "app_secrets", "alembic_version"})

_WRITE = re.compile(r'\s*(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?\w+"?\.)?"?(\w+)',
                    re.IGNORECASE)


# The writes of a statement whose data-modifying CTEs come first (WITH ev AS (INSERT ...)):
# each one opens a parenthesis, and the statement proper follows the last closing one.
_DML = r'(?:INSERT\s+INTO|UPDATE|DELETE\s+FROM)\s+(?:"?\w+"?\.)?"?(\w+)'
_CTE_WRITE = re.compile(rf"\bAS\s*\(\s*{_DML}|\)\s*{_DML}", re.IGNORECASE)


def _topic_of_table(table: str) -> str | None:
    table = table.lower()
    if table in _QUIET:
        return None
    return _TOPICS.get(table, table)


def topic_of_statement(sql: str) -> str | None:
    """The topic an INSERT/UPDATE/DELETE writes (None for reads and bookkeeping); a table
    not in the map is its own topic."""
    m = _WRITE.match(sql)
    return None if m is None else _topic_of_table(m.group(1))


@lru_cache(maxsize=1024)  # a desk sends the same few statements all day
def topics_of_statement(sql: str) -> frozenset[str]:
    """The topics a statement writes, including those of its data-modifying CTEs."""
    one = topic_of_statement(sql)
    if one is not None:
        return frozenset({one})
    if sql.lstrip()[:4].upper() != "WITH":
        return frozenset()
    found = (_topic_of_table(a or b) for a, b in _CTE_WRITE.findall(sql))
    return frozenset(t for t in found if t is not None)


def encode(topics: set[str] | frozenset[str]) -> str:
    return ",".join(sorted(topics))


def decode(payload: str) -> frozenset[str]:
    topics = frozenset(t for t in payload.split(",") if t)
    return topics or frozenset({ALL})


def channel(schema: str | None) -> str:
    """One channel per database schema (the tests give each run its own; a depot has one):
    NOTIFY is database-wide, so two schemas must not wake each other's screens."""
    if not schema:
        return CHANNEL
    safe = re.sub(r"\W", "_", schema.split(",")[0].strip().strip('"'))
    return f"{CHANNEL}_{safe}"[:63]  # PostgreSQL truncates identifiers at 63 bytes


def wants(subscribed: frozenset[str], changed: frozenset[str]) -> bool:
    """Whether a screen showing `subscribed` must reload after `changed`."""
    return ALL in changed or ALL in subscribed or not subscribed.isdisjoint(changed)


class Coalescer:
    """Merges the topics of a burst: `add` says whether a flush must be scheduled (the first
    change since the last flush); `take` hands the merged topics over and starts afresh."""

    def __init__(self) -> None:
        self._pending: set[str] = set()

    def add(self, topics: frozenset[str]) -> bool:
        first = not self._pending
        self._pending |= topics
        return first and bool(self._pending)

    def take(self) -> frozenset[str]:
        out, self._pending = frozenset(self._pending), set()
        return out

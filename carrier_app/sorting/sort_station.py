"""The sort station (分拣): one scan -> one SORT event and what the sorter must see.

The hottest path of the product: per scan one indexed look-up of the parcel, then
`append_scan` (lock, event, pieces, status), then commit. Branch names and open bags are cached
per station and refreshed on demand, so showing the destination costs no round trip.
Outcomes the screen tells apart: ok, unknown waybill, wrong check digit, duplicate, on hold,
cancelled, missort (sorted before to a destination it no longer has), manual routing needed,
and other refusals (e.g. not yet received, already delivered).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, select

from carrier_app.core import s10
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.sorting.common import EV, pairs, sort_destination
from carrier_app.store.engine import Database
from carrier_app.store.models import Bag, Branch
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import Outcome, append_scan


class SortOutcome(StrEnum):
    OK = "ok"
    UNKNOWN = "unknown"
    CHECK_DIGIT = "check_digit"
    DUPLICATE = "duplicate"
    HELD = "held"
    CANCELLED = "cancelled"
    MISSORT = "missort"
    MANUAL = "manual"
    REFUSED = "refused"


@dataclass(frozen=True)
class SortScan:
    outcome: SortOutcome
    code: str
    sort_code: str | None = None      # where the parcel goes now
    branch: str = ""                  # e.g. "571-12 西湖营业部"
    bag_no: str | None = None         # the open bag for that destination here, if any
    previous_sort_code: str | None = None  # missort: where it was sorted before
    status: Status | None = None
    message: str = ""
    #: HELD by an open problem (问题件): "problem", or "intercept" (拦截/改址, a red alert);
    #: the message then names it and the instruction.
    alert: str = ""


# The look-up before the scan runs on the DBAPI cursor of the unit of work's connection
# (same transaction): through Core it costs ~4x what sqlite3 takes to run it, and the scan
# path's budget is 3x raw sqlite3 for the whole transaction (bench/sort_bench.py).
_LOOKUP_SQL = "SELECT id, sort_code, status FROM parcels WHERE waybill_no = {p}"
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_LAST_SORT = (select(EV.c.details).where(EV.c.parcel_id == bindparam("pid"),
                                         EV.c.event == Event.SORT.value)
              .order_by(EV.c.id.desc()).limit(1))


@dataclass(frozen=True)
class _Row:
    id: int
    sort_code: str | None
    status: str


class SortStation:
    """One sorter's session at a location: scans, running counters, cached destinations."""

    def __init__(self, db: Database, actor: Actor) -> None:
        require(actor, Permission.SCAN)
        self.db = db
        self.actor = actor
        self.counts: Counter[SortOutcome] = Counter()
        self._branch_names: dict[str, str] = {}
        self._bags: dict[str, str] = {}
        self._sql: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Reload branch names and the bags open at this location (after bags change)."""
        with UnitOfWork(self.db) as uow:
            s = uow.session
            self._branch_names = dict(pairs(s.execute(select(Branch.code, Branch.name))))
            self._bags = {}
            for dest, bag_no in s.execute(
                    select(Bag.destination, Bag.bag_no)
                    .where(Bag.status == "OPEN", Bag.location_code == self.actor.location)
                    .order_by(Bag.id)):
                self._bags.setdefault(dest, bag_no)

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def scan(self, code: str) -> SortScan:
        result = self._scan(code.strip().upper())
        self.counts[result.outcome] += 1
        return result

    def rejected(self, code: str, reason: str) -> SortScan:
        """A scan the scan box refused before it reached us (bad check digit / format)."""
        outcome = SortOutcome.CHECK_DIGIT if reason == "check_digit" else SortOutcome.UNKNOWN
        self.counts[outcome] += 1
        return SortScan(outcome, code, message=reason)

    def _scan(self, code: str) -> SortScan:
        try:
            s10.parse(code)
        except ValidationError as exc:
            reason = exc.params.get("reason")
            return SortScan(SortOutcome.CHECK_DIGIT if reason == "check_digit"
                            else SortOutcome.UNKNOWN, code, message=exc.message)
        with UnitOfWork(self.db) as uow:  # Core only: no ORM session is opened
            row = self._lookup(uow, code[:13])
            if row is not None and row.sort_code is None:
                return SortScan(SortOutcome.MANUAL, code, status=Status(row.status),
                                message="no routing rule matched: manual routing")
            if row is not None and row.status == Status.BAGGED.value:
                # BAGGED -> SORTED is the unbag move: a scan here must not take a parcel
                # out of its bag behind the bag's back (bags.unbag does that, with a reason).
                return self._again(uow, code, row, Status.BAGGED, f"{code} is already bagged")
            try:
                r = append_scan(uow, self.actor, code, Event.SORT,
                                details={"sort_code": row.sort_code if row else None})
            except NotFound as exc:
                return SortScan(SortOutcome.UNKNOWN, code, message=exc.message)
            except ValidationError as exc:
                return SortScan(SortOutcome.UNKNOWN, code, message=exc.message)
            except IllegalTransition as exc:
                assert row is not None
                return self._refused(uow, code, row, exc)
            uow.commit()
            assert row is not None
            if r.outcome is Outcome.DUPLICATE:
                return self._again(uow, code, row, r.status_after, r.message)
            return self._destination(SortOutcome.OK, code, row.sort_code, r.status_after,
                                     r.message)

    def _lookup(self, uow: UnitOfWork, waybill: str) -> _Row | None:
        conn = uow.conn
        sql = self._sql.get(conn.dialect.paramstyle)
        if sql is None:
            sql = self._sql[conn.dialect.paramstyle] = _LOOKUP_SQL.format(
                p=_PLACEHOLDER[conn.dialect.paramstyle])
        cur = conn.connection.cursor()
        try:
            cur.execute(sql, (waybill,))
            found = cur.fetchone()
        finally:
            cur.close()
        return _Row(*found) if found else None

    def _refused(self, uow: UnitOfWork, code: str, row, exc: IllegalTransition) -> SortScan:  # type: ignore[no-untyped-def]
        current = Status(str(exc.params.get("current")))
        if current in (Status.HELD, Status.EXCEPTION):
            alert = ("intercept" if exc.params.get("instruction") else
                     "problem" if exc.params.get("problem") else "")
            return SortScan(SortOutcome.HELD, code, row.sort_code, status=current,
                            message=exc.message, alert=alert)
        elif current is Status.CANCELLED:
            outcome = SortOutcome.CANCELLED
        elif current in (Status.SORTED, Status.BAGGED):
            return self._again(uow, code, row, current, exc.message)
        else:
            outcome = SortOutcome.REFUSED
        return SortScan(outcome, code, row.sort_code, status=current, message=exc.message)

    def _again(self, uow: UnitOfWork, code: str, row, status: Status, message: str) -> SortScan:  # type: ignore[no-untyped-def]
        """Scanned again: the same pile (duplicate) or a pile it no longer belongs to."""
        details = uow.conn.execute(_LAST_SORT, {"pid": row.id}).scalar()
        before = json.loads(details).get("sort_code") if details else None
        if before and before != row.sort_code:
            result = self._destination(SortOutcome.MISSORT, code, row.sort_code, status,
                                       f"{code} was sorted to {before}; now goes to "
                                       f"{row.sort_code}")
            return SortScan(**{**result.__dict__, "previous_sort_code": before})
        return self._destination(SortOutcome.DUPLICATE, code, row.sort_code, status, message)

    def _destination(self, outcome: SortOutcome, code: str, sort_code: str | None,
                     status: Status | None, message: str) -> SortScan:
        dest = sort_destination(sort_code)
        branch, bag = "", None
        if dest is not None:
            hub, branch_code = dest
            branch = f"{branch_code} {self._branch_names.get(branch_code, '')}".strip()
            bag = self._bags.get(branch_code) or self._bags.get(hub)
        return SortScan(outcome, code, sort_code, branch, bag, status=status, message=message)

"""The sort station (分拣): one scan -> one SORT event and what the sorter must see.

The hottest path of the product: per scan one indexed look-up of the parcel, then
`append_scan` (lock, event, pieces, status), then commit. Branch names and open bags are cached
per station and refreshed on demand, so showing the destination costs no round trip.
Outcomes the screen tells apart: ok, unknown waybill, wrong check digit, duplicate, on hold,
cancelled, missort (sorted before to a destination it no longer has), wrong place (scanned at
a location not on its path: recorded as a MISSORT event, status unchanged, shown with the
right destination; `forward` sends it on from here), manual routing needed, and other refusals
(e.g. not yet received, already delivered: the reason, never a destination to sort to).
The location check (core.location) runs on the cached network: no extra round trip.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import bindparam, select, update

from carrier_app.core import s10
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.location import Network, Verdict
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.network.service import load_network, place_check
from carrier_app.sorting.common import EV, P, sort_destination
from carrier_app.store.repository import ParcelRow, find_parcel, require_parcel
from carrier_app.store.engine import Database
from carrier_app.store.models import Bag
from carrier_app.store.retry import run_with_retry
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import Outcome, append_note, append_scan


class SortOutcome(StrEnum):
    OK = "ok"
    UNKNOWN = "unknown"
    CHECK_DIGIT = "check_digit"
    DUPLICATE = "duplicate"
    HELD = "held"
    CANCELLED = "cancelled"
    MISSORT = "missort"
    WRONG_PLACE = "wrong_place"
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
    at: str = ""                      # where it was last scanned (wrong place, refused)
    reason: str = ""                  # wrong place: core.location reason; refused: REFUSAL key
    #: HELD by an open problem (问题件): "problem", or "intercept" (拦截/改址, a red alert);
    #: the message then names it and the instruction.
    alert: str = ""


#: Why a sort scan is refused, by the parcel's status, and what the sorter does instead.
REFUSAL = {
    Status.CREATED: ("not_received", "not received yet: take it to receiving first"),
    Status.PICKED_UP: ("not_received", "not received yet: take it to receiving first"),
    Status.IN_TRANSIT: ("not_arrived", "not scanned in on arrival: scan it at arrival first"),
    Status.ASSIGNED: ("with_dispatch", "with a courier's run: take it to dispatch"),
    Status.OUT_FOR_DELIVERY: ("with_dispatch", "with a courier's run: take it to dispatch"),
    Status.DELIVERY_FAILED: ("with_dispatch", "waiting for a reattempt: take it to dispatch"),
}
_REFUSAL_OTHER = ("supervisor", "put it aside for the supervisor")
#: Statuses a parcel can physically be sorted from somewhere; the place is checked first.
_PLACED = frozenset({Status.RECEIVED, Status.SORTED, Status.BAGGED, Status.IN_TRANSIT,
                     Status.ARRIVED, Status.RETURN_TO_SENDER})


# The look-up before the scan runs on the DBAPI cursor of the unit of work's connection
# (same transaction): through Core it costs ~4x what sqlite3 takes to run it, and the scan
# path's budget is 3x raw sqlite3 for the whole transaction (bench/sort_bench.py).
_LOOKUP_SQL = ("SELECT id, sort_code, status, last_location, origin_branch_id, is_return, "
               "forwarded_at FROM parcels WHERE waybill_no = {p}")
_PLACEHOLDER = {"qmark": "?", "format": "%s", "pyformat": "%s"}
_LAST_SORT = (select(EV.c.details).where(EV.c.parcel_id == bindparam("pid"),
                                         EV.c.event == Event.SORT.value)
              .order_by(EV.c.id.desc()).limit(1))


@dataclass(frozen=True)
class _Row:
    id: int
    sort_code: str | None
    status: str
    last_location: str
    origin_branch_id: int | None
    is_return: bool
    forwarded_at: str | None


class SortStation:
    """One sorter's session at a location: scans, running counters, cached destinations."""

    def __init__(self, db: Database, actor: Actor) -> None:
        require(actor, Permission.SCAN)
        self.db = db
        self.actor = actor
        self.counts: Counter[SortOutcome] = Counter()
        self.network = Network([], [])
        self._bags: dict[str, str] = {}
        self._sql: dict[str, str] = {}
        self.refresh()

    def refresh(self) -> None:
        """Reload the network (hubs, branches) and the bags open at this location (after
        bags change)."""
        with UnitOfWork(self.db) as uow:
            s = uow.session
            self.network = load_network(uow)
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
        # Core only: no ORM session is opened; a serialization failure or deadlock
        # (PostgreSQL) runs the scan again, bounded.
        return run_with_retry(self.db, lambda uow: self._scan_in(uow, code))

    def scan_in(self, uow: UnitOfWork, code: str) -> SortScan:
        """One well-formed scan in the caller's unit of work (an offline replay), counted."""
        result = self._scan_in(uow, code.strip().upper())
        self.counts[result.outcome] += 1
        return result

    def _scan_in(self, uow: UnitOfWork, code: str) -> SortScan:
        row = self._lookup(uow, code[:13])
        if row is not None and row.sort_code is None:
            return SortScan(SortOutcome.MANUAL, code, status=Status(row.status),
                            message="no routing rule matched: manual routing")
        if row is not None and row.status in _PLACED:
            verdict = self._check(row)
            if verdict.reason == "not_arrived":
                return self._not_arrived(uow, code, row)
            if not verdict.ok:
                return self._wrong_place(uow, code, row, verdict)
        if row is not None and row.status == Status.BAGGED.value:
            # BAGGED -> SORTED is the unbag move: a scan here must not take a parcel
            # out of its bag behind the bag's back (bags.unbag does that, with a reason).
            return self._again(uow, code, row, Status.BAGGED, f"{code} is already bagged")
        try:
            r = append_scan(uow, self.actor, code, Event.SORT,
                            details={"sort_code": row.sort_code if row else None},
                            locked=row if isinstance(row, ParcelRow) else None)
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

    def _lookup(self, uow: UnitOfWork, waybill: str) -> _Row | ParcelRow | None:
        conn = uow.conn
        if conn.dialect.name == "postgresql":
            # Locked here and handed to the scan (append_scan(locked=...)): one round trip
            # for the look-up and the lock, where SQLite's write lock is the whole database.
            return find_parcel(uow, waybill, lock=True)[1]
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

    def _check(self, row: _Row | ParcelRow) -> Verdict:
        return place_check(self.network, row, self.actor.location, Event.SORT)

    def _wrong_place(self, uow: UnitOfWork, code: str, row: _Row | ParcelRow,
                     verdict: Verdict) -> SortScan:
        """Not on its path here: a MISSORT event (status unchanged), the right destination."""
        here = self.actor.location
        at = self.network.label(row.last_location)
        message = (f"{code} is {row.status} at {at or 'an unknown place'}; missort at "
                   f"{self.network.label(here)}: send to {verdict.destination_label}")
        append_note(uow, self.actor, code[:13], Event.MISSORT, message, {
            "reason": verdict.reason, "destination": verdict.destination, "at": row.last_location,
            "sort_code": row.sort_code, "explanation": verdict.explanation})
        uow.commit()
        return SortScan(SortOutcome.WRONG_PLACE, code, row.sort_code,
                        verdict.destination_label, status=Status(row.status), message=message,
                        at=row.last_location, reason=verdict.reason)

    def _not_arrived(self, uow: UnitOfWork, code: str, row: _Row | ParcelRow) -> SortScan:
        """Sorted or bagged elsewhere, found here without an arrival scan: refused (and
        recorded), not taken for a duplicate."""
        key, todo = REFUSAL[Status.IN_TRANSIT]
        message = (f"{code} is {row.status} at {self.network.label(row.last_location)}, not "
                   f"scanned in at {self.network.label(self.actor.location)}: {todo}")
        append_note(uow, self.actor, code[:13], Event.REJECTED, message,
                    {"requested": Event.SORT.value, "reason": key, "at": row.last_location})
        uow.commit()
        return SortScan(SortOutcome.REFUSED, code, status=Status(row.status), message=message,
                        at=row.last_location, reason=key)

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
            # The reason and what to do instead, and no destination: a sort code on screen
            # would send the sorter to that cage.
            key, todo = REFUSAL.get(current, _REFUSAL_OTHER)
            at = self.network.label(row.last_location) or "an unknown place"
            return SortScan(SortOutcome.REFUSED, code, status=current,
                            message=f"{code} is {current} at {at}: {todo}",
                            at=row.last_location, reason=key)
        return SortScan(outcome, code, row.sort_code, status=current, message=exc.message)

    def forward(self, code: str) -> SortScan:
        """Send a parcel found here off its path on towards its destination (`forward`)."""
        with UnitOfWork(self.db) as uow:
            forward(uow, self.actor, code, network=self.network)
        result = self._destination(SortOutcome.OK, code, self._sort_code(code),
                                   Status.SORTED, "")
        return SortScan(**{**result.__dict__,
                           "message": f"{code} forwarded from {self.actor.location} to "
                                      f"{result.branch}", "reason": "forwarded"})

    def _sort_code(self, code: str) -> str | None:
        with UnitOfWork(self.db) as uow:
            row = self._lookup(uow, code.strip().upper()[:13])
        return row.sort_code if row else None

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
            branch = self.network.label(branch_code)
            bag = self._bags.get(branch_code) or self._bags.get(hub)
        return SortScan(outcome, code, sort_code, branch, bag, status=status, message=message)


#: Statuses a parcel found off its path can be forwarded from (BAGGED: unbag it first;
#: ASSIGNED and later: unassign it first).
_FORWARDABLE = frozenset({Status.RECEIVED, Status.SORTED, Status.IN_TRANSIT, Status.ARRIVED,
                          Status.RETURN_TO_SENDER})


def forward(uow: UnitOfWork, actor: Actor, code: str, *,
            network: Network | None = None) -> Verdict:
    """Forward a missorted / misrouted parcel from the actor's location: it becomes sortable
    and baggable here towards its destination branch (SORTED here, `forwarded_at` = here,
    a FORWARD event naming the destination; an IN_TRANSIT parcel is first ARRIVEd here).
    Refused when here is on its path (sort it normally), or it is bagged, assigned, on hold
    or done. Commits."""
    require(actor, Permission.SCAN)
    row = require_parcel(uow, code)
    net = network or load_network(uow)
    here = actor.location
    path = net.path(row.sort_code, row.origin_branch_id, is_return=row.is_return)
    at = net.label(row.last_location) or "an unknown place"
    if path is None:
        raise ValidationError(f"{row.waybill_no} is {row.status} at {at} and has no "
                              "destination yet: route it manually first", field="code",
                              code=row.waybill_no, reason="manual")
    verdict = place_check(net, row, here, Event.SORT)
    if verdict.ok:
        raise ValidationError(f"{row.waybill_no} is {row.status} at {at}; {net.label(here)} is "
                              f"on its way to {path.destination_label}: sort it normally",
                              field="code", code=row.waybill_no, reason="on_path")
    if row.status not in _FORWARDABLE:
        todo = ("take it out of its bag first" if row.status is Status.BAGGED
                else "unassign it first" if row.status is Status.ASSIGNED
                else "it cannot be forwarded; put it aside for the supervisor")
        raise ValidationError(f"{row.waybill_no} is {row.status} at {at}: {todo}",
                              field="code", code=row.waybill_no, status=row.status,
                              reason="not_forwardable")
    details = {"from": here, "to": path.destination, "at": row.last_location,
               "sort_code": row.sort_code}
    uow.conn.execute(update(P).where(P.c.id == row.id).values(
        forwarded_at=here, **({"last_location": here} if row.status is Status.SORTED else {})))
    append_note(uow, actor, row.waybill_no, Event.FORWARD,
                f"forwarded from {net.label(here)} to {path.destination_label}", details)
    if row.status is Status.IN_TRANSIT:
        append_scan(uow, actor, row.waybill_no, Event.ARRIVE, location=here,
                    details={"forward": path.destination})
    if row.status is not Status.SORTED:
        append_scan(uow, actor, row.waybill_no, Event.SORT, location=here,
                    details={"sort_code": row.sort_code, "forward": path.destination})
    uow.commit()
    return verdict

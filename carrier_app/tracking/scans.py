"""The scan recorder: appends a parcel's scan event and moves its status, inside the calling
use case's unit of work. It never commits: the use case (receive, sort, assign, deliver, …)
decides, after its own checks and writes, and commits them together (DESIGN.md rule 3). It is
the hottest path of the product, so it uses Core statements on the unit of work's connection.

Outcomes: a legal scan appends an event and moves the status; the same scan again (same
client event id, or same status at the same location) changes nothing and says so; an illegal
one is raised as IllegalTransition and its REJECTED event kept (`UnitOfWork.keep`: written even
though the use case rolls back); an unknown waybill is raised as NotFound and kept in
rejected_scans; a bad check digit is raised before any database work.

A scan taken offline (tracking.offline) carries its client event id and scan time through
the unmodified use cases by `scan_identity`: the first scan event a unit of work appends
inside the block takes them, so a replay is recognised (`applied_scan`) and never applied
twice.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import CursorResult, Table, Update, bindparam, insert, select, update

from carrier_app.core import s10
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import IllegalTransition, ValidationError
from carrier_app.core.lifecycle import (
    EVENT_TARGET, TERMINAL, Event, Status, aggregate_status, changes_status, next_status,
)
from carrier_app.core.problems import instruction_text, open_problem_message
from carrier_app.core.roles import Actor, permission_for_event, require
from carrier_app.store.models import Parcel, Piece, Problem, RejectedScan, ScanEvent
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.repository import ParcelRow, no_such_waybill

P = cast(Table, Parcel.__table__)
PC = cast(Table, Piece.__table__)
EV = cast(Table, ScanEvent.__table__)
RJ = cast(Table, RejectedScan.__table__)
PB = cast(Table, Problem.__table__)

_PARCEL_BY_WAYBILL = select(
    P.c.id, P.c.status, P.c.status_before_hold, P.c.is_return, P.c.last_location, P.c.pieces,
    P.c.sort_code, P.c.courier_id,
).where(P.c.waybill_no == bindparam("wb")).with_for_update()  # one scan of a parcel at a time
# Built once: per-scan `.values(...)` constructs and their cache keys cost more than the SQL.
_INSERT_EVENT = insert(EV)
_INSERT_REJECTED = insert(RJ)
_UPDATE_PIECES = update(PC).where(PC.c.parcel_id == bindparam("pid")).values(
    status=bindparam("new_status"), updated_at=bindparam("now"))
# A bare waybill scan moves the pieces still on their way: a piece already delivered (or
# returned) stays so when the others fail, are returned or are scanned again.
_UPDATE_OPEN_PIECES = update(PC).where(
    PC.c.parcel_id == bindparam("pid"), PC.c.status.not_in([s.value for s in TERMINAL]),
).values(status=bindparam("new_status"), updated_at=bindparam("now"))
_UPDATE_PIECE = update(PC).where(PC.c.parcel_id == bindparam("pid"),
                                 PC.c.piece_no == bindparam("piece")).values(
    status=bindparam("new_status"), updated_at=bindparam("now"))
_PIECE_STATUS = select(PC.c.status).where(PC.c.parcel_id == bindparam("pid"),
                                          PC.c.piece_no == bindparam("piece"))
_PIECE_STATUSES = select(PC.c.status).where(PC.c.parcel_id == bindparam("pid"))
# Only read when a scan of a HELD/EXCEPTION parcel is refused: the sort path never pays for it.
_OPEN_PROBLEM = select(PB.c.id, PB.c.reason, PB.c.opened_location, PB.c.instruction,
                       PB.c.new_sort_code).where(PB.c.open_parcel_id == bindparam("pid"))
_EVENT_BY_CLIENT_ID = select(EV.c.status_after, EV.c.parcel_id, EV.c.event, EV.c.piece_no).where(
    EV.c.client_event_id == bindparam("cid"))


@dataclass
class _Identity:
    client_event_id: str
    occurred_at: datetime | None
    #: The unit of work whose first scan event took the id: one id names one event; a
    #: retried use case (new unit of work) takes it again.
    taken_by: UnitOfWork | None = None


_IDENTITY: ContextVar[_Identity | None] = ContextVar("scan_identity", default=None)


@contextmanager
def scan_identity(client_event_id: str, occurred_at: datetime | None = None) -> Iterator[None]:
    """Inside the block (this thread), the first scan event of each unit of work is recorded
    with `client_event_id` and, when given, `occurred_at` (the time it was scanned)."""
    token = _IDENTITY.set(_Identity(client_event_id, occurred_at))
    try:
        yield
    finally:
        _IDENTITY.reset(token)


def _take_identity(uow: UnitOfWork) -> _Identity | None:
    ident = _IDENTITY.get()
    if ident is None or ident.taken_by is uow:
        return None
    ident.taken_by = uow
    return ident


@dataclass(frozen=True)
class AppliedScan:
    """What the server already recorded for a client event id."""

    event: Event
    status_after: Status | None
    message: str


_APPLIED = select(EV.c.event, EV.c.status_after, EV.c.message).where(
    EV.c.client_event_id == bindparam("cid"))


def applied_scan(uow: UnitOfWork, client_event_id: str) -> AppliedScan | None:
    """The event recorded with this client event id (a REJECTED one for a refusal), if any."""
    row = uow.conn.execute(_APPLIED, {"cid": client_event_id}).first()
    if row is None:
        return None
    return AppliedScan(Event(row.event), Status(row.status_after) if row.status_after else None,
                       row.message or "")


class Outcome(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"


@dataclass(frozen=True)
class ScanResult:
    outcome: Outcome
    code: str                     # as scanned: waybill or waybill-piece
    waybill_no: str
    piece_no: int | None
    event: Event
    status_before: Status
    status_after: Status
    sort_code: str | None
    event_id: int | None
    message: str


def append_scan(uow: UnitOfWork, actor: Actor, code: str, event: Event | str, *,
                location: str | None = None, courier_id: int | None = None,
                client_event_id: str | None = None, details: dict[str, Any] | None = None,
                occurred_at: datetime | None = None,
                locked: ParcelRow | None = None) -> ScanResult:
    """Append one scan to the caller's unit of work; the calling use case commits. Raises
    ValidationError, NotFound, IllegalTransition, PermissionDenied; the refusals that reached
    the database are kept on the unit of work, to be written whether it commits or not.
    `locked`: the parcel's row as the calling use case locked it (store.repository, FOR
    UPDATE) in this unit of work and has not changed since: not read again."""
    event = Event(event)
    require(actor, permission_for_event(event))
    if not changes_status(event):
        raise ValueError(f"{event} is not a scan event")
    parsed = s10.parse(code.strip().upper())  # before any database work
    loc = location if location is not None else actor.location
    ident = _take_identity(uow) if client_event_id is None else None
    if ident is not None:
        client_event_id, occurred_at = ident.client_event_id, occurred_at or ident.occurred_at
    now = occurred_at or utcnow()
    conn = uow.conn

    if locked is not None and locked.waybill_no != parsed.waybill:
        raise ValueError(f"{parsed} is not the locked parcel {locked.waybill_no}")
    row = locked or conn.execute(_PARCEL_BY_WAYBILL, {"wb": parsed.waybill}).first()
    # Checked under the parcel's row lock, where a racing first delivery is committed.
    if client_event_id and row is not None:
        seen = conn.execute(_EVENT_BY_CLIENT_ID, {"cid": client_event_id}).first()
        if seen is not None:
            if (seen.parcel_id, seen.event, seen.piece_no) != (row.id, event.value, parsed.piece):
                raise ValidationError(
                    f"Scan id {client_event_id} was already used for another scan",
                    field="client_event_id", reason="client_event_id_reused")
            return _duplicate(parsed, event, Status(seen.status_after or "CREATED"), None,
                              "already scanned (same scan received twice)")

    if row is None:
        uow.keep(_INSERT_REJECTED, {
            "raw_code": str(parsed), "reason": "unknown", "event": event.value,
            "location_code": loc, "station": actor.station, "user_id": actor.user_id,
            "occurred_at": now})
        raise no_such_waybill(str(parsed), parsed.waybill)

    piece_no = parsed.piece
    if piece_no is not None and not 1 <= piece_no <= row.pieces:
        raise ValidationError(f"{parsed}: waybill {parsed.waybill} has {row.pieces} piece(s)",
                              field="code", reason="piece")
    current = Status(row.status)
    if piece_no is not None:
        current = Status(conn.execute(_PIECE_STATUS, {"pid": row.id, "piece": piece_no})
                         .scalar_one())

    before_hold = Status(row.status_before_hold) if row.status_before_hold else None
    try:
        target = next_status(current, event, returning=row.is_return, before_hold=before_hold)
    except IllegalTransition as exc:
        if current == _target_of(event, row.is_return) and row.last_location == loc:
            return _duplicate(parsed, event, current, row.sort_code,
                              f"already {current} here — nothing changed")
        problem = held_by_problem(uow, actor, row.id, str(parsed), current,
                                  _target_of(event, row.is_return), event, loc,
                                  piece_no=piece_no, client_event_id=client_event_id)
        if problem is not None:
            raise problem from None
        where = f" at {row.last_location}" if row.last_location else ""
        message = (f"{parsed} was already {current}{where}"
                   if current == _target_of(event, row.is_return)
                   else f"{parsed} {exc.message}")
        uow.keep(_INSERT_EVENT, _event_row(
            row.id, piece_no, Event.REJECTED, current, None, loc, actor, courier_id, now,
            client_event_id, message[:300], {"requested": event.value, **(details or {})}))
        raise IllegalTransition(message, code=str(parsed), current=current,
                                requested=_target_of(event, row.is_return),
                                reason="already_status" if message.startswith(f"{parsed} was")
                                else exc.params["reason"]) from None

    if (target == current and row.last_location == loc
            and not (event is Event.ASSIGN and courier_id != row.courier_id)):
        return _duplicate(parsed, event, current, row.sort_code,
                          f"already {current} here — nothing changed")

    event_row = _event_row(row.id, piece_no, event, current, target, loc, actor, courier_id,
                           now, client_event_id, "", details or {})
    extra = _parcel_extra(event, current, target, courier_id)
    if piece_no is None and row.pieces == 1 and conn.dialect.name == "postgresql":
        # The event, the piece and the parcel in one statement: one round trip, not three.
        event_id = conn.execute(_combined_write(frozenset(extra), event is Event.FAIL), {
            **{f"e_{k}": v for k, v in event_row.items()}, "pid": row.id,
            "new_status": target.value, "now": now, "status": target.value,
            "last_location": loc, "updated_at": now, **extra}).scalar_one()
        return ScanResult(Outcome.OK, str(parsed), parsed.waybill, piece_no, event, current,
                          target, row.sort_code, event_id, f"{parsed} → {target}")
    event_id = _inserted_id(conn.execute(_INSERT_EVENT, event_row))

    # Pieces first, then the waybill's status derived from them in the same transaction.
    if piece_no is not None:
        conn.execute(_UPDATE_PIECE, {"pid": row.id, "piece": piece_no,
                                     "new_status": target.value, "now": now})
    elif row.pieces == 1:
        conn.execute(_UPDATE_PIECES, {"pid": row.id, "new_status": target.value, "now": now})
    else:
        conn.execute(_UPDATE_OPEN_PIECES, {"pid": row.id, "new_status": target.value,
                                           "now": now})
    new_status = target
    if row.pieces > 1:
        new_status = aggregate_status([Status(s) for s in conn.execute(
            _PIECE_STATUSES, {"pid": row.id}).scalars()])
    conn.execute(_parcel_update(frozenset(extra), event is Event.FAIL),
                 {"pid": row.id, "status": new_status.value, "last_location": loc,
                  "updated_at": now, **extra})
    return ScanResult(Outcome.OK, str(parsed), parsed.waybill, piece_no, event, current,
                      new_status, row.sort_code, event_id, f"{parsed} → {new_status}")


def held_by_problem(uow: UnitOfWork, actor: Actor, parcel_id: int, code: str,
                    current: Status | str, requested: Status | None, event: Event,
                    location: str | None = None, *, piece_no: int | None = None,
                    client_event_id: str | None = None) -> IllegalTransition | None:
    """The refusal of a normal scan of a parcel with an open problem (问题件), naming the
    problem, where it was opened and (for an intercept) the new instruction; its REJECTED
    event is kept. None when the parcel is not held by an open problem. Looks the problem
    up only for a HELD / EXCEPTION parcel."""
    current = Status(current)
    if current not in (Status.HELD, Status.EXCEPTION):
        return None
    p = uow.conn.execute(_OPEN_PROBLEM, {"pid": parcel_id}).first()
    if p is None:
        return None
    instruction = (instruction_text(p.instruction == "RETURN", p.new_sort_code)
                   if p.instruction else "")
    message = open_problem_message(code, p.reason, p.opened_location, instruction)
    loc = location if location is not None else actor.location
    uow.keep(_INSERT_EVENT, _event_row(
        parcel_id, piece_no, Event.REJECTED, current, None, loc, actor, None, utcnow(),
        client_event_id, message[:300], {"requested": event.value, "problem": p.id}))
    return IllegalTransition(message, code=code, current=current, requested=requested,
                             problem=p.id, problem_reason=p.reason,
                             instruction=p.instruction, new_sort_code=p.new_sort_code,
                             reason="open_problem")


def _parcel_extra(event: Event, current: Status, target: Status,
                  courier_id: int | None) -> dict[str, Any]:
    """The parcel's columns a scan sets besides status, location and time."""
    extra: dict[str, Any] = {}
    if target in (Status.HELD, Status.EXCEPTION):
        extra["status_before_hold"] = current.value
    elif event is Event.RELEASE:
        extra["status_before_hold"] = None
    if event is Event.ASSIGN:
        extra["courier_id"] = courier_id
    elif event is Event.UNASSIGN:
        extra["courier_id"] = None
    if event is Event.RETURN:
        extra["is_return"] = True
    return extra


@lru_cache(maxsize=32)
def _combined_write(extra: frozenset[str], failed: bool) -> Update:
    """PostgreSQL: INSERT the event and UPDATE the single piece in data-modifying CTEs of the
    parcel's UPDATE, which returns the new event's id. The event's parameters are named
    e_<column> (the parcel's courier_id is not the event's when a courier is unassigned)."""
    ev = insert(EV).values({c: bindparam(f"e_{c}", type_=EV.c[c].type) for c in _EVENT_COLUMNS}
                           ).returning(EV.c.id).cte("ev")
    pieces = _UPDATE_PIECES.cte("pc")
    return (_parcel_update(extra, failed).add_cte(ev).add_cte(pieces)
            .returning(select(ev.c.id).scalar_subquery()))


@lru_cache(maxsize=32)
def _parcel_update(extra: frozenset[str], failed: bool) -> Update:
    """UPDATE parcels for a scan; the common columns always, `extra` ones when given."""
    cols = ("status", "last_location", "updated_at", *sorted(extra))
    values: dict[str, Any] = {c: bindparam(c) for c in cols}
    if failed:
        values["failed_attempts"] = P.c.failed_attempts + 1
    return update(P).where(P.c.id == bindparam("pid")).values(values)


def _inserted_id(result: CursorResult[Any]) -> int:
    """The id of the one row a single-row INSERT added (None only for executemany)."""
    key = result.inserted_primary_key
    assert key is not None
    return int(key[0])


_EVENT_COLUMNS = tuple(c.name for c in EV.c if c.name != "id")  # what _event_row gives


def _event_row(parcel_id: int, piece_no: int | None, event: Event, before: Status,
               after: Status | None, loc: str, actor: Actor, courier_id: int | None,
               now: datetime, client_event_id: str | None, message: str,
               details: dict[str, Any]) -> dict[str, Any]:
    return {"parcel_id": parcel_id, "piece_no": piece_no, "event": event.value,
            "status_before": before.value, "status_after": after.value if after else None,
            "location_code": loc, "station": actor.station, "user_id": actor.user_id,
            "courier_id": courier_id, "occurred_at": now, "client_event_id": client_event_id,
            "message": message,
            "details": json.dumps(details, ensure_ascii=False) if details else "{}"}


def _target_of(event: Event, returning: bool) -> Status | None:
    if event is Event.DELIVER and returning:
        return Status.RETURNED
    return EVENT_TARGET.get(event)


def _duplicate(parsed: s10.ScanCode, event: Event, status: Status, sort_code: str | None,
               message: str) -> ScanResult:
    return ScanResult(Outcome.DUPLICATE, str(parsed), parsed.waybill, parsed.piece, event,
                      status, status, sort_code, None, f"{parsed}: {message}")


def append_note(uow: UnitOfWork, actor: Actor, waybill_no: str, event: Event | str,
                message: str = "", details: dict[str, Any] | None = None) -> int:
    """Append an event that does not change the status (REPRINT, REROUTE, NOTE) in the
    caller's unit of work; the caller commits. Returns the event id."""
    event = Event(event)
    if changes_status(event):
        raise ValueError(f"{event} changes the status: use append_scan")
    row = uow.conn.execute(_PARCEL_BY_WAYBILL, {"wb": waybill_no}).first()
    if row is None:
        raise no_such_waybill(waybill_no)
    status = Status(row.status)
    ident = _take_identity(uow)
    cid = ident.client_event_id if ident else None
    now = (ident.occurred_at if ident else None) or utcnow()
    return _inserted_id(uow.conn.execute(_INSERT_EVENT, _event_row(
        row.id, None, event, status, None, actor.location, actor, None, now, cid,
        message[:300], details or {})))

"""The scan service: one scan, one transaction. The hottest path of the product, so it uses
Core statements on the unit of work's connection (DESIGN.md "Storage").

Outcomes: a legal scan appends an event and moves the status; the same scan again (same
client event id, or same status at the same location) changes nothing and says so; an illegal
one is recorded as a REJECTED event and raised as IllegalTransition; an unknown waybill is
recorded in rejected_scans and raised as NotFound; a bad check digit is raised before any
database work.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from functools import lru_cache
from typing import Any

from sqlalchemy import bindparam, insert, select, update

from carrier_app.core import s10
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import (
    EVENT_TARGET, Event, Status, aggregate_status, changes_status, next_status,
)
from carrier_app.core.roles import Actor, permission_for_event, require
from carrier_app.store.models import Parcel, Piece, RejectedScan, ScanEvent
from carrier_app.store.uow import UnitOfWork

P = Parcel.__table__
PC = Piece.__table__
EV = ScanEvent.__table__
RJ = RejectedScan.__table__

_PARCEL_BY_WAYBILL = select(
    P.c.id, P.c.status, P.c.status_before_hold, P.c.is_return, P.c.last_location, P.c.pieces,
    P.c.sort_code, P.c.courier_id,
).where(P.c.waybill_no == bindparam("wb")).with_for_update()  # one scan of a parcel at a time
_EVENT_BY_CLIENT_ID = select(EV.c.id, EV.c.status_after).where(
    EV.c.client_event_id == bindparam("cid"))


# The hot path's statements are built once: a statement built per call costs more in
# SQLAlchemy's cache-key generation than sqlite3 takes to run it (bench/sort_bench.py).
_INSERT_EVENT = insert(EV)
_UPDATE_PIECES = update(PC).where(PC.c.parcel_id == bindparam("b_parcel")).values(
    status=bindparam("b_status"), updated_at=bindparam("b_now"))
_UPDATE_PIECE = update(PC).where(PC.c.parcel_id == bindparam("b_parcel"),
                                 PC.c.piece_no == bindparam("b_piece")).values(
    status=bindparam("b_status"), updated_at=bindparam("b_now"))


@lru_cache(maxsize=64)
def _update_parcel(columns: tuple[str, ...], failed: bool) -> Any:
    values: dict[str, Any] = {c: bindparam(f"b_{c}") for c in columns}
    if failed:
        values["failed_attempts"] = P.c.failed_attempts + 1
    return update(P).where(P.c.id == bindparam("b_id")).values(**values)


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


def record_scan(uow: UnitOfWork, actor: Actor, code: str, event: Event | str, *,
                location: str | None = None, courier_id: int | None = None,
                client_event_id: str | None = None, details: dict[str, Any] | None = None,
                occurred_at: datetime | None = None) -> ScanResult:
    """Record one scan and commit. Raises ValidationError, NotFound, IllegalTransition,
    PermissionDenied; the refused ones that reached the database are recorded first."""
    event = Event(event)
    require(actor, permission_for_event(event))
    if not changes_status(event):
        raise ValueError(f"{event} is not a scan event")
    parsed = s10.parse(code.strip().upper())  # before any database work
    loc = location if location is not None else actor.location
    now = occurred_at or utcnow()
    conn = uow.conn

    if client_event_id:
        seen = conn.execute(_EVENT_BY_CLIENT_ID, {"cid": client_event_id}).first()
        if seen is not None:
            return _duplicate(parsed, event, Status(seen.status_after or "CREATED"), None,
                              "already scanned (same scan received twice)")

    row = conn.execute(_PARCEL_BY_WAYBILL, {"wb": parsed.waybill}).first()
    if row is None:
        conn.execute(insert(RJ).values(raw_code=str(parsed), reason="unknown", event=event.value,
                                       location_code=loc, station=actor.station,
                                       user_id=actor.user_id, occurred_at=now))
        uow.commit()
        raise NotFound(f"{parsed.waybill}: no such waybill in the system", code=str(parsed),
                       reason="unknown_waybill")

    piece_no = parsed.piece
    if piece_no is not None and not 1 <= piece_no <= row.pieces:
        raise ValidationError(f"{parsed}: waybill {parsed.waybill} has {row.pieces} piece(s)",
                              field="code", reason="piece")
    current = Status(row.status)
    if piece_no is not None:
        current = Status(conn.execute(
            select(PC.c.status).where(PC.c.parcel_id == row.id, PC.c.piece_no == piece_no)
        ).scalar_one())

    before_hold = Status(row.status_before_hold) if row.status_before_hold else None
    try:
        target = next_status(current, event, returning=row.is_return, before_hold=before_hold)
    except IllegalTransition as exc:
        if current == _target_of(event, row.is_return) and row.last_location == loc:
            return _duplicate(parsed, event, current, row.sort_code,
                              f"already {current} here — nothing changed")
        where = f" at {row.last_location}" if row.last_location else ""
        message = (f"{parsed} was already {current}{where}"
                   if current == _target_of(event, row.is_return)
                   else f"{parsed} {exc.message}")
        conn.execute(insert(EV).values(
            parcel_id=row.id, piece_no=piece_no, event=Event.REJECTED.value,
            status_before=current.value, status_after=None, location_code=loc,
            station=actor.station, user_id=actor.user_id, courier_id=courier_id,
            occurred_at=now, client_event_id=client_event_id, message=message[:300],
            details=json.dumps({"requested": event.value, **(details or {})},
                               ensure_ascii=False)))
        uow.commit()
        raise IllegalTransition(message, code=str(parsed), current=current,
                                requested=_target_of(event, row.is_return)) from None

    if (target == current and row.last_location == loc
            and not (event is Event.ASSIGN and courier_id != row.courier_id)):
        return _duplicate(parsed, event, current, row.sort_code,
                          f"already {current} here — nothing changed")

    event_id = conn.execute(_INSERT_EVENT, dict(
        parcel_id=row.id, piece_no=piece_no, event=event.value, status_before=current.value,
        status_after=target.value, location_code=loc, station=actor.station,
        user_id=actor.user_id, courier_id=courier_id, occurred_at=now,
        client_event_id=client_event_id, message="",
        details=json.dumps(details or {}, ensure_ascii=False))).inserted_primary_key[0]

    # Pieces first, then the waybill's status derived from them in the same transaction.
    conn.execute(_UPDATE_PIECES if piece_no is None else _UPDATE_PIECE,
                 {"b_parcel": row.id, "b_piece": piece_no, "b_status": target.value,
                  "b_now": now})
    new_status = target
    if piece_no is not None and row.pieces > 1:
        new_status = aggregate_status([Status(s) for s in conn.execute(
            select(PC.c.status).where(PC.c.parcel_id == row.id)).scalars()])
    values: dict[str, Any] = {"status": new_status.value, "last_location": loc,
                              "updated_at": now}
    if target in (Status.HELD, Status.EXCEPTION):
        values["status_before_hold"] = current.value
    elif event is Event.RELEASE:
        values["status_before_hold"] = None
    if event is Event.ASSIGN:
        values["courier_id"] = courier_id
    elif event is Event.UNASSIGN:
        values["courier_id"] = None
    if event is Event.RETURN:
        values["is_return"] = True
    conn.execute(_update_parcel(tuple(values), event is Event.FAIL),
                 {"b_id": row.id, **{f"b_{k}": v for k, v in values.items()}})
    uow.commit()
    return ScanResult(Outcome.OK, str(parsed), parsed.waybill, piece_no, event, current,
                      new_status, row.sort_code, event_id, f"{parsed} → {new_status}")


def _target_of(event: Event, returning: bool) -> Status | None:
    if event is Event.DELIVER and returning:
        return Status.RETURNED
    return EVENT_TARGET.get(event)


def _duplicate(parsed: s10.ScanCode, event: Event, status: Status, sort_code: str | None,
               message: str) -> ScanResult:
    return ScanResult(Outcome.DUPLICATE, str(parsed), parsed.waybill, parsed.piece, event,
                      status, status, sort_code, None, f"{parsed}: {message}")

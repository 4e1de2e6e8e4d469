"""Look-ups the dispatch, delivery and finance services share: a parcel locked for the action
(FOR UPDATE, so two dispatchers queue on it), a courier, a branch, today's date."""

from __future__ import annotations

from datetime import date

from typing import Any

from sqlalchemy import Row, select

from carrier_app.core import s10
from carrier_app.core.clock import local_today
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor
from carrier_app.store.models import Branch, Courier, Parcel, Piece
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan

P = Parcel.__table__


def today() -> date:
    """The depot's local date: runs and reattempts are planned by local day."""
    return local_today()


def lock_parcel(uow: UnitOfWork, code: str, *,
                lock: bool = True) -> tuple[s10.ScanCode, Row]:  # type: ignore[type-arg]
    """The parcel a scanned code names; its row locked until the unit of work ends (unless
    `lock` is off, for screens that only read)."""
    parsed = s10.parse(code.strip().upper())
    q = (select(P.c.id, P.c.waybill_no, P.c.status, P.c.courier_id, P.c.is_return, P.c.cod_fen,
                P.c.pieces, P.c.failed_attempts, P.c.merchant_id, P.c.dest_branch_id,
                P.c.sort_code, P.c.last_location, P.c.origin_branch_id, P.c.forwarded_at)
         .where(P.c.waybill_no == parsed.waybill))
    row = uow.conn.execute(q.with_for_update() if lock else q).first()
    if row is None:
        raise NotFound(f"{parsed.waybill}: no such waybill in the system", code=str(parsed),
                       reason="unknown_waybill")
    return parsed, row


def piece_statuses(uow: UnitOfWork, parcel_id: int) -> list[str]:
    return list(uow.session.scalars(select(Piece.status).where(Piece.parcel_id == parcel_id)
                                    .order_by(Piece.piece_no)))


def scan_undelivered(uow: UnitOfWork, actor: Actor, waybill_no: str, event: Event,
                     **kwargs: Any) -> ScanResult:
    """append_scan for a waybill, but on a partly delivered multi-piece waybill only for the
    pieces not delivered (a waybill scan moves every piece, the delivered ones too). No
    commit: the calling use case commits; returns the last result."""
    parcel_id = uow.conn.execute(select(P.c.id).where(P.c.waybill_no == waybill_no)).scalar_one()
    statuses = piece_statuses(uow, parcel_id)
    done = Status.DELIVERED.value
    if done not in statuses or all(s == done for s in statuses):
        return append_scan(uow, actor, waybill_no, event, **kwargs)
    result = None
    for n, s in enumerate(statuses, 1):
        if s != done:
            result = append_scan(uow, actor, f"{waybill_no}-{n}", event, **kwargs)
    assert result is not None
    return result


def courier(uow: UnitOfWork, courier: int | str) -> Courier:
    """A courier by id or badge code."""
    if isinstance(courier, int):
        found = uow.session.get(Courier, courier)
    else:
        found = uow.session.scalar(select(Courier).where(Courier.code == courier.strip().upper()))
    if found is None:
        raise NotFound(f"Unknown courier {courier!r}", code=str(courier), reason="unknown_courier")
    return found


def branch(uow: UnitOfWork, code: str) -> Branch:
    found = uow.session.scalar(select(Branch).where(Branch.code == code))
    if found is None:
        raise ValidationError(f"{code!r} is not a branch code", field="branch", code=code)
    return found

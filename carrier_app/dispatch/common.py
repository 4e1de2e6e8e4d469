"""What the dispatch and delivery services share: today's date, the pieces of a waybill, and a
scan of only its undelivered pieces (parcel, courier and branch look-ups: store/repository.py)."""

from __future__ import annotations

from datetime import date

from typing import Any, cast

from sqlalchemy import Table, select

from carrier_app.core.clock import local_today
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor
from carrier_app.store.models import Parcel, Piece
from carrier_app.store.repository import ParcelRow
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan

P = cast(Table, Parcel.__table__)


def today() -> date:
    """The depot's local date: runs and reattempts are planned by local day."""
    return local_today()


def piece_statuses(uow: UnitOfWork, parcel_id: int) -> list[str]:
    return list(uow.conn.scalars(select(Piece.status).where(Piece.parcel_id == parcel_id)
                                 .order_by(Piece.piece_no)))


def scan_undelivered(uow: UnitOfWork, actor: Actor, waybill_no: str, event: Event, *,
                     parcel: ParcelRow | None = None, **kwargs: Any) -> ScanResult:
    """append_scan for a waybill, but on a partly delivered multi-piece waybill only for the
    pieces not delivered (a waybill scan moves every piece, the delivered ones too). No
    commit: the calling use case commits; returns the last result. `parcel`: the waybill's
    row the caller already locked (a one-piece waybill then needs no look-up at all)."""
    if parcel is not None and parcel.pieces == 1:
        return append_scan(uow, actor, waybill_no, event, locked=parcel, **kwargs)
    parcel_id = parcel.id if parcel is not None else uow.conn.execute(
        select(P.c.id).where(P.c.waybill_no == waybill_no)).scalar_one()
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

"""Helper for the gap-list tests: parcels moved by real scans, then dated back."""

from __future__ import annotations

from datetime import datetime
from typing import cast

from sqlalchemy import Table, select, update

from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import Parcel, ScanEvent

P = cast(Table, Parcel.__table__)
E = cast(Table, ScanEvent.__table__)


def backdate(db: Database, wbs: list[str], when: datetime) -> None:
    """Every event of the parcels, and their last change, moved to `when`."""
    with UnitOfWork(db) as uow:
        for wb in wbs:
            pid = uow.conn.execute(select(P.c.id).where(P.c.waybill_no == wb)).scalar_one()
            uow.conn.execute(update(E).where(E.c.parcel_id == pid).values(occurred_at=when))
            uow.conn.execute(update(P).where(P.c.id == pid).values(updated_at=when))
        uow.commit()

"""Read-only views of waybills for the "Waybills & labels" screen: search, import batches."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select

from carrier_app.core.lifecycle import Status
from carrier_app.core.money import from_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.text import LIKE_ESCAPE, like_pattern
from carrier_app.store.models import ImportBatch, Merchant, Parcel
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.reads import read_only


@dataclass(frozen=True)
class WaybillRow:
    waybill_no: str
    status: Status
    sort_code: str | None
    recipient_name: str
    recipient_phone_masked: str
    recipient_address: str
    pieces: int
    service: str
    cod: str                 # yuan, two places
    order_ref: str
    batch_id: int | None
    created_at: datetime     # UTC


@dataclass(frozen=True)
class BatchRow:
    id: int
    merchant: str
    file_name: str
    created: int
    created_at: datetime     # UTC


@read_only
def search_waybills(uow: UnitOfWork, actor: Actor, text: str = "", batch_id: int | None = None,
                     limit: int = 200) -> list[WaybillRow]:
    """Newest first. `text` matches part of the waybill number, order ref, recipient name or
    phone; `batch_id` keeps one import batch."""
    require(actor, Permission.PRINT_LABEL)
    q = select(Parcel)
    text = text.strip()
    if text:
        like = like_pattern(text.upper())
        plain = like_pattern(text)
        q = q.where(or_(Parcel.waybill_no.like(like, escape=LIKE_ESCAPE),
                        *(c.like(plain, escape=LIKE_ESCAPE) for c in (
                            Parcel.order_ref, Parcel.recipient_name, Parcel.recipient_phone))))
    if batch_id is not None:
        q = q.where(Parcel.batch_id == batch_id)
    rows = uow.session.scalars(q.order_by(Parcel.id.desc()).limit(max(1, min(limit, 5000))))
    return [WaybillRow(
        waybill_no=p.waybill_no, status=Status(p.status), sort_code=p.sort_code,
        recipient_name=p.recipient_name, recipient_phone_masked=mask_phone(p.recipient_phone),
        recipient_address="".join(x for x in (p.recipient_city, p.recipient_district) if x
                                  and x not in p.recipient_address) + p.recipient_address,
        pieces=p.pieces, service=p.service, cod=str(from_fen(p.cod_fen)),
        order_ref=p.order_ref or "", batch_id=p.batch_id, created_at=p.created_at)
        for p in rows]


def import_batches(uow: UnitOfWork, actor: Actor, limit: int = 50) -> list[BatchRow]:
    """The latest import batches, newest first (for "print a whole batch")."""
    require(actor, Permission.PRINT_LABEL)
    rows = uow.session.execute(
        select(ImportBatch, func.coalesce(Merchant.code, ""))
        .outerjoin(Merchant, Merchant.id == ImportBatch.merchant_id)
        .order_by(ImportBatch.id.desc()).limit(limit))
    return [BatchRow(b.id, code, b.file_name, b.created, b.created_at) for b, code in rows]

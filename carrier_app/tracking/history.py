"""What the Tracking page and `carrier-app track` show: a parcel and its event history."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select

from carrier_app.core.address import full_address
from carrier_app.core import s10
from carrier_app.core.clock import local_iso
from carrier_app.core.lifecycle import Status
from carrier_app.core.money import from_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.models import Branch, Parcel, Piece, ScanEvent, User
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.repository import no_such_waybill
from carrier_app.store.reads import read_only


@dataclass(frozen=True)
class EventRow:
    at: datetime            # UTC
    event: str
    status_after: str | None
    location: str
    station: str
    user: str
    piece_no: int | None
    message: str
    #: the event's recorded details when it has no message (what `message` spells as k=v):
    #: for a screen to put in words
    details: dict[str, object] = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class ParcelHistory:
    waybill_no: str
    status: Status
    pieces: int
    piece_statuses: list[Status]
    service: str
    recipient_name: str
    recipient_phone_masked: str
    recipient_address: str
    destination: str         # branch code and name, or "" when not yet routed
    sort_code: str | None
    cod: str                 # yuan, two places
    is_return: bool
    events: list[EventRow]

    def as_dict(self) -> dict[str, object]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "events"}
        d["status"] = self.status.value
        d["piece_statuses"] = [s.value for s in self.piece_statuses]
        d["events"] = [{**{k: v for k, v in e.__dict__.items() if k != "details"},
                        "at": local_iso(e.at)} for e in self.events]
        return d


@read_only
def track(uow: UnitOfWork, actor: Actor, code: str) -> ParcelHistory:
    require(actor, Permission.TRACK)
    parsed = s10.parse(code.strip().upper())
    s = uow.session
    parcel = s.scalar(select(Parcel).where(Parcel.waybill_no == parsed.waybill))
    if parcel is None:
        raise no_such_waybill(parsed.waybill)
    dest = s.get(Branch, parcel.dest_branch_id) if parcel.dest_branch_id else None
    pieces = [Status(p) for p in s.scalars(
        select(Piece.status).where(Piece.parcel_id == parcel.id).order_by(Piece.piece_no))]
    rows = s.execute(
        select(ScanEvent, User.username).outerjoin(User, User.id == ScanEvent.user_id)
        .where(ScanEvent.parcel_id == parcel.id).order_by(ScanEvent.occurred_at, ScanEvent.id))
    events = [EventRow(e.occurred_at, e.event, e.status_after, e.location_code, e.station,
                       username or "system", e.piece_no, e.message or _detail_text(e.details),
                       {} if e.message else _details(e.details))
              for e, username in rows]
    return ParcelHistory(
        waybill_no=parcel.waybill_no, status=Status(parcel.status), pieces=parcel.pieces,
        piece_statuses=pieces, service=parcel.service, recipient_name=parcel.recipient_name,
        recipient_phone_masked=mask_phone(parcel.recipient_phone),
        recipient_address=full_address(parcel.recipient_province, parcel.recipient_city,
                                       parcel.recipient_district, parcel.recipient_address,
                                       sep=" "),
        destination=f"{dest.code} {dest.name}" if dest else "", sort_code=parcel.sort_code,
        cod=str(from_fen(parcel.cod_fen)), is_return=parcel.is_return, events=events)


def _details(details: str) -> dict[str, object]:
    try:
        d = json.loads(details or "{}")
    except ValueError:
        return {}
    return d if isinstance(d, dict) else {}


def _detail_text(details: str) -> str:
    return ", ".join(f"{k}={v}" for k, v in _details(details).items())

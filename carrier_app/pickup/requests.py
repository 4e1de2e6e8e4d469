"""Pickup requests: the merchant asks, a dispatcher assigns a courier, the courier scans each
parcel at the merchant (PICKED_UP), the request closes with expected vs collected and a
receipt the merchant signs."""

from __future__ import annotations

import re
from datetime import date

from sqlalchemy import select

from carrier_app.core.address import full_address
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.documents.inputs import PickupInfo as PickupInfo
from carrier_app.store.repository import require_parcel
from carrier_app.store import audit
from carrier_app.store.models import Courier, Merchant, Parcel, PickupItem, PickupRequest
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan

OPEN, ASSIGNED, CLOSED, CANCELLED = "OPEN", "ASSIGNED", "CLOSED", "CANCELLED"
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")


def _info(uow: UnitOfWork, r: PickupRequest, with_items: bool = True) -> PickupInfo:
    m = uow.session.get(Merchant, r.merchant_id)
    assert m is not None
    c = uow.session.get(Courier, r.courier_id) if r.courier_id else None
    waybills = list(uow.session.scalars(
        select(Parcel.waybill_no).join(PickupItem, PickupItem.parcel_id == Parcel.id)
        .where(PickupItem.request_id == r.id).order_by(PickupItem.id))) if with_items else []
    return PickupInfo(r.id, m.code, m.name, full_address(m.province, m.city, m.district, m.address),
                      f"{m.contact_name} {m.phone}".strip(), r.pickup_date, r.window_from,
                      r.window_to, r.expected_pieces, r.collected, r.note,
                      c.code if c else "", c.name if c else "", r.status, r.closed_at, waybills)


def _request(uow: UnitOfWork, request_id: int, *, lock: bool = False) -> PickupRequest:
    q = select(PickupRequest).where(PickupRequest.id == request_id)
    r = uow.session.scalar(q.with_for_update() if lock else q)
    if r is None:
        raise NotFound(f"No pickup request {request_id}", reason="unknown_pickup")
    return r


def create_request(uow: UnitOfWork, actor: Actor, merchant_code: str, pickup_date: date,
                   window_from: str, window_to: str, expected_pieces: int,
                   note: str = "") -> PickupInfo:
    require(actor, Permission.MANAGE_PICKUPS)
    m = uow.session.scalar(select(Merchant).where(Merchant.code == merchant_code.strip().upper()))
    if m is None:
        raise ValidationError(f"Unknown merchant {merchant_code!r}", field="merchant",
                              reason="unknown_merchant", code=merchant_code)
    if not m.active:
        raise ValidationError(f"Merchant {m.code} is deactivated", field="merchant",
                              reason="inactive", code=m.code)
    if not (_TIME.match(window_from) and _TIME.match(window_to)):
        raise ValidationError("Time window: HH:MM to HH:MM", field="window", reason="window_format")
    if window_from >= window_to:
        raise ValidationError("The time window must end after it starts", field="window",
                              reason="window_order")
    if not 1 <= expected_pieces <= 9999:
        raise ValidationError("Expected pieces: 1 to 9999", field="expected_pieces",
                              reason="expected_pieces")
    r = PickupRequest(merchant_id=m.id, pickup_date=pickup_date, window_from=window_from,
                      window_to=window_to, expected_pieces=expected_pieces,
                      note=note.strip()[:200], status=OPEN, collected=0, created_at=utcnow(),
                      created_by=actor.user_id)
    uow.session.add(r)
    uow.session.flush()
    audit.record(uow, actor, "pickup.create", "pickup_request", r.id, merchant=m.code)
    result = _info(uow, r)
    uow.commit()
    return result


def list_requests(uow: UnitOfWork, actor: Actor, on: date | None = None) -> list[PickupInfo]:
    require(actor, Permission.TRACK)
    q = select(PickupRequest).order_by(PickupRequest.pickup_date, PickupRequest.window_from,
                                       PickupRequest.id)
    if on is not None:
        q = q.where(PickupRequest.pickup_date == on)
    return [_info(uow, r, with_items=False) for r in uow.session.scalars(q.limit(500))]


def get_request(uow: UnitOfWork, actor: Actor, request_id: int) -> PickupInfo:
    require(actor, Permission.TRACK)
    return _info(uow, _request(uow, request_id))


def assign_courier(uow: UnitOfWork, actor: Actor, request_id: int, courier_code: str) -> PickupInfo:
    require(actor, Permission.MANAGE_PICKUPS)
    r = _request(uow, request_id, lock=True)
    if r.status not in (OPEN, ASSIGNED):
        raise ValidationError(f"pickup {r.id} is {r.status.lower()}", field="request",
                              reason="pickup_closed", request=r.id)
    c = uow.session.scalar(select(Courier).where(Courier.code == courier_code.strip().upper()))
    if c is None or not c.active:
        raise ValidationError(f"Unknown or inactive courier {courier_code!r}", field="courier",
                              reason="courier_unavailable", code=courier_code)
    r.courier_id, r.status = c.id, ASSIGNED
    audit.record(uow, actor, "pickup.assign", "pickup_request", r.id, courier=c.code)
    uow.session.flush()
    result = _info(uow, r)
    uow.commit()
    return result


def collect(uow: UnitOfWork, actor: Actor, request_id: int, code: str) -> ScanResult:
    """The courier scans a parcel at the merchant: PICKUP event; commits."""
    require(actor, Permission.SCAN)
    r = _request(uow, request_id, lock=True)
    if r.status != ASSIGNED:
        raise ValidationError(f"pickup {r.id} is {r.status.lower()}: "
                              + ("assign a courier first" if r.status == OPEN else
                                 "it takes no more parcels"), field="request", request=r.id,
                              reason="pickup_unassigned" if r.status == OPEN else "pickup_closed")
    row = require_parcel(uow, code)
    m = uow.session.get(Merchant, r.merchant_id)
    merchant_id = uow.session.scalar(select(Parcel.merchant_id).where(Parcel.id == row.id))
    if merchant_id is not None and m is not None and merchant_id != m.id:
        raise ValidationError(f"{row.waybill_no} belongs to another merchant", field="code",
                              reason="other_merchant")
    if row.allows(Event.PICKUP):
        uow.session.add(PickupItem(request_id=r.id, parcel_id=row.id, scanned_at=utcnow()))
        r.collected += 1
        uow.session.flush()
    result = append_scan(uow, actor, row.waybill_no, Event.PICKUP, courier_id=r.courier_id,
                         details={"pickup_request": r.id})
    uow.commit()
    return result


def close_request(uow: UnitOfWork, actor: Actor, request_id: int) -> PickupInfo:
    require(actor, Permission.MANAGE_PICKUPS)
    r = _request(uow, request_id, lock=True)
    if r.status == CLOSED:
        raise ValidationError(f"pickup {r.id} is already closed", field="request",
                              reason="pickup_closed", request=r.id)
    r.status, r.closed_at = CLOSED, utcnow()
    audit.record(uow, actor, "pickup.close", "pickup_request", r.id,
                 expected=r.expected_pieces, collected=r.collected)
    uow.session.flush()
    result = _info(uow, r)
    uow.commit()
    return result


def picked_up_not_received(uow: UnitOfWork, on: date) -> list[tuple[str, int]]:
    """(waybill, request id) collected on pickups of `on` and still PICKED_UP."""
    return list(uow.session.execute(
        select(Parcel.waybill_no, PickupItem.request_id)
        .join(PickupItem, PickupItem.parcel_id == Parcel.id)
        .join(PickupRequest, PickupRequest.id == PickupItem.request_id)
        .where(PickupRequest.pickup_date == on, Parcel.status == Status.PICKED_UP.value)
        .order_by(Parcel.waybill_no)))

"""Creating waybills: number, route, pieces and the CREATE event in one transaction."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from decimal import Decimal

from sqlalchemy import insert

from carrier_app.core.clock import utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.money import to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.routing import Router
from carrier_app.store.models import Parcel, Piece, ScanEvent
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.numbers import NumberAllocator

SERVICES = ("standard", "express")


@dataclass(frozen=True)
class WaybillInput:
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    recipient_province: str = ""
    recipient_city: str = ""
    recipient_district: str = ""
    recipient_postcode: str = ""
    sender_name: str = ""
    sender_phone: str = ""
    sender_address: str = ""
    merchant_id: int | None = None
    order_ref: str | None = None
    service: str = "standard"
    pieces: int = 1
    weight_kg: Decimal = Decimal("0")
    cod: Decimal = Decimal("0")
    declared_value: Decimal = Decimal("0")
    contents: str = ""
    note: str = ""
    origin_branch_id: int | None = None
    batch_id: int | None = None
    dimensions_cm: tuple[int, int, int] | None = None
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class WaybillCreated:
    parcel_id: int
    waybill_no: str
    sort_code: str | None    # None: goes to the manual-routing queue
    dest_branch_id: int | None
    route_reason: str


def validate(data: WaybillInput) -> None:
    """The checks every way of creating a waybill shares; raise the first problem found."""
    if not data.recipient_name.strip():
        raise ValidationError("Recipient name is required", field="recipient_name")
    if not data.recipient_phone.strip():
        raise ValidationError("Recipient phone is required", field="recipient_phone")
    if not data.recipient_address.strip():
        raise ValidationError("Recipient address is required", field="recipient_address")
    if data.recipient_postcode and not (len(data.recipient_postcode) == 6
                                        and data.recipient_postcode.isdigit()):
        raise ValidationError("Postcode must be 6 digits", field="recipient_postcode")
    if data.service not in SERVICES:
        raise ValidationError(f"Service must be one of {', '.join(SERVICES)}", field="service")
    if not 1 <= data.pieces <= 99:
        raise ValidationError("Pieces must be between 1 and 99", field="pieces")
    if data.weight_kg <= 0:
        raise ValidationError("Weight must be more than 0 kg", field="weight_kg")
    if data.weight_kg != data.weight_kg.quantize(Decimal("0.001")):
        raise ValidationError("Weight has at most 3 decimals (grams)", field="weight_kg")
    if data.cod < 0:
        raise ValidationError("COD amount must not be negative", field="cod")
    if data.declared_value < 0:
        raise ValidationError("Declared value must not be negative", field="declared_value")


def create_waybill(uow: UnitOfWork, actor: Actor, allocator: NumberAllocator, router: Router,
                   data: WaybillInput) -> WaybillCreated:
    """Validate, number, route and store one waybill; the caller commits.
    Call `allocator.ensure(n)` before the unit of work begins when creating several."""
    require(actor, Permission.CREATE_WAYBILL)
    validate(data)
    if not allocator.available and uow.session.in_transaction():
        raise RuntimeError("reserve waybill numbers (allocator.ensure) before the unit of "
                           "work begins its transaction")
    match = router.match(data.recipient_postcode, data.recipient_province, data.recipient_city,
                         data.recipient_district, data.recipient_address)
    now = utcnow()
    waybill_no = allocator.next()
    dims = data.dimensions_cm or (None, None, None)
    parcel = Parcel(
        waybill_no=waybill_no, merchant_id=data.merchant_id, order_ref=data.order_ref,
        batch_id=data.batch_id, service=data.service, pieces=data.pieces,
        weight_g=int(data.weight_kg * 1000), length_cm=dims[0], width_cm=dims[1],
        height_cm=dims[2], cod_fen=to_fen(data.cod),
        declared_value_fen=to_fen(data.declared_value), contents=data.contents.strip(),
        note=data.note.strip(), recipient_name=data.recipient_name.strip(),
        recipient_phone=data.recipient_phone.strip(),
        recipient_province=data.recipient_province.strip(),
        recipient_city=data.recipient_city.strip(),
        recipient_district=data.recipient_district.strip(),
        recipient_address=data.recipient_address.strip(),
        recipient_postcode=data.recipient_postcode.strip(),
        sender_name=data.sender_name.strip(), sender_phone=data.sender_phone.strip(),
        sender_address=data.sender_address.strip(), origin_branch_id=data.origin_branch_id,
        dest_branch_id=match.rule.branch_id if match else None,
        route_id=match.rule.route_id if match else None,
        sort_code=match.rule.sort_code if match else None,
        status=Status.CREATED.value, last_location=actor.location, created_at=now,
        updated_at=now, created_by=actor.user_id)
    uow.session.add(parcel)
    uow.session.flush()
    uow.conn.execute(insert(Piece.__table__), [
        {"parcel_id": parcel.id, "piece_no": n, "status": Status.CREATED.value,
         "updated_at": now} for n in range(1, data.pieces + 1)])
    uow.conn.execute(insert(ScanEvent.__table__).values(
        parcel_id=parcel.id, event=Event.CREATE.value, status_before=None,
        status_after=Status.CREATED.value, location_code=actor.location,
        station=actor.station, user_id=actor.user_id, occurred_at=now, message="",
        details=json.dumps({"sort_code": parcel.sort_code,
                            "route": match.reason if match else "manual routing"},
                           ensure_ascii=False)))
    return WaybillCreated(parcel.id, waybill_no, parcel.sort_code, parcel.dest_branch_id,
                          match.reason if match else "no rule matched: manual routing")

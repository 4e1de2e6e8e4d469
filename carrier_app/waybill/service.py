"""Creating waybills: validate, number, route, pieces and the CREATE event, in the caller's
unit of work. One path for the form (one waybill) and the import (thousands, as bulk
statements)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal

from sqlalchemy import insert, select

from carrier_app.core import validation as v
from carrier_app.core.clock import utcnow
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.money import to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.routing import Router
from carrier_app.pricing.service import price_new_parcels
from carrier_app.pricing.terms import insurance_terms
from carrier_app.store.models import Branch, Parcel, Piece, ScanEvent
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.numbers import NumberAllocator

SERVICES = ("standard", "express")
# Rows come back keyed by waybill number: asking SQLAlchemy to keep parameter order makes
# SQLite insert one row per statement (10x slower for an import).
_INSERT_PARCELS = insert(Parcel.__table__).returning(Parcel.__table__.c.waybill_no,
                                                    Parcel.__table__.c.id)
_INSERT_PIECES = insert(Piece.__table__)
_INSERT_EVENTS = insert(ScanEvent.__table__)


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
    payer: str | None = None  # core.pricing.PAYERS; None: MONTHLY for a merchant, else cash
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class WaybillCreated:
    parcel_id: int
    waybill_no: str
    sort_code: str | None    # None: goes to the manual-routing queue
    dest_branch_id: int | None
    route_reason: str


def validate(data: WaybillInput, *, cod_cap: Decimal = v.DEFAULT_COD_CAP) -> WaybillInput:
    """The checks every way of creating a waybill shares; returns the normalised input or
    raises the first problem found (ValidationError naming the field)."""
    return replace(
        data,
        recipient_name=v.required_text(data.recipient_name, "recipient_name", "Recipient name",
                                       60),
        recipient_phone=v.phone(data.recipient_phone),
        recipient_address=v.required_text(data.recipient_address, "recipient_address",
                                          "Recipient address", 300),
        recipient_postcode=v.postcode(data.recipient_postcode),
        service=v.service(data.service),
        pieces=v.pieces(data.pieces),
        weight_kg=v.weight_kg(data.weight_kg),
        cod=v.amount(data.cod, "cod", "COD amount", cap=cod_cap),
        declared_value=v.amount(data.declared_value, "declared_value", "Declared value",
                                cap=insurance_terms().cap),
    )


def create_waybill(uow: UnitOfWork, actor: Actor, allocator: NumberAllocator, router: Router,
                   data: WaybillInput, *, cod_cap: Decimal = v.DEFAULT_COD_CAP
                   ) -> WaybillCreated:
    """Validate, number, route and store one waybill; the caller commits."""
    return create_waybills(uow, actor, allocator, router, [data], cod_cap=cod_cap)[0]


def create_waybills(uow: UnitOfWork, actor: Actor, allocator: NumberAllocator, router: Router,
                    inputs: list[WaybillInput], *, cod_cap: Decimal = v.DEFAULT_COD_CAP,
                    batch_id: int | None = None, validated: bool = False
                    ) -> list[WaybillCreated]:
    """Create many waybills with a few bulk statements; the caller commits.
    Call `allocator.ensure(len(inputs))` before the unit of work begins (SQLite's write lock).
    `validated`: the inputs come from `validate` (or the import's row checks, which use the
    same validators) and need not be checked again."""
    require(actor, Permission.CREATE_WAYBILL)
    checked = inputs if validated else [validate(d, cod_cap=cod_cap) for d in inputs]
    if allocator.available < len(checked) and uow.session.in_transaction():
        raise RuntimeError("reserve waybill numbers (allocator.ensure) before the unit of "
                           "work begins its transaction")
    now = utcnow()
    parcels, routes = [], []
    # A walk-in sender's parcel starts at the branch whose counter took it in: a return
    # goes back there (a merchant's parcels start at the merchant's home branch).
    here = (uow.session.scalar(select(Branch.id).where(Branch.code == actor.location))
            if any(d.origin_branch_id is None for d in checked) and actor.location else None)
    for d in checked:
        match = router.match(d.recipient_postcode, d.recipient_province, d.recipient_city,
                             d.recipient_district, d.recipient_address)
        routes.append(match)
        dims = d.dimensions_cm or (None, None, None)
        parcels.append({
            "waybill_no": allocator.next(), "merchant_id": d.merchant_id,
            "order_ref": d.order_ref, "batch_id": batch_id or d.batch_id, "service": d.service,
            "pieces": d.pieces, "weight_g": int(d.weight_kg * 1000), "length_cm": dims[0],
            "width_cm": dims[1], "height_cm": dims[2], "cod_fen": to_fen(d.cod),
            "declared_value_fen": to_fen(d.declared_value), "contents": d.contents.strip(),
            "note": d.note.strip(), "recipient_name": d.recipient_name,
            "recipient_phone": d.recipient_phone,
            "recipient_province": d.recipient_province.strip(),
            "recipient_city": d.recipient_city.strip(),
            "recipient_district": d.recipient_district.strip(),
            "recipient_address": d.recipient_address,
            "recipient_postcode": d.recipient_postcode, "sender_name": d.sender_name.strip(),
            "sender_phone": d.sender_phone.strip(), "sender_address": d.sender_address.strip(),
            "origin_branch_id": d.origin_branch_id or here,
            "dest_branch_id": match.rule.branch_id if match else None,
            "route_id": match.rule.route_id if match else None,
            "sort_code": match.rule.sort_code if match else None,
            "status": Status.CREATED.value, "status_before_hold": None, "is_return": False,
            "failed_attempts": 0, "courier_id": None, "last_location": actor.location,
            "created_at": now, "updated_at": now, "created_by": actor.user_id})
    price_new_parcels(uow, parcels, [d.payer for d in checked])
    conn = uow.conn
    by_number = {wb: pid for wb, pid in conn.execute(_INSERT_PARCELS, parcels)}
    ids = [by_number[p["waybill_no"]] for p in parcels]
    conn.execute(_INSERT_PIECES, [
        {"parcel_id": pid, "piece_no": n, "status": Status.CREATED.value, "updated_at": now}
        for pid, p in zip(ids, parcels) for n in range(1, p["pieces"] + 1)])
    conn.execute(_INSERT_EVENTS, [{
        "parcel_id": pid, "piece_no": None, "event": Event.CREATE.value, "status_before": None,
        "status_after": Status.CREATED.value, "location_code": actor.location,
        "station": actor.station, "user_id": actor.user_id, "courier_id": None,
        "occurred_at": now, "client_event_id": None, "message": "",
        "details": json.dumps({"sort_code": p["sort_code"],
                               "route": m.reason if m else "manual routing"},
                              ensure_ascii=False)}
        for pid, p, m in zip(ids, parcels, routes)])
    return [WaybillCreated(pid, p["waybill_no"], p["sort_code"], p["dest_branch_id"],
                           m.reason if m else "no rule matched: manual routing")
            for pid, p, m in zip(ids, parcels, routes)]

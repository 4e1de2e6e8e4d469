"""Receiving at the origin depot (RECEIVED): scan each parcel, optionally weighed (typed or
from a scale that types like a keyboard). A weight off the declared one by more than the
tolerance is flagged; parcels received without a pickup request, and parcels picked up but
not received by day end, form the discrepancy list."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation

from sqlalchemy import select, update

from carrier_app.core.clock import local_day_bounds, utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.core.money import from_fen, to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.pickup.requests import picked_up_not_received
from carrier_app.pricing.service import reprice
from carrier_app.store.repository import require_parcel
from carrier_app.store.models import Parcel, PickupItem, Receipt
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult, append_scan


@dataclass(frozen=True)
class Tolerance:
    """Flag when |measured - declared| > max(percent of declared, grams)."""

    percent: Decimal = Decimal(os.environ.get("CARRIER_WEIGHT_TOLERANCE_PCT", "10"))
    grams: int = int(os.environ.get("CARRIER_WEIGHT_TOLERANCE_G", "50"))

    def exceeded(self, declared_g: int, measured_g: int) -> bool:
        allowed = max(Decimal(declared_g) * self.percent / 100, Decimal(self.grams))
        return abs(measured_g - declared_g) > allowed


@dataclass(frozen=True)
class Received:
    scan: ScanResult
    declared_g: int
    measured_g: int | None
    weight_flag: bool
    without_pickup: bool
    # Re-priced from the measured weight: new total - total at creation (None: not weighed,
    # or no rate card covers the parcel).
    price_difference: Decimal | None = None


@dataclass(frozen=True)
class Discrepancy:
    waybill_no: str
    # "unexpected" (no pickup request) | "missing" (picked up, not received) | "weight"
    kind: str
    detail: str


def parse_weight(text: str) -> Decimal | None:
    """What a scale or a person typed: '1.25', '1.25kg', '1250g'. Empty: not weighed."""
    t = text.strip().lower().replace(" ", "")
    if not t:
        return None
    factor = Decimal(1)
    if t.endswith("kg"):
        t = t[:-2]
    elif t.endswith("g"):
        t, factor = t[:-1], Decimal("0.001")
    try:
        kg = (Decimal(t) * factor).quantize(Decimal("0.001"))
    except InvalidOperation:
        raise ValidationError(f"{text!r} is not a weight (e.g. 1.25 or 1250g)",
                              field="weight", reason="weight_text", value=text) from None
    if not Decimal("0") < kg < Decimal("1000"):
        raise ValidationError("weight must be between 0 and 1000 kg", field="weight",
                              reason="weight_range")
    return kg


def receive(uow: UnitOfWork, actor: Actor, code: str, weight_kg: Decimal | None = None,
            tolerance: Tolerance = Tolerance()) -> Received:
    """RECEIVE scan with its receipt row (weight, flags); commits."""
    require(actor, Permission.SCAN)
    row = require_parcel(uow, code)
    measured = int(weight_kg * 1000) if weight_kg is not None else None
    estimated = measured is not None and row.weight_estimated and row.allows(Event.RECEIVE)
    # a merchant's default weight is no declaration: the scale's weight replaces it
    flag = (measured is not None and not estimated
            and tolerance.exceeded(row.weight_g, measured))
    without = uow.session.scalar(select(PickupItem.id).where(
        PickupItem.parcel_id == row.id).limit(1)) is None
    details: dict[str, object] = {"measured_g": measured} if measured is not None else {}
    diff = None
    if row.allows(Event.RECEIVE):
        repriced = reprice(uow, row.id, measured) if measured is not None else None
        if repriced is not None:
            diff_fen = repriced.difference_fen
            diff = None if diff_fen is None else from_fen(diff_fen)
            details.update(price_before_fen=repriced.before_fen,
                           price_after_fen=repriced.after_fen, price_diff_fen=diff_fen,
                           chargeable_weight_g=repriced.chargeable_weight_g)
        uow.session.add(Receipt(parcel_id=row.id, location_code=actor.location,
                                received_at=utcnow(), declared_weight_g=row.weight_g,
                                measured_weight_g=measured, weight_flag=flag,
                                without_pickup=without, user_id=actor.user_id,
                                price_diff_fen=None if diff is None else to_fen(diff)))
        if estimated:
            uow.session.execute(update(Parcel).where(Parcel.id == row.id).values(
                weight_g=measured, weight_estimated=False))
        uow.session.flush()
    r = append_scan(uow, actor, row.waybill_no, Event.RECEIVE, details=details)
    uow.commit()
    return Received(r, row.weight_g, measured, flag, without, diff)


def discrepancies(uow: UnitOfWork, actor: Actor, day: date) -> list[Discrepancy]:
    """The day's list: received without pickup, weight flags, picked up but not received."""
    require(actor, Permission.TRACK)
    start, end = local_day_bounds(day)
    out: list[Discrepancy] = []
    for wb, without, flag, declared, measured, diff in uow.session.execute(
            select(Parcel.waybill_no, Receipt.without_pickup, Receipt.weight_flag,
                   Receipt.declared_weight_g, Receipt.measured_weight_g,
                   Receipt.price_diff_fen)
            .join(Receipt, Receipt.parcel_id == Parcel.id)
            .where(Receipt.received_at >= start, Receipt.received_at < end,
                   Receipt.location_code == actor.location)
            .where((Receipt.without_pickup.is_(True)) | (Receipt.weight_flag.is_(True)))
            .order_by(Parcel.waybill_no)):
        if without:
            out.append(Discrepancy(wb, "unexpected", "received without a pickup request"))
        if flag:
            price = f", price {diff / 100:+.2f} yuan" if diff else ""
            out.append(Discrepancy(wb, "weight",
                                   f"declared {declared} g, weighed {measured} g{price}"))
    for wb, request_id in picked_up_not_received(uow, day):
        out.append(Discrepancy(wb, "missing", f"collected on pickup {request_id}, not received"))
    return out

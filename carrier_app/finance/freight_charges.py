"""到付 freight charged back to the sender (issue 14 item 5): a 到付 parcel the receiver did
not pay for (refused, failed three times, returned at the merchant's request) goes back,
and its freight moves to the sender's account - the merchant's (read by the monthly bill,
issue 14 item 6, through `charges_for`) or the walk-in sender's, named on the row. A helper
inside the return's unit of work (never commits); at most one charge per parcel."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from sqlalchemy import select

from carrier_app.core.clock import utcnow
from carrier_app.core.collect import receiver_due_fen
from carrier_app.core.money import from_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.models import FreightCharge, Merchant, Parcel
from carrier_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class ChargeRow:
    waybill_no: str
    merchant_code: str        # "" for a walk-in sender
    party: str
    amount: Decimal
    reason: str
    created_at: datetime
    created_by: str


def charge_back(uow: UnitOfWork, actor: Actor, p: Parcel, reason: str) -> int:
    """Charge the 到付 freight of `p` (now going back) to its sender; returns the fen charged
    (0: not 到付, unpriced, or already charged). Never commits."""
    fen = receiver_due_fen(p.payer, p.freight_fen, p.surcharge_fen, p.discount_fen,
                           p.insurance_fen)
    if fen <= 0 or uow.session.scalar(select(FreightCharge.id)
                                      .where(FreightCharge.parcel_id == p.id)) is not None:
        return 0
    m = uow.session.get(Merchant, p.merchant_id) if p.merchant_id else None
    uow.session.add(FreightCharge(
        parcel_id=p.id, merchant_id=m.id if m else None,
        party=(m.code if m else p.sender_name or p.sender_phone or "walk-in")[:120],
        amount_fen=fen, reason=reason[:40], created_at=utcnow(), created_by=actor.username))
    uow.session.flush()
    return fen


def charges_for(uow: UnitOfWork, actor: Actor, merchant: str | None = None) -> list[ChargeRow]:
    """Freight charged back, oldest first; only one merchant's when `merchant` (its code)."""
    require(actor, Permission.SETTLE)
    q = (select(FreightCharge, Parcel.waybill_no, Merchant.code)
         .join(Parcel, Parcel.id == FreightCharge.parcel_id)
         .outerjoin(Merchant, Merchant.id == FreightCharge.merchant_id)
         .order_by(FreightCharge.id))
    if merchant is not None:
        q = q.where(Merchant.code == merchant)
    return [ChargeRow(wb, code or "", c.party, from_fen(c.amount_fen), c.reason, c.created_at,
                      c.created_by) for c, wb, code in uow.session.execute(q)]

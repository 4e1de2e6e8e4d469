"""The merchant's monthly freight bill (月结账单, issue 14 item 6).

Which parcels: every parcel of the merchant with payer MONTHLY (寄付月结) CREATED in the month
(the waybill's date, cut on the carrier's local dates, core/clock.py), once it has been
received at origin - its price is final only then (pickup/receiving re-prices it from the
measured weight) - and priced (a rate card covered it). Cancelled parcels are never billed.

Issued once: issuing copies each parcel's amounts onto a bill line (bill_lines.parcel_id is
unique: never billed twice) and (merchant, month) is unique, so issuing again, or showing the
month later, gives the same bill (a reprint). A parcel of an issued month that was not ready
then (not yet received or priced) is not lost: it goes on the next bill issued, marked late
(补计). A month is issued only once it is over.

到付 charge-backs (issue 14 item 5): a 到付 parcel the receiver refused (or that went back for
another reason) had its freight charged to the merchant (finance/freight_charges.py); it goes
on the bill of the month the charge was made, marked 到付退回, once - the same bill_lines row.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import exists, false, literal, select, update
from sqlalchemy.exc import IntegrityError

from carrier_app.core.clock import local_date, local_day_bounds, local_today, utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Status
from carrier_app.core.money import from_fen
from carrier_app.core.pricing import Place
from carrier_app.core.roles import Actor, Permission, require
# Re-exported: what these use cases return.
from carrier_app.documents.inputs import BillItem as BillItem
from carrier_app.documents.inputs import MonthBill as MonthBill
from carrier_app.store import audit
from carrier_app.store.models import Bill, BillLine, FreightCharge, Merchant, Parcel, Settlement
from carrier_app.store.uow import UnitOfWork

_MONTH = re.compile(r"(\d{4})-(\d{2})")
#: Not yet received at origin (the price may still change) - also when held from there.
_NOT_ACCEPTED = {Status.CREATED.value, Status.PICKED_UP.value}


def parse_month(text: str) -> str:
    """'2026-11' (also ' 2026-11 '): the month as YYYY-MM; anything else is refused."""
    m = _MONTH.fullmatch(text.strip())
    if m is None or not 1 <= int(m.group(2)) <= 12 or int(m.group(1)) < 2000:
        raise ValidationError(f"{text!r} is not a month (YYYY-MM, e.g. 2026-11)",
                              field="month", reason="month", value=text)
    return f"{m.group(1)}-{m.group(2)}"


def _first_day(month: str) -> date:
    return date(int(month[:4]), int(month[5:]), 1)


def _next_first_day(month: str) -> date:
    d = _first_day(month)
    return date(d.year + d.month // 12, d.month % 12 + 1, 1)


def month_of(dt: datetime) -> str:
    return f"{local_date(dt):%Y-%m}"


def _merchant(uow: UnitOfWork, code: str) -> Merchant:
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"Unknown merchant {code!r}", code=code, reason="unknown_merchant")
    return m


def _destination(p: Parcel) -> str:
    if not (p.recipient_province or p.recipient_city):
        return ""
    return str(Place(p.recipient_province, p.recipient_city))[:64]


def _accepted(p: Parcel) -> bool:
    if p.status in _NOT_ACCEPTED:
        return False
    held = p.status in (Status.HELD.value, Status.EXCEPTION.value)
    return not (held and p.status_before_hold in _NOT_ACCEPTED)


def _item(p: Parcel, *, late: bool, weight_g: int, amounts: tuple[int, int, int, int],
          destination: str) -> BillItem:
    freight, surcharge, insurance, discount = amounts
    charge_back = p.payer != "MONTHLY"
    return BillItem(p.waybill_no, p.order_ref or "", p.created_at, destination,
                    Decimal(weight_g).scaleb(-3), from_fen(freight), from_fen(surcharge),
                    from_fen(insurance), from_fen(discount), late and not charge_back,
                    charge_back)


def _open_parcels(uow: UnitOfWork, m: Merchant, month: str) -> tuple[list[Parcel], list[str]]:
    """Unbilled MONTHLY parcels that belong on the bill of `month`: (ready, waiting).
    A parcel of an earlier month belongs here only if its own month's bill was issued
    without it (late); else it waits for its own month."""
    end = local_day_bounds(_next_first_day(month))[0]
    issued = set(uow.session.scalars(select(Bill.month).where(Bill.merchant_id == m.id)))
    # Not billed yet, in the terms of ix_parcels_unbilled (migration 0020): the merchant's
    # open MONTHLY parcels, however long its history.
    rows = uow.session.scalars(
        select(Parcel).where(Parcel.merchant_id == m.id, Parcel.billed == false(),
                             Parcel.payer == literal("MONTHLY", literal_execute=True),
                             Parcel.status != literal(Status.CANCELLED.value,
                                                      literal_execute=True),
                             Parcel.created_at < end)
        .order_by(Parcel.created_at, Parcel.waybill_no))
    ready, waiting = [], []
    for p in rows:
        own = month_of(p.created_at)
        if own != month and own not in issued:
            continue
        if _accepted(p) and p.freight_fen is not None:
            ready.append(p)
        else:
            waiting.append(p.waybill_no)
    # 到付 freight charged back to the merchant, on the bill of the charge's month
    charged = uow.session.execute(
        select(Parcel, FreightCharge.created_at)
        .join(FreightCharge, FreightCharge.parcel_id == Parcel.id)
        .where(FreightCharge.merchant_id == m.id, FreightCharge.created_at < end,
               Parcel.billed == false())
        .order_by(FreightCharge.created_at, Parcel.waybill_no))
    for p, charged_at in charged:
        own = month_of(charged_at)
        if own == month or own in issued:
            ready.append(p)
    return ready, waiting


def _preview(uow: UnitOfWork, m: Merchant, month: str) -> tuple[MonthBill, list[Parcel]]:
    ready, waiting = _open_parcels(uow, m, month)
    lines = [_item(p, late=month_of(p.created_at) != month,
                   weight_g=p.chargeable_weight_g or p.weight_g,
                   amounts=(p.freight_fen or 0, p.surcharge_fen, p.insurance_fen,
                            p.discount_fen), destination=_destination(p)) for p in ready]
    return MonthBill(None, m.code, m.name, month, lines, waiting), ready


def _issued(uow: UnitOfWork, m: Merchant, bill: Bill) -> MonthBill:
    rows = uow.session.execute(
        select(BillLine, Parcel).join(Parcel, Parcel.id == BillLine.parcel_id)
        .where(BillLine.bill_id == bill.id).order_by(Parcel.created_at, Parcel.waybill_no))
    lines = [_item(p, late=month_of(p.created_at) != bill.month,
                   weight_g=x.chargeable_weight_g,
                   amounts=(x.freight_fen, x.surcharge_fen, x.insurance_fen, x.discount_fen),
                   destination=x.destination) for x, p in rows]
    # Parcels of the month not on it (late, or not ready yet): for the next bill.
    ready, waiting = _open_parcels(uow, m, bill.month)
    waiting = sorted([p.waybill_no for p in ready] + waiting)
    netted = None if bill.settlement_id is None else uow.session.scalar(
        select(Settlement.statement_no).where(Settlement.id == bill.settlement_id))
    return MonthBill(bill.bill_no, m.code, m.name, bill.month, lines, waiting,
                     bill.issued_at, bill.issued_by, netted)


def _bill_row(uow: UnitOfWork, m: Merchant, month: str) -> Bill | None:
    return uow.session.scalar(select(Bill).where(Bill.merchant_id == m.id, Bill.month == month))


def month_bill(uow: UnitOfWork, actor: Actor, merchant_code: str, month: str) -> MonthBill:
    """The month's bill: the issued one (a reprint), else what issuing now would bill."""
    require(actor, Permission.SETTLE)
    month = parse_month(month)
    m = _merchant(uow, merchant_code)
    bill = _bill_row(uow, m, month)
    return _issued(uow, m, bill) if bill is not None else _preview(uow, m, month)[0]


def issue(uow: UnitOfWork, actor: Actor, merchant_code: str, month: str) -> MonthBill:
    """Issue the month's bill and commit; idempotent: a month already issued gives that bill
    back unchanged (its issued_at says when)."""
    require(actor, Permission.SETTLE)
    month = parse_month(month)
    m = _merchant(uow, merchant_code)
    existing = _bill_row(uow, m, month)
    if existing is not None:
        return _issued(uow, m, existing)
    if _next_first_day(month) > local_today():
        raise ValidationError(f"{month} is not over yet: a month is billed once it has ended",
                              field="month", reason="month_open", month=month)
    preview, parcels = _preview(uow, m, month)
    if not parcels:
        raise ValidationError(f"Nothing to bill for {m.code} in {month}", field="month",
                              reason="nothing_to_bill", month=month, waiting=preview.waiting)
    bill = Bill(bill_no=f"BL{m.code}-{month.replace('-', '')}", merchant_id=m.id, month=month,
                parcel_count=len(parcels), issued_at=utcnow(), issued_by=actor.username,
                **_fen_totals(preview))
    uow.session.add(bill)
    try:
        uow.session.flush()
        uow.session.add_all(
            BillLine(bill_id=bill.id, parcel_id=p.id, destination=x.destination,
                     chargeable_weight_g=int(x.chargeable_weight_kg * 1000),
                     freight_fen=p.freight_fen or 0, surcharge_fen=p.surcharge_fen,
                     insurance_fen=p.insurance_fen, discount_fen=p.discount_fen,
                     total_fen=int(x.total * 100))
            for p, x in zip(parcels, preview.lines, strict=True))
        audit.record(uow, actor, "bill_issued", "bill", bill.id, bill_no=bill.bill_no,
                     merchant=m.code, month=month, total_fen=bill.total_fen)
        uow.session.flush()
        # Its parcels leave ix_parcels_unbilled: later bills no longer read them.
        uow.session.execute(
            update(Parcel).where(exists().where(BillLine.parcel_id == Parcel.id,
                                                BillLine.bill_id == bill.id))
            .values(billed=True).execution_options(synchronize_session=False))
    except IntegrityError:
        # Someone issued this month (or billed one of its parcels) meanwhile: show theirs.
        uow.session.rollback()
        theirs = _bill_row(uow, m, month)
        if theirs is None:
            raise ValidationError("Some of these parcels were billed meanwhile by someone "
                                  "else; show the month again", field="month",
                                  reason="billed_meanwhile") from None
        return _issued(uow, m, theirs)
    uow.commit()
    return _issued(uow, m, bill)


def _fen_totals(b: MonthBill) -> dict[str, int]:
    return {"freight_fen": int(b.freight_total * 100),
            "surcharge_fen": int(b.surcharge_total * 100),
            "insurance_fen": int(b.insurance_total * 100),
            "discount_fen": int(b.discount_total * 100), "total_fen": int(b.total * 100)}


def bills(uow: UnitOfWork, actor: Actor, merchant_code: str | None = None) -> list[
        tuple[str, str, str, Decimal, str | None]]:
    """Bills issued so far, newest first: number, merchant, month, total, netted on."""
    require(actor, Permission.SETTLE)
    q = (select(Bill.bill_no, Merchant.code, Bill.month, Bill.total_fen, Settlement.statement_no)
         .join(Merchant, Merchant.id == Bill.merchant_id)
         .outerjoin(Settlement, Settlement.id == Bill.settlement_id)
         .order_by(Bill.month.desc(), Merchant.code))
    if merchant_code:
        q = q.where(Merchant.code == merchant_code.strip().upper())
    return [(n, c, mo, from_fen(t), s) for n, c, mo, t, s in uow.session.execute(q)]

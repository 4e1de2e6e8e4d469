"""Merchant settlement (结算单): per merchant and period, the delivered parcels with the COD
collected for the merchant, the returned parcels, a flat fee per parcel (the merchant's
`fee_per_parcel_fen`) for parcels that carry no freight price, and the net payable. A COD
parcel is settled only once its courier's cash-up is closed; a settled parcel is never settled
twice (unique settled_parcels.parcel_id, so two finance clerks settling at once cannot both
take it).

Netting (issue 14 item 6): issued freight bills (finance/billing.py) may be netted off on the
statement: net = COD - fees - bills; below zero the merchant owes the carrier. A bill is netted
once (bills.settlement_id is set only where it is still empty)."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from collections.abc import Sequence
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, exists, false, func, select, update
from sqlalchemy.exc import IntegrityError

from carrier_app.core.clock import local_day_bounds, utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Status
from carrier_app.core.money import from_fen
from carrier_app.core.roles import Actor, Permission, require
# Re-exported: what these use cases return.
from carrier_app.documents.inputs import Statement as Statement
from carrier_app.documents.inputs import StatementLine as StatementLine
from carrier_app.store import audit
from carrier_app.store.models import (
    Bill, CashUp, CashUpParcel, Merchant, Parcel, ProofOfDelivery, SettledParcel, Settlement,
)
from carrier_app.store.models.parcels import SETTLE_STATUSES
from carrier_app.store.uow import UnitOfWork


def _merchant(uow: UnitOfWork, code: str) -> Merchant:
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"Unknown merchant {code!r}", code=code, reason="unknown_merchant")
    return m


def _bounds(d_from: date, d_to: date) -> tuple[datetime, datetime]:
    """The period in UTC: the depot's local midnight of `d_from` to the end of `d_to`."""
    if d_to < d_from:
        raise ValidationError("The period ends before it begins", field="period_to",
                              reason="period_reversed")
    return local_day_bounds(d_from, d_to)


def preview(uow: UnitOfWork, actor: Actor, merchant_code: str, d_from: date,
            d_to: date, bills: Sequence[str] = ()) -> Statement:
    """What settling now would put on the statement (nothing is written)."""
    require(actor, Permission.SETTLE)
    m = _merchant(uow, merchant_code)
    lines, pending = _unsettled(uow, m, *_bounds(d_from, d_to))
    netted = _bills_to_net(uow, m, bills)
    return Statement(None, m.code, m.name, m.settlement_account, d_from, d_to,
                     [line for line, _ in lines], pending,
                     bills=tuple((b.bill_no, from_fen(b.total_fen)) for b in netted))


def _bills_to_net(uow: UnitOfWork, m: Merchant, numbers: Sequence[str]) -> list[Bill]:
    """The merchant's issued bills named, each not netted yet; else which and why."""
    out: list[Bill] = []
    for raw in dict.fromkeys(n.strip().upper() for n in numbers):
        b = uow.session.scalar(select(Bill).where(Bill.bill_no == raw))
        if b is None or b.merchant_id != m.id:
            raise ValidationError(f"No bill {raw} of merchant {m.code}", field="bills",
                                  reason="unknown_bill", bill=raw)
        if b.settlement_id is not None:
            raise ValidationError(f"Bill {raw} was netted on a statement already",
                                  field="bills", reason="bill_netted", bill=raw)
        out.append(b)
    return out


def _last_pod() -> Any:
    """When the parcel was last delivered (or returned): correlated, read by its index on
    the parcel (a GROUP BY subquery would aggregate every delivery ever made)."""
    return (select(func.max(ProofOfDelivery.delivered_at))
            .where(ProofOfDelivery.parcel_id == Parcel.id).scalar_subquery())


def _utc(at: datetime) -> datetime:
    return at if at.tzinfo else at.replace(tzinfo=UTC)  # max() of a UTC column (SQLite)


def _unsettled(uow: UnitOfWork, m: Merchant, start: datetime,
               end: datetime) -> tuple[list[tuple[StatementLine, int]], list[str]]:
    # EXISTS, correlated: IN / NOT IN (subquery) hash the whole table, every parcel ever
    # counted, on every statement.
    cashed = exists().where(CashUpParcel.parcel_id == Parcel.id,
                            CashUp.id == CashUpParcel.cash_up_id, CashUp.status == "CLOSED")
    # Not settled yet, in the terms of ix_parcels_unsettled (migration 0020): the merchant's
    # open parcels, however long its history.
    rows = uow.session.execute(
        select(Parcel, _last_pod(), cashed)
        .where(Parcel.merchant_id == m.id, Parcel.settled == false(),
               Parcel.status.in_(bindparam("open", SETTLE_STATUSES, literal_execute=True))))
    lines, pending = [], []
    # In the order of delivery (then waybill), a parcel with no delivery on record left out.
    for p, at, is_cashed in sorted(((p, _utc(at), c) for p, at, c in rows if at is not None),
                                   key=lambda r: (r[1], r[0].waybill_no)):
        if not start <= at < end:
            continue
        returned = p.status == Status.RETURNED.value
        cod_fen = 0 if returned else p.cod_fen
        if cod_fen and not is_cashed:
            pending.append(p.waybill_no)
            continue
        # The flat fee stands in for freight: a parcel priced by the rate card pays its
        # freight (the monthly bill, the sender's cash or the receiver), never the fee too.
        fee_fen = m.fee_per_parcel_fen if p.freight_fen is None else 0
        lines.append((StatementLine(p.waybill_no, p.order_ref or "",
                                    "returned" if returned else "delivered", at,
                                    from_fen(cod_fen), from_fen(fee_fen)), p.id))
    return lines, pending


def settle(uow: UnitOfWork, actor: Actor, merchant_code: str, d_from: date,
           d_to: date, bills: Sequence[str] = ()) -> Statement:
    """Write the statement, mark its parcels settled and its bills netted; commits."""
    require(actor, Permission.SETTLE)
    m = _merchant(uow, merchant_code)
    lines, pending = _unsettled(uow, m, *_bounds(d_from, d_to))
    netted = _bills_to_net(uow, m, bills)
    if not lines and not netted:
        raise ValidationError(f"Nothing to settle for {m.code} from {d_from} to {d_to}",
                              field="period", pending=pending,
                              reason="nothing_to_settle", merchant=m.code,
                              start=str(d_from), end=str(d_to))
    now = utcnow()
    cod = sum(x.cod for x, _ in lines)
    fee = sum(x.fee for x, _ in lines)
    bill_fen = sum(b.total_fen for b in netted)
    st = Settlement(statement_no=f"tmp-{now.timestamp()}-{m.id}", merchant_id=m.id,
                    period_from=d_from, period_to=d_to, cod_fen=int(cod * 100),
                    fee_fen=int(fee * 100), bill_fen=bill_fen,
                    net_fen=int((cod - fee) * 100) - bill_fen,
                    delivered_count=sum(x.kind == "delivered" for x, _ in lines),
                    returned_count=sum(x.kind == "returned" for x, _ in lines),
                    created_at=now, created_by=actor.username)
    uow.session.add(st)
    uow.session.flush()
    st.statement_no = f"ST{m.code}-{d_to:%Y%m%d}-{st.id:05d}"
    uow.session.add_all(SettledParcel(settlement_id=st.id, parcel_id=pid, kind=x.kind,
                                      cod_fen=int(x.cod * 100), fee_fen=int(x.fee * 100))
                        for x, pid in lines)
    if netted:
        # Only where still empty: a clerk netting the same bill at once takes nothing.
        # Session.execute is typed as returning Result; for an UPDATE it is a CursorResult.
        taken = cast(CursorResult[Any], uow.session.execute(
            update(Bill).where(Bill.id.in_([b.id for b in netted]),
                               Bill.settlement_id.is_(None))
            .values(settlement_id=st.id).execution_options(synchronize_session=False)))
        if taken.rowcount != len(netted):
            raise ValidationError("A bill was netted meanwhile by someone else; preview again",
                                  field="bills", reason="bill_netted",
                                  bill=", ".join(b.bill_no for b in netted))
    audit.record(uow, actor, "merchant_settled", "settlement", st.id,
                 statement_no=st.statement_no, merchant=m.code, net_fen=st.net_fen,
                 bills=[b.bill_no for b in netted])
    try:
        uow.session.flush()
    except IntegrityError:
        raise ValidationError("Some of these parcels were settled meanwhile by someone else; "
                              "preview again", field="period", reason="settled_meanwhile") from None
    # Its parcels leave ix_parcels_unsettled: later statements no longer read them.
    uow.session.execute(
        update(Parcel).where(exists().where(SettledParcel.parcel_id == Parcel.id,
                                            SettledParcel.settlement_id == st.id))
        .values(settled=True).execution_options(synchronize_session=False))
    number = st.statement_no
    uow.commit()
    return statement(uow, actor, number)


def statement(uow: UnitOfWork, actor: Actor, statement_no: str) -> Statement:
    require(actor, Permission.SETTLE)
    st = uow.session.scalar(select(Settlement).where(Settlement.statement_no == statement_no))
    if st is None:
        raise NotFound(f"No statement {statement_no!r}", code=statement_no,
                       reason="unknown_statement")
    m = uow.session.get(Merchant, st.merchant_id)
    assert m is not None
    last_pod = _last_pod().label("at")  # ORDER BY at: the subquery once, not twice
    rows = uow.session.execute(
        select(SettledParcel, Parcel.waybill_no, Parcel.order_ref, last_pod)
        .join(Parcel, Parcel.id == SettledParcel.parcel_id)
        .where(SettledParcel.settlement_id == st.id).order_by(last_pod, Parcel.waybill_no))
    lines = [StatementLine(wb, ref or "", sp.kind, at, from_fen(sp.cod_fen), from_fen(sp.fee_fen))
             for sp, wb, ref, at in rows]
    netted = tuple((n, from_fen(t)) for n, t in uow.session.execute(
        select(Bill.bill_no, Bill.total_fen).where(Bill.settlement_id == st.id)
        .order_by(Bill.month)))
    return Statement(st.statement_no, m.code, m.name, m.settlement_account, st.period_from,
                     st.period_to, lines, [], st.created_at, netted)


def statements(uow: UnitOfWork, actor: Actor, merchant_code: str | None = None) -> list[
        tuple[str, str, date, date, Decimal]]:
    """Statements written so far: number, merchant, period, net."""
    require(actor, Permission.SETTLE)
    q = (select(Settlement.statement_no, Merchant.code, Settlement.period_from,
                Settlement.period_to, Settlement.net_fen)
         .join(Merchant, Merchant.id == Settlement.merchant_id).order_by(Settlement.id.desc()))
    if merchant_code:
        q = q.where(Merchant.code == merchant_code.strip().upper())
    return [(n, c, a, b, from_fen(net)) for n, c, a, b, net in uow.session.execute(q)]


def merchant_codes(uow: UnitOfWork) -> list[tuple[str, str]]:
    return [(c, n) for c, n in uow.session.execute(
        select(Merchant.code, Merchant.name).order_by(Merchant.code))]

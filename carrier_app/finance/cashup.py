"""Courier cash-up (COD reconciliation): the COD and the 到付 freight a courier collected
(delivered parcels with money collected, not yet in a cash-up) against what he hands over per
payment method; per parcel COD + freight, each parcel counted once (core.collect). A
variance needs the approval, with a reason, of someone allowed to approve variances other
than the person who declared; a CLOSED cash-up is never changed. Money is integer fen throughout."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from typing import NamedTuple

from sqlalchemy import ColumnElement, insert, select
from sqlalchemy.exc import IntegrityError

from carrier_app.core import collect, validation
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, PermissionDenied, ValidationError
from carrier_app.core.money import from_fen, parse_amount, to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.delivery.pod import PAYMENT_METHODS
from carrier_app.store.repository import branch as find_branch
from carrier_app.store.repository import courier as find_courier
from carrier_app.store import audit
from carrier_app.store.models import (
    Branch, CashUp, CashUpApproval, CashUpLine, CashUpParcel, Courier, Parcel, ProofOfDelivery,
)
from carrier_app.store.errors import constraint_name
from carrier_app.store.uow import UnitOfWork

#: A branch code (571-15) names a branch counter's cash-up; anything else a courier.
BRANCH_CODE = re.compile(r"\d{3}-\d{2,4}")

#: The partial unique indexes (migration 0007) as PostgreSQL and SQLite name them.
OPEN_CASH_UP_INDEXES = ("uq_cash_ups_open_courier", "uq_cash_ups_open_branch",
                        "cash_ups.courier_id", "cash_ups.branch_id")


@dataclass(frozen=True)
class MethodLine:
    method: str
    expected: Decimal
    declared: Decimal

    @property
    def variance(self) -> Decimal:
        return self.declared - self.expected


class CashUpParcelView(NamedTuple):
    """A parcel counted in a cash-up (a tuple: (waybill, COD, method) as before, then the
    到付 freight)."""

    waybill_no: str
    cod: Decimal
    method: str
    freight: Decimal = Decimal("0.00")     # 到付 freight collected

    @property
    def total(self) -> Decimal:
        return self.cod + self.freight


@dataclass(frozen=True)
class CashUpView:
    id: int
    courier_code: str          # the courier's code, or the branch code for a counter cash-up
    courier_name: str
    status: str                                  # OPEN, PENDING (variance), CLOSED
    lines: list[MethodLine]
    parcels: list[CashUpParcelView]
    approval: tuple[str, str] | None             # approved by, reason

    @property
    def expected(self) -> Decimal:
        return sum((x.expected for x in self.lines), Decimal("0.00"))

    @property
    def declared(self) -> Decimal:
        return sum((x.declared for x in self.lines), Decimal("0.00"))

    @property
    def variance(self) -> Decimal:
        return self.declared - self.expected


def open_cashup(uow: UnitOfWork, actor: Actor, courier: int | str) -> CashUpView:
    """The courier's open cash-up with every COD parcel he delivered not yet counted;
    commits."""
    require(actor, Permission.CASH_UP)
    c = find_courier(uow, courier)
    return _open(uow, actor, CashUp.courier_id == c.id, {"courier_id": c.id},
                 (ProofOfDelivery.courier_id == c.id) & ProofOfDelivery.counter_pickup.is_(False),
                 f"courier {c.code}")


def open_counter_cashup(uow: UnitOfWork, actor: Actor, branch_code: str) -> CashUpView:
    """The branch counter's open cash-up: COD taken at counter pickups (自提) of parcels
    destined to this branch, not yet counted; commits."""
    require(actor, Permission.CASH_UP)
    br = find_branch(uow, branch_code)
    at_branch = select(Parcel.id).where(Parcel.dest_branch_id == br.id)
    return _open(uow, actor, CashUp.branch_id == br.id, {"branch_id": br.id},
                 ProofOfDelivery.counter_pickup.is_(True)
                 & ProofOfDelivery.parcel_id.in_(at_branch), f"the counter of branch {br.code}")


def _open(uow: UnitOfWork, actor: Actor, whose: ColumnElement[bool], owner: dict[str, int],
          pods: ColumnElement[bool], who: str) -> CashUpView:
    cu = uow.session.scalar(select(CashUp).where(whose, CashUp.status != "CLOSED"))
    if cu is None:
        cu = CashUp(**owner, created_at=utcnow(), created_by=actor.username)
        uow.session.add(cu)
        try:
            uow.session.flush()
        except IntegrityError as exc:
            # uq_cash_ups_open_*: another clerk opened it a moment ago (PostgreSQL; SQLite's
            # BEGIN IMMEDIATE already queues the two).
            if constraint_name(exc) not in OPEN_CASH_UP_INDEXES:
                raise
            raise ValidationError(f"A cash-up for {who} is already open (opened by someone "
                                  "else just now); open it again to see it.",
                                  field="courier", reason="already_open") from None
        uow.session.add_all(CashUpLine(cash_up_id=cu.id, method=m) for m in PAYMENT_METHODS)
        uow.session.flush()
    if cu.status == "OPEN":
        counted = select(CashUpParcel.parcel_id)
        new = uow.session.execute(
            select(ProofOfDelivery.parcel_id, ProofOfDelivery.cod_fen,
                   ProofOfDelivery.freight_fen, ProofOfDelivery.payment_method)
            .where(pods, (ProofOfDelivery.cod_fen > 0) | (ProofOfDelivery.freight_fen > 0),
                   ProofOfDelivery.parcel_id.not_in(counted))).all()
        if new:  # a bulk INSERT of plain rows: a courier's day is hundreds of parcels
            uow.session.execute(insert(CashUpParcel), [
                {"cash_up_id": cu.id, "parcel_id": pid, "cod_fen": fen,
                 "freight_fen": freight, "method": method}
                for pid, fen, freight, method in new])
        _refresh_expected(uow, cu)
    view = cashup_view(uow, actor, cu.id)  # what is committed next: not read a second time
    uow.commit()
    return view


def _refresh_expected(uow: UnitOfWork, cu: CashUp) -> None:
    by_method = collect.by_method((cod, freight, method) for cod, freight, method in
                                  uow.session.execute(
        select(CashUpParcel.cod_fen, CashUpParcel.freight_fen, CashUpParcel.method)
        .where(CashUpParcel.cash_up_id == cu.id)))
    for line in _lines(uow, cu.id):
        line.expected_fen = by_method.get(line.method, 0)
    cu.expected_fen = sum(by_method.values())


def _lines(uow: UnitOfWork, cash_up_id: int) -> list[CashUpLine]:
    return list(uow.session.scalars(select(CashUpLine).where(CashUpLine.cash_up_id == cash_up_id)
                                    .order_by(CashUpLine.id)))


def _cashup(uow: UnitOfWork, cash_up_id: int, *, lock: bool = False) -> CashUp:
    q = select(CashUp).where(CashUp.id == cash_up_id)
    cu = uow.session.scalar(q.with_for_update() if lock else q)
    if cu is None:
        raise NotFound(f"No cash-up {cash_up_id}", reason="unknown_cashup")
    return cu


def parse_declared(amounts: Mapping[str, str | Decimal | int]) -> dict[str, int]:
    """What the courier hands over per method, in fen; names the method of a bad amount."""
    out = {}
    for method, value in amounts.items():
        if method not in PAYMENT_METHODS:
            raise ValidationError(f"Unknown payment method {method!r}", field=method,
                                  reason="payment_method_unknown", value=method)
        if isinstance(value, float):
            raise ValidationError(f"{method}: money must not be a float", field=method)
        try:
            out[method] = to_fen(parse_amount(value, field=method))
        except ValidationError as exc:
            raise ValidationError(f"{method}: {exc.message}", field=method,
                                  value=str(value), reason="amount") from None
    return out


def declare(uow: UnitOfWork, actor: Actor, cash_up_id: int,
            amounts: Mapping[str, str | Decimal | int]) -> CashUpView:
    """Record what was handed over; no variance closes the cash-up, a variance waits for
    approval. Commits."""
    require(actor, Permission.CASH_UP)
    declared = parse_declared(amounts)
    cu = _cashup(uow, cash_up_id, lock=True)
    if cu.status == "CLOSED":
        raise ValidationError(f"Cash-up {cu.id} is closed and cannot be changed",
                              field="cash_up", cash_up=cu.id, reason="cashup_closed")
    lines = _lines(uow, cu.id)
    for line in lines:
        line.declared_fen = declared.get(line.method, 0)
    cu.declared_fen = sum(line.declared_fen for line in lines)
    cu.declared_by = actor.username
    if cu.declared_fen == cu.expected_fen:
        cu.status, cu.closed_at = "CLOSED", utcnow()
    else:
        cu.status = "PENDING"
    audit.record(uow, actor, "cashup_declared", "cash_up", cu.id,
                 declared={x.method: x.declared_fen for x in lines},
                 expected=cu.expected_fen, status=cu.status)
    view = cashup_view(uow, actor, cash_up_id)
    uow.commit()
    return view


def approve_variance(uow: UnitOfWork, actor: Actor, cash_up_id: int, reason: str) -> CashUpView:
    """A supervisor accepts the variance with a reason and closes the cash-up; commits."""
    require(actor, Permission.APPROVE_VARIANCE)
    if not reason.strip():
        raise ValidationError("A reason is required to approve a variance", field="reason",
                              reason="variance_reason")
    reason = validation.text(reason, "reason", "Reason", 200, multiline=True)
    cu = _cashup(uow, cash_up_id, lock=True)
    if cu.status != "PENDING":
        raise ValidationError(f"Cash-up {cu.id} is {cu.status}; only a declared variance can "
                              "be approved", field="cash_up", cash_up=cu.id, reason="no_variance")
    if cu.declared_by == actor.username:
        raise PermissionDenied(f"{actor.username} declared this cash-up and cannot approve "
                               "its variance", role=actor.role,
                               permission=Permission.APPROVE_VARIANCE, reason="own_variance")
    now = utcnow()
    uow.session.add(CashUpApproval(cash_up_id=cu.id, variance_fen=cu.declared_fen - cu.expected_fen,
                                   reason=reason, approved_by=actor.username,
                                   approved_at=now))
    cu.status, cu.closed_at = "CLOSED", now
    audit.record(uow, actor, "cashup_variance_approved", "cash_up", cu.id,
                 variance=cu.declared_fen - cu.expected_fen, reason=reason)
    uow.commit()
    return cashup_view(uow, actor, cash_up_id)


def cashup_view(uow: UnitOfWork, actor: Actor, cash_up_id: int) -> CashUpView:
    require(actor, Permission.CASH_UP)
    cu = _cashup(uow, cash_up_id)
    if cu.courier_id is not None:
        c = uow.session.get(Courier, cu.courier_id)
        assert c is not None
        who, name = c.code, c.name
    else:
        b = uow.session.get(Branch, cu.branch_id)
        assert b is not None
        who, name = b.code, f"{b.name} 柜台 counter"
    parcels = [CashUpParcelView(wb, from_fen(fen), m, from_fen(freight))
               for wb, fen, freight, m in uow.session.execute(
        select(Parcel.waybill_no, CashUpParcel.cod_fen, CashUpParcel.freight_fen,
               CashUpParcel.method)
        .join(Parcel, Parcel.id == CashUpParcel.parcel_id)
        .where(CashUpParcel.cash_up_id == cu.id).order_by(Parcel.waybill_no))]
    ap = uow.session.scalar(select(CashUpApproval).where(CashUpApproval.cash_up_id == cu.id))
    return CashUpView(cu.id, who, name, cu.status,
                      [MethodLine(x.method, from_fen(x.expected_fen), from_fen(x.declared_fen))
                       for x in _lines(uow, cu.id)],
                      parcels, (ap.approved_by, ap.reason) if ap else None)

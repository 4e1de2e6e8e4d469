"""Courier cash-up (COD reconciliation): the COD and the 到付 freight a courier collected
(delivered parcels with money collected, not yet in a cash-up) against what he hands over per
payment method; per parcel COD + freight, each parcel counted once (core.collect). A
variance needs the approval, with a reason, of someone allowed to approve variances other
than the person who declared; a CLOSED cash-up is never changed. Money is integer fen throughout."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any, NamedTuple, cast

from sqlalchemy import (
    ColumnElement, Table, bindparam, case, exists, false, insert, literal, select, true, update,
)
from sqlalchemy.exc import IntegrityError

from carrier_app.core import collect, validation
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, PermissionDenied, ValidationError
from carrier_app.core.money import from_fen, parse_amount, to_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.delivery.pod import PAYMENT_METHODS
from carrier_app.store.repository import branch as find_branch
from carrier_app.store.repository import courier_row
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


# Core statements built once, on the tables (not ORM entities: no ORM compile state): a
# cash-up is a courier's whole day, and the first one a workstation makes compiles every
# statement it uses.
_CU = cast(Table, CashUp.__table__)
_LINES = cast(Table, CashUpLine.__table__)
_CUP = cast(Table, CashUpParcel.__table__)
_POD = cast(Table, ProofOfDelivery.__table__)
_P = cast(Table, Parcel.__table__)
_C = cast(Table, Courier.__table__)
_B = cast(Table, Branch.__table__)
_APPROVALS = cast(Table, CashUpApproval.__table__)


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
    c = courier_row(uow, courier)
    return _open(uow, actor, _CU.c.courier_id == c.id, {"courier_id": c.id},
                 (_POD.c.counter_pickup == false()) & (_POD.c.courier_id == c.id),
                 f"courier {c.code}", (c.code, c.name))


def open_counter_cashup(uow: UnitOfWork, actor: Actor, branch_code: str) -> CashUpView:
    """The branch counter's open cash-up: COD taken at counter pickups (自提) of parcels
    destined to this branch, not yet counted; commits."""
    require(actor, Permission.CASH_UP)
    br = find_branch(uow, branch_code)
    at_branch = exists().where(_P.c.id == _POD.c.parcel_id, _P.c.dest_branch_id == br.id)
    return _open(uow, actor, _CU.c.branch_id == br.id, {"branch_id": br.id},
                 (_POD.c.counter_pickup == true()) & at_branch,
                 f"the counter of branch {br.code}",
                 (br.code, _counter_name(br.name)))


_HEADER = select(_CU.c.id, _CU.c.courier_id, _CU.c.branch_id, _CU.c.status,
                 _CU.c.expected_fen, _CU.c.declared_fen, _CU.c.declared_by)
_BY_ID = _HEADER.where(_CU.c.id == bindparam("id"))
_WHO = (select(_C.c.code, _C.c.name, _B.c.code, _B.c.name)
        .select_from(_CU).outerjoin(_C, _C.c.id == _CU.c.courier_id)
        .outerjoin(_B, _B.c.id == _CU.c.branch_id).where(_CU.c.id == bindparam("id")))
_NEW_LINES = insert(_LINES)
_LINES_OF = (select(_LINES.c.method, _LINES.c.expected_fen, _LINES.c.declared_fen)
             .where(_LINES.c.cash_up_id == bindparam("id")).order_by(_LINES.c.id))
_PARCELS_OF = (select(_P.c.waybill_no, _CUP.c.cod_fen, _CUP.c.freight_fen, _CUP.c.method)
               .join(_P, _P.c.id == _CUP.c.parcel_id)
               .where(_CUP.c.cash_up_id == bindparam("id")).order_by(_P.c.waybill_no))
# A line's amount per method in one statement (a method with no parcels: 0), returning the
# lines for the view.
_SET_LINES = {
    column: update(_LINES).where(_LINES.c.cash_up_id == bindparam("cash_up")).values(
        {column: case({m: bindparam(f"m_{m}") for m in PAYMENT_METHODS},
                      value=_LINES.c.method, else_=0)})
    .returning(_LINES.c.id, _LINES.c.method, _LINES.c.expected_fen, _LINES.c.declared_fen)
    for column in ("expected_fen", "declared_fen")}
_SET_EXPECTED = (update(_CU).where(_CU.c.id == bindparam("cash_up"))
                 .values(expected_fen=bindparam("fen")))
_ZERO = literal(0, literal_execute=True)  # written in the SQL: the partial index's terms
_UNCOUNTED = (_POD.c.counted == false()) & ((_POD.c.cod_fen > _ZERO) | (_POD.c.freight_fen > _ZERO))
_MARK_COUNTED = (update(_POD).where(_POD.c.counted == false(), exists().where(
    _CUP.c.parcel_id == _POD.c.parcel_id, _CUP.c.cash_up_id == bindparam("cash_up")))
    .values(counted=True))
_APPROVAL_OF = (select(_APPROVALS.c.approved_by, _APPROVALS.c.reason)
                .where(_APPROVALS.c.cash_up_id == bindparam("id")))


def _counter_name(branch_name: str) -> str:
    return f"{branch_name} 柜台 counter"


def _open(uow: UnitOfWork, actor: Actor, whose: ColumnElement[bool], owner: dict[str, int],
          pods: ColumnElement[bool], who: str, shown: tuple[str, str]) -> CashUpView:
    conn = uow.conn
    cu = conn.execute(_HEADER.where(whose, _CU.c.status != "CLOSED")).first()
    if cu is None:
        try:
            cu_id = conn.execute(insert(_CU).values(**owner, created_at=utcnow(),
                                                    created_by=actor.username)
                                 .returning(_CU.c.id)).scalar_one()
        except IntegrityError as exc:
            # uq_cash_ups_open_*: another clerk opened it a moment ago (PostgreSQL; SQLite's
            # BEGIN IMMEDIATE already queues the two).
            if constraint_name(exc) not in OPEN_CASH_UP_INDEXES:
                raise
            raise ValidationError(f"A cash-up for {who} is already open (opened by someone "
                                  "else just now); open it again to see it.",
                                  field="courier", reason="already_open") from None
        conn.execute(_NEW_LINES, [{"cash_up_id": cu_id, "method": m} for m in PAYMENT_METHODS])
        status = "OPEN"
    else:
        cu_id, status = cu.id, cu.status
    if status == "OPEN":
        # The parcels not counted yet, copied in one statement (a courier's day is hundreds).
        # In the terms of ix_proofs_of_delivery_uncounted (0021): the deliveries still to
        # count, not every delivery ever made; then marked counted with their cash-up.
        conn.execute(insert(_CUP).from_select(
            ["cash_up_id", "parcel_id", "cod_fen", "freight_fen", "method"],
            select(literal(cu_id), _POD.c.parcel_id, _POD.c.cod_fen, _POD.c.freight_fen,
                   _POD.c.payment_method)
            .where(pods, _UNCOUNTED, ~exists().where(_CUP.c.parcel_id == _POD.c.parcel_id))))
        conn.execute(_MARK_COUNTED, {"cash_up": cu_id})
        parcels = conn.execute(_PARCELS_OF, {"id": cu_id}).all()
        by_method = collect.by_method((cod, freight, m) for _, cod, freight, m in parcels)
        lines = _set_lines(uow, cu_id, "expected_fen", by_method)
        conn.execute(_SET_EXPECTED, {"cash_up": cu_id, "fen": sum(by_method.values())})
    else:
        parcels = conn.execute(_PARCELS_OF, {"id": cu_id}).all()
        lines = conn.execute(_LINES_OF, {"id": cu_id}).all()
    view = _view(cu_id, shown, status, lines, parcels, None)  # what is committed next
    uow.commit()
    return view


def _set_lines(uow: UnitOfWork, cash_up_id: int, column: str,
               fen: Mapping[str, int]) -> Sequence[Any]:
    """Set every line's `column` from `fen` per method (0 where absent); the lines in order
    as (id, method, expected, declared)."""
    params = {"cash_up": cash_up_id, **{f"m_{m}": fen.get(m, 0) for m in PAYMENT_METHODS}}
    return sorted(uow.conn.execute(_SET_LINES[column], params).all(), key=lambda r: r.id)


def _view(cash_up_id: int, shown: tuple[str, str], status: str,
          lines: Sequence[Any], parcels: Sequence[Any],
          approval: tuple[str, str] | None) -> CashUpView:
    """The view from rows already read: lines (…, method, expected, declared) and parcels
    (waybill, COD, freight, method)."""
    return CashUpView(
        cash_up_id, shown[0], shown[1], status,
        [MethodLine(x.method, from_fen(x.expected_fen), from_fen(x.declared_fen))
         for x in lines],
        [CashUpParcelView(wb, from_fen(fen), m, from_fen(freight))
         for wb, fen, freight, m in parcels],
        approval)


def _header(uow: UnitOfWork, cash_up_id: int, *, lock: bool = False) -> Any:
    q = _BY_ID.with_for_update() if lock else _BY_ID
    cu = uow.conn.execute(q, {"id": cash_up_id}).first()
    if cu is None:
        raise NotFound(f"No cash-up {cash_up_id}", reason="unknown_cashup")
    return cu


def _shown(uow: UnitOfWork, cash_up_id: int) -> tuple[str, str]:
    """The courier's code and name, or the branch's code and its counter's name."""
    c_code, c_name, b_code, b_name = uow.conn.execute(_WHO, {"id": cash_up_id}).one()
    return (c_code, c_name) if c_code is not None else (b_code, _counter_name(b_name))


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
    cu = _header(uow, cash_up_id, lock=True)
    if cu.status == "CLOSED":
        raise ValidationError(f"Cash-up {cu.id} is closed and cannot be changed",
                              field="cash_up", cash_up=cu.id, reason="cashup_closed")
    lines = _set_lines(uow, cu.id, "declared_fen", declared)
    total = sum(line.declared_fen for line in lines)
    closed = total == cu.expected_fen
    status = "CLOSED" if closed else "PENDING"
    uow.conn.execute(update(_CU).where(_CU.c.id == cu.id).values(
        declared_fen=total, declared_by=actor.username, status=status,
        closed_at=utcnow() if closed else None))
    audit.record(uow, actor, "cashup_declared", "cash_up", cu.id,
                 declared={x.method: x.declared_fen for x in lines},
                 expected=cu.expected_fen, status=status)
    # A declared cash-up has no approval yet: approving one closes it.
    view = _view(cu.id, _shown(uow, cu.id), status, lines,
                 uow.conn.execute(_PARCELS_OF, {"id": cu.id}).all(), None)
    uow.commit()
    return view


def approve_variance(uow: UnitOfWork, actor: Actor, cash_up_id: int, reason: str) -> CashUpView:
    """A supervisor accepts the variance with a reason and closes the cash-up; commits."""
    require(actor, Permission.APPROVE_VARIANCE)
    if not reason.strip():
        raise ValidationError("A reason is required to approve a variance", field="reason",
                              reason="variance_reason")
    reason = validation.text(reason, "reason", "Reason", 200, multiline=True)
    cu = _header(uow, cash_up_id, lock=True)
    if cu.status != "PENDING":
        raise ValidationError(f"Cash-up {cu.id} is {cu.status}; only a declared variance can "
                              "be approved", field="cash_up", cash_up=cu.id, reason="no_variance")
    if cu.declared_by == actor.username:
        raise PermissionDenied(f"{actor.username} declared this cash-up and cannot approve "
                               "its variance", role=actor.role,
                               permission=Permission.APPROVE_VARIANCE, reason="own_variance")
    now = utcnow()
    variance = cu.declared_fen - cu.expected_fen
    uow.conn.execute(insert(_APPROVALS).values(
        cash_up_id=cu.id, variance_fen=variance, reason=reason, approved_by=actor.username,
        approved_at=now))
    uow.conn.execute(update(_CU).where(_CU.c.id == cu.id).values(status="CLOSED",
                                                                   closed_at=now))
    audit.record(uow, actor, "cashup_variance_approved", "cash_up", cu.id,
                 variance=variance, reason=reason)
    uow.commit()
    return cashup_view(uow, actor, cash_up_id)


def cashup_view(uow: UnitOfWork, actor: Actor, cash_up_id: int) -> CashUpView:
    require(actor, Permission.CASH_UP)
    cu = _header(uow, cash_up_id)
    approval = uow.conn.execute(_APPROVAL_OF, {"id": cu.id}).first()
    return _view(cu.id, _shown(uow, cu.id), cu.status,
                 uow.conn.execute(_LINES_OF, {"id": cu.id}).all(),
                 uow.conn.execute(_PARCELS_OF, {"id": cu.id}).all(),
                 (approval.approved_by, approval.reason) if approval else None)

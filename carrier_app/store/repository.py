"""The look-ups every capability shares, written once: a parcel by a scanned code (locked for
the action, or only read), "no such waybill", a courier by id or badge code, a branch by code.

The scan recorder (tracking/scans.py) keeps its own prepared statement: it is the hot path.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Select, Table, bindparam, select

from carrier_app.core import s10
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status, next_status
from carrier_app.store.models import Branch, Courier, Parcel
from carrier_app.store.uow import UnitOfWork

P = cast(Table, Parcel.__table__)
C = cast(Table, Courier.__table__)


@dataclass(frozen=True)
class ParcelRow:
    """What the services decide on: status, where it is and must go, who carries it."""

    id: int
    waybill_no: str
    status: Status
    sort_code: str | None
    dest_branch_id: int | None
    origin_branch_id: int | None
    last_location: str
    forwarded_at: str | None
    is_return: bool
    status_before_hold: str | None
    courier_id: int | None
    merchant_id: int | None
    pieces: int
    weight_g: int
    cod_fen: int
    failed_attempts: int
    weight_estimated: bool  # the merchant's default weight, replaced at receiving
    # The price, for what the receiver pays at the door (到付): read with the lock, not again.
    payer: str
    freight_fen: int | None
    surcharge_fen: int
    discount_fen: int
    insurance_fen: int

    def allows(self, event: Event) -> bool:
        """Whether `event` is legal for the parcel now (core.lifecycle decides)."""
        before = Status(self.status_before_hold) if self.status_before_hold else None
        try:
            next_status(self.status, event, returning=self.is_return, before_hold=before)
        except IllegalTransition:
            return False
        return True


_PARCEL = select(
    P.c.id, P.c.waybill_no, P.c.status, P.c.sort_code, P.c.dest_branch_id, P.c.origin_branch_id,
    P.c.last_location, P.c.forwarded_at, P.c.is_return, P.c.status_before_hold, P.c.courier_id,
    P.c.merchant_id, P.c.pieces, P.c.weight_g, P.c.cod_fen, P.c.failed_attempts,
    P.c.weight_estimated, P.c.payer, P.c.freight_fen, P.c.surcharge_fen, P.c.discount_fen,
    P.c.insurance_fen)


# Built once, with bound parameters: a statement built per call costs more than its SQL.
_PARCEL_READ = _PARCEL.where(P.c.waybill_no == bindparam("wb"))
_PARCEL_LOCKED = _PARCEL_READ.with_for_update()


def no_such_waybill(code: str, waybill: str | None = None) -> NotFound:
    """The one refusal for a well-formed number that names no parcel."""
    return NotFound(f"{waybill or code}: no such waybill in the system", code=code,
                    reason="unknown_waybill")


def find_parcel(uow: UnitOfWork, code: str, *,
                lock: bool = True) -> tuple[s10.ScanCode, ParcelRow | None]:
    """The parsed code and its parcel (None: no such waybill). `lock`: the row stays locked
    until the unit of work ends, so two stations acting on one parcel queue (FOR UPDATE)."""
    parsed = s10.parse(code.strip().upper())
    row = uow.conn.execute(_PARCEL_LOCKED if lock else _PARCEL_READ,
                           {"wb": parsed.waybill}).first()
    if row is None:
        return parsed, None
    return parsed, ParcelRow(**{**row._asdict(), "status": Status(row.status)})


def lock_parcel(uow: UnitOfWork, code: str, *,
                lock: bool = True) -> tuple[s10.ScanCode, ParcelRow]:
    """`find_parcel`, refusing an unknown waybill."""
    parsed, row = find_parcel(uow, code, lock=lock)
    if row is None:
        raise no_such_waybill(str(parsed), parsed.waybill)
    return parsed, row


def require_parcel(uow: UnitOfWork, code: str, *, lock: bool = True) -> ParcelRow:
    """The parcel a code names (locked), or NotFound."""
    return lock_parcel(uow, code, lock=lock)[1]


@dataclass(frozen=True)
class CourierRow:
    """What an action on a courier decides on, read without an ORM session (hot paths)."""

    id: int
    code: str
    branch_id: int
    capacity: int
    active: bool
    name: str


#: The couriers table and the columns of a CourierRow, in its order.
COURIERS = C
COURIER_COLUMNS = select(C.c.id, C.c.code, C.c.branch_id, C.c.capacity, C.c.active, C.c.name)
_COURIER_BY_ID = COURIER_COLUMNS.where(C.c.id == bindparam("key"))
_COURIER_BY_CODE = COURIER_COLUMNS.where(C.c.code == bindparam("key"))
#: (by id, locked) -> the statement
_COURIER_QUERIES = {(True, False): _COURIER_BY_ID, (False, False): _COURIER_BY_CODE,
                    (True, True): _COURIER_BY_ID.with_for_update(),
                    (False, True): _COURIER_BY_CODE.with_for_update()}


def courier_row(uow: UnitOfWork, courier: int | str, *, lock: bool = False) -> CourierRow:
    """`courier`, as a row of Core (the scan-to-assign path never opens a Session);
    `lock`: its row stays locked until the unit of work ends (FOR UPDATE)."""
    return CourierRow(*find_courier(uow, courier, _COURIER_QUERIES[isinstance(courier, int),
                                                                  lock]))


def find_courier(uow: UnitOfWork, courier: int | str, statement: Select[Any]) -> Sequence[Any]:
    """`statement`'s row for `courier` (an id, or a code as typed or scanned: bound as
    :key), or NotFound."""
    key = courier if isinstance(courier, int) else courier.strip().upper()
    found = uow.conn.execute(statement, {"key": key}).first()
    if found is None:
        raise NotFound(f"Unknown courier {courier!r}", code=str(courier), reason="unknown_courier")
    return found


def branch(uow: UnitOfWork, code: str) -> Branch:
    """A branch by its code (`571-12`)."""
    found = uow.session.scalar(select(Branch).where(Branch.code == code))
    if found is None:
        raise ValidationError(f"{code!r} is not a branch code", field="branch", code=code,
                              reason="unknown_branch")
    return found

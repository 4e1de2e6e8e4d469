"""Courier assignment (ASSIGNED): auto-assign by route with a preview the dispatcher can
change, scan-to-assign, and reassignment with a reason.

Every assignment goes through append_scan(ASSIGN) after the parcel row is locked here
(FOR UPDATE): a second dispatcher confirming the same parcel waits for the first and then
sees it assigned, so a parcel is never assigned to two couriers at once.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from sqlalchemy import Row, bindparam, func, literal_column, select

from carrier_app.core.errors import DomainError, IllegalTransition, ValidationError
from carrier_app.core.lifecycle import Event, Status, is_legal
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.dispatch.common import scan_undelivered, today
from carrier_app.store.repository import branch as find_branch
from carrier_app.store.repository import (
    COURIER_COLUMNS, COURIERS, CourierRow, courier_row, find_courier, lock_parcel,
)
from carrier_app.dispatch.runs import drop_from_unprinted_run
from carrier_app.network.service import require_on_known_path
from carrier_app.store.models import Courier, DeliveryAttempt, Parcel, Route
from carrier_app.store.models.parcels import CARRIED_STATUSES
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import ScanResult

#: Statuses a parcel waits in at its branch for a courier (a return sent back from the
#: merchant's own branch waits there as RETURN_TO_SENDER).
ASSIGNABLE = (Status.ARRIVED.value, Status.DELIVERY_FAILED.value,
              Status.RETURN_TO_SENDER.value)


@dataclass(frozen=True)
class Proposal:
    waybill_no: str
    sort_code: str
    route_no: str
    courier_id: int | None      # None: nobody free on the route (or at all)
    courier_code: str
    note: str                   # why this courier / why nobody ("route", "overflow", "full")


@dataclass(frozen=True)
class Preview:
    branch_code: str
    proposals: list[Proposal]
    loads: dict[str, tuple[int, int]]   # courier code -> (load after, capacity)


@dataclass(frozen=True)
class Conflict:
    waybill_no: str
    message: str


@dataclass(frozen=True)
class ConfirmResult:
    assigned: list[str]
    conflicts: list[Conflict]


def waiting_parcels(uow: UnitOfWork, branch_id: int, branch_code: str,
                    on: date) -> list[Row]:  # type: ignore[type-arg]
    """Parcels at the branch waiting for a courier (waybill_no, sort_code), in route order:
    arrived, a return waiting here, or failed with its reattempt due by `on`. Only the
    columns the preview needs: whole ORM parcels made it twice as slow (bench/delivery_bench)."""
    last = (select(DeliveryAttempt.parcel_id, func.max(DeliveryAttempt.id).label("last"))
            .group_by(DeliveryAttempt.parcel_id).subquery())
    rows = uow.conn.execute(
        select(Parcel.waybill_no, Parcel.sort_code, Parcel.status, Parcel.last_location,
               DeliveryAttempt.next_attempt)
        .outerjoin(last, last.c.parcel_id == Parcel.id)
        .outerjoin(DeliveryAttempt, DeliveryAttempt.id == last.c.last)
        .where(Parcel.dest_branch_id == branch_id, Parcel.status.in_(ASSIGNABLE))
        .order_by(Parcel.sort_code, Parcel.recipient_address, Parcel.id)).all()
    # An arrived parcel waits here only if it arrived here: one misrouted to another branch
    # is there (and refused for assignment) until it is forwarded.
    return [p for p in rows
            if (p.status == Status.ARRIVED.value and p.last_location == branch_code)
            or (p.status == Status.RETURN_TO_SENDER.value and p.last_location == branch_code)
            or (p.status == Status.DELIVERY_FAILED.value
                and (p.next_attempt is None or p.next_attempt <= on))]


def loads_of(uow: UnitOfWork, courier_ids: list[int]) -> dict[int, int]:
    """Parcels each courier carries now (assigned or out for delivery)."""
    load = dict(uow.conn.execute(_LOADS, {"ids": courier_ids}).all())
    return {i: load.get(i, 0) for i in courier_ids}


# The statuses written into the SQL, not bound: the partial index ix_parcels_carried serves
# a query only when its WHERE implies the index's, which a bound parameter cannot.
_CARRIED = Parcel.status.in_([literal_column(f"'{s}'") for s in CARRIED_STATUSES])
_LOADS = (select(Parcel.courier_id, func.count())
          .where(_CARRIED, Parcel.courier_id.in_(bindparam("ids", expanding=True)))
          .group_by(Parcel.courier_id))
# Scan-to-assign: the courier's row, locked, and his load, in one round trip.
_LOAD = select(func.count()).where(Parcel.courier_id == COURIERS.c.id, _CARRIED).scalar_subquery()
_COURIER_AND_LOAD = {
    by_id: COURIER_COLUMNS.add_columns(_LOAD).where(
        (COURIERS.c.id if by_id else COURIERS.c.code) == bindparam("key"))
    .with_for_update(of=COURIERS)
    for by_id in (True, False)}


def _courier_and_load(uow: UnitOfWork, courier: int | str) -> tuple[CourierRow, int]:
    """The courier (his row locked until the unit of work ends) and the parcels he carries
    now. Counted under his lock: every path that gives him a parcel takes it first."""
    found = find_courier(uow, courier, _COURIER_AND_LOAD[isinstance(courier, int)])
    return CourierRow(*found[:-1]), found[-1]


def preview_auto_assign(uow: UnitOfWork, actor: Actor, branch_code: str,
                        on: date | None = None) -> Preview:
    """Who would get which parcel: each to the least-loaded active courier of its route
    within capacity, else the least-loaded courier of the branch with room, else nobody."""
    require(actor, Permission.DISPATCH)
    br = find_branch(uow, branch_code)
    couriers = list(uow.session.execute(
        select(Courier, Route.number).outerjoin(Route, Route.id == Courier.route_id)
        .where(Courier.branch_id == br.id, Courier.active.is_(True)).order_by(Courier.code)))
    load = loads_of(uow, [c.id for c, _ in couriers])
    proposals = []
    for p in waiting_parcels(uow, br.id, br.code, on or today()):
        route_no = (p.sort_code or "").rsplit("-", 1)[-1]
        free = [(c, r) for c, r in couriers if load[c.id] < c.capacity]
        on_route = [(c, r) for c, r in free if r == route_no]
        pick, note = (on_route, "route") if on_route else (free, "overflow")
        if not pick:
            proposals.append(Proposal(p.waybill_no, p.sort_code or "", route_no, None, "",
                                      "full"))
            continue
        c, _ = min(pick, key=lambda cr: (load[cr[0].id] / cr[0].capacity, cr[0].code))
        load[c.id] += 1
        proposals.append(Proposal(p.waybill_no, p.sort_code or "", route_no, c.id, c.code, note))
    caps = {c.id: (c.code, c.capacity) for c, _ in couriers}
    return Preview(br.code, proposals, {caps[i][0]: (n, caps[i][1]) for i, n in load.items()})


def change_proposal(uow: UnitOfWork, preview: Preview, waybill_no: str,
                    courier_code: str) -> Preview:
    """The dispatcher moves one parcel of the preview to another courier of the branch."""
    c = courier_row(uow, courier_code)
    out = [replace(p, courier_id=c.id, courier_code=c.code, note="manual")
           if p.waybill_no == waybill_no else p for p in preview.proposals]
    loads = dict(preview.loads)
    old = next(p for p in preview.proposals if p.waybill_no == waybill_no)
    if old.courier_code in loads:
        n, cap = loads[old.courier_code]
        loads[old.courier_code] = (n - 1, cap)
    n, cap = loads.get(c.code, (0, c.capacity))
    loads[c.code] = (n + 1, cap)
    return Preview(preview.branch_code, out, loads)


def confirm(uow: UnitOfWork, actor: Actor, preview: Preview) -> ConfirmResult:
    """Assign every proposal with a courier. A parcel someone else assigned (or moved on)
    since the preview becomes a conflict, never a second assignment. Commits per parcel."""
    require(actor, Permission.DISPATCH)
    assigned, conflicts = [], []
    for p in preview.proposals:
        if p.courier_id is None:
            continue
        try:
            _assign(uow, actor, p.waybill_no, p.courier_id, only_unassigned=True)
        except DomainError as exc:
            uow.session.rollback()
            conflicts.append(Conflict(p.waybill_no, exc.message))
        else:
            uow.commit()
            assigned.append(p.waybill_no)
    uow.commit()  # the conflicts' records
    return ConfirmResult(assigned, conflicts)


def assign(uow: UnitOfWork, actor: Actor, code: str, courier: int | str, *,
           reason: str = "", only_unassigned: bool = False) -> ScanResult:
    """Assign (scan-to-assign) or, with a reason, reassign a parcel; commits.
    A parcel assigned to another courier needs a reason; with `only_unassigned` it is
    refused outright (auto-assign must not take a parcel from another courier)."""
    result = _assign(uow, actor, code, courier, reason=reason, only_unassigned=only_unassigned)
    uow.commit()
    return result


def _assign(uow: UnitOfWork, actor: Actor, code: str, courier: int | str, *,
            reason: str = "", only_unassigned: bool = False) -> ScanResult:
    require(actor, Permission.DISPATCH)
    # The courier's row lock, taken first (no other path locks a courier, so the order
    # courier -> parcel cannot deadlock), queues two dispatchers filling the same courier:
    # the load counted below cannot be overtaken between the check and the assignment.
    c, load = _courier_and_load(uow, courier)
    if not c.active:
        raise ValidationError(f"Courier {c.code} is not active", field="courier", code=c.code,
                              reason="courier_inactive")
    parsed, row = lock_parcel(uow, code)
    if is_legal(Status(row.status), Status.ASSIGNED):
        # Only at its destination branch, to a courier of that branch.
        require_on_known_path(uow, row, branch_id=c.branch_id, event=Event.ASSIGN)
    if row.status == Status.ASSIGNED.value and row.courier_id not in (None, c.id):
        other = courier_row(uow, row.courier_id)
        if only_unassigned:
            raise IllegalTransition(f"{row.waybill_no} is already assigned to {other.code}",
                                    code=row.waybill_no, current=row.status,
                                    requested=Status.ASSIGNED, courier=other.code,
                                    reason="already_assigned")
        if not reason.strip():
            raise ValidationError(f"{row.waybill_no} is assigned to {other.code}; give a "
                                  f"reason to reassign it", field="reason",
                                  code=row.waybill_no, courier=other.code, reason="reassign_reason")
    if row.courier_id != c.id:
        if load >= c.capacity:
            raise ValidationError(
                f"Courier {c.code} is full ({load}/{c.capacity} parcels); assign "
                f"{row.waybill_no} to another courier or raise the capacity",
                field="courier", reason="courier_full", code=row.waybill_no,
                courier=c.code, load=load, capacity=c.capacity)
    details = {"courier": c.code}
    if reason.strip():
        details["reason"] = reason.strip()
    if row.status == Status.ASSIGNED.value and row.courier_id not in (None, c.id):
        # Reassigned before the run sheet was printed: off the old courier's run.
        dropped = drop_from_unprinted_run(uow, row.id)
        if dropped:
            details["off_run"] = dropped
    return scan_undelivered(uow, actor, parsed.waybill, Event.ASSIGN, parcel=row,
                            courier_id=c.id, details=details)


def unassign(uow: UnitOfWork, actor: Actor, code: str, reason: str = "") -> ScanResult:
    require(actor, Permission.DISPATCH)
    parsed, row = lock_parcel(uow, code)
    if row.status == Status.ASSIGNED.value:  # legal to unassign: the drop commits with it
        drop_from_unprinted_run(uow, row.id)
    result = scan_undelivered(uow, actor, parsed.waybill, Event.UNASSIGN,
                              details={"reason": reason.strip()} if reason.strip() else None)
    uow.commit()
    return result

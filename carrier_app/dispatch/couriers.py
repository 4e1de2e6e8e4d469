"""Couriers of a branch: route (third segment of the sort code), capacity, active flag."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select

from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Status
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.repository import branch as find_branch
from carrier_app.store import audit
from carrier_app.store.models import Branch, Courier, Parcel, Route
from carrier_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class CourierRow:
    id: int
    code: str
    name: str
    phone: str
    branch_code: str
    route_no: str | None     # third segment of the sort code
    capacity: int
    active: bool
    load: int                # parcels assigned or out for delivery now


@dataclass(frozen=True)
class CourierInput:
    code: str
    name: str
    branch_code: str
    route_no: str | None = None
    capacity: int = 60
    phone: str = ""
    active: bool = True


def list_couriers(uow: UnitOfWork, actor: Actor,
                  branch_code: str | None = None) -> list[CourierRow]:
    require(actor, Permission.TRACK)
    load = (select(Parcel.courier_id, func.count().label("n"))
            .where(Parcel.status.in_([Status.ASSIGNED.value, Status.OUT_FOR_DELIVERY.value]))
            .group_by(Parcel.courier_id).subquery())
    q = (select(Courier, Branch.code, Route.number, load.c.n)
         .join(Branch, Branch.id == Courier.branch_id)
         .outerjoin(Route, Route.id == Courier.route_id)
         .outerjoin(load, load.c.courier_id == Courier.id)
         .order_by(Branch.code, Route.number, Courier.code))
    if branch_code:
        q = q.where(Branch.code == branch_code)
    return [CourierRow(c.id, c.code, c.name, c.phone, b, r, c.capacity, c.active, n or 0)
            for c, b, r, n in uow.session.execute(q)]


def courier_row(uow: UnitOfWork, actor: Actor, code: str) -> CourierRow:
    """One courier by badge code (what a badge scan shows)."""
    from carrier_app.store.repository import courier_row as find_courier

    c = find_courier(uow, code)
    return next(r for r in list_couriers(uow, actor) if r.id == c.id)


def save_courier(uow: UnitOfWork, actor: Actor, data: CourierInput) -> CourierRow:
    """Create the courier with this badge code, or update it; commits."""
    require(actor, Permission.DISPATCH)
    code = data.code.strip().upper()
    if not code or not code.isalnum() or len(code) > 16:
        raise ValidationError("Courier code: letters and digits, at most 16", field="code",
                              reason="courier_code")
    if not data.name.strip():
        raise ValidationError("Courier name is required", field="name",
                              reason="courier_name_required")
    if not 1 <= data.capacity <= 999:
        raise ValidationError("Capacity must be between 1 and 999 parcels", field="capacity",
                              reason="capacity_range")
    br = find_branch(uow, data.branch_code)
    route_id = None
    if data.route_no:
        route_id = uow.session.scalar(select(Route.id).where(
            Route.branch_id == br.id, Route.number == data.route_no.strip()))
        if route_id is None:
            raise ValidationError(f"Branch {br.code} has no route {data.route_no}",
                                  field="route_no",
                                  reason="unknown_route", code=br.code, route=data.route_no)
    c = uow.session.scalar(select(Courier).where(Courier.code == code))
    if c is None:
        c = Courier(code=code)
        uow.session.add(c)
    c.name, c.phone, c.branch_id = data.name.strip(), data.phone.strip(), br.id
    c.route_id, c.capacity, c.active = route_id, data.capacity, data.active
    uow.session.flush()
    audit.record(uow, actor, "courier_saved", "courier", c.id, code=code, branch=br.code,
                 route=data.route_no, capacity=data.capacity, active=data.active)
    result = next(r for r in list_couriers(uow, actor, br.code) if r.id == c.id)
    uow.commit()
    return result


def route_numbers(uow: UnitOfWork, branch_code: str) -> list[str]:
    return list(uow.session.scalars(
        select(Route.number).join(Branch, Branch.id == Route.branch_id)
        .where(Branch.code == branch_code, Route.active.is_(True)).order_by(Route.number)))


def branch_codes(uow: UnitOfWork) -> list[str]:
    return list(uow.session.scalars(select(Branch.code).order_by(Branch.code)))

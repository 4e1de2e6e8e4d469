"""Read-only look-ups of the carrier's network: locations (hubs and branches) and couriers."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from carrier_app.core.errors import NotFound
from carrier_app.store.models import Branch, Courier, Hub
from carrier_app.store.uow import UnitOfWork


@dataclass(frozen=True)
class Location:
    code: str       # hub code (571) or branch code (571-12)
    name: str
    kind: str       # "hub" or "branch"


@dataclass(frozen=True)
class CourierInfo:
    id: int
    code: str
    name: str
    branch_code: str


def locations(uow: UnitOfWork) -> list[Location]:
    s = uow.session
    hubs = [Location(h.code, h.name, "hub") for h in s.scalars(select(Hub).order_by(Hub.code))]
    branches = [Location(b.code, b.name, "branch")
                for b in s.scalars(select(Branch).order_by(Branch.code))]
    return hubs + branches


def location(uow: UnitOfWork, code: str) -> Location:
    for loc in locations(uow):
        if loc.code == code:
            return loc
    raise NotFound(f"Unknown location {code!r}: not a hub or branch code", code=code,
                   reason="unknown_location")


def courier_by_code(uow: UnitOfWork, code: str) -> CourierInfo:
    row = uow.session.execute(
        select(Courier, Branch.code).join(Branch, Branch.id == Courier.branch_id)
        .where(Courier.code == code.strip().upper())).first()
    if row is None:
        raise NotFound(f"Unknown courier {code!r}", code=code, reason="unknown_courier")
    c, branch = row
    return CourierInfo(c.id, c.code, c.name, branch)

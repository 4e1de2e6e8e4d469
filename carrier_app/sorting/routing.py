"""Load the routing rules into the pure in-memory Router and route addresses with it."""

from __future__ import annotations

from sqlalchemy import select

from carrier_app.core.routing import Router, RouteMatch, Rule
from carrier_app.store.models import Branch, Hub, Route, RoutingRule
from carrier_app.store.uow import UnitOfWork


def sort_code(hub_code: str, branch_number: str, route_number: str | None) -> str:
    return f"{hub_code}-{branch_number}-{route_number or '00'}"


def load_rules(uow: UnitOfWork) -> list[Rule]:
    rows = uow.session.execute(
        select(RoutingRule, Hub.code, Branch.number, Route.number)
        .join(Branch, Branch.id == RoutingRule.branch_id)
        .join(Hub, Hub.id == Branch.hub_id)
        .outerjoin(Route, Route.id == RoutingRule.route_id)
        .where(RoutingRule.active.is_(True)).order_by(RoutingRule.id))
    return [Rule(r.id, sort_code(hub, branch, route), r.branch_id, r.route_id,
                 r.postcode_prefix, r.province, r.city, r.district)
            for r, hub, branch, route in rows]


def load_router(uow: UnitOfWork) -> Router:
    return Router(load_rules(uow))


def route_address(uow: UnitOfWork, *, postcode: str = "", province: str = "", city: str = "",
                  district: str = "", address: str = "") -> RouteMatch | None:
    return load_router(uow).match(postcode, province, city, district, address)

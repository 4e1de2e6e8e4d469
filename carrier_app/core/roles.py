"""Roles and what each may do. Services call `require`; hiding a button is only courtesy."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from carrier_app.core import validation
from carrier_app.core.errors import PermissionDenied, ValidationError


class Role(StrEnum):
    ADMIN = "admin"
    SUPERVISOR = "supervisor"
    CLERK = "clerk"
    SORTER = "sorter"
    DISPATCHER = "dispatcher"
    FINANCE = "finance"


class Permission(StrEnum):
    SCAN = "scan"                      # record status scans (receive, sort, bag, arrive, ...)
    TRACK = "track"                    # read parcel histories
    CREATE_WAYBILL = "create_waybill"
    CANCEL_WAYBILL = "cancel_waybill"
    PRINT_LABEL = "print_label"
    MANAGE_MERCHANTS = "manage_merchants"
    MANAGE_PAYOUTS = "manage_payouts"  # a merchant's payout bank, holder, account, cycle, fee
    MANAGE_PICKUPS = "manage_pickups"
    MANAGE_ROUTING = "manage_routing"
    MANUAL_ROUTE = "manual_route"
    MANAGE_BAGS = "manage_bags"
    MANAGE_MANIFESTS = "manage_manifests"
    DISPATCH = "dispatch"              # assign couriers, run sheets, close-outs
    DELIVER = "deliver"                # record deliveries and failed attempts
    HOLD = "hold"                      # put on hold / release / raise exceptions
    CASH_UP = "cash_up"
    APPROVE_VARIANCE = "approve_variance"
    SETTLE = "settle"
    MANAGE_USERS = "manage_users"
    MANAGE_NETWORK = "manage_network"  # hubs, branches, couriers, routes
    # Counter acceptance (issue 14): accept listed (禁寄/限寄) contents with a reason, set a
    # merchant's safety agreement (协议客户), edit the prohibited list.
    OVERRIDE_ACCEPTANCE = "override_acceptance"


P = Permission
R = Role

GRANTS: dict[Role, frozenset[Permission]] = {
    R.ADMIN: frozenset(Permission),
    R.SUPERVISOR: frozenset(Permission) - {P.MANAGE_USERS},
    R.CLERK: frozenset({P.TRACK, P.CREATE_WAYBILL, P.CANCEL_WAYBILL, P.PRINT_LABEL, P.SCAN,
                        P.MANAGE_MERCHANTS, P.MANAGE_PICKUPS}),
    R.SORTER: frozenset({P.TRACK, P.SCAN, P.MANAGE_BAGS, P.PRINT_LABEL}),
    R.DISPATCHER: frozenset({P.TRACK, P.SCAN, P.DISPATCH, P.DELIVER, P.MANAGE_PICKUPS,
                             P.MANAGE_MANIFESTS, P.MANAGE_BAGS, P.PRINT_LABEL, P.HOLD}),
    R.FINANCE: frozenset({P.TRACK, P.CASH_UP, P.APPROVE_VARIANCE, P.SETTLE, P.MANAGE_PAYOUTS}),
}


@dataclass(frozen=True)
class Actor:
    """Who does an action, from where. Passed to every service call."""

    user_id: int | None
    username: str
    role: Role
    station: str = ""
    location: str = ""

    def __post_init__(self) -> None:
        # Recorded on every scan event and audit row (columns of 40 / 64 / 16 characters):
        # refused here, with a sentence, rather than by the database.
        for value, field, label, size in ((self.username, "username", "User name", 40),
                                          (self.station, "station", "Station name", 64),
                                          (self.location, "location", "Location code", 16)):
            validation.text(value, field, label, size)  # raises, saying which and why
            if len(value) > size:  # white space the check trims is still stored
                raise ValidationError(f"{label} is longer than {size} characters "
                                      f"({len(value)})", field=field, reason="too_long")

    def can(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role]


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(
            f"{actor.username} ({actor.role}) may not {permission.value.replace('_', ' ')}",
            role=actor.role, permission=permission, reason="role_permission")


def permission_for_event(event: str) -> Permission:
    """The permission a scan of `event` needs (events are named as in core.lifecycle)."""
    return _EVENT_PERMISSION.get(event, P.SCAN)


_EVENT_PERMISSION: dict[str, Permission] = {
    "ASSIGN": P.DISPATCH, "UNASSIGN": P.DISPATCH, "OUT_FOR_DELIVERY": P.DISPATCH,
    "DELIVER": P.DELIVER, "FAIL": P.DELIVER, "RETURN": P.DISPATCH,
    "HOLD": P.HOLD, "RELEASE": P.HOLD, "EXCEPTION": P.HOLD,
    "CANCEL": P.CANCEL_WAYBILL, "CREATE": P.CREATE_WAYBILL,
}

"""The parcel lifecycle: statuses, scan events and the one table that decides what is legal."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from carrier_app.core.errors import IllegalTransition


class Status(StrEnum):
    CREATED = "CREATED"
    PICKED_UP = "PICKED_UP"
    RECEIVED = "RECEIVED"
    SORTED = "SORTED"
    BAGGED = "BAGGED"
    IN_TRANSIT = "IN_TRANSIT"
    ARRIVED = "ARRIVED"
    ASSIGNED = "ASSIGNED"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVERED = "DELIVERED"
    DELIVERY_FAILED = "DELIVERY_FAILED"
    RETURN_TO_SENDER = "RETURN_TO_SENDER"
    RETURNED = "RETURNED"
    HELD = "HELD"
    EXCEPTION = "EXCEPTION"
    CANCELLED = "CANCELLED"


class Event(StrEnum):
    """What a scan or an action says happened. Status-changing events map to a status;
    the others (REJECTED, REPRINT, REROUTE, NOTE, MISSORT, FORWARD) are recorded without
    changing it. MISSORT: scanned at a place not on its path (core.location); FORWARD: sent on
    from there towards its destination."""

    CREATE = "CREATE"
    PICKUP = "PICKUP"
    RECEIVE = "RECEIVE"
    SORT = "SORT"
    BAG = "BAG"
    UNBAG = "UNBAG"
    DEPART = "DEPART"
    ARRIVE = "ARRIVE"
    ASSIGN = "ASSIGN"
    UNASSIGN = "UNASSIGN"
    OUT_FOR_DELIVERY = "OUT_FOR_DELIVERY"
    DELIVER = "DELIVER"
    FAIL = "FAIL"
    RETURN = "RETURN"
    HOLD = "HOLD"
    RELEASE = "RELEASE"
    EXCEPTION = "EXCEPTION"
    CANCEL = "CANCEL"
    REJECTED = "REJECTED"
    REPRINT = "REPRINT"
    REROUTE = "REROUTE"
    NOTE = "NOTE"
    MISSORT = "MISSORT"
    FORWARD = "FORWARD"


S = Status
E = Event

#: The status an event leads to. DELIVER on a returning parcel leads to RETURNED instead,
#: RELEASE to the status before the hold (see `next_status`).
EVENT_TARGET: dict[Event, Status] = {
    E.CREATE: S.CREATED,
    E.PICKUP: S.PICKED_UP,
    E.RECEIVE: S.RECEIVED,
    E.SORT: S.SORTED,
    E.BAG: S.BAGGED,
    E.UNBAG: S.SORTED,
    E.DEPART: S.IN_TRANSIT,
    E.ARRIVE: S.ARRIVED,
    E.ASSIGN: S.ASSIGNED,
    E.UNASSIGN: S.ARRIVED,
    E.OUT_FOR_DELIVERY: S.OUT_FOR_DELIVERY,
    E.DELIVER: S.DELIVERED,
    E.FAIL: S.DELIVERY_FAILED,
    E.RETURN: S.RETURN_TO_SENDER,
    E.HOLD: S.HELD,
    E.EXCEPTION: S.EXCEPTION,
    E.CANCEL: S.CANCELLED,
}

TERMINAL = frozenset({S.DELIVERED, S.RETURNED, S.CANCELLED})
#: States a HOLD or EXCEPTION may be raised from.
OPEN = frozenset(s for s in Status if s not in TERMINAL)

_FLOW: dict[Status, frozenset[Status]] = {
    S.CREATED: frozenset({S.PICKED_UP, S.RECEIVED, S.CANCELLED}),
    S.PICKED_UP: frozenset({S.RECEIVED}),
    S.RECEIVED: frozenset({S.SORTED}),
    S.SORTED: frozenset({S.BAGGED, S.IN_TRANSIT, S.ASSIGNED}),
    S.BAGGED: frozenset({S.IN_TRANSIT, S.SORTED}),
    S.IN_TRANSIT: frozenset({S.ARRIVED}),
    # At a hub a parcel is sorted again; at its branch it is assigned or collected at the counter.
    # DELIVERED and RETURNED: the counter (自提) and the last leg of a return to the merchant.
    S.ARRIVED: frozenset({S.SORTED, S.ASSIGNED, S.DELIVERED, S.RETURNED, S.RETURN_TO_SENDER}),
    S.ASSIGNED: frozenset({S.ASSIGNED, S.ARRIVED, S.OUT_FOR_DELIVERY, S.DELIVERED,
                           S.RETURNED}),
    S.OUT_FOR_DELIVERY: frozenset({S.DELIVERED, S.RETURNED, S.DELIVERY_FAILED, S.ARRIVED}),
    S.DELIVERY_FAILED: frozenset({S.ASSIGNED, S.OUT_FOR_DELIVERY, S.DELIVERED,
                                  S.RETURN_TO_SENDER, S.ARRIVED}),
    # A return flows back through the same steps to the merchant's branch.
    S.RETURN_TO_SENDER: frozenset({S.RECEIVED, S.SORTED, S.BAGGED, S.IN_TRANSIT, S.ARRIVED,
                                   S.ASSIGNED, S.RETURNED}),
    S.HELD: frozenset({S.RETURN_TO_SENDER}),
    S.EXCEPTION: frozenset({S.RETURN_TO_SENDER}),
    S.DELIVERED: frozenset(),
    S.RETURNED: frozenset(),
    S.CANCELLED: frozenset(),
}

#: Legal (from, to) pairs: the flow plus HOLD/EXCEPTION from any open state.
LEGAL: dict[Status, frozenset[Status]] = {
    s: targets | ({S.HELD, S.EXCEPTION} - {s} if s in OPEN else frozenset())
    for s, targets in _FLOW.items()
}
LEGAL[S.HELD] = LEGAL[S.HELD] | {S.EXCEPTION}

MAX_DELIVERY_ATTEMPTS = 3


@dataclass(frozen=True)
class Transition:
    from_status: Status
    to_status: Status


def next_status(current: Status, event: Event, *, returning: bool = False,
                before_hold: Status | None = None) -> Status:
    """The status `event` leads to from `current`, or IllegalTransition naming both."""
    if event is E.RELEASE:
        if current not in (S.HELD, S.EXCEPTION) or before_hold is None:
            raise IllegalTransition(f"{current} is not on hold; nothing to release",
                                    current=current, requested=event, reason="not_on_hold")
        return before_hold
    target = EVENT_TARGET.get(event)
    if target is None:
        raise ValueError(f"{event} does not change a parcel's status")
    if event is E.DELIVER and returning:
        target = S.RETURNED
    if target is S.CANCELLED and current is not S.CREATED:
        raise IllegalTransition(f"is {current}; only a parcel not yet picked up can be cancelled",
                                current=current, requested=target, reason="cancel_after_pickup")
    if target not in LEGAL[current]:
        raise IllegalTransition(f"is {current}; cannot be {target}",
                                current=current, requested=target, reason="cannot_become")
    return target


def is_legal(current: Status, target: Status) -> bool:
    return target in LEGAL[current]


def changes_status(event: Event) -> bool:
    return event in EVENT_TARGET or event is E.RELEASE


def must_return(failed_attempts: int, *, refused: bool = False) -> bool:
    """After the third failed attempt, or a refusal, the parcel goes back to the sender."""
    return refused or failed_attempts >= MAX_DELIVERY_ATTEMPTS


# Order along the forward flow; used to summarise a multi-piece waybill by its slowest piece.
_RANK = {s: i for i, s in enumerate([
    S.CREATED, S.PICKED_UP, S.RECEIVED, S.SORTED, S.BAGGED, S.IN_TRANSIT, S.ARRIVED,
    S.ASSIGNED, S.OUT_FOR_DELIVERY, S.DELIVERY_FAILED, S.RETURN_TO_SENDER, S.DELIVERED,
    S.RETURNED, S.CANCELLED])}
_ATTENTION = (S.EXCEPTION, S.HELD)


def aggregate_status(piece_statuses: list[Status]) -> Status:
    """A waybill's status from its pieces: a piece needing attention shows first, otherwise
    the least advanced piece (a waybill is DELIVERED only when every piece is)."""
    if not piece_statuses:
        raise ValueError("a waybill has at least one piece")
    for s in _ATTENTION:
        if s in piece_statuses:
            return s
    return min(piece_statuses, key=_RANK.__getitem__)

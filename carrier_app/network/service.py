"""Read-only look-ups of the carrier's network: locations (hubs and branches), couriers, and
the network snapshot the location check runs on (core.location)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, cast

from sqlalchemy import select

from carrier_app.core.errors import NotFound, WrongLocation
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.location import Network, Verdict, check
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


def load_network(uow: UnitOfWork) -> Network:
    """Every hub and branch, for `core.location` (one Core query; cache the result)."""
    hubs: dict[str, str] = {}
    branches = []
    for h_code, h_name, b_id, b_code, b_name in uow.conn.execute(_NETWORK):
        hubs[h_code] = h_name
        if b_id is not None:
            branches.append((b_id, b_code, b_name, h_code))
    return Network(list(hubs.items()), branches)


# Hubs with their branches in one round trip (a hub without branches comes once, with NULLs).
_NETWORK = (select(Hub.code, Hub.name, Branch.id, Branch.code, Branch.name)
            .outerjoin(Branch, Branch.hub_id == Hub.id).order_by(Hub.id, Branch.id))


#: What to do instead, per refusal reason of core.location.check.
TODO = {
    "off_path": "put it aside and forward it (Sort station: Forward)",
    "behind": "put it aside and forward it (Sort station: Forward)",
    "not_arrived": "scan it in at arrival here first",
    "not_here": "forward it to its destination branch (Sort station: Forward) instead",
    "not_destination": "only its destination branch hands it out",
}


class Placed(Protocol):
    """What the location check reads of a parcel (a parcel row of any service)."""

    # Read-only members: frozen dataclasses (ParcelRow) and named rows satisfy them.
    @property
    def status(self) -> str: ...
    @property
    def sort_code(self) -> str | None: ...
    @property
    def origin_branch_id(self) -> int | None: ...
    @property
    def is_return(self) -> bool: ...
    @property
    def last_location(self) -> str: ...
    @property
    def forwarded_at(self) -> str | None: ...


class NamedParcel(Placed, Protocol):
    """A parcel row that also names its waybill (for the refusal's message)."""

    @property
    def waybill_no(self) -> str: ...


def place_check(network: Network, parcel: Placed, location: str, event: Event) -> Verdict:
    """core.location.check for a parcel row: does `event` at `location` fit its path?"""
    path = network.path(parcel.sort_code, parcel.origin_branch_id,
                        is_return=bool(parcel.is_return))
    return check(network, path, location, event, at=parcel.last_location,
                 status=Status(parcel.status), forwarded_at=parcel.forwarded_at)


def require_on_path(network: Network, parcel: NamedParcel, *, location: str,
                    event: Event) -> Verdict:
    """The location check for a service; raises WrongLocation naming the parcel (it has a
    waybill_no), its status, where it is, where it must go and what to do instead."""
    verdict = place_check(network, parcel, location, event)
    if not verdict.ok:
        at, status = parcel.last_location, str(parcel.status)
        wb = parcel.waybill_no
        raise WrongLocation(
            f"{wb} is {status} at {network.label(at) or 'an unknown place'}; it goes to "
            f"{verdict.destination_label}, not {network.label(location)}: "
            f"{TODO[verdict.reason]}",
            code=wb, status=status, at=at, at_label=network.label(at), location=location,
            destination=verdict.destination, destination_label=verdict.destination_label,
            reason=verdict.reason)
    return verdict


_NETWORK_KEY = "network"  # in Database.constants


def known_network(uow: UnitOfWork) -> Network:
    """The network as this process last read it. Hubs and branches are only ever added
    (never moved, renumbered or removed), so a snapshot can only lack places: a check it
    passes a fresh read passes too; `require_on_known_path` reads again before it refuses."""
    net = uow.db.constants.get(_NETWORK_KEY)
    return cast(Network, net) if net is not None else _fresh_network(uow)


def _fresh_network(uow: UnitOfWork) -> Network:
    """The network read now, kept as this process's snapshot."""
    net = uow.db.constants[_NETWORK_KEY] = load_network(uow)
    return net


def require_on_known_path(uow: UnitOfWork, parcel: NamedParcel, *, event: Event,
                          location: str | None = None,
                          branch_id: int | None = None) -> Verdict:
    """`require_on_path` at `location` (or at branch `branch_id`) without a round trip on
    the hot path (scan-to-assign): the snapshot's pass stands, a refusal or a place the
    snapshot does not know is checked again on a fresh read, which then decides."""
    net = known_network(uow)
    here = location if branch_id is None else net.branch_ids.get(branch_id)
    if here is not None:
        verdict = place_check(net, parcel, here, event)
        if verdict.ok:
            return verdict
    net = _fresh_network(uow)
    here = location if branch_id is None else net.branch_ids.get(branch_id, "")
    return require_on_path(net, parcel, location=here or "", event=event)


def branch_id_of(uow: UnitOfWork, code: str) -> int | None:
    """The id of branch `code`; None for a hub or a code that names no place. From the
    snapshot (`known_network`); a code it does not know is looked up on a fresh read."""
    net = known_network(uow)
    if code not in net.places:
        net = _fresh_network(uow)
    return net.branch_codes.get(code)

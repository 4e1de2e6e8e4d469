"""Location in the lifecycle: a parcel's path through the network and whether a scan at a
place belongs on it. Pure (no database): the services build a `Network` once (the sort
station caches it) and pass the parcel's facts.

A parcel's path is its origin branch -> the origin branch's hub -> the destination hub ->
the destination branch (from the sort code `hub-branch-route`), without repeats. Where it
entered the network (the counter or hub that received it, the branch a return starts from)
and the place it was forwarded from after a missort are also accepted for sorting there.

What `check` decides, per event:
- SORT, BAG: the place is on the path and not behind where the parcel already is, or the
  parcel entered the network here, or it was sorted / forwarded here already. A parcel
  sorted (or bagged) at one place and scanned at another on its path skipped its departure
  and arrival: "not_arrived" (scan it in at arrival first), never a duplicate.
- ARRIVE: the place is on the path and further along than where the parcel was.
- ASSIGN, OUT_FOR_DELIVERY, DELIVER: the parcel is at its destination branch, and so is the
  place the action happens (the courier's branch, the run's branch, the counter). The
  services check DELIVER at the counter; a courier's delivery went out on a run sheet whose
  parcels were checked when it was printed.
A return (is_return) may pass any hub: its path back starts from wherever it failed, which
the parcel row does not keep; its branches are still checked.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from carrier_app.core.lifecycle import Event, Status

#: A parcel in these statuses is at the place that took it in (or where its return starts).
ENTRY = frozenset({Status.CREATED, Status.PICKED_UP, Status.RECEIVED, Status.RETURN_TO_SENDER})
#: Sorted (or bagged) where it is: the sort there was checked when it happened.
SORTED_HERE = frozenset({Status.SORTED, Status.BAGGED})
#: Events that need the parcel to be at its destination branch.
AT_DESTINATION = frozenset({Event.ASSIGN, Event.OUT_FOR_DELIVERY, Event.DELIVER})
ALONG_PATH = frozenset({Event.SORT, Event.BAG, Event.ARRIVE})


@dataclass(frozen=True)
class Place:
    code: str       # hub "571" or branch "571-12"
    name: str
    hub: str        # the hub code (a hub's own code)

    @property
    def is_hub(self) -> bool:
        return self.code == self.hub

    @property
    def label(self) -> str:
        return f"{self.code} {self.name}".strip()


class Network:
    """Hubs and branches by code; build once, then look up without the database."""

    def __init__(self, hubs: Iterable[tuple[str, str]],
                 branches: Iterable[tuple[int, str, str, str]]) -> None:
        """hubs: (code, name); branches: (id, code, name, hub code)."""
        self.places: dict[str, Place] = {code: Place(code, name, code) for code, name in hubs}
        self.branch_ids: dict[int, str] = {}
        self.branch_codes: dict[str, int] = {}
        # A few hundred distinct paths at most (sort code prefix x origin): kept, not rebuilt
        # per scan on the sort station's hot path.
        self._paths: dict[tuple[str, int | None, bool], Path] = {}
        for bid, code, name, hub in branches:
            self.places[code] = Place(code, name, hub)
            self.branch_ids[bid] = code
            self.branch_codes[code] = bid

    def label(self, code: str | None) -> str:
        """"571-15 滨江营业部" for a known code, the code itself otherwise."""
        if not code:
            return ""
        place = self.places.get(code)
        return place.label if place else code

    def path(self, sort_code: str | None, origin_branch_id: int | None = None, *,
             is_return: bool = False) -> Path | None:
        """The parcel's path, or None when it has no destination yet (manual routing)."""
        if not sort_code:
            return None
        key = (sort_code, origin_branch_id, is_return)
        found = self._paths.get(key)
        if found is not None:
            return found
        if len(self._paths) > 100_000:
            self._paths.clear()
        hub, number, *_ = sort_code.split("-") + [""]
        dest = f"{hub}-{number}"
        origin = None if is_return else self.branch_ids.get(origin_branch_id or 0)
        stops: list[str] = []
        if origin is not None:
            stops += [origin, self.places[origin].hub]
        stops += [hub, dest]
        path = Path(tuple(dict.fromkeys(stops)), dest, self.label(dest), any_hub=is_return)
        self._paths[key] = path
        return path


@dataclass(frozen=True)
class Path:
    stops: tuple[str, ...]     # in order, e.g. ("571-12", "571", "021", "021-03")
    destination: str           # the destination branch, e.g. "021-03"
    destination_label: str     # "021-03 浦东营业部"
    any_hub: bool = False      # a return: hubs are not checked

    def index(self, code: str) -> int | None:
        try:
            return self.stops.index(code)
        except ValueError:
            return None


@dataclass(frozen=True)
class Verdict:
    ok: bool
    reason: str = ""           # "off_path" | "behind" | "not_arrived" | "not_destination" |
    #                            "not_here"
    destination: str = ""      # the destination branch code
    destination_label: str = ""
    explanation: str = ""      # English, for the log and the CLI


OK = Verdict(True)


def check(network: Network, path: Path | None, location: str, event: Event, *,
          at: str, status: Status, forwarded_at: str | None = None) -> Verdict:
    """Whether `event` at `location` fits the parcel's path; `at` is where it was last
    scanned, `status` its status, `forwarded_at` the missort place it was forwarded from."""
    if path is None:
        return OK  # no destination yet: the manual-routing queue decides
    here = network.places.get(location)
    if event in AT_DESTINATION:
        if at != path.destination:
            return _no(path, "not_here", f"it is at {at or 'an unknown place'}, its "
                       f"destination is {path.destination_label}")
        if location != path.destination:
            return _no(path, "not_destination", f"{location} is not its destination "
                       f"{path.destination_label}")
        return OK
    if event not in ALONG_PATH:
        return OK
    if location == forwarded_at:
        return OK
    if location == at and (status in ENTRY or status in SORTED_HERE) and event is not Event.ARRIVE:
        return OK
    i = path.index(location)
    if i is None and path.any_hub and here is not None and here.is_hub:
        i = -1  # a return passes any hub
    if i is None:
        return _no(path, "off_path", f"{location} is not on its path "
                   f"({' → '.join(path.stops)})")
    j = path.index(at)
    if j is not None and i >= 0 and (i < j or (i == j and event is Event.ARRIVE)):
        return _no(path, "behind", f"it was already at {at}, further along its path "
                   f"({' → '.join(path.stops)})")
    if event is not Event.ARRIVE and status in SORTED_HERE and location != at:
        return _no(path, "not_arrived", f"it was {status} at {at} and not scanned in at "
                   f"{location}")
    return OK


def _no(path: Path, reason: str, explanation: str) -> Verdict:
    return Verdict(False, reason, path.destination, path.destination_label, explanation)

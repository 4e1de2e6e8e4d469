"""core.location: a parcel's path from its sort code and origin, and the check per event."""

from __future__ import annotations

import pytest

from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.location import Network, check

NET = Network([("571", "杭州转运中心"), ("021", "上海转运中心"), ("010", "北京转运中心")],
              [(1, "571-12", "西湖营业部", "571"), (2, "571-15", "滨江营业部", "571"),
               (3, "021-03", "浦东营业部", "021"), (4, "010-05", "朝阳营业部", "010")])
E, S = Event, Status


def test_path_from_origin_branch_through_hubs_to_the_destination_branch():
    p = NET.path("021-03-02", origin_branch_id=1)
    assert p is not None
    assert (p.stops, p.destination, p.destination_label) == (
        ("571-12", "571", "021", "021-03"), "021-03", "021-03 浦东营业部")
    assert NET.path("571-15-01", 1).stops == ("571-12", "571", "571-15")  # one hub, once
    assert NET.path("571-15-01", None).stops == ("571", "571-15")          # origin unknown
    assert NET.path(None, 1) is None                                       # manual routing
    assert NET.label("571-15") == "571-15 滨江营业部" and NET.label("999") == "999"


@pytest.mark.parametrize("location, at, status, ok, reason", [
    ("571", "571", S.RECEIVED, True, ""),           # took it in here
    ("010", "010", S.RECEIVED, True, ""),           # entered the network here (walk-in)
    ("021", "021", S.ARRIVED, True, ""),            # destination hub
    ("571", "571", S.SORTED, True, ""),             # again where it was sorted: duplicate
    ("010", "010", S.ARRIVED, False, "off_path"),   # arrived at a hub not on its path
    ("571-15", "571", S.SORTED, False, "off_path"), # sorted at 571, found at a wrong branch
    ("571", "021-03", S.ARRIVED, False, "behind"),  # back behind where it already was
    ("021", "571", S.SORTED, False, "not_arrived"),  # sorted at 571, not scanned in at 021
])
def test_sort_check(location, at, status, ok, reason):
    path = NET.path("021-03-02", 1)
    v = check(NET, path, location, E.SORT, at=at, status=status)
    assert (v.ok, v.reason) == (ok, reason)
    if not ok:
        assert (v.destination, v.destination_label) == ("021-03", "021-03 浦东营业部")


def test_arrive_must_be_further_along_and_forward_opens_the_place():
    path = NET.path("571-15-01", 1)
    assert check(NET, path, "571", E.ARRIVE, at="571-12", status=S.IN_TRANSIT).ok
    assert check(NET, path, "571-15", E.ARRIVE, at="571", status=S.IN_TRANSIT).ok
    assert check(NET, path, "571-12", E.ARRIVE, at="571", status=S.IN_TRANSIT).reason == "behind"
    assert check(NET, path, "010", E.ARRIVE, at="571", status=S.IN_TRANSIT).reason == "off_path"
    # Forwarded from 010: sortable and baggable there, then on its path again.
    assert check(NET, path, "010", E.SORT, at="010", status=S.ARRIVED,
                 forwarded_at="010").ok
    assert check(NET, path, "571", E.ARRIVE, at="010", status=S.IN_TRANSIT,
                 forwarded_at="010").ok


def test_assign_and_deliver_only_at_the_destination_branch():
    path = NET.path("571-15-01", 1)
    assert check(NET, path, "571-15", E.ASSIGN, at="571-15", status=S.ARRIVED).ok
    v = check(NET, path, "571-12", E.ASSIGN, at="571-12", status=S.ARRIVED)
    assert (v.ok, v.reason, v.destination) == (False, "not_here", "571-15")
    assert check(NET, path, "571-15", E.DELIVER, at="571-12", status=S.ARRIVED).reason \
        == "not_here"
    assert check(NET, path, "571-12", E.OUT_FOR_DELIVERY, at="571-15",
                 status=S.ASSIGNED).reason == "not_destination"


def test_a_return_passes_any_hub_but_its_branches_are_checked():
    path = NET.path("571-12-01", 2, is_return=True)
    assert path.stops == ("571", "571-12")
    assert check(NET, path, "021", E.ARRIVE, at="021-03", status=S.IN_TRANSIT).ok
    assert check(NET, path, "021-03", E.SORT, at="021-03", status=S.RETURN_TO_SENDER).ok
    assert check(NET, path, "571-15", E.ARRIVE, at="571", status=S.IN_TRANSIT).reason \
        == "off_path"

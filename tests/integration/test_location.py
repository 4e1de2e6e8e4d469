"""Location in the lifecycle (issue 10 item 2), on SQLite and PostgreSQL: a parcel at a place
not on its path is a missort, recorded with its right destination; it is neither assigned,
sent out nor handed over there until it is forwarded; a refused sort names the reason and
no destination."""

from __future__ import annotations

import pytest

from carrier_app.core.errors import WrongLocation
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Role
from carrier_app.delivery import pod as D
from carrier_app.dispatch import assign as A
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.common import today
from carrier_app.sorting import arrival, bags, manifests, rules
from carrier_app.sorting.common import HubSerials
from carrier_app.sorting.sort_station import SortOutcome, SortStation
from carrier_app.store import UnitOfWork
from delivery_support import arrived, create, dispatcher, move, strokes
from hub_support import events_of, status_of

E = Event
HUB = Actor(None, "hub", Role.SUPERVISOR, station="ws-hub", location="571")
AT_12 = Actor(None, "sup12", Role.SUPERVISOR, station="ws-12", location="571-12")
AT_15 = Actor(None, "sup15", Role.SUPERVISOR, station="ws-15", location="571-15")
BINJIANG = "571-15 滨江营业部"


def last_event(db, wb):
    from sqlalchemy import text
    with UnitOfWork(db) as uow:
        return uow.session.execute(text(
            "select e.event, e.location_code, e.message, e.details from scan_events e "
            "join parcels p on p.id = e.parcel_id where p.waybill_no = :w "
            "order by e.id desc limit 1"), {"w": wb}).one()


def bag_and_send(db, actor, wb, destination):
    """Bag at the actor's place for `destination`, seal, manifest, depart."""
    bs, ms = HubSerials(db, "BG"), HubSerials(db, "MF")
    bs.ensure(1)
    ms.ensure(1)
    with UnitOfWork(db) as uow:
        bag = bags.open_bag(uow, actor, bs, destination)
        uow.commit()
    with UnitOfWork(db) as uow:
        bags.add_to_bag(uow, actor, bag.bag_no, wb)
    with UnitOfWork(db) as uow:
        bags.seal_bag(uow, actor, bag.bag_no)
        m = manifests.create_manifest(uow, actor, ms, destination, vehicle="浙A1",
                                      seal_no="S1", driver="王")
        manifests.add_to_manifest(uow, actor, m.manifest_no, bag.bag_no)
        uow.commit()
    with UnitOfWork(db) as uow:
        assert not manifests.depart(uow, actor, m.manifest_no).problems
    return bag.bag_no


def test_misrouted_at_a_branch_is_not_assigned_sent_out_or_handed_over_until_forwarded(demo_db):
    db = demo_db
    wb = create(db, branch="571-15")[0]
    move(db, [wb], [E.PICKUP, E.RECEIVE, E.SORT, E.DEPART], "571")
    # Unloaded at 571-12: the arrival check flags it, with where it must go, and records it.
    with UnitOfWork(db) as uow:
        sid = arrival.start(uow, AT_12)
        uow.commit()
    with UnitOfWork(db) as uow:
        r = arrival.scan(uow, AT_12, sid, wb)
    assert r.misrouted and r.destination == BINJIANG
    assert status_of(db, wb) == "ARRIVED"               # it is here: status unchanged
    ev = last_event(db, wb)
    assert (ev.event, ev.location_code) == ("MISSORT", "571-12")
    assert "571-15" in ev.details and BINJIANG in ev.message

    d12 = dispatcher("571-12")
    with UnitOfWork(db) as uow:                        # scan-assign to a local courier
        with pytest.raises(WrongLocation) as e:
            A.assign(uow, d12, wb, "C5711201")
    msg = e.value.message
    assert wb in msg and "ARRIVED" in msg and "571-12" in msg and BINJIANG in msg
    assert "forward" in msg.lower()
    with UnitOfWork(db) as uow:                        # nor from its own branch: not there
        with pytest.raises(WrongLocation):
            A.assign(uow, dispatcher("571-15"), wb, "C5711501")
    with UnitOfWork(db) as uow:                        # in nobody's assignment preview
        for branch in ("571-12", "571-15"):
            preview = A.preview_auto_assign(uow, dispatcher(branch), branch, on=today())
            assert wb not in [p.waybill_no for p in preview.proposals]
    with UnitOfWork(db) as uow:                        # nor handed over at 571-12's counter
        with pytest.raises(WrongLocation) as e:
            D.deliver(uow, d12, D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                counter_pickup=True))
    assert e.value.params["reason"] == "not_here"
    assert status_of(db, wb) == "ARRIVED"

    # Forwarded from 571-12: sorted here towards 571-15, bagged, sent, arrives, assigned.
    station = SortStation(db, AT_12)
    assert station.scan(wb).outcome is SortOutcome.WRONG_PLACE
    fwd = station.forward(wb)
    assert (fwd.outcome, fwd.sort_code, fwd.branch) == (SortOutcome.OK, "571-15-01", BINJIANG)
    assert status_of(db, wb) == "SORTED"
    assert [e for e, _ in events_of(db, wb)][-2:] == ["FORWARD", "SORT"]
    assert station.scan(wb).outcome is SortOutcome.DUPLICATE
    bag_and_send(db, AT_12, wb, "571-15")
    with UnitOfWork(db) as uow:
        sid = arrival.start(uow, AT_15)
        uow.commit()
    with UnitOfWork(db) as uow:
        assert not arrival.scan(uow, AT_15, sid, wb).misrouted
    with UnitOfWork(db) as uow:
        assert A.assign(uow, dispatcher("571-15"), wb, "C5711501").status_after \
            is Status.ASSIGNED


def test_sorted_at_the_hub_and_scanned_at_a_branch_is_a_wrong_place_not_a_duplicate(demo_db):
    db = demo_db
    wrong, here = create(db, branch="571-15")[0], create(db, branch="571-12")[0]
    move(db, [wrong, here], [E.PICKUP, E.RECEIVE, E.SORT], "571")
    station = SortStation(db, AT_12)
    r = station.scan(wrong)
    assert r.outcome is SortOutcome.WRONG_PLACE and r.branch == BINJIANG
    assert (r.status, r.at, r.reason) == (Status.SORTED, "571", "off_path")
    assert wrong in r.message and "SORTED" in r.message and BINJIANG in r.message
    ev = last_event(db, wrong)
    assert (ev.event, ev.location_code) == ("MISSORT", "571-12")
    assert status_of(db, wrong) == "SORTED"
    assert station.scan(wrong).outcome is SortOutcome.WRONG_PLACE   # again: still wrong
    # Its own branch, but it skipped departure and arrival: refused with the reason.
    r = station.scan(here)
    assert (r.outcome, r.sort_code, r.reason) == (SortOutcome.REFUSED, None, "not_arrived")
    assert "arrival" in r.message and "571" in r.message
    # Not baggable here until forwarded.
    bs = HubSerials(db, "BG")
    bs.ensure(1)
    with UnitOfWork(db) as uow:
        bag = bags.open_bag(uow, AT_12, bs, "571-15")
        uow.commit()
    with UnitOfWork(db) as uow:
        with pytest.raises(WrongLocation) as e:
            bags.add_to_bag(uow, AT_12, bag.bag_no, wrong)
    assert e.value.params["destination"] == "571-15"
    station.forward(wrong)
    assert status_of(db, wrong) == "SORTED"
    with UnitOfWork(db) as uow:
        assert bags.add_to_bag(uow, AT_12, bag.bag_no, wrong).status_after is Status.BAGGED


def test_a_refused_sort_names_the_reason_and_no_destination(demo_db):
    db = demo_db
    wb = create(db, branch="571-12")[0]
    move(db, [wb], [E.PICKUP], "571")
    r = SortStation(db, HUB).scan(wb)
    assert r.outcome is SortOutcome.REFUSED
    assert (r.sort_code, r.branch, r.bag_no) == (None, "", None)
    assert (r.status, r.reason) == (Status.PICKED_UP, "not_received")
    assert wb in r.message and "PICKED_UP" in r.message and "receiving" in r.message


def test_a_run_sheet_with_a_parcel_rerouted_elsewhere_is_not_printed(demo_db):
    db = demo_db
    ok, moved = arrived(db, 2, branch="571-15")
    d15 = dispatcher("571-15")
    for wb in (ok, moved):
        with UnitOfWork(db) as uow:
            A.assign(uow, d15, wb, "C5711501")
    with UnitOfWork(db) as uow:
        run = R.create_run(uow, d15, "C5711501")
    with UnitOfWork(db) as uow:  # the address was corrected: it belongs to 571-12 now
        rules.route_parcel(uow, HUB, moved, "571-12", "01", reason="address corrected")
        uow.commit()
    with UnitOfWork(db) as uow:
        with pytest.raises(WrongLocation) as e:
            R.print_run(uow, d15, run.id)
    assert moved in e.value.message and "571-12" in e.value.message
    assert status_of(db, ok) == status_of(db, moved) == "ASSIGNED"   # nothing went out


def test_a_bag_unloaded_at_the_wrong_branch_flags_every_parcel_in_it(demo_db):
    db = demo_db
    wbs = create(db, 2, branch="571-15")
    move(db, wbs, [E.PICKUP, E.RECEIVE, E.SORT], "571")
    bag_no = bag_and_send(db, HUB, wbs[0], "571-15")
    with UnitOfWork(db) as uow:
        sid = arrival.start(uow, AT_12)
        uow.commit()
    with UnitOfWork(db) as uow:
        r = arrival.scan(uow, AT_12, sid, bag_no)
    assert (r.kind, r.misrouted, r.destination) == ("bag", True, BINJIANG)
    assert wbs[0] in r.message
    assert last_event(db, wbs[0]).event == "MISSORT"
    with UnitOfWork(db) as uow:
        with pytest.raises(WrongLocation):
            A.assign(uow, dispatcher("571-12"), wbs[0], "C5711201")


def test_forward_is_only_for_a_parcel_off_its_path_and_loose_parcels_need_it_too(demo_db):
    from carrier_app.core.errors import ValidationError
    from carrier_app.sorting.sort_station import forward

    db = demo_db
    on_path, wrong = create(db, 2, branch="571-15")
    move(db, [on_path, wrong], [E.PICKUP, E.RECEIVE, E.SORT], "571")
    with UnitOfWork(db) as uow:                      # at the hub it is on its way
        with pytest.raises(ValidationError) as e:
            forward(uow, HUB, on_path)
    assert e.value.params["reason"] == "on_path" and "sort it normally" in e.value.message
    ms = HubSerials(db, "MF")
    ms.ensure(1)
    with UnitOfWork(db) as uow:                      # found at 571-12: not loose on a truck
        m = manifests.create_manifest(uow, AT_12, ms, "571-15")
        uow.commit()
    with UnitOfWork(db) as uow:
        with pytest.raises(WrongLocation):
            manifests.add_to_manifest(uow, AT_12, m.manifest_no, wrong)
    with UnitOfWork(db) as uow:
        forward(uow, AT_12, wrong)
    with UnitOfWork(db) as uow:
        assert manifests.add_to_manifest(uow, AT_12, m.manifest_no, wrong).number == wrong
        uow.commit()
    ev = last_event(db, wrong)
    assert ev.event == "FORWARD" and ev.location_code == "571-12" and "571-15" in ev.message

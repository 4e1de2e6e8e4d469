"""Couriers, assignment and runs on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from carrier_app.core.errors import IllegalTransition, PermissionDenied, ValidationError
from carrier_app.core.lifecycle import Status
from carrier_app.dispatch import assign as A
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.couriers import CourierInput, list_couriers, save_courier
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, ScanEvent
from delivery_support import arrived, dispatcher


def status(db, wb):
    with UnitOfWork(db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        return p.status, p.courier_id


def test_couriers_list_and_save(demo_db, actor):
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        rows = list_couriers(uow, d, "571-15")
        assert [r.code for r in rows] == ["C5711501", "C5711502"]
        assert rows[0].route_no == "01" and rows[0].capacity == 60
        saved = save_courier(uow, d, CourierInput("c5711503", "新人", "571-15", "03", 5))
        uow.commit()
    assert saved.code == "C5711503" and saved.route_no == "03" and saved.capacity == 5
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            save_courier(uow, d, CourierInput("C1", "x", "571-15", "99"))
        assert e.value.field == "route_no"
        with pytest.raises(ValidationError):
            save_courier(uow, d, CourierInput("C1", "x", "571-15", capacity=0))
        with pytest.raises(PermissionDenied):
            save_courier(uow, actor("clerk"), CourierInput("C1", "x", "571-15"))


def test_auto_assign_balances_by_route_within_capacity(demo_db):
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        save_courier(uow, d, CourierInput("C5711503", "三号", "571-15", "01", 2))
        save_courier(uow, d, CourierInput("C5711502", "二号", "571-15", "02", 1))
        uow.commit()
    wbs = arrived(demo_db, 5)  # all route 01 (postcode rule)
    with UnitOfWork(demo_db) as uow:
        pv = A.preview_auto_assign(uow, d, "571-15")
    by = {p.waybill_no: p for p in pv.proposals}
    assert set(by) == set(wbs)
    codes = [p.courier_code for p in pv.proposals]
    # route 01 couriers C5711501 (cap 60) and C5711503 (cap 2) share by load ratio
    assert codes.count("C5711503") == 1 and codes.count("C5711501") == 4
    assert all(p.note == "route" for p in pv.proposals)
    # the dispatcher moves one parcel before confirming
    with UnitOfWork(demo_db) as uow:
        pv = A.change_proposal(uow, pv, wbs[0], "C5711502")
        res = A.confirm(uow, d, pv)
    assert sorted(res.assigned) == sorted(wbs) and not res.conflicts
    assert status(demo_db, wbs[0])[0] == "ASSIGNED"
    with UnitOfWork(demo_db) as uow:
        loads = {r.code: r.load for r in list_couriers(uow, d, "571-15")}
    assert loads["C5711502"] == 1 and sum(loads.values()) == 5
    # nothing left to propose
    with UnitOfWork(demo_db) as uow:
        assert A.preview_auto_assign(uow, d, "571-15").proposals == []


def test_an_inactive_courier_gets_no_parcels(demo_db):
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        save_courier(uow, d, CourierInput("C5711503", "三号", "571-15", "01", 60))
        save_courier(uow, d, CourierInput("C5711501", "一号", "571-15", "01", 60,
                                          active=False))
        uow.commit()
    arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        pv = A.preview_auto_assign(uow, d, "571-15")
    assert {p.courier_code for p in pv.proposals} == {"C5711503"}
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        A.assign(uow, d, pv.proposals[0].waybill_no, "C5711501")  # scan-to-assign too
    assert "not active" in e.value.message


def test_overflow_and_full(demo_db):
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        save_courier(uow, d, CourierInput("C5711501", "一号", "571-15", "01", 1))
        save_courier(uow, d, CourierInput("C5711502", "二号", "571-15", "02", 1))
        uow.commit()
    arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        pv = A.preview_auto_assign(uow, d, "571-15")
    assert [p.note for p in pv.proposals] == ["route", "overflow", "full"]
    assert pv.proposals[2].courier_id is None


def test_scan_to_assign_reassign_and_bad_input(demo_db, actor):
    d = dispatcher()
    wb, wb2 = arrived(demo_db, 2)
    with UnitOfWork(demo_db) as uow:
        A.assign(uow, d, wb, "C5711501")
    assert status(demo_db, wb)[0] == "ASSIGNED"
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            A.assign(uow, d, wb, "C5711502")
        assert e.value.field == "reason"
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(IllegalTransition):
            A.assign(uow, d, wb, "C5711502", only_unassigned=True)
    with UnitOfWork(demo_db) as uow:
        r = A.assign(uow, d, wb, "C5711502", reason="route swap")
    assert r.status_after == Status.ASSIGNED
    with UnitOfWork(demo_db) as uow:
        ev = uow.session.scalars(select(ScanEvent.details).where(ScanEvent.event == "ASSIGN")
                                 .order_by(ScanEvent.id.desc())).first()
        assert "route swap" in ev
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        A.assign(uow, actor("clerk"), wb2, "C5711501")


def test_run_print_sends_out_and_close_needs_every_parcel(demo_db):
    d = dispatcher()
    wbs = arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        for wb in wbs:
            A.assign(uow, d, wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        sheet = R.create_run(uow, d, "C5711501")
    assert [x.waybill_no for x in sheet.lines] == sorted(wbs, key=lambda w: wbs.index(w))
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        R.create_run(uow, d, "C5711501")   # all on the open run already
    with UnitOfWork(demo_db) as uow:
        pdf = R.print_run(uow, d, sheet.id)
    assert pdf.startswith(b"%PDF")
    assert all(status(demo_db, wb)[0] == "OUT_FOR_DELIVERY" for wb in wbs)
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition):
        A.assign(uow, d, wbs[0], "C5711502", reason="x")  # out for delivery
    with UnitOfWork(demo_db) as uow:
        R.not_attempted(uow, d, sheet.run_no, wbs[0], "rain")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        R.close_run(uow, d, sheet.id)
    assert set(e.value.params["missing"]) == set(wbs[1:])
    with UnitOfWork(demo_db) as uow:
        for wb in wbs[1:]:
            R.not_attempted(uow, d, sheet.id, wb)
    with UnitOfWork(demo_db) as uow:
        out = R.close_run(uow, d, sheet.id)
    assert sorted(out.not_attempted) == sorted(wbs)
    assert status(demo_db, wbs[0]) == ("ARRIVED", None)
    # back in tomorrow's assignment
    with UnitOfWork(demo_db) as uow:
        assert len(A.preview_auto_assign(uow, d, "571-15").proposals) == 3


def test_run_sheet_is_in_route_order(demo_db):
    """By sort code, then street numbers as numbers (9 before 10 before 100), whatever order
    the parcels were created or assigned in."""
    from sqlalchemy import update

    d = dispatcher()
    wbs = arrived(demo_db, 4, addresses=["测试路 1 号", "测试路 100 号", "测试路 10 号",
                                         "测试路 9 号"])
    with UnitOfWork(demo_db) as uow:  # the first one is on the route after
        uow.session.execute(update(Parcel).where(Parcel.waybill_no == wbs[0])
                            .values(sort_code="571-15-02"))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        for wb in wbs:
            A.assign(uow, d, wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        sheet = R.create_run(uow, d, "C5711501")
    assert [x.waybill_no for x in sheet.lines] == [wbs[3], wbs[2], wbs[1], wbs[0]]
    assert [x.seq for x in sheet.lines] == [1, 2, 3, 4]


def test_reassigning_before_printing_moves_the_parcel_off_the_old_run(demo_db):
    d = dispatcher()
    wb, wb2 = arrived(demo_db, 2)
    with UnitOfWork(demo_db) as uow:
        A.assign(uow, d, wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        A.assign(uow, d, wb2, "C5711501")
    with UnitOfWork(demo_db) as uow:
        run = R.create_run(uow, d, "C5711501")
    with UnitOfWork(demo_db) as uow:
        A.assign(uow, d, wb, "C5711502", reason="C5711501 off sick")
    with UnitOfWork(demo_db) as uow:
        assert [x.waybill_no for x in R.run_sheet(uow, d, run.id).lines] == [wb2]
        other = R.create_run(uow, d, "C5711502")
    assert [x.waybill_no for x in other.lines] == [wb]
    with UnitOfWork(demo_db) as uow:
        A.unassign(uow, d, wb2, "no courier")
    with UnitOfWork(demo_db) as uow:
        assert R.run_sheet(uow, d, run.id).lines == []
    assert status(demo_db, wb2) == ("ARRIVED", None)


def test_print_cancelled_half_way_sends_the_rest_out_on_the_next_print(demo_db):
    d = dispatcher()
    wbs = arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        for wb in wbs:
            A.assign(uow, d, wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        run = R.create_run(uow, d, "C5711501")
    seen: list[tuple[int, int]] = []
    with UnitOfWork(demo_db) as uow:
        R.print_run(uow, d, run.id, progress=lambda n, t: seen.append((n, t)),
                    cancelled=lambda: len(seen) >= 1)
    assert seen == [(1, 3)]
    assert sorted(status(demo_db, wb)[0] for wb in wbs) == [
        "ASSIGNED", "ASSIGNED", "OUT_FOR_DELIVERY"]
    with UnitOfWork(demo_db) as uow:
        R.print_run(uow, d, run.id)
    assert {status(demo_db, wb)[0] for wb in wbs} == {"OUT_FOR_DELIVERY"}


def test_scan_to_assign_respects_the_couriers_capacity(demo_db):
    """Capacity held only in the auto-assign preview before: a scan filled a courier past it."""
    d = dispatcher()
    with UnitOfWork(demo_db) as uow:
        save_courier(uow, d, CourierInput("C5711509", "小容量", "571-15", "01", 2))
        uow.commit()
    wbs = arrived(demo_db, 3)
    with UnitOfWork(demo_db) as uow:
        A.assign(uow, d, wbs[0], "C5711509")
        A.assign(uow, d, wbs[1], "C5711509")
        with pytest.raises(ValidationError) as e:
            A.assign(uow, d, wbs[2], "C5711509")
    assert e.value.params["reason"] == "courier_full" and "2/2" in e.value.message
    assert status(demo_db, wbs[2]) == (Status.ARRIVED.value, None)
    with UnitOfWork(demo_db) as uow:   # the same courier again is no extra load
        A.assign(uow, d, wbs[1], "C5711509")

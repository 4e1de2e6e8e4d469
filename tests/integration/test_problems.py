"""Problem parcels (问题件) and intercepts (拦截/改址), on SQLite and PostgreSQL: a flagged
parcel is refused at every normal step with the problem named, and moves on once resolved."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from carrier_app.core.errors import IllegalTransition, PermissionDenied, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.roles import Actor, Role
from carrier_app.delivery.attempts import fail
from carrier_app.delivery.pod import DeliveryInput, deliver
from carrier_app.dispatch.assign import assign
from carrier_app.problems import service as problems
from carrier_app.sorting import bags
from carrier_app.sorting.common import HubSerials
from carrier_app.sorting.sort_station import SortOutcome, SortStation
from carrier_app.store import UnitOfWork
from carrier_app.store.models import ScanEvent
from tests.delivery_support import (
    SUPERVISOR, arrived, create, dispatcher, move, out_for_delivery, pdf_text_and_codes, strokes,
)
from tests.hub_support import events_of, status_of

DESK = Actor(None, "desk", Role.SUPERVISOR, station="desk-1", location="571")
SECOND = Actor(None, "chief", Role.SUPERVISOR, station="desk-2", location="571")
NEW_ADDRESS = "上海市徐汇区漕溪北路 1 号"   # routes to 021-08, route 02 (district rule)


def received(db, n: int = 1) -> list[str]:
    wbs = create(db, n, branch="571-15")
    move(db, wbs, [Event.PICKUP, Event.RECEIVE], "571")
    return wbs


def rejected_messages(db, wb: str) -> list[str]:
    with UnitOfWork(db) as uow:
        return list(uow.session.scalars(
            select(ScanEvent.message).join_from(ScanEvent, problems.Parcel,
                                                 problems.Parcel.id == ScanEvent.parcel_id)
            .where(problems.Parcel.waybill_no == wb, ScanEvent.event == "REJECTED")
            .order_by(ScanEvent.id)))


def test_flagged_parcel_is_refused_everywhere_then_moves_on_with_its_new_address(demo_db):
    (wb,) = received(demo_db)
    with UnitOfWork(demo_db) as uow:
        reg = problems.register_problem(uow, DESK, wb, "ADDRESS", "门牌号不存在")
    assert reg.status is Status.HELD and status_of(demo_db, wb) == "HELD"
    banner = f"{wb}: 问题件 (地址不详) open at 571 — handle it at the exceptions desk"

    sort = SortStation(demo_db, SUPERVISOR).scan(wb)           # sort
    assert sort.outcome is SortOutcome.HELD and sort.message == banner
    serials = HubSerials(demo_db, "BG")                         # bag
    serials.ensure(1)
    with UnitOfWork(demo_db) as uow:
        bag = bags.open_bag(uow, SUPERVISOR, serials, "571-15")
        uow.commit()
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:
        bags.add_to_bag(uow, SUPERVISOR, bag.bag_no, wb)
    assert e.value.message == banner
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:   # assign
        assign(uow, dispatcher("571-15"), wb, "C5711501")
    assert e.value.message == banner
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:   # deliver
        deliver(uow, SUPERVISOR, DeliveryInput(wb, "张三", "SELF", strokes()))
    assert e.value.message == banner and e.value.params["problem"] == reg.problem_id
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:   # failed attempt
        fail(uow, SUPERVISOR, wb, "NOBODY_HOME")
    assert e.value.message == banner
    # Every refusal is recorded, naming the problem.
    assert rejected_messages(demo_db, wb) == [banner] * 5

    with UnitOfWork(demo_db) as uow:
        problems.add_contact(uow, DESK, wb, "收件人 13812345678", "搬家了，给了新地址")
    with UnitOfWork(demo_db) as uow:
        done = problems.resolve(uow, DESK, wb, "new-address", address=NEW_ADDRESS)
    assert done.closed and done.sort_code == "021-08-02" and done.parcel_status is Status.RECEIVED
    text, codes = pdf_text_and_codes(done.label_pdf)
    assert "漕溪北路" in text and wb in codes and "021-08-02" in text and "补打" in text

    again = SortStation(demo_db, SUPERVISOR).scan(wb)
    assert again.outcome is SortOutcome.OK and again.sort_code == "021-08-02"
    assert again.branch.startswith("021-08")
    history = [e for e, _ in events_of(demo_db, wb)]
    assert history[history.index("HOLD"):] == [
        "HOLD", "NOTE", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "REJECTED", "NOTE",
        "REROUTE",
        "RELEASE", "REPRINT", "SORT"]
    with UnitOfWork(demo_db) as uow:
        (row,) = problems.list_problems(uow, DESK, waybill=wb)
    assert row.status == "CLOSED" and row.resolution == "new-address"
    assert [c.outcome for c in problems_contacts(demo_db, row.id)] == ["搬家了，给了新地址"]


def problems_contacts(db, problem_id):
    with UnitOfWork(db) as uow:
        return problems.contacts(uow, DESK, problem_id)


def test_resolving_a_closed_problem_is_refused(demo_db):
    (wb,) = received(demo_db)
    with UnitOfWork(demo_db) as uow:
        reg = problems.register_problem(uow, DESK, wb, "拒收")
    with UnitOfWork(demo_db) as uow:
        problems.resolve(uow, DESK, reg.problem_id, "deliver-as-is")
    assert status_of(demo_db, wb) == "RECEIVED"
    for key in (reg.problem_id, wb):
        with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
            problems.resolve(uow, DESK, key, "return")
        assert e.value.params["reason"] == "closed"
        assert f"problem #{reg.problem_id} of {wb} is already closed" in e.value.message
    assert status_of(demo_db, wb) == "RECEIVED"


def test_intercept_of_a_delivered_parcel_is_refused(demo_db):
    wbs, _run = out_for_delivery(demo_db, 1)
    with UnitOfWork(demo_db) as uow:
        deliver(uow, dispatcher("571-15"), DeliveryInput(wbs[0], "张三", "SELF", strokes()))
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:
        problems.request_intercept(uow, DESK, wbs[0], return_to_sender=True)
    assert e.value.message == f"{wbs[0]} is DELIVERED; it cannot be intercepted"
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition):
        problems.register_problem(uow, DESK, wbs[0], "DAMAGED")
    with UnitOfWork(demo_db) as uow:
        assert problems.list_problems(uow, DESK) == []


def test_intercept_in_transit_stops_the_parcel_at_the_next_station_and_returns_it(demo_db):
    wbs = create(demo_db, 1, branch="571-15")
    move(demo_db, wbs, [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    wb = wbs[0]
    cs = Actor(None, "kefu", Role.SUPERVISOR, station="cs-desk", location="571-12")
    with UnitOfWork(demo_db) as uow:
        problems.request_intercept(uow, cs, wb, return_to_sender=True, note="商家来电")
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:
        from carrier_app.tracking.scans import append_scan
        append_scan(uow, dispatcher("571-15"), wb, Event.ARRIVE)
    assert e.value.message == (f"{wb}: 问题件 (商家拦截) open at 571 — handle it at the "
                               "exceptions desk: 退回 return to sender")
    at_hub = SortStation(demo_db, SUPERVISOR).scan(wb)
    assert (at_hub.outcome, at_hub.alert) == (SortOutcome.HELD, "intercept")
    assert at_hub.message == e.value.message
    with UnitOfWork(demo_db) as uow:
        done = problems.resolve(uow, SUPERVISOR, wb, "return")
    assert status_of(demo_db, wb) == "RETURN_TO_SENDER" and done.label_pdf
    assert done.sort_code.startswith("571-12")   # M001's home branch


def test_address_intercept_carries_its_new_sort_code(demo_db):
    (wb,) = arrived(demo_db, 1, branch="571-15")
    with UnitOfWork(demo_db) as uow:
        problems.request_intercept(uow, DESK, wb, address=NEW_ADDRESS)
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:
        assign(uow, dispatcher("571-15"), wb, "C5711501")
    assert e.value.message.endswith("改址 new address → 021-08-02")
    with UnitOfWork(demo_db) as uow:
        done = problems.resolve(uow, DESK, wb, "new-address")   # the intercept's address
    assert done.sort_code == "021-08-02" and status_of(demo_db, wb) == "ARRIVED"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        problems.request_intercept(uow, DESK, wb, address="火星基地 1 号")
    assert e.value.params["reason"] == "no_route"


def test_destroy_needs_a_second_different_user(demo_db):
    (wb,) = received(demo_db)
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, DESK, wb, "PROHIBITED", "锂电池")
    with UnitOfWork(demo_db) as uow:
        asked = problems.resolve(uow, DESK, wb, "destroy")
    assert not asked.closed and status_of(demo_db, wb) == "HELD"
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied) as e:
        problems.approve(uow, DESK, wb)
    assert "needs a second person's approval; desk asked for it" in e.value.message
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e2:
        problems.resolve(uow, SECOND, wb, "deliver-as-is")
    assert e2.value.params["reason"] == "awaiting_approval"
    with UnitOfWork(demo_db) as uow:
        done = problems.approve(uow, SECOND, wb)
    assert done.closed and status_of(demo_db, wb) == "EXCEPTION"
    with UnitOfWork(demo_db) as uow:
        (row,) = problems.list_problems(uow, DESK, waybill=wb)
    assert (row.resolution, row.approved_by, row.closed_by) == ("destroy", "chief", "chief")


def test_claim_is_capped_at_the_declared_value(demo_db):
    (wb,) = received(demo_db)
    with UnitOfWork(demo_db) as uow:
        uow.session.execute(problems.Parcel.__table__.update().values(declared_value_fen=20000)
                            .where(problems.Parcel.waybill_no == wb))
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, DESK, wb, "DAMAGED")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        problems.resolve(uow, DESK, wb, "claim", amount=Decimal("200.01"))
    assert e.value.params["reason"] == "claim_cap" and "¥200.00" in e.value.message
    with UnitOfWork(demo_db) as uow:
        problems.resolve(uow, DESK, wb, "claim", amount=Decimal("150"))
    with UnitOfWork(demo_db) as uow:
        problems.approve(uow, SECOND, wb)
    with UnitOfWork(demo_db) as uow:
        (row,) = problems.list_problems(uow, DESK, waybill=wb)
    assert row.claim_amount == Decimal("150.00") and row.resolution == "claim"


def test_ageing_and_one_open_problem_per_parcel(demo_db):
    a, b = received(demo_db, 2)
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, DESK, a, "UNREACHABLE")
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, DESK, b, "OTHER")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        problems.register_problem(uow, DESK, a, "DAMAGED")
    assert e.value.params["reason"] == "already_open"
    with UnitOfWork(demo_db) as uow:
        first = problems.list_problems(uow, DESK, open_only=True)[0]
        later = problems.list_problems(uow, DESK, open_only=True, age_limit_hours=2,
                                       now=first.opened_at + timedelta(hours=3))
    assert [r.waybill_no for r in later] == [a, b] and all(r.overdue for r in later)
    assert 2.9 < later[0].age_hours < 3.1
    assert not any(r.overdue for r in problems_open(demo_db))


def problems_open(db):
    with UnitOfWork(db) as uow:
        return problems.list_problems(uow, DESK, open_only=True)


def test_new_address_to_another_branch_takes_an_assigned_parcel_off_its_courier(demo_db):
    (wb,) = arrived(demo_db, 1, branch="571-15")
    with UnitOfWork(demo_db) as uow:
        assign(uow, dispatcher("571-15"), wb, "C5711501")
    with UnitOfWork(demo_db) as uow:
        problems.register_problem(uow, DESK, wb, "ADDRESS")
    with UnitOfWork(demo_db) as uow:
        done = problems.resolve(uow, DESK, wb, "new-address", address="杭州市西湖区文三路 1 号",
                                postcode="310012")
    assert done.sort_code == "571-12-01" and done.parcel_status is Status.ARRIVED
    assert [e for e, _ in events_of(demo_db, wb)][-3:] == ["RELEASE", "UNASSIGN", "REPRINT"]


@pytest.mark.postgres
def test_two_desks_registering_the_same_parcel_at_once_make_one_problem(pg_schema):
    import threading

    from carrier_app.demo.seed import seed

    db1, db2 = pg_schema.open(), pg_schema.open()
    try:
        seed(db1, parcels=0)
        (wb,) = received(db1)
        barrier = threading.Barrier(2)
        outcomes: list[str] = []

        def desk(db, who: str) -> None:
            barrier.wait(5)
            try:
                with UnitOfWork(db) as uow:
                    problems.register_problem(uow, Actor(None, who, Role.SUPERVISOR, who, "571"),
                                              wb, "DAMAGED")
                outcomes.append("ok")
            except ValidationError as exc:
                outcomes.append(str(exc.params["reason"]))

        threads = [threading.Thread(target=desk, args=(db, f"desk{i}"))
                   for i, db in enumerate((db1, db2))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(outcomes) == ["already_open", "ok"]
        assert [e for e, _ in events_of(db1, wb)].count("HOLD") == 1
    finally:
        db1.dispose()
        db2.dispose()

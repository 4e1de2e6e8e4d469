"""Hub services on SQLite and PostgreSQL: merchants, pickups, receiving, routing rules,
sort station outcomes, bags, manifests and arrival reconciliation."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from carrier_app.core import hubnumbers, s10
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.pickup import merchants, receiving, requests
from carrier_app.sorting import arrival, bags, manifests, rules
from carrier_app.sorting.common import HubSerials
from carrier_app.sorting.routing import load_router
from carrier_app.sorting.sort_station import SortOutcome, SortStation
from carrier_app.store import UnitOfWork
from hub_support import SUP, TO_021_03, TO_571_12, TO_571_15, events_of, make_parcels, status_of

R, S = Event.RECEIVE, Event.SORT


def test_merchant_edit_validation_and_no_delete_with_parcels(demo_db):
    data = merchants.MerchantData(code="m100", name="测试商户", phone="13800001234",
                                  address="文三路 1 号", postcode="310012", home_branch="571-12",
                                  settlement_bank="招商银行", settlement_holder="测试商户",
                                  settlement_account="6225 8800 1234 5678")
    with UnitOfWork(demo_db) as uow:
        mid = merchants.save_merchant(uow, SUP, data)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            merchants.save_merchant(uow, SUP, merchants.MerchantData(**{**data.__dict__,
                                                                        "postcode": "31"}),
                                    merchant_id=mid)
        assert e.value.field == "postcode"
        with pytest.raises(ValidationError) as e:
            merchants.save_merchant(uow, SUP, merchants.MerchantData(**{**data.__dict__,
                                                                        "code": "M001"}),
                                    merchant_id=mid)
        assert e.value.field == "code"
        row = merchants.get_merchant(uow, SUP, "M100")
        assert row.home_branch == "571-12" and row.settlement_account == "6225880012345678"
        assert [r.code for r in merchants.list_merchants(uow, SUP, "测试")] == ["M100"]
    make_parcels(demo_db, 1, merchant_id=1)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            merchants.delete_merchant(uow, SUP, "M001")
        assert e.value.params["reason"] == "has_parcels"
        merchants.set_active(uow, SUP, "M001", False)
        merchants.delete_merchant(uow, SUP, "M100")
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        codes = {r.code: r.active for r in merchants.list_merchants(uow, SUP)}
    assert codes["M001"] is False and "M100" not in codes


def test_pickup_request_collect_close_and_receiving_discrepancies(demo_db):
    wbs = make_parcels(demo_db, 3, merchant_id=1, weight="1.000")
    other = make_parcels(demo_db, 1, merchant_id=2)[0]
    today = date.today()
    with UnitOfWork(demo_db) as uow:
        req = requests.create_request(uow, SUP, "M001", today, "09:00", "12:00", 4, "门卫处")
        with pytest.raises(ValidationError):
            requests.create_request(uow, SUP, "M001", today, "12:00", "09:00", 4)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError):
            requests.collect(uow, SUP, req.id, wbs[0])  # no courier yet
        requests.assign_courier(uow, SUP, req.id, "C5711201")
        uow.commit()
    for wb in wbs[:2]:
        with UnitOfWork(demo_db) as uow:
            assert requests.collect(uow, SUP, req.id, wb).status_after is Status.PICKED_UP
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            requests.collect(uow, SUP, req.id, other)
        assert e.value.params["reason"] == "other_merchant"
        done = requests.close_request(uow, SUP, req.id)
        uow.commit()
    assert (done.expected, done.collected, done.waybills) == (4, 2, wbs[:2])
    # Receive: one normal, one with a weight far off; one without pickup; one never received.
    with UnitOfWork(demo_db) as uow:
        ok = receiving.receive(uow, SUP, wbs[0], Decimal("1.020"))
    with UnitOfWork(demo_db) as uow:
        heavy = receiving.receive(uow, SUP, wbs[2], receiving.parse_weight("1500g"))
    assert not ok.weight_flag and heavy.weight_flag and heavy.without_pickup
    assert ok.scan.status_after is Status.RECEIVED
    with UnitOfWork(demo_db) as uow:
        found = {(d.waybill_no, d.kind) for d in receiving.discrepancies(uow, SUP, today)}
    assert found == {(wbs[2], "unexpected"), (wbs[2], "weight"), (wbs[1], "missing")}
    with pytest.raises(ValidationError):
        receiving.parse_weight("abc")


def test_routing_rules_test_box_csv_roundtrip_manual_queue_and_reroute(demo_db):
    with UnitOfWork(demo_db) as uow:
        rid = rules.save_rule(uow, SUP, rules.RuleInput("571-15", "03", postcode_prefix="3100"))
        uow.commit()
        router = load_router(uow)
    t = rules.test_address(router, postcode="310099")
    assert t.sort_code == "571-15-03" and "3100" in t.reason
    t = rules.test_address(router, postcode="310012")  # the longer demo prefix wins
    assert t.sort_code == "571-12-01"
    assert rules.test_address(router, province="新疆").sort_code is None
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            rules.save_rule(uow, SUP, rules.RuleInput("571-99", postcode_prefix="1"))
        assert e.value.field == "branch"
        text = rules.export_csv(uow, SUP)
        rules.delete_rule(uow, SUP, rid)
        uow.commit()
    assert "3100,,,,571-15,03,1" in text
    with UnitOfWork(demo_db) as uow:
        res = rules.import_csv(uow, SUP, text)
        uow.commit()
    assert (res.added, res.updated) == (1, 12)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            rules.import_csv(uow, SUP, "postcode_prefix,branch\n12x,571-12\n")
        assert "line 2" in str(e.value)
        from sqlalchemy import text as sql
        assert uow.session.execute(sql("select count(*) from audit_log where entity = "
                                       "'routing_rule'")).scalar_one() >= 14
    manual = make_parcels(demo_db, 1, postcode="")[0]
    with UnitOfWork(demo_db) as uow:
        assert [q.waybill_no for q in rules.manual_queue(uow, SUP)] == [manual]
        out = rules.route_parcel(uow, SUP, manual, "021-03", "02", add_rule=True)
        uow.commit()
    assert out.sort_code == "021-03-02" and out.rule_added
    with UnitOfWork(demo_db) as uow:
        assert rules.manual_queue(uow, SUP) == []
    assert events_of(demo_db, manual)[-1] == ("REROUTE", None)


def test_sort_station_outcomes(demo_db):
    ok, dup, held, missort = make_parcels(demo_db, 4, steps=(R,))
    cancelled = make_parcels(demo_db, 1)[0]
    manual = make_parcels(demo_db, 1, postcode="", steps=(R,))[0]
    with UnitOfWork(demo_db) as uow:
        from carrier_app.tracking.scans import append_scan
        append_scan(uow, SUP, held, Event.HOLD)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        append_scan(uow, SUP, cancelled, Event.CANCEL)
        uow.commit()
    station = SortStation(demo_db, SUP)
    r = station.scan(ok)
    assert (r.outcome, r.sort_code, r.branch) == (SortOutcome.OK, "571-12-01", "571-12 西湖营业部")
    assert station.scan(ok).outcome is SortOutcome.DUPLICATE
    assert station.scan(s10.make("ZZ", 12345678)).outcome is SortOutcome.UNKNOWN
    assert station.scan(ok[:10] + "9CN" if ok[10] != "9" else ok[:10] + "8CN").outcome \
        is SortOutcome.CHECK_DIGIT
    assert station.scan(held).outcome is SortOutcome.HELD
    assert station.scan(cancelled).outcome is SortOutcome.CANCELLED
    assert station.scan(manual).outcome is SortOutcome.MANUAL
    assert station.scan(missort).outcome is SortOutcome.OK
    with UnitOfWork(demo_db) as uow:
        rules.route_parcel(uow, SUP, missort, "571-15", "01", reason="address corrected")
        uow.commit()
    r = station.scan(missort)
    assert (r.outcome, r.previous_sort_code, r.sort_code) == (SortOutcome.MISSORT, "571-12-01",
                                                             "571-15-01")
    assert station.counts[SortOutcome.OK] == 2 and station.total == 9
    assert status_of(demo_db, dup) == "RECEIVED"
    # A bagged parcel scanned again stays in its bag.
    serials = HubSerials(demo_db, "BG")
    serials.ensure(1)
    with UnitOfWork(demo_db) as uow:
        bag = bags.open_bag(uow, SUP, serials, "571-12")
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        bags.add_to_bag(uow, SUP, bag.bag_no, ok)
    station.refresh()
    assert station.scan(ok).outcome is SortOutcome.DUPLICATE
    assert status_of(demo_db, ok) == "BAGGED"
    another = make_parcels(demo_db, 1, steps=(R,))[0]
    assert station.scan(another).bag_no == bag.bag_no  # the open bag for its destination


def _sorted(db, n, postcode):
    return make_parcels(db, n, postcode=postcode, steps=(R, S))


def test_bags_manifest_departure_and_arrival_reconciliation(demo_db):
    a, b, c = _sorted(demo_db, 3, TO_021_03)
    wrong = _sorted(demo_db, 1, TO_571_15)[0]
    loose, misrouted = _sorted(demo_db, 1, TO_021_03)[0], _sorted(demo_db, 1, TO_571_12)[0]
    overage = _sorted(demo_db, 1, TO_021_03)[0]
    bag_serials = HubSerials(demo_db, "BG")
    man_serials = HubSerials(demo_db, "MF")
    bag_serials.ensure(1)
    man_serials.ensure(1)
    with UnitOfWork(demo_db) as uow:
        bag = bags.open_bag(uow, SUP, bag_serials, "021")
        uow.commit()
    for wb in (a, b, c):
        with UnitOfWork(demo_db) as uow:
            assert bags.add_to_bag(uow, SUP, bag.bag_no, wb).status_after is Status.BAGGED
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            bags.add_to_bag(uow, SUP, bag.bag_no, wrong)
        assert e.value.params["reason"] == "wrong_destination"
    with UnitOfWork(demo_db) as uow:
        bags.unbag(uow, SUP, bag.bag_no, c, "damaged box")
    assert status_of(demo_db, c) == "SORTED"
    with UnitOfWork(demo_db) as uow:
        sealed = bags.seal_bag(uow, SUP, bag.bag_no)
        uow.commit()
    assert (sealed.status, sealed.pieces, sealed.weight_g) == ("SEALED", 2, 2000)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            bags.add_to_bag(uow, SUP, bag.bag_no, c)
        assert e.value.params["reason"] == "bag_sealed"
    with UnitOfWork(demo_db) as uow:
        m = manifests.create_manifest(uow, SUP, man_serials, "021", vehicle="浙A12345")
        manifests.add_to_manifest(uow, SUP, m.manifest_no, bag.bag_no)
        manifests.add_to_manifest(uow, SUP, m.manifest_no, loose)
        manifests.add_to_manifest(uow, SUP, m.manifest_no, c)
        with pytest.raises(ValidationError):
            manifests.add_to_manifest(uow, SUP, m.manifest_no, wrong)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            manifests.depart(uow, SUP, m.manifest_no)
        assert e.value.field == "seal_no"
    asked = iter(range(100))
    with UnitOfWork(demo_db) as uow:  # cancelled half-way, then departed again to finish
        dep = manifests.depart(uow, SUP, m.manifest_no, seal_no="S-0099", driver="王师傅",
                               cancelled=lambda: next(asked) >= 2)
    assert dep.problems and "cancelled" in dep.problems[0]
    with UnitOfWork(demo_db) as uow:
        dep = manifests.depart(uow, SUP, m.manifest_no)
    assert dep.parcels == 4 and not dep.problems
    for wb in (a, b, c, loose):
        assert status_of(demo_db, wb) == "IN_TRANSIT"
    with UnitOfWork(demo_db) as uow:
        info = manifests.manifest_info(uow, SUP, m.manifest_no)
    assert (info.bags, info.parcels, info.status) == (1, 4, "DEPARTED")
    # Misrouted and overage parcels travel loose on other paperwork: fake their transit.
    from carrier_app.tracking.scans import append_scan
    for wb in (misrouted, overage):
        with UnitOfWork(demo_db) as uow:
            append_scan(uow, SUP, wb, Event.DEPART)
            uow.commit()
    hub021 = SUP.__class__(None, "arr", SUP.role, station="t2", location="021")
    with UnitOfWork(demo_db) as uow:
        sid = arrival.start(uow, hub021)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        assert arrival.scan(uow, hub021, sid, bag.bag_no).parcels == 2
    for wb, expected, mis in ((loose, True, False), (misrouted, False, True),
                              (overage, False, False)):
        with UnitOfWork(demo_db) as uow:
            r = arrival.scan(uow, hub021, sid, wb)
        assert (r.expected, r.misrouted) == (expected, mis)
    with UnitOfWork(demo_db) as uow:
        st = arrival.state(uow, hub021, sid)
    assert (st.expected, st.scanned_expected, st.scanned_unexpected, st.missing) == (4, 3, 2, [c])
    with UnitOfWork(demo_db) as uow:
        rec = arrival.close(uow, hub021, sid)
        uow.commit()
    assert (rec.shortages, rec.overages, rec.misroutes) == ([c], [overage], [misrouted])
    assert status_of(demo_db, a) == "ARRIVED"
    assert events_of(demo_db, c)[-1] == ("NOTE", None)
    assert events_of(demo_db, misrouted)[-1] == ("REROUTE", None)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError):
            arrival.scan(uow, hub021, sid, a)
        with pytest.raises(NotFound):
            bags.bag_info(uow, SUP, hubnumbers.make("BG", 99999999))

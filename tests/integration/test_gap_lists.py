"""留仓 and gap lists (issue 13 item 3) on SQLite and PostgreSQL: a seeded day with parcels in
each state, moved there by real scans and then dated back; the rows and counts of every list
computed by hand; the CSV and XLSX exports read back; bad input refused."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from typing import cast

import pytest
from sqlalchemy import Table, update

from carrier_app.core.clock import local_iso, local_midnight, local_today, utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.delivery.attempts import fail
from carrier_app.dispatch.assign import assign
from carrier_app.reports import lists_export
from carrier_app.reports.lists import GapList, gap_list, mask_name
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.models import DeliveryRun, Parcel
from tests.gap_support import backdate
from tests.delivery_support import arrived, create, dispatcher, move, out_for_delivery

P = cast(Table, Parcel.__table__)
READER = Actor(None, "boss", Role.SUPERVISOR, station="ws", location="571")


def run(db: Database, name: str, location: str = "all", hours: int | None = None,
        **kw: object) -> GapList:
    with UnitOfWork(db) as uow:
        return gap_list(uow, READER, name, location, hours, **kw)  # type: ignore[arg-type]


@pytest.fixture
def day(demo_db: Database, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """The seeded day (depot time Asia/Shanghai)."""
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    db = demo_db
    yesterday = local_midnight(local_today()) - timedelta(hours=2)
    long_ago = utcnow() - timedelta(hours=30)
    s: dict[str, list[str]] = {}
    # (a) 留仓: two at 571-15 since yesterday (one assigned), one at 571-12; one arrived today.
    s["over_15"] = arrived(db, 2, branch="571-15")
    s["over_12"] = arrived(db, 1, branch="571-12")
    s["arrived_today"] = arrived(db, 1, branch="571-15")
    # (b) 进站未出站 at 571: received and sorted 30 h ago; one received just now.
    s["in_old"] = create(db, 2, branch="571-18")
    move(db, s["in_old"], [Event.PICKUP, Event.RECEIVE], "571")
    move(db, s["in_old"][1:], [Event.SORT], "571")
    backdate(db, s["in_old"], long_ago)
    s["in_new"] = create(db, 1, branch="571-18")
    move(db, s["in_new"], [Event.PICKUP, Event.RECEIVE], "571")
    # (c) departed from 571 30 h ago, not arrived; one departed just now.
    s["transit_old"] = create(db, 1, branch="021-08")
    move(db, s["transit_old"], [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    backdate(db, s["transit_old"], long_ago)
    s["transit_new"] = create(db, 1, branch="021-08")
    move(db, s["transit_new"], [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    # (d) out for delivery: one on today's run, one on a run dated yesterday (overdue).
    s["out_today"], _ = out_for_delivery(db, 1, courier="C5711501")
    s["out_late"], late_run = out_for_delivery(db, 1, courier="C5711502")
    with UnitOfWork(db) as uow:
        uow.session.execute(update(DeliveryRun).where(DeliveryRun.id == late_run)
                            .values(run_date=local_today() - timedelta(days=1)))
        uow.commit()
    # (e) failed: next attempt today (due) and tomorrow (not due).
    failed, _ = out_for_delivery(db, 2, courier="C5711501")
    with UnitOfWork(db) as uow:
        fail(uow, dispatcher("571-15"), failed[0], "NOBODY_HOME", next_attempt=local_today())
    with UnitOfWork(db) as uow:
        fail(uow, dispatcher("571-15"), failed[1], "NOBODY_HOME")
    s["failed_due"], s["failed_later"] = failed[:1], failed[1:]
    # Assigned after the runs were made (a run takes every parcel assigned to its courier).
    with UnitOfWork(db) as uow:
        assign(uow, dispatcher("571-15"), s["over_15"][1], "C5711502")
    backdate(db, s["over_15"] + s["over_12"], yesterday)
    return s


def test_each_list_has_the_hand_computed_rows_and_counts(demo_db, day):
    db, now = demo_db, utcnow()
    g = run(db, "overnight")
    assert sorted(r.waybill_no for r in g.rows) == sorted(day["over_15"] + day["over_12"])
    assert g.counts == [("571-12", 1), ("571-15", 2)] and g.total == 3 and not g.truncated
    assert g.hours is None
    by_wb = {r.waybill_no: r for r in g.rows}
    assigned = by_wb[day["over_15"][1]]
    assert assigned.status == "ASSIGNED" and assigned.courier == "C5711502"
    assert by_wb[day["over_15"][0]].status == "ARRIVED" and by_wb[day["over_15"][0]].courier == ""
    assert assigned.since < local_midnight(local_today())
    assert assigned.recipient == "张* 138****5678"
    assert 2 <= assigned.age_hours <= 26
    assert run(db, "overnight", "571-12").total == 1
    assert run(db, "overnight", "571").total == 3          # a hub takes in its branches
    assert run(db, "留仓", "021").total == 0

    g = run(db, "not-departed", "571", 24)
    assert [r.waybill_no for r in g.rows] == sorted(day["in_old"])
    assert [r.status for r in g.rows] == ["RECEIVED", "SORTED"]
    assert g.counts == [("571", 2)] and g.hours == 24
    assert all(29.9 <= r.age_hours <= 30.2 for r in g.rows)
    assert run(db, "not-departed", "571", 0).total == 3    # the one just received too
    assert run(db, "not-departed", "571", 31).total == 0
    assert run(db, "not-departed", "571-15", 0).total == 0

    g = run(db, "no-arrival", hours=24)
    assert [r.waybill_no for r in g.rows] == day["transit_old"]
    assert g.rows[0].location == "571" and g.counts == [("571", 1)]
    assert run(db, "no-arrival", hours=0).total == 2

    g = run(db, "out-not-closed", "571-15")
    assert {r.waybill_no: (r.courier, r.overdue) for r in g.rows} == {
        day["out_today"][0]: ("C5711501", False), day["out_late"][0]: ("C5711502", True)}
    assert all(r.run_no.startswith("R57115") for r in g.rows)
    assert g.rows[0].due is not None and g.total == 2

    g = run(db, "failed-due")
    assert [r.waybill_no for r in g.rows] == day["failed_due"]
    assert g.rows[0].due == local_today() and g.rows[0].courier == "C5711501"
    assert g.counts == [("571-15", 1)]
    assert all(r.since <= now for r in g.rows)


def test_row_limit_keeps_the_counts(demo_db, day):
    g = run(demo_db, "overnight", limit=1)
    assert len(g.rows) == 1 and g.total == 3 and g.truncated


def test_exports_read_back(demo_db, day, tmp_path):
    from openpyxl import load_workbook

    from carrier_app.core.files import write_atomic

    # A name a spreadsheet would take for a formula stays text.
    with UnitOfWork(demo_db) as uow:
        uow.conn.execute(update(P).where(P.c.waybill_no == day["over_12"][0])
                         .values(recipient_name="=cmd"))
        uow.commit()
    g = run(demo_db, "overnight")
    path = write_atomic(tmp_path / "overnight.csv", lists_export.to_csv(g))
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode())
    lines = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert lines[0][0] == "留仓 overnight" and lines[1] == lists_export.HEADER
    body = lines[2:2 + g.total]
    assert sorted(x[0] for x in body) == sorted(r.waybill_no for r in g.rows)
    first = g.rows[0]
    assert body[0][3] == local_iso(first.since) and body[0][3].endswith("+08:00")
    masked = next(x for x in body if x[0] == day["over_12"][0])
    assert masked[9] == "'=*** 138****5678"
    assert lines[-3:] == [["571-12", "1"], ["571-15", "2"], ["合计 Total", "3"]]

    xlsx = write_atomic(tmp_path / "overnight.xlsx", lists_export.to_xlsx(g))
    wb = load_workbook(xlsx)
    ws = wb["List"]
    got = [[c.value for c in row] for row in ws.iter_rows(min_row=3)]
    assert [x[0] for x in got] == [r.waybill_no for r in g.rows]
    assert got[0][4] == first.age_hours and isinstance(got[0][4], float)
    assert any(x[9] == "'=*** 138****5678" for x in got)
    assert [[c.value for c in row] for row in wb["Counts"].iter_rows(min_row=2)] == [
        ["571-12", 1], ["571-15", 2], ["合计 Total", 3]]


def test_bad_input_is_refused(demo_db):
    with pytest.raises(ValidationError) as e:
        run(demo_db, "lost-and-found")
    assert e.value.params["reason"] == "unknown_list" and "overnight" in e.value.message
    with pytest.raises(ValidationError) as e:
        run(demo_db, "not-departed", hours=-1)
    assert e.value.field == "hours"
    with pytest.raises(ValidationError) as e:
        run(demo_db, "overnight", "999-99")
    assert e.value.params["reason"] == "unknown_location"
    finance = Actor(None, "fin", Role.FINANCE, station="ws", location="571")
    with UnitOfWork(demo_db) as uow:
        assert gap_list(uow, finance, "overnight").total == 0   # every role may track
    with pytest.raises(ValidationError):
        run(demo_db, "no-arrival", hours=24 * 400)
    sorter = Actor(None, "x", Role.SORTER, station="ws", location="571")
    with UnitOfWork(demo_db) as uow:
        assert gap_list(uow, sorter, "failed-due").total == 0


def test_mask_name():
    assert mask_name("张三丰") == "张**" and mask_name("李") == "李*" and mask_name(" ") == ""

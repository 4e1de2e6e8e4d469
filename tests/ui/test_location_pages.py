"""What a sorter and the unloading crew see for a parcel at the wrong place (red, with the
right destination, and a Forward button) and for a refused sort (the reason, no sort code),
read from the drawn panel."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from carrier_app.core.lifecycle import Event
from carrier_app.sorting import arrival
from carrier_app.sorting.sort_station import SortOutcome
from carrier_app.store import UnitOfWork
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.sorting_arrival import ArrivalPage
from carrier_app.ui.pages.sorting_station import SortStationPage
from carrier_app.ui.widgets.feedback import Kind
from delivery_support import create, move
from hub_support import status_of
from test_sort_station_page import scan, shown

E = Event


def station(qtbot, db, actor, location):
    p = SortStationPage(AppContext(db, actor("sorter", location=location)))
    p.sounds.enabled = False
    qtbot.addWidget(p)
    p.show()
    p.activated()
    return p


def panel_text(page) -> str:
    return " | ".join(w.text() for w in (page.code_label, page.dest_label, page.message_label))


def test_wrong_place_is_red_with_the_right_destination_and_can_be_forwarded(
        qtbot, demo_sqlite, actor, monkeypatch, tmp_path):
    db = demo_sqlite
    wb = create(db, branch="571-15")[0]
    move(db, [wb], [E.PICKUP, E.RECEIVE, E.SORT], "571")
    page = station(qtbot, db, actor, "571-12")
    try:
        scan(qtbot, page, wb)
        assert page.last.outcome is SortOutcome.WRONG_PLACE and shown(page, Kind.ERROR)
        assert page.code_label.text() == "WRONG PLACE"
        assert page.dest_label.text() == "Missort: send to 571-15 滨江营业部"
        assert f"{wb}: Sorted at 571 杭州转运中心" in page.message_label.text()
        assert page.forward_button.isVisible()
        monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))
        i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: page.code_label.text() == "错分")
        assert page.dest_label.text() == "错分: 应发 571-15 滨江营业部"
        assert f"{wb}：已分拣，位于 571 杭州转运中心" in page.message_label.text()
        i18n.set_language("en")
        before = sum(page.counts.values())
        qtbot.mouseClick(page.forward_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: sum(page.counts.values()) == before + 1, timeout=10_000)
        assert page.last.outcome is SortOutcome.OK and shown(page, Kind.OK)
        assert page.code_label.text() == "571-15-01"
        assert "Forwarded: send to 571-15 滨江营业部" in page.dest_label.text()
        assert not page.forward_button.isVisible()
        assert status_of(db, wb) == "SORTED"
    finally:
        i18n.set_language("en")
        page.shutdown()


def test_a_refused_sort_shows_the_reason_and_no_sort_code(qtbot, demo_sqlite, actor):
    db = demo_sqlite
    wb = create(db, branch="571-12")[0]
    move(db, [wb], [E.PICKUP], "571")
    page = station(qtbot, db, actor, "571")
    try:
        scan(qtbot, page, wb)
        assert page.last.outcome is SortOutcome.REFUSED and shown(page, Kind.WARNING)
        assert page.code_label.text() == "NOT RECEIVED"
        assert page.dest_label.text() == "Not received yet — take it to receiving first"
        assert f"{wb}: Picked up at 571 杭州转运中心" in page.message_label.text()
        assert "571-12" not in panel_text(page)      # no cage to drop it in
        assert not page.forward_button.isVisible()
    finally:
        page.shutdown()


@pytest.mark.parametrize("lang, text", [
    ("en", "Missort: send to 571-15 滨江营业部"), ("zh_CN", "错分: 应发 571-15 滨江营业部")])
def test_arrival_shows_a_misroute_in_red_with_its_destination(qtbot, demo_sqlite, actor,
                                                              monkeypatch, tmp_path, lang, text):
    db = demo_sqlite
    wb = create(db, branch="571-15")[0]
    move(db, [wb], [E.PICKUP, E.RECEIVE, E.SORT, E.DEPART], "571")
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))
    i18n.set_language(lang)
    try:
        page = ArrivalPage(AppContext(db, actor("supervisor", location="571-12")))
        page.sounds.enabled = False
        qtbot.addWidget(page)
        page.show()
        qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
        qtbot.keyClicks(page.scan, wb)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
        assert page.banner.kind is Kind.ERROR
        assert wb in page.banner.text() and text in page.banner.text()
    finally:
        i18n.set_language("en")
    with UnitOfWork(db) as uow:
        assert arrival.state(uow, actor("supervisor", location="571-12"),
                             page.session_id).scanned_unexpected == 1


@pytest.mark.parametrize("lang, words", [
    ("en", ["Arrived at 571-12", "571-15 滨江营业部", "Forward it there"]),
    ("zh_CN", ["已到达", "571-12", "不在目的网点 571-15 滨江营业部", "转发"])])
def test_scan_to_assign_refuses_a_misrouted_parcel_in_red(qtbot, demo_sqlite, monkeypatch,
                                                          tmp_path, lang, words):
    from carrier_app.ui.pages.dispatch_assign import AssignPage
    from delivery_support import dispatcher
    from test_delivery_pages import scan as type_scan

    db = demo_sqlite
    wb = create(db, branch="571-15")[0]
    move(db, [wb], [E.PICKUP, E.RECEIVE, E.SORT, E.DEPART], "571")
    move(db, [wb], [E.ARRIVE], "571-12")               # unloaded at the wrong branch
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))
    i18n.set_language(lang)
    try:
        page = AssignPage(AppContext(db, dispatcher("571-12")))
        qtbot.addWidget(page)
        page.show()
        type_scan(qtbot, page.scan, "C5711201")
        type_scan(qtbot, page.scan, wb)
        assert page.banner.kind is Kind.ERROR
        text = page.banner.text()
        assert wb in text and all(w in text for w in words), text
    finally:
        i18n.set_language("en")
    assert status_of(db, wb) == "ARRIVED"

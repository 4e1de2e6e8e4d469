from __future__ import annotations

from PySide6.QtCore import Qt
from scan_support import make_parcels
from sqlalchemy import select

from carrier_app.core import s10
from carrier_app.core.lifecycle import Event
from carrier_app.store import UnitOfWork
from carrier_app.store.models import User
from carrier_app.tracking.scans import append_scan
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.tracking import TrackingPage
from carrier_app.ui.widgets.feedback import Kind


def scan_in(qtbot, page, code):
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def cells(page, row):
    m = page.model
    return [m.data(m.index(row, c), Qt.ItemDataRole.DisplayRole) for c in range(m.columnCount())]


def test_scan_shows_status_and_history(qtbot, demo_sqlite, actor):
    [wb] = make_parcels(demo_sqlite)
    with UnitOfWork(demo_sqlite) as uow:
        sorter = uow.session.scalar(select(User.id).where(User.username == "sorter"))
        append_scan(uow, actor("sorter", user_id=sorter, station="ws-sort-3"), wb, Event.RECEIVE)
        uow.commit()
    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.show()
    scan_in(qtbot, page, wb.lower())  # scanners and hands may give lower case
    assert page.fields["waybill"].text() == wb and page.banner.kind is Kind.OK
    assert page.fields["status"].text() == messages.status_name("RECEIVED")
    assert page.model.rowCount() == 2  # created, received
    time, event, status, piece, location, user, station, _ = cells(page, 1)
    assert (event, status) == (messages.event_name("RECEIVE"), messages.status_name("RECEIVED"))
    assert (location, user, station) == ("571", "sorter", "ws-sort-3")
    assert len(time) >= 16 and time[4] == "-"  # local date and time


def test_unknown_and_misread_numbers_get_distinct_messages(qtbot, demo_sqlite, actor):
    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.show()
    unknown = s10.make("AA", 987654)
    scan_in(qtbot, page, unknown)
    assert page.banner.kind is Kind.ERROR and "no such waybill" in page.banner.text()
    assert unknown in page.banner.text() and page.model.rowCount() == 0
    misread = unknown[:10] + str((int(unknown[10]) + 1) % 10) + unknown[11:]
    scan_in(qtbot, page, misread)
    assert page.banner.kind is Kind.ERROR and "check digit" in page.banner.text()
    assert "no such waybill" not in page.banner.text()


def test_search_one_hit_several_hits_and_a_failed_search(qtbot, demo_sqlite, actor):
    """Issue 13 item 4: one match shows the parcel; several give a list (picking one shows
    its history); a search that finds nothing clears the parcel shown before and says so."""
    wbs = make_parcels(demo_sqlite, 3)  # all to 张三, 13812345678
    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.show()
    scan_in(qtbot, page, f"{wbs[1]}-1")  # a piece label: its parcel, straight away
    assert page.fields["waybill"].text() == wbs[1] and page.banner.kind is Kind.OK
    assert page.hits_table.isHidden() and page.model.rowCount() == 1

    scan_in(qtbot, page, "5678")  # the phone's last four digits: three parcels
    assert not page.hits_table.isHidden() and page.hits.rowCount() == 3
    assert {h.waybill_no for h in page.hits.rows} == set(wbs)
    assert page.fields["waybill"].text() == "" and page.model.rowCount() == 0
    assert "3" in page.banner.text() and "5678" in page.banner.text()
    m = page.hits
    assert m.data(m.index(0, 3), Qt.ItemDataRole.DisplayRole) == "138****5678"
    row = [h.waybill_no for h in m.rows].index(wbs[2])
    rect = page.hits_table.visualRect(m.index(row, 0))
    qtbot.mouseClick(page.hits_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.fields["waybill"].text() == wbs[2] and page.model.rowCount() == 1
    assert cells(page, 0)[1] == messages.event_name("CREATE")
    assert not page.hits_table.isHidden()  # the list stays to pick another

    page.scan.insert("张三")  # by name (as an input method commits it), the same three
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.hits.rowCount() == 3 and page.fields["waybill"].text() == ""

    scan_in(qtbot, page, wbs[0])
    assert page.fields["waybill"].text() == wbs[0] and page.hits_table.isHidden()
    scan_in(qtbot, page, "9999")  # no phone ends so, no name or ref starts so
    assert page.banner.kind is Kind.ERROR and "9999" in page.banner.text()
    assert "no longer shown" in page.banner.text()
    assert page.fields["waybill"].text() == "" and page.fields["status"].text() == ""
    assert page.model.rowCount() == 0 and page.history is None and page.hits_table.isHidden()


def test_pick_list_in_chinese(qtbot, demo_sqlite, actor):
    from pathlib import Path

    from PySide6.QtWidgets import QApplication

    from carrier_app.ui import i18n
    from carrier_app.ui.fonts import register_fonts

    register_fonts(QApplication.instance())   # as the app does at start: no empty boxes
    make_parcels(demo_sqlite, 3)
    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.scan_label.text() == "查询：")
    assert "后4位" in page.scan.placeholderText()
    scan_in(qtbot, page, "5678")
    assert page.hits.rowCount() == 3 and page.banner.text() == "3 件包裹与“5678”匹配：请选择一件"
    assert page.hits.headerData(4, Qt.Orientation.Horizontal) == "订单号"
    page.hits_table.selectRow(1)
    page.hits_table.activated.emit(page.hits.index(1, 0))  # Enter on a row, as a keyboard does
    assert page.fields["waybill"].text() == page.hits.rows[1].waybill_no
    shots = Path(__file__).resolve().parents[2] / "screenshots"
    shots.mkdir(exist_ok=True)
    page.grab().save(str(shots / "tracking_search_zh_CN.png"))
    scan_in(qtbot, page, "0000")
    assert page.banner.text() == "没有与“0000”匹配的包裹：之前显示的包裹已清除"

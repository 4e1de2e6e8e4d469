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

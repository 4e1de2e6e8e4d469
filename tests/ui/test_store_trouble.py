"""A depot screen on a database it cannot write: the scan is refused with a clear message on
the screen, the screen keeps working, nothing is half-saved, and the next scan after the
trouble goes through."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from carrier_app.store import open_database
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.pickup_receiving import ReceivingPage
from carrier_app.ui.widgets.feedback import Kind
from hub_support import make_parcels, status_of


def receiving(qtbot, db, actor):
    page = ReceivingPage(AppContext(db, actor("clerk")))
    page.sounds.enabled = False
    qtbot.addWidget(page)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    page.activated()
    return page


def scan(qtbot, page, code):
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)


def path_of(db) -> str:
    return db.engine.url.database


def test_locked_database_then_free_again(qtbot, demo_sqlite, actor):
    [wb] = make_parcels(demo_sqlite, 1, merchant_id=1)
    db = open_database(f"sqlite:///{path_of(demo_sqlite)}", busy_timeout_ms=200)
    page = receiving(qtbot, db, actor)
    other = sqlite3.connect(path_of(demo_sqlite), isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another program holds the file
    try:
        scan(qtbot, page, wb)
        assert page.banner.kind is Kind.ERROR and "busy" in page.banner.text()
        assert page.scan.hasFocus() and page.scan.text() == ""  # ready for the next one
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert status_of(demo_sqlite, wb) == "CREATED"
    scan(qtbot, page, wb)
    assert status_of(demo_sqlite, wb) == "RECEIVED"
    assert page.banner.kind is Kind.WARNING and "no pickup request" in page.banner.text()
    db.dispose()


def test_read_only_database(qtbot, demo_sqlite, actor):
    [wb] = make_parcels(demo_sqlite, 1, merchant_id=1)
    # root ignores file modes: open it the way a read-only disk or share does.
    ro = open_database(f"sqlite:///file:{path_of(demo_sqlite)}?mode=ro&uri=true")
    page = receiving(qtbot, ro, actor)
    scan(qtbot, page, wb)
    assert page.banner.kind is Kind.ERROR and "read-only" in page.banner.text()
    assert status_of(demo_sqlite, wb) == "CREATED"
    ro.dispose()

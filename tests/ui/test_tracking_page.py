from __future__ import annotations

from PySide6.QtCore import Qt

from carrier_app.store import UnitOfWork
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.tracking import TrackingPage
from carrier_app.ui.widgets.feedback import Kind


def test_scan_shows_history(qtbot, demo_sqlite, actor):
    from carrier_app.demo.seed import seed
    seed(demo_sqlite, parcels=3)
    from sqlalchemy import text
    with UnitOfWork(demo_sqlite) as uow:
        wb = uow.session.execute(text("select waybill_no from parcels limit 1")).scalar_one()
    page = TrackingPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.scan, wb.lower())
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.fields["waybill"].text().startswith(wb)
    assert page.model.rowCount() >= 1
    assert page.banner.kind in (Kind.OK, Kind.HOLD)

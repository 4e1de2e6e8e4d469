"""Each dashboard figure opens its list (issue 13 item 5): a stage bar (the series' clicked
signal), a per-station or per-courier row open the parcels behind it in a dialog, which
saves them as CSV and opens the Tracking screen on a row; in Chinese (screenshot)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from carrier_app.config import Settings
from carrier_app.core.roles import Actor, Role
from carrier_app.reports.figures import STAGE_NAMES
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.pages.dashboard import DashboardPage
from tests.day_support import BRANCH, COURIER, DAY, TZ, Clock, seed_day

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
BOSS = Actor(None, "boss", Role.SUPERVISOR, station="ws-boss", location=BRANCH)


@pytest.fixture
def window(qtbot, demo_sqlite, monkeypatch, tmp_path):
    monkeypatch.setenv("CARRIER_TZ", TZ)
    seed_day(demo_sqlite, Clock(monkeypatch))
    w = MainWindow(AppContext(demo_sqlite, BOSS, Settings(db_url="sqlite://", location=BRANCH)))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    page = next(p for p in w.pages if isinstance(p, DashboardPage))
    page.date_edit.blockSignals(True)
    page.date_edit.setDate(QDate(DAY.year, DAY.month, DAY.day))
    page.date_edit.blockSignals(False)
    w.show()
    assert w.show_page("dashboard")
    qtbot.waitUntil(lambda: page.refreshes == 1, timeout=10_000)
    page.timer.stop()
    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=10_000)
    yield w, page
    if page.drilldown is not None:
        qtbot.waitUntil(lambda: not page.drilldown.tasks.busy, timeout=10_000)
        page.drilldown.close()


def double_click(qtbot, table, index):
    """A press then the double-click (Qt 6 item views want the press on the same cell)."""
    table.scrollTo(index)
    pos = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=pos)


def loaded(qtbot, dialog):
    qtbot.waitUntil(lambda: dialog.parcels is not None, timeout=10_000)
    return dialog


def test_a_stage_bar_opens_its_parcels_and_a_row_opens_tracking(qtbot, window):
    w, page = window
    page.stage_series.clicked.emit(STAGE_NAMES.index("arrived"), page.stage_set)
    dialog = loaded(qtbot, page.drilldown)
    assert dialog.isVisible() and dialog.model.rowCount() == 5 == page.figures.stages["arrived"]
    assert "5" in dialog.windowTitle()
    assert {r.station for r in dialog.parcels.rows} == {"ws-hub"}
    first = dialog.parcels.rows[0].waybill_no
    dialog.table.setFocus()
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    tracking = w.current_page()
    assert tracking.key == "tracking"
    assert tracking.history is not None and tracking.history.waybill_no == first


def test_a_courier_row_opens_its_parcels_saved_as_csv(qtbot, window, tmp_path):
    w, page = window
    double_click(qtbot, page.courier_table, page.couriers.index(0, 3))  # delivered
    dialog = loaded(qtbot, page.drilldown)
    assert dialog.model.rowCount() == 2
    assert {(r.courier, r.status) for r in dialog.parcels.rows} == {(COURIER, "DELIVERED")}
    path = dialog.export()
    text = path.read_text(encoding="utf-8-sig")
    assert all(r.waybill_no in text for r in dialog.parcels.rows)
    # a row double-clicked: the Tracking screen on it
    second = dialog.parcels.rows[1].waybill_no
    double_click(qtbot, dialog.table, dialog.model.index(1, 0))
    assert w.current_page().key == "tracking"
    assert w.current_page().history.waybill_no == second


def test_a_station_row_opens_its_parcels(qtbot, window):
    _, page = window
    col = 1 + STAGE_NAMES.index("out_for_delivery")
    row = [s for s, _ in page.stations.rows].index("ws-disp")
    dialog = loaded(qtbot, page.open_station_cell(page.stations.index(row, col)))
    assert dialog.model.rowCount() == 3
    assert {r.station for r in dialog.parcels.rows} == {"ws-disp"}


def test_the_list_in_chinese_screenshot(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from carrier_app.ui.fonts import register_fonts

    _, page = window
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    dialog = loaded(qtbot, page.open_stage(STAGE_NAMES.index("out_for_delivery"),
                                           courier=COURIER))
    assert dialog.windowTitle() == f"派件（快递员 {COURIER}） — 3 件"
    assert dialog.export_button.text() == "导出 CSV"
    SCREENSHOTS.mkdir(exist_ok=True)
    dialog.resize(1366, 768)
    qtbot.wait(100)
    dialog.grab().save(str(SCREENSHOTS / "dashboard_drilldown_zh_CN.png"))

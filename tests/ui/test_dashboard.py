"""The dashboard (看板) driven like a supervisor on a seeded day (tests/day_support.py): the
figures shown in cards, charts and tables, refreshed by its timer (off the GUI thread), the
open problems opening the exceptions desk; the screen in Chinese (screenshot)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from carrier_app.config import Settings
from carrier_app.core.roles import Actor, Role
from carrier_app.finance.cashup import approve_variance
from carrier_app.store import UnitOfWork
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.pages.dashboard import DashboardPage
from tests.day_support import BRANCH, DAY, TZ, Clock, seed_day

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
BOSS = Actor(None, "boss", Role.SUPERVISOR, station="ws-boss", location=BRANCH)


@pytest.fixture
def window(qtbot, demo_sqlite, monkeypatch):
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
    yield w, page
    page.timer.stop()
    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=10_000)


def cell(model, row: int, col: int) -> str:
    return model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole)


def test_figures_shown_refreshed_and_the_problems_list_opened(qtbot, window, demo_sqlite):
    w, page = window
    assert page.chosen_day() == date(2026, 3, 10)
    assert w.show_page("dashboard")
    qtbot.waitUntil(lambda: page.refreshes == 1, timeout=10_000)
    assert page.card_values["problems"].text() == "2"
    assert page.card_values["cashups"].text() == "1"
    assert page.card_values["stranded"].text() == "2"
    assert page.card_values["cod"].text() == "¥88.50 / ¥80.00"
    # arrived, out for delivery, delivered, failed at the branch
    assert [page.stage_set.at(i) for i in range(9)] == [0, 0, 0, 0, 5, 3, 2, 1, 0]
    assert [page.volume_set.at(i) for i in range(7)] == [0] * 7
    assert page.rate_line.count() == 1 and round(page.rate_line.at(0).y(), 1) == 66.7
    assert [cell(page.stations, r, 0) for r in range(2)] == ["ws-disp", "ws-hub"]
    assert [cell(page.couriers, 0, c) for c in range(6)] == ["C5711501", "张伟", "3", "2",
                                                            "1", "88.50"]
    assert cell(page.problems, 0, 0).endswith("ADDRESS") and cell(page.problems, 0, 1) == "1"
    assert cell(page.cashups, 0, 4) == "-8.50"

    # The timer refreshes: the variance approved elsewhere leaves no cash-up waiting.
    with UnitOfWork(demo_sqlite) as uow:
        approve_variance(uow, BOSS, page.figures.pending_cashups[0].id, "少交已补")
    page.timer.setInterval(50)
    qtbot.waitUntil(lambda: page.refreshes >= 2 and page.card_values["cashups"].text() == "0",
                    timeout=10_000)
    page.timer.stop()
    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=10_000)

    qtbot.mouseClick(page.open_problems_button, Qt.MouseButton.LeftButton)
    assert w.current_page().key == "problems_desk"
    assert w.show_page("dashboard")
    qtbot.mouseClick(page.open_stranded_button, Qt.MouseButton.LeftButton)
    lists = w.current_page()
    assert lists.key == "gap_lists" and lists.which.currentData() == "overnight"


def test_dashboard_in_chinese_screenshot(qtbot, window):
    from PySide6.QtWidgets import QApplication

    from carrier_app.ui.fonts import register_fonts

    w, page = window
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    page.location.setText("571")  # the hub and its branches: the week's volume too
    assert w.show_page("dashboard")
    qtbot.waitUntil(lambda: page.refreshes == 1, timeout=10_000)
    assert page.title() == "看板"
    assert page.card_titles["problems"].text() == "未结问题件"
    assert [page.volume_set.at(i) for i in range(7)] == [0, 0, 0, 0, 0, 1, 5]
    qtbot.wait(100)
    w.grab().save(str(SCREENSHOTS / "dashboard_zh_CN.png"))


def test_a_change_elsewhere_refreshes_no_sooner_than_twice_the_last_querys_time(qtbot, window):
    """Live changes on a busy day: a slow query (seconds on a million parcels) is not run back
    to back; a fast one is; a change that comes while the figures are queried is not lost."""
    import time

    w, page = window
    page.timer.stop()
    assert w.show_page("dashboard")
    qtbot.waitUntil(lambda: page.refreshes == 1 and not page.tasks.busy, timeout=10_000)
    page.took_s, page._ended = 5.0, time.monotonic()  # as after a 5 s query just now
    page.refresh_when_due()
    page.refresh_when_due()  # a second change: folded into the one due
    assert not page.tasks.busy and page.due.isActive()
    assert 9_000 < page.due.remainingTime() <= 10_600  # a coarse timer: up to 5 % late
    qtbot.wait(200)
    assert page.refreshes == 1
    page.due.stop()
    page.took_s = 0.0  # a fast query: the change is shown at once
    page.refresh_when_due()
    assert page.tasks.busy
    page.refresh_when_due()  # while it runs: kept, and run after it
    qtbot.waitUntil(lambda: page.refreshes == 3, timeout=10_000)

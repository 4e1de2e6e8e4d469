"""Tracking → Gap lists driven like a supervisor: the 留仓 list of the hub's branches with its
counts, another list with its hours, a place with nothing, the export read back, an overdue
run in red; the screen in Chinese (screenshot)."""

from __future__ import annotations

import csv
import io
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush

from carrier_app.core.clock import local_midnight, local_today, utcnow
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.store import UnitOfWork
from carrier_app.store.models import DeliveryRun
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import OVERDUE_BG
from carrier_app.ui.pages.gap_lists import GapListsPage
from delivery_support import arrived, create, move, out_for_delivery
from gap_support import backdate

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
BOSS = Actor(None, "boss", Role.SUPERVISOR, station="ws", location="571")


@pytest.fixture
def parcels(demo_sqlite, monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    db = demo_sqlite
    s = {"over": arrived(db, 2, branch="571-15") + arrived(db, 1, branch="571-12")}
    backdate(db, s["over"], local_midnight(local_today()) - timedelta(hours=1))
    s["in"] = create(db, 1, branch="571-18")
    move(db, s["in"], [Event.PICKUP, Event.RECEIVE], "571")
    backdate(db, s["in"], utcnow() - timedelta(hours=30))
    s["out"], run_id = out_for_delivery(db, 1)
    from sqlalchemy import update
    with UnitOfWork(db) as uow:
        uow.session.execute(update(DeliveryRun).where(DeliveryRun.id == run_id)
                            .values(run_date=local_today() - timedelta(days=2)))
        uow.commit()
    return s


@pytest.fixture
def page(qtbot, demo_sqlite, parcels):
    p = GapListsPage(AppContext(demo_sqlite, BOSS))
    qtbot.addWidget(p)
    p.resize(1366, 768)
    p.show()
    settled(qtbot, p)
    return p


def settled(qtbot, page) -> None:
    """The list is loaded off the GUI thread: wait until no load runs or waits."""
    qtbot.waitUntil(lambda: not page.tasks.busy and not page.pending and page.result is not None,
                    timeout=10_000)


def choose(qtbot, page, name: str) -> None:
    page.which.setCurrentIndex(page.which.findData(name))
    settled(qtbot, page)


def place(qtbot, page, code: str) -> None:
    page.location.setCurrentIndex(page.location.findData(code))
    settled(qtbot, page)


def test_lists_counts_and_export(qtbot, page, parcels):
    assert page.location.currentData() == "571"          # the workstation's place
    assert page.current_list() == "overnight" and not page.hours.isEnabled()
    assert sorted(r.waybill_no for r in page.model.rows) == sorted(parcels["over"])
    assert page.counts.text() == "Total 3  —  571-12: 1, 571-15: 2"
    assert page.model.rowCount() == 3 and page.model.columnCount() == 9

    choose(qtbot, page, "not-departed")
    assert page.hours.isEnabled() and page.hours.value() == 24
    assert [r.waybill_no for r in page.model.rows] == parcels["in"]
    assert page.model.data(page.model.index(0, 1)) == "Received"
    page.hours.setValue(31)
    page.hours.editingFinished.emit()
    settled(qtbot, page)
    assert page.model.rowCount() == 0 and page.counts.text() == "Total 0"

    choose(qtbot, page, "out-not-closed")
    (row,) = page.model.rows
    assert row.waybill_no == parcels["out"][0] and row.overdue
    due = page.model.index(0, page.model.flag_column)
    assert page.model.data(due, Qt.ItemDataRole.BackgroundRole) == QBrush(OVERDUE_BG)

    place(qtbot, page, "021")
    assert page.model.rowCount() == 0
    place(qtbot, page, "all")
    choose(qtbot, page, "overnight")
    assert page.result.total == 3

    qtbot.mouseClick(page.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.last_documents) == 2, timeout=10_000)
    csv_path, xlsx_path = page.last_documents
    assert csv_path.name.startswith("list-overnight-all-") and xlsx_path.suffix == ".xlsx"
    lines = list(csv.reader(io.StringIO(csv_path.read_text(encoding="utf-8-sig"))))
    assert sorted(x[0] for x in lines[2:5]) == sorted(parcels["over"])
    from openpyxl import load_workbook
    assert load_workbook(xlsx_path)["Counts"]["B4"].value == 3
    assert "Saved:" in page.banner.text()


def test_the_screen_in_chinese(qtbot, qapp, page):
    from carrier_app.ui import i18n
    from carrier_app.ui.fonts import register_fonts

    register_fonts(qapp)                                  # as the app does at start
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.refresh_button.text() == "刷新")
    assert page.title() == "留仓/异常清单"
    assert page.which.currentText() == "留仓 (到件未派)"
    assert page.counts.text().startswith("合计 3") and page.banner.text().startswith("截至 ")
    assert page.model.data(page.model.index(0, 1)) in ("已到达", "已分配")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.grab().save(str(SCREENSHOTS / "gap_lists_zh_CN.png"))

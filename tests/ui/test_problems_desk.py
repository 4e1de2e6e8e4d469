"""The exceptions desk (问题件) driven like a supervisor: register, age in red when overdue,
a call logged, resolved by a new address; a destruction refused to its own asker; the screen
in Chinese (screenshot); the sort station's red alert for an intercepted parcel."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from sqlalchemy import update

from carrier_app.core.clock import utcnow
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.problems import service as problems
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Problem
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import OVERDUE_BG
from carrier_app.ui.pages.problems_desk import ProblemsDeskPage
from carrier_app.ui.pages.sorting_station import SortStationPage
from carrier_app.ui.widgets.feedback import Kind
from delivery_support import create, move
from test_sort_station_page import scan as sort_scan, shown

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
DESK = Actor(None, "desk", Role.SUPERVISOR, station="desk-1", location="571")


@pytest.fixture
def parcels(demo_sqlite):
    wbs = create(demo_sqlite, 3, branch="571-15")
    move(demo_sqlite, wbs, [Event.PICKUP, Event.RECEIVE], "571")
    # One problem opened 30 hours ago: overdue with the default 24-hour limit.
    with UnitOfWork(demo_sqlite) as uow:
        old = problems.register_problem(uow, DESK, wbs[0], "UNREACHABLE", "电话停机")
    with UnitOfWork(demo_sqlite) as uow:
        uow.session.execute(update(Problem).where(Problem.id == old.problem_id)
                            .values(opened_at=utcnow() - timedelta(hours=30)))
        uow.commit()
    return wbs


@pytest.fixture
def page(qtbot, demo_sqlite, parcels):
    p = ProblemsDeskPage(AppContext(demo_sqlite, DESK))
    qtbot.addWidget(p)
    p.resize(1400, 760)
    p.show()
    return p


def age_background(page, row: int):
    ix = page.model.index(row, page.model.flag_column)
    return page.model.data(ix, Qt.ItemDataRole.BackgroundRole)


def test_register_log_a_call_and_resolve_by_new_address(qtbot, page, parcels):
    old, wb, _ = parcels
    assert [r.waybill_no for r in page.model.rows] == [old]
    assert isinstance(age_background(page, 0), QBrush)
    assert age_background(page, 0).color() == OVERDUE_BG

    qtbot.keyClicks(page.scan, wb)                      # scanned: no problem yet
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert page.reg_code.text() == wb
    page.reg_reason.setCurrentIndex(page.reg_reason.findData("ADDRESS"))
    page.reg_note.insert("门牌号不存在")   # QTest types ASCII only; an IME types this
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.HOLD, page.banner.text()
    assert [r.waybill_no for r in page.model.rows] == [old, wb]
    assert age_background(page, 1) is None              # just opened: not red
    assert page.selected is not None and page.selected.waybill_no == wb

    page.whom.insert("收件人 138****5678")
    page.outcome.insert("给了新地址")
    qtbot.mouseClick(page.contact_button, Qt.MouseButton.LeftButton)
    assert page.contacts.count() == 1 and "给了新地址" in page.contacts.item(0).text()

    page.action.setCurrentIndex(page.action.findData("new-address"))
    page.address.insert("上海市徐汇区漕溪北路 1 号")
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.OK, page.banner.text()
    assert "021-08-02" in page.banner.text() and page.last_label.exists()
    assert [r.waybill_no for r in page.model.rows] == [old]


def test_destroy_is_not_approved_by_its_asker_and_errors_are_shown(qtbot, page, parcels):
    page.table.selectRow(0)
    page.select(page.model.rows[0])
    page.action.setCurrentIndex(page.action.findData("destroy"))
    qtbot.mouseClick(page.resolve_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.HOLD and "second person" in page.banner.text()
    qtbot.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.ERROR and "desk asked for it" in page.banner.text()
    qtbot.mouseClick(page.register_button, Qt.MouseButton.LeftButton)   # no waybill typed
    assert page.banner.kind == Kind.ERROR


def test_desk_in_chinese(qtbot, page, parcels):
    from PySide6.QtWidgets import QApplication

    from carrier_app.ui import i18n
    from carrier_app.ui.fonts import register_fonts

    register_fonts(QApplication.instance())   # as the app does at start: no empty boxes
    with UnitOfWork(page.ctx.db) as uow:
        problems.request_intercept(uow, DESK, parcels[1], address="上海市徐汇区漕溪北路 1 号")
    with UnitOfWork(page.ctx.db) as uow:
        problems.register_problem(uow, DESK, parcels[2], "DAMAGED", "外箱压扁")
    page.show_filter.setCurrentIndex(page.show_filter.findData("all"))
    page.refresh()
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.title() == "问题件处理台")
    qtbot.waitUntil(lambda: page.register_button.text() == "登记问题件")
    page.table.selectRow(1)   # row 0, overdue, shows its red age cell
    page.select(page.model.rows[1])
    reasons = [page.model.data(page.model.index(i, 2)) for i in range(3)]
    assert reasons == ["电话错误/无人接听", "商家拦截", "破损"]
    assert page.model.headerData(5, Qt.Orientation.Horizontal) == "时长"
    page.grab().save(str(SCREENSHOTS / "problems_desk_zh_CN.png"))


def test_sort_station_shows_an_intercept_in_red_with_its_instruction(qtbot, demo_sqlite,
                                                                     actor):
    (wb,) = create(demo_sqlite, 1, branch="571-15")
    move(demo_sqlite, [wb], [Event.PICKUP, Event.RECEIVE], "571")
    with UnitOfWork(demo_sqlite) as uow:
        problems.request_intercept(uow, DESK, wb, return_to_sender=True)
    page = SortStationPage(AppContext(demo_sqlite, actor("sorter")))
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.show()
    page.activated()
    try:
        sort_scan(qtbot, page, wb)
        assert shown(page, Kind.ERROR)
        assert page.dest_label.text().endswith("exceptions desk: 退回 return to sender")
    finally:
        page.shutdown()


def test_f9_from_a_scan_screen_opens_the_desk_with_the_last_scanned_parcel(qtbot, demo_sqlite,
                                                                          actor):
    """Issue 13: register a problem from any scan screen with one key."""
    from carrier_app.config import Settings
    from carrier_app.ui.main_window import MainWindow
    from carrier_app.ui.widgets.scan_input import ScanInput

    window = MainWindow(AppContext(demo_sqlite, actor("supervisor"), Settings(db_url="sqlite://")))
    qtbot.addWidget(window)
    with qtbot.waitActive(window):
        window.show()
    assert window.show_page("tracking")
    box = window.current_page().findChild(ScanInput)
    [wb] = create(demo_sqlite, 1)
    box.setFocus()
    qtbot.keyClicks(box, wb)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.keyClick(window.windowHandle(), Qt.Key.Key_F9)
    desk = window.current_page()
    assert desk.key == "problems_desk" and desk.reg_code.text() == wb

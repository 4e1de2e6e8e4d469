"""A shift at one workstation (issue 12 items 2 and 3): switching users with Ctrl+L, what a
role sees, Enter completing the step in focus, the session's refused scans, the one confirm
dialog. Real widgets, real keys, the database read back."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from carrier_app.config import Settings
from carrier_app.core.lifecycle import Event
from carrier_app.pickup import requests
from carrier_app.sorting import manifests
from carrier_app.store import UnitOfWork
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.login_dialog import LoginDialog
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.pages.base import Section
from carrier_app.ui.pages.pickup_receiving import ReceivingPage
from carrier_app.ui.pages.pickup_requests import PickupRequestsPage
from carrier_app.ui.pages.sorting_bags import BagsPage
from carrier_app.ui.pages.sorting_manifests import ManifestsPage
from carrier_app.ui.pages.sorting_routing import ManualQueuePage
from carrier_app.ui.pages.waybill_list import WaybillListPage
from carrier_app.ui.shift import Shift
from confirm_support import answer_confirm
from hub_support import TO_021_03, make_parcels, status_of

SETTINGS = Settings(db_url="sqlite://", station="ws-7", location="571")


def log_in_next(qtbot, user: str) -> None:
    """Type `user` / `user`-demo into the next log-in dialog and press Enter."""
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, LoginDialog):
            QTimer.singleShot(10, fill)
            return
        qtbot.keyClicks(dialog.username, user)
        qtbot.keyClicks(dialog.password, f"{user}-demo")
        qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    QTimer.singleShot(0, fill)


def ctrl(qtbot, widget, key: Qt.Key) -> None:
    qtbot.keyClick(widget, key, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_l_returns_to_the_log_in_and_each_user_finds_their_page(qtbot, demo_sqlite):
    shift = Shift(demo_sqlite, SETTINGS)
    log_in_next(qtbot, "dispatcher")
    assert shift.log_in()
    first = shift.window
    assert first.ctx.actor.username == "dispatcher"
    ctrl(qtbot, first, Qt.Key.Key_4)  # Ctrl+4: the fourth section in flow order
    assert first.current_page().section is Section.DISPATCH
    assert first.show_page("dispatch_runs")

    log_in_next(qtbot, "clerk")
    ctrl(qtbot, first.current_page(), Qt.Key.Key_L)
    second = shift.window
    assert second is not None and not shiboken6.isValid(first)  # the old window is gone
    assert second.ctx.actor.username == "clerk" and second.isVisible()
    assert second.current_page().key == "tracking"  # the clerk's first log-in
    assert second.show_page("pickup-requests")

    log_in_next(qtbot, "dispatcher")
    ctrl(qtbot, second, Qt.Key.Key_L)
    third = shift.window
    qtbot.addWidget(third)
    assert third.ctx.actor.username == "dispatcher"
    assert third.current_page().key == "dispatch_runs"  # where the dispatcher left
    assert third.ctx.refused is not second.ctx.refused  # a new session, a new list


def nav_texts(window: MainWindow) -> tuple[list[str], list[str]]:
    sections, pages = [], []
    for i in range(window.nav.topLevelItemCount()):
        item = window.nav.topLevelItem(i)
        sections.append(item.text(0))
        pages += [item.child(j).text(0) for j in range(item.childCount())]
    return sections, pages


def test_a_role_sees_only_the_sections_it_can_open(qtbot, demo_sqlite, actor):
    for role in ("sorter", "dispatcher", "finance"):
        window = MainWindow(AppContext(demo_sqlite, actor(role), SETTINGS))
        qtbot.addWidget(window)
        sections, pages = nav_texts(window)
        assert "Admin" not in sections, role
        assert "Not available yet" not in pages and len(pages) == len(window.pages)
        for page in window.pages:
            assert page.permission is None or window.ctx.actor.can(page.permission)
    sorter = MainWindow(AppContext(demo_sqlite, actor("sorter"), SETTINGS))
    qtbot.addWidget(sorter)
    assert nav_texts(sorter)[0] == ["Pickup", "Waybills", "Sorting", "Tracking"]
    admin = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS))
    qtbot.addWidget(admin)
    assert nav_texts(admin)[0][-1] == "Admin"


def test_a_disabled_action_says_which_role_can(qtbot, demo_sqlite, actor):
    page = WaybillListPage(AppContext(demo_sqlite, actor("sorter")))
    qtbot.addWidget(page)
    button = page.cancel_waybill_button
    assert not button.isEnabled()
    assert button.toolTip() == ("Only Administrator, Supervisor, Counter clerk can do this")
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: button.toolTip() == "仅限管理员、主管、柜台文员操作")
    clerk = WaybillListPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(clerk)
    assert clerk.cancel_waybill_button.toolTip() == ""


def open_page(qtbot, cls, ctx: AppContext, tmp_path=None):
    """A page shown as the window shows it, silent, its PDFs into `tmp_path`."""
    page = cls(ctx)
    if tmp_path is not None:
        page.pdf_dir = tmp_path
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.show()
    page.activated()
    return page


def enter(qtbot, box, text: str) -> None:
    qtbot.keyClicks(box, text)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def sorted_for_021_with(qtbot, cls, demo_sqlite, actor, tmp_path, create_button: str):
    """A sorted parcel for 021, scanned into a new bag or manifest on page `cls`."""
    wb = make_parcels(demo_sqlite, 1, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))[0]
    page = open_page(qtbot, cls, AppContext(demo_sqlite, actor("supervisor")), tmp_path)
    page.destination.setCurrentIndex(page.destination.findData("021"))
    qtbot.mouseClick(getattr(page, create_button), Qt.MouseButton.LeftButton)
    enter(qtbot, page.scan, wb)
    return page, wb


def test_enter_on_the_courier_badge_assigns(qtbot, demo_sqlite, actor):
    page = open_page(qtbot, PickupRequestsPage, AppContext(demo_sqlite, actor("dispatcher")))
    enter(qtbot, page.merchant, "M001")  # Enter adds the request
    assert page.model.rowCount() == 1 and page.current is not None
    enter(qtbot, page.courier, "C5711201")
    with UnitOfWork(demo_sqlite) as uow:
        saved = requests.get_request(uow, actor("dispatcher"), page.current.id)
    assert saved.courier_code == "C5711201" and saved.status == "ASSIGNED"


def test_enter_on_the_bag_weight_seals(qtbot, demo_sqlite, actor, tmp_path):
    page, _wb = sorted_for_021_with(qtbot, BagsPage, demo_sqlite, actor, tmp_path,
                                    "open_button")
    assert page.current.pieces == 1
    enter(qtbot, page.weight, "2.5")
    assert page.current.status == "SEALED"
    assert page.notice.path.name == f"bag-{page.current.bag_no}.pdf"  # and printed
    assert page.notice.path.exists()


def test_the_refused_scans_list_keeps_every_refusal_of_the_session(qtbot, demo_sqlite, actor):
    ctx = AppContext(demo_sqlite, actor("supervisor"))
    page = open_page(qtbot, ReceivingPage, ctx)
    for code in ("AA000000016CN",   # wrong check digit
                 "XYZ",             # not a waybill number
                 "ZZ000000015CN"):  # well-formed, but no such waybill
        enter(qtbot, page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)  # an empty Enter is no scan
    assert [r.code for r in ctx.refused.entries] == ["AA000000016CN", "XYZ", "ZZ000000015CN"]
    view = page.refused
    assert view.list.count() == 3 and "3" in view.count.text()
    assert view.list.item(0).text().split()[1] == "ZZ000000015CN"  # newest first
    # Another scan screen of the same session shows the same list.
    bags = BagsPage(ctx)
    qtbot.addWidget(bags)
    assert bags.refused.list.count() == 3
    qtbot.mouseClick(bags.refused.clear_button, Qt.MouseButton.LeftButton)
    assert len(ctx.refused) == 0 and view.list.count() == 0


def test_dispatch_asks_once_esc_keeps_everything_enter_dispatches(qtbot, demo_sqlite, actor,
                                                                   tmp_path):
    page, wb = sorted_for_021_with(qtbot, ManifestsPage, demo_sqlite, actor, tmp_path,
                                   "create_button")
    number = page.current.manifest_no

    asked = answer_confirm(Qt.Key.Key_Escape)
    qtbot.mouseClick(page.depart_button, Qt.MouseButton.LeftButton)
    assert asked and number in asked[0] and "departed" in asked[0]
    assert page.task is None
    assert status_of(demo_sqlite, wb) == "SORTED"
    with UnitOfWork(demo_sqlite) as uow:
        assert manifests.manifest_info(uow, actor("supervisor"), number).status == "OPEN"

    asked = answer_confirm(Qt.Key.Key_Return)
    qtbot.keyClicks(page.vehicle, "ZJA12345")
    qtbot.keyClicks(page.seal_no, "S-1")
    enter(qtbot, page.driver, "Wang")  # Enter in the last field departs
    assert asked
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert status_of(demo_sqlite, wb) == "IN_TRANSIT", page.banner.text()


def test_manual_routing_by_scanner_and_enter_only(qtbot, demo_sqlite, actor, tmp_path):
    wb = make_parcels(demo_sqlite, 1, postcode="", steps=(Event.RECEIVE,))[0]
    page = ManualQueuePage(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    enter(qtbot, page.code, wb)
    assert page.code.text() == wb  # the scan stays for the step it starts
    assert page.table.selectionModel().selectedRows()[0].row() == 0
    page.branch.setCurrentIndex(page.branch.findData("021-08"))
    enter(qtbot, page.reason, "address corrected")
    assert "021-08-00" in page.banner.text() and page.model.rowCount() == 0
    assert page.notice.path.name.startswith(f"label-{wb}") and page.notice.path.exists()


def test_esc_leaves_full_screen_and_ctrl_digits_follow_the_flow(qtbot, demo_sqlite, actor):
    window = MainWindow(AppContext(demo_sqlite, actor("supervisor"), SETTINGS))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # shortcuts need it
    for n, section in enumerate(Section, start=1):  # the supervisor sees every section
        ctrl(qtbot, window.focusWidget(), Qt.Key(Qt.Key.Key_0 + n))  # from the scan box
        assert window.current_page().section is section
    assert window.show_page("sorting-station")
    station = window.current_page()
    qtbot.mouseClick(station.fullscreen, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(window.isFullScreen)
    assert not window.nav.isVisible()
    qtbot.keyClick(station.scan, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert window.nav.isVisible() and not station.fullscreen.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())

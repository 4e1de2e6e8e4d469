"""The first-start wizard, the new-password step of the first log-in, and the status bar of a
demo database, driven as a user would (issue 15 item 1)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from sqlalchemy import select

from carrier_app.auth.install import DEMO, INIT, init_site, origin
from carrier_app.config import Settings
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Hub, User
from carrier_app.ui import app as gui
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.first_start import FirstStartDialog
from carrier_app.ui.fonts import register_fonts
from carrier_app.ui.login_dialog import LoginDialog
from carrier_app.ui.main_window import MainWindow
from carrier_app.ui.password_dialog import NewPasswordDialog

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"
SETTINGS = Settings(db_url="sqlite://", station="ws-1", location="571")


def _fill_wizard(qtbot, wizard: FirstStartDialog, again: str) -> None:
    wizard.site.clear()
    qtbot.keyClicks(wizard.site, "571-12")
    wizard.site_name.setText("西湖营业部")  # an input method types CJK, not key clicks
    qtbot.keyClicks(wizard.admin, "boss")
    qtbot.keyClicks(wizard.password, "initial-pass-1")
    qtbot.keyClicks(wizard.again, again)
    qtbot.mouseClick(wizard.set_up, Qt.MouseButton.LeftButton)


def test_the_first_start_wizard_sets_up_the_depot_like_init(qtbot, sqlite_db):
    wizard = FirstStartDialog(sqlite_db, SETTINGS)
    qtbot.addWidget(wizard)
    wizard.show()
    _fill_wizard(qtbot, wizard, "initial-pass-X")
    assert wizard.error.text() == "The two passwords differ." and wizard.made is None
    qtbot.keyClicks(wizard.again, "initial-pass-1")
    qtbot.mouseClick(wizard.set_up, Qt.MouseButton.LeftButton)
    assert wizard.made == "init" and wizard.result() == FirstStartDialog.DialogCode.Accepted
    with UnitOfWork(sqlite_db) as uow:
        assert origin(uow) == INIT
        assert [(u.username, u.must_change_password) for u in uow.session.scalars(
            select(User))] == [("boss", True)]


def test_the_wizard_refuses_a_bad_site_code_in_chinese(qtbot, sqlite_db):
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    wizard = FirstStartDialog(sqlite_db, SETTINGS)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.site.setText("5/7")
    qtbot.keyClicks(wizard.admin, "boss")
    qtbot.keyClicks(wizard.password, "initial-pass-1")
    qtbot.keyClicks(wizard.again, "initial-pass-1")
    qtbot.mouseClick(wizard.set_up, Qt.MouseButton.LeftButton)
    assert wizard.made is None and "站点" in wizard.error.text()
    wizard.grab().save(str(SCREENSHOTS / "install_wizard_zh.png"))
    with UnitOfWork(sqlite_db) as uow:
        assert uow.session.scalar(select(Hub.id)) is None


def test_the_wizard_can_make_a_demo_database_instead(qtbot, sqlite_db):
    wizard = FirstStartDialog(sqlite_db, SETTINGS)
    qtbot.addWidget(wizard)
    qtbot.mouseClick(wizard.demo, Qt.MouseButton.LeftButton)
    assert wizard.made == "demo"
    with UnitOfWork(sqlite_db) as uow:
        assert origin(uow) == DEMO


def test_the_wizard_is_not_shown_on_a_database_that_has_users(qtbot, demo_sqlite):
    assert gui.first_start(demo_sqlite, SETTINGS) is False


def _first_log_in(qtbot, db, on_new_password) -> LoginDialog:
    """boss logs in with the initial password; `on_new_password` handles the dialog."""
    dialog = LoginDialog(db, SETTINGS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "boss")
    qtbot.keyClicks(dialog.password, "initial-pass-1")
    QTimer.singleShot(50, on_new_password)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    return dialog


def test_the_first_log_in_asks_for_a_new_password(qtbot, sqlite_db):
    with UnitOfWork(sqlite_db) as uow:
        init_site(uow, "571", "boss", "initial-pass-1")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, NewPasswordDialog):
            QTimer.singleShot(50, answer)
            return
        seen.append(box.intro.text())
        box.new.setText("boss-own-pass-2")
        box.again.setText("boss-own-pass-X")
        box.save()
        seen.append(box.error.text())
        box.again.setText("boss-own-pass-2")
        box.save()

    dialog = _first_log_in(qtbot, sqlite_db, answer)
    assert seen and "initial password" in seen[0]
    assert seen[1] == "The two new passwords differ."
    assert dialog.actor is not None and dialog.actor.username == "boss"
    with UnitOfWork(sqlite_db) as uow:
        assert uow.session.scalar(select(User.must_change_password)) is False


def test_cancelling_the_new_password_does_not_log_in(qtbot, sqlite_db):
    with UnitOfWork(sqlite_db) as uow:
        init_site(uow, "571", "boss", "initial-pass-1")

    def cancel() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, NewPasswordDialog):
            box.reject()
        else:
            QTimer.singleShot(50, cancel)

    dialog = _first_log_in(qtbot, sqlite_db, cancel)
    assert dialog.actor is None and dialog.isVisible()


def test_the_status_bar_says_demo_database_on_a_demo_database_only(qtbot, demo_sqlite, actor):
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    assert gui.is_demo_database(demo_sqlite)
    window = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS), "杭州转运中心",
                        demo=gui.is_demo_database(demo_sqlite))
    qtbot.addWidget(window)
    window.show()
    assert window.demo_label.isVisible() and window.demo_label.text() == "演示数据库"
    window.grab().save(str(SCREENSHOTS / "install_demo_status_zh.png"))
    i18n.set_language("en")
    qtbot.waitUntil(lambda: window.demo_label.text() == "DEMO DATABASE")


def test_no_demo_mark_on_an_installed_database(qtbot, sqlite_db, actor):
    with UnitOfWork(sqlite_db) as uow:
        init_site(uow, "571", "boss", "initial-pass-1")
    assert not gui.is_demo_database(sqlite_db)
    window = MainWindow(AppContext(sqlite_db, actor("admin"), SETTINGS), "571",
                        demo=gui.is_demo_database(sqlite_db))
    qtbot.addWidget(window)
    window.show()
    assert not window.demo_label.isVisible()


def test_the_app_start_makes_todays_backup_in_the_data_folder(demo_sqlite, monkeypatch):
    from carrier_app.config import data_dir
    from carrier_app.core.clock import local_today

    monkeypatch.setenv("CARRIER_BACKUP_KEEP", "3")
    from carrier_app.ui.backups import start_daily_backup

    start_daily_backup(demo_sqlite, Settings(db_url=str(demo_sqlite.url))).join(60)
    made = data_dir() / "backups" / f"carrier-{local_today().isoformat()}.db"
    assert made.is_file() and made.read_bytes()[:16] == b"SQLite format 3\x00"

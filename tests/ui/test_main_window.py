"""The real start-up path: log-in dialog, main window, language switch, kept settings."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from carrier_app.config import Settings
from carrier_app.ui import app as gui
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.fonts import register_fonts
from carrier_app.ui.login_dialog import LoginDialog
from carrier_app.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def log_in(qtbot, db, user, password) -> LoginDialog:
    dialog = LoginDialog(db, Settings(db_url="sqlite://", station="ws-7", location="571"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, user)
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok),
                     Qt.MouseButton.LeftButton)
    return dialog


def test_wrong_password_is_refused_without_saying_which_part(qtbot, demo_sqlite):
    dialog = log_in(qtbot, demo_sqlite, "clerk", "not-it")
    assert dialog.actor is None and dialog.isVisible()
    assert dialog.error.text() == "Wrong user name or password."
    assert dialog.password.text() == ""


def test_the_log_in_dialog_switches_language(qtbot, demo_sqlite):
    dialog = LoginDialog(demo_sqlite, Settings(db_url="sqlite://"))
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_CN"))
    qtbot.waitUntil(lambda: dialog.user_label.text() == "用户名")
    assert QSettings().value("language") == "zh_CN"


def test_log_in_switch_language_and_screenshot(qtbot, demo_sqlite, tmp_path):
    register_fonts(QApplication.instance())
    dialog = log_in(qtbot, demo_sqlite, "supervisor", "supervisor-demo")
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    window = MainWindow(AppContext(demo_sqlite, dialog.actor,
                                   Settings(db_url="sqlite://", location="571")), "杭州转运中心")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    assert "supervisor" in window.user_label.text()
    assert "571 杭州转运中心" in window.location_label.text()
    assert "SQLite" in window.db_label.text()
    assert window.current_page().key == "tracking"
    sections = [window.nav.topLevelItem(i).text(0) for i in range(window.nav.topLevelItemCount())]
    assert sections == ["Pickup", "Waybills", "Sorting", "Dispatch", "Delivery", "Finance",
                        "Tracking", "Admin"]

    window.language_actions["zh_CN"].trigger()
    assert i18n.current_language() == "zh_CN"
    # LanguageChange is posted
    qtbot.waitUntil(lambda: window.nav.topLevelItem(0).text(0) == "揽收")
    assert window.current_page().title() == "查询包裹"
    assert window.user_label.text().startswith("用户：")
    assert QSettings().value("language") == "zh_CN"

    page = window.current_page()
    qtbot.keyClicks(page.scan, "AA000000016CN")  # wrong check digit
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    assert "校验位错误" in page.banner.text()
    SCREENSHOTS.mkdir(exist_ok=True)
    for target in (SCREENSHOTS / "main_window_zh_CN.png", tmp_path / "shot.png"):
        assert window.grab().save(str(target))
    assert (tmp_path / "shot.png").stat().st_size > 10_000

    window.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.topLevelItem(0).text(0) == "Pickup")


def test_geometry_and_last_page_are_kept(qtbot, demo_sqlite, actor):
    ctx = AppContext(demo_sqlite, actor("admin"), Settings(db_url="sqlite://"))
    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(640, 480)  # within the offscreen screen (800x600)
    first.show()
    assert first.show_page("admin-users")
    size = (first.size().width(), first.size().height())  # at least the pages' minimum
    first.close()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    assert second.current_page().key == "admin-users"
    assert (second.size().width(), second.size().height()) == size


def test_an_unusable_database_at_start_is_a_message_not_a_crash(qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("CARRIER_DB_URL", "postgresql+psycopg://postgres@127.0.0.1:1/none")
    seen: list[str] = []

    def close_box() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            seen.append(box.text())
            box.accept()
        else:
            QTimer.singleShot(50, close_box)

    QTimer.singleShot(50, close_box)
    assert gui.run_gui() == 1
    assert seen and "cannot be reached" in seen[0]


def test_a_first_start_creates_and_seeds_the_database(tmp_path, monkeypatch):
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CARRIER_DB_URL", raising=False)
    monkeypatch.setenv("CARRIER_FIRST_START", "demo")  # as `make run` starts it
    db, demo = gui.prepare_database(Settings())
    assert demo and (tmp_path / "carrier.db").exists()
    assert "carrier.db" in db.describe()
    db.dispose()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QLineEdit) and w.isVisible()]

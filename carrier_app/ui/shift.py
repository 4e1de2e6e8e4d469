"""A shift at one workstation: log in, work, Ctrl+L, the next user logs in — without
quitting. Each log-in gets its own context (so its own refused-scans list) and finds the
page and language it left (ui/user_settings.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from carrier_app.config import Settings
from carrier_app.core.roles import Actor
from carrier_app.store import Database
from carrier_app.ui import i18n, user_settings
from carrier_app.ui.context import AppContext
from carrier_app.ui.login_dialog import LoginDialog
from carrier_app.ui.main_window import MainWindow


class Shift(QObject):
    def __init__(self, db: Database, settings: Settings, *, demo_hint: bool = False,
                 location_name: str = "", demo_database: bool = False) -> None:
        super().__init__()
        self.demo_database = demo_database  # the status bar says 演示数据库
        self.db = db
        self.settings = settings
        self.demo_hint = demo_hint
        self.location_name = location_name
        self.window: MainWindow | None = None

    def log_in(self) -> bool:
        """The log-in dialog, then the user's main window; False when it was cancelled."""
        dialog = LoginDialog(self.db, self.settings, demo_hint=self.demo_hint)
        accepted = dialog.exec() == LoginDialog.DialogCode.Accepted
        actor = dialog.actor
        chosen = dialog.language_chosen
        dialog.deleteLater()
        if not accepted or actor is None:
            return False
        self.begin(actor, chosen)
        return True

    def begin(self, actor: Actor, language_chosen: bool) -> None:
        """The logged-in user's main window, in their language (the first log-in of a start
        happens in ui/app.py, before the database is even open)."""
        if language_chosen:
            user_settings.set_value(actor.username, "language", i18n.current_language())
        else:
            own = user_settings.value(actor.username, "language")
            if own and own != i18n.current_language():
                i18n.set_language(own)
        self.window = MainWindow(AppContext(self.db, actor, self.settings), self.location_name,
                                 demo=self.demo_database)
        self.window.switch_user.connect(self._switch)
        self.window.show()

    def _switch(self) -> None:
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        old, self.window = self.window, None
        if old is not None:
            old.deleteLater()
        # The main window is closed before the log-in shows: not the end of the program.
        keep = app.quitOnLastWindowClosed()
        app.setQuitOnLastWindowClosed(False)
        try:
            if not self.log_in():
                app.quit()
        finally:
            app.setQuitOnLastWindowClosed(keep)

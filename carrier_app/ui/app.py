"""Start the GUI: fonts, language, log-in window, then the database (created on first start,
then set up by the first-start wizard - a real depot or the demo; `make run` seeds the demo
straight away), the daily backup, and after the log-in the shift's main window. A database
that cannot be used is a clear message, not a crash.

The log-in window comes first: SQLAlchemy, Alembic, the use cases and the screens are imported
only once it is shown (bench/startup_bench.py measures launch → log-in window against a bare
PySide6 window). Keep this module and login_dialog.py free of those imports at module level."""

from __future__ import annotations

import os
import sys
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from carrier_app.config import Settings
from carrier_app.core.errors import DomainError
from carrier_app.ui import i18n, messages, workstation
from carrier_app.ui.fonts import register_fonts

if TYPE_CHECKING:
    from carrier_app.store import Database
    from carrier_app.ui.login_dialog import LoginDialog

#: Set by bench/startup_bench.py: the process ends as soon as the log-in window is shown.
EXIT_ON_SHOW = "CARRIER_EXIT_ON_SHOW"

ORG = "CarrierApp"
APP = "carrier_app"


def make_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv)
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName(ORG)
    QCoreApplication.setApplicationName(APP)
    register_fonts(app)
    return app


def start_language(settings: Settings) -> None:
    saved = QSettings().value("language")
    i18n.set_language(settings.language or (saved if isinstance(saved, str) else "")
                      or i18n.system_language())


def prepare_database(settings: Settings) -> tuple[Database, bool]:
    """Open, create or migrate; seed the demo network on a brand-new database when
    CARRIER_FIRST_START=demo (`make run`; otherwise the first-start wizard asks).
    Returns the database and whether it carries the demo users."""
    from carrier_app.demo.seed import seed, seeded
    from carrier_app.store import UnitOfWork, open_database
    from carrier_app.store.schema import check, upgrade

    db = open_database(settings.db_url, read_url=settings.db_read_url or None)
    state = check(db)  # raises SchemaTooNew / StoreUnavailable
    if state != "ok":
        upgrade(db)
    if state == "empty" and os.environ.get("CARRIER_FIRST_START") == "demo":
        seed(db, location=settings.location)
    with UnitOfWork(db) as uow:
        demo = seeded(uow)
    return db, demo


def first_start(db: Database, settings: Settings) -> bool | None:
    """The wizard on a database with no network and no user: None when the user cancels,
    else whether the database now carries the demo users."""
    from carrier_app.auth.install import is_empty
    from carrier_app.store import UnitOfWork
    from carrier_app.ui.first_start import FirstStartDialog

    with UnitOfWork(db) as uow:
        if not is_empty(uow):
            return False
    wizard = FirstStartDialog(db, settings)
    if wizard.exec() != FirstStartDialog.DialogCode.Accepted:
        return None
    return wizard.made == "demo"


def is_demo_database(db: Database) -> bool:
    """Whether `demo` made this database (the status bar says so)."""
    from carrier_app.auth.install import DEMO, origin
    from carrier_app.store import UnitOfWork

    with UnitOfWork(db) as uow:
        return origin(uow) == DEMO


def location_name(db: Database, code: str) -> str:
    from carrier_app.network.service import location
    from carrier_app.store import UnitOfWork
    try:
        with UnitOfWork(db) as uow:
            return location(uow, code).name
    except DomainError:
        return QCoreApplication.translate("App", "(unknown location)")


def install_error_hook() -> None:
    """An unexpected error in a slot is shown, not only printed: the action did not complete
    and, its unit of work rolled back, nothing of it was saved."""
    previous = sys.excepthook

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        previous(exc_type, exc, tb)
        if QApplication.instance() is not None:
            text = messages.describe(exc) if isinstance(exc, DomainError) else \
                f"{exc_type.__name__}: {exc}"
            QMessageBox.critical(None, QCoreApplication.translate("App", "Unexpected error"),
                                 QCoreApplication.translate(
                                     "App", "The action was not completed and nothing of it "
                                     "was saved.\n\n{error}").format(error=text))

    sys.excepthook = hook


def open_after_shown(dialog: LoginDialog, settings: Settings) -> None:
    """Open the database behind the shown log-in window (what the user types meanwhile is
    queued, not lost): on an empty one the first-start wizard first; then the daily backup,
    and the main window imported so that logging in does not wait for it.
    A database that cannot be used: the message, and the dialog ends with code 2."""
    QApplication.processEvents()  # paint the window before the imports hold the thread
    if not dialog.isVisible():  # closed before the database was even opened
        return
    try:
        db, demo = prepare_database(settings)
    except DomainError as exc:
        QMessageBox.critical(dialog, QCoreApplication.translate("App", "carrier_app"),
                             messages.describe(exc))
        dialog.done(2)
        return
    made = first_start(db, settings)
    if made is None:  # the wizard was cancelled: nothing to log in to
        dialog.reject()
        return
    from carrier_app.ui.backups import start_daily_backup  # not needed before the log-in
    start_daily_backup(db, settings)
    dialog.set_database(db, demo or made)
    import carrier_app.ui.main_window  # noqa: F401 - the screens, while the user types


def run_gui() -> int:
    from carrier_app.ui.login_dialog import LoginDialog

    app = make_app()
    install_error_hook()
    settings = workstation.load(Settings())
    start_language(settings)
    dialog = LoginDialog(None, settings)
    if os.environ.get(EXIT_ON_SHOW):
        QTimer.singleShot(0, lambda: os._exit(0))
    QTimer.singleShot(0, lambda: open_after_shown(dialog, settings))
    result = dialog.exec()
    if result == 2:
        return 1
    if result != LoginDialog.DialogCode.Accepted or dialog.actor is None or dialog.db is None:
        return 0
    from carrier_app.ui.shift import Shift

    db = dialog.db
    shift = Shift(db, settings, demo_hint=dialog.demo_hint,
                  location_name=location_name(db, settings.location),
                  demo_database=is_demo_database(db))
    shift.begin(dialog.actor, dialog.language_chosen)
    dialog.deleteLater()
    return app.exec()

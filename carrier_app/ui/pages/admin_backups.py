"""Admin → Backups: the copies of the depot's database in the data folder's backups/ (the
daily automatic ones and those made here), a "Back up now" that runs the same backup as
`carrier-app backup` off the GUI thread, and how a restore is done: from the command line into
a new, empty database, never over the database the depot is working in."""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from carrier_app.core.clock import to_local, utcnow
from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.ui import messages
from carrier_app.ui.backups import BackupFile, BackupInfo, backup_now, folder, list_backups
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table, standard_page
from carrier_app.ui.worker import Cancelled, Progress, Task


def size_text(size: int) -> str:
    return f"{size / 1_048_576:,.1f} MB" if size >= 104_858 else f"{size / 1024:,.0f} KB"


class BackupsPage(Page):
    section = Section.ADMIN
    order = 30
    key = "admin-backups"
    permission = Permission.MANAGE_NETWORK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.folder = folder()
        self.task: Task | None = None
        self.model: RowsModel[BackupFile] = RowsModel([
            (lambda: self.tr("Made"), lambda r: local_time(r.made, "%Y-%m-%d %H:%M")),
            (lambda: self.tr("Kind"), lambda r: self.tr("Daily") if r.daily
             else self.tr("On request")),
            (lambda: self.tr("Size"), lambda r: size_text(r.size)),
            (lambda: self.tr("File"), lambda r: str(r.path)),
        ])
        self.table = rows_table(self.model, "backups", fit=True)
        self.backup_button = QPushButton()
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.back_up)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = FeedbackBanner(point_size=12)
        self.daily = QLabel()
        self.daily.setWordWrap(True)
        self.how_to_restore = QLabel()
        self.how_to_restore.setWordWrap(True)
        self.how_to_restore.setObjectName("howToRestore")
        top = QHBoxLayout()
        top.addWidget(self.backup_button)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        body = QVBoxLayout()
        body.addWidget(self.table, 1)
        body.addWidget(self.how_to_restore)
        standard_page(self, top, self.banner, body, below=self.daily)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Backups")

    def retranslate(self) -> None:
        self.backup_button.setText(self.tr("Back up now"))
        self.refresh_button.setText(self.tr("Refresh"))
        keep = self.ctx.settings.backup_keep
        if not self.ctx.db.is_sqlite:
            self.daily.setText(self.tr(
                "The database is on a PostgreSQL server: back the server up with its own tools "
                "(or pg_dump, which Back up now runs). Backups made here are in {folder}.")
                .format(folder=self.folder))
        elif keep:
            self.daily.setText(self.tr(
                "Every day, the first start of carrier_app copies the database into {folder}; "
                "the newest {keep} daily copies are kept (CARRIER_BACKUP_KEEP). Copy them to "
                "another disk or machine: a copy on the same disk does not survive the disk.")
                .format(folder=self.folder, keep=keep))
        else:
            self.daily.setText(self.tr(
                "Daily copies are switched off (CARRIER_BACKUP_KEEP=0). Backups made here are "
                "in {folder}.").format(folder=self.folder))
        self.how_to_restore.setText(self.tr(
            "To restore: stop carrier_app on every workstation, then on the command line "
            "restore the file into a new, empty database, check it, and point the "
            "workstations at it:  carrier-app restore FILE --db URL. A backup is never "
            "restored over the database in use."))
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(list_backups(self.folder))

    def back_up(self) -> None:
        if self.task is not None:
            return
        db, folder, now = self.ctx.db, self.folder, to_local(utcnow())

        def work(_progress: Progress, _cancelled: Cancelled) -> BackupInfo | DomainError:
            try:
                return backup_now(db, folder, now)
            except DomainError as exc:  # described in the user's language, on the GUI thread
                return exc

        self.task = Task(work)
        self.task.signals.done.connect(self._made)
        self.task.signals.failed.connect(self._failed)
        self.backup_button.setEnabled(False)
        self.banner.show_message(Kind.IDLE, self.tr("Backing up…"))
        QThreadPool.globalInstance().start(self.task)

    def _finish(self) -> None:
        self.task = None
        self.backup_button.setEnabled(True)
        self.refresh()

    def _made(self, info: BackupInfo | DomainError) -> None:
        self._finish()
        if isinstance(info, DomainError):
            self.banner.show_message(Kind.ERROR, messages.describe(info))
            return
        self.banner.show_message(Kind.OK, self.tr("Backed up: {file} ({size})").format(
            file=info.path, size=size_text(info.size)))

    def _failed(self, message: str) -> None:
        self._finish()
        self.banner.show_message(Kind.ERROR, self.tr("The backup failed: {0}").format(message))


PAGES = [BackupsPage]

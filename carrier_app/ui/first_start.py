"""First start on an empty database: set up a real depot (the same use case as
`carrier-app init`: the site and one administrator, whose password is changed at the first
log-in) or, to look around, a demo database."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
    QWidget,
)

from carrier_app.auth.install import init_site
from carrier_app.config import Settings
from carrier_app.core.errors import DomainError
from carrier_app.store import Database, UnitOfWork
from carrier_app.ui import messages


class FirstStartDialog(QDialog):
    def __init__(self, db: Database, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.settings = db, settings
        #: "init" or "demo" once accepted.
        self.made: str | None = None
        self.setWindowTitle(self.tr("carrier_app — set up this depot"))
        intro = QLabel(self.tr("The database {db} is empty. Set up your depot: its site code "
                               "and the first administrator. No demo data or demo accounts "
                               "are added.").format(db=db.describe()))
        intro.setWordWrap(True)
        self.site = QLineEdit(settings.location)
        self.site.setObjectName("site")
        self.site_name = QLineEdit()
        self.site_name.setObjectName("siteName")
        self.admin = QLineEdit()
        self.admin.setObjectName("admin")
        self.password = QLineEdit()
        self.password.setObjectName("adminPassword")
        self.again = QLineEdit()
        self.again.setObjectName("adminPasswordAgain")
        for box in (self.password, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Site code (hub 571 or branch 571-12)"), self.site)
        form.addRow(self.tr("Site name"), self.site_name)
        form.addRow(self.tr("Administrator's user name"), self.admin)
        form.addRow(self.tr("Initial password"), self.password)
        form.addRow(self.tr("Again"), self.again)
        note = QLabel(self.tr("The administrator chooses a new password at the first log-in."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #546e7a;")
        self.error = QLabel()
        self.error.setObjectName("setupError")
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.set_up = QPushButton(self.tr("Set up the depot"))
        self.set_up.setObjectName("setUp")
        self.set_up.setDefault(True)
        self.demo = QPushButton(self.tr("A demo database instead"))
        self.demo.setObjectName("demoInstead")
        buttons.addButton(self.set_up, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.demo, QDialogButtonBox.ButtonRole.ActionRole)
        self.set_up.clicked.connect(self.install)
        self.demo.clicked.connect(self.make_demo)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def install(self) -> None:
        if not self.admin.text().strip() or not self.password.text():
            self.error.setText(self.tr("Enter the administrator's user name and password."))
            return
        if self.password.text() != self.again.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            with UnitOfWork(self.db) as uow:
                init_site(uow, self.site.text(), self.admin.text(), self.password.text(),
                          site_name=self.site_name.text(), station=self.settings.station)
        except DomainError as exc:
            self.error.setText(messages.describe(exc))
            return
        self.made = "init"
        self.accept()

    def make_demo(self) -> None:
        from carrier_app.demo.seed import seed
        try:
            seed(self.db, location=self.settings.location)
        except DomainError as exc:
            self.error.setText(messages.describe(exc))
            return
        self.made = "demo"
        self.accept()

"""A new password: at the first log-in of an account with an initial password (`init`),
the user types the new one twice; `auth.service.change_password` checks and saves it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget,
)

from carrier_app.auth.service import change_password
from carrier_app.core.errors import DomainError
from carrier_app.store import Database, UnitOfWork
from carrier_app.ui import messages


class NewPasswordDialog(QDialog):
    def __init__(self, db: Database, username: str, current: str, *, station: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db, self.username, self.current, self.station = db, username, current, station
        self.setWindowTitle(self.tr("Change the initial password"))
        self.intro = QLabel(self.tr("{user}: this is an initial password. Choose your own "
                                    "(at least 8 characters) to continue.")
                            .format(user=username))
        self.intro.setWordWrap(True)
        self.new = QLineEdit()
        self.new.setObjectName("newPassword")
        self.again = QLineEdit()
        self.again.setObjectName("newPasswordAgain")
        for box in (self.new, self.again):
            box.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("newPasswordError")
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("New password"), self.new)
        form.addRow(self.tr("Again"), self.again)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)
        self.new.setFocus()

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.error.setText(self.tr("The two new passwords differ."))
            self.again.clear()
            self.again.setFocus()
            return
        try:
            with UnitOfWork(self.db) as uow:
                change_password(uow, self.username, self.current, self.new.text(),
                                station=self.station)
        except DomainError as exc:
            self.error.setText(messages.describe(exc))
            return
        self.accept()

"""Log in: user name and password. Failures say only that the pair was wrong.

The dialog is the first window: it is shown before the database (SQLAlchemy, Alembic, the use
cases) is opened, so it imports none of them itself; `set_database` hands the database over
once it is open."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import (
    QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout,
)

from carrier_app.config import Settings
from carrier_app.core.errors import DomainError, PasswordChangeRequired
from carrier_app.ui import i18n, messages

if TYPE_CHECKING:
    from carrier_app.core.roles import Actor
    from carrier_app.store import Database


class LoginDialog(QDialog):
    def __init__(self, db: Database | None, settings: Settings, *,
                 demo_hint: bool = False) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.actor: Actor | None = None
        self.demo_hint = demo_hint
        #: The user picked a language here: it becomes theirs (ui/shift.py).
        self.language_chosen = False
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel()
        self.error.setObjectName("loginError")
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #546e7a;")
        self.hint.setVisible(demo_hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.try_login)
        self.buttons.rejected.connect(self.reject)
        self.language = QComboBox()
        self.language.setObjectName("loginLanguage")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(i18n.current_language()))
        self.language.currentIndexChanged.connect(self._language_changed)
        self.form = QFormLayout()
        self.user_label = QLabel()
        self.password_label = QLabel()
        self.language_label = QLabel()
        self.form.addRow(self.user_label, self.username)
        self.form.addRow(self.password_label, self.password)
        self.form.addRow(self.language_label, self.language)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(440)
        self.retranslate()
        self.username.setFocus()

    def set_database(self, db: Database, demo_hint: bool) -> None:
        self.db = db
        self.demo_hint = demo_hint
        self.hint.setVisible(demo_hint)
        self.retranslate()

    def _language_changed(self) -> None:
        code = self.language.currentData()
        self.language_chosen = True
        i18n.set_language(code)
        QSettings().setValue("language", code)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("carrier_app — log in"))
        self.user_label.setText(self.tr("User name"))
        self.password_label.setText(self.tr("Password"))
        self.language_label.setText(self.tr("Language / 语言"))
        self.where.setText(self.tr("Workstation {station} at {location}\n{db}").format(
            station=self.settings.station, location=self.settings.location,
            db=self.db.describe() if self.db else self.tr("Opening the database…")))
        self.hint.setText(self.tr("Demo database: log in as admin / admin-demo (also clerk, "
                                  "sorter, dispatcher, supervisor, finance with -demo)."))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

    def try_login(self) -> None:
        if not self.username.text().strip() or not self.password.text():
            self.error.setText(self.tr("Enter your user name and password."))
            return
        if self.db is None:
            self.error.setText(self.tr("Opening the database… try again in a moment."))
            return
        try:
            try:
                self.actor = self._login()
            except PasswordChangeRequired:  # an initial password: a new one first
                if not self._new_password():
                    return
                self.actor = self._login()
        except DomainError as exc:
            self.error.setText(messages.describe(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()

    def _login(self) -> Actor:
        from carrier_app.auth.service import login
        from carrier_app.store import UnitOfWork
        assert self.db is not None
        with UnitOfWork(self.db) as uow:
            return login(uow, self.username.text(), self.password.text(),
                         station=self.settings.station, location=self.settings.location)

    def _new_password(self) -> bool:
        from carrier_app.ui.password_dialog import NewPasswordDialog
        assert self.db is not None
        dialog = NewPasswordDialog(self.db, self.username.text().strip(),
                                   self.password.text(), station=self.settings.station,
                                   parent=self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        self.password.setText(dialog.new.text())
        return True

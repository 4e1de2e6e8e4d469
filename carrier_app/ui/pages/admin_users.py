"""Admin → Users: who may log in, with which role; add users and unlock locked accounts."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QPushButton, QTableView, QVBoxLayout,
)

from carrier_app.auth.service import UserInfo, add_user, list_users, unlock
from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission, Role
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import fill_combo


class UsersPage(Page):
    section = Section.ADMIN
    order = 10
    key = "admin-users"
    permission = Permission.MANAGE_USERS

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.model: RowsModel[UserInfo] = RowsModel([
            (lambda: self.tr("User name"), lambda u: u.username),
            (lambda: self.tr("Name"), lambda u: u.display_name),
            (lambda: self.tr("Role"), lambda u: messages.role_name(u.role)),
            (lambda: self.tr("State"), lambda u: self.tr("locked") if u.locked
             else (self.tr("active") if u.active else self.tr("inactive"))),
            (lambda: self.tr("Last log-in"),
             lambda u: local_time(u.last_login_at) if u.last_login_at else ""),
        ])
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.unlock_button = QPushButton()
        self.unlock_button.clicked.connect(self.unlock_selected)

        self.username = QLineEdit()
        self.display_name = QLineEdit()
        self.role = QComboBox()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton()
        self.add_button.clicked.connect(self.add)
        self.form_box = QGroupBox()
        form = QFormLayout(self.form_box)
        self.labels = [QLabel() for _ in range(4)]
        for label, field in zip(self.labels, (self.username, self.display_name, self.role,
                                              self.password)):
            form.addRow(label, field)
        form.addRow(self.add_button)
        self.banner = FeedbackBanner(point_size=11)

        buttons = QHBoxLayout()
        buttons.addWidget(self.unlock_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.form_box)
        layout.addWidget(self.banner)
        enter_clicks(self.add_button, self.username, self.display_name, self.password)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Users")

    def retranslate(self) -> None:
        self.unlock_button.setText(self.tr("Unlock selected user"))
        self.form_box.setTitle(self.tr("Add a user"))
        for label, text in zip(self.labels, (self.tr("User name"), self.tr("Name"),
                                             self.tr("Role"), self.tr("Password"))):
            label.setText(text)
        self.add_button.setText(self.tr("Add user"))
        fill_combo(self.role, {r.value: messages.role_name(r) for r in Role})
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.run(list_users))

    def add(self) -> None:
        try:
            user = self.ctx.run(add_user, self.username.text(), self.password.text(),
                                self.role.currentData(), self.display_name.text())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        for field in (self.username, self.display_name, self.password):
            field.clear()
        self.banner.show_message(Kind.OK, self.tr("User {name} added").format(
            name=user.username))
        self.refresh()

    def unlock_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.banner.show_message(Kind.WARNING, self.tr("Select a user first"))
            return
        user = self.model.rows[rows[0].row()]
        try:
            self.ctx.run(unlock, user.username)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self.banner.show_message(Kind.OK, self.tr("{name} unlocked").format(name=user.username))
        self.refresh()


PAGES = [UsersPage]

"""Admin → Workstation: this machine's name, the hub or branch it stands in, and what its
scanner adds around a code. Kept in QSettings; used from the next log-in."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from carrier_app.core.roles import Permission
from carrier_app.network.service import locations
from carrier_app.ui import workstation
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


class WorkstationPage(Page):
    section = Section.ADMIN
    order = 20
    key = "admin-workstation"
    permission = Permission.MANAGE_NETWORK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        s = ctx.settings
        self.station = QLineEdit(s.station)
        self.location = QComboBox()
        for loc in ctx.look_up(locations):
            self.location.addItem(f"{loc.code}  {loc.name}", loc.code)
        self.location.setCurrentIndex(max(0, self.location.findData(s.location)))
        self.prefixes = QLineEdit(",".join(s.scan_prefixes))
        self.suffixes = QLineEdit(",".join(s.scan_suffixes))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.banner = FeedbackBanner(point_size=11)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.station, self.location, self.prefixes,
                                              self.suffixes)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self.banner)
        layout.addStretch(1)
        enter_clicks(self.save_button, self.station, self.prefixes, self.suffixes)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Workstation")

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("Workstation name"), self.tr("Location (hub or branch)"),
                self.tr("Scanner prefixes (comma-separated)"),
                self.tr("Scanner suffixes (comma-separated)"))):
            label.setText(text)
        self.save_button.setText(self.tr("Save"))

    def save(self) -> None:
        if not self.station.text().strip():
            self.banner.show_message(Kind.ERROR, self.tr("The workstation needs a name."))
            return
        workstation.save(self.station.text().strip(), self.location.currentData(),
                         _split(self.prefixes.text()), _split(self.suffixes.text()))
        self.banner.show_message(Kind.OK, self.tr("Saved. It applies from the next log-in."))


PAGES = [WorkstationPage]

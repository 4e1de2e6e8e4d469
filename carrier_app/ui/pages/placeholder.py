"""A clearly labelled stand-in for a section whose screens come in a later release."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout

from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.base import Page, Section, section_title


class PlaceholderPage(Page):
    order = 999

    def __init__(self, ctx: AppContext, section: Section) -> None:
        super().__init__(ctx)
        self.section = section
        self.key = f"placeholder-{section.name.lower()}"
        self.label = QLabel()
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #607d8b; font-size: 16pt;")
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Not available yet")

    def retranslate(self) -> None:
        self.label.setText(self.tr("The {section} screens are not part of this release yet.")
                           .format(section=section_title(self.section)))


PAGES: list[type[Page]] = []  # made per empty section by the main window

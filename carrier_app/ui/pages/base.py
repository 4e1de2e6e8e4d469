"""The base of every screen and the navigation sections they sit in.

A screen is a module in ui/pages/ that lists its Page subclasses in `PAGES`; the main window
finds them itself, so adding a screen never edits the window. Each page sets `section` and
`order`, builds its widgets in `__init__` and puts every visible string in `retranslate()`
(called at start and on each language switch).
"""

from __future__ import annotations

from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QWidget

from carrier_app.core.roles import Permission
from carrier_app.ui.context import AppContext
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP


class Section(IntEnum):
    """The steps of the flow, in navigation order."""

    PICKUP = 10
    WAYBILLS = 20
    SORTING = 30
    DISPATCH = 40
    DELIVERY = 50
    FINANCE = 60
    TRACKING = 70
    ADMIN = 80


SECTION_TITLES = {
    Section.PICKUP: QT_TRANSLATE_NOOP("Section", "Pickup"),
    Section.WAYBILLS: QT_TRANSLATE_NOOP("Section", "Waybills"),
    Section.SORTING: QT_TRANSLATE_NOOP("Section", "Sorting"),
    Section.DISPATCH: QT_TRANSLATE_NOOP("Section", "Dispatch"),
    Section.DELIVERY: QT_TRANSLATE_NOOP("Section", "Delivery"),
    Section.FINANCE: QT_TRANSLATE_NOOP("Section", "Finance"),
    Section.TRACKING: QT_TRANSLATE_NOOP("Section", "Tracking"),
    Section.ADMIN: QT_TRANSLATE_NOOP("Section", "Admin"),
}


def section_title(section: Section) -> str:
    return QCoreApplication.translate("Section", SECTION_TITLES[section])


class Page(QWidget):
    section: Section = Section.TRACKING
    order: int = 100
    #: Shown only to users who hold it (services check again).
    permission: Permission | None = None
    #: Stable key for QSettings ("last page").
    key: str = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx

    def title(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        """Set every visible string; called at start and on each language switch."""

    def activated(self) -> None:
        """The page was brought to the front: refresh, and give the scan box the focus."""

    def full_screen_left(self) -> None:
        """The window left full screen (Esc): undo what the page hid for it."""

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(e)

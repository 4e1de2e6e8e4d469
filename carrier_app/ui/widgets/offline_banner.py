"""The banner every scan screen shows while scans wait on this workstation for the server:
how many, and which checks could not be made (each is made when the scan is replayed)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QLabel, QWidget

from carrier_app.tracking.offline import Check, Journaled
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP
from carrier_app.ui.offline import OfflineBridge

CHECK_NAMES = {
    Check.STATUS: QT_TRANSLATE_NOOP("OfflineBanner", "status (cancelled, on hold, moved on)"),
    Check.DUPLICATES: QT_TRANSLATE_NOOP("OfflineBanner", "duplicates"),
    Check.LOCATION: QT_TRANSLATE_NOOP("OfflineBanner", "location"),
    Check.DESTINATION: QT_TRANSLATE_NOOP("OfflineBanner", "destination"),
    Check.COURIER: QT_TRANSLATE_NOOP("OfflineBanner", "courier's branch and capacity"),
    Check.MANIFEST: QT_TRANSLATE_NOOP("OfflineBanner", "manifest"),
    Check.WEIGHT: QT_TRANSLATE_NOOP("OfflineBanner", "weight and price"),
}
_STYLE = "QLabel { background: #6d4c41; color: #ffffff; padding: 6px; font-weight: bold; }"


# Marked for lupdate here: it does not see through `_tr` (a string only passed to it would be
# dropped from the .ts as vanished).
_COMMA = QT_TRANSLATE_NOOP("OfflineBanner", ", ")
_JOURNALED = QT_TRANSLATE_NOOP(
    "OfflineBanner", "{code}: saved on this workstation (offline); not checked yet: {checks}")
_WAITING = QT_TRANSLATE_NOOP("OfflineBanner", "Offline — {n} scans waiting")
_UNCHECKED = QT_TRANSLATE_NOOP("OfflineBanner", "Not checked until the server is back: {checks}")


def _tr(text: str) -> str:
    return QCoreApplication.translate("OfflineBanner", text)


def check_names(checks: set[Check] | tuple[Check, ...]) -> str:
    return _tr(_COMMA).join(_tr(CHECK_NAMES[c]) for c in Check if c in checks)


def journaled_text(r: Journaled) -> str:
    """What a page says for a scan kept on this workstation."""
    return _tr(_JOURNALED).format(
        code=r.entry.code, checks=check_names(r.unchecked))


class OfflineBanner(QLabel):
    """Hidden while nothing waits."""

    def __init__(self, bridge: OfflineBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self.bridge = bridge
        self.setWordWrap(True)
        self.setStyleSheet(_STYLE)
        bridge.changed.connect(self.update_text)
        self.update_text(bridge.waiting())

    def update_text(self, waiting: int) -> None:
        self.setVisible(waiting > 0)
        if waiting:
            self.setText(_tr(_WAITING).format(n=waiting) + "\n"
                         + _tr(_UNCHECKED).format(
                             checks=check_names(self.bridge.unchecked)))

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.update_text(self.bridge.waiting())
        super().changeEvent(e)

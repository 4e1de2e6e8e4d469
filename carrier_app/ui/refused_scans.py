"""This session's refused scans, kept for the whole shift (not only a banner the next scan
overwrites): every scan screen shows the same list, and anything that refuses a scan — a scan
box's bad code, a use case's refusal, the offline journal's replay — adds to it with
`ctx.refused.add(code, reason, screen)`. A new log-in starts a new list."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget,
)

from carrier_app.ui import messages
from carrier_app.ui.widgets.scan_input import ScanInput

#: Rows the list shows before it scrolls: the count stays readable on a 768-pixel screen.
VISIBLE_ROWS = 4


@dataclass(frozen=True)
class Refusal:
    at: datetime
    code: str
    reason: str  # a sentence in the user's language
    screen: str  # the page key (or "offline" for a replayed scan)


class RefusedScans(QObject):
    """The session's list; `changed` after every add or clear."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Refusal] = []

    def add(self, code: str, reason: str, screen: str) -> None:
        self.entries.append(Refusal(datetime.now(), code, reason, screen))
        self.changed.emit()

    def clear(self) -> None:
        self.entries.clear()
        self.changed.emit()

    def __len__(self) -> int:
        return len(self.entries)


class RefusedScansView(QWidget):
    """Count + list (newest first) + clear: what a scan screen shows under its banner.
    `watch(box)` records a scan box's own refusals (bad check digit, overflow, ...);
    `record(code, reason)` a use case's refusal on this screen."""

    def __init__(self, refused: RefusedScans, screen: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("refusedScans")
        self.refused = refused
        self.screen_key = screen
        self.count = QLabel()
        self.count.setObjectName("refusedCount")
        self.list = QListWidget()
        self.list.setObjectName("refusedList")
        self.list.setMaximumHeight(VISIBLE_ROWS * 22 + 6)
        self.clear_button = QPushButton()
        self.clear_button.setObjectName("refusedClear")
        self.clear_button.clicked.connect(refused.clear)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.count, 1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.list)
        refused.changed.connect(self._fill)
        self._fill()

    def watch(self, box: ScanInput) -> None:
        box.rejected.connect(self._rejected)

    def _rejected(self, raw: str, reason: str, _message: str) -> None:
        if reason != "empty":  # an Enter on an empty box is not a scan
            self.record(raw, messages.scan_rejection(reason, raw))

    def record(self, code: str, reason: str) -> None:
        self.refused.add(code, reason, self.screen_key)

    def _fill(self) -> None:
        n = len(self.refused)
        self.count.setText(self.tr("Refused scans this session: {n}").format(n=n))
        self.count.setStyleSheet("font-weight: bold; color: #c62828;" if n else "")
        self.list.clear()
        for r in reversed(self.refused.entries):
            self.list.addItem(f"{r.at:%H:%M:%S}  {r.code or '—'}  {r.reason}")
        self.list.setVisible(n > 0)
        self.clear_button.setText(self.tr("Clear list"))
        self.clear_button.setEnabled(n > 0)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self._fill()
        super().changeEvent(e)

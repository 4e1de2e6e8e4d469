"""The session's refused-scans list (minimal stand-in: the `shift` branch owns the full one,
with this same class and API, and the lead keeps that version at merge)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal


@dataclass(frozen=True)
class RefusedScan:
    code: str
    reason: str
    screen: str


class RefusedScans(QObject):
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RefusedScan] = []

    def add(self, code: str, reason: str, screen: str) -> None:
        self.rows.append(RefusedScan(code, reason, screen))
        self.changed.emit()

"""Answer the one confirm dialog (ui/confirm.py) from a test, with the key a user presses:
Enter proceeds, Esc cancels. Call before the click that asks."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox


def answer_confirm(key: Qt.Key = Qt.Key.Key_Return, *, tries: int = 500) -> list[str]:
    """Press `key` in the next confirm dialog; returns (once answered) [its text]."""
    asked: list[str] = []

    def press(left: int) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "confirmDialog":
            asked.append(box.text())
            QTest.keyClick(box, key)
        elif left:
            QTimer.singleShot(10, lambda: press(left - 1))

    QTimer.singleShot(0, lambda: press(tries))
    return asked

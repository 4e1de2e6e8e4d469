"""The one question before an irreversible action (settle, close a run, close an arrival
with shortages, dispatch a manifest, void): the consequence in a sentence, Enter to go on,
Esc to leave everything as it was."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget, title: str, consequence: str, proceed: str) -> bool:
    """Ask once; True when the user chose `proceed` (the default button: Enter)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, consequence, parent=parent)
    box.setObjectName("confirmDialog")
    yes = box.addButton(proceed, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes

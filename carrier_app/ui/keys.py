"""Keyboard-only work: Enter in a field completes the step it belongs to."""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QLineEdit


def enter_clicks(button: QAbstractButton, *fields: QLineEdit | QAbstractSpinBox) -> None:
    """Enter (or a scanner's CR) in any of `fields` presses `button`, when it is enabled:
    the courier badge assigns, the weight seals, the reason takes out."""
    def press() -> None:
        if button.isEnabled():
            button.click()
    for field in fields:
        if isinstance(field, QLineEdit):
            field.returnPressed.connect(press)
        else:
            field.editingFinished.connect(lambda f=field: press() if f.hasFocus() else None)

"""ScanInput: the one box every scan goes through.

A USB scanner is a keyboard that types the code in a burst and ends it with Enter (or Tab /
LF on some set-ups). The box strips configured prefixes and suffixes and whitespace,
normalises full-width characters (a Chinese IME may be on) and case, checks the S10 check
digit, emits `scanned(code)`, clears itself and keeps the focus. Bad codes are not emitted as
scans but as `rejected(raw, reason, message)` so the page can show and record them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget

from carrier_app.core import s10
from carrier_app.core.errors import ValidationError
from carrier_app.core.scan_code import normalise

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)


class ScanInput(QLineEdit):
    #: A well-formed code (check digit verified unless `validate` is off).
    scanned = Signal(str)
    #: raw text, reason ("empty", "format", "check_digit", "piece"), a message in English.
    rejected = Signal(str, str, str)

    def __init__(self, parent: QWidget | None = None, *, prefixes: tuple[str, ...] = (),
                 suffixes: tuple[str, ...] = (), validate: bool = True) -> None:
        super().__init__(parent)
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.validate = validate
        self.setMaxLength(64)
        self.setClearButtonEnabled(True)
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, False)  # no IME for codes
        self.setPlaceholderText(self.tr("Scan or type a waybill number and press Enter"))

    def event(self, e: QEvent) -> bool:
        # Tab ends a scan on some scanners: take it before Qt moves the focus.
        if e.type() == QEvent.Type.KeyPress and isinstance(e, QKeyEvent) \
                and e.key() == Qt.Key.Key_Tab:
            self.submit()
            return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if e.key() in _SUBMIT_KEYS:
            self.submit()
            e.accept()
            return
        super().keyPressEvent(e)

    def submit(self) -> None:
        raw = self.text()
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        code = normalise(raw, self.prefixes, self.suffixes)
        if not code:
            self.rejected.emit(raw, "empty", "Empty scan ignored")
            return
        if self.validate:
            try:
                s10.parse(code)
            except ValidationError as exc:
                self.rejected.emit(code, str(exc.params.get("reason", "format")), exc.message)
                return
        self.scanned.emit(code)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self.tr("Scan or type a waybill number and press Enter"))
        super().changeEvent(e)


"""ScanInput: the one box every scan goes through.

A USB scanner is a keyboard that types the code in a burst and ends it with Enter (CR), or
Tab, LF or CR+LF on some set-ups: Qt delivers LF as Ctrl+J (Key_J with ControlModifier, text
"\n") and CR as Return, Enter or Ctrl+M. Every one of them ends a scan; the LF of a CR+LF pair
is swallowed (it would submit an empty second code). A box that fills beyond `max_code`
characters without an end key (a scanner set to an ending the box does not know) is cleared
and reported as `rejected(raw, "overflow", ...)` and shown in the error colour: never a
silent pile-up. The box strips configured prefixes and suffixes and whitespace,
normalises full-width characters (a Chinese IME may be on) and case, checks the S10 check
digit, emits `scanned(code)`, clears itself and keeps the focus. Bad codes are not emitted as
scans but as `rejected(raw, reason, message)` so the page can show and record them.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from carrier_app.core import s10
from carrier_app.core.errors import ValidationError
from carrier_app.core.scan_code import normalise, strip_affixes

_SUBMIT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Tab)
#: The longest thing a scanner sends for one code: a piece code (AA123456789CN-999) with an
#: AIM prefix and a suffix fits with room to spare; beyond it the box has missed an end key.
MAX_CODE = 32
_CR, _LF = "cr", "lf"
_ERROR_STYLE = "QLineEdit { background: #c62828; color: #ffffff; }"


def end_key(e: QKeyEvent) -> str | None:
    """"cr" or "lf" when `e` ends a scan (Tab counts as "cr"), else None."""
    key, text = e.key(), e.text()
    ctrl = bool(e.modifiers() & Qt.KeyboardModifier.ControlModifier)
    if text == "\n" or (ctrl and key == Qt.Key.Key_J):
        return _LF
    if key in _SUBMIT_KEYS or text == "\r" or (ctrl and key == Qt.Key.Key_M):
        return _CR
    return None


class ScanInput(QLineEdit):
    #: A well-formed code (check digit verified unless `validate` is off).
    scanned = Signal(str)
    #: raw text, reason ("empty", "format", "check_digit", "piece", "overflow"), a message
    #: in English.
    rejected = Signal(str, str, str)
    #: The last code any scan box of this workstation accepted: what "register a problem"
    #: (F9, main window) hands to the exceptions desk.
    last_code: ClassVar[str] = ""

    def __init__(self, parent: QWidget | None = None, *, prefixes: tuple[str, ...] = (),
                 suffixes: tuple[str, ...] = (), validate: bool = True,
                 max_code: int = MAX_CODE, free_text: bool = False) -> None:
        super().__init__(parent)
        #: A search box (tracking): any text is emitted with its case and inner spaces (only
        #: scanner affixes stripped), not checked as a code, and a Chinese IME may be used.
        self.free_text = free_text
        if free_text:
            validate = False
        self.prefixes = prefixes
        self.suffixes = suffixes
        self.validate = validate
        self.max_code = max_code
        #: The end key that submitted last, while nothing has been typed since: a CR followed
        #: by an LF (or LF then CR) is one ending, not two scans.
        self._ended_by: str | None = None
        #: The box's own error look is on (after an overflow) until the next good scan.
        self.overflowed = False
        self.setMaxLength(max(64, max_code + 1))  # room to notice the overflow
        self.setClearButtonEnabled(True)
        # No IME for codes; a search box takes names too.
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, free_text)
        self.setPlaceholderText(self._hint())

    def _hint(self) -> str:
        """The grey text in the empty box: after an overflow, what went wrong (in the error
        colour, so it is seen even on a page without a banner)."""
        if self.overflowed:
            return self.tr("More than {n} characters without an end key: is the scanner set "
                           "to end each code with Enter or LF?").format(n=self.max_code)
        if self.free_text:
            return self.tr("Scan a waybill or piece, or type a phone number (or its last 4 "
                           "digits), a recipient name or an order ref, and press Enter")
        return self.tr("Scan or type a waybill number and press Enter")

    def event(self, e: QEvent) -> bool:
        if isinstance(e, QKeyEvent) and end_key(e) is not None:
            if e.type() == QEvent.Type.ShortcutOverride:
                e.accept()  # Ctrl+J / Ctrl+M end a scan, whatever shortcut the window has
                return True
            # Tab ends a scan on some scanners: take it before Qt moves the focus.
            if e.type() == QEvent.Type.KeyPress and e.key() == Qt.Key.Key_Tab:
                self._end(_CR)
                return True
        return super().event(e)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt override
        ending = end_key(e)
        if ending is not None:
            self._end(ending)
            e.accept()
            return
        super().keyPressEvent(e)
        if e.text():
            self._ended_by = None
        if len(self.text()) > self.max_code:
            self._overflow()

    def _end(self, ending: str) -> None:
        if not self.text() and self._ended_by not in (None, ending):
            self._ended_by = None  # the second half of CR+LF (or LF+CR): already submitted
            return
        self._ended_by = ending
        self.submit()

    def _overflow(self) -> None:
        raw = self.text()
        self.clear()
        self.overflowed = True
        self.setStyleSheet(_ERROR_STYLE)
        self.setPlaceholderText(self._hint())
        QApplication.beep()
        self.rejected.emit(raw, "overflow", f"More than {self.max_code} characters without "
                           "an end key (Enter, LF or Tab): the scanner's ending is not set; "
                           "the box was cleared")

    def submit(self) -> None:
        raw = self.text()
        self.clear()
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        code = (strip_affixes(raw, self.prefixes, self.suffixes) if self.free_text
                else normalise(raw, self.prefixes, self.suffixes))
        if len(code) > self.max_code:  # pasted or inserted past the key handling
            self.rejected.emit(code, "overflow", f"More than {self.max_code} characters")
            return
        if not code:
            self.rejected.emit(raw, "empty", "Empty scan ignored")
            return
        if self.validate:
            try:
                s10.parse(code)
            except ValidationError as exc:
                self.rejected.emit(code, str(exc.params.get("reason", "format")), exc.message)
                return
        if self.overflowed:
            self.overflowed = False
            self.setStyleSheet("")
            self.setPlaceholderText(self._hint())
        if self.validate or s10.is_valid(code[:13]):  # a search box also takes names
            ScanInput.last_code = code
        self.scanned.emit(code)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.setPlaceholderText(self._hint())
        super().changeEvent(e)


"""Instant scan feedback: a coloured banner and a sound per kind of outcome."""

from __future__ import annotations

import os
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QWidget

from carrier_app.config import RESOURCES


class Kind(StrEnum):
    OK = "ok"
    DUPLICATE = "duplicate"
    WARNING = "warning"
    ERROR = "error"
    HOLD = "hold"
    IDLE = "idle"
    # The sort station tells more outcomes apart at a glance (issue 5).
    MISREAD = "misread"        # wrong check digit: scan again
    CANCELLED = "cancelled"
    MISSORT = "missort"        # in the wrong pile: move it
    MANUAL = "manual"          # no routing rule: to the manual-routing table


#: Background, text colour. Chosen to be told apart also by colour-weak eyes (with the text).
COLOURS: dict[Kind, tuple[str, str]] = {
    Kind.OK: ("#1b8a3a", "#ffffff"),
    Kind.DUPLICATE: ("#f2b01e", "#202020"),
    Kind.WARNING: ("#e8711a", "#ffffff"),
    Kind.ERROR: ("#c62828", "#ffffff"),
    Kind.HOLD: ("#6a1b9a", "#ffffff"),
    Kind.IDLE: ("#eceff1", "#37474f"),
    Kind.MISREAD: ("#d81b60", "#ffffff"),
    Kind.CANCELLED: ("#263238", "#ffffff"),
    Kind.MISSORT: ("#1565c0", "#ffffff"),
    Kind.MANUAL: ("#00838f", "#ffffff"),
}


class Sounds:
    """Plays resources/sounds/<kind>.wav. CARRIER_SOUND=0 turns sound off (e.g. tests).

    QtMultimedia needs the system's PulseAudio client library (libpulse); on a workstation
    without it the system bell stands in, so a missing audio stack never stops scanning.
    `played` says what the last call really did: the file the QSoundEffect was given, BELL,
    or None (silent: sound off, IDLE, or OK without an audio stack)."""

    BELL = "bell"

    def __init__(self) -> None:
        self.enabled = os.environ.get("CARRIER_SOUND", "1") != "0"
        self._effects: dict[Kind, object] = {}
        self._multimedia: bool | None = None
        self.played: str | None = None

    @staticmethod
    def source(kind: Kind) -> Path:
        """The sound file for `kind`."""
        return RESOURCES / "sounds" / f"{kind}.wav"

    def play(self, kind: Kind) -> None:
        self.played = None
        if not self.enabled or kind is Kind.IDLE:
            return
        if self._multimedia is None:
            try:
                from PySide6 import QtMultimedia  # noqa: F401 - loaded on first sound only
                self._multimedia = True
            except ImportError:
                self._multimedia = False
        if not self._multimedia:
            if kind is not Kind.OK:
                QApplication.beep()
                self.played = self.BELL
            return
        effect = self._effects.get(kind)
        if effect is None:
            from PySide6.QtMultimedia import QSoundEffect
            effect = QSoundEffect()
            effect.setSource(QUrl.fromLocalFile(str(self.source(kind))))
            effect.setVolume(0.8)
            self._effects[kind] = effect
        effect.play()  # type: ignore[attr-defined]
        self.played = effect.source().toLocalFile()  # type: ignore[attr-defined]


class FeedbackBanner(QLabel):
    """A large coloured line of text saying what the last scan did."""

    def __init__(self, parent: QWidget | None = None, *, point_size: int = 20) -> None:
        super().__init__(parent)
        self.kind = Kind.IDLE
        self._point_size = point_size
        self.setWordWrap(True)
        self.setMinimumHeight(point_size * 3)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.show_message(Kind.IDLE, "")

    def show_message(self, kind: Kind, text: str) -> None:
        self.kind = kind
        bg, fg = COLOURS[kind]
        self.setStyleSheet(f"QLabel {{ background: {bg}; color: {fg}; padding: 10px; "
                           f"border-radius: 6px; font-size: {self._point_size}pt; "
                           "font-weight: bold; }")
        self.setText(text)

"""Register the shipped CJK font so Chinese never shows as empty boxes on a machine without
one, and make it the fallback after the platform's Latin UI font."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from carrier_app.config import RESOURCES

CJK_FONT_FILE = RESOURCES / "fonts" / "WenQuanYiZenHei-GBK.ttf"
_family: str | None = None


def register_fonts(app: QApplication) -> str:
    global _family
    if _family is None:
        font_id = QFontDatabase.addApplicationFont(str(CJK_FONT_FILE))
        families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
        _family = families[0] if families else ""
    if _family:
        font = QFont(app.font())
        font.setFamilies([app.font().family(), _family])
        app.setFont(font)
    return _family


def cjk_family() -> str:
    return _family or ""

"""Qt translations: one `.ts` source per language, resources/translations/carrier_app_<lang>.ts,
compiled once with Qt's lrelease into the data folder (again only when the .ts is newer), and
Qt's own qtbase_<lang>.qm shipped with PySide6 (OK/Cancel, the print and file dialogs), both
installed as QTranslators. `make translations` folds other .ts files in and refreshes it.
The build for depot PCs (packaging/carrier_app.spec) ships the .qm compiled, in place of the
.ts: `catalogue()` takes it."""

from __future__ import annotations

import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from carrier_app.config import RESOURCES, data_dir, ensure_private_dir

TRANSLATIONS = RESOURCES / "translations"
DOMAIN = "carrier_app"
LANGUAGES = {"zh_CN": "简体中文", "en": "English"}
_installed: list[QTranslator] = []

# Marks a source text for lupdate (which finds the calls by this name) and returns it
# unchanged; PySide6's stub says it returns `object`, so the marked texts are typed here.
QT_TRANSLATE_NOOP = cast(Callable[[str, str], str], QtCore.QT_TRANSLATE_NOOP)
_current = "en"


def _lrelease() -> str | None:
    exe = Path(sys.executable).with_name(
        "pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    if exe.exists():
        return str(exe)
    return shutil.which("pyside6-lrelease") or shutil.which("lrelease")


def compiled(ts: Path, cache: Path) -> Path | None:
    if not ts.exists():
        return None
    qm = cache / (ts.stem + ".qm")
    if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    tool = _lrelease()
    if tool is None:
        return None
    ensure_private_dir(cache)  # inside the data folder: made 0700 like it
    subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)
    return qm


def system_language() -> str:
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def current_language() -> str:
    return _current


def set_language(lang: str) -> None:
    """Install the translators for `lang`; Qt then sends LanguageChange to every widget."""
    global _current
    app = QCoreApplication.instance()
    assert app is not None
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    _current = lang if lang in LANGUAGES else "en"
    if _current == "en":
        return
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    for qm in (catalogue(_current),
               qt_own / f"qtbase_{_current}.qm"):
        tr = QTranslator(app)
        if qm is not None and tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)


def source(lang: str) -> Path:
    """The one .ts file of `lang`."""
    return TRANSLATIONS / f"{DOMAIN}_{lang}.ts"


def catalogue(lang: str) -> Path | None:
    """The compiled translations of `lang`: the .qm shipped beside where its .ts would be (the
    build for depot PCs ships it compiled, without the .ts or lrelease), else the .ts compiled
    into the data folder."""
    shipped = TRANSLATIONS / f"{DOMAIN}_{lang}.qm"
    ts = source(lang)
    if shipped.exists() and not ts.exists():
        return shipped
    return compiled(ts, data_dir() / "translations")

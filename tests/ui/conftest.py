from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from carrier_app.config import ensure_private_dir
from carrier_app.ui import i18n


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The .ts files compiled once for the session (lrelease: ~0.1 s a language)."""
    folder = tmp_path_factory.mktemp("compiled-translations")
    return [qm for lang in i18n.LANGUAGES
            if (qm := i18n.compiled(i18n.source(lang), folder)) is not None]


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch, qapp, compiled_translations):
    """Each UI test gets its own QSettings and data folder, the translations already compiled
    into it as the first set_language() there leaves them (test_translation_cache tests that
    step itself)."""
    root = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("CarrierAppTest")
    QCoreApplication.setApplicationName("carrier_app_test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
    monkeypatch.setenv("CARRIER_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("CARRIER_SOUND", "0")
    cache = ensure_private_dir(root / "data" / "translations")
    for qm in compiled_translations:
        shutil.copy2(qm, cache / qm.name)  # its time kept: newer than the .ts, so current
    yield
    i18n.set_language("en")

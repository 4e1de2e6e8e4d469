from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QSettings


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path_factory, monkeypatch, qapp):
    """Each UI test gets its own QSettings and data folder (compiled translations)."""
    root = tmp_path_factory.mktemp("settings")
    QCoreApplication.setOrganizationName("CarrierAppTest")
    QCoreApplication.setApplicationName("carrier_app_test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(root))
    monkeypatch.setenv("CARRIER_DATA_DIR", str(root / "data"))
    monkeypatch.setenv("CARRIER_SOUND", "0")
    yield
    from carrier_app.ui import i18n
    i18n.set_language("en")

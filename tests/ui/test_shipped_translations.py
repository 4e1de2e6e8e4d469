"""The build for depot PCs ships the translations compiled (.qm) and no .ts or lrelease: the
screens speak Chinese from the shipped .qm alone."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from carrier_app.ui import i18n


def test_a_shipped_qm_without_its_ts_translates(monkeypatch, tmp_path):
    bundle = tmp_path / "translations"
    bundle.mkdir()
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(i18n.source("zh_CN")),
                    "-qm", str(bundle / "carrier_app_zh_CN.qm")], check=True)
    monkeypatch.setattr(i18n, "TRANSLATIONS", bundle)
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setattr(i18n, "_lrelease", lambda: None)  # as on a depot PC
    try:
        i18n.set_language("zh_CN")
        assert QCoreApplication.translate("App", "Unexpected error") == "意外错误"
        assert not (tmp_path / "data").exists()  # nothing compiled into the data folder
    finally:
        i18n.set_language("en")

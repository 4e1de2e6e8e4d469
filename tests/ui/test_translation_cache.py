"""A data folder without compiled translations: the first set_language() compiles the .ts
with lrelease into data/translations (0700), later ones use that .qm until the .ts is newer.
(The other UI tests start with the .qm already there: tests/ui/conftest.py.)"""

from __future__ import annotations

import os
import shutil
import stat
import time

from PySide6.QtCore import QCoreApplication

from carrier_app.ui import i18n


def test_the_ts_is_compiled_into_the_data_folder_once_until_it_changes(monkeypatch, tmp_path):
    sources = tmp_path / "translations"
    sources.mkdir()
    ts = sources / i18n.source("zh_CN").name
    shutil.copy2(i18n.source("zh_CN"), ts)
    now = int(time.time())
    os.utime(ts, (now - 3000, now - 3000))  # edited an hour ago
    monkeypatch.setattr(i18n, "TRANSLATIONS", sources)
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path / "data"))
    qm = tmp_path / "data" / "translations" / "carrier_app_zh_CN.qm"
    try:
        i18n.set_language("zh_CN")
        assert QCoreApplication.translate("App", "Unexpected error") == "意外错误"
        assert qm.is_file() and stat.S_IMODE(qm.parent.stat().st_mode) == 0o700
        os.utime(qm, (now - 2000, now - 2000))  # a mark: still newer than the .ts
        i18n.set_language("zh_CN")
        assert qm.stat().st_mtime == now - 2000  # used as it is, not compiled again
        os.utime(ts, (now - 1000, now - 1000))  # the .ts edited since
        i18n.set_language("zh_CN")
        assert qm.stat().st_mtime > now - 1000  # compiled again
        assert QCoreApplication.translate("App", "Unexpected error") == "意外错误"
    finally:
        i18n.set_language("en")

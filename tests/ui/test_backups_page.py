"""Admin → Backups: the daily copies and those made on request are listed; Back up now makes a
backup off the GUI thread whose file is a sound database holding the depot's parcels; the
page says how to restore (from the command line into an empty database); a failure is said
in the user's language."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from carrier_app.config import data_dir
from carrier_app.core.clock import local_today
from carrier_app.store.backup import daily_backup
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.admin_backups import BackupsPage
from carrier_app.ui.widgets.feedback import Kind
from scan_support import make_parcels


def open_page(qtbot, db, actor):
    page = BackupsPage(AppContext(db, actor("supervisor")))
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activated()
    return page


def test_the_page_lists_the_daily_copy_and_backs_up_now(qtbot, demo_sqlite, actor):
    wbs = make_parcels(demo_sqlite, 3)
    folder = data_dir() / "backups"
    daily = daily_backup(demo_sqlite, folder, 7, local_today())
    page = open_page(qtbot, demo_sqlite, actor)
    assert [r.path for r in page.model.rows] == [daily] and page.model.rows[0].daily
    assert "carrier-app restore FILE" in page.how_to_restore.text()

    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert page.banner.kind is Kind.OK, page.banner.text()
    made = [r for r in page.model.rows if not r.daily]
    assert len(made) == 1 and str(made[0].path) in page.banner.text()
    con = sqlite3.connect(made[0].path)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        waybills = {w for (w,) in con.execute("SELECT waybill_no FROM parcels")}
    finally:
        con.close()
    assert set(wbs) <= waybills


def test_a_failed_backup_is_said_in_chinese(qtbot, demo_sqlite, actor, monkeypatch):
    from carrier_app.core.errors import StoreUnavailable
    from carrier_app.ui.pages import admin_backups

    def no_disk(*_a, **_k):
        raise StoreUnavailable("disk full", reason="disk")

    monkeypatch.setattr(admin_backups, "backup_now", no_disk)
    i18n.set_language("zh_CN")
    page = open_page(qtbot, demo_sqlite, actor)
    qtbot.mouseClick(page.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert page.banner.kind is Kind.ERROR
    assert "disk full" not in page.banner.text() and any(
        "\u4e00" <= ch <= "\u9fff" for ch in page.banner.text())
    assert page.backup_button.isEnabled()

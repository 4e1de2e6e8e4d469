"""Start-up (issue 12 item 8): the log-in window is shown before the database layer, Alembic,
the use cases and the screens are imported; the database is opened behind the shown window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from carrier_app.config import Settings
from carrier_app.ui import app as gui
from carrier_app.ui.login_dialog import LoginDialog

HEAVY = ("sqlalchemy", "alembic", "reportlab", "carrier_app.store", "carrier_app.cli",
         "carrier_app.auth", "carrier_app.waybill", "carrier_app.documents",
         "carrier_app.ui.main_window", "carrier_app.ui.pages")


def test_the_log_in_window_is_shown_before_the_heavy_imports(tmp_path):
    # The real entry point, in a fresh interpreter: what is loaded when the window shows.
    script = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from carrier_app.ui import app as gui
        def shown():
            w = QApplication.activeModalWidget()
            print("SHOWN", type(w).__name__, w.isVisible())
            for m in sorted(sys.modules):
                if m.startswith({HEAVY!r}):
                    print(m)
            w.reject()
        QTimer.singleShot(0, shown)  # before the database is opened (the next timer)
        sys.argv = ["carrier-app"]
        from carrier_app.launch import main
        raise SystemExit(main())
    """)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CARRIER_DATA_DIR=str(tmp_path),
               CARRIER_DB_URL=f"sqlite:///{tmp_path}/c.db", XDG_CONFIG_HOME=str(tmp_path),
               CARRIER_LANG="zh_CN")
    p = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True,
                       timeout=120)
    assert p.returncode == 0, p.stderr
    lines = p.stdout.splitlines()
    assert lines[0] == "SHOWN LoginDialog True"
    assert lines[1:] == []  # none of the heavy modules


def test_the_database_is_opened_behind_the_shown_window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("CARRIER_DB_URL", raising=False)
    monkeypatch.setenv("CARRIER_FIRST_START", "demo")  # as `make run`: no first-start wizard
    settings = Settings()
    dialog = LoginDialog(None, settings)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "Opening the database" in dialog.where.text()
    qtbot.keyClicks(dialog.username, "admin")
    qtbot.keyClicks(dialog.password, "admin-demo")
    dialog.try_login()  # too early: said so, nothing lost
    assert "try again" in dialog.error.text() and dialog.username.text() == "admin"
    gui.open_after_shown(dialog, settings)
    assert dialog.db is not None and "carrier.db" in dialog.where.text()
    assert dialog.hint.isVisibleTo(dialog)  # a new database carries the demo users
    dialog.try_login()
    assert dialog.actor is not None and dialog.actor.username == "admin"
    dialog.db.dispose()

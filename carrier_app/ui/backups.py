"""The workstation's backups of the depot database (over store/backup.py, as the command line
does): the daily copy made at start, and for Admin → Backups the list of copies and a copy on
request. Screens never import the store; this is their way to it, beside app.py and context.py."""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from carrier_app.config import Settings, data_dir
from carrier_app.core.clock import local_today
from carrier_app.store.backup import BackupFile, BackupInfo, backup_now, daily_backup, list_backups
from carrier_app.store.engine import Database

__all__ = ["BackupFile", "BackupInfo", "backup_now", "folder", "list_backups",
           "start_daily_backup"]


def folder() -> Path:
    return data_dir() / "backups"


def start_daily_backup(db: Database, settings: Settings) -> threading.Thread:
    """Today's copy of the SQLite file in the data folder's backups/ (kept: the newest
    CARRIER_BACKUP_KEEP), made off the GUI thread; a failure is printed, never in the way."""

    def work() -> None:
        try:
            daily_backup(db, folder(), settings.backup_keep, local_today())
        except Exception as exc:  # noqa: BLE001 - a missed backup must not stop the depot
            print(f"carrier_app: the daily backup failed: {exc}", file=sys.stderr)

    thread = threading.Thread(target=work, name="daily-backup", daemon=True)
    thread.start()
    return thread

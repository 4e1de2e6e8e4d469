"""Background WAL checkpoints for SQLite write-heavy stations (the sort station).

In WAL mode the commit that pushes the log past `wal_autocheckpoint` pages copies the log
into the database file and fsyncs it (synchronous=FULL): a 5-10 ms stall for that one scan,
every couple of hundred scans — the p99 of the scan path. A PASSIVE checkpoint from another
connection on a daemon thread does that copying between scans instead (it never blocks
writers, and sqlite3 releases the GIL while it works), so commits stay short. While it runs,
the app's own connections only checkpoint past `writer_pages` (a safety net, should this
thread fall behind), so the WAL cannot grow without bound either way.
"""

from __future__ import annotations

import sqlite3
import threading
from typing import Any

from sqlalchemy import event

from carrier_app.store.engine import Database


class WalCheckpointer:
    def __init__(self, db: Database, *, interval_s: float = 0.05,
                 writer_pages: int = 10_000) -> None:
        self.db = db
        self.writer_pages = writer_pages
        self.path = db.url.database if db.is_sqlite else None
        self.interval_s = interval_s
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.runs = 0  # checkpoints that found frames to copy

    @property
    def active(self) -> bool:
        return self._thread is not None

    def start(self) -> WalCheckpointer:
        if self.path and self.path != ":memory:" and self._thread is None:
            event.listen(self.db.engine, "connect", self._later_checkpoints)
            self.db.engine.dispose()  # pooled connections reopen with the setting
            self._stop.clear()
            self._thread = threading.Thread(target=self._run, name="wal-checkpoint",
                                            daemon=True)
            self._thread.start()
        return self

    def _later_checkpoints(self, dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.execute(f"PRAGMA wal_autocheckpoint={self.writer_pages}")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(5)
            self._thread = None
            # Back to SQLite's own checkpoints on the writers' connections.
            event.remove(self.db.engine, "connect", self._later_checkpoints)
            self.db.engine.dispose()

    def _run(self) -> None:
        assert self.path is not None
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            con.execute("PRAGMA busy_timeout=100")
            con.execute("PRAGMA synchronous=FULL")
            while not self._stop.wait(self.interval_s):
                try:
                    _busy, log, _done = con.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
                except sqlite3.Error:
                    continue  # e.g. busy: next round
                if log > 0:
                    self.runs += 1
        finally:
            con.close()

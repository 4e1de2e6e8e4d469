"""The workstation's offline scan journal: scans taken while the database server cannot be
reached, kept in their own SQLite file in the data folder until they are replayed.

WAL with synchronous=FULL: `append` returns only after the entry is committed and the WAL
fsynced, so a scan acknowledged on screen survives kill -9 and power loss. Entries keep their
order (`seq`); each carries the client event id the server records on the scan event, which
makes a replay after a crash between the server's commit and `remove` a no-op.
Plain sqlite3, not the app's engine: the journal must work exactly when that engine cannot.
"""

from __future__ import annotations

import json
import sqlite3
import threading
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from carrier_app.config import data_dir, ensure_private_dir, ensure_private_file
from carrier_app.core.clock import utcnow

_SCHEMA = """
CREATE TABLE IF NOT EXISTS entries (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    client_event_id TEXT NOT NULL UNIQUE,
    workstation TEXT NOT NULL,
    user_name TEXT NOT NULL,
    action TEXT NOT NULL,
    code TEXT NOT NULL,
    args TEXT NOT NULL,
    scanned_at TEXT NOT NULL,
    screen TEXT NOT NULL
)"""


def default_path() -> Path:
    return data_dir() / "offline_scans.db"


@dataclass(frozen=True)
class JournalEntry:
    seq: int                  # the order the scans were taken in
    client_event_id: str
    workstation: str
    user_name: str
    action: str               # a name in tracking.offline.ACTIONS
    code: str
    args: dict[str, Any]
    scanned_at: datetime      # UTC
    screen: str


class ScanJournal:
    """One workstation's journal file; safe to share between threads (one lock)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_path()
        ensure_private_dir(self.path.parent)
        ensure_private_file(self.path)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=FULL")
        self._conn.execute(_SCHEMA)

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    def append(self, action: str, code: str, args: dict[str, Any], *, user_name: str,
               workstation: str, screen: str, client_event_id: str | None = None,
               scanned_at: datetime | None = None) -> JournalEntry:
        """Write one scan and return once it is on disk (committed, WAL fsynced)."""
        cid = client_event_id or uuid.uuid4().hex
        at = scanned_at or utcnow()
        with self._lock:
            cur = self._conn.execute(
                "INSERT INTO entries (client_event_id, workstation, user_name, action, code, "
                "args, scanned_at, screen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (cid, workstation, user_name, action, code,
                 json.dumps(args, ensure_ascii=False), at.isoformat(), screen))
            seq = cur.lastrowid
        assert seq is not None
        return JournalEntry(seq, cid, workstation, user_name, action, code, args, at, screen)

    def pending(self, user_name: str, limit: int = 1000) -> list[JournalEntry]:
        """`user_name`'s entries, the oldest first (each user's scans replay as that user)."""
        with self._lock:
            rows = self._conn.execute(
                "SELECT seq, client_event_id, workstation, user_name, action, code, args, "
                "scanned_at, screen FROM entries WHERE user_name = ? ORDER BY seq LIMIT ?",
                (user_name, limit)).fetchall()
        return [JournalEntry(r[0], r[1], r[2], r[3], r[4], r[5], json.loads(r[6]),
                             datetime.fromisoformat(r[7]), r[8]) for r in rows]

    def count(self, user_name: str | None = None) -> int:
        """Entries waiting: `user_name`'s, or everyone's."""
        sql = "SELECT count(*) FROM entries"
        params: tuple[str, ...] = ()
        if user_name is not None:
            sql, params = sql + " WHERE user_name = ?", (user_name,)
        with self._lock:
            return int(self._conn.execute(sql, params).fetchone()[0])

    def waiting_by_user(self) -> dict[str, int]:
        with self._lock:
            return dict(self._conn.execute(
                "SELECT user_name, count(*) FROM entries GROUP BY user_name ORDER BY user_name"
            ).fetchall())

    def remove(self, seq: int) -> None:
        """Forget an entry the server has taken (applied, or refused and recorded)."""
        with self._lock:
            self._conn.execute("DELETE FROM entries WHERE seq = ?", (seq,))

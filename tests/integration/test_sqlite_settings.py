"""The embedded database's safety settings hold on every connection the app opens, not only
the first: WAL, synchronous=FULL (a committed scan survives a power cut), foreign keys, and
a busy timeout (a second workstation waits instead of failing at once)."""

from __future__ import annotations

from carrier_app.store import open_database
from carrier_app.store.engine import DEFAULT_BUSY_TIMEOUT_MS


def pragmas(raw) -> tuple:
    cur = raw.cursor()
    try:
        return tuple(cur.execute(f"PRAGMA {name}").fetchone()[0]
                     for name in ("journal_mode", "synchronous", "foreign_keys", "busy_timeout"))
    finally:
        cur.close()


def test_every_connection_gets_the_pragmas(tmp_path):
    db = open_database(f"sqlite:///{tmp_path / 'c.db'}")
    try:
        # Two connections of the pool at once (raw: no BEGIN IMMEDIATE to wait on).
        a, b = db.engine.raw_connection(), db.engine.raw_connection()
        try:
            assert a.dbapi_connection is not b.dbapi_connection
            for raw in (a, b):
                # synchronous: 2 is FULL (1 would be NORMAL: commits lost on power failure)
                assert pragmas(raw) == ("wal", 2, 1, DEFAULT_BUSY_TIMEOUT_MS)
        finally:
            a.close()
            b.close()
    finally:
        db.dispose()

"""Offline journal benchmark (issue 15 item 3): what a scan costs while the server cannot be
reached. `OfflineScans.attempt` with nothing reachable behind it (scans already waiting, so no
connection is tried: the journal path itself, one fsynced SQLite commit per scan) against raw
sqlite3 inserting the same row with the same pragmas (WAL, synchronous=FULL) in the same run.
Prints medians, p99 and the ratio to the floor.

    python bench/offline_journal_bench.py [--scans 2000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import statistics
import tempfile
import time
import uuid
from pathlib import Path

from carrier_app.core.clock import utcnow
from carrier_app.core.roles import Actor, Role
from carrier_app.store import open_database
from carrier_app.store.journal import ScanJournal
from carrier_app.tracking.offline import OfflineScans

ACTOR = Actor(None, "sorter", Role.SORTER, station="bench", location="571")
CODE = "AA000000014CN"


def unreachable() -> None:
    raise AssertionError("scans are waiting: attempt never goes online")


def floor_conn(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("CREATE TABLE entries (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
                 "client_event_id TEXT NOT NULL UNIQUE, workstation TEXT NOT NULL, "
                 "user_name TEXT NOT NULL, action TEXT NOT NULL, code TEXT NOT NULL, "
                 "args TEXT NOT NULL, scanned_at TEXT NOT NULL, screen TEXT NOT NULL)")
    return conn


def measure(tmp: Path, n: int) -> tuple[list[float], list[float]]:
    """Floor and ours interleaved scan by scan, so a busy moment of the machine costs both."""
    conn = floor_conn(tmp / "floor.db")
    db = open_database("postgresql+psycopg://nobody@127.0.0.1:1/none")  # never connected
    journal = ScanJournal(tmp / "journal.db")
    offline = OfflineScans(db, journal, ACTOR)
    journal.append("sort", CODE, {}, user_name="sorter", workstation="bench", screen="sorting")
    base, ours = [], []
    for _ in range(n):
        t = time.perf_counter()
        conn.execute("INSERT INTO entries (client_event_id, workstation, user_name, action, "
                     "code, args, scanned_at, screen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                     (uuid.uuid4().hex, "bench", "sorter", "sort", CODE, json.dumps({}),
                      utcnow().isoformat(), "sorting"))
        base.append(time.perf_counter() - t)
        t = time.perf_counter()
        offline.attempt("sorting", "sort", CODE, {}, unreachable)
        ours.append(time.perf_counter() - t)
    conn.close()
    journal.close()
    return base, ours


def summary(name: str, times: list[float]) -> tuple[float, float]:
    ms = sorted(t * 1000 for t in times)
    p50, p99 = statistics.median(ms), ms[int(len(ms) * 0.99) - 1]
    print(f"{name:<34} p50 {p50:7.3f} ms   p99 {p99:7.3f} ms")
    return p50, p99


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--scans", type=int, default=2000)
    ap.add_argument("--quick", action="store_true", help="200 scans")
    args = ap.parse_args()
    n = 200 if args.quick else args.scans
    with tempfile.TemporaryDirectory() as tmp:
        floor_times, our_times = measure(Path(tmp), n)
    base = summary("floor: raw sqlite3 insert+fsync", floor_times)
    ours = summary("OfflineScans.attempt (journaled)", our_times)
    print(f"ratio to the floor: p50 {ours[0] / base[0]:.2f}x   p99 {ours[1] / base[1]:.2f}x"
          f"   ({n} scans)")


if __name__ == "__main__":
    main()

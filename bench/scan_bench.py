"""Scan transaction benchmark (issue #3): N parcels bulk-seeded, then sort scans through the
real scan service (one unit of work per scan) against raw sqlite3 doing the same statements
(look up parcel, insert event, update piece, update parcel, commit) on the same database in
the same run. Prints p50/p99 and the ratio to the raw floor.

    python bench/scan_bench.py [--parcels 1000000] [--scans 10000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from carrier_app.core import s10
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.checkpoint import WalCheckpointer
from carrier_app.store.schema import upgrade
from carrier_app.tracking.scans import append_scan


def seed(path: Path, n: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # seeding only; the measured part runs FULL
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    batch = 50_000
    for start in range(1, n + 1, batch):
        ids = range(start, min(start + batch, n + 1))
        conn.executemany(
            "INSERT INTO parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
            "declared_value_fen, contents, note, recipient_name, recipient_phone, "
            "recipient_province, recipient_city, recipient_district, recipient_address, "
            "recipient_postcode, sender_name, sender_phone, sender_address, sort_code, status, "
            "is_return, failed_attempts, last_location, created_at, updated_at) VALUES "
            "(?, ?, 'standard', 1, 1000, 0, 0, '', '', '张三', '13812345678', '浙江省', "
            "'杭州市', '西湖区', '文三路 90 号', '310012', '', '', '', '571-12-01', "
            "'RECEIVED', 0, 0, '571', ?, ?)",
            ((i, s10.make("BB", i), now, now) for i in ids))
        conn.executemany(
            "INSERT INTO pieces (id, parcel_id, piece_no, status, updated_at) "
            "VALUES (?, ?, 1, 'RECEIVED', ?)", ((i, i, now) for i in ids))
        conn.commit()
    conn.close()


def raw_scan(conn: sqlite3.Connection, wb: str) -> None:
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    conn.execute("BEGIN IMMEDIATE")
    row = conn.execute(
        "SELECT id, status, status_before_hold, is_return, last_location, pieces, sort_code, "
        "courier_id FROM parcels WHERE waybill_no = ?", (wb,)).fetchone()
    conn.execute(
        "INSERT INTO scan_events (parcel_id, piece_no, event, status_before, status_after, "
        "location_code, station, user_id, courier_id, occurred_at, client_event_id, message, "
        "details) VALUES (?, NULL, 'SORT', ?, 'SORTED', '571', 'bench', NULL, NULL, ?, NULL, "
        "'', ?)", (row[0], row[1], now, json.dumps({})))
    conn.execute("UPDATE pieces SET status = 'SORTED', updated_at = ? WHERE parcel_id = ?",
                 (now, row[0]))
    conn.execute("UPDATE parcels SET status = 'SORTED', last_location = '571', updated_at = ? "
                 "WHERE id = ?", (now, row[0]))
    conn.execute("COMMIT")


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] if len(values) > 1 else values[0]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--scans", type=int, default=10_000)
    ap.add_argument("--quick", action="store_true", help="100k parcels, 2k scans")
    ap.add_argument("--no-bg-checkpoint", dest="bg_checkpoint", action="store_false",
                    help="let the writers checkpoint the WAL themselves (the p99 stalls)")
    args = ap.parse_args()
    if args.quick:
        args.parcels, args.scans = 100_000, 2_000
    tmp = Path(tempfile.mkdtemp(prefix="scan_bench_"))
    path = tmp / "bench.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    t = time.perf_counter()
    seed(path, args.parcels)
    print(f"seeded {args.parcels:,} parcels in {time.perf_counter() - t:.1f} s")

    rng = random.Random(1)
    picks = rng.sample(range(1, args.parcels + 1), 2 * args.scans)
    service_ids, raw_ids = picks[::2], picks[1::2]
    actor = Actor(None, "bench", Role.SORTER, station="bench", location="571")
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=5000"):
        raw.execute(f"PRAGMA {pragma}")

    # Both sides with the background WAL checkpointer the scanning screens run, as in
    # bench/sort_bench.py: a writer's own checkpoint is a 5-10 ms fsync stall (the p99).
    checkpointer = WalCheckpointer(db) if args.bg_checkpoint else None
    if checkpointer:
        checkpointer.start()
        raw.execute(f"PRAGMA wal_autocheckpoint={checkpointer.writer_pages}")

    service_ms: list[float] = []
    raw_ms: list[float] = []
    chunk = 500  # alternate A/B in chunks so machine noise hits both alike
    for start in range(0, args.scans, chunk):
        for i in service_ids[start:start + chunk]:
            t0 = time.perf_counter()
            with UnitOfWork(db) as uow:
                append_scan(uow, actor, s10.make("BB", i), Event.SORT)
                uow.commit()
            service_ms.append((time.perf_counter() - t0) * 1000)
        for i in raw_ids[start:start + chunk]:
            t0 = time.perf_counter()
            raw_scan(raw, s10.make("BB", i))
            raw_ms.append((time.perf_counter() - t0) * 1000)

    if checkpointer:
        checkpointer.stop()
    with sqlite3.connect(path) as check:
        sorted_count = check.execute("SELECT count(*) FROM parcels WHERE status='SORTED'")
        assert sorted_count.fetchone()[0] == 2 * args.scans
    s50, s99 = statistics.median(service_ms), pct(service_ms, 99)
    r50, r99 = statistics.median(raw_ms), pct(raw_ms, 99)
    print(f"{args.scans:,} sort scans each, {args.parcels:,} parcels, WAL + synchronous=FULL, "
          f"background checkpoint {'on' if checkpointer else 'off'}")
    print(f"  raw sqlite3 floor : p50 {r50:.3f} ms   p99 {r99:.3f} ms")
    print(f"  scan service      : p50 {s50:.3f} ms   p99 {s99:.3f} ms")
    print(f"  ratio p50 {s50 / r50:.2f}x (goal <= 3x)   ratio p99 {s99 / r99:.2f}x   "
          f"p99 {'within' if s99 <= 5 else 'OVER'} the 5 ms goal")
    db.dispose()
    raw.close()
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

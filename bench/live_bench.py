"""Live-screen delay (issue 15 item 2), two processes: one workstation scans (a use case
and its commit), this process listens as a screen does (store listener + the Qt bridge that
merges bursts) and times commit -> listener and commit -> screen reload, on SQLite
(PRAGMA data_version, polled) and PostgreSQL (LISTEN/NOTIFY). The PostgreSQL floor is raw
psycopg NOTIFY -> LISTEN in the same run.

    python bench/live_bench.py [--scans 15] [--pace 0.6]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import statistics
import sys
import tempfile
import threading
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CARRIER_ARGON2_FAST", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from depot_day import COUNTER, PG_URL, POSTCODE, schema_url  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from carrier_app.core import live  # noqa: E402
from carrier_app.core.lifecycle import Event  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.store import UnitOfWork, open_database  # noqa: E402

ACTOR = Actor(None, "bench", Role.SUPERVISOR, station="other-desk", location="571")


def prepare(url: str) -> str:
    """Schema, demo network and one parcel; returns its waybill."""
    from carrier_app.demo.seed import seed
    from carrier_app.sorting.routing import load_router
    from carrier_app.store.schema import upgrade
    from carrier_app.waybill.numbers import NumberAllocator
    from carrier_app.waybill.service import WaybillInput, create_waybill
    db = open_database(url)
    upgrade(db)
    seed(db, parcels=0)
    allocator = NumberAllocator(db, station="bench")
    allocator.ensure(1)
    with UnitOfWork(db) as uow:
        wb = create_waybill(uow, ACTOR, allocator, load_router(uow), WaybillInput(
            recipient_name="张三", recipient_phone="13812345678", recipient_address="测试路 1 号",
            recipient_postcode=POSTCODE, weight_kg=Decimal(1), **COUNTER)).waybill_no
        uow.commit()
    db.dispose()
    return wb


def scanner(url: str, wb: str, n: int, pace: float, out: Any) -> None:
    """The other workstation: `n` notes on the parcel, one commit each, `pace` s apart."""
    from carrier_app.tracking.scans import append_note
    db = open_database(url)
    commits = []
    for i in range(n):
        time.sleep(pace)
        with UnitOfWork(db) as uow:
            append_note(uow, ACTOR, wb, Event.NOTE, f"live bench {i}")
            # Taken before the commit: the listener may hear it before commit() returns.
            commits.append(time.time())
            uow.commit()
    db.dispose()
    out.put(commits)


def delays(commits: list[float], seen: list[float]) -> list[float]:
    """ms from each commit to the first reaction at or after it."""
    out = []
    for c in commits:
        after = [s for s in seen if s >= c]
        if after:
            out.append((min(after) - c) * 1e3)
    return out


def measure(url: str, n: int, pace: float) -> tuple[list[float], list[float], int]:
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from carrier_app.ui.live import LiveUpdates
    app = QApplication.instance() or QApplication([])
    wb = prepare(url)
    db = open_database(url)
    bridge = LiveUpdates(db)
    heard: list[float] = []
    reloads: list[float] = []
    bridge._heard.connect(lambda _t: heard.append(time.time()),
                          Qt.ConnectionType.DirectConnection)  # in the listener's thread
    screen = QWidget()
    screen.show()
    bridge.subscribe(screen, {live.PARCELS}, lambda: reloads.append(time.time()))
    assert bridge.wait_ready(10)
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    p = ctx.Process(target=scanner, args=(url, wb, n, pace, q))
    p.start()
    loop = QEventLoop()
    result: list[list[float]] = []

    def poll() -> None:
        if not result and not q.empty():
            result.append(q.get())
            QTimer.singleShot(1500, loop.quit)  # the last change still reaches the screen

    timer = QTimer()
    timer.timeout.connect(poll)
    timer.start(50)
    loop.exec()
    p.join()
    bridge.stop()
    db.dispose()
    screen.close()
    QCoreApplication.processEvents()
    del app
    return delays(result[0], heard), delays(result[0], reloads), len(reloads)


def raw_floor(n: int, pace: float) -> list[float]:
    """psycopg alone: NOTIFY on one connection, LISTEN on another."""
    import psycopg
    dsn = PG_URL.replace("postgresql+psycopg", "postgresql")
    got: list[float] = []
    ready = threading.Event()

    def listen() -> None:
        with psycopg.connect(dsn, autocommit=True) as con:
            con.execute("LISTEN live_bench_floor")
            ready.set()
            for _ in con.notifies(stop_after=n, timeout=n * pace + 10):
                got.append(time.time())

    t = threading.Thread(target=listen)
    t.start()
    ready.wait(10)
    sent = []
    with psycopg.connect(dsn, autocommit=True) as con:
        for _ in range(n):
            time.sleep(pace)
            sent.append(time.time())
            con.execute("NOTIFY live_bench_floor")
    t.join()
    return [(g - s) * 1e3 for s, g in zip(sent, got, strict=False)]


def line(name: str, ms: list[float]) -> str:
    if not ms:
        return f"  {name}: nothing arrived"
    return (f"  {name}: n={len(ms)} p50 {statistics.median(ms):7.1f} ms  "
            f"max {max(ms):7.1f} ms")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--scans", type=int, default=15)
    ap.add_argument("--pace", type=float, default=0.6, help="seconds between scans")
    args = ap.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="live_bench_"))
    heard, screen, reloads = measure(f"sqlite:///{tmp / 'live.db'}", args.scans, args.pace)
    print(f"SQLite (PRAGMA data_version every 250 ms, screen merge window 200 ms), "
          f"{args.scans} scans by another process:")
    print(line("commit -> listener", heard))
    print(line("commit -> screen reload", screen))
    schema = f"livebench_{os.getpid()}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE SCHEMA "{schema}"'))
    except Exception as exc:  # noqa: BLE001 - no server: said so
        print(f"PostgreSQL at {PG_URL} cannot be reached: skipped ({exc})")
        return 0
    try:
        heard, screen, reloads = measure(schema_url(PG_URL, schema), args.scans, args.pace)
        floor = raw_floor(args.scans, args.pace)
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
    print(f"PostgreSQL (LISTEN/NOTIFY), {args.scans} scans by another process:")
    print(line("raw psycopg NOTIFY -> LISTEN floor", floor))
    print(line("commit -> listener", heard))
    print(line("commit -> screen reload", screen))
    if floor and heard:
        print(f"  listener p50 / floor p50 = "
              f"{statistics.median(heard) / max(statistics.median(floor), 1e-3):.1f}x; screen "
              f"reload within {max(screen) if screen else float('nan'):.0f} ms "
              f"(goal: within 1000 ms)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

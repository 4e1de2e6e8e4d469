"""Gap lists benchmark (issue 13 item 3): N parcels bulk-seeded on SQLite (most delivered, the
rest spread over the statuses the lists look at, two events each), then every list through
the real use case (reports.lists.gap_list: counts per place + up to 5000 rows, "since" from
the events) against a raw sqlite3 floor on the same database in the same run: the same
parcels counted per place by status alone and their first 5000 rows fetched by updated_at
(no event look-up). Prints the median of each and the ratio.

    python bench/gaplists_bench.py [--parcels 1000000] [--repeat 5] [--quick]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from carrier_app.core import s10
from carrier_app.core.roles import Actor, Role
from carrier_app.reports.lists import _STATUSES, GapListName, gap_list
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.schema import upgrade

BRANCHES = ["571-12", "571-15", "571-18"]
#: status -> (share of the parcels, the event that brought it there, where it is)
MIX = {
    "DELIVERED": (0.86, "DELIVER", "branch"), "ARRIVED": (0.02, "ARRIVE", "branch"),
    "ASSIGNED": (0.01, "ASSIGN", "branch"), "RECEIVED": (0.02, "RECEIVE", "571"),
    "SORTED": (0.02, "SORT", "571"), "BAGGED": (0.01, "BAG", "571"),
    "IN_TRANSIT": (0.02, "DEPART", "571"), "OUT_FOR_DELIVERY": (0.02, "OUT_FOR_DELIVERY",
                                                                  "branch"),
    "DELIVERY_FAILED": (0.02, "FAIL", "branch"),
}


def seed(path: Path, n: int) -> None:
    rng = random.Random(3)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # seeding only
    conn.execute("INSERT INTO hubs (id, code, name, city, active) VALUES (1, '571', 'H', '', 1)")
    for i, code in enumerate(BRANCHES, 1):
        conn.execute("INSERT INTO branches (id, hub_id, number, code, name, address, phone, "
                     "active) VALUES (?, 1, ?, ?, 'B', '', '', 1)", (i, code[-2:], code))
    statuses = list(MIX)
    weights = [MIX[s][0] for s in statuses]
    now = datetime.now(UTC).replace(tzinfo=None)
    batch = 50_000
    eid = 0
    for start in range(1, n + 1, batch):
        parcels, events = [], []
        for i in range(start, min(start + batch, n + 1)):
            status = rng.choices(statuses, weights)[0]
            where = rng.choice(BRANCHES) if MIX[status][2] == "branch" else "571"
            at = (now - timedelta(minutes=rng.randrange(0, 4 * 24 * 60))).isoformat(" ")
            parcels.append((i, s10.make("BB", i), status, where, at, at))
            eid += 2
            events.append((eid - 1, i, "RECEIVE", "RECEIVED", "571", at))
            events.append((eid, i, MIX[status][1], status, where, at))
        conn.executemany(
            "INSERT INTO parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
            "declared_value_fen, contents, note, recipient_name, recipient_phone, "
            "recipient_province, recipient_city, recipient_district, recipient_address, "
            "recipient_postcode, sender_name, sender_phone, sender_address, sort_code, status, "
            "is_return, failed_attempts, last_location, created_at, updated_at) VALUES "
            "(?, ?, 'standard', 1, 1000, 0, 0, '', '', '张三', '13812345678', '浙江省', "
            "'杭州市', '西湖区', '文三路 90 号', '310012', '', '', '', '571-12-01', "
            "?, 0, 0, ?, ?, ?)", parcels)
        conn.executemany(
            "INSERT INTO scan_events (id, parcel_id, piece_no, event, status_before, "
            "status_after, location_code, station, occurred_at, message, details) "
            "VALUES (?, ?, NULL, ?, NULL, ?, ?, 'bench', ?, '', '{}')", events)
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def floor(conn: sqlite3.Connection, statuses: tuple[str, ...]) -> None:
    marks = ", ".join("?" * len(statuses))
    conn.execute(f"SELECT last_location, count(*) FROM parcels WHERE status IN ({marks}) "
                 "GROUP BY last_location", statuses).fetchall()
    conn.execute(f"SELECT id, waybill_no, status, last_location, updated_at, recipient_name, "
                 f"recipient_phone FROM parcels WHERE status IN ({marks}) "
                 "ORDER BY updated_at LIMIT 5000", statuses).fetchall()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--quick", action="store_true", help="100k parcels")
    args = ap.parse_args()
    if args.quick:
        args.parcels = 100_000
    tmp = Path(tempfile.mkdtemp(prefix="gaplists_bench_"))
    path = tmp / "bench.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    t = time.perf_counter()
    seed(path, args.parcels)
    print(f"seeded {args.parcels:,} parcels ({2 * args.parcels:,} events) in "
          f"{time.perf_counter() - t:.1f} s")
    actor = Actor(None, "bench", Role.SUPERVISOR, station="bench", location="571")
    raw = sqlite3.connect(path)
    print(f"{'list':<16}{'parcels':>9}{'floor ms':>10}{'list ms':>10}{'ratio':>8}")
    for name in GapListName:
        statuses = tuple(s.value for s in _STATUSES[name])
        service, plain = [], []
        total = 0
        for _ in range(args.repeat):  # alternate A/B so machine noise hits both alike
            t0 = time.perf_counter()
            with UnitOfWork(db) as uow:
                total = gap_list(uow, actor, name.value, "all", 24).total
            service.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            floor(raw, statuses)
            plain.append((time.perf_counter() - t0) * 1000)
        s, f = statistics.median(service), statistics.median(plain)
        print(f"{name.value:<16}{total:>9,}{f:>10.1f}{s:>10.1f}{s / f:>7.2f}x")
    raw.close()
    db.dispose()
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

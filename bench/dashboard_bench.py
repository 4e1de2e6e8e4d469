"""Dashboard figures benchmark (issue 13 items 5, 6): 1M parcels bulk-seeded with their scans
spread over 30 local days, then day_figures / week_figures of one branch for the busiest day
through the real use cases, against raw sqlite3 running the same stage GROUP BYs (the floor)
on the same database in the same run. Prints medians and the ratios to the floor.

    python bench/dashboard_bench.py [--parcels 1000000] [--runs 7] [--quick]
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import tempfile
import time
from functools import partial
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from carrier_app.core import s10
from carrier_app.core.clock import local_day_bounds, local_today
from carrier_app.core.roles import Actor, Role
from carrier_app.reports.figures import STAGES, day_figures, week_figures
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.schema import upgrade

DAYS = 30
BRANCHES = ["571-12", "571-15", "571-18", "021-08", "010-05"]
#: A parcel's journey: (event, status after, where: hub or branch, hours after receiving).
JOURNEY = [("RECEIVE", "RECEIVED", "hub", 0), ("SORT", "SORTED", "hub", 1),
           ("DEPART", "IN_TRANSIT", "hub", 2), ("ARRIVE", "ARRIVED", "branch", 8),
           ("ASSIGN", "ASSIGNED", "branch", 20), ("OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY",
                                                  "branch", 21),
           ("DELIVER", "DELIVERED", "branch", 26)]


def stamp(dt: datetime) -> str:
    return dt.astimezone(UTC).replace(tzinfo=None).isoformat(" ")


def seed(path: Path, n: int, last: date) -> int:
    """n parcels received over the DAYS days up to `last`, most moved along their journey
    (one in ten failing its first attempt); returns the number of scan events."""
    rng = random.Random(7)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # seeding only
    conn.execute("INSERT INTO hubs (id, code, name, city, active) VALUES (1, '571', 'h', '', 1)")
    conn.executemany("INSERT INTO branches (id, hub_id, number, code, name, address, phone, "
                     "active) VALUES (?, 1, ?, ?, 'b', '', '', 1)",
                     [(i + 1, b[-2:], b) for i, b in enumerate(BRANCHES)])
    conn.executemany("INSERT INTO couriers (id, code, name, phone, branch_id, capacity, active)"
                     " VALUES (?, ?, 'c', '', ?, 80, 1)",
                     [(i + 1, f"C{i:04d}", i % len(BRANCHES) + 1) for i in range(50)])
    start = local_day_bounds(last - timedelta(days=DAYS - 1))[0]
    span = (local_day_bounds(last)[1] - start).total_seconds()
    events = 0
    batch = 50_000
    eid = 0
    for first in range(1, n + 1, batch):
        parcels, evs = [], []
        for pid in range(first, min(first + batch, n + 1)):
            t0 = start + timedelta(seconds=rng.random() * span * 0.97)
            bi = rng.randrange(len(BRANCHES))
            branch, courier = BRANCHES[bi], bi + 1 + 5 * rng.randrange(10)
            steps = rng.randrange(1, len(JOURNEY) + 1)
            status, last_loc = "CREATED", "571"
            for k, (ev, after, where, hours) in enumerate(JOURNEY[:steps]):
                if ev == "DELIVER" and rng.random() < 0.1:
                    ev, after = "FAIL", "DELIVERY_FAILED"
                eid += 1
                loc = "571" if where == "hub" else branch
                cid = courier if k >= 4 else None
                evs.append((eid, pid, ev, status, after, loc, f"ws-{loc}", cid,
                            stamp(t0 + timedelta(hours=hours + rng.random()))))
                status, last_loc = after, loc
            parcels.append((pid, s10.make("BB", pid), status, last_loc, stamp(t0)))
        conn.executemany(
            "INSERT INTO parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
            "declared_value_fen, contents, note, recipient_name, recipient_phone, "
            "recipient_province, recipient_city, recipient_district, recipient_address, "
            "recipient_postcode, sender_name, sender_phone, sender_address, sort_code, status, "
            "is_return, failed_attempts, last_location, created_at, updated_at, payer, "
            "surcharge_fen, discount_fen, insurance_fen) VALUES "
            "(?, ?, 'standard', 1, 1000, 0, 0, '', '', '张三', '13812345678', '浙江省', "
            "'杭州市', '西湖区', '文三路 90 号', '310012', '', '', '', '571-12-01', ?, 0, 0, "
            "?, ?, ?, 'SENDER_CASH', 0, 0, 0)",
            [(p, w, s, loc, t, t) for p, w, s, loc, t in parcels])
        conn.executemany(
            "INSERT INTO scan_events (id, parcel_id, piece_no, event, status_before, "
            "status_after, location_code, station, user_id, courier_id, occurred_at, "
            "client_event_id, message, details) VALUES (?, ?, NULL, ?, ?, ?, ?, ?, NULL, ?, ?, "
            "NULL, '', '{}')", evs)
        events += len(evs)
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return events


def stage_sql(key: str) -> str:
    cases = " ".join(f"WHEN event = '{ev}' AND status_after = '{after}' THEN '{name}'"
                     for name, (ev, after) in STAGES.items())
    keys = f", {key}" if key else ""
    return (f"SELECT stage{keys}, count(DISTINCT parcel_id) FROM (SELECT CASE {cases} END "
            f"AS stage{keys}, parcel_id FROM scan_events WHERE occurred_at >= ? AND "
            "occurred_at < ? AND status_after IS NOT NULL AND (location_code = ? OR "
            f"location_code LIKE ?)) WHERE stage IS NOT NULL GROUP BY stage{keys}")


def raw_day(conn: sqlite3.Connection, day: date, loc: str) -> None:
    """The stage GROUP BYs and the same 留仓 count as day_figures."""
    s, e = local_day_bounds(day)
    for key in ("", "station", "courier_id"):
        conn.execute(stage_sql(key), (stamp(s), stamp(e), loc, loc + "-%")).fetchall()
    if e > datetime.now(UTC):
        conn.execute("SELECT count(*) FROM parcels WHERE status IN ('ARRIVED', 'ASSIGNED') AND "
                     "(last_location = ? OR last_location LIKE ?)", (loc, loc + "-%")).fetchall()
        return
    conn.execute(
        "SELECT count(DISTINCT e.parcel_id) FROM scan_events e WHERE e.occurred_at >= ? AND "
        "e.occurred_at < ? AND e.status_after IN ('ARRIVED', 'ASSIGNED') AND (e.location_code "
        "= ? OR e.location_code LIKE ?) AND NOT EXISTS (SELECT 1 FROM scan_events l WHERE "
        "l.parcel_id = e.parcel_id AND l.id > e.id AND l.status_after IS NOT NULL AND "
        "l.occurred_at < ?)", (stamp(e - timedelta(days=30)), stamp(e), loc, loc + "-%",
                               stamp(e))).fetchall()


def raw_week(conn: sqlite3.Connection, day: date, loc: str) -> None:
    """The same one-pass GROUP BY as week_figures: received, and first attempts, per day."""
    days = [day - timedelta(days=6 - i) for i in range(7)]
    bounds = [stamp(local_day_bounds(d)[0]) for d in days] + [stamp(local_day_bounds(day)[1])]
    bucket = "CASE " + " ".join(f"WHEN e.occurred_at < ? THEN {i}" for i in range(7)) + " END"
    conn.execute(
        f"SELECT b, event, count(DISTINCT parcel_id) FROM (SELECT {bucket} AS b, e.event, "
        "e.parcel_id FROM scan_events e WHERE e.occurred_at >= ? AND e.occurred_at < ? AND "
        "(e.location_code = ? OR e.location_code LIKE ?) AND ((e.event = 'RECEIVE' AND "
        "e.status_after = 'RECEIVED') OR (((e.event = 'DELIVER' AND e.status_after = "
        "'DELIVERED') OR (e.event = 'FAIL' AND e.status_after = 'DELIVERY_FAILED')) AND NOT "
        "EXISTS (SELECT 1 FROM scan_events f WHERE f.parcel_id = e.parcel_id AND f.id < e.id "
        "AND f.event = 'FAIL' AND f.status_after IS NOT NULL)))) GROUP BY b, event",
        (*bounds[1:], bounds[0], bounds[-1], loc, loc + "-%")).fetchall()


def timed(fn: object, runs: int) -> float:
    out = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()  # type: ignore[operator]
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--quick", action="store_true", help="100k parcels")
    args = ap.parse_args()
    if args.quick:
        args.parcels = 100_000
    os.environ.setdefault("CARRIER_TZ", "Asia/Shanghai")
    last = local_today()
    tmp = Path(tempfile.mkdtemp(prefix="dashboard_bench_"))
    path = tmp / "bench.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    t = time.perf_counter()
    n_events = seed(path, args.parcels, last)
    print(f"seeded {args.parcels:,} parcels, {n_events:,} scan events over {DAYS} days "
          f"in {time.perf_counter() - t:.1f} s")
    actor = Actor(None, "bench", Role.SUPERVISOR, station="bench", location="571")
    raw = sqlite3.connect(path)
    print(f"{args.runs} runs each, medians (2 cores shared); 留仓 of today from the parcels' "
          "status, of a past day rebuilt from its scans:")
    for day, loc in ((last, "571-15"), (last - timedelta(days=2), "571-15"),
                     (last - timedelta(days=2), "571")):
        def service_day(loc: str = loc, day: date = day) -> None:
            with UnitOfWork(db) as uow:
                day_figures(uow, actor, loc, day)

        def service_week(loc: str = loc, day: date = day) -> None:
            with UnitOfWork(db) as uow:
                week_figures(uow, actor, loc, day)

        with UnitOfWork(db) as uow:
            f = day_figures(uow, actor, loc, day)
        floor_d = timed(partial(raw_day, raw, day, loc), args.runs)
        svc_d = timed(service_day, args.runs)
        floor_w = timed(partial(raw_week, raw, day, loc), args.runs)
        svc_w = timed(service_week, args.runs)
        print(f"  {day} {loc:<7} stages {sum(f.stages.values()):,} parcel-stages, "
              f"留仓 {f.stranded:,}")
        print(f"    day_figures  {svc_d:8.1f} ms  raw same stage+留仓 {floor_d:8.1f} ms  "
              f"ratio {svc_d / floor_d:.2f}x (it also counts problems, cash-ups, COD)")
        print(f"    week_figures {svc_w:8.1f} ms  raw same GROUP BY {floor_w:8.1f} ms  "
              f"ratio {svc_w / floor_w:.2f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

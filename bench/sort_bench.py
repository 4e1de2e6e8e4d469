"""Sort-station scan benchmark (issue 5).

SQLite: 1M parcels (bulk-inserted with executemany) and >= 3,000 routing rules. The full
sort-station scan through the service layer (SortStation.scan: look-up, append_scan, commit)
is timed per scan, interleaved in blocks with raw sqlite3 doing the same statements on the
same file, in the same run: p50 ratio (target <= 3x) and p99 (target <= 5 ms).
Routing: addresses/s of the in-memory Router over the same rules (target >= 50k/s), and
the ratio to a plain linear scan over the rules (the floor it replaced).
PostgreSQL (skipped with --no-pg, or said so when the server cannot be reached): 4 processes
scan concurrently for 30 s: errors, throughput, p99.

    python bench/sort_bench.py [--quick] [--parcels N] [--no-pg] [--pg-seconds 30]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

os.environ.setdefault("CARRIER_ARGON2_FAST", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import insert, select, text  # noqa: E402

from carrier_app.core import s10  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.core.routing import Router  # noqa: E402
from carrier_app.demo.seed import seed  # noqa: E402
from carrier_app.sorting.routing import load_rules  # noqa: E402
from carrier_app.sorting.sort_station import SortOutcome, SortStation  # noqa: E402
from carrier_app.store import Database, UnitOfWork, open_database  # noqa: E402
from carrier_app.store.models import Route, RoutingRule  # noqa: E402
from carrier_app.store.checkpoint import WalCheckpointer  # noqa: E402
from carrier_app.store.schema import upgrade  # noqa: E402

PROVINCES = ["浙江省", "江苏省", "广东省", "上海市", "北京市", "四川省", "湖北省", "山东省"]
ACTOR = Actor(None, "bench", Role.SORTER, station="bench", location="571")


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))]


# --- data -----------------------------------------------------------------------------
def make_rules(db: Database, n: int, rng: random.Random) -> None:
    """n rules over the demo routes: 60 % postcode prefixes (4-6 digits), 40 % names."""
    with UnitOfWork(db) as uow:
        routes = list(uow.session.execute(select(Route.id, Route.branch_id)))
        now = datetime.now(UTC)
        rows, seen = [], set()
        while len(rows) < n:
            rid, bid = rng.choice(routes)
            if rng.random() < 0.6:
                pc = str(rng.randint(100, 999_999)).zfill(6)[: rng.choice((4, 5, 6))]
                if pc in seen:
                    continue
                seen.add(pc)
                rows.append(dict(postcode_prefix=pc, province="", city="", district="",
                                 branch_id=bid, route_id=rid, active=True, note="bench",
                                 updated_at=now))
            else:
                p = rng.choice(PROVINCES)
                k = len(rows)
                rows.append(dict(postcode_prefix="", province=p, city=f"城{k % 97}市",
                                 district=f"区{k}号区", branch_id=bid, route_id=rid,
                                 active=True, note="bench", updated_at=now))
        uow.conn.execute(insert(RoutingRule.__table__), rows)
        uow.commit()


def addresses(rules: list, n: int, rng: random.Random) -> list[tuple[str, str, str, str, str]]:
    """Realistic: 60 % carry a postcode a rule covers, 38 % only names, 2 % match nothing
    (manual routing)."""
    named = [r for r in rules if not r.postcode_prefix]
    coded = [r for r in rules if r.postcode_prefix]
    out = []
    for _ in range(n):
        x = rng.random()
        if x < 0.02:
            out.append(("", "新疆维吾尔自治区", "", "", "某路 2 号"))
        elif x < 0.62:
            pc = rng.choice(coded).postcode_prefix
            out.append((pc + "".join(rng.choice("0123456789") for _ in range(6 - len(pc))),
                        "", "", "", "某路 1 号"))
        else:
            r = rng.choice(named)
            out.append(("", r.province, r.city, r.district, "某路 8 号 3 单元"))
    return out


def bulk_parcels(path: str, router: Router, n: int, rng: random.Random) -> None:
    """n RECEIVED parcels (one piece, one RECEIVE event each) by executemany on sqlite3."""
    addrs = addresses(router.rules, 5000, rng)
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")  # seeding only; the timed part uses FULL
    con.execute("BEGIN")
    batch = 50_000
    for start in range(0, n, batch):
        parcels, pieces, events = [], [], []
        for i in range(start, min(n, start + batch)):
            pc, prov, city, dist, street = addrs[i % len(addrs)]
            m = router.match(pc, prov, city, dist, street)
            pid = i + 1
            parcels.append((pid, s10.make("BE", pid), "standard", 1, 1000, 0, 0, "", "",
                            "张三", "13800001111", prov, city, dist, street, pc, "", "", "",
                            m.rule.branch_id if m else None, m.rule.route_id if m else None,
                            m.rule.sort_code if m else None, "RECEIVED", 0, 0, "571", now,
                            now))
            pieces.append((pid, pid, 1, "RECEIVED", now))
            events.append((pid, "RECEIVE", "PICKED_UP", "RECEIVED", "571", "seed", now, "",
                           "{}"))
        con.executemany(
            "INSERT INTO parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
            "declared_value_fen, contents, note, recipient_name, recipient_phone, "
            "recipient_province, recipient_city, recipient_district, recipient_address, "
            "recipient_postcode, sender_name, sender_phone, sender_address, dest_branch_id, "
            "route_id, sort_code, status, is_return, failed_attempts, last_location, "
            "created_at, updated_at) VALUES (" + ",".join("?" * 28) + ")", parcels)
        con.executemany("INSERT INTO pieces (id, parcel_id, piece_no, status, updated_at) "
                        "VALUES (?,?,?,?,?)", pieces)
        con.executemany("INSERT INTO scan_events (parcel_id, event, status_before, "
                        "status_after, location_code, station, occurred_at, message, details) "
                        "VALUES (?,?,?,?,?,?,?,?,?)", events)
    con.execute("COMMIT")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("ANALYZE")
    con.close()


# --- raw sqlite3: the statements the service issues ------------------------------------
class RawScan:
    def __init__(self, path: str) -> None:
        self.con = sqlite3.connect(path, isolation_level=None)
        for pragma in ("busy_timeout=5000", "journal_mode=WAL", "synchronous=FULL",
                       "foreign_keys=ON"):
            self.con.execute(f"PRAGMA {pragma}")

    def scan(self, code: str) -> None:
        s10.parse(code)
        c = self.con
        now = datetime.now(UTC).replace(tzinfo=None).isoformat(sep=" ")
        c.execute("BEGIN IMMEDIATE")
        c.execute("SELECT id, sort_code, status FROM parcels WHERE waybill_no = ?",
                  (code,)).fetchone()
        row = c.execute("SELECT id, status, status_before_hold, is_return, last_location, "
                        "pieces, sort_code, courier_id FROM parcels WHERE waybill_no = ?",
                        (code,)).fetchone()
        c.execute("INSERT INTO scan_events (parcel_id, piece_no, event, status_before, "
                  "status_after, location_code, station, user_id, courier_id, occurred_at, "
                  "client_event_id, message, details) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                  (row[0], None, "SORT", row[1], "SORTED", "571", "raw", None, None, now,
                   None, "", f'{{"sort_code": "{row[6]}"}}'))
        c.execute("UPDATE pieces SET status = ?, updated_at = ? WHERE parcel_id = ?",
                  ("SORTED", now, row[0]))
        c.execute("UPDATE parcels SET status = ?, last_location = ?, updated_at = ? "
                  "WHERE id = ?", ("SORTED", "571", now, row[0]))
        c.execute("COMMIT")


def bench_sqlite(args: argparse.Namespace) -> None:
    rng = random.Random(11)
    tmp = tempfile.mkdtemp(prefix="sortbench-")
    path = f"{tmp}/bench.db"
    db = open_database(f"sqlite:///{path}")
    t0 = time.perf_counter()
    upgrade(db)
    seed(db, parcels=0)
    make_rules(db, args.rules, rng)
    with UnitOfWork(db) as uow:
        rules = load_rules(uow)
    router = Router(rules)
    bulk_parcels(path, router, args.parcels, rng)
    print(f"seeded {args.parcels:,} parcels, {len(rules):,} rules in "
          f"{time.perf_counter() - t0:.1f} s ({path})")

    # Routing throughput: the indexed router vs a linear scan over the same rules.
    addrs = addresses(rules, 200_000, rng)
    t = time.perf_counter()
    for a in addrs:
        router.match(*a)
    rate = len(addrs) / (time.perf_counter() - t)
    named = [r for r in rules if not r.postcode_prefix]

    def linear(pc: str, prov: str, city: str, dist: str, street: str) -> object:
        for n in (6, 5, 4):
            for r in rules:
                if r.postcode_prefix and pc[:n] == r.postcode_prefix:
                    return r
        t_ = f"{prov}{city}{dist}{street}"
        for r in named:
            if r.province in (prov or t_) and r.city in (city or t_) and r.district in (dist or t_):
                return r
        return None

    sample = addrs[:300]
    t = time.perf_counter()
    for a in sample:
        linear(*a)
    floor = len(sample) / (time.perf_counter() - t)
    print(f"routing: {rate:,.0f} addresses/s (target >= 50,000: {rate / 50_000:.1f}x); "
          f"linear scan over the rules {floor:,.0f}/s -> {rate / floor:,.0f}x faster")

    # Scans: service and raw sqlite3 interleaved in blocks on the same file.
    ids = rng.sample(range(1, args.parcels + 1), 2 * args.scans)
    codes = [s10.make("BE", i) for i in ids]
    station = SortStation(db, ACTOR)
    raw = RawScan(path)

    # Both sides run with the background WAL checkpointer the sort station page uses
    # (--no-bg-checkpoint to see the stalls the writers' own checkpoints cause).
    checkpointer = WalCheckpointer(db) if args.bg_checkpoint else None
    if checkpointer:
        checkpointer.start()
        raw.con.execute(f"PRAGMA wal_autocheckpoint={checkpointer.writer_pages}")
    svc_t: list[float] = []
    raw_t: list[float] = []
    outcomes: dict[str, int] = {}
    block = 250
    for b in range(0, args.scans, block):
        for code in codes[2 * b: 2 * b + block]:
            t = time.perf_counter()
            raw.scan(code)
            raw_t.append(time.perf_counter() - t)
        for code in codes[2 * b + block: 2 * b + 2 * block]:
            t = time.perf_counter()
            r = station.scan(code)
            svc_t.append(time.perf_counter() - t)
            outcomes[r.outcome] = outcomes.get(r.outcome, 0) + 1
    ok = outcomes.get(SortOutcome.OK, 0) + outcomes.get(SortOutcome.MANUAL, 0)
    assert ok == len(svc_t), outcomes
    if checkpointer:
        checkpointer.stop()
    rp50, rp99 = statistics.median(raw_t) * 1e3, pct(raw_t, 0.99) * 1e3
    sp50, sp99 = statistics.median(svc_t) * 1e3, pct(svc_t, 0.99) * 1e3
    def spread(ts: list[float]) -> str:
        return "/".join(f"{pct(ts, q) * 1e3:.2f}" for q in (0.9, 0.95, 0.99, 0.999))

    print(f"  p90/p95/p99/p99.9 ms: raw {spread(raw_t)}; service {spread(svc_t)}")
    print(f"sort scan, {len(svc_t):,} scans each: raw sqlite3 p50 {rp50:.3f} ms p99 {rp99:.3f} ms;"
          f" service p50 {sp50:.3f} ms p99 {sp99:.3f} ms")
    print(f"  p50 ratio service/raw = {sp50 / rp50:.2f}x (target <= 3x); "
          f"p99 {sp99:.2f} ms (target <= 5 ms: {'ok' if sp99 <= 5 else 'MISSED'}); "
          f"outcomes {dict((str(k), v) for k, v in outcomes.items())}")
    db.dispose()
    raw.con.close()
    if not args.keep:
        shutil.rmtree(tmp, ignore_errors=True)  # a 1M-parcel file is ~0.5 GB


# --- PostgreSQL: 4 processes ----------------------------------------------------------
PG_URL = os.environ.get("CARRIER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def _pg_worker(schema: str, codes: list[str], seconds: float, q: mp.Queue) -> None:
    db = open_database(PG_URL, search_path=schema)
    station = SortStation(db, Actor(None, "bench", Role.SORTER, station=f"p{os.getpid()}",
                                    location="571"))
    times, errors, outcomes = [], 0, {}
    end = time.perf_counter() + seconds
    i = 0
    while time.perf_counter() < end and i < len(codes):
        t = time.perf_counter()
        try:
            r = station.scan(codes[i])
            outcomes[str(r.outcome)] = outcomes.get(str(r.outcome), 0) + 1
        except Exception:  # noqa: BLE001 - counted: the run must have none
            errors += 1
        times.append(time.perf_counter() - t)
        i += 1
    db.dispose()
    q.put((times, errors, outcomes))


def bench_pg(args: argparse.Namespace) -> None:
    import psycopg
    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError
    rng = random.Random(5)
    schema = f"sortbench_{os.getpid()}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as c:
            c.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:
        print(f"PostgreSQL at {PG_URL} cannot be reached ({exc.orig}): 4-process run skipped")
        return
    try:
        db = open_database(PG_URL, search_path=schema)
        upgrade(db)
        seed(db, parcels=0)
        make_rules(db, args.rules, rng)
        with UnitOfWork(db) as uow:
            router = Router(load_rules(uow))
        n = args.pg_parcels
        addrs = addresses(router.rules, 5000, rng)
        now = datetime.now(UTC)
        dsn = PG_URL.replace("postgresql+psycopg", "postgresql")
        with psycopg.connect(dsn, options=f"-csearch_path={schema}") as con:
            with con.cursor() as cur:
                with cur.copy("COPY parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
                              "declared_value_fen, contents, note, recipient_name, "
                              "recipient_phone, recipient_province, recipient_city, "
                              "recipient_district, recipient_address, recipient_postcode, "
                              "sender_name, sender_phone, sender_address, dest_branch_id, "
                              "route_id, sort_code, status, is_return, failed_attempts, "
                              "last_location, created_at, updated_at) FROM STDIN") as cp:
                    for i in range(1, n + 1):
                        pc, prov, city, dist, street = addrs[i % len(addrs)]
                        m = router.match(pc, prov, city, dist, street)
                        cp.write_row((i, s10.make("BE", i), "standard", 1, 1000, 0, 0, "", "",
                                      "张三", "13800001111", prov, city, dist, street, pc, "",
                                      "", "", m.rule.branch_id if m else None,
                                      m.rule.route_id if m else None,
                                      m.rule.sort_code if m else None, "RECEIVED", False, 0,
                                      "571", now, now))
                with cur.copy("COPY pieces (id, parcel_id, piece_no, status, updated_at) "
                              "FROM STDIN") as cp:
                    for i in range(1, n + 1):
                        cp.write_row((i, i, 1, "RECEIVED", now))
                cur.execute("SELECT setval(pg_get_serial_sequence('parcels','id'), %s)", (n,))
                cur.execute("ANALYZE")
        db.dispose()
        print(f"PostgreSQL: seeded {n:,} parcels in schema {schema}")
        # Every process scans a random order of the same parcels: real row-lock contention.
        per = [[s10.make("BE", i) for i in rng.sample(range(1, n + 1), n)] for _ in range(4)]
        q: mp.Queue = mp.get_context("spawn").Queue()
        ctx = mp.get_context("spawn")
        procs = [ctx.Process(target=_pg_worker, args=(schema, per[k], args.pg_seconds, q))
                 for k in range(4)]
        for p in procs:
            p.start()
        results = [q.get() for _ in procs]
        for p in procs:
            p.join()
        times = [t for r in results for t in r[0]]
        errors = sum(r[1] for r in results)
        outcomes: dict[str, int] = {}
        for r in results:
            for k, v in r[2].items():
                outcomes[k] = outcomes.get(k, 0) + v
        print(f"PostgreSQL, 4 processes x {args.pg_seconds:.0f} s: {len(times):,} scans, "
              f"{len(times) / args.pg_seconds:,.0f} scans/s, errors {errors}, "
              f"p50 {statistics.median(times) * 1e3:.2f} ms, p99 {pct(times, 0.99) * 1e3:.2f} ms;"
              f" outcomes {outcomes}")
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="100k parcels, fewer scans")
    ap.add_argument("--parcels", type=int, default=None)
    ap.add_argument("--rules", type=int, default=3200)
    ap.add_argument("--scans", type=int, default=None)
    ap.add_argument("--keep", action="store_true", help="keep the SQLite file")
    ap.add_argument("--no-bg-checkpoint", dest="bg_checkpoint", action="store_false")
    ap.add_argument("--no-pg", dest="pg", action="store_false",
                    help="skip the PostgreSQL 4-process run")
    ap.add_argument("--pg-seconds", type=float, default=30.0)
    ap.add_argument("--pg-parcels", type=int, default=200_000)
    args = ap.parse_args()
    args.parcels = args.parcels or (100_000 if args.quick else 1_000_000)
    args.scans = args.scans or (1_000 if args.quick else 4_000)
    bench_sqlite(args)
    if args.pg:
        bench_pg(args)


if __name__ == "__main__":
    main()

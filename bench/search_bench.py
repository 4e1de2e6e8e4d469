"""Parcel search benchmark (issue 13 item 4): N parcels bulk-seeded (random mobiles, ~1000
distinct names, unique order refs), then each kind of search through the real use case (one
unit of work per search, as the Tracking page and `carrier-app search` run it) against raw
sqlite3 running the same statements on the same indexes in the same run (the floor). Prints
p50/p99 per kind, the ratio to the floor, whether p99 is within the 50 ms goal, and the query
plan of each statement (every one must search an index, never scan the table).

    python bench/search_bench.py [--parcels 1000000] [--searches 300] [--quick]
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from carrier_app.core import s10
from carrier_app.core.roles import Actor, Role
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.schema import upgrade
from carrier_app.tracking.search import LIMIT, search_parcels

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = [a + b for a in "建国伟芳娜秀英敏静丽强磊军洋勇艳杰涛明" for b in "华平红霞波"]  # 100
COLUMNS = ("waybill_no, status, recipient_name, recipient_phone, recipient_province, "
           "recipient_city, recipient_district, recipient_address, order_ref, updated_at")


def phone_of(i: int) -> str:
    return f"1{3 + i % 7}{(i * 2654435761) % 1_000_000_000:09d}"


def name_of(i: int) -> str:
    return SURNAMES[i % len(SURNAMES)] + GIVEN[(i // len(SURNAMES)) % len(GIVEN)]


def ref_of(i: int) -> str:
    return f"ORD{(i * 7919) % 100_000_000:08d}"


def seed(path: Path, n: int) -> None:
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=OFF")  # seeding only
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    batch = 50_000
    for start in range(1, n + 1, batch):
        ids = range(start, min(start + batch, n + 1))
        conn.executemany(
            "INSERT INTO parcels (id, waybill_no, order_ref, service, pieces, weight_g, cod_fen, "
            "declared_value_fen, contents, note, recipient_name, recipient_phone, "
            "recipient_phone_last4, recipient_province, recipient_city, recipient_district, "
            "recipient_address, recipient_postcode, sender_name, sender_phone, sender_address, "
            "sort_code, status, is_return, failed_attempts, last_location, created_at, "
            "updated_at) VALUES (?, ?, ?, 'standard', 1, 1000, 0, 0, '', '', ?, ?, ?, '浙江省', "
            "'杭州市', '西湖区', '文三路 90 号', '310012', '', '', '', '571-12-01', "
            "'RECEIVED', 0, 0, '571', ?, ?)",
            ((i, s10.make("BB", i), ref_of(i), name_of(i), phone_of(i), phone_of(i)[-4:],
              now, now) for i in ids))
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] if len(values) > 1 else values[0]


def glob(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in text) + "*"


def raw_statements(kind: str, text: str) -> list[tuple[str, tuple[str, ...]]]:
    """The statements the use case runs for `text`, as raw SQL (same WHERE, same LIMIT)."""
    sel = f"SELECT {COLUMNS} FROM parcels WHERE "
    lim = f" LIMIT {LIMIT + 1}"
    if kind in ("waybill", "piece"):
        return [(sel + "waybill_no = ?" + lim, (text.split("-")[0],))]
    out: list[tuple[str, tuple[str, ...]]] = []
    if kind == "phone_last4":
        out.append((sel + "recipient_phone_last4 = ?" + lim, (text,)))
    elif kind == "phone":
        out.append((sel + "recipient_phone_last4 = ? AND replace(recipient_phone, '-', '') = ?"
                    + lim, (text[-4:], text)))
    for ref in dict.fromkeys((text, text.upper())):
        out.append((sel + "order_ref GLOB ?" + lim, (glob(ref),)))
    out.append((sel + "recipient_name GLOB ?" + lim, (glob(text),)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--searches", type=int, default=300, help="per kind")
    ap.add_argument("--quick", action="store_true", help="100k parcels, 100 searches a kind")
    args = ap.parse_args()
    if args.quick:
        args.parcels, args.searches = 100_000, 100
    tmp = Path(tempfile.mkdtemp(prefix="search_bench_"))
    path = tmp / "bench.db"
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    t = time.perf_counter()
    seed(path, args.parcels)
    print(f"seeded {args.parcels:,} parcels in {time.perf_counter() - t:.1f} s")

    rng = random.Random(1)
    n = args.parcels
    kinds: dict[str, Callable[[int], str]] = {
        "waybill": lambda i: s10.make("BB", i),
        "piece": lambda i: f"{s10.make('BB', i)}-1",
        "phone": phone_of,
        "phone_last4": lambda i: phone_of(i)[-4:],
        "order_ref": ref_of,
        "order_ref_prefix": lambda i: ref_of(i)[:6].lower(),   # ~1000 match: a full list
        "name": name_of,                                         # ~1000 match
        "name_prefix": lambda i: name_of(i)[0],                  # a surname: ~50,000 match
    }
    actor = Actor(None, "bench", Role.CLERK, station="bench", location="571")
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=5000"):
        raw.execute(f"PRAGMA {pragma}")

    print(f"{args.searches} searches a kind, {n:,} parcels, limit {LIMIT}; "
          "ratio = use case / raw sqlite3 running the same statements")
    print(f"  {'kind':<17} {'hits':>5}  {'floor p50':>9} {'p99':>7}  {'search p50':>10} "
          f"{'p99':>7}  {'ratio p50':>9} {'p99':>6}  goal")
    worst = 0.0
    plans: dict[str, set[str]] = {}
    for kind, make in kinds.items():
        texts = [make(rng.randint(1, n)) for _ in range(args.searches)]
        sql_kind = {"order_ref_prefix": "other", "name": "other", "name_prefix": "other",
                    "order_ref": "other"}.get(kind, kind)
        for sql, params in raw_statements(sql_kind, texts[0]):
            plan = " / ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
            plans.setdefault(plan, set()).add(kind)
        service_ms: list[float] = []
        raw_ms: list[float] = []
        hits = 0
        chunk = 50  # alternate A/B in chunks so machine noise hits both alike
        for start in range(0, len(texts), chunk):
            for text in texts[start:start + chunk]:
                t0 = time.perf_counter()
                with UnitOfWork(db) as uow:
                    result = search_parcels(uow, actor, text)
                service_ms.append((time.perf_counter() - t0) * 1000)
                hits = max(hits, len(result.hits))
            for text in texts[start:start + chunk]:
                t0 = time.perf_counter()
                raw.execute("BEGIN")
                for sql, params in raw_statements(sql_kind, text):
                    raw.execute(sql, params).fetchall()
                raw.execute("COMMIT")
                raw_ms.append((time.perf_counter() - t0) * 1000)
        s50, s99 = statistics.median(service_ms), pct(service_ms, 99)
        r50, r99 = statistics.median(raw_ms), pct(raw_ms, 99)
        worst = max(worst, s99)
        print(f"  {kind:<17} {hits:>5}  {r50:>7.3f}ms {r99:>5.2f}ms  {s50:>8.3f}ms "
              f"{s99:>5.2f}ms  {s50 / r50:>8.1f}x {s99 / r99:>5.1f}x  "
              f"{'within' if s99 <= 50 else 'OVER'} 50 ms")
    print("query plans (raw statements):")
    for plan, which in plans.items():
        print(f"  {plan}   <- {', '.join(sorted(which))}")
    scans = [p for p in plans if "SCAN" in p]
    print(f"worst p99 {worst:.2f} ms: {'within' if worst <= 50 else 'OVER'} the 50 ms goal; "
          f"{'no table scan' if not scans else 'TABLE SCAN in ' + str(len(scans)) + ' plan(s)'}")
    db.dispose()
    raw.close()
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    return 0


if __name__ == "__main__":
    sys.exit(main())

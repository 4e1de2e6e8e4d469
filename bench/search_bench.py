"""Parcel search benchmark (issue 13 item 4): N parcels bulk-seeded (random mobiles, ~1000
distinct names, unique order refs), then each kind of search through the real use case (one
unit of work per search, as the Tracking page and `carrier-app search` run it) against raw
sqlite3 running the same statements on the same indexes in the same run (the floor). Prints
p50/p99 per kind, the ratio to the floor, whether p99 is within the 50 ms goal, and the query
plan of each statement (every one must search an index, never scan the table).

    python bench/search_bench.py [--parcels 1000000] [--searches 300] [--quick] [--pg [URL]]

--pg: the same on PostgreSQL (default CARRIER_TEST_PG_URL or the local `test` database), in a
throw-away schema, seeded by generate_series; the floor is psycopg running the same
statements (LIKE 'x%' on the text_pattern_ops indexes). Said and skipped when unreachable.
"""

from __future__ import annotations

import argparse
import os
import random
import uuid
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


def like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def raw_statements(kind: str, text: str, pg: bool = False) -> list[tuple[str, tuple[str, ...]]]:
    """The statements the use case runs for `text`, as raw SQL (same WHERE, same LIMIT):
    prefixes by GLOB on SQLite, by LIKE on PostgreSQL (text_pattern_ops)."""
    sel = f"SELECT {COLUMNS} FROM parcels WHERE "
    lim = f" LIMIT {LIMIT + 1}"
    starts = "LIKE ? ESCAPE '\\'" if pg else "GLOB ?"
    pattern = like if pg else glob
    out: list[tuple[str, tuple[str, ...]]] = []
    if kind in ("waybill", "piece"):
        out.append((sel + "waybill_no = ?" + lim, (text.split("-")[0],)))
    else:
        if kind == "phone_last4":
            out.append((sel + "recipient_phone_last4 = ?" + lim, (text,)))
        elif kind == "phone":
            out.append((sel + "recipient_phone_last4 = ? AND "
                        "replace(recipient_phone, '-', '') = ?" + lim, (text[-4:], text)))
        for ref in dict.fromkeys((text, text.upper())):
            out.append((sel + f"order_ref {starts}" + lim, (pattern(ref),)))
        out.append((sel + f"recipient_name {starts}" + lim, (pattern(text),)))
    return [(sql.replace("?", "%s"), params) for sql, params in out] if pg else out


KINDS: dict[str, Callable[[int], str]] = {
    "waybill": lambda i: s10.make("BB", i),
    "piece": lambda i: f"{s10.make('BB', i)}-1",
    "phone": phone_of,
    "phone_last4": lambda i: phone_of(i)[-4:],
    "order_ref": ref_of,
    "order_ref_prefix": lambda i: ref_of(i)[:6].lower(),   # ~1000 match: a full list
    "name": name_of,                                         # ~1000 match
    "name_prefix": lambda i: name_of(i)[0],                  # a surname: ~50,000 match
}
#: Which statements `raw_statements` gives for each kind.
SQL_KIND = {"order_ref_prefix": "other", "name": "other", "name_prefix": "other",
            "order_ref": "other"}


def seed_pg(conn: object, n: int) -> None:
    """The same rows as `seed`, made by the server (generate_series) in a few seconds."""
    surnames = ",".join(f"'{c}'" for c in SURNAMES)
    given = ",".join(f"'{g}'" for g in GIVEN)
    conn.execute(  # type: ignore[attr-defined]
        f"""
        WITH s AS (SELECT i, '1' || (3 + i % 7) || lpad(((i::bigint * 2654435761) % 1000000000)
                                                           ::text, 9, '0') AS phone
                   FROM generate_series(1, {n}) AS i)
        INSERT INTO parcels (id, waybill_no, order_ref, service, pieces, weight_g, cod_fen,
            declared_value_fen, payer, surcharge_fen, discount_fen, insurance_fen, contents,
            note, recipient_name, recipient_phone, recipient_phone_last4, recipient_province,
            recipient_city, recipient_district, recipient_address, recipient_postcode,
            sender_name, sender_phone, sender_address, sort_code, status, is_return,
            failed_attempts, last_location, created_at, updated_at)
        SELECT i, 'BB' || lpad(i::text, 8, '0') || 'X' || 'CN',
            'ORD' || lpad(((i::bigint * 7919) % 100000000)::text, 8, '0'), 'standard', 1,
            1000, 0, 0, 'SENDER_CASH', 0, 0, 0, '', '',
            (ARRAY[{surnames}])[1 + i % {len(SURNAMES)}]
              || (ARRAY[{given}])[1 + (i / {len(SURNAMES)}) % {len(GIVEN)}],
            phone, right(phone, 4), '浙江省', '杭州市', '西湖区', '文三路 90 号', '310012',
            '', '', '', '571-12-01', 'RECEIVED', false, 0, '571', now(), now()
        FROM s""")
    # The waybill numbers' check digits, as s10.make computes them (weights 8 6 4 2 3 5 9 7).
    conn.execute(  # type: ignore[attr-defined]
        """
        UPDATE parcels SET waybill_no = 'BB' || d || (CASE WHEN c = 10 THEN 0 WHEN c = 11
               THEN 5 ELSE c END)::text || 'CN'
        FROM (SELECT id AS pid, lpad(id::text, 8, '0') AS d,
                     11 - ((substr(lpad(id::text, 8, '0'), 1, 1)::int * 8
                          + substr(lpad(id::text, 8, '0'), 2, 1)::int * 6
                          + substr(lpad(id::text, 8, '0'), 3, 1)::int * 4
                          + substr(lpad(id::text, 8, '0'), 4, 1)::int * 2
                          + substr(lpad(id::text, 8, '0'), 5, 1)::int * 3
                          + substr(lpad(id::text, 8, '0'), 6, 1)::int * 5
                          + substr(lpad(id::text, 8, '0'), 7, 1)::int * 9
                          + substr(lpad(id::text, 8, '0'), 8, 1)::int * 7) % 11) AS c
              FROM parcels) AS k
        WHERE parcels.id = k.pid""")
    conn.execute("ANALYZE parcels")  # type: ignore[attr-defined]


def bench_pg(url: str, n: int, searches: int) -> None:
    import psycopg
    from sqlalchemy.engine import make_url

    plain = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    try:
        admin = psycopg.connect(plain, autocommit=True, connect_timeout=3)
    except psycopg.OperationalError as exc:
        print(f"PostgreSQL at {url} unreachable ({str(exc).strip()[:80]}): skipped")
        return
    schema = f"search_bench_{uuid.uuid4().hex[:8]}"
    admin.execute(f'CREATE SCHEMA "{schema}"')
    try:
        db = open_database(url, search_path=schema)
        upgrade(db)
        raw = psycopg.connect(plain, autocommit=True, options=f"-csearch_path={schema}")
        t = time.perf_counter()
        with raw.transaction():
            seed_pg(raw, n)
        print(f"PostgreSQL: seeded {n:,} parcels in {time.perf_counter() - t:.1f} s")
        run_kinds(db, n, searches, lambda kind, text: [
            list(raw.execute(sql, params)) for sql, params in raw_statements(kind, text, pg=True)],
                  lambda kind, text: [" / ".join(r[0] for r in raw.execute(
                      "EXPLAIN " + sql, params) if "Scan" in r[0])
                      for sql, params in raw_statements(kind, text, pg=True)],
                  "psycopg")
        raw.close()
        db.dispose()
    finally:
        admin.execute(f'DROP SCHEMA "{schema}" CASCADE')
        admin.close()


def run_kinds(db: object, n: int, searches: int,
              floor: Callable[[str, str], object], explain: Callable[[str, str], list[str]],
              floor_name: str) -> None:
    rng = random.Random(1)
    actor = Actor(None, "bench", Role.CLERK, station="bench", location="571")
    print(f"{searches} searches a kind, {n:,} parcels, limit {LIMIT}; "
          f"ratio = use case / raw {floor_name} running the same statements")
    print(f"  {'kind':<17} {'hits':>5}  {'floor p50':>9} {'p99':>7}  {'search p50':>10} "
          f"{'p99':>7}  {'ratio p50':>9} {'p99':>6}  goal")
    worst = 0.0
    plans: dict[str, set[str]] = {}
    for kind, make in KINDS.items():
        texts = [make(rng.randint(1, n)) for _ in range(searches)]
        sql_kind = SQL_KIND.get(kind, kind)
        for plan in explain(sql_kind, texts[0]):
            plans.setdefault(plan.strip(), set()).add(kind)
        service_ms: list[float] = []
        raw_ms: list[float] = []
        hits = 0
        chunk = 50  # alternate A/B in chunks so machine noise hits both alike
        for start in range(0, len(texts), chunk):
            for text in texts[start:start + chunk]:
                t0 = time.perf_counter()
                with UnitOfWork(db) as uow:  # type: ignore[arg-type]
                    result = search_parcels(uow, actor, text)
                service_ms.append((time.perf_counter() - t0) * 1000)
                hits = max(hits, len(result.hits))
            for text in texts[start:start + chunk]:
                t0 = time.perf_counter()
                floor(sql_kind, text)
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
    scans = [p for p in plans if "SCAN parcels" in p or "Seq Scan" in p]
    print(f"worst p99 {worst:.2f} ms: {'within' if worst <= 50 else 'OVER'} the 50 ms goal; "
          + ("no table scan" if not scans else
             f"{len(scans)} plan(s) scan the table under LIMIT {LIMIT + 1} (the planner's choice "
             "for a prefix that many rows share: it stops at that many matches)"))


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--parcels", type=int, default=1_000_000)
    ap.add_argument("--searches", type=int, default=300, help="per kind")
    ap.add_argument("--quick", action="store_true", help="100k parcels, 100 searches a kind")
    ap.add_argument("--pg", nargs="?", metavar="URL",
                    const=os.environ.get("CARRIER_TEST_PG_URL",
                                         "postgresql+psycopg://postgres@127.0.0.1:5432/test"),
                    help="also on PostgreSQL")
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

    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in ("journal_mode=WAL", "synchronous=FULL", "foreign_keys=ON",
                   "busy_timeout=5000"):
        raw.execute(f"PRAGMA {pragma}")

    def floor(kind: str, text: str) -> None:
        raw.execute("BEGIN")
        for sql, params in raw_statements(kind, text):
            raw.execute(sql, params).fetchall()
        raw.execute("COMMIT")

    def explain(kind: str, text: str) -> list[str]:
        return [" / ".join(r[3] for r in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
                for sql, params in raw_statements(kind, text)]

    print("SQLite (WAL, synchronous=FULL):")
    run_kinds(db, args.parcels, args.searches, floor, explain, "sqlite3")
    db.dispose()
    raw.close()
    for f in tmp.iterdir():
        f.unlink()
    tmp.rmdir()
    if args.pg:
        bench_pg(args.pg, args.parcels, args.searches)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Order import benchmark (issue #4): a 100k-row merchant CSV imported end to end (read,
validate, route, number, store in one transaction) against a floor of raw sqlite3
executemany writing the same parcel, piece and event rows in one transaction, same run.

    python bench/import_bench.py [--rows 100000] [--quick]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from carrier_app.core import s10
from carrier_app.core.roles import Actor, Role
from carrier_app.demo.seed import seed
from carrier_app.store import open_database
from carrier_app.store.schema import upgrade
from carrier_app.waybill.import_service import import_orders
from carrier_app.waybill.numbers import NumberAllocator

ADDRESSES = [("浙江省", "杭州市", "西湖区", "310012"), ("浙江省", "杭州市", "滨江区", "310051"),
             ("上海市", "上海市", "浦东新区", "200120"), ("上海市", "上海市", "徐汇区", ""),
             ("北京市", "北京市", "朝阳区", "100020"), ("浙江省", "杭州市", "余杭区", "")]


def make_csv(path: Path, rows: int) -> None:
    rng = random.Random(3)
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("订单号,收件人,电话,省,市,区,地址,邮编,件数,重量,代收货款\n")
        for i in range(rows):
            prov, city, dist, pc = rng.choice(ADDRESSES)
            f.write(f"B{i:07d},张{i % 97},13{rng.randint(100000000, 999999999)},{prov},{city},"
                    f"{dist},\"文三路 {i % 500} 号, {i % 30} 楼\",{pc},{1 + (i % 20 == 0)},"
                    f"{rng.randint(1, 20000) / 1000},{rng.choice(['', '59.90', '0'])}\n")


def fresh_db(tmp: Path, name: str) -> Path:
    path = tmp / name
    db = open_database(f"sqlite:///{path}")
    upgrade(db)
    seed(db, parcels=0)
    db.dispose()
    return path


def floor(path: Path, rows: int) -> float:
    now = datetime.now(UTC).replace(tzinfo=None).isoformat(" ")
    parcels = [(s10.make("FF", i + 1), "standard", 1 + (i % 20 == 0), 1500, 0, 0, "", "",
                "张三", "13812345678", "浙江省", "杭州市", "西湖区", "文三路 1 号", "310012", "M",
                "", "", "571-12-01", "CREATED", 0, 0, "571", now, now, 1, f"B{i:07d}")
               for i in range(rows)]
    t = time.perf_counter()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("BEGIN IMMEDIATE")
    conn.executemany(
        "INSERT INTO parcels (waybill_no, service, pieces, weight_g, cod_fen, "
        "declared_value_fen, contents, note, recipient_name, recipient_phone, "
        "recipient_province, recipient_city, recipient_district, recipient_address, "
        "recipient_postcode, sender_name, sender_phone, sender_address, sort_code, status, "
        "is_return, failed_attempts, last_location, created_at, updated_at, merchant_id, "
        "order_ref) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", parcels)
    ids = [r[0] for r in conn.execute("SELECT id FROM parcels ORDER BY id")]
    conn.executemany("INSERT INTO pieces (parcel_id, piece_no, status, updated_at) "
                     "VALUES (?, 1, 'CREATED', ?)", [(i, now) for i in ids])
    conn.executemany(
        "INSERT INTO scan_events (parcel_id, event, status_after, location_code, station, "
        "occurred_at, message, details) VALUES (?, 'CREATE', 'CREATED', '571', 'b', ?, '', ?)",
        [(i, now, json.dumps({"sort_code": "571-12-01"})) for i in ids])
    conn.execute("COMMIT")
    conn.close()
    return time.perf_counter() - t


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rows", type=int, default=100_000)
    ap.add_argument("--quick", action="store_true", help="20k rows")
    args = ap.parse_args()
    rows = 20_000 if args.quick else args.rows
    tmp = Path(tempfile.mkdtemp(prefix="import_bench_"))
    csv_path = tmp / "orders.csv"
    make_csv(csv_path, rows)
    floor_s = floor(fresh_db(tmp, "floor.db"), rows)
    db = open_database(f"sqlite:///{fresh_db(tmp, 'import.db')}")
    actor = Actor(None, "bench", Role.CLERK, station="bench", location="571")
    t = time.perf_counter()
    result = import_orders(db, actor, NumberAllocator(db, block_size=1000), csv_path, "M001")
    took = time.perf_counter() - t
    assert result.created == rows and not result.rejects, result.rejects[:3]
    print(f"{rows:,} orders, SQLite WAL + synchronous=FULL, one transaction")
    print(f"  raw executemany floor (insert only)  : {floor_s:6.2f} s")
    print(f"  import (read+validate+route+number)  : {took:6.2f} s  "
          f"({rows / took:,.0f} orders/s)")
    print(f"  ratio {took / floor_s:.1f}x the floor; goal 100k in <= 20 s: "
          f"{'met' if took * 100_000 / rows <= 20 else 'NOT met'}")
    db.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())

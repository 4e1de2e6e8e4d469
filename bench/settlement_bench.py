"""Merchant settlement and monthly bill against a merchant's history (PostgreSQL).

A merchant has --history parcels delivered, settled and billed long ago, and --period parcels
delivered yesterday, neither settled nor billed. Through the real use cases: the settlement
preview for yesterday and the bill preview for yesterday's month. The floor, in the same run:
raw psycopg reading the period's parcels with their delivery times (what both answers are
made of). Run at two history sizes: a query that reads the merchant's whole history shows as
a ratio that grows with it.

    python bench/settlement_bench.py [--history 1000000] [--period 2000] [--runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from depot_day import PG_URL, POSTCODE, schema_url  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from carrier_app.core import s10  # noqa: E402
from carrier_app.core.clock import local_today  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.store import UnitOfWork, open_database  # noqa: E402

LONG_AGO = datetime(2025, 1, 15, 4, tzinfo=UTC)


def prepare(url: str, schema: str, history: int, period: int) -> str:
    """The schema with the demo network; the merchant's history (settled on one statement,
    billed on one bill) and the period's parcels; the merchant's code."""
    import psycopg

    from carrier_app.demo.seed import seed
    from carrier_app.store.schema import upgrade
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    db = open_database(url, search_path=schema)
    upgrade(db)
    seed(db, parcels=0)
    db.dispose()
    yesterday = datetime.now(UTC) - timedelta(days=1)
    dsn = url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(dsn, options=f"-csearch_path={schema}") as con, con.cursor() as cur:
        code, mid = cur.execute("SELECT code, id FROM merchants ORDER BY code LIMIT 1").fetchone()
        sid = cur.execute(
            "INSERT INTO settlements (statement_no, merchant_id, period_from, period_to, "
            "cod_fen, fee_fen, net_fen, bill_fen, delivered_count, returned_count, created_at, "
            "created_by) VALUES ('ST-OLD', %s, %s, %s, 0, 0, 0, 0, %s, 0, %s, 'bench') "
            "RETURNING id", (mid, LONG_AGO.date(), LONG_AGO.date(), history, LONG_AGO)
        ).fetchone()[0]
        bid = cur.execute(
            "INSERT INTO bills (bill_no, merchant_id, month, parcel_count, freight_fen, "
            "surcharge_fen, insurance_fen, discount_fen, total_fen, issued_at, issued_by) "
            "VALUES ('BL-OLD', %s, %s, %s, 0, 0, 0, 0, 0, %s, 'bench') RETURNING id",
            (mid, f"{LONG_AGO:%Y-%m}", history, LONG_AGO)).fetchone()[0]
        total = history + period
        with cur.copy("COPY parcels (id, waybill_no, merchant_id, order_ref, payer, freight_fen, "
                      "service, pieces, weight_g, cod_fen, declared_value_fen, contents, note, "
                      "recipient_name, recipient_phone, recipient_province, recipient_city, "
                      "recipient_district, recipient_address, recipient_postcode, sender_name, "
                      "sender_phone, sender_address, sort_code, status, is_return, "
                      "failed_attempts, last_location, created_at, updated_at, settled, billed) "
                      "FROM STDIN") as cp:
            for i in range(1, total + 1):
                old = i <= history  # settled and billed, as settle and issue mark them
                at = LONG_AGO if old else yesterday
                cp.write_row((i, s10.make("ZZ", i), mid, f"O{i}", "MONTHLY", 1000, "standard",
                              1, 1000, 0, 0, "", "", "李四", "13800001111", "浙江省", "杭州市",
                              "西湖区", "文三路 1 号", POSTCODE, "", "", "", "571-15-01",
                              "DELIVERED", False, 0, "571-15", at, at, old, old))
        with cur.copy("COPY proofs_of_delivery (parcel_id, receiver_name, relation, strokes, "
                      "photo_name, counter_pickup, cod_fen, freight_fen, payment_method, "
                      "delivered_at, username) FROM STDIN") as cp:
            for i in range(1, total + 1):
                at = LONG_AGO if i <= history else yesterday
                cp.write_row((i, "李四", "SELF", "[]", "", False, 0, 0, "", at, "bench"))
        with cur.copy("COPY settled_parcels (settlement_id, parcel_id, kind, cod_fen, fee_fen) "
                      "FROM STDIN") as cp:
            for i in range(1, history + 1):
                cp.write_row((sid, i, "delivered", 0, 0))
        with cur.copy("COPY bill_lines (bill_id, parcel_id, destination, chargeable_weight_g, "
                      "freight_fen, surcharge_fen, insurance_fen, discount_fen, total_fen) "
                      "FROM STDIN") as cp:
            for i in range(1, history + 1):
                cp.write_row((bid, i, "浙江省杭州市", 1000, 1000, 0, 0, 0, 1000))
        cur.execute("SELECT setval(pg_get_serial_sequence('parcels','id'), %s)", (total,))
        cur.execute("ANALYZE")
    return str(code)


def median_s(fn: Any, runs: int) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(runs):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times), out


def measure(history: int, period: int, runs: int) -> dict[str, float]:
    import psycopg

    from carrier_app.finance import billing, settlement
    schema = f"settle_{os.getpid()}_{history}"
    try:
        code = prepare(PG_URL, schema, history, period)
        db = open_database(schema_url(PG_URL, schema))
        actor = Actor(None, "finance", Role.FINANCE, station="bench", location="571-15")
        day = local_today() - timedelta(days=1)

        def preview() -> Any:
            with UnitOfWork(db) as uow:
                return settlement.preview(uow, actor, code, day, day)

        def bill() -> Any:
            with UnitOfWork(db) as uow:
                return billing.month_bill(uow, actor, code, f"{day:%Y-%m}")

        dsn = PG_URL.replace("postgresql+psycopg", "postgresql")
        with psycopg.connect(dsn, options=f"-csearch_path={schema}") as con:
            def floor() -> Any:
                return con.execute(
                    "SELECT p.*, d.delivered_at FROM proofs_of_delivery d JOIN parcels p "
                    "ON p.id = d.parcel_id WHERE d.delivered_at > %s ORDER BY d.delivered_at, "
                    "p.waybill_no", (LONG_AGO,)).fetchall()
            floor()
            f, rows = median_s(floor, runs)
        s, st = median_s(preview, runs)
        b, mb = median_s(bill, runs)
        assert len(rows) == period, len(rows)
        assert len(st.lines) == period, (len(st.lines), period)
        assert len(mb.lines) >= period, (len(mb.lines), period)  # earlier days of this month
        db.dispose()
        return {"floor": f, "settlement": s, "bill": b}
    finally:
        admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--history", type=int, default=1_000_000)
    ap.add_argument("--period", type=int, default=2_000)
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    print(f"one merchant, {args.period:,} parcels delivered yesterday; medians of {args.runs}")
    for history in (args.history // 100, args.history):
        r = measure(history, args.period, args.runs)
        print(f"  history {history:>10,}: floor {r['floor'] * 1e3:8.1f} ms   settlement "
              f"preview {r['settlement'] * 1e3:8.1f} ms ({r['settlement'] / r['floor']:6.1f}x)"
              f"   bill preview {r['bill'] * 1e3:8.1f} ms ({r['bill'] / r['floor']:6.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

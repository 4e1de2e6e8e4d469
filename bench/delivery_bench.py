"""Delivery benchmarks (issue #6), each as a ratio to a floor measured in the same run:

1. Run sheet PDF (派件单) of N parcels (barcodes, fitted CJK addresses, signature boxes)
   against a floor of reportlab writing the same strings on the same pages, nothing else.
2. Auto-assign preview for P parcels waiting at a branch (service: ORM query, route
   balancing) against raw sqlite3 selecting the same rows from the same file.

    python bench/delivery_bench.py [--parcels 2000] [--sheet 200] [--quick]
"""

from __future__ import annotations

import argparse
import io
import sqlite3
import statistics
import sys
import tempfile
import time
from datetime import date
from decimal import Decimal
from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen.canvas import Canvas

from carrier_app.dispatch.runs import RunLine, RunSheet
from carrier_app.documents.pdfkit import register_fonts
from carrier_app.documents.run_sheet import render_run_sheet


def best(fn, repeat: int) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def sheet(n: int) -> RunSheet:
    lines = [RunLine(i, f"AA{i:08d}5CN", "571-15-01", "欧阳娜娜", "138****5678",
                     f"浙江省杭州市滨江区江南大道 {i} 号 {i % 30} 幢 {i % 12 + 1} 单元 1102 室",
                     1, Decimal("128.50") if i % 3 == 0 else Decimal("0.00"), "ASSIGNED",
                     None, "", False) for i in range(1, n + 1)]
    return RunSheet(1, "R571152611230001", date(2026, 11, 23), "OPEN", "C5711501", "张伟",
                    "571-15", "滨江营业部", lines, None, None)


def text_floor(s: RunSheet) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=landscape(A4), pageCompression=1)
    for i, x in enumerate(s.lines):
        if i and i % 10 == 0:
            c.showPage()
        c.setFont(font, 10)
        y = 500 - (i % 10) * 45
        for j, text in enumerate((str(x.seq), x.sort_code, x.waybill_no, x.recipient_name,
                                  x.phone_masked, x.address, str(x.cod))):
            c.drawString(30 + j * 100, y, text)
    c.showPage()
    c.save()
    return buf.getvalue()


def bench_sheet(n: int, repeat: int) -> None:
    s = sheet(n)
    render_run_sheet(s)  # warm the font and barcode caches like a running app
    text_floor(s)
    t_sheet = best(lambda: render_run_sheet(s), repeat)
    t_floor = best(lambda: text_floor(s), repeat)
    size = len(render_run_sheet(s))
    print(f"run sheet, {n} parcels: {t_sheet * 1000:.1f} ms ({t_sheet / n * 1000:.2f} ms/parcel, "
          f"{size / 1024:.0f} KB); text-only floor {t_floor * 1000:.1f} ms; "
          f"ratio {t_sheet / t_floor:.1f}x")


def bench_preview(p: int, repeat: int) -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    from delivery_support import arrived, dispatcher

    from carrier_app.demo.seed import seed
    from carrier_app.dispatch.assign import preview_auto_assign
    from carrier_app.store import UnitOfWork, open_database
    from carrier_app.store.schema import upgrade

    with tempfile.TemporaryDirectory() as d:
        path = Path(d) / "bench.db"
        db = open_database(f"sqlite:///{path}")
        upgrade(db)
        seed(db, parcels=0)
        t = time.perf_counter()
        arrived(db, p)
        print(f"(seeded {p} parcels through the real services in {time.perf_counter() - t:.0f} s)")
        actor = dispatcher("571-15")

        def service() -> None:
            with UnitOfWork(db) as uow:
                assert len(preview_auto_assign(uow, actor, "571-15").proposals) == p

        raw = sqlite3.connect(path)

        def floor() -> None:
            rows = raw.execute(
                "SELECT p.id, p.waybill_no, p.sort_code, p.status, a.next_attempt FROM parcels p "
                "LEFT JOIN delivery_attempts a ON a.parcel_id = p.id WHERE p.dest_branch_id = "
                "(SELECT id FROM branches WHERE code = '571-15') AND p.status IN "
                "('ARRIVED', 'DELIVERY_FAILED', 'RETURN_TO_SENDER') ORDER BY p.sort_code, "
                "p.recipient_address, p.id").fetchall()
            assert len(rows) == p

        service()
        t_service, t_floor = best(service, repeat), best(floor, repeat)
        raw.close()
        db.dispose()
    print(f"auto-assign preview, {p} waiting parcels: {t_service * 1000:.1f} ms; raw sqlite3 "
          f"select floor {t_floor * 1000:.1f} ms; ratio {t_service / t_floor:.1f}x")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--parcels", type=int, default=2000)
    ap.add_argument("--sheet", type=int, default=200)
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    if args.quick:
        args.parcels, args.sheet = 200, 60
    repeat = 3 if args.quick else 5
    bench_sheet(args.sheet, repeat)
    bench_preview(args.parcels, repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

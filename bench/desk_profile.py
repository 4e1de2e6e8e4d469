"""One depot-day desk alone against PostgreSQL: per action, ms and client CPU ms per action,
and the SQL round trips each costs (statements sent through psycopg, BEGIN and COMMIT
counted), optionally with a cProfile of one action. For finding where bench/depot_day.py's
per-action cost goes; it measures, it is not a goal (no floor).

    python bench/desk_profile.py [--n 200] [--day 20000] [--profile ACTION] [--sql ACTION]
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("CARRIER_ARGON2_FAST", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import depot_day as dd  # noqa: E402
from sqlalchemy import create_engine, text  # noqa: E402

from carrier_app.core.lifecycle import Event  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.store import UnitOfWork, open_database  # noqa: E402


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="parcels taken through each action")
    ap.add_argument("--day", type=int, default=20_000, help="parcels in the tables")
    ap.add_argument("--profile", default="", help="cProfile this action (e.g. create)")
    ap.add_argument("--sql", default="", help="print the statements of this action (or all)")
    ap.add_argument("--first", action="store_true",
                    help="profile only the first of the action (statements not compiled yet)")
    ap.add_argument("--top", type=int, default=35, help="profile lines shown")
    args = ap.parse_args()
    trips = dd.RoundTrips()
    schema = f"deskprof_{os.getpid()}"
    try:
        couriers = dd.prepare(dd.PG_URL, schema, args.day)
        run(dd.schema_url(dd.PG_URL, schema), couriers, args, trips)
    finally:
        admin = create_engine(dd.PG_URL, isolation_level="AUTOCOMMIT")
        with admin.connect() as c:
            c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
        admin.dispose()
    return 0


def run(url: str, couriers: list[str], args: Any, trips: dd.RoundTrips) -> None:
    from carrier_app.delivery.pod import DeliveryInput, deliver
    from carrier_app.dispatch.assign import assign
    from carrier_app.finance.cashup import declare, open_cashup
    from carrier_app.sorting.routing import load_router
    from carrier_app.sorting.sort_station import SortStation
    from carrier_app.tracking.scans import append_scan
    from carrier_app.waybill.numbers import NumberAllocator
    from carrier_app.waybill.service import WaybillInput, create_waybill

    db = open_database(url)
    hub = Actor(None, "supervisor", Role.SUPERVISOR, station="prof", location=dd.HUB)
    branch = Actor(None, "dispatcher", Role.SUPERVISOR, station="prof", location=dd.BRANCH)
    allocator = NumberAllocator(db, station="prof", block_size=args.n + 1)
    allocator.ensure(args.n)
    with UnitOfWork(db) as uow:
        router = load_router(uow)
    station = SortStation(db, Actor(None, "sorter", Role.SORTER, station="prof",
                                    location=dd.HUB))

    def create(i: int) -> str:
        with UnitOfWork(db) as uow:
            wb = create_waybill(uow, hub, allocator, router, WaybillInput(
                recipient_name="张三", recipient_phone="13812345678",
                recipient_address=f"测试路 {i} 号", recipient_postcode=dd.POSTCODE,
                weight_kg=Decimal("1.000"), cod=Decimal("12.50" if i % 4 == 0 else "0"),
                **dd.COUNTER)).waybill_no
            uow.commit()
            return wb

    def scan(who: Actor, event: Event, loc: str) -> Any:
        def go(wb: str) -> Any:
            with UnitOfWork(db) as uow:
                r = append_scan(uow, who, wb, event, location=loc)
                uow.commit()
                return r
        return go

    def run_uc(uc: Any, *a: Any, **kw: Any) -> Any:
        with UnitOfWork(db) as uow:
            return uc(uow, branch, *a, **kw)

    def assigned(wb: str) -> Any:
        return run_uc(assign, wb, couriers[hash(wb) % len(couriers)], only_unassigned=True)

    def delivered(wb: str) -> Any:
        return run_uc(deliver, DeliveryInput(wb, "张三", "SELF", dd.STROKES,
                                             payment_method="cash"))

    steps: list[tuple[str, Any]] = [
        ("receive", scan(hub, Event.RECEIVE, dd.HUB)), ("sort", station.scan),
        ("bag", scan(hub, Event.BAG, dd.HUB)), ("depart", scan(hub, Event.DEPART, dd.HUB)),
        ("arrive", scan(branch, Event.ARRIVE, dd.BRANCH)), ("assign", assigned),
        ("out", scan(branch, Event.OUT_FOR_DELIVERY, dd.BRANCH)), ("deliver", delivered)]
    print(f"one desk, {args.n} parcels per action ({args.day:,} in the tables)")
    print(f"  {'action':8s} {'ms/action':>10s} {'CPU ms':>8s} {'round trips':>12s} "
          f"{'first ms':>9s}  (the first in this process compiles its statements)")
    waybills: list[str] = []

    def measure(name: str, fn: Any, items: list[Any]) -> list[Any]:
        trips.keep = args.sql in (name, "all")
        prof = cProfile.Profile(time.process_time) if args.profile in (name, "all") else None
        n0, t0, c0 = trips.n, time.perf_counter(), time.process_time()
        if prof:
            prof.enable()
        t1 = time.perf_counter()
        out = [fn(items[0])]
        first = time.perf_counter() - t1
        if prof and args.first:
            prof.disable()
        out += [fn(x) for x in items[1:]]
        if prof:
            prof.disable()
        wall, cpu = time.perf_counter() - t0, time.process_time() - c0
        print(f"  {name:8s} {wall / len(items) * 1e3:10.2f} {cpu / len(items) * 1e3:8.2f} "
              f"{(trips.n - n0) / len(items):12.1f} {first * 1e3:9.1f}")
        if prof:
            for key in ("cumulative", "tottime"):
                pstats.Stats(prof).sort_stats(key).print_stats(args.top)
        if trips.keep:
            for sql, k in trips.texts.most_common():
                print(f"      {k / len(items):5.2f}  {sql}")
            trips.texts.clear()
        return out

    waybills = measure("create", create, list(range(args.n)))
    for name, fn in steps:
        measure(name, fn, waybills)
    fin = Actor(None, "finance", Role.FINANCE, station="prof", location=dd.BRANCH)

    each: list[str] = []

    def cashup(code: str) -> Any:
        t = time.perf_counter()
        with UnitOfWork(db) as uow:
            cu = open_cashup(uow, fin, code)
        t1 = time.perf_counter()
        with UnitOfWork(db) as uow:
            done = declare(uow, fin, cu.id, {"cash": str(cu.expected)})
        each.append(f"{len(cu.parcels)} parcels: open {(t1 - t) * 1e3:.1f} ms, declare "
                    f"{(time.perf_counter() - t1) * 1e3:.1f} ms")
        return done
    measure("cashup", cashup, couriers)  # open + declare, per courier
    print("    each courier in turn (the first in this process: statements not compiled yet): "
          + "; ".join(each))
    db.dispose()


if __name__ == "__main__":
    sys.exit(main())

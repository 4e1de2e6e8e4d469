"""Depot-day load test (issue 15 item 4): 10 workstation processes on one PostgreSQL.

The database holds a day's volume (--day parcels, bulk-copied: they are the tables' size, not
the work). Then 10 processes, each a workstation calling the app's use cases, move --flow
parcels through a compressed day as a pipeline:

    receiving x2   counter acceptance (create_waybill, numbers from each desk's allocator)
                   + RECEIVE scan at the hub
    sorting x1     SortStation.scan (the sort station's use case)
    bagging x1     BAG + DEPART scans at the hub
    arrival x1     ARRIVE scan at the branch
    dispatch x2    assign(only_unassigned): BOTH desks get every parcel, for different
                   couriers; exactly one may win (the double-assignment check)
    delivery x2    OUT_FOR_DELIVERY + deliver (signature rendered, POD stored), each desk
                   about half the parcels
    cash-up x1     when deliveries end: open_cashup + declare per courier

Two phases: flat out (sustained actions/s) and paced at the depot's peak rate (p50/p99 per
action there). In the paced phase each desk's actions arrive as a Poisson process at its part
of the rate (twice as often for a desk that acts twice per parcel), as independent
workstations do, not all desks on the same tick.

The floor: 10 raw psycopg processes doing the same number of single-row insert + update
transactions, flat out, in the same run, twice: on copies of the depot's own parcels and
scan_events (same columns, indexes, foreign key and rows; each update changes the indexed
status, as a scan does): the database work a scan cannot do without, the floor the goal is
measured against, run just before and just after each flat-out round (the ratio is to the
mean of the two: this shared machine's speed drifts within a round); and on two toy tables
of two and three columns, after the round (what earlier runs reported, shown for
comparison). Afterwards, from the database: duplicate waybill numbers,
parcels assigned twice, acknowledged scans missing from the events.

    python bench/depot_day.py [--day 200000] [--flow 2000] [--peak-rate R] [--quick]
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import queue
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

os.environ.setdefault("CARRIER_ARGON2_FAST", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, text  # noqa: E402

from carrier_app.core import s10  # noqa: E402
from carrier_app.core.errors import DomainError  # noqa: E402
from carrier_app.core.lifecycle import Event  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.store import Database, UnitOfWork, open_database  # noqa: E402

PG_URL = os.environ.get("CARRIER_TEST_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
HUB, BRANCH, POSTCODE = "571", "571-15", "310051"
ACTIONS_PER_PARCEL = 8  # create, receive, sort, bag, depart, arrive, assign, out + deliver
# A depot's day is not flat: the busiest hour carries ~15 % of the day's scans.
PEAK_HOUR_SHARE = 0.15
# Counter acceptance of a walk-in sender (waybill/acceptance.py): an ID, an inspection and
# the contents, matched against the prohibited list.
COUNTER: dict[str, Any] = {"sender_name": "王五", "sender_id_type": "RIC",
                           "sender_id_number": "11010519491231002X", "inspected": True,
                           "contents": "衣服"}
STROKES = [[(0.1, 0.5), (0.3, 0.2), (0.5, 0.8), (0.9, 0.4)]]


def peak_rate(day: int) -> float:
    """Actions per second in the busiest hour of a `day`-parcel day."""
    return day * ACTIONS_PER_PARCEL * PEAK_HOUR_SHARE / 3600


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(len(values) * p))] if values else float("nan")


def schema_url(url: str, schema: str) -> str:
    return f"{url}?options=-csearch_path%3D{schema}"


class RoundTrips:
    """Counts what psycopg sends: every cursor execute, and each transaction's BEGIN/COMMIT."""

    def __init__(self) -> None:
        import psycopg
        self.n = 0
        self.texts: Counter[str] = Counter()
        self.keep = False  # set: count each statement's text too (desk_profile --sql)
        counter = self
        execute, commit = psycopg.Cursor.execute, psycopg.Connection.commit

        def counted_execute(cur: Any, query: Any, *a: Any, **kw: Any) -> Any:
            counter.note(query)
            if cur.connection.info.transaction_status == 0 and not cur.connection.autocommit:
                counter.note("BEGIN")  # psycopg opens the transaction with its own round trip
            return execute(cur, query, *a, **kw)

        def counted_commit(con: Any) -> Any:
            if con.info.transaction_status != 0:
                counter.note("COMMIT")
            return commit(con)

        psycopg.Cursor.execute = counted_execute  # type: ignore[method-assign]
        psycopg.Connection.commit = counted_commit  # type: ignore[method-assign]

    def note(self, sql: Any) -> None:
        self.n += 1
        if self.keep:
            self.texts[" ".join(str(sql).split())[:150]] += 1


# --- the workstations -------------------------------------------------------------------------
@dataclass
class Shared:
    """What the main process hands every workstation."""

    url: str
    share: int             # parcels each receiving desk takes in
    rate: float            # actions/s over all desks (0: flat out)
    couriers: list[str]    # the branch's couriers, split between the two dispatch desks
    phase: str
    ready: Any = None      # each desk says it is set up (queue) ...
    go: Any = None         # ... and all start together (event): start-up is not the day


@dataclass
class Outcome:
    role: str
    times: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    acked: list[tuple[str, str]] = field(default_factory=list)  # (waybill, event) told ok
    trips: dict[str, int] = field(default_factory=lambda: defaultdict(int))  # per action
    refused: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    errors: list[str] = field(default_factory=list)
    started: float = 0.0
    ended: float = 0.0
    cpu: tuple[float, float] = (0.0, 0.0)  # (this process, its PostgreSQL backends) seconds


def proc_cpu(pid: int) -> float:
    """CPU seconds (user + system) process `pid` of this machine used so far; 0 where /proc
    cannot say (another machine's server, a process gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def backend_cpu(db: Database, app: str) -> float:
    """CPU seconds used so far by the PostgreSQL backends whose application_name is `app`."""
    with db.engine.connect() as c:
        pids = c.execute(text("SELECT pid FROM pg_stat_activity WHERE application_name = :a"),
                         {"a": app}).scalars().all()
    return sum(proc_cpu(pid) for pid in pids)


class Desk:
    """One workstation: its database connection, the pacing, the record of what it did."""

    def __init__(self, shared: Shared, role: str, idx: int = 0) -> None:
        self.shared = shared
        self.app = f"depotday-{role}-{idx}"
        sep = "&" if "?" in shared.url else "?"
        self.db = open_database(f"{shared.url}{sep}application_name={self.app}")
        # As a workstation's log-in does with its first ORM query: the mappers are set up
        # before the day's first action, not by it.
        from sqlalchemy.orm import configure_mappers
        configure_mappers()
        self.out = Outcome(role)
        # Each desk paced at its part of the overall rate: the desks that act twice per
        # parcel (bagging, delivery) twice as often as those that act once, so that the
        # whole day runs at `rate`, not at the pace of its busiest desk.
        self.interval_s = (ACTIONS_PER_FLOW / (DESK_ACTIONS[role] * shared.rate)
                           if shared.rate else 0.0)
        self._next = time.perf_counter()
        self.rng = random.Random(f"{role}-{idx}")
        self.trips = RoundTrips()

    def act(self, action: str, fn: Any, *ack: tuple[str, str]) -> Any:
        """Run `fn()` (one use case, one commit), timed; a DomainError is a refusal."""
        if self.interval_s:
            now = time.perf_counter()
            if self._next > now:
                time.sleep(self._next - now)
            # Independent workstations: Poisson arrivals (exponential gaps) at the desk's
            # rate, not ten desks acting in lockstep on the same tick.
            self._next = (max(now, self._next)
                          + self.rng.expovariate(1 / self.interval_s))
        t, n = time.perf_counter(), self.trips.n
        try:
            result = fn()
        except DomainError as exc:
            self.out.refused[f"{action}:{exc.code}"] += 1
            return None
        finally:
            self.out.times[action].append((time.perf_counter() - t) * 1e3)
            self.out.trips[action] += self.trips.n - n
        self.out.acked.extend(ack)
        return result

    def run(self, uc: Any, actor: Actor, *args: Any, **kw: Any) -> Any:
        with UnitOfWork(self.db) as uow:
            return uc(uow, actor, *args, **kw)

    def scan(self, actor: Actor, code: str, event: Event, location: str) -> Any:
        from carrier_app.tracking.scans import append_scan
        with UnitOfWork(self.db) as uow:
            r = append_scan(uow, actor, code, event, location=location)
            uow.commit()
            return r


def _items(inbox: Any, upstream_done: Any) -> Any:
    while True:
        try:
            yield inbox.get(timeout=0.05)
        except queue.Empty:
            if upstream_done.is_set() and inbox.empty():
                return


def desk_main(role: str, idx: int, shared: Shared, inbox: Any, outboxes: list[Any],
              upstream_done: Any, results: Any) -> None:
    out = Outcome(role)
    out.started = time.time()
    desk = None
    try:
        desk = Desk(shared, role, idx)
        out = desk.out
        with UnitOfWork(desk.db) as uow:
            uow.conn.execute(text("SELECT 1"))  # the backend exists before the count starts
        cpu0 = (time.process_time(), backend_cpu(desk.db, desk.app))
        shared.ready.put(role)
        shared.go.wait()
        if desk.interval_s:  # each desk starts at its own moment within the first gap
            desk._next = time.perf_counter() + desk.rng.uniform(0, desk.interval_s)
        out.started = time.time()
        STATIONS[role](desk, idx, inbox, outboxes, upstream_done)
        out.cpu = (time.process_time() - cpu0[0], backend_cpu(desk.db, desk.app) - cpu0[1])
    except BaseException as exc:  # noqa: BLE001 - reported: the run must have none
        out.errors.append(f"{type(exc).__name__}: {exc}")
        if desk is None:
            shared.ready.put(role)  # failed while setting up: the others must not wait
    finally:
        out.ended = time.time()
        if desk is not None:
            desk.db.dispose()
        results.put((out.role, dict(out.times), out.acked, dict(out.refused), out.errors,
                     out.started, out.ended, dict(out.trips), out.cpu))


def receiving(desk: Desk, idx: int, _inbox: Any, outs: list[Any], _done: Any) -> None:
    from carrier_app.sorting.routing import load_router
    from carrier_app.waybill.numbers import NumberAllocator
    from carrier_app.waybill.service import WaybillInput, create_waybill

    clerk = Actor(None, "supervisor", Role.SUPERVISOR, station=f"recv-{idx}", location=HUB)
    allocator = NumberAllocator(desk.db, station=f"recv-{idx}", block_size=200)
    with UnitOfWork(desk.db) as uow:
        router = load_router(uow)

    def create(i: int, cod: str) -> str:
        allocator.ensure(1)  # a new block of numbers when this desk's runs out
        with UnitOfWork(desk.db) as uow:
            wb = create_waybill(uow, clerk, allocator, router, WaybillInput(
                recipient_name="张三", recipient_phone="13812345678",
                recipient_address=f"测试路 {i} 号", recipient_postcode=POSTCODE,
                weight_kg=Decimal("1.000"), cod=Decimal(cod),
                **COUNTER)).waybill_no
            uow.commit()
            return wb

    for i in range(desk.shared.share):
        cod = "12.50" if i % 4 == 0 else "0"
        wb = desk.act("create", lambda i=i, cod=cod: create(i, cod))
        if wb is None:
            continue
        desk.out.acked.append((wb, Event.CREATE.value))
        if desk.act("receive", lambda wb=wb: desk.scan(clerk, wb, Event.RECEIVE, HUB),
                    (wb, Event.RECEIVE.value)) is not None:
            outs[0].put((wb, cod))


def sorting(desk: Desk, idx: int, inbox: Any, outs: list[Any], done: Any) -> None:
    from carrier_app.sorting.sort_station import SortOutcome, SortStation
    station = SortStation(desk.db, Actor(None, "sorter", Role.SORTER, station=f"sort-{idx}",
                                         location=HUB))
    for item in _items(inbox, done):
        wb = item[0]
        r = desk.act("sort", lambda wb=wb: station.scan(wb))
        if r is not None and r.outcome is SortOutcome.OK:
            desk.out.acked.append((wb, Event.SORT.value))
            outs[0].put(item)
        elif r is not None:
            desk.out.refused[f"sort:{r.outcome}"] += 1


def bagging(desk: Desk, idx: int, inbox: Any, outs: list[Any], done: Any) -> None:
    who = Actor(None, "sorter", Role.SUPERVISOR, station=f"bag-{idx}", location=HUB)
    for item in _items(inbox, done):
        wb = item[0]
        if desk.act("bag", lambda wb=wb: desk.scan(who, wb, Event.BAG, HUB),
                    (wb, Event.BAG.value)) is None:
            continue
        if desk.act("depart", lambda wb=wb: desk.scan(who, wb, Event.DEPART, HUB),
                    (wb, Event.DEPART.value)) is not None:
            outs[0].put(item)


def arrival(desk: Desk, idx: int, inbox: Any, outs: list[Any], done: Any) -> None:
    who = Actor(None, "clerk", Role.SUPERVISOR, station=f"arr-{idx}", location=BRANCH)
    for item in _items(inbox, done):
        wb = item[0]
        if desk.act("arrive", lambda wb=wb: desk.scan(who, wb, Event.ARRIVE, BRANCH),
                    (wb, Event.ARRIVE.value)) is not None:
            for out in outs:  # both dispatch desks see every parcel
                out.put(item)


def dispatch(desk: Desk, idx: int, inbox: Any, outs: list[Any], done: Any) -> None:
    from carrier_app.dispatch.assign import assign
    who = Actor(None, "dispatcher", Role.DISPATCHER, station=f"disp-{idx}", location=BRANCH)
    mine = desk.shared.couriers[idx::2]
    for n, item in enumerate(_items(inbox, done)):
        wb = item[0]
        courier = mine[n % len(mine)]
        if desk.act("assign", lambda wb=wb, c=courier: desk.run(
                assign, who, wb, c, only_unassigned=True), (wb, Event.ASSIGN.value)):
            outs[0].put(item)


def delivery(desk: Desk, idx: int, inbox: Any, outs: list[Any], done: Any) -> None:
    from carrier_app.delivery.pod import DeliveryInput, deliver
    who = Actor(None, "dispatcher", Role.DISPATCHER, station=f"dlv-{idx}", location=BRANCH)
    for wb, cod in _items(inbox, done):
        if desk.act("out", lambda wb=wb: desk.scan(who, wb, Event.OUT_FOR_DELIVERY, BRANCH),
                    (wb, Event.OUT_FOR_DELIVERY.value)) is None:
            continue
        method = "cash" if cod != "0" else ""
        desk.act("deliver", lambda wb=wb, m=method: desk.run(deliver, who, DeliveryInput(
            wb, "张三", "SELF", STROKES, payment_method=m)), (wb, Event.DELIVER.value))


def cashup(desk: Desk, idx: int, inbox: Any, _outs: list[Any], done: Any) -> None:
    from carrier_app.finance.cashup import declare, open_cashup
    fin = Actor(None, "finance", Role.FINANCE, station=f"cash-{idx}", location=BRANCH)
    for _ in _items(inbox, done):  # the couriers come back at the end of their runs
        pass
    for code in desk.shared.couriers:
        cu = desk.act("cashup", lambda c=code: desk.run(open_cashup, fin, c))
        if cu is not None and cu.expected:
            desk.act("cashup", lambda cu=cu: desk.run(declare, fin, cu.id,
                                                      {"cash": str(cu.expected)}))


STATIONS = {"receiving": receiving, "sorting": sorting, "bagging": bagging,
            "arrival": arrival, "dispatch": dispatch, "delivery": delivery,
            "cashup": cashup}


# --- set-up -----------------------------------------------------------------------------------
def prepare(url: str, schema: str, day: int) -> list[str]:
    """Schema, demo network, `day` parcels bulk-copied (last week's, DELIVERED); the branch's
    couriers (capacity raised: the pipeline delivers behind the dispatch desks)."""
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
    with UnitOfWork(db) as uow:
        couriers = list(uow.conn.execute(text(
            "SELECT c.code FROM couriers c JOIN branches b ON b.id = c.branch_id "
            "WHERE b.code = :b AND c.active ORDER BY c.code"), {"b": BRANCH}).scalars())
        uow.conn.execute(text("UPDATE couriers SET capacity = 100000"))
        uow.commit()
    db.dispose()
    now = datetime.now(UTC)
    dsn = url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(dsn, options=f"-csearch_path={schema}") as con, con.cursor() as cur:
        with cur.copy("COPY parcels (id, waybill_no, service, pieces, weight_g, cod_fen, "
                      "declared_value_fen, contents, note, recipient_name, recipient_phone, "
                      "recipient_province, recipient_city, recipient_district, "
                      "recipient_address, recipient_postcode, sender_name, sender_phone, "
                      "sender_address, sort_code, status, is_return, failed_attempts, "
                      "last_location, created_at, updated_at) FROM STDIN") as cp:
            for i in range(1, day + 1):
                cp.write_row((i, s10.make("ZZ", i), "standard", 1, 1000, 0, 0, "", "", "李四",
                              "13800001111", "浙江省", "杭州市", "西湖区", "文三路 1 号",
                              POSTCODE, "", "", "", "571-15-01", "DELIVERED", False, 0,
                              BRANCH, now, now))
        with cur.copy("COPY pieces (parcel_id, piece_no, status, updated_at) FROM STDIN") as cp:
            for i in range(1, day + 1):
                cp.write_row((i, 1, "DELIVERED", now))
        with cur.copy("COPY scan_events (parcel_id, event, status_before, status_after, "
                      "location_code, station, occurred_at, message, details) "
                      "FROM STDIN") as cp:
            for i in range(1, day + 1):
                for ev, before, after in (("RECEIVE", "CREATED", "RECEIVED"),
                                          ("DELIVER", "OUT_FOR_DELIVERY", "DELIVERED")):
                    cp.write_row((i, ev, before, after, HUB, "seed", now, "", "{}"))
        # Their deliveries, by the branch's couriers (no COD: counted long ago): the table
        # a cash-up looks in holds the depot's history, not only today's.
        ids = [r[0] for r in cur.execute(
            "SELECT c.id FROM couriers c JOIN branches b ON b.id = c.branch_id "
            "WHERE b.code = %s AND c.active ORDER BY c.code", (BRANCH,))]
        with cur.copy("COPY proofs_of_delivery (parcel_id, courier_id, receiver_name, "
                      "relation, strokes, photo_name, counter_pickup, cod_fen, freight_fen, "
                      "payment_method, delivered_at, username) FROM STDIN") as cp:
            for i in range(1, day + 1):
                cp.write_row((i, ids[i % len(ids)], "李四", "SELF", "[]", "", False, 0, 0, "",
                              now, "seed"))
        cur.execute("SELECT setval(pg_get_serial_sequence('parcels','id'), %s)", (max(day, 1),))
        cur.execute("ANALYZE")
    return couriers


# --- the day ----------------------------------------------------------------------------------
STALL_S = 300
#: Two delivery desks and one sort station: a parcel's delivery (out + deliver, a signature
#: drawn) costs three to six times its sort (bench/desk_profile.py). With one delivery desk,
#: as earlier runs had, that desk was the pipeline's bottleneck: it finished alone, 1.5 s of
#: a 7.4 s round after the others, on one of the two cores, and the round measured one
#: desk's speed, not the depot's.
ROLES = [("receiving", 2), ("sorting", 1), ("bagging", 1), ("arrival", 1), ("dispatch", 2),
         ("delivery", 2), ("cashup", 1)]
#: One desk's actions per parcel of the phase's flow: a receiving desk creates and receives
#: its half; the sorting desk sorts all; bagging bags and departs all; each dispatch desk
#: tries every parcel; a delivery desk sends out and delivers about half. The cash-up desk's
#: few actions come after the deliveries and are not paced.
DESK_ACTIONS = {"receiving": 1.0, "sorting": 1.0, "bagging": 2.0, "arrival": 1.0,
                "dispatch": 1.0, "delivery": 1.0, "cashup": float("inf")}
ACTIONS_PER_FLOW = sum(DESK_ACTIONS[role] * n for role, n in ROLES if role != "cashup")
#: The actions of the desk that works once the deliveries have ended: in the paced phase the
#: day's peak is over when it starts (nothing else runs), so the peak's p99 goal is not
#: judged on them; they are shown apart.
AFTER_THE_DAY = {"cashup"}


@dataclass
class Phase:
    name: str
    seconds: float
    times: dict[str, list[float]]
    acked: list[tuple[str, str]]
    refused: dict[str, int]
    errors: list[str]
    trips: dict[str, int] = field(default_factory=dict)  # SQL round trips per action kind
    cpu: dict[str, tuple[float, float]] = field(default_factory=dict)  # role: client, server s
    finished: dict[str, float] = field(default_factory=dict)  # role: s from the phase's start

    @property
    def actions(self) -> int:
        return sum(len(v) for v in self.times.values())


#: What the desks import: loaded once in the fork server, not by each of a run's 20 desks.
DESK_MODULES = ["depot_day", "carrier_app.sorting.routing", "carrier_app.waybill.numbers",
                "carrier_app.waybill.service", "carrier_app.sorting.sort_station",
                "carrier_app.dispatch.assign", "carrier_app.delivery.pod",
                "carrier_app.finance.cashup", "carrier_app.tracking.scans"]


def desk_context() -> Any:
    """The desks start as forks of a server that imported the app once (a spawned desk
    imports it itself: ~1 s of CPU each, before the clock starts, but 20 of them a run on two
    cores); spawn where there is no fork server (Windows). Either way no desk inherits a
    database connection: each opens its own after it started."""
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(DESK_MODULES)
    return ctx


def run_phase(url: str, couriers: list[str], flow: int, rate: float, name: str) -> Phase:
    """`flow` parcels through the 10 desks; `rate` actions/s over all desks (0: flat out)."""
    ctx = desk_context()
    desks = sum(n for _, n in ROLES)
    shared = Shared(url, flow // 2, rate, couriers, name, ctx.Queue(), ctx.Event())
    inbox = {role: ctx.Queue() for role, _ in ROLES}
    second_dispatch = ctx.Queue()
    done = {role: ctx.Event() for role, _ in ROLES}
    outs = {"receiving": [inbox["sorting"]], "sorting": [inbox["bagging"]],
            "bagging": [inbox["arrival"]], "arrival": [inbox["dispatch"], second_dispatch],
            "dispatch": [inbox["delivery"]], "delivery": [inbox["cashup"]], "cashup": []}
    results = ctx.Queue()
    procs: dict[str, list[Any]] = {}
    for role, n in ROLES:
        procs[role] = []
        for i in range(n):
            box = second_dispatch if role == "dispatch" and i == 1 else inbox[role]
            p = ctx.Process(target=desk_main, args=(role, i, shared, box, outs[role],
                                                    done[role], results))
            p.start()
            procs[role].append(p)
    for _ in range(desks):
        shared.ready.get(timeout=STALL_S)
    shared.go.set()
    done["receiving"].set()
    collected = []
    for (role, _n), (nxt, _) in zip(ROLES, [*ROLES[1:], ("", 0)], strict=True):
        for _ in procs[role]:
            try:  # before join: a full queue would block the desk's exit
                collected.append(results.get(timeout=STALL_S))
            except queue.Empty:
                for p in (p for ps in procs.values() for p in ps):
                    p.kill()
                raise RuntimeError(f"{name}: the {role} desks stalled for {STALL_S} s") from None
        for p in procs[role]:
            p.join()
        if nxt:
            done[nxt].set()
    times: dict[str, list[float]] = defaultdict(list)
    acked: list[tuple[str, str]] = []
    refused: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    started, ended = [], []
    trips: dict[str, int] = defaultdict(int)
    cpu: dict[str, tuple[float, float]] = {}
    last: dict[str, float] = {}  # role: when its last desk ended
    for role, t, a, r, e, s, en, rt, cp in collected:
        was = cpu.get(role, (0.0, 0.0))
        cpu[role] = (was[0] + cp[0], was[1] + cp[1])
        for k, v in rt.items():
            trips[k] += v
        for k, v in t.items():
            times[k].extend(v)
        acked.extend(a)
        for k, v in r.items():
            refused[k] += v
        errors.extend(f"{role}: {x}" for x in e)
        started.append(s)
        ended.append(en)
        last[role] = max(last.get(role, en), en)
    t0 = min(started)
    return Phase(name, max(ended) - t0, dict(times), acked, dict(refused), errors,
                 dict(trips), cpu, {role: t - t0 for role, t in last.items()})


# --- the floors -------------------------------------------------------------------------------
@dataclass(frozen=True)
class FloorKind:
    """Raw psycopg single-row insert + update transactions on one set of tables."""

    parcels: str             # the table updated (ids 1..n)
    setup: tuple[str, ...]   # run before each floor, %(n)s: the rows the updates need
    insert: str              # %(id)s
    update: str              # %(id)s


#: "toy": two tables of two and three columns, one index each, as earlier runs reported.
#: "depot": copies of the depot's own parcels and scan_events (columns, indexes, foreign key,
#: rows), each update changing the parcel's indexed status as a scan does: the database work
#: a scan cannot do without, and nothing of the app's.
FLOORS = {
    "toy": FloorKind(
        "floor_parcels",
        ("DROP TABLE IF EXISTS floor_events, floor_parcels",
         "CREATE TABLE floor_parcels (id int PRIMARY KEY, status text)",
         "CREATE TABLE floor_events (id bigserial PRIMARY KEY, parcel_id int, event text)",
         "INSERT INTO floor_parcels SELECT g, 'NEW' FROM generate_series(1, %(n)s) g"),
        "INSERT INTO floor_events (parcel_id, event) VALUES (%(id)s, 'SCAN')",
        "UPDATE floor_parcels SET status = 'SCANNED' WHERE id = %(id)s"),
    "depot": FloorKind(
        "floor_d_parcels",
        ("DROP TABLE IF EXISTS floor_d_events, floor_d_parcels",
         "CREATE TABLE floor_d_parcels (LIKE parcels INCLUDING ALL)",
         "INSERT INTO floor_d_parcels SELECT * FROM parcels",
         "CREATE TABLE floor_d_events (LIKE scan_events INCLUDING ALL)",
         "INSERT INTO floor_d_events SELECT * FROM scan_events",
         "ALTER TABLE floor_d_events ADD FOREIGN KEY (parcel_id) REFERENCES floor_d_parcels (id)",
         "ANALYZE floor_d_parcels, floor_d_events"),
        "INSERT INTO floor_d_events (parcel_id, event, status_before, status_after, "
        "location_code, station, occurred_at, message, details) VALUES "
        f"(%(id)s, 'SORT', 'DELIVERED', 'SORTED', '{HUB}', 'floor', now(), '', '{{}}')",
        f"UPDATE floor_d_parcels SET status = 'SORTED', last_location = '{HUB}', "
        "updated_at = now() WHERE id = %(id)s"),
}


FLOOR_NAMES = {"toy": "two-column tables (10 processes, insert+update)",
               "depot": "the depot's parcels and scan_events (10 processes, insert+update)"}
#: Report.floors' key of the depot floor measured just before the round (FLOORS' kinds are
#: measured just after it).
BEFORE = "depot, before"


def _raw_worker(dsn: str, schema: str, kind: str, n: int, start: int, results: Any) -> None:
    import psycopg
    f = FLOORS[kind]
    times = []
    with psycopg.connect(dsn, options=f"-csearch_path={schema}") as con:
        backend = con.info.backend_pid
        cpu0 = (time.process_time(), proc_cpu(backend))
        t0 = time.time()
        for i in range(start, start + n):
            t = time.perf_counter()
            with con.transaction():
                con.execute(f.insert, {"id": i})
                con.execute(f.update, {"id": i})
            times.append((time.perf_counter() - t) * 1e3)
        results.put((times, t0, time.time(),
                     (time.process_time() - cpu0[0], proc_cpu(backend) - cpu0[1])))


@dataclass(frozen=True)
class Floor:
    rate: float                 # transactions/s
    p99: float                  # ms
    cpu: tuple[float, float]    # client, server CPU ms per transaction


def raw_floor(url: str, schema: str, total: int, kind: str = "toy", procs: int = 10) -> Floor:
    """`procs` raw psycopg processes doing `total` single-row insert + update transactions on
    the `kind` tables (FLOORS), each row updated once."""
    import psycopg
    dsn = url.replace("postgresql+psycopg", "postgresql")
    with psycopg.connect(dsn, options=f"-csearch_path={schema}", autocommit=True) as con:
        for sql in FLOORS[kind].setup:
            con.execute(sql, {"n": total} if "%(n)s" in sql else None)
        rows = con.execute(f"SELECT count(*) FROM {FLOORS[kind].parcels}").fetchone()
    assert rows is not None and rows[0] >= total, f"the {kind} floor needs {total} rows"
    ctx = mp.get_context("spawn")
    results = ctx.Queue()
    per = total // procs
    ps = [ctx.Process(target=_raw_worker, args=(dsn, schema, kind, per, 1 + k * per, results))
          for k in range(procs)]
    for p in ps:
        p.start()
    try:  # a worker that failed must not leave the run waiting for ever
        out = [results.get(timeout=STALL_S) for _ in ps]
    except queue.Empty:
        for p in ps:
            p.kill()
        raise RuntimeError(f"the {kind} floor stalled for {STALL_S} s") from None
    for p in ps:
        p.join()
    times = [t for r in out for t in r[0]]
    seconds = max(r[2] for r in out) - min(r[1] for r in out)
    cpu = tuple(sum(r[3][k] for r in out) / len(times) * 1e3 for k in (0, 1))
    return Floor(len(times) / seconds, pct(times, 0.99), (cpu[0], cpu[1]))


# --- the checks -------------------------------------------------------------------------------
@dataclass
class Checks:
    duplicate_numbers: int
    double_assignments: int
    lost_scans: int
    delivered: int
    cashups_closed: int


def check(url: str, acked: list[tuple[str, str]]) -> Checks:
    db: Database = open_database(url)
    try:
        with db.engine.connect() as c:
            dup = c.execute(text("SELECT count(*) FROM (SELECT waybill_no FROM parcels "
                                 "GROUP BY waybill_no HAVING count(*) > 1) d")).scalar_one()
            dup_bags = c.execute(text("SELECT count(*) FROM (SELECT bag_no FROM bags "
                                      "GROUP BY bag_no HAVING count(*) > 1) d")).scalar_one()
            double = c.execute(text(
                "SELECT count(*) FROM (SELECT parcel_id FROM scan_events WHERE event = 'ASSIGN'"
                " GROUP BY parcel_id HAVING count(*) > 1) d")).scalar_one()
            seen = set(c.execute(text(
                "SELECT p.waybill_no, e.event FROM scan_events e JOIN parcels p "
                "ON p.id = e.parcel_id WHERE p.waybill_no NOT LIKE 'ZZ%'")).all())
            delivered = c.execute(text("SELECT count(*) FROM parcels WHERE status = 'DELIVERED'"
                                       " AND waybill_no NOT LIKE 'ZZ%'")).scalar_one()
            closed = c.execute(text("SELECT count(*) FROM cash_ups WHERE status = 'CLOSED'")
                               ).scalar_one()
    finally:
        db.dispose()
    lost = sum(1 for a in set(acked) if a not in seen)
    return Checks(dup + dup_bags, double, lost, delivered, closed)


# --- the whole run ----------------------------------------------------------------------------
@dataclass
class Report:
    phases: list[Phase]        # the flat-out rounds, then the paced phase
    floors: list[dict[str, Floor]]  # per flat-out round, FLOORS' kinds; empty: not measured
    checks: Checks
    peak: float

    @property
    def flat(self) -> list[Phase]:
        return self.phases[:-1]


def depot_day(url: str = PG_URL, *, day: int = 200_000, flow: int = 2000,
              peak: float | None = None, floor: bool = True, keep: bool = False,
              rounds: int = 1) -> Report:
    """`rounds` flat-out phases of flow/2 parcels, each followed at once by the raw floors
    (the ratio of one round is of two runs seconds apart, on a shared machine whose speed
    drifts over minutes), then flow/2 parcels at the peak rate."""
    schema = f"depotday_{os.getpid()}"
    peak = peak or peak_rate(day)
    try:
        couriers = prepare(url, schema, day)
        surl = schema_url(url, schema)
        flats: list[Phase] = []
        floors: list[dict[str, Floor]] = []
        for k in range(rounds):
            # The depot floor brackets the round (before and after: the ratio is to their
            # mean), so that a machine drifting during the round moves both sides alike.
            before = (raw_floor(url, schema, flats[-1].actions if flats else
                                int((flow // 2) * ACTIONS_PER_FLOW), "depot") if floor else None)
            flats.append(run_phase(surl, couriers, flow // 2, 0.0,
                                   "flat out" if rounds == 1 else f"flat out {k + 1}"))
            if floor:
                after = {kind: raw_floor(url, schema, flats[-1].actions, kind)
                         for kind in FLOORS}
                floors.append({**after, BEFORE: before} if before else after)
        paced = run_phase(surl, couriers, flow - flow // 2, peak, f"at peak {peak:.0f}/s")
        checks = check(surl, [a for ph in flats + [paced] for a in ph.acked])
        return Report(flats + [paced], floors, checks, peak)
    finally:
        if not keep:
            admin = create_engine(url, isolation_level="AUTOCOMMIT")
            with admin.connect() as c:
                c.execute(text(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE'))
            admin.dispose()


def show(r: Report, day: int, flow: int) -> None:
    flat, paced = r.flat[0], r.phases[-1]
    print(f"depot day: {day:,} parcels in the tables, {flow:,} through 10 workstation "
          f"processes (PostgreSQL, {os.cpu_count()} cores)")
    ratios: dict[str, list[float]] = defaultdict(list)
    cores = os.cpu_count() or 1
    for k, ph in enumerate(r.flat):
        rate = ph.actions / ph.seconds
        print(f"  {ph.name:11s}: {ph.actions:,} actions in {ph.seconds:.1f} s = {rate:,.0f}/s")
        client = sum(c for c, _ in ph.cpu.values())
        server = sum(s for _, s in ph.cpu.values())
        print(f"    CPU per action: desks {client / ph.actions * 1e3:.2f} ms, their "
              f"PostgreSQL backends {server / ph.actions * 1e3:.2f} ms; the two kept "
              f"{(client + server) / (ph.seconds * cores):.0%} of {cores} cores busy")
        fl = r.floors[k] if k < len(r.floors) else {}
        for kind, f in fl.items():
            if kind == BEFORE:
                continue
            floor_rate = f.rate if kind != "depot" or BEFORE not in fl else statistics.mean(
                (f.rate, fl[BEFORE].rate))
            ratios[kind].append(rate / floor_rate)
            print(f"    raw psycopg floor, {FLOOR_NAMES[kind]}: {f.rate:,.0f}/s, p99 "
                  f"{f.p99:.2f} ms, CPU {f.cpu[0]:.2f} + {f.cpu[1]:.2f} ms"
                  + (f"; just before the round {fl[BEFORE].rate:,.0f}/s; ratio to their "
                     f"mean {rate / floor_rate:.2f}" if floor_rate != f.rate else
                     f"; ratio to it {rate / f.rate:.2f}"))
    for kind, rs in ratios.items():
        print(f"  ratio to the raw floor, {kind}: {statistics.median(rs):.2f}"
              + (f" (median of {len(rs)} rounds: {', '.join(f'{x:.2f}' for x in rs)})"
                 if len(rs) > 1 else "") + (" (goal >= 0.33)" if kind == "depot" else ""))
    print("  by role, first round (CPU share of the phase, client+server; 2 desks reach 200 %): "
          + ", ".join(
        f"{role} {(c + s) / flat.seconds:.0%}" for role, (c, s) in sorted(flat.cpu.items())))
    # A pipeline: a desk slower than the others finishes alone, on fewer cores than the rest.
    print(f"  each role's last desk done, first round (of {flat.seconds:.1f} s): " + ", ".join(
        f"{role} {t:.1f} s" for role, t in sorted(flat.finished.items(), key=lambda x: x[1])))
    print(f"  {paced.name}: {paced.actions:,} actions in {paced.seconds:.1f} s = "
          f"{paced.actions / paced.seconds:,.0f}/s")
    worst: dict[str, float] = {}
    for action in sorted(paced.times):
        ts = paced.times[action]
        worst[action] = pct(ts, 0.99)
        print(f"    {action:9s} n={len(ts):6,}  p50 {statistics.median(ts):7.2f} ms  "
              f"p99 {pct(ts, 0.99):7.2f} ms   (flat out p99 "
              f"{pct(flat.times.get(action, []), 0.99):7.2f} ms)")
    print("  SQL round trips per action (statements + BEGIN/COMMIT, flat out): " + ", ".join(
        f"{a} {flat.trips.get(a, 0) / len(ts):.1f}" for a, ts in sorted(flat.times.items())))
    at_peak = {a: p for a, p in worst.items() if a not in AFTER_THE_DAY}
    slowest = max(at_peak, key=lambda a: at_peak[a])
    print(f"  worst p99 at the peak rate {at_peak[slowest]:.2f} ms, {slowest} (goal <= 20 ms: "
          f"{'ok' if at_peak[slowest] <= 20 else 'MISSED'})")
    for a in sorted(AFTER_THE_DAY & paced.times.keys()):
        ts = paced.times[a]
        print(f"  {a}, after the deliveries ended (alone, not at the peak): n={len(ts)}, the "
              f"desk's first {ts[0]:.2f} ms (it compiles the action's statements)"
              + (f", the others p50 {statistics.median(ts[1:]):.2f} ms, slowest "
                 f"{max(ts[1:]):.2f} ms" if len(ts) > 1 else ""))
    refused = defaultdict(int)
    for ph in r.phases:
        for k, v in ph.refused.items():
            refused[k] += v
    print(f"  refusals {dict(refused)} (dispatch:* = the other desk won the parcel)")
    c = r.checks
    print(f"  checks: duplicate numbers {c.duplicate_numbers}, double assignments "
          f"{c.double_assignments}, lost scans {c.lost_scans}, delivered {c.delivered}, "
          f"cash-ups closed {c.cashups_closed}, errors {sum(len(p.errors) for p in r.phases)}")
    for ph in r.phases:
        for e in ph.errors[:5]:
            print(f"  ERROR {e}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--day", type=int, default=200_000, help="parcels in the day")
    ap.add_argument("--flow", type=int, default=2000,
                    help="parcels moved through the workstations (half per phase)")
    ap.add_argument("--peak-rate", type=float, default=None,
                    help="actions/s in the paced phase (default: the day's busiest hour)")
    ap.add_argument("--quick", action="store_true", help="20k-parcel day, 400 through")
    ap.add_argument("--rounds", type=int, default=3,
                    help="flat-out rounds, each followed by the raw floors (median ratio)")
    ap.add_argument("--keep", action="store_true", help="keep the schema")
    args = ap.parse_args()
    if args.quick:
        args.day, args.flow = 20_000, 400
    try:
        report = depot_day(day=args.day, flow=args.flow, peak=args.peak_rate, keep=args.keep,
                           rounds=args.rounds)
    except Exception as exc:  # noqa: BLE001 - e.g. no PostgreSQL: said, not a traceback
        if "connect" in str(exc).lower():
            print(f"PostgreSQL at {PG_URL} cannot be reached: depot day skipped ({exc})")
            return 0
        raise
    show(report, args.day, args.flow)
    c = report.checks
    return 1 if (c.duplicate_numbers or c.double_assignments or c.lost_scans) else 0


if __name__ == "__main__":
    sys.exit(main())

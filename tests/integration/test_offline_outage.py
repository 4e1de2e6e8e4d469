"""The outage itself: a real TCP proxy between the app and PostgreSQL, stopped and started again
in the middle of a burst of scans; and a workstation killed (-9) while offline."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scan_support import make_parcels
from sqlalchemy import event, func, select

from carrier_app.demo.seed import seed
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.journal import ScanJournal
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.tracking.offline import Journaled, OfflineScans, Replay
from carrier_app.waybill.labels_service import cancel_waybill
from tests.integration.test_offline_scans import closed_port, receive_online
from tests.tcp_proxy import TcpProxy

ROOT = Path(__file__).resolve().parents[2]


def receive_counts(db: Database) -> tuple[int, int, int]:
    """RECEIVE events, parcels received more than once, distinct client ids."""
    with UnitOfWork(db) as uow:
        s = uow.session
        n = s.scalar(select(func.count()).where(ScanEvent.event == "RECEIVE")) or 0
        twice = s.scalar(select(func.count()).select_from(
            select(ScanEvent.parcel_id).where(ScanEvent.event == "RECEIVE")
            .group_by(ScanEvent.parcel_id).having(func.count() > 1).subquery())) or 0
        ids = s.scalar(select(func.count(func.distinct(ScanEvent.client_event_id)))
                       .where(ScanEvent.event == "RECEIVE")) or 0
        return n, twice, ids


@dataclass
class ProxiedDesk:
    """A scan desk talking to PostgreSQL through a TcpProxy, with its journal; `direct` is the
    database seen without the proxy (another desk, the checks afterwards)."""

    direct: Database
    codes: list[str]
    proxy: TcpProxy
    via: Database
    journal: ScanJournal
    offline: OfflineScans

    def close(self) -> None:
        self.proxy.stop()
        self.journal.close()
        self.via.dispose()
        self.direct.dispose()


def proxied_desk(pg_schema: Any, sorter: Any, journal_path: Path, parcels: int) -> ProxiedDesk:
    direct = pg_schema.open()
    seed(direct, parcels=0)
    codes = make_parcels(direct, parcels)
    proxy = TcpProxy(5432).start()
    via = open_database(f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/test",
                        search_path=pg_schema.name)
    journal = ScanJournal(journal_path)
    return ProxiedDesk(direct, codes, proxy, via, journal, OfflineScans(via, journal, sorter))


def test_a_proxy_stopped_and_restarted_mid_burst_loses_and_doubles_nothing(pg_schema, actor,
                                                                            tmp_path):
    sorter = actor("sorter")
    desk = proxied_desk(pg_schema, sorter, tmp_path / "journal.db", 60)
    direct, codes, proxy, via, journal, offline = (desk.direct, desk.codes, desk.proxy,
                                                   desk.via, desk.journal, desk.offline)
    commits = 0

    @event.listens_for(via.engine, "commit")
    def cut_mid_transaction(_conn: object) -> None:
        nonlocal commits
        commits += 1
        if commits == 21:  # the 21st scan's transaction: the network goes before its commit
            proxy.stop()

    journaled = 0
    for i, code in enumerate(codes):
        if i == 30:  # cancelled at another desk (not through the proxy) during the outage
            with UnitOfWork(direct) as uow:
                cancel_waybill(uow, actor("supervisor"), code, "merchant cancelled")
        if i == 45:
            proxy.start()  # back; the scans behind the waiting ones still queue
        r = offline.attempt("receiving", "receive", code, {}, receive_online(via, sorter, code))
        journaled += isinstance(r, Journaled)
    assert journaled == 40 and journal.count() == 40
    run = offline.replay()
    counts = {o: run.count(o) for o in Replay}
    print(f"outage: sent {len(codes)}, online {len(codes) - journaled}, journaled {journaled}, "
          f"replayed {counts[Replay.APPLIED]}, refused {counts[Replay.REFUSED]}, "
          f"already there {counts[Replay.DUPLICATE]}")
    assert run.stopped is None and journal.count() == 0
    assert counts == {Replay.APPLIED: 39, Replay.REFUSED: 1, Replay.DUPLICATE: 0}
    assert [d.entry.code for d in run.done] == codes[20:]  # in the order scanned
    assert run.done[10].outcome is Replay.REFUSED and run.done[10].entry.code == codes[30]
    n, twice, ids = receive_counts(direct)
    assert (n, twice, ids) == (59, 0, 59)  # every scan but the cancelled one, each once
    with UnitOfWork(direct) as uow:
        assert uow.session.scalar(select(Parcel.status).where(
            Parcel.waybill_no == codes[30])) == "CANCELLED"
    desk.close()


def within(seconds: float, call: Callable[[], Any]) -> tuple[Any, float]:
    """`call()`'s result and how long it took; fails (instead of hanging the suite) if it has
    not returned after `seconds`."""
    out: list[Any] = []
    t = time.monotonic()
    worker = threading.Thread(target=lambda: out.append(call()), daemon=True)
    worker.start()
    worker.join(seconds)
    assert out, f"still waiting after {seconds} s: the silent server hung the call"
    return out[0], time.monotonic() - t


def test_a_server_that_keeps_the_connection_but_never_answers_is_an_outage(
        pg_schema, actor, tmp_path, monkeypatch):
    # Its kernel acknowledges every byte and keepalive: only a deadline on the answer helps.
    monkeypatch.setenv("CARRIER_PG_DEAD_AFTER_S", "3")
    sorter = actor("sorter")
    desk = proxied_desk(pg_schema, sorter, tmp_path / "journal.db", 4)
    direct, codes, proxy, via, journal, offline = (desk.direct, desk.codes, desk.proxy,
                                                   desk.via, desk.journal, desk.offline)

    def scan(code: str) -> Any:
        return offline.attempt("receiving", "receive", code, {},
                               receive_online(via, sorter, code))

    assert not isinstance(scan(codes[0]), Journaled)  # online; its connection stays pooled
    proxy.freeze()
    r, waited = within(60, lambda: scan(codes[1]))
    assert isinstance(r, Journaled) and r.waiting == 1
    assert waited >= 3 and via.deadlines is not None and via.deadlines.cuts >= 1
    r, _ = within(60, lambda: scan(codes[2]))  # behind the waiting one, straight to the journal
    assert isinstance(r, Journaled) and r.waiting == 2

    # The replay, on a connection that falls silent under it, stops and keeps the rest.
    proxy.thaw()
    with UnitOfWork(via) as uow:  # a fresh pooled connection, used again at once (no ping)
        uow.session.scalar(select(func.count()).select_from(Parcel))
    proxy.freeze()
    cuts = via.deadlines.cuts
    run, _ = within(60, offline.replay)
    assert run.stopped is not None and run.done == [] and journal.count() == 2
    assert via.deadlines.cuts > cuts

    proxy.thaw()
    run = offline.replay()
    assert run.stopped is None and journal.count() == 0
    assert [(d.entry.code, d.outcome) for d in run.done] == [(codes[1], Replay.APPLIED),
                                                             (codes[2], Replay.APPLIED)]
    assert receive_counts(direct) == (3, 0, 3)  # each once; the cut transactions left nothing
    desk.close()


CHILD = textwrap.dedent("""
    import sys
    from pathlib import Path
    from carrier_app.core.roles import Actor, Role
    from carrier_app.pickup import receiving
    from carrier_app.store import open_database
    from carrier_app.store.journal import ScanJournal
    from carrier_app.store.retry import run_with_retry
    from carrier_app.tracking.offline import Journaled, OfflineScans

    journal_path, url, *codes = sys.argv[1:]
    db = open_database(url)
    actor = Actor(None, "sorter", Role.SORTER, station="ws-kill", location="571")
    offline = OfflineScans(db, ScanJournal(Path(journal_path)), actor)
    for code in codes:
        r = offline.attempt("receiving", "receive", code, {}, lambda: run_with_retry(
            db, lambda uow: receiving.receive(uow, actor, code)))
        assert isinstance(r, Journaled)
        print("ack", code, flush=True)  # what the screen shows: only after the fsync
    print("done", flush=True)
    import time
    time.sleep(600)
""")


def test_scans_journaled_offline_survive_kill_9_and_replay(demo_db, actor, tmp_path):
    codes = make_parcels(demo_db, 12)
    path = tmp_path / "journal.db"
    down = f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test"
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), down, *codes],
                             stdout=subprocess.PIPE, text=True, cwd=ROOT,
                             env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.stdout is not None
    acked = []
    for line in child.stdout:
        if line.startswith("ack"):
            acked.append(line.split()[1])
        if len(acked) == 8:
            break
    os.kill(child.pid, signal.SIGKILL)  # mid-burst, no clean-up of any kind
    child.wait(timeout=30)
    child.stdout.close()
    assert child.returncode == -signal.SIGKILL
    journal = ScanJournal(path)
    waiting = [e.code for e in journal.pending("sorter")]
    assert waiting[:8] == acked  # every acknowledged scan is there, in order
    run = OfflineScans(demo_db, journal, actor("sorter")).replay()
    assert {d.outcome for d in run.done} == {Replay.APPLIED} and journal.count() == 0
    n, twice, _ = receive_counts(demo_db)
    assert n == len(waiting) >= 8 and twice == 0
    journal.close()


REPLAY_CHILD = textwrap.dedent("""
    import os
    import signal
    import sys
    from pathlib import Path
    from carrier_app.core.roles import Actor, Role
    from carrier_app.store import open_database
    from carrier_app.store.journal import ScanJournal
    from carrier_app.tracking.offline import OfflineScans

    journal_path, url = sys.argv[1:]
    journal = ScanJournal(Path(journal_path))
    # Killed right after the server committed the first scan, before the journal forgets it.
    journal.remove = lambda seq: os.kill(os.getpid(), signal.SIGKILL)
    actor = Actor(None, "sorter", Role.SORTER, station="ws-kill", location="571")
    OfflineScans(open_database(url), journal, actor).replay()
""")


def test_a_replay_killed_between_the_servers_commit_and_the_journal_delete_is_applied_once(
        demo_sqlite, actor, tmp_path):
    from carrier_app.tracking.scans import append_scan

    first, second = make_parcels(demo_sqlite, 2)
    path = tmp_path / "journal.db"
    journal = ScanJournal(path)
    for code in (first, second):
        journal.append("receive", code, {}, user_name="sorter", workstation="ws-kill",
                       screen="receiving")
    journal.close()
    child = subprocess.run([sys.executable, "-c", REPLAY_CHILD, str(path),
                            str(demo_sqlite.url)], cwd=ROOT, timeout=120,
                           env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert child.returncode == -signal.SIGKILL
    with UnitOfWork(demo_sqlite) as uow:  # and another station moves it on meanwhile
        append_scan(uow, actor("sorter"), first, "SORT")
        uow.commit()
    journal = ScanJournal(path)
    assert journal.count() == 2
    run = OfflineScans(demo_sqlite, journal, actor("sorter")).replay()
    assert [(d.entry.code, d.outcome) for d in run.done] == [(first, Replay.DUPLICATE),
                                                             (second, Replay.APPLIED)]
    n, twice, ids = receive_counts(demo_sqlite)
    assert (n, twice, ids) == (2, 0, 2)
    journal.close()

"""Scanning through an outage (issue 15 item 3): scans journaled on the workstation while the
server cannot be reached replay exactly once, in order, through the same use cases; a scan the
server now refuses comes back refused and is recorded as REJECTED."""

from __future__ import annotations

import socket
import sqlite3
from datetime import UTC, datetime

import pytest
from delivery_support import arrived, dispatcher, move
from hub_support import SUP, TO_571_12
from hub_support import make_parcels as hub_parcels
from scan_support import make_parcels
from sqlalchemy import select

from carrier_app.core.errors import StoreUnavailable
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.pickup import receiving
from carrier_app.sorting import arrival, bags
from carrier_app.sorting.common import HubSerials
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.journal import ScanJournal
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.store.retry import run_with_retry
from carrier_app.tracking.offline import Journaled, OfflineScans, Replay
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.labels_service import cancel_waybill


def receive_online(db: Database, actor, code: str):  # type: ignore[no-untyped-def]
    return lambda: run_with_retry(db, lambda uow: receiving.receive(uow, actor, code))


def events(db: Database, wb: str) -> list[tuple[str, str | None, datetime]]:
    with UnitOfWork(db) as uow:
        return [(e.event, e.client_event_id, e.occurred_at) for e in uow.session.scalars(
            select(ScanEvent).join(Parcel).where(Parcel.waybill_no == wb)
            .order_by(ScanEvent.id))]


def status(db: Database, wb: str) -> str:
    with UnitOfWork(db) as uow:
        return str(uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb)))


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_an_unreachable_server_journals_the_scan_and_it_replays_later(demo_db, actor, tmp_path):
    wb, other = make_parcels(demo_db, 2)
    sorter = actor("sorter")
    journal = ScanJournal(tmp_path / "journal.db")
    down = open_database(f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test")
    offline = OfflineScans(down, journal, sorter)
    r = offline.attempt("receiving", "receive", wb, {}, receive_online(down, sorter, wb))
    assert isinstance(r, Journaled) and r.waiting == 1
    assert {c.value for c in r.unchecked} >= {"status", "duplicates"}
    # The replay against an unreachable server stops and keeps everything.
    run = offline.replay()
    assert run.stopped is not None and run.done == [] and journal.count() == 1
    # While scans wait, the next one waits behind them even when the server answers.
    online = OfflineScans(demo_db, journal, sorter)
    r2 = online.attempt("receiving", "receive", other, {},
                        receive_online(demo_db, sorter, other))
    assert isinstance(r2, Journaled) and r2.waiting == 2
    assert status(demo_db, other) == "CREATED"
    run = online.replay()
    assert run.stopped is None
    assert [(d.entry.code, d.outcome) for d in run.done] == [(wb, Replay.APPLIED),
                                                             (other, Replay.APPLIED)]
    assert journal.count() == 0
    [(_, _, _), (ev, cid, at)] = events(demo_db, wb)
    assert (ev, cid) == ("RECEIVE", r.entry.client_event_id)
    # Recorded at the time it was scanned, not the time it was replayed.
    assert (at if at.tzinfo else at.replace(tzinfo=UTC)) == r.entry.scanned_at
    # Back online with nothing waiting: straight to the server again.
    assert not isinstance(online.attempt("receiving", "receive", wb, {},
                                         receive_online(demo_db, sorter, wb)), Journaled)
    down.dispose()


def test_a_replay_for_a_parcel_cancelled_meanwhile_is_refused_and_recorded(demo_db, actor,
                                                                           tmp_path):
    wb, ok = make_parcels(demo_db, 2)
    sorter = actor("sorter")
    journal = ScanJournal(tmp_path / "journal.db")
    first = journal.append("receive", wb, {}, user_name=sorter.username, workstation="ws1",
                           screen="receiving")
    journal.append("receive", ok, {}, user_name=sorter.username, workstation="ws1",
                   screen="receiving")
    with UnitOfWork(demo_db) as uow:  # cancelled at the counter while the depot was offline
        cancel_waybill(uow, actor("supervisor"), wb, "merchant cancelled")
    run = OfflineScans(demo_db, journal, sorter).replay()
    assert [d.outcome for d in run.done] == [Replay.REFUSED, Replay.APPLIED]
    assert "CANCELLED" in run.done[0].message
    assert status(demo_db, wb) == "CANCELLED" and status(demo_db, ok) == "RECEIVED"
    rejected = [e for e in events(demo_db, wb) if e[0] == "REJECTED"]
    assert [cid for _, cid, _ in rejected] == [first.client_event_id]
    assert journal.count() == 0


class Crash(BaseException):
    """The workstation dies (kill -9, power) between the server's commit and the journal
    delete."""


def test_exactly_once_after_a_crash_between_commit_and_journal_delete(demo_db, actor, tmp_path,
                                                                      monkeypatch):
    [wb] = make_parcels(demo_db)
    sorter = actor("sorter")
    path = tmp_path / "journal.db"
    journal = ScanJournal(path)
    entry = journal.append("receive", wb, {}, user_name=sorter.username, workstation="ws1",
                           screen="receiving")

    def crash(_seq: int) -> None:
        raise Crash

    monkeypatch.setattr(journal, "remove", crash)
    with pytest.raises(Crash):
        OfflineScans(demo_db, journal, sorter).replay()
    journal.close()
    assert status(demo_db, wb) == "RECEIVED"
    # Meanwhile another station sorts it: a replay without the id would now be refused.
    with UnitOfWork(demo_db) as uow:
        append_scan(uow, actor("sorter", location="571"), wb, Event.SORT)
        uow.commit()
    restarted = ScanJournal(path)
    assert restarted.count() == 1
    run = OfflineScans(demo_db, restarted, sorter).replay()
    assert [d.outcome for d in run.done] == [Replay.DUPLICATE]
    assert restarted.count() == 0
    assert [e[:2] for e in events(demo_db, wb)] == [
        ("CREATE", None), ("RECEIVE", entry.client_event_id), ("SORT", None)]


def test_a_refusal_taken_before_a_crash_is_reported_again_not_recorded_twice(
        demo_db, actor, tmp_path, monkeypatch):
    [wb] = make_parcels(demo_db)
    sorter = actor("sorter")
    path = tmp_path / "journal.db"
    journal = ScanJournal(path)
    journal.append("receive", wb, {}, user_name=sorter.username, workstation="ws1",
                   screen="receiving")
    with UnitOfWork(demo_db) as uow:
        cancel_waybill(uow, actor("supervisor"), wb, "merchant cancelled")
    monkeypatch.setattr(journal, "remove", lambda _seq: (_ for _ in ()).throw(Crash()))
    with pytest.raises(Crash):
        OfflineScans(demo_db, journal, sorter).replay()
    journal.close()
    run = OfflineScans(demo_db, ScanJournal(path), sorter).replay()
    assert [d.outcome for d in run.done] == [Replay.REFUSED]
    assert [e[0] for e in events(demo_db, wb)].count("REJECTED") == 1


def test_other_errors_are_not_taken_for_an_outage(demo_db, actor, tmp_path):
    [wb] = make_parcels(demo_db)
    sorter = actor("sorter")
    journal = ScanJournal(tmp_path / "journal.db")

    def busy() -> None:
        raise StoreUnavailable("busy", reason="locked")

    with pytest.raises(StoreUnavailable):
        OfflineScans(demo_db, journal, sorter).attempt("receiving", "receive", wb, {}, busy)
    assert journal.count() == 0


def test_every_scan_screens_action_replays_through_its_use_case(demo_db, tmp_path):
    """Sort, bag, arrival and assignment scans kept offline replay with their arguments."""
    R, S = Event.RECEIVE, Event.SORT
    to_sort, to_bag = hub_parcels(demo_db, 1, steps=(R,)) + hub_parcels(demo_db, 1, steps=(R, S))
    to_arrive = hub_parcels(demo_db, 1, postcode=TO_571_12, steps=(R, S))[0]
    move(demo_db, [to_arrive], [Event.DEPART], "571")
    [to_assign] = arrived(demo_db, 1)
    serials = HubSerials(demo_db, "BG")
    serials.ensure(1)
    with UnitOfWork(demo_db) as uow:
        bag = bags.open_bag(uow, SUP, serials, "571-12")
        uow.commit()
    branch = Actor(None, "arr", Role.SUPERVISOR, station="t2", location="571-12")
    with UnitOfWork(demo_db) as uow:
        sid = arrival.start(uow, branch)
        uow.commit()

    cases = [(SUP, "sort", to_sort, {}, "SORTED"),
             (SUP, "bag", to_bag, {"bag_no": bag.bag_no}, "BAGGED"),
             (branch, "arrive", to_arrive, {"session_id": sid}, "ARRIVED"),
             (dispatcher(), "assign", to_assign, {"courier": "C5711501", "reason": ""},
              "ASSIGNED")]
    for who, action, code, args, after in cases:
        journal = ScanJournal(tmp_path / f"{action}.db")
        entry = journal.append(action, code, args, user_name=who.username, workstation="ws1",
                               screen=action)
        run = OfflineScans(demo_db, journal, who).replay()
        assert [(d.outcome, d.entry.code) for d in run.done] == [(Replay.APPLIED, code)], (
            action, run.done)
        assert status(demo_db, code) == after
        assert entry.client_event_id in [cid for _, cid, _ in events(demo_db, code)]
        journal.close()


def test_refusals_found_before_any_scan_event_are_recorded_as_rejected(demo_db, tmp_path):
    """A sort scan needing manual routing and a parcel for another bag's destination are
    refused without a scan event of their own: the replay records the REJECTED one."""
    R, S = Event.RECEIVE, Event.SORT
    [manual] = hub_parcels(demo_db, 1, postcode="", steps=(R,))
    [elsewhere] = hub_parcels(demo_db, 1, postcode=TO_571_12, steps=(R, S))
    serials = HubSerials(demo_db, "BG")
    serials.ensure(1)
    with UnitOfWork(demo_db) as uow:
        bag = bags.open_bag(uow, SUP, serials, "021")
        uow.commit()
    journal = ScanJournal(tmp_path / "journal.db")
    entries = [journal.append("sort", manual, {}, user_name=SUP.username, workstation="ws1",
                              screen="sorting"),
               journal.append("bag", elsewhere, {"bag_no": bag.bag_no},
                              user_name=SUP.username, workstation="ws1", screen="bags")]
    run = OfflineScans(demo_db, journal, SUP).replay()
    assert [d.outcome for d in run.done] == [Replay.REFUSED, Replay.REFUSED]
    assert "manual" in run.done[0].message and "021" in run.done[1].message
    for entry in entries:
        assert ("REJECTED", entry.client_event_id) in [e[:2] for e in events(demo_db,
                                                                            entry.code)]
    assert (status(demo_db, manual), status(demo_db, elsewhere)) == ("RECEIVED", "SORTED")
    journal.close()


def test_a_busy_database_during_the_replay_decides_nothing(demo_sqlite, actor, tmp_path):
    """Locked (or any StoreUnavailable) is not a refusal: the scan keeps waiting."""
    [wb] = make_parcels(demo_sqlite)
    sorter = actor("sorter")
    journal = ScanJournal(tmp_path / "journal.db")
    journal.append("receive", wb, {}, user_name=sorter.username, workstation="ws1",
                   screen="receiving")
    impatient = open_database(str(demo_sqlite.url), busy_timeout_ms=50)
    holder = sqlite3.connect(str(demo_sqlite.url.database), isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        run = OfflineScans(impatient, journal, sorter).replay()
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert run.done == [] and run.stopped is not None
    assert run.stopped.params["reason"] == "locked" and journal.count() == 1
    run = OfflineScans(impatient, journal, sorter).replay()
    assert [d.outcome for d in run.done] == [Replay.APPLIED] and status(demo_sqlite, wb) == \
        "RECEIVED"
    impatient.dispose()
    journal.close()


def test_a_scan_behind_another_workstations_lock_fails_saying_so_and_is_not_journaled(
        demo_db, actor, tmp_path):
    """Another workstation holds the parcel in a transaction it has not ended: the scan waits
    the busy timeout (PostgreSQL's lock_timeout, SQLite's busy timeout), then fails saying the
    records are locked - not "server unreachable", so it is not journaled - and saves nothing.
    Without the timeout it waited until the holder let go (a frozen scan screen); here the
    holder lets go only after 60 s, so a scan that waited for it fails the test instead."""
    import threading

    from sqlalchemy import text

    (wb,) = make_parcels(demo_db, 1)
    sorter = actor("sorter")
    with demo_db.engine.connect() as c:
        schema = None if demo_db.is_sqlite else c.execute(text("SELECT current_schema()")).scalar()
    ws = open_database(demo_db.url.render_as_string(hide_password=False), busy_timeout_ms=300,
                       search_path=schema)
    journal = ScanJournal(tmp_path / "journal.db")
    scans = OfflineScans(ws, journal, sorter)
    holder = demo_db.engine.connect()
    holder.execute(text("UPDATE parcels SET note = note WHERE waybill_no = :w"), {"w": wb})
    let_go = threading.Timer(60, holder.rollback)
    let_go.start()
    try:
        with pytest.raises(StoreUnavailable) as exc:
            scans.attempt("receiving", "receive", wb, {}, receive_online(ws, sorter, wb))
    finally:
        let_go.cancel()
        holder.rollback()
        holder.close()
    assert exc.value.params["reason"] == "locked", exc.value.message
    assert "nothing was saved" in exc.value.message
    assert journal.count() == 0 and status(demo_db, wb) == "CREATED"
    # The lock gone, the same scan goes through.
    assert not isinstance(scans.attempt("receiving", "receive", wb, {},
                                        receive_online(ws, sorter, wb)), Journaled)
    assert status(demo_db, wb) == "RECEIVED"
    ws.dispose()

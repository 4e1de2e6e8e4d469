"""A PostgreSQL server whose default isolation is SERIALIZABLE (issue 11 item 10): the app pins
READ COMMITTED on its connections, so concurrent scans all go through; a serialization
failure or deadlock that still happens is run again as a whole use case by
store.retry.run_with_retry, a bounded number of times, and then said in one sentence."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from carrier_app.core.roles import Actor, Role
from carrier_app.demo.seed import seed
from carrier_app.store import Database, UnitOfWork, open_database
from carrier_app.store.errors import RetryableConflict
from carrier_app.store.retry import run_with_retry
from carrier_app.store.schema import upgrade
from carrier_app.pickup.receiving import receive
from tests.conftest import PG_URL, require_pg
from scan_support import make_parcels

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def serializable_db() -> Iterator[Database]:
    """A throw-away role whose sessions default to SERIALIZABLE (ALTER ROLE ... SET, as a
    depot's DBA might set it for the app's user), on a throw-away schema."""
    require_pg()
    tag = uuid.uuid4().hex[:8]
    role, schema = f"carrier_ser_{tag}", f"t_ser_{tag}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN SUPERUSER'))
        conn.execute(text(f'ALTER ROLE "{role}" SET default_transaction_isolation '
                          "= 'serializable'"))
        conn.execute(text(f'CREATE SCHEMA "{schema}" AUTHORIZATION "{role}"'))
    url = make_url(PG_URL).set(username=role).render_as_string(hide_password=False)
    db = open_database(url, search_path=schema)
    try:
        plain = create_engine(url)  # the server's default for this role, as set
        with plain.connect() as raw:
            assert raw.execute(text("show transaction_isolation")).scalar() == "serializable"
        plain.dispose()
        upgrade(db)
        seed(db, parcels=0)
        yield db
    finally:
        db.dispose()
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            conn.execute(text(f'DROP ROLE "{role}"'))
        admin.dispose()


def test_the_app_pins_read_committed(serializable_db):
    with UnitOfWork(serializable_db) as uow:
        assert uow.conn.execute(text("show transaction_isolation")).scalar() == "read committed"


def test_concurrent_scans_all_succeed_on_a_serializable_server(serializable_db):
    db = serializable_db
    wbs = make_parcels(db, 40)
    errors: list[BaseException] = []
    done: list[str] = []
    barrier = threading.Barrier(4)

    def station(n: int) -> None:
        actor = Actor(None, f"s{n}", Role.SORTER, station=f"ws-{n}", location="571")
        barrier.wait(10)
        for wb in wbs:  # every station scans every parcel: the same rows, at once
            try:
                with UnitOfWork(db) as uow:  # as the scan screen and the CLI call it
                    receive(uow, actor, wb)
                done.append(wb)
            except BaseException as exc:  # noqa: BLE001 - reported below
                errors.append(exc)

    threads = [threading.Thread(target=station, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert [str(e) for e in errors] == []
    assert len(done) == 4 * len(wbs)
    with UnitOfWork(db) as uow:
        rows = uow.conn.execute(text(
            "select count(*), count(distinct parcel_id) from scan_events "
            "where event = 'RECEIVE'")).one()
    assert tuple(rows) == (len(wbs), len(wbs))  # one event per parcel, the rest duplicates


def _fail_with(state: str):  # a real PostgreSQL error with that SQLSTATE
    return text(f"DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '{state}'; END $$")


@pytest.mark.parametrize("state", ["40001", "40P01"])
def test_a_serialization_failure_or_deadlock_runs_the_use_case_again(pg_schema, state):
    db = pg_schema.open()
    calls: list[int] = []

    def use_case(uow: UnitOfWork) -> str:
        calls.append(1)
        uow.conn.execute(text("create table if not exists retried (n int)"))
        uow.conn.execute(text("insert into retried values (:n)"), {"n": len(calls)})
        if len(calls) < 3:
            uow.conn.execute(_fail_with(state))
        uow.commit()
        return "done"

    try:
        assert run_with_retry(db, use_case) == "done"
        assert len(calls) == 3
        with UnitOfWork(db) as uow:  # the failed attempts left nothing behind
            assert uow.conn.execute(text("select n from retried")).scalars().all() == [3]
    finally:
        db.dispose()


def test_retries_are_bounded_and_end_in_one_clear_sentence(pg_schema):
    db = pg_schema.open()
    calls: list[int] = []

    def always_conflicts(uow: UnitOfWork) -> None:
        calls.append(1)
        uow.conn.execute(_fail_with("40001"))

    try:
        with pytest.raises(RetryableConflict) as exc:
            run_with_retry(db, always_conflicts, attempts=3)
        assert len(calls) == 3
        assert "\n" not in exc.value.message and "Try again" in exc.value.message
        assert "RAISE" not in exc.value.message and "DO $$" not in exc.value.message
    finally:
        db.dispose()


def test_the_screens_path_runs_a_conflicting_use_case_again(pg_schema):
    """AppContext.run (every screen's action) goes through the same retry as the CLI."""
    from carrier_app.ui.context import AppContext

    db = pg_schema.open()
    calls: list[int] = []

    def use_case(uow: UnitOfWork, actor: Actor, tag: str) -> str:
        calls.append(1)
        if len(calls) < 2:
            uow.conn.execute(_fail_with("40P01"))
        return f"{tag} by {actor.username}"

    try:
        ctx = AppContext(db, Actor(None, "clerk", Role.CLERK, station="ws", location="571"))
        assert ctx.run(use_case, "saved") == "saved by clerk" and len(calls) == 2
    finally:
        db.dispose()

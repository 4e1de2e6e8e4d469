"""Live screens, the database side (issue 15 item 2): a scan committed by another process
reaches this process's listener; on PostgreSQL the payload names what changed and a
rolled-back action tells nobody. The only time bound is a generous liveness one."""

from __future__ import annotations

import queue

import pytest
from sqlalchemy import text

from carrier_app.core import live
from carrier_app.core.lifecycle import Event
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.live import Listener, listener
from tests.cli_support import run_cli
from tests.delivery_support import create, move
from tests.live_support import cli_url

LIVENESS_S = 10


def started(db: Database) -> tuple[Listener, queue.Queue[frozenset[str]]]:
    heard: queue.Queue[frozenset[str]] = queue.Queue()
    watcher = listener(db.url, db.live_channel, heard.put).start()
    db.on_dispose.append(watcher.stop)
    assert watcher.ready.wait(LIVENESS_S)
    return watcher, heard


def test_a_scan_in_another_process_reaches_the_listener(demo_db):
    (wb,) = create(demo_db, 1)
    move(demo_db, [wb], [Event.PICKUP], "571")
    watcher, heard = started(demo_db)
    p = run_cli("scan", "--station", "other-desk", "--event", "RECEIVE", "--location", "571",
                wb, db=cli_url(demo_db), user="supervisor")
    assert p.returncode == 0, p.stdout + p.stderr
    topics = heard.get(timeout=LIVENESS_S)
    assert topics == ({live.ALL} if demo_db.is_sqlite else {live.PARCELS})
    watcher.stop()
    assert not watcher.running


@pytest.mark.postgres
def test_only_commits_notify_and_each_says_what_it_wrote(pg_schema):
    db = pg_schema.open()
    try:
        _watcher, heard = started(db)
        with UnitOfWork(db) as uow:  # written, then rolled back: nobody is told
            uow.conn.execute(text("UPDATE parcels SET note = 'x'"))
        with UnitOfWork(db) as uow:
            uow.conn.execute(text("UPDATE bags SET status = status"))
            uow.conn.execute(text("UPDATE problems SET note = note"))
            uow.commit()
        # Notifications arrive in commit order: the first one is the commit's.
        assert heard.get(timeout=LIVENESS_S) == {live.BAGS, live.PROBLEMS}
        with UnitOfWork(db) as uow:  # only read: nobody is told
            uow.conn.execute(text("SELECT count(*) FROM parcels"))
            uow.commit()
        with UnitOfWork(db) as uow:  # one statement writing through a CTE
            uow.conn.execute(text("WITH b AS (UPDATE bags SET status = status) "
                                  "UPDATE run_items SET reason = reason"))
            uow.commit()
        assert heard.get(timeout=LIVENESS_S) == {live.BAGS, live.RUNS}
        assert heard.empty()
    finally:
        db.dispose()

"""Live screens, the database side: commits say what they changed; a listener hears it.

PostgreSQL: every INSERT/UPDATE/DELETE notes its topic on the connection; the engine's
`commit` hook sends `pg_notify(channel, topics)` inside the same transaction, just before the
DBAPI commit, so a rolled-back action tells nobody and every committing path (use cases, the
kept refusals, the CLI) is covered by this one hook. `PgListener` LISTENs on a dedicated
psycopg connection in a thread.
SQLite: `SqliteWatcher` polls `PRAGMA data_version` on a connection of its own (it changes
when any other connection commits); it cannot say what changed, so it reports ALL.
Both call `on_change(topics)` from their own thread; the UI bridge (ui/live.py) takes it from
there.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.engine import URL

from carrier_app.core import live

_log = logging.getLogger(__name__)
_TOPICS = "carrier_live_topics"

OnChange = Callable[[frozenset[str]], None]


def schema_of(url: URL, search_path: str | None) -> str | None:
    """The schema a PostgreSQL URL works in: `search_path`, or `-csearch_path=` in its
    options (as a multi-workstation URL names it)."""
    if search_path:
        return search_path
    options = url.query.get("options", "")
    for part in (options if isinstance(options, str) else " ".join(options)).split():
        if part.startswith("-csearch_path="):
            return part.split("=", 1)[1]
    return None


def install_notify(engine: Engine, channel: str) -> None:
    """Make every commit on `engine` that wrote rows NOTIFY `channel` with its topics."""

    @event.listens_for(engine, "after_cursor_execute")
    def _noted(conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        topic = live.topic_of_statement(statement)
        if topic is not None:
            conn.info.setdefault(_TOPICS, set()).add(topic)

    @event.listens_for(engine, "commit")
    def _notify(conn: Any) -> None:
        topics = conn.info.pop(_TOPICS, None)
        if topics:
            # On the DBAPI connection: still inside the transaction being committed.
            with conn.connection.dbapi_connection.cursor() as cur:
                cur.execute("SELECT pg_notify(%s, %s)", (channel, live.encode(topics)))

    @event.listens_for(engine, "rollback")
    def _forget(conn: Any) -> None:
        if conn.invalidated:  # the server dropped it: `info` would raise, and is gone anyway
            return
        conn.info.pop(_TOPICS, None)


class Listener:
    """A daemon thread running `poll` until stopped; `poll` returns the topics it heard."""

    def __init__(self, on_change: OnChange, name: str) -> None:
        self.on_change = on_change
        self._stop = threading.Event()
        #: Set once changes are being watched (a commit before that may go unseen).
        self.ready = threading.Event()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)

    def start(self) -> Listener:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive() and self._thread is not threading.current_thread():
            self._thread.join(timeout=5)

    @property
    def running(self) -> bool:
        return self._thread.is_alive()

    def _run(self) -> None:
        raise NotImplementedError


class SqliteWatcher(Listener):
    INTERVAL_S = 0.25

    def __init__(self, path: str, on_change: OnChange, interval_s: float = INTERVAL_S) -> None:
        super().__init__(on_change, "live-sqlite")
        self.path = path
        self.interval_s = interval_s

    def _run(self) -> None:
        con = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            seen = con.execute("PRAGMA data_version").fetchone()[0]
            self.ready.set()
            while not self._stop.wait(self.interval_s):
                try:
                    now = con.execute("PRAGMA data_version").fetchone()[0]
                except sqlite3.Error:
                    _log.warning("live updates: cannot read %s", self.path, exc_info=True)
                    continue
                if now != seen:
                    seen = now
                    self.on_change(frozenset({live.ALL}))
        finally:
            con.close()


class PgListener(Listener):
    """LISTEN on its own autocommit connection; when the server goes away it reconnects
    (backing off) and then reports ALL, since notifications sent meanwhile are lost."""

    WAIT_S = 0.5

    def __init__(self, conninfo: str, channel: str, on_change: OnChange) -> None:
        super().__init__(on_change, "live-pg")
        self.conninfo = conninfo
        self.channel = channel

    def _run(self) -> None:
        import psycopg
        from psycopg import sql
        from psycopg.conninfo import conninfo_to_dict

        from carrier_app.store.keepalive import dead_peer_args

        # A server that vanished without closing the socket is noticed, then reconnected to.
        dead_peer = dead_peer_args(conninfo_to_dict(self.conninfo))
        backoff, first = 0.5, True
        while not self._stop.is_set():
            try:
                with psycopg.connect(self.conninfo, autocommit=True, connect_timeout=5,
                                     **dead_peer) as con:
                    con.execute(sql.SQL("LISTEN {}").format(sql.Identifier(self.channel)))
                    self.ready.set()
                    if not first:
                        self.on_change(frozenset({live.ALL}))
                    first, backoff = False, 0.5
                    while not self._stop.is_set():
                        # Each as it comes (the UI merges bursts); the timeout only lets
                        # the loop see `stop`.
                        for n in con.notifies(timeout=self.WAIT_S):
                            self.on_change(live.decode(n.payload))
            except psycopg.Error:
                self.ready.clear()
                _log.warning("live updates: listener lost the server; retrying", exc_info=True)
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 10.0)


def listener(url: URL, channel: str, on_change: OnChange) -> Listener:
    """The listener for the database at `url` (not started)."""
    if url.get_backend_name() == "sqlite":
        return SqliteWatcher(url.database or "", on_change)
    dsn = url.set(drivername="postgresql").render_as_string(hide_password=False)
    return PgListener(dsn, channel, on_change)

"""Live screens, the database side: commits say what they changed; a listener hears it.

PostgreSQL: every INSERT/UPDATE/DELETE notes its topics against its DBAPI connection; the
commit of a transaction that wrote sends `SELECT pg_notify(channel, topics); COMMIT` as one
query, so a rolled-back action tells nobody, the notice costs no round trip of its own, and
every committing path (use cases, the kept refusals, the CLI) is covered by this one place.
`PgListener` LISTENs on a dedicated psycopg connection in a thread.
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
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Engine
from sqlalchemy.engine import URL

from carrier_app.core import live

_log = logging.getLogger(__name__)

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
    """Make every commit on `engine` that wrote rows NOTIFY `channel` with its topics.

    Done in the engine's dialect (this engine's own instance) rather than with engine events:
    any engine event makes SQLAlchemy dispatch around every statement, and the COMMIT must
    carry the notice, which only the dialect's `do_commit` sends. An error there (the server
    gone, the notice refused) is a failed commit like any other: SQLAlchemy wraps it, the
    unit of work translates it, and the transaction is rolled back."""
    from psycopg import sql  # PostgreSQL only: an SQLite desk never loads psycopg
    from psycopg.pq import TransactionStatus

    dialect = engine.dialect
    written: WeakKeyDictionary[Any, set[str]] = WeakKeyDictionary()
    execute, executemany = dialect.do_execute, dialect.do_executemany
    execute_no_params, commit, rollback = (dialect.do_execute_no_params, dialect.do_commit,
                                           dialect.do_rollback)

    @lru_cache(maxsize=256)
    def notice(payload: str) -> str:  # quoted once per payload, not per commit
        return sql.SQL("SELECT pg_notify({}, {}); COMMIT").format(
            sql.Literal(channel), sql.Literal(payload)).as_string()

    def note(cursor: Any, statement: str) -> None:
        topics = live.topics_of_statement(statement)
        if topics:
            written.setdefault(cursor.connection, set()).update(topics)

    def do_execute(cursor: Any, statement: str, parameters: Any, context: Any = None) -> None:
        execute(cursor, statement, parameters, context)
        note(cursor, statement)

    def do_executemany(cursor: Any, statement: str, parameters: Any,
                       context: Any = None) -> None:
        executemany(cursor, statement, parameters, context)
        note(cursor, statement)

    def do_execute_no_params(cursor: Any, statement: str, context: Any = None) -> None:
        execute_no_params(cursor, statement, context)
        note(cursor, statement)

    # Statements see psycopg's connection (cursor.connection); commit and rollback get the
    # pool's proxy of it.
    def do_commit(proxied: Any) -> None:
        raw = getattr(proxied, "dbapi_connection", proxied)
        topics = written.pop(raw, None)
        if topics and raw.info.transaction_status == TransactionStatus.INTRANS:
            with raw.cursor() as cur:  # one simple query, never prepared
                cur.execute(notice(live.encode(topics)), prepare=False)
        commit(proxied)  # after the query above: nothing left, psycopg sends nothing

    def do_rollback(proxied: Any) -> None:
        written.pop(getattr(proxied, "dbapi_connection", proxied), None)
        rollback(proxied)

    dialect.do_execute = do_execute  # type: ignore[method-assign]
    dialect.do_executemany = do_executemany  # type: ignore[method-assign]
    dialect.do_execute_no_params = do_execute_no_params  # type: ignore[method-assign]
    dialect.do_commit = do_commit  # type: ignore[method-assign,assignment]
    dialect.do_rollback = do_rollback  # type: ignore[method-assign,assignment]


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

"""Engines and sessions. SQLite gets WAL, synchronous=FULL, foreign keys and a busy timeout on
every connection, and `BEGIN IMMEDIATE` so two writers queue instead of deadlocking."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DisconnectionError
from sqlalchemy.orm import Session, sessionmaker

from carrier_app.config import data_dir, ensure_private_dir, ensure_private_file
from carrier_app.core import live
from carrier_app.store.deadline import AnswerDeadlines
from carrier_app.store.keepalive import dead_after_s, dead_peer_args
from carrier_app.store.live import install_notify, schema_of

DEFAULT_BUSY_TIMEOUT_MS = int(os.environ.get("CARRIER_BUSY_TIMEOUT_MS", "5000"))
#: PostgreSQL ends a session left idle inside a transaction this long (its locks with it): no
#: use case waits for a person inside a transaction.
IDLE_IN_TRANSACTION_MS = 300_000
#: A pooled PostgreSQL connection given back less than this long ago is used without a ping.
PING_IDLE_S = 2.0
_RETURNED = "carrier_returned_at"


def _ping_when_idle(engine: Engine) -> None:
    """`pool_pre_ping`, but only for a connection that sat in the pool for PING_IDLE_S or more
    (or that psycopg knows is closed): a desk scanning several parcels a second reuses the
    connection its last action gave back a moment ago, and a ping there was one more round
    trip per action. A connection that fails its ping is replaced, as with pool_pre_ping (the
    pool retries the checkout on DisconnectionError); one the server dropped within that time
    fails its action like any disconnect (StoreUnavailable) and the pool is emptied.
    Measured (bench/desk_profile.py): one round trip fewer for every action of a busy desk."""

    @event.listens_for(engine, "checkout")
    def _checkout(dbapi_conn: Any, record: Any, _proxy: Any) -> None:
        if getattr(dbapi_conn, "closed", False):
            raise DisconnectionError("connection closed")
        if time.monotonic() - record.info.get(_RETURNED, float("-inf")) < PING_IDLE_S:
            return
        try:
            engine.dialect.do_ping(dbapi_conn)
        except Exception as exc:  # noqa: BLE001 - any failure: replace the connection
            raise DisconnectionError(str(exc)) from exc

    @event.listens_for(engine, "checkin")
    def _checkin(_dbapi_conn: Any, record: Any) -> None:
        if record is not None:
            record.info[_RETURNED] = time.monotonic()


def _sqlite_pragmas(engine: Engine, busy_timeout_ms: int, read_only: bool) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        if not read_only:
            cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN" if read_only else "BEGIN IMMEDIATE")


def describe(url: URL) -> str:
    """What the status bar says: the SQLite file, or PostgreSQL user@host/db."""
    if url.get_backend_name() == "sqlite":
        return f"SQLite {url.database}"
    return f"PostgreSQL {url.host or 'localhost'}:{url.port or 5432}/{url.database}"


@dataclass
class Database:
    engine: Engine
    #: A second database the read-only use cases read from (CARRIER_DB_READ_URL: a
    #: PostgreSQL streaming replica); None: they read here. See store/reads.py.
    reader: Database | None = None
    #: The NOTIFY channel of this database's schema (live screens, store/live.py).
    live_channel: str = live.CHANNEL
    sessions: sessionmaker[Session] = field(init=False)
    #: Run by `dispose` (the live-update listeners opened on this database).
    on_dispose: list[Callable[[], None]] = field(default_factory=list)
    #: Values that never change once committed (the ID-hash key), read once per process.
    constants: dict[str, Any] = field(default_factory=dict)
    #: PostgreSQL: the watchdog of `answer_within` (store/deadline.py).
    deadlines: AnswerDeadlines | None = None

    def __post_init__(self) -> None:
        self.sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def url(self) -> URL:
        return self.engine.url

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    def describe(self) -> str:
        return describe(self.engine.url)

    @contextmanager
    def answer_within(self, seconds: float | None = None) -> Iterator[None]:
        """Inside the block, a PostgreSQL server that has not answered within `seconds`
        (default CARRIER_PG_DEAD_AFTER_S) has its connection cut: the call fails as an outage
        instead of waiting for ever (store/deadline.py). An SQLite file has no server."""
        if self.deadlines is None:
            yield
            return
        with self.deadlines.within(dead_after_s() if seconds is None else seconds):
            yield

    def dispose(self) -> None:
        while self.on_dispose:
            self.on_dispose.pop()()
        self.engine.dispose()
        if self.reader is not None:
            self.reader.dispose()


def open_database(url: str, *, busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
                  search_path: str | None = None, echo: bool = False,
                  read_url: str | None = None) -> Database:
    """Create the engine for `url` (no connection is made yet). An SQLite file's folder is
    created private to this user (0700) and the file itself 0600; `search_path` pins a
    PostgreSQL schema (the tests give each run its own). `read_url` (CARRIER_DB_READ_URL):
    the read-only database the read use cases use (store/reads.py)."""
    db = _open(url, busy_timeout_ms, search_path, echo, read_only=False)
    if read_url:
        db.reader = _open(read_url, busy_timeout_ms, search_path, echo, read_only=True)
    return db


def _open(url: str, busy_timeout_ms: int, search_path: str | None, echo: bool, *,
          read_only: bool) -> Database:
    u = make_url(url)
    # Error texts never carry the statement's parameters (names, phones, addresses).
    kwargs: dict[str, Any] = {"echo": echo, "hide_parameters": True}
    if u.get_backend_name() == "sqlite":
        read_only = read_only or u.query.get("mode") == "ro"
        if (u.database and u.database != ":memory:" and not u.database.startswith("file:")
                and not read_only):
            path = Path(u.database).expanduser()
            # Created 0700 / 0600 (SQLite gives -wal / -shm the file's mode); in our own data
            # folder, one made world-readable by an older version is narrowed too.
            ours = path.parent.resolve() == data_dir().expanduser().resolve()
            ensure_private_dir(path.parent, narrow=ours)
            ensure_private_file(path, narrow=ours)
        kwargs["connect_args"] = {"timeout": busy_timeout_ms / 1000, "check_same_thread": False}
        engine = create_engine(u, **kwargs)
        _sqlite_pragmas(engine, busy_timeout_ms, read_only)
    else:
        if u.get_backend_name() == "postgresql" and u.get_driver_name() in ("psycopg2", ""):
            u = u.set(drivername="postgresql+psycopg")
        schema = schema_of(u, search_path)  # before the URL's own options are moved out
        connect_args: dict[str, Any] = {"connect_timeout": 5, **dead_peer_args(u.query)}
        # A workstation waits for another's lock as long as SQLite's busy timeout, then fails
        # its action ("locked", not an outage) instead of hanging its screen; a transaction
        # left open by a frozen workstation is ended by the server, freeing its locks. The
        # URL's own options come after these and so win.
        options = [f"-clock_timeout={int(busy_timeout_ms)}",
                   f"-cidle_in_transaction_session_timeout={IDLE_IN_TRANSACTION_MS}"]
        if "options" in u.query:  # the URL's own (?options=...) kept, not overridden
            options.append(str(u.query["options"]))
            u = u.difference_update_query(["options"])
        if search_path:
            options.append(f"-csearch_path={search_path}")
        if read_only:  # a write through the read connection fails here too, not only on a replica
            options.append("-cdefault_transaction_read_only=on")
        if options:
            connect_args["options"] = " ".join(options)
        kwargs["connect_args"] = connect_args
        # Pinned whatever the server's default: the services' locking (SELECT ... FOR UPDATE,
        # UPDATE ... RETURNING) is written for it, and a serialization failure that still
        # happens (40001/40P01) is retried by store.retry.run_with_retry.
        kwargs["isolation_level"] = "READ COMMITTED"
        engine = create_engine(u, **kwargs)
        deadlines = AnswerDeadlines()
        # Before the idle ping's listener: the ping waits on the server too.
        event.listen(engine, "checkout", lambda conn, _rec, _proxy: deadlines.checkout(conn))
        event.listen(engine, "checkin", lambda conn, _rec: deadlines.checkin(conn))
        _ping_when_idle(engine)
        channel = live.channel(schema)
        install_notify(engine, channel)
        return Database(engine, live_channel=channel, deadlines=deadlines)
    return Database(engine)

"""A deadline on the server's answer, for the calls that must never hang: the scans.

Keepalives and tcp_user_timeout (store/keepalive.py) catch a server that vanished, but not
one that is there and silent: a stopped or frozen server, a disk that stalls under it, a
firewall or proxy that keeps the flow open and passes nothing. Its kernel still acknowledges
every byte and every keepalive, so a scan would wait for ever, the scan screen with it.

Inside `AnswerDeadlines.within(seconds)` every PostgreSQL connection this thread takes from
the pool is watched; if the block is still waiting when the seconds are up, a watchdog thread
shuts the connection's socket down. psycopg then fails the call as a dropped connection
(StoreUnavailable "unreachable"), and the scan goes to the workstation's journal like any
other outage scan: its client event id makes the later replay a no-op if the server did
commit it. The server rolls back whatever the cut connection had not committed.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

_log = logging.getLogger(__name__)


def cut(dbapi_conn: Any) -> bool:
    """Shut down a psycopg connection's socket (both ways): a call waiting on it returns at
    once with "server closed the connection". False when it has no socket any more."""
    try:
        fd = dbapi_conn.fileno()
    except Exception:  # noqa: BLE001 - closed meanwhile: nothing to cut
        return False
    s = socket.socket(fileno=fd)
    try:
        s.shutdown(socket.SHUT_RDWR)
    except OSError:
        return False
    finally:
        s.detach()  # the socket is libpq's: shut down, not closed under it
    return True


class AnswerDeadlines:
    """The deadlines of one engine's connections, and the thread that enforces them."""

    def __init__(self) -> None:
        self._local = threading.local()
        self._cond = threading.Condition()
        #: id(dbapi connection) -> (deadline, the connection, the thread that took it)
        self._watched: dict[int, tuple[float, Any, int]] = {}
        self._thread: threading.Thread | None = None
        #: When the watchdog wakes next (None: when told). A checkout wakes it only for an
        #: earlier deadline: a desk scanning several parcels a second must not wake a thread
        #: with every scan.
        self._next_wake: float | None = None
        #: Connections cut so far (for the log and the tests).
        self.cuts = 0

    @contextmanager
    def within(self, seconds: float) -> Iterator[None]:
        """Connections this thread takes from the pool inside the block must have their
        answers within `seconds` of the block's start (nested: the earlier deadline holds)."""
        outer = getattr(self._local, "deadline", None)
        deadline = time.monotonic() + seconds
        self._local.deadline = deadline if outer is None else min(outer, deadline)
        try:
            yield
        finally:
            self._local.deadline = outer
            if outer is None:
                self._forget(threading.get_ident())

    def checkout(self, dbapi_conn: Any) -> None:
        """Pool checkout (before its ping, which can hang too): watched if inside `within`."""
        deadline = getattr(self._local, "deadline", None)
        if deadline is None:
            return
        with self._cond:
            self._watched[id(dbapi_conn)] = (deadline, dbapi_conn, threading.get_ident())
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="db-answer-deadline",
                                                 daemon=True)
                self._thread.start()
            if self._next_wake is None or deadline < self._next_wake:
                self._cond.notify()

    def checkin(self, dbapi_conn: Any) -> None:
        with self._cond:
            self._watched.pop(id(dbapi_conn), None)

    def _forget(self, thread: int) -> None:
        with self._cond:
            for key in [k for k, (_, _, t) in self._watched.items() if t == thread]:
                del self._watched[key]

    def _watch(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                due = [k for k, (d, _, _) in self._watched.items() if d <= now]
                # Cut under the lock (a shutdown is one quick call): a connection given back
                # and taken again meanwhile is not cut under its next user.
                for k in due:
                    if cut(self._watched.pop(k)[1]):
                        self.cuts += 1
                        _log.warning("The database server did not answer in time: its "
                                     "connection was cut, the scan goes to this "
                                     "workstation's journal")
                self._next_wake = min((d for d, _, _ in self._watched.values()), default=None)
                self._cond.wait(None if self._next_wake is None else self._next_wake - now)
                self._next_wake = None  # awake: a checkout now need not wake it

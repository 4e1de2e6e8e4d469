"""The answer deadline's watchdog (store/deadline.py) on a real socket pair: a call blocked on a
connection taken inside `within` is woken when the time is up; one given back, or taken
outside, is left alone."""

from __future__ import annotations

import os
import socket
import threading
import time

from carrier_app.store.deadline import AnswerDeadlines, cut


class Conn:
    """What the watchdog needs of a psycopg connection: its socket's descriptor."""

    def __init__(self) -> None:
        self.mine, self.server = socket.socketpair()

    def fileno(self) -> int:
        return self.mine.fileno()

    def close(self) -> None:
        self.mine.close()
        self.server.close()


def blocked_recv(conn: Conn, seconds: float) -> bytes | None:
    """What a recv on the connection returned (b"": shut down), None: still blocked."""
    got: list[bytes] = []
    t = threading.Thread(target=lambda: got.append(conn.mine.recv(10)), daemon=True)
    t.start()
    t.join(seconds)
    return got[0] if got else None


def test_a_connection_taken_inside_the_block_is_cut_when_the_time_is_up():
    d, conn = AnswerDeadlines(), Conn()
    try:
        t = time.monotonic()
        with d.within(0.3):
            d.checkout(conn)
            assert blocked_recv(conn, 30) == b""  # woken: the server "closed" it
        assert time.monotonic() - t >= 0.3 and d.cuts == 1
        os.fstat(conn.fileno())  # shut down, not closed: the descriptor is libpq's to close
    finally:
        conn.close()


def test_a_connection_given_back_in_time_or_taken_outside_is_left_alone():
    d, back, outside = AnswerDeadlines(), Conn(), Conn()
    try:
        with d.within(0.2):
            d.checkout(back)
            d.checkin(back)
        d.checkout(outside)
        time.sleep(0.5)
        assert blocked_recv(back, 0.1) is None and blocked_recv(outside, 0.1) is None
        assert d.cuts == 0
    finally:
        back.close()
        outside.close()


def test_nested_blocks_keep_the_earlier_deadline_and_leaving_forgets_the_thread():
    d, conn, late = AnswerDeadlines(), Conn(), Conn()
    try:
        with d.within(0.3):
            with d.within(60):  # cannot stretch the outer block's deadline
                d.checkout(conn)
                assert blocked_recv(conn, 30) == b""
            with d.within(0.2):
                d.checkout(late)
        time.sleep(0.4)  # left before its time: nothing to cut
        assert blocked_recv(late, 0.1) is None and d.cuts == 1
    finally:
        conn.close()
        late.close()


def test_cutting_a_closed_connection_does_nothing():
    class Closed:
        def fileno(self) -> int:
            raise OSError("the connection is closed")

    assert cut(Closed()) is False

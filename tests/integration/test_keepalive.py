"""A workstation notices a vanished PostgreSQL server in seconds: its connections carry TCP
keepalives and a user timeout (store/keepalive.py), read off the real sockets; a setting the
URL names itself is kept; the live-update listener connects with them too."""

from __future__ import annotations

import socket

import pytest

from carrier_app.store import open_database
from carrier_app.store.keepalive import dead_peer_args
from conftest import PG_URL, require_pg


def socket_options(fd: int) -> tuple[int, int, int, int, int]:
    s = socket.socket(fileno=socket.dup(fd))
    try:
        return (s.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE),
                s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE),
                s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPINTVL),
                s.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPCNT),
                s.getsockopt(socket.IPPROTO_TCP, socket.TCP_USER_TIMEOUT))
    finally:
        s.close()


def test_the_settings_follow_the_dead_after_time(monkeypatch):
    monkeypatch.setenv("CARRIER_PG_DEAD_AFTER_S", "30")
    a = dead_peer_args()
    assert a["keepalives"] == 1 and a["tcp_user_timeout"] == 30_000
    # the last probe goes out before the user timeout gives up
    assert a["keepalives_idle"] + a["keepalives_interval"] * a["keepalives_count"] <= 30
    monkeypatch.setenv("CARRIER_PG_DEAD_AFTER_S", "soon")
    assert dead_peer_args()["tcp_user_timeout"] == 15_000  # nonsense: the default
    assert "keepalives_idle" not in dead_peer_args({"keepalives_idle": "7"})


@pytest.mark.parametrize("url_tail,idle", [("", None), ("?keepalives_idle=7", 7)])
def test_the_connections_sockets_carry_them(monkeypatch, url_tail, idle):
    require_pg()
    monkeypatch.setenv("CARRIER_PG_DEAD_AFTER_S", "12")
    expected = dead_peer_args()
    db = open_database(PG_URL + url_tail)
    try:
        with db.engine.connect() as c:
            fd = c.connection.dbapi_connection.fileno()  # type: ignore[union-attr]
            keep, kidle, intvl, cnt, user_ms = socket_options(fd)
    finally:
        db.dispose()
    assert keep == 1
    assert kidle == (idle or expected["keepalives_idle"])
    assert (intvl, cnt, user_ms) == (expected["keepalives_interval"],
                                     expected["keepalives_count"], 12_000)


def test_the_live_listener_connects_with_them(monkeypatch):
    require_pg()
    import psycopg

    from carrier_app.store import live
    seen: list[dict[str, object]] = []
    real = psycopg.connect

    def spy(*args, **kwargs):
        seen.append(kwargs)
        return real(*args, **kwargs)

    monkeypatch.setattr(psycopg, "connect", spy)
    from sqlalchemy.engine import make_url
    listener = live.listener(make_url(PG_URL), "carrier_keepalive_test", lambda _t: None)
    listener.start()
    try:
        assert listener.ready.wait(10)
    finally:
        listener.stop()
    assert seen and seen[0]["keepalives"] == 1 and seen[0]["tcp_user_timeout"]


@pytest.mark.parametrize("url_tail,lock", [("", "5s"),
                                           ("?options=-clock_timeout%3D1234", "1234ms")])
def test_a_workstation_waits_for_a_lock_as_long_as_its_busy_timeout(url_tail, lock):
    """lock_timeout follows the busy timeout (5 s) unless the URL sets it; a transaction left
    idle by a frozen workstation is ended after 5 minutes, its locks with it."""
    require_pg()
    from sqlalchemy import text

    db = open_database(PG_URL + url_tail)
    try:
        with db.engine.connect() as c:
            got = [c.execute(text(f"SHOW {name}")).scalar() for name in (
                "lock_timeout", "idle_in_transaction_session_timeout")]
    finally:
        db.dispose()
    assert got == [lock, "5min"]

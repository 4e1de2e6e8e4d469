"""The command line acts as a named user with that user's role, logged in as at the log-in
screen; without a user it only reads."""

from __future__ import annotations

import json
import subprocess
import sys
import time

import pytest
from sqlalchemy import select

from carrier_app.cli import main
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, ScanEvent, User
from cli_support import act_as, one_line
from delivery_support import create


@pytest.fixture
def url(demo_sqlite, monkeypatch):
    act_as(monkeypatch, None)
    return str(demo_sqlite.engine.url)


def user_id(db, name):
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(User.id).where(User.username == name))


@pytest.mark.parametrize("argv", [
    ["scan", "--station", "s", "--event", "HOLD", "--reason", "x", "{wb}"],
    ["deliver", "{wb}", "--receiver", "A", "--relation", "SELF"],
    ["fail", "{wb}", "--reason", "NOBODY_HOME"],
    ["cancel", "{wb}", "--reason", "x"],
    ["labels", "{wb}", "-o", "{tmp}/l.pdf", "--reprint"],
    ["runs", "print", "R1", "-o", "{tmp}/r.pdf"],
    ["statement", "--merchant", "M001", "--from", "2026-01-01", "--to", "2026-01-31",
     "--settle"],
    ["rules", "import", "{tmp}/rules.csv"],
    ["import-orders", "{tmp}/rules.csv", "--merchant", "M001"],
    ["users", "add", "wang", "--role", "clerk"],
    ["demo", "--parcels", "1"],
])
def test_a_change_without_a_user_is_refused_in_one_line(demo_sqlite, url, tmp_path, capsys,
                                                         argv):
    [wb] = create(demo_sqlite)
    (tmp_path / "rules.csv").write_text("postcode_prefix,branch\n", encoding="utf-8")
    argv = [a.format(wb=wb, tmp=tmp_path) for a in argv]
    assert main([*argv, "--db", url]) == 2
    line = one_line(capsys.readouterr().err)
    assert "--user NAME or CARRIER_USER" in line
    with UnitOfWork(demo_sqlite) as uow:
        assert [e.event for e in uow.session.scalars(select(ScanEvent))] == ["CREATE"]


def test_reads_need_no_user(demo_sqlite, url, capsys):
    [wb] = create(demo_sqlite)
    for argv in (["track", wb], ["runs", "list"], ["route-test", "--postcode", "310012"],
                 ["rules", "export"],
                 ["statement", "--merchant", "M001", "--from", "2026-01-01", "--to",
                  "2026-01-31"]):
        assert main([*argv, "--db", url]) == 0, capsys.readouterr().err


def test_wrong_password_and_lock_out_as_at_the_log_in_screen(demo_sqlite, url, capsys,
                                                             monkeypatch):
    [wb] = create(demo_sqlite)
    argv = ["scan", "--station", "s", "--event", "HOLD", "--reason", "x", wb, "--db", url,
            "--user", "clerk"]
    monkeypatch.setenv("CARRIER_PASSWORD", "wrong")
    for _ in range(5):
        assert main(argv) == 1
        assert one_line(capsys.readouterr().err) == "carrier-app: Wrong user name or password."
    monkeypatch.setenv("CARRIER_PASSWORD", "clerk-demo")
    assert main(argv) == 1  # the right password: still locked, as at the log-in screen
    assert "locked" in one_line(capsys.readouterr().err)
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(User.locked_until).where(
            User.username == "clerk")) is not None
        assert [e.event for e in uow.session.scalars(select(ScanEvent))] == ["CREATE"]


def test_a_password_is_never_asked_of_a_script(demo_sqlite, url, capsys):
    [wb] = create(demo_sqlite)
    proc = subprocess.run(
        [sys.executable, "-m", "carrier_app", "scan", "--station", "s", "--event", "HOLD",
         "--reason", "x", wb, "--db", url, "--user", "clerk"],
        capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=120,
        env={"PATH": "/usr/bin:/bin", "CARRIER_ARGON2_FAST": "1", "HOME": "/tmp"})
    assert proc.returncode == 2 and "CARRIER_PASSWORD" in proc.stderr


def test_events_and_audit_rows_carry_the_real_user(demo_sqlite, url, capsys, monkeypatch):
    [wb] = create(demo_sqlite)
    monkeypatch.setenv("CARRIER_PASSWORD", "supervisor-demo")
    assert main(["scan", "--station", "ws-7", "--event", "HOLD", "--reason", "check", wb,
                 "--db", url, "--user", "supervisor"]) == 0
    monkeypatch.setenv("CARRIER_PASSWORD", "admin-demo")
    monkeypatch.setenv("CARRIER_NEW_PASSWORD", "wang-secret-1")
    assert main(["users", "add", "wang", "--role", "clerk", "--db", url,
                 "--user", "admin"]) == 0
    supervisor, admin = user_id(demo_sqlite, "supervisor"), user_id(demo_sqlite, "admin")
    with UnitOfWork(demo_sqlite) as uow:
        hold = uow.session.scalars(select(ScanEvent).where(ScanEvent.event == "HOLD")).one()
        assert (hold.user_id, hold.station) == (supervisor, "ws-7")
        added = uow.session.scalars(select(AuditLog).where(
            AuditLog.action == "user.add", AuditLog.details.contains("wang"))).one()
        assert (added.user_id, added.username) == (admin, "admin")
    # The new user logs in with the password from CARRIER_NEW_PASSWORD.
    monkeypatch.setenv("CARRIER_PASSWORD", "wang-secret-1")
    assert main(["track", wb, "--db", url, "--user", "wang", "--json"]) == 0
    assert json.loads(capsys.readouterr().out.splitlines()[-1])["status"] == "HELD"


def test_users_add_needs_an_admin_and_takes_no_password_option(demo_sqlite, url, capsys,
                                                               monkeypatch):
    monkeypatch.setenv("CARRIER_NEW_PASSWORD", "wang-secret-1")
    monkeypatch.setenv("CARRIER_PASSWORD", "supervisor-demo")
    assert main(["users", "add", "wang", "--role", "clerk", "--db", url,
                 "--user", "supervisor"]) == 1
    assert "may not manage users" in one_line(capsys.readouterr().err)
    assert main(["users", "add", "wang", "--role", "clerk", "--password", "wang-secret-1",
                 "--db", url, "--user", "admin"]) == 2
    assert "--password" in one_line(capsys.readouterr().err)
    assert user_id(demo_sqlite, "wang") is None


def test_a_new_database_gets_its_first_admin_without_a_user(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    act_as(monkeypatch, None)
    monkeypatch.setenv("CARRIER_NEW_PASSWORD", "boss-secret-1")
    assert main(["db", "upgrade", "--db", url]) == 0
    assert main(["users", "add", "li", "--role", "clerk", "--db", url]) == 2
    assert "first user" in one_line(capsys.readouterr().err)
    assert main(["users", "add", "boss", "--role", "admin", "--db", url]) == 0
    assert main(["users", "add", "li", "--role", "clerk", "--db", url]) == 2  # now: who?
    assert "--user NAME" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("CARRIER_PASSWORD", "boss-secret-1")
    assert main(["users", "add", "li", "--role", "clerk", "--db", url, "--user", "boss"]) == 0


def test_demo_on_an_empty_database_needs_no_user_then_does(tmp_path, capsys, monkeypatch):
    url = f"sqlite:///{tmp_path / 'demo.db'}"
    act_as(monkeypatch, None)
    assert main(["demo", "--parcels", "2", "--db", url, "--json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert {u["username"] for u in out["users"]} >= {"admin", "clerk", "dispatcher"}
    assert main(["demo", "--parcels", "1", "--db", url]) == 2
    assert "--user" in one_line(capsys.readouterr().err)
    monkeypatch.setenv("CARRIER_PASSWORD", "clerk-demo")
    time.sleep(1.1)  # demo order refs are per second: two seeds in one second collide
    assert main(["demo", "--parcels", "1", "--db", url, "--user", "clerk", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["users"] == []  # passwords shown once
    from carrier_app.store import open_database
    db = open_database(url)
    try:
        clerk = user_id(db, "clerk")
        with UnitOfWork(db) as uow:
            users = set(uow.session.scalars(select(ScanEvent.user_id)))
            audit = set(uow.session.scalars(select(AuditLog.user_id)))
        assert None not in users and None not in audit
        assert clerk in users
    finally:
        db.dispose()

"""`carrier-app offline status|replay`: support's view of a workstation's offline journal."""

from __future__ import annotations

import json

import pytest
from cli_support import act_as, one_line, one_line_error, run_cli
from scan_support import make_parcels

from carrier_app.cli import main
from carrier_app.demo.seed import seed
from carrier_app.store import UnitOfWork
from carrier_app.store.journal import ScanJournal
from carrier_app.waybill.labels_service import cancel_waybill
from tests.integration.test_offline_scans import closed_port, status
from tests.tcp_proxy import TcpProxy


def test_status_and_replay_of_a_users_waiting_scans(demo_sqlite, actor, tmp_path):
    db = demo_sqlite
    url = str(db.url)
    ok, cancelled, other = make_parcels(db, 3)
    path = tmp_path / "journal.db"
    journal = ScanJournal(path)
    for user, code in (("sorter", ok), ("sorter", cancelled), ("clerk", other)):
        journal.append("receive", code, {}, user_name=user, workstation="ws1",
                       screen="receiving")
    journal.close()
    with UnitOfWork(db) as uow:
        cancel_waybill(uow, actor("supervisor"), cancelled, "merchant cancelled")

    p = run_cli("offline", "status", "--journal", str(path), "--json", db=url)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"waiting": {"clerk": 1, "sorter": 2}, "total": 3}

    p = run_cli("offline", "replay", "--journal", str(path), "--json", db=url, user="sorter")
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert (out["applied"], out["refused"], out["duplicate"], out["waiting"]) == (1, 1, 0, 0)
    [refused] = out["refused_scans"]
    assert refused["code"] == cancelled and "CANCELLED" in refused["reason"]
    assert status(db, ok) == "RECEIVED" and status(db, other) == "CREATED"  # clerk's waits

    p = run_cli("offline", "status", "--journal", str(path), db=url)
    assert p.stdout.splitlines() == ["clerk: 1 scan(s) waiting", "1 scan(s) waiting in all"]


def test_replay_against_an_unreachable_server_and_a_missing_journal_say_so(tmp_path):
    path = tmp_path / "journal.db"
    ScanJournal(path).close()
    down = f"postgresql+psycopg://postgres@127.0.0.1:{closed_port()}/test"
    line = one_line_error(run_cli("offline", "replay", "--journal", str(path), db=down,
                                  user="sorter"))
    assert "cannot be reached" in line
    line = one_line_error(run_cli("offline", "status", "--journal",
                                  str(tmp_path / "none.db"), db=down))
    assert "no offline journal" in line


@pytest.mark.postgres
def test_replay_cut_off_half_way_exits_1_and_keeps_the_rest(pg_schema, monkeypatch, capsys,
                                                            tmp_path):
    """The server goes away after the first scan replayed: that one is applied and gone from
    the journal, the other two wait; exit 1, as when the server cannot be reached."""
    direct = pg_schema.open()
    try:
        seed(direct, parcels=0)
        codes = make_parcels(direct, 3)
        path = tmp_path / "journal.db"
        journal = ScanJournal(path)
        for code in codes:
            journal.append("receive", code, {}, user_name="sorter", workstation="ws1",
                           screen="receiving")
        journal.close()
        proxy = TcpProxy(5432).start()
        remove = ScanJournal.remove

        def remove_then_cut(self: ScanJournal, seq: int) -> None:
            remove(self, seq)
            proxy.stop()  # the network goes once the first scan is in

        monkeypatch.setattr(ScanJournal, "remove", remove_then_cut)
        act_as(monkeypatch, "sorter")
        monkeypatch.setenv("CARRIER_ARGON2_FAST", "1")
        via = (f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/test"
               f"?options=-csearch_path%3D{pg_schema.name}")
        assert main(["offline", "replay", "--journal", str(path), "--db", via]) == 1
        line = one_line(capsys.readouterr().err)
        assert "2 scan(s) still wait in the journal" in line
        assert [status(direct, c) for c in codes] == ["RECEIVED", "CREATED", "CREATED"]
        assert ScanJournal(path).count("sorter") == 2
    finally:
        direct.dispose()


@pytest.mark.postgres
def test_a_scan_command_against_a_server_gone_silent_fails_instead_of_hanging(pg_schema,
                                                                              tmp_path):
    db = pg_schema.open()
    seed(db, parcels=0)
    first, second = make_parcels(db, 2)
    proxy = TcpProxy(5432).start()
    proxy.freeze_on(second.encode())  # it answers the log-in and the first scan, then not
    url = (f"postgresql+psycopg://postgres@127.0.0.1:{proxy.port}/test"
           f"?options=-csearch_path%3D{pg_schema.name}")
    try:
        p = run_cli("scan", "--station", "t", "--event", "RECEIVE", "--location", "571",
                    first, second, db=url, user="supervisor",
                    env={"CARRIER_PG_DEAD_AFTER_S": "3"})  # run_cli gives up after 120 s
        assert p.returncode == 1, p.stdout + p.stderr
        assert "cannot be reached" in p.stdout + p.stderr
        assert status(db, first) == "RECEIVED" and status(db, second) == "CREATED"
    finally:
        proxy.stop()
        db.dispose()


"""The command line on hostile or mistyped input: one line and a non-zero exit, never a
traceback, never a new file, never raw control characters on the terminal."""

from __future__ import annotations

import json

import pytest

from carrier_app.cli import main
from cli_support import act_as, one_line
from delivery_support import create


@pytest.fixture
def url(demo_sqlite, monkeypatch):
    act_as(monkeypatch, "supervisor")
    return str(demo_sqlite.engine.url)


def test_scan_file_in_gb18030_or_latin1(url, tmp_path, capsys):
    [wb] = create_at(url)
    gb = tmp_path / "gb.txt"
    gb.write_bytes(f"{wb}\n张三\n".encode("gb18030"))
    assert main(["scan", "--station", "s", "--event", "HOLD", "--reason", "check",
                 "--file", str(gb), "--db", url, "--json"]) == 1
    rows = json.loads(capsys.readouterr().out)
    assert rows[0]["status"] == "HELD" and rows[1]["code"] == "张三"
    latin = tmp_path / "latin1.txt"
    latin.write_bytes(f"{wb}\n".encode() + "café\n".encode("latin-1"))
    assert main(["scan", "--station", "s", "--event", "RELEASE", "--file", str(latin),
                 "--db", url]) == 2
    assert "not UTF-8 or GB18030" in one_line(capsys.readouterr().err)


@pytest.mark.parametrize("argv,expected", [
    (["statement", "--merchant", "M001", "--from", "0001-01-01", "--to", "9999-12-31"],
     "a date from"),
    (["demo", "--parcels", "99999999999999999999"], "--parcels"),
    (["demo", "--parcels", "-1"], "--parcels"),
    (["track", "AA000000014CN", "--db", "mysql://u@h/x"], "not supported"),
    (["track", "AA000000014CN", "--db", "notaurl"], "not a database URL"),
])
def test_out_of_range_and_bad_urls_are_one_line_exit_2(url, capsys, argv, expected):
    if "--db" not in argv:
        argv = [*argv, "--db", url]
    assert main(argv) == 2
    assert expected in one_line(capsys.readouterr().err)


def test_the_widest_statement_period_works(url, capsys):
    assert main(["statement", "--merchant", "M001", "--from", "1970-01-01", "--to",
                 "9998-12-31", "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["parcels"] == 0


def test_configured_scanner_prefixes_are_stripped(url, capsys, monkeypatch):
    [wb] = create_at(url)
    monkeypatch.setenv("CARRIER_SCAN_PREFIXES", "]C1,]Q1")
    assert main(["scan", "--station", "s", "--event", "HOLD", "--reason", "x", f"]C1{wb}",
                 "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["status"] == "HELD"
    assert main(["track", f"]Q1{wb}", "--db", url]) == 0
    assert capsys.readouterr().out.startswith(f"{wb}  HELD")


@pytest.mark.parametrize("argv", [
    ["track", "AA000000014CN"], ["runs", "list"], ["route-test", "--postcode", "310012"],
    ["rules", "export"],
    ["statement", "--merchant", "M001", "--from", "2026-01-01", "--to", "2026-01-31"],
])
def test_read_only_commands_never_create_a_database(tmp_path, capsys, argv):
    missing = tmp_path / "typo" / "carrier.db"
    assert main([*argv, "--db", f"sqlite:///{missing}"]) == 2
    assert "no database at" in one_line(capsys.readouterr().err)
    assert not missing.exists() and not missing.parent.exists()


def test_a_database_without_schema_is_not_migrated_by_a_read(tmp_path, capsys):
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert main(["track", "AA000000014CN", "--db", f"sqlite:///{empty}"]) == 2
    assert "no schema" in one_line(capsys.readouterr().err)
    import sqlite3
    with sqlite3.connect(empty) as conn:  # nothing was created in it
        assert conn.execute("select count(*) from sqlite_master").fetchone() == (0,)


NASTY = "\x1b]0;pwned\x07\x1b[31m红\x9b2J\x08\x7f"


def test_control_characters_from_imported_data_are_not_echoed(url, capsys):
    [wb] = create_at(url, name=NASTY)
    assert main(["scan", "--station", "s\x1b[2J", "--event", "HOLD", "--reason",
                 "x\x07", wb, "--db", url]) == 0
    assert main(["track", wb, "--db", url]) == 0
    out = capsys.readouterr().out
    assert "]0;pwned[31m红2J" in out  # the text is kept, its control characters dropped
    assert not any(ch in out for ch in "\x1b\x07\x9b\x08\x7f")
    assert main(["track", wb, "--db", url, "--json"]) == 0
    raw = capsys.readouterr().out
    assert not any(ch in raw for ch in "\x1b\x07\x9b\x08\x7f")
    assert json.loads(raw)["recipient_name"] == NASTY  # JSON keeps the data, escaped


def create_at(url: str, **kw):
    from carrier_app.store import open_database

    db = open_database(url)
    try:
        return create(db, 1, **kw)
    finally:
        db.dispose()

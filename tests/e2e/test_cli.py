"""The command line as a script would use it: real processes, real database files."""

from __future__ import annotations

import json

import pytest

from carrier_app.core import s10
from cli_support import one_line_error
from cli_support import run_cli as run


@pytest.fixture
def url(tmp_path):
    return f"sqlite:///{tmp_path / 'cli.db'}"


@pytest.fixture
def demo_url(demo_sqlite):
    """A database with the demo network and users, seeded in this process (the `demo` command
    itself is run in test_upgrade_demo_scan_track)."""
    return str(demo_sqlite.engine.url)


def test_upgrade_demo_scan_track(url, tmp_path):
    assert run("db", "upgrade", db=url).returncode == 0
    p = run("demo", "--parcels", "3", "--json", db=url)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert out["created_network"] and {u["role"] for u in out["users"]} >= {"admin", "clerk"}

    p = run("track", s10.make("AA", 1), "--json", db=url)
    assert p.returncode == 0, p.stderr
    wb = json.loads(p.stdout)["waybill_no"]

    scans = tmp_path / "scans.txt"
    scans.write_text(f"{wb}\n\n", encoding="utf-8")
    p = run("scan", "--station", "cli-test", "--event", "hold", "--location", "571",
            "--reason", "address check", "--file", str(scans), "--json", db=url,
            user="supervisor")
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)[0]["status"] == "HELD"
    p = run("scan", "--station", "cli-test", "--event", "HOLD", "--reason", "again", wb,
            db=url, user="supervisor")
    assert p.returncode == 0 and p.stdout.startswith("duplicate")

    bad = wb[:10] + str((int(wb[10]) + 1) % 10) + wb[11:]
    p = run("scan", "--station", "cli-test", "--event", "RELEASE", wb, bad, "--json", db=url,
            user="supervisor")
    assert p.returncode == 1
    outcome = json.loads(p.stdout)
    assert outcome[0]["status"] != "HELD" and outcome[1]["error"] == "invalid"

    history = json.loads(run("track", wb, "--json", db=url).stdout)
    assert [e["event"] for e in history["events"]][-2:] == ["HOLD", "RELEASE"]
    assert history["events"][-1]["station"] == "cli-test"
    assert {e["user"] for e in history["events"][-2:]} == {"supervisor"}


def test_users_add_reads_the_password_from_stdin(demo_url):
    url = demo_url
    p = run("users", "add", "wang", "--role", "dispatcher", db=url, stdin="secret-pass\n",
            user="admin")
    assert p.returncode == 0, p.stderr
    assert "wang (dispatcher)" in p.stdout
    assert "already exists" in one_line_error(
        run("users", "add", "wang", "--role", "clerk", db=url, stdin="secret-pass\n",
            user="admin"))


@pytest.mark.parametrize("args,expected", [
    (("scan", "--station", "s", "--event", "TELEPORT", "AA000000015CN"), "unknown event"),
    (("scan", "--station", "s", "--event", "SORT", "--file", "/nonexistent"), "cannot read"),
    (("scan", "--station", "s", "--event", "SORT", "--location", "999", "AA000000015CN"),
     "Unknown location"),
    (("track", "AA000000016CN"), "wrong check digit"),
])
def test_bad_input_is_one_line_and_non_zero(demo_url, args, expected):
    assert expected in one_line_error(run(*args, db=demo_url, user="sorter"))


@pytest.mark.parametrize("args", [
    ("runs", "print", "R1", "-o", "{missing}/run.pdf"),
    ("runs", "close", "R1", "-o", "{missing}/close.pdf"),
    ("statement", "--merchant", "M001", "--from", "2026-01-01", "--to", "2026-12-31",
     "--settle", "-o", "{missing}/st.pdf"),
    ("labels", "AA000000015CN", "-o", "{missing}/l.pdf"),
    ("rules", "export", "-o", "{missing}/rules.csv"),
    ("import-orders", "orders.csv", "--merchant", "M001", "--rejects", "{missing}/r.csv"),
    ("rules", "export", "-o", "{tmp}"),
])
def test_an_output_nowhere_to_write_is_refused_before_anything_changes(url, tmp_path, args):
    """Printing a run sheet or settling a statement commits: with nowhere to put the file,
    the command must refuse before it runs, not fail after."""
    args = [a.format(missing=tmp_path / "missing", tmp=tmp_path) for a in args]
    line = one_line_error(run(*args, db=url))
    assert "cannot write" in line and str(tmp_path) in line
    assert not (tmp_path / "cli.db").exists()  # refused before the database was opened


def test_usage_mistakes_and_write_failures_are_one_line(url, demo_url):
    assert "--station" in one_line_error(run("scan", "--event", "SORT", "X", db=url))
    url = demo_url
    assert "No space left" in one_line_error(run("rules", "export", "-o", "/dev/full", db=url))


def test_unreachable_postgresql_is_one_line():
    p = run("track", "AA000000015CN", db="postgresql+psycopg://postgres@127.0.0.1:1/x")
    assert "cannot be reached" in one_line_error(p)


def test_import_orders_reports_rejects_and_is_idempotent(demo_url, tmp_path):
    url = demo_url
    orders = tmp_path / "orders.csv"
    orders.write_bytes("订单号,收件人,电话,地址,邮编,重量\nO1,张三,13812345678,某路 1 号,310012,1\n"
                       "O2,李四,123,某路 2 号,310012,1\n".encode("gb18030"))
    rejects = tmp_path / "rejects.csv"
    p = run("import-orders", str(orders), "--merchant", "M001", "--rejects", str(rejects),
            "--json", db=url, user="clerk")
    assert p.returncode == 3, p.stderr  # partly imported: some rows rejected
    out = json.loads(p.stdout)
    assert (out["encoding"], out["created"], out["rejected"]) == ("gb18030", 1, 1)
    assert out["rejects"][0]["row"] == 3 and "rejects" in str(rejects)
    assert rejects.read_text(encoding="utf-8-sig").splitlines()[1].startswith("3,电话,")
    again = json.loads(run("import-orders", str(orders), "--merchant", "M001", "--json",
                           db=url, user="clerk").stdout)
    assert (again["created"], again["already_present"]) == (0, 1)
    assert "Unknown merchant" in one_line_error(
        run("import-orders", str(orders), "--merchant", "NOPE", db=url, user="clerk"))
    assert "no such file" in one_line_error(
        run("import-orders", str(tmp_path / "missing.csv"), "--merchant", "M001", db=url,
            user="clerk"))

"""`carrier-app problems …` and `carrier-app intercept` as scripts use them, and an intercept
raised by one process stopping the parcel at a sort station running in another (PostgreSQL)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from urllib.parse import quote

import pytest

from carrier_app.core.lifecycle import Event
from cli_support import run_cli
from carrier_app.demo.seed import seed
from carrier_app.store import open_database
from tests.delivery_support import create, move
from tests.hub_support import events_of, status_of


def run(*args: str, db: str, user: str = "supervisor"):
    """The command as the demo `user` at the hub's desk."""
    return run_cli(*args, db=db, user=user,
                   env={"CARRIER_LOCATION": "571", "CARRIER_STATION": "cli-desk"})


def one_line_error(p) -> str:
    assert p.returncode == 1 and "Traceback" not in p.stderr, p.stderr
    (line,) = p.stderr.strip().splitlines()
    return line


@pytest.fixture
def url(tmp_path):
    u = f"sqlite:///{tmp_path / 'cli.db'}"
    db = open_database(u)
    from carrier_app.store.schema import upgrade
    upgrade(db)
    seed(db, parcels=0)
    db.dispose()
    return u


def test_problems_add_list_resolve(url, tmp_path):
    db = open_database(url)
    wb, other = create(db, 2)
    move(db, [wb, other], [Event.PICKUP, Event.RECEIVE], "571")
    p = run("problems", "add", wb, "--reason", "ADDRESS", "--note", "门牌号不存在", "--json",
            db=url)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout) == {"problem": 1, "waybill": wb, "reason": "ADDRESS",
                                    "status": "HELD"}
    p = run("scan", "--station", "hub-2", "--event", "SORT", wb, db=url)
    assert p.returncode == 1
    assert f"{wb}: 问题件 (地址不详) open at 571 — handle it at the exceptions desk" in p.stdout
    (row,) = json.loads(run("problems", "list", "--open", "--json", db=url).stdout)
    assert (row["waybill"], row["reason_zh"], row["overdue"]) == (wb, "地址不详", False)
    label = tmp_path / "label.pdf"
    p = run("problems", "resolve", wb, "--action", "new-address", "--address",
            "上海市徐汇区漕溪北路 1 号", "-o", str(label), "--json", db=url)
    assert p.returncode == 0, p.stderr
    out = json.loads(p.stdout)
    assert (out["closed"], out["status"], out["sort_code"]) == (True, "RECEIVED", "021-08-02")
    assert label.read_bytes().startswith(b"%PDF")
    assert run("problems", "list", "--open", "--json", db=url).stdout.strip() == "[]"

    # Bad input: one line, non-zero.
    line = one_line_error(run("problems", "resolve", wb, "--action", "return", db=url))
    assert line == (f"carrier-app: problem #1 of {wb} is already closed (new-address by "
                    "supervisor); register a new problem if the parcel needs handling again")
    p = run("problems", "add", other, "--reason", "NOPE", db=url)
    assert one_line_error(p).startswith(
        "carrier-app: Reason must be one of ADDRESS 地址不详, UNREACHABLE 电话错误/无人接听, ")
    assert run("problems", "add", other, "--reason", "DAMAGED", db=url).returncode == 0
    assert run("problems", "resolve", other, "--action", "destroy", db=url).returncode == 0
    line = one_line_error(run("problems", "approve", other, db=url))
    assert "needs a second person's approval; supervisor asked for it" in line
    assert status_of(db, other) == "HELD"
    assert run("problems", "approve", other, db=url, user="admin").returncode == 0
    assert status_of(db, other) == "EXCEPTION"
    db.dispose()


def test_intercept_of_a_delivered_parcel_is_refused_from_the_command_line(url):
    db = open_database(url)
    (wb,) = create(db, 1, branch="571-15")
    move(db, [wb], [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
    move(db, [wb], [Event.ARRIVE, Event.DELIVER], "571-15")
    db.dispose()
    line = one_line_error(run("intercept", wb, "--return", db=url))
    assert line == f"carrier-app: {wb} is DELIVERED; it cannot be intercepted"
    p = run("intercept", wb, db=url)
    assert p.returncode == 2 and "--return" in p.stderr


STATION = textwrap.dedent("""
    import json, sys
    from carrier_app.core.roles import Actor, Role
    from carrier_app.sorting.sort_station import SortStation
    from carrier_app.store import open_database
    db = open_database(sys.argv[1], search_path=sys.argv[2])
    station = SortStation(db, Actor(None, "sorter2", Role.SORTER, "hub-021-line-3", "021"))
    print("ready", flush=True)
    for line in sys.stdin:
        r = station.scan(line.strip())
        print(json.dumps({"outcome": r.outcome.value, "alert": r.alert,
                          "message": r.message}, ensure_ascii=False), flush=True)
""")


@pytest.mark.postgres
def test_intercept_raised_in_one_process_stops_the_parcel_in_another(pg_schema):
    db = pg_schema.open()
    try:
        seed(db, parcels=0)
        (wb,) = create(db, 1, branch="021-08")
        move(db, [wb], [Event.PICKUP, Event.RECEIVE, Event.SORT, Event.DEPART], "571")
        # A sort station at hub 021 is up and running before the intercept is raised.
        with subprocess.Popen([sys.executable, "-c", STATION, pg_schema.url, pg_schema.name],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                              env={**os.environ, "PYTHONPATH": os.getcwd()}) as station:
            assert station.stdout.readline().strip() == "ready"
            cs_url = f"{pg_schema.url}?options={quote(f'-csearch_path={pg_schema.name}')}"
            p = run("intercept", wb, "--return", "--note", "商家来电拦截", "--json", db=cs_url)
            assert p.returncode == 0, p.stderr
            assert json.loads(p.stdout)["status"] == "HELD"
            station.stdin.write(wb + "\n")
            station.stdin.flush()
            seen = json.loads(station.stdout.readline())
            station.stdin.close()
            assert station.wait(30) == 0
        assert seen == {"outcome": "held", "alert": "intercept", "message": (
            f"{wb}: 问题件 (商家拦截) open at 571 — handle it at the exceptions desk: "
            "退回 return to sender")}
        assert status_of(db, wb) == "HELD"
        assert [e for e, _ in events_of(db, wb)][-3:] == ["HOLD", "NOTE", "REJECTED"]
    finally:
        db.dispose()

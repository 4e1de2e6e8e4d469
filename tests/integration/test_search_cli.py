"""`carrier-app search TEXT [--json]` (read-only, no user needed) on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from urllib.parse import quote

from sqlalchemy import text

from carrier_app.cli import main
from cli_support import act_as, one_line
from scan_support import make_parcels


def cli_url(db) -> str:
    """A URL the command line opens onto the test's database (a PostgreSQL test lives in a
    schema of its own: named by libpq's options)."""
    url = db.engine.url.render_as_string(hide_password=False)
    if db.engine.dialect.name == "postgresql":
        with db.engine.connect() as conn:
            schema = conn.execute(text("select current_schema()")).scalar_one()
        url += ("&" if "?" in url else "?") + "options=" + quote(f"-csearch_path={schema}")
    return url


def test_search_prints_hits_and_json(demo_db, capsys, monkeypatch):
    act_as(monkeypatch, None)  # a read: nobody needs to log in
    wbs = make_parcels(demo_db, 2)  # 张三, 13812345678
    url = cli_url(demo_db)
    assert main(["search", "5678", "--db", url]) == 0
    out = capsys.readouterr().out.splitlines()
    assert {line.split()[0] for line in out[:-1]} == set(wbs) and out[-1] == "2 parcel(s)"
    assert "138****5678" in out[0] and "13812345678" not in "".join(out)
    assert main(["search", "张三", "--db", url, "--json", "--limit", "1"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["more"] is True and len(data["hits"]) == 1 and data["limit"] == 1
    hit = data["hits"][0]
    assert hit["waybill_no"] in wbs and hit["matched"] == "name" and hit["status"] == "CREATED"
    assert hit["recipient_phone_masked"] == "138****5678" and hit["updated_at"][-6] in "+-"
    assert main(["search", f"{wbs[0]}-1", "--db", url, "--json"]) == 0
    assert [h["waybill_no"] for h in json.loads(capsys.readouterr().out)["hits"]] == [wbs[0]]
    assert main(["search", "9999", "--db", url]) == 0
    assert capsys.readouterr().out.strip() == "no parcel matches '9999'"


def test_search_refusals_are_one_line(demo_db, capsys, monkeypatch):
    act_as(monkeypatch, None)
    url = cli_url(demo_db)
    assert main(["search", "AA000000014CN", "--db", url]) == 1
    assert "no such waybill" in one_line(capsys.readouterr().err)
    assert main(["search", "AA000000015CN", "--db", url]) == 1
    assert "check digit" in one_line(capsys.readouterr().err)
    assert main(["search", "  ", "--db", url]) == 1
    assert "Type what to search for" in one_line(capsys.readouterr().err)

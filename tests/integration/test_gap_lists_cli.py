"""`carrier-app lists`: JSON, text and the -o export of a seeded list, read only (no user),
and bad input as one line."""

from __future__ import annotations

import json
from datetime import timedelta

from carrier_app.cli import main
from carrier_app.core.clock import local_midnight, local_today
from carrier_app.store import open_database
from tests.delivery_support import arrived
from tests.gap_support import backdate


def test_lists_command(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    monkeypatch.delenv("CARRIER_USER", raising=False)
    url = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["demo", "--db", url, "--parcels", "0"]) == 0
    db = open_database(url)
    try:
        (wb,) = arrived(db, 1, branch="571-15")
        backdate(db, [wb], local_midnight(local_today()) - timedelta(hours=3))
    finally:
        db.dispose()
    capsys.readouterr()

    assert main(["lists", "overnight", "--db", url, "--location", "571", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["total"] == 1 and data["counts"] == {"571-15": 1} and data["hours"] is None
    (row,) = data["rows"]
    assert row["waybill"] == wb and row["status"] == "ARRIVED" and row["location"] == "571-15"
    assert row["since"].endswith("+08:00") and row["recipient"] == "张* 138****5678"

    out = tmp_path / "o.xlsx"
    assert main(["lists", "overnight", "--db", url, "-o", str(out)]) == 0
    text = capsys.readouterr().out
    assert text.startswith("overnight at all: 1 parcel(s)") and wb in text
    from openpyxl import load_workbook
    assert load_workbook(out)["List"]["A3"].value == wb

    assert main(["lists", "not-departed", "--db", url, "--hours", "0", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["total"] == 0

    assert main(["lists", "lost", "--db", url]) == 2
    assert "invalid choice: 'lost'" in capsys.readouterr().err
    assert main(["lists", "no-arrival", "--db", url, "--hours", "-3"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("carrier-app: Hours must be from 0") and err.count("\n") == 1
    assert main(["lists", "overnight", "--db", url, "--location", "999"]) == 1
    assert "Unknown location '999'" in capsys.readouterr().err
    assert main(["lists", "overnight", "--db", url, "-o", str(tmp_path / "o.pdf")]) == 2
    assert "name a .csv or .xlsx file" in capsys.readouterr().err

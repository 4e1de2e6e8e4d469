"""`carrier-app bill --merchant M --month YYYY-MM [--issue] [-o FILE] [--json]` and
`statement --net-bill`, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from openpyxl import load_workbook

from carrier_app.cli import main
from carrier_app.dispatch.common import today
from cli_support import act_as, one_line
from delivery_support import pdf_text_and_codes
from tests.integration.test_billing import PARCELS, _make
from tests.integration.test_search_cli import cli_url


@pytest.fixture(autouse=True)
def _shanghai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")


def _json(capsys) -> dict:
    return json.loads(capsys.readouterr().out)


def test_bill_preview_issue_reprint_and_net(demo_db, capsys, monkeypatch, tmp_path):
    wbs = _make(demo_db, PARCELS[:5])
    url = cli_url(demo_db)
    act_as(monkeypatch, None)  # a preview is a read
    args = ["bill", "--merchant", "M002", "--month", "2026-10", "--db", url]
    assert main([*args, "--json"]) == 0
    preview = _json(capsys)
    assert preview["bill"] is None and preview["parcels"] == 5 and preview["total"] == "139.60"
    assert main([*args, "--issue"]) != 0  # issuing changes data: a user is needed
    one_line(capsys.readouterr().err)

    act_as(monkeypatch, "finance")
    pdf = tmp_path / "bill.pdf"
    assert main([*args, "--issue", "--json", "-o", str(pdf)]) == 0
    issued = _json(capsys)
    assert issued["bill"] == "BLM002-202610" and issued["total"] == "139.60"
    text, codes = pdf_text_and_codes(pdf.read_bytes())
    assert codes == ["BLM002-202610"] and all(wb in text for wb in wbs) and "139.60" in text
    xlsx = tmp_path / "bill.xlsx"
    assert main([*args, "--issue", "--json", "-o", str(xlsx)]) == 0  # again: the same bill
    assert _json(capsys) == issued
    ws = load_workbook(xlsx).active
    assert ws.max_row == 2 + 5 + 1 and str(ws.cell(ws.max_row, 10).value) == "139.6"

    d = f"{today():%Y-%m-%d}"
    st = ["statement", "--merchant", "M002", "--from", d, "--to", d, "--db", url]
    assert main([*st, "--net-bill", "BLM002-202610", "--settle", "--json"]) == 0
    out = _json(capsys)
    assert (out["bill_total"], out["net"]) == ("139.60", "-139.60")
    assert main([*st, "--net-bill", "BLM002-202610", "--settle"]) != 0
    assert "netted" in one_line(capsys.readouterr().err)
    assert main([*args, "--json"]) == 0
    assert _json(capsys)["netted_on"] == out["statement"]


@pytest.mark.parametrize("month", ["2026-13", "10-2026", "2026/10"])
def test_bill_refuses_a_bad_month_in_one_line(demo_db, capsys, monkeypatch, month):
    act_as(monkeypatch, None)
    url = cli_url(demo_db)
    assert main(["bill", "--merchant", "M002", "--month", month, "--db", url]) != 0
    assert month in one_line(capsys.readouterr().err)
    assert main(["bill", "--merchant", "M002", "--month", "2026-10", "-o",
                 str(today() - timedelta(days=1)) + ".txt", "--db", url]) != 0
    assert ".pdf" in one_line(capsys.readouterr().err)

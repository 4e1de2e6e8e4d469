"""`carrier-app runs …` and `carrier-app statement …` over the same services."""

from __future__ import annotations

import json

from carrier_app.cli import main
from carrier_app.delivery import pod as D
from carrier_app.dispatch.runs import run_sheet
from carrier_app.store import UnitOfWork
from delivery_support import dispatcher, out_for_delivery, strokes


def test_runs_and_statement_cli(demo_sqlite, tmp_path, capsys, monkeypatch):
    url = str(demo_sqlite.engine.url)
    monkeypatch.setenv("CARRIER_PASSWORD", "dispatcher-demo")
    (wb,), run_id = out_for_delivery(demo_sqlite, 1, cod="12.00")
    with UnitOfWork(demo_sqlite) as uow:
        run_no = run_sheet(uow, dispatcher(), run_id).run_no
    assert main(["runs", "list", "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)[0]["run"] == run_no
    # a parcel unaccounted for
    assert main(["runs", "close", run_no, "--db", url, "--user", "dispatcher"]) == 1
    assert "not accounted for" in capsys.readouterr().err
    with UnitOfWork(demo_sqlite) as uow:
        D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                     payment_method="cash"))
    out = tmp_path / "close.pdf"
    assert main(["runs", "close", run_no, "--db", url, "-o", str(out), "--json",
                 "--user", "dispatcher"]) == 0
    assert json.loads(capsys.readouterr().out)["delivered"] == [wb]
    assert out.read_bytes().startswith(b"%PDF")
    assert main(["statement", "--merchant", "M001", "--from", "2020-01-01", "--to",
                 "2099-12-31", "--db", url, "-o", str(tmp_path / "x.doc")]) == 2
    assert main(["statement", "--merchant", "M001", "--from", "2020-01-01", "--to",
                 "2099-12-31", "--db", url, "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["pending_cashup"] == [wb]

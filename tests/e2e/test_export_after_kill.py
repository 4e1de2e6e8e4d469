"""Killed between the commit and the file (issue 11 item 2): `runs close` and
`statement --settle` are SIGKILLed right after their commit, before their file is written;
the run is closed and the statement settled, no file (or partial file) is left, and the
close-out summary and the statement can be produced again, with the same content."""

from __future__ import annotations

import csv
import io
import os
import signal
import subprocess
import sys
from datetime import date

from carrier_app.cli import main
from carrier_app.delivery import pod as D
from carrier_app.demo.seed import seed
from carrier_app.dispatch.runs import run_sheet
from carrier_app.finance import cashup as C
from carrier_app.finance import settlement as S
from carrier_app.finance.export import to_csv
from carrier_app.store import UnitOfWork, open_database
from carrier_app.store.schema import upgrade
from cli_support import act_as
from delivery_support import dispatcher, finance, out_for_delivery, pdf_text_and_codes, strokes

CLI = "import sys; from carrier_app.cli import main; sys.exit(main(sys.argv[1:]))"


def killed_at(point: str, user: str, *args: str) -> None:
    """Run the CLI as the demo `user` until it says it holds at `point` (after its commit),
    then SIGKILL it."""
    env = {**os.environ, "CARRIER_TEST_HOLD": point, "CARRIER_USER": user,
           "CARRIER_PASSWORD": f"{user}-demo"}
    proc = subprocess.Popen([sys.executable, "-c", CLI, *args], env=env,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert proc.stderr is not None
    line = proc.stderr.readline()
    assert line.strip() == f"holding at {point}", line + proc.stderr.read()
    os.kill(proc.pid, signal.SIGKILL)
    assert proc.wait(timeout=30) == -signal.SIGKILL
    proc.stderr.close()


def test_close_out_and_statement_can_be_written_again_after_kill_9(tmp_path, monkeypatch,
                                                                    capsys):
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    act_as(monkeypatch, None)
    url = f"sqlite:///{tmp_path / 'kill.db'}"
    db = open_database(url)
    upgrade(db)
    seed(db, parcels=0)
    wbs, run_id = out_for_delivery(db, 2, cod="12.34")
    for wb in wbs:
        with UnitOfWork(db) as uow:
            D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                         payment_method="cash"))
    with UnitOfWork(db) as uow:
        run_no = run_sheet(uow, dispatcher(), run_id).run_no
    docs = tmp_path / "docs"
    docs.mkdir()

    # the run: closed in the database, killed before its summary was written
    killed_at("run-closed", "dispatcher", "runs", "close", run_no, "-o", str(docs / "close.pdf"),
              "--db", url)
    with UnitOfWork(db) as uow:
        assert run_sheet(uow, dispatcher(), run_id).status == "CLOSED"
    assert os.listdir(docs) == []
    act_as(monkeypatch, "dispatcher")
    assert main(["runs", "close", run_no, "--db", url]) == 1      # cannot close it twice
    assert "already closed" in capsys.readouterr().err
    assert main(["runs", "close-out", run_no, "-o", str(docs / "again.pdf"), "--db", url]) == 0
    text, codes = pdf_text_and_codes((docs / "again.pdf").read_bytes())
    assert run_no in text and set(wbs) <= set(text.split()) and "24.68" in text
    assert "+08:00" in text   # the closing time, local with its offset

    # the statement: settled, killed before its file was written
    with UnitOfWork(db) as uow:
        cu = C.open_cashup(uow, finance(), "C5711501")
    with UnitOfWork(db) as uow:
        C.declare(uow, finance(), cu.id, {"cash": "24.68"})
    period = ["--merchant", "M001", "--from", "2020-01-01", "--to", "2099-12-31"]
    with UnitOfWork(db) as uow:
        st = S.preview(uow, finance(), "M001", date(2020, 1, 1), date(2099, 12, 31))
    preview = list(csv.reader(io.StringIO(to_csv(st).decode("utf-8-sig"))))
    killed_at("statement-written", "finance", "statement", *period, "--settle", "-o",
              str(docs / "st.csv"), "--db", url)
    assert sorted(os.listdir(docs)) == ["again.pdf"]
    with UnitOfWork(db) as uow:
        [(number, *_)] = S.statements(uow, finance())
    capsys.readouterr()
    act_as(monkeypatch, "finance")
    assert main(["statement", *period, "--settle", "--db", url]) == 1   # nothing left to settle
    assert main(["statement", "--number", number, "-o", str(docs / "st.csv"), "--db", url]) == 0
    again = list(csv.reader(io.StringIO((docs / "st.csv").read_text(encoding="utf-8-sig"))))
    assert again[1:] == preview[1:] and len(again) == 2 + 2 + 1
    assert again[0][0] == f"结算单 Statement {number}"
    assert main(["statement", "--number", number, "-o", str(docs / "st.pdf"), "--db", url]) == 0
    text, codes = pdf_text_and_codes((docs / "st.pdf").read_bytes())
    assert number in codes and "24.68" in text
    assert main(["statement", "--number", number, "--merchant", "M001", "--db", url]) == 2
    db.dispose()

"""`carrier-app labels` and `carrier-app cancel` as a script runs them: real processes."""

from __future__ import annotations

import json

import pytest

from carrier_app.demo.seed import seed
from cli_support import one_line_error, run_cli
from label_support import decode_pages


def run(*args: str, db: str):
    """As a clerk (a reprint and a cancel are recorded under the acting user)."""
    return run_cli(*args, db=db, user="clerk")


@pytest.fixture
def url(demo_sqlite):
    seed(demo_sqlite, parcels=4)  # as `carrier-app demo --parcels 4`
    return str(demo_sqlite.engine.url)


def waybills(url, status="CREATED"):
    from sqlalchemy import create_engine, text
    eng = create_engine(url)
    with eng.connect() as c:
        rows = [r[0] for r in c.execute(text(
            "select waybill_no from parcels where status = :s and pieces = 1 order by id"),
            {"s": status})]
    eng.dispose()
    return rows


def test_labels_pdf_zpl_cancel(url, tmp_path):
    wb = waybills(url)[0]
    out = tmp_path / "labels.pdf"
    p = run("labels", wb, "-o", str(out), "--size", "100x180", "--json", db=url)
    assert p.returncode == 0, p.stderr
    info = json.loads(p.stdout)
    assert info["labels"] == 1 and info["waybills"] == [wb]
    [page] = decode_pages(out.read_bytes())
    assert page.code128 == [wb, wb] and page.qr == [wb]  # label + stub

    zpl = tmp_path / "labels.zpl"
    p = run("labels", wb, "-o", str(zpl), "--zpl", "--reprint", db=url)
    assert p.returncode == 0, p.stderr
    assert zpl.read_text().count("^XA") == 1 and f"^FD{wb}^FS" in zpl.read_text()
    assert zpl.read_text().isascii()
    p = run("labels", wb, "-o", str(zpl), "--zpl", "--zpl-font", "E:SIMSUN.TTF", db=url)
    assert p.returncode == 0, p.stderr
    assert "^A@N," in zpl.read_text(encoding="utf-8")

    assert "reason" in one_line_error(run("cancel", wb, "--reason", " ", db=url))
    p = run("cancel", wb, "--reason", "customer changed mind", "--json", db=url)
    assert p.returncode == 0, p.stderr
    assert json.loads(p.stdout)["status"] == "CANCELLED"
    assert "CANCELLED" in one_line_error(run("labels", wb, "-o", str(out), "--reprint", db=url))

    p = run("track", wb, "--json", db=url)
    assert [e["event"] for e in json.loads(p.stdout)["events"]][-2:] == ["REPRINT", "CANCEL"]


def test_bad_input_is_one_line(url, tmp_path):
    out = str(tmp_path / "x.pdf")
    assert one_line_error(run("labels", "-o", out, db=url))
    assert one_line_error(run("labels", "AA000000001CN", "--batch", "1", "-o", out, db=url))
    assert "check digit" in one_line_error(run("labels", "AA000000002CN", "-o", out, db=url))
    assert "batch" in one_line_error(run("labels", "--batch", "99", "-o", out, db=url))
    assert one_line_error(run("labels", waybills(url)[0], "-o",
                              str(tmp_path / "no" / "x.pdf"), db=url))
    p = run("labels", "AA000000001CN", "-o", out, "--size", "A4", db=url)
    assert p.returncode == 2

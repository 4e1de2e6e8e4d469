"""`carrier-app dashboard --json` and `carrier-app report day -o OUT.pdf|.xlsx` as scripts use
them (read-only: no user), on a seeded day (tests/day_support.py)."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from carrier_app.store import Database
from tests.cli_support import one_line, run_cli
from tests.day_support import TZ, Clock, seed_day

GOLDEN = Path(__file__).parents[1] / "integration" / "data" / "day_figures_golden.json"


def run(*args: str, db: Path) -> subprocess.CompletedProcess[str]:
    return run_cli(*args, db=f"sqlite:///{db}",
                   env={"CARRIER_TZ": TZ, "CARRIER_LOCATION": "571-15"})


@pytest.fixture
def seeded(demo_sqlite: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CARRIER_TZ", TZ)
    seed_day(demo_sqlite, Clock(monkeypatch))
    demo_sqlite.dispose()
    return tmp_path / "carrier.db"


def test_dashboard_json_is_the_days_figures(seeded: Path) -> None:
    p = run("dashboard", "--date", "2026-03-10", "--json", db=seeded)
    assert p.returncode == 0, p.stderr
    got = json.loads(p.stdout)
    golden = json.loads(GOLDEN.read_text(encoding="utf-8"))
    week = got.pop("week")
    assert got == golden["571-15"]  # the workstation's location by default
    # received at the hub, not at the branch; delivered (2 of 3 first attempts) at the branch
    assert [d["volume"] for d in week] == [0] * 7
    assert [d["first_attempt_rate"] for d in week] == [None] * 6 + [0.6667]
    p = run("dashboard", "--date", "2026-03-10", "--location", "*", "--json", db=seeded)
    assert {k: v for k, v in json.loads(p.stdout).items() if k != "week"} == golden["*"]


def test_report_day_pdf_and_xlsx(seeded: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    from tests.delivery_support import pdf_text_and_codes

    pdf, xlsx = tmp_path / "day.pdf", tmp_path / "day.xlsx"
    for out in (pdf, xlsx):
        p = run("report", "day", "--date", "2026-03-10", "--location", "571", "-o", str(out),
                db=seeded)
        assert p.returncode == 0, p.stderr
    import pypdfium2 as pdfium

    from tests.conftest import SCREENSHOTS

    doc = pdfium.PdfDocument(pdf.read_bytes())
    assert len(doc) >= 1 and round(doc[0].get_size()[0]) == 595  # A4
    doc[0].render(scale=1.5).to_pil().save(SCREENSHOTS / "day_report_page1.png")
    doc.close()
    text, _ = pdf_text_and_codes(pdf.read_bytes())
    for expected in ("日报 Day report", "2026-03-10", "留仓 Stranded at close: 2",
                     "¥88.50", "¥80.00", "C5711501", "张伟", "地址不详", "-8.50", "66.7%"):
        assert expected in text, expected
    rows = [[c for c in r if c is not None] for r in
            load_workbook(xlsx).active.iter_rows(values_only=True)]
    assert ["收件 Received", 5] in rows and ["签收 Delivered", 2] in rows
    assert ["C5711501", "张伟", 2, 1, 88.5] in rows
    assert ["2026-03-10", 5, "66.7%"] in rows


def test_future_date_and_bad_output_are_refused(seeded: Path, tmp_path: Path) -> None:
    future = (date.today() + timedelta(days=3)).isoformat()
    p = run("report", "day", "--date", future, "-o", str(tmp_path / "x.pdf"), db=seeded)
    assert p.returncode == 1 and "future" in one_line(p.stderr)
    assert not (tmp_path / "x.pdf").exists()
    p = run("dashboard", "--date", future, "--json", db=seeded)
    assert p.returncode == 1 and "future" in one_line(p.stderr)
    p = run("report", "day", "-o", str(tmp_path / "x.csv"), db=seeded)
    assert p.returncode == 2 and ".pdf or .xlsx" in one_line(p.stderr)

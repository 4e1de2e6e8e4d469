"""The dashboard's parcel list as CSV: times in the depot's zone, every cell safe to open
(CWE-1236)."""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

from carrier_app.reports.figures import StageParcel, StageParcels
from carrier_app.ui.widgets.parcel_list_dialog import CSV_HEADER, to_csv


def test_csv_rows_local_times_and_formula_cells_defused(monkeypatch) -> None:
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")
    rows = [StageParcel("AA000000014CN", "DELIVERED", datetime(2026, 3, 10, 5, 30, tzinfo=UTC),
                        "=HYPERLINK(\"x\")", "C5711501", "571-15")]
    data = to_csv("派件", StageParcels(date(2026, 3, 10), "571-15", "delivered", None, None,
                                       rows, 2000, False))
    assert data.startswith("\ufeff".encode())
    got = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert got[0] == ["派件", "2026-03-10", "571-15"]
    assert got[1] == CSV_HEADER
    assert got[2] == ["AA000000014CN", "DELIVERED", "2026-03-10 13:30:00",
                      "'=HYPERLINK(\"x\")", "C5711501", "571-15"]

"""A gap list as CSV (UTF-8 with BOM, so Excel in a Chinese locale opens it right) or XLSX.

Times are the depot's local time in ISO 8601 with the offset (core/clock.py); ages are
numbers; every text cell goes through core/cells.py (CWE-1236), as finance/export.py does.
The caller writes the bytes with core.files.write_atomic."""

from __future__ import annotations

import csv
import io

from carrier_app.core.cells import safe_row
from carrier_app.core.clock import local_iso, zone_name
from carrier_app.reports.lists import TITLE_ZH, GapList, GapListName

HEADER = ["运单号 Waybill", "状态 Status", "位置 Where", "起始 Since", "时长(小时) Age h",
          "快递员 Courier", "派件单 Run", "日期 Due", "逾期 Overdue", "收件人 Recipient"]


def title(g: GapList) -> list[object]:
    hours = f"> {g.hours} h" if g.hours is not None else ""
    return safe_row([f"{TITLE_ZH[GapListName(g.name)]} {g.name}", f"位置 Location {g.location}",
                     hours, f"截至 As of {local_iso(g.as_of)}", f"时区 Time zone {zone_name()}",
                     f"合计 Total {g.total}"])


def rows(g: GapList) -> list[list[object]]:
    """Body rows, already neutralised; the age a number."""
    return [safe_row([r.waybill_no, r.status, r.location, local_iso(r.since), r.age_hours,
                      r.courier, r.run_no, r.due.isoformat() if r.due else "",
                      "Y" if r.overdue else "", r.recipient]) for r in g.rows]


def count_rows(g: GapList) -> list[list[object]]:
    return [safe_row([loc, n]) for loc, n in g.counts] + [safe_row(["合计 Total", g.total])]


def to_csv(g: GapList) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(title(g))
    w.writerow(HEADER)
    w.writerows(rows(g))
    w.writerow([])
    w.writerow(["位置 Where", "件数 Count"])
    w.writerows(count_rows(g))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(g: GapList) -> bytes:
    """Two sheets: the rows (List) and the counts per place (Counts)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    assert ws is not None
    ws.title = "List"
    ws.append(title(g))
    ws.append(HEADER)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in rows(g):
        ws.append(r)
        ws.cell(ws.max_row, 5).number_format = "0.0"
    for col, width in zip("ABCDEFGHIJ", (16, 18, 10, 26, 10, 12, 20, 12, 8, 22), strict=True):
        ws.column_dimensions[col].width = width
    cs = wb.create_sheet("Counts")
    cs.append(["位置 Where", "件数 Count"])
    for r in count_rows(g):
        cs.append(r)
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

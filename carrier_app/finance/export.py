"""A statement as CSV (UTF-8 with BOM, so Excel in a Chinese locale opens it right) or XLSX.

Times are the depot's local time in ISO 8601 with the offset (core/clock.py); amounts are
numbers (Decimal, two places); every text cell goes through core/cells.py (CWE-1236), so a
merchant's order ref `=HYPERLINK(…)` arrives as text `'=HYPERLINK(…)`."""

from __future__ import annotations

import csv
import io
from decimal import Decimal

from carrier_app.core.cells import safe_row
from carrier_app.core.clock import local_iso, zone_name
from carrier_app.core.money import CENT
from carrier_app.finance.settlement import Statement

HEADER = ["运单号 Waybill", "订单号 Order ref", "类型 Kind", "签收时间 Delivered",
          "代收货款 COD", "运费 Fee", "净额 Net"]
KIND = {"delivered": "已签收 delivered", "returned": "已退回 returned"}


def _amounts(*values: Decimal) -> list[object]:
    return [v.quantize(CENT) for v in values]


def rows(st: Statement) -> list[list[object]]:
    """Body and total rows, already neutralised; amounts as Decimal."""
    out: list[list[object]] = [
        safe_row([x.waybill_no, x.order_ref, KIND[x.kind], local_iso(x.delivered_at),
                  *_amounts(x.cod, x.fee, x.net)]) for x in st.lines]
    out.append(safe_row(["合计 Total", "", len(st.lines), "",
                         *_amounts(st.cod_total, st.fee_total, st.net_total)]))
    return out


def title(st: Statement) -> list[object]:
    return safe_row([f"结算单 Statement {st.statement_no or '(preview)'}", st.merchant_code,
                     st.merchant_name, f"{st.period_from} – {st.period_to}",
                     f"时区 Time zone {zone_name()}"])


def to_csv(st: Statement) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(title(st))
    w.writerow(HEADER)
    w.writerows(rows(st))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(st: Statement) -> bytes:
    """Amounts as numbers with two decimals (exact: written from Decimal)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = "Statement"
    ws.append(title(st))
    ws.append(HEADER)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in rows(st):
        ws.append(r)
        for cell in ws[ws.max_row][4:]:
            cell.number_format = "0.00"
    for col, width in zip("ABCDEFG", (16, 18, 18, 26, 12, 10, 12), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

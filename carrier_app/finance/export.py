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
                         *_amounts(st.cod_total, st.fee_total, st.cod_total - st.fee_total)]))
    for bill_no, amount in st.bills:  # freight bills netted off (finance/billing)
        out.append(safe_row([f"月结账单 Bill {bill_no}", "", "抵扣 netted", "", "", "",
                             *_amounts(-amount)]))
    if st.bills:
        out.append(safe_row(["净额 Net", "", "", "", "", "", *_amounts(st.net_total)]))
    return out


def title(st: Statement) -> list[object]:
    return safe_row([f"结算单 Statement {st.statement_no or '(preview)'}", st.merchant_code,
                     st.merchant_name, f"{st.period_from} – {st.period_to}",
                     f"时区 Time zone {zone_name()}"])


def to_csv(st: Statement) -> bytes:
    return csv_bytes(title(st), HEADER, rows(st))


def to_xlsx(st: Statement) -> bytes:
    return xlsx_bytes("Statement", title(st), HEADER, rows(st), 4, (16, 18, 18, 26, 12, 10, 12))


def csv_bytes(title_row: list[object], header: list[str], body: list[list[object]]) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(title_row)
    w.writerow(header)
    w.writerows(body)
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def xlsx_bytes(sheet: str, title_row: list[object], header: list[str],
               body: list[list[object]], money_from: int, widths: tuple[int, ...]) -> bytes:
    """Amounts (columns from `money_from` on) as numbers with two decimals (exact: written
    from Decimal)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter

    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.append(title_row)
    ws.append(header)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in body:
        ws.append(r)
        for cell in ws[ws.max_row][money_from:]:
            cell.number_format = "0.00"
    for i, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(i)].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

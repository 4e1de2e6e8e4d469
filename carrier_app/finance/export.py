"""A statement as CSV (UTF-8 with BOM, so Excel in a Chinese locale opens it right) or XLSX."""

from __future__ import annotations

import csv
import io

from carrier_app.finance.settlement import Statement

HEADER = ["运单号 Waybill", "订单号 Order ref", "类型 Kind", "签收时间 Delivered (UTC)",
          "代收货款 COD", "运费 Fee", "净额 Net"]
KIND = {"delivered": "已签收 delivered", "returned": "已退回 returned"}


def rows(st: Statement) -> list[list[str]]:
    out = [[x.waybill_no, x.order_ref, KIND[x.kind], x.delivered_at.strftime("%Y-%m-%d %H:%M"),
            f"{x.cod:.2f}", f"{x.fee:.2f}", f"{x.net:.2f}"] for x in st.lines]
    out.append(["合计 Total", "", f"{len(st.lines)}", "", f"{st.cod_total:.2f}",
                f"{st.fee_total:.2f}", f"{st.net_total:.2f}"])
    return out


def title(st: Statement) -> list[str]:
    return [f"结算单 Statement {st.statement_no or '(preview)'}", st.merchant_code,
            st.merchant_name, f"{st.period_from} – {st.period_to}"]


def to_csv(st: Statement) -> bytes:
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(title(st))
    w.writerow(HEADER)
    w.writerows(rows(st))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


def to_xlsx(st: Statement) -> bytes:
    """Amounts as numbers with two decimals (exact: written from Decimal strings)."""
    from decimal import Decimal

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
        ws.append(r[:4] + [Decimal(v) for v in r[4:]])
        for cell in ws[ws.max_row][4:]:
            cell.number_format = "0.00"
    for col, width in zip("ABCDEFG", (16, 18, 18, 20, 12, 10, 12), strict=True):
        ws.column_dimensions[col].width = width
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()

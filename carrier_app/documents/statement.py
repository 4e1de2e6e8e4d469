"""结算单 Merchant statement and the run close-out summary (派件单结算 Close-out): A4 tables
with bilingual headings and totals that add up to the fen (Decimal throughout)."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.core.clock import local_text, zone_name
from carrier_app.core.delivery_codes import REASON_ZH
from carrier_app.documents.inputs import CloseOut, Statement
from carrier_app.documents.pdfkit import (
    Cell, code128_width, draw_cells, draw_code128, register_fonts, row_height,
)

MARGIN = 15 * mm
LINE = 6 * mm
MODULE = 0.3 * mm


class _Table:
    """Rows of cells at fixed column x offsets; right-aligned columns for amounts;
    a new page (with the heading repeated) when the page is full."""

    def __init__(self, c: Canvas, font: str, columns: Sequence[tuple[str, float, bool]],
                 title: str) -> None:
        self.c, self.font, self.columns, self.title = c, font, columns, title
        self.y = 0.0
        self.page = 0

    def start(self, y: float) -> None:
        self.y = y
        self._heads()

    def _heads(self) -> None:
        self.c.setFont(self.font, 8.5)
        x = MARGIN
        for heading, w, right in self.columns:
            if right:
                self.c.drawRightString(x + w * mm - 1 * mm, self.y - 4 * mm, heading)
            else:
                self.c.drawString(x + 1 * mm, self.y - 4 * mm, heading)
            x += w * mm
        self.c.setLineWidth(0.6)
        self.c.line(MARGIN, self.y - LINE, A4[0] - MARGIN, self.y - LINE)
        self.y -= LINE

    def row(self, cells_text: Sequence[str], *, bold_line: bool = False) -> None:
        cells, x = [], MARGIN
        for (_, w, right), cell in zip(self.columns, cells_text, strict=True):
            cells.append(Cell(x, w * mm, cell, right))
            x += w * mm
        height = row_height(cells, self.font, 9, pad=1 * mm, min_height=LINE)
        if self.y - height < MARGIN + 10 * mm:
            self.c.showPage()
            self.c.setFont(self.font, 10)
            self.c.drawString(MARGIN, A4[1] - MARGIN - 5 * mm, self.title + "（续 continued）")
            self.y = A4[1] - MARGIN - 10 * mm
            self._heads()
        if bold_line:
            self.c.setLineWidth(0.8)
            self.c.line(MARGIN, self.y, A4[0] - MARGIN, self.y)
        self.y -= draw_cells(self.c, self.font, 9, self.y, cells, pad=1 * mm, min_height=LINE)


def heading(c: Canvas, font: str, title: str, number: str | None, info: Sequence[str]) -> float:
    """An A4 document's title, its number as Code 128 top right (once it has one) and the
    lines of `info` below; returns where the table may start."""
    top = A4[1] - MARGIN
    c.setFont(font, 20)
    c.drawString(MARGIN, top - 8 * mm, title)
    if number:
        bw = code128_width(number, MODULE)
        draw_code128(c, A4[0] - MARGIN - bw - 3 * mm, top - 14 * mm, number,
                     module=MODULE, height=11 * mm)
    c.setFont(font, 10)
    for i, text in enumerate(info):
        c.drawString(MARGIN, top - 20 * mm - i * 5.5 * mm, text)
    return top - 22 * mm - len(info) * 5.5 * mm


def render_statement(st: Statement) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    number = st.statement_no or "预览 PREVIEW"
    c.setTitle(f"结算单 Statement {number}")
    heading(c, font, "结算单 Statement", st.statement_no, [
        f"结算单号 Statement no.: {number}",
        f"商家 Merchant: {st.merchant_code} {st.merchant_name}",
        f"结算期间 Period: {st.period_from:%Y-%m-%d} – {st.period_to:%Y-%m-%d}",
        f"收款账户 Account: {st.settlement_account or '—'}",
        f"时区 Time zone: {zone_name()}"
        + (f"    结算时间 Settled: {local_text(st.created_at, offset=True)}"
           if st.created_at else "")])
    table = _Table(c, font, [("运单号 Waybill", 34, False), ("订单号 Order", 38, False),
                             ("类型 Kind", 24, False), ("签收 Delivered", 30, False),
                             ("代收货款 COD", 18, True), ("运费 Fee", 18, True),
                             ("净额 Net", 18, True)], f"结算单 Statement {number}")
    table.start(A4[1] - MARGIN - 50 * mm)
    kinds = {"delivered": "签收 delivered", "returned": "退回 returned"}
    for x in st.lines:
        table.row([x.waybill_no, x.order_ref, kinds[x.kind],
                   local_text(x.delivered_at), f"{x.cod:,.2f}",
                   f"{x.fee:,.2f}", f"{x.net:,.2f}"])
    table.row([f"合计 Total ({len(st.lines)})", "", "", "", f"{st.cod_total:,.2f}",
               f"{st.fee_total:,.2f}", f"{st.cod_total - st.fee_total:,.2f}"], bold_line=True)
    for bill_no, amount in st.bills:
        table.row([f"月结账单 Bill {bill_no}", "", "抵扣 netted", "", "", "",
                   f"-{amount:,.2f}"])
    if st.bills:
        table.row(["净额 Net", "", "", "", "", "", f"{st.net_total:,.2f}"], bold_line=True)
    table.y -= 4 * mm
    c.setFont(font, 11)
    due = (f"应付商家 Net payable to merchant: ¥{st.net_total:,.2f}" if st.net_total >= 0 else
           f"商家应付 Net receivable from merchant: ¥{-st.net_total:,.2f}")
    for text in (f"签收 Delivered: {st.delivered_count}    退回 Returned: {st.returned_count}",
                 due):
        table.row(["", "", "", "", "", "", ""])
        c.setFont(font, 11)
        c.drawString(MARGIN, table.y + 1.5 * mm, text)
    if st.pending:
        table.row(["", "", "", "", "", "", ""])
        c.setFont(font, 9)
        c.drawString(MARGIN, table.y + 1.5 * mm,
                     f"待对账 Awaiting courier cash-up (not included): {len(st.pending)}")
    c.showPage()
    c.save()
    return buf.getvalue()


def render_close_out(out: CloseOut) -> bytes:
    """The close-out summary printed when a run closes."""
    font = register_fonts()
    sheet = out.sheet
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    c.setTitle(f"派件单结算 Close-out {sheet.run_no}")
    top = A4[1] - MARGIN
    c.setFont(font, 18)
    c.drawString(MARGIN, top - 8 * mm, "派件单结算 Run close-out")
    c.setFont(font, 10)
    info = [f"派件单号 Run: {sheet.run_no}    日期 Date: {sheet.run_date:%Y-%m-%d}",
            f"快递员 Courier: {sheet.courier_code} {sheet.courier_name}    "
            f"网点 Branch: {sheet.branch_code}",
            f"签收 Delivered: {len(out.delivered)}    失败 Failed: {len(out.failed)}    "
            f"未派 Not attempted: {len(out.not_attempted)}    退回 Returning: {len(out.returns)}",
            f"已收代收货款 COD collected: ¥{out.cod_collected:,.2f}",
            f"结束时间 Closed: {local_text(sheet.closed_at, offset=True, empty='—')}"]
    for i, text in enumerate(info):
        c.drawString(MARGIN, top - 16 * mm - i * 5.5 * mm, text)
    table = _Table(c, font, [("序号 No.", 12, False), ("运单号 Waybill", 32, False),
                             ("三段码 Sort", 22, False), ("结果 Outcome", 30, False),
                             ("原因 Reason", 46, False), ("下次派送 Next", 22, False),
                             ("COD", 16, True)], f"派件单结算 Close-out {sheet.run_no}")
    table.start(top - 48 * mm)
    outcome = {"DELIVERED": "签收 delivered", "FAILED": "失败 failed",
               "NOT_ATTEMPTED": "未派 not attempted"}
    nxt = dict(out.reattempts)
    for x in sheet.lines:
        when = nxt.get(x.waybill_no)
        reason = f"{REASON_ZH.get(x.reason, '')} {x.reason.lower()}".strip()
        if x.waybill_no in out.returns:
            reason += " → 退回 return"
        table.row([str(x.seq), x.waybill_no, x.sort_code, outcome.get(x.outcome or "", "—"),
                   reason,
                   f"{when:%m-%d}" if when else "", f"{x.cod:,.2f}" if x.cod else ""])
    c.showPage()
    c.save()
    return buf.getvalue()

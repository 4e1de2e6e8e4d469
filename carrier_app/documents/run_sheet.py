"""派件单 Run sheet: a courier's parcels in route order on A4 landscape, one row each with the
sort code, a Code 128 of the waybill (scanned again at close-out), recipient, phone (masked
unless the depot prints full numbers), address fitted into its cell, pieces, COD to collect
and a signature box; totals at the end."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.documents.inputs import RunLine, RunSheet
from carrier_app.documents.pdfkit import (
    code128_width, draw_code128, draw_fitted, fit_text, register_fonts,
)

PAGE = landscape(A4)
MARGIN = 10 * mm
ROW_H = 17 * mm
MODULE = 0.3 * mm
#: (heading, width) of each column; the widths add up to the printable width (277 mm).
COLUMNS = [("序号\nNo.", 10), ("三段码\nSort code", 24), ("运单号 Waybill", 62),
           ("收件人 / 电话\nRecipient / phone", 38), ("地址 Address", 70), ("件数\nPcs", 12),
           ("代收货款\nCOD", 22), ("签收 Signature", 39)]
HEADER_H = 32 * mm
HEAD_ROW_H = 10 * mm
TOTALS_H = 12 * mm


def render_run_sheet(sheet: RunSheet) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=PAGE, pageCompression=1)
    c.setTitle(f"派件单 Run sheet {sheet.run_no}")
    width, height = PAGE
    room = height - 2 * MARGIN - HEADER_H - HEAD_ROW_H
    per_page = int(room // ROW_H)
    pages = [sheet.lines[i:i + per_page] for i in range(0, len(sheet.lines), per_page)] or [[]]
    if room - len(pages[-1]) * ROW_H < TOTALS_H:
        pages.append([])   # the totals get a page of their own rather than falling off
    for n, lines in enumerate(pages, 1):
        _header(c, font, sheet, n, len(pages))
        y = height - MARGIN - HEADER_H
        _column_heads(c, font, y)
        y -= HEAD_ROW_H
        for line in lines:
            _row(c, font, line, y)
            y -= ROW_H
        if n == len(pages):
            _totals(c, font, sheet, y)
        c.showPage()
    c.save()
    return buf.getvalue()


def _header(c: Canvas, font: str, sheet: RunSheet, page: int, pages: int) -> None:
    width, height = PAGE
    top = height - MARGIN
    c.setFont(font, 20)
    c.drawString(MARGIN, top - 8 * mm, "派件单 Run sheet")
    c.setFont(font, 10)
    c.drawString(MARGIN, top - 15 * mm, f"网点 Branch: {sheet.branch_code} {sheet.branch_name}")
    c.drawString(MARGIN, top - 21 * mm,
                 f"快递员 Courier: {sheet.courier_code} {sheet.courier_name}")
    c.drawString(MARGIN, top - 27 * mm, f"日期 Date: {sheet.run_date:%Y-%m-%d}")
    c.drawString(MARGIN + 110 * mm, top - 27 * mm,
                 f"第 {page}/{pages} 页 Page {page} of {pages}")
    # The run number as a barcode: the close-out screen scans it to open the run.
    bw = code128_width(sheet.run_no, MODULE)
    x = width - MARGIN - bw - 3 * mm
    draw_code128(c, x, top - 20 * mm, sheet.run_no, module=MODULE, height=12 * mm)
    c.setFont(font, 10)
    c.drawRightString(width - MARGIN, top - 25 * mm, f"派件单号 Run {sheet.run_no}")


def _column_heads(c: Canvas, font: str, top: float) -> None:
    x = MARGIN
    c.setLineWidth(0.8)
    c.line(MARGIN, top, PAGE[0] - MARGIN, top)
    for heading, w in COLUMNS:
        c.setFont(font, 8)
        for i, part in enumerate(heading.split("\n")):
            c.drawString(x + 1.5 * mm, top - 4 * mm - i * 3.5 * mm, part)
        x += w * mm
    c.line(MARGIN, top - HEAD_ROW_H, PAGE[0] - MARGIN, top - HEAD_ROW_H)


def _row(c: Canvas, font: str, line: RunLine, top: float) -> None:
    xs = [MARGIN]
    for _, w in COLUMNS:
        xs.append(xs[-1] + w * mm)
    pad = 1.5 * mm
    c.setFont(font, 10)
    c.drawString(xs[0] + pad, top - 6 * mm, str(line.seq))
    c.setFont(font, 12)
    c.drawString(xs[1] + pad, top - 6 * mm, line.sort_code)
    # Barcode with 10-module quiet zones inside its 62 mm cell.
    draw_code128(c, xs[2] + 10 * MODULE, top - 11 * mm, line.waybill_no, module=MODULE,
                 height=9 * mm)
    c.setFont(font, 8)
    c.drawString(xs[2] + 10 * MODULE, top - 14.5 * mm,
                 line.waybill_no + ("  退件 RETURN" if line.is_return else ""))
    draw_fitted(c, xs[3] + pad, top - 1.5 * mm,
                fit_text(f"{line.recipient_name}\n{line.phone}", font,
                         COLUMNS[3][1] * mm - 2 * pad, ROW_H - 3 * mm, max_size=10), font)
    draw_fitted(c, xs[4] + pad, top - 1.5 * mm,
                fit_text(line.address, font, COLUMNS[4][1] * mm - 2 * pad, ROW_H - 3 * mm,
                         max_size=10), font)
    c.setFont(font, 10)
    c.drawString(xs[5] + pad, top - 6 * mm, str(line.pieces))
    if line.cod > 0:
        c.setFont(font, 11)
        c.drawRightString(xs[7] - pad, top - 6 * mm, f"¥{line.cod:,.2f}")
    if line.freight > 0:  # 到付: the receiver pays the freight too
        c.setFont(font, 8)
        c.drawRightString(xs[7] - pad, top - 11 * mm, f"+到付 ¥{line.freight:,.2f}")
    c.setLineWidth(0.4)
    c.rect(xs[7] + pad, top - ROW_H + 2 * mm, COLUMNS[7][1] * mm - 2 * pad, ROW_H - 4 * mm)
    c.setLineWidth(0.3)
    c.line(MARGIN, top - ROW_H, PAGE[0] - MARGIN, top - ROW_H)


def _totals(c: Canvas, font: str, sheet: RunSheet, top: float) -> None:
    c.setFont(font, 12)
    cod = sheet.cod_total
    c.drawString(MARGIN, top - 8 * mm,
                 f"合计 Total: {len(sheet.lines)} 票 parcels, {sheet.pieces} 件 pieces, "
                 f"应收代收货款 COD to collect ¥{cod:,.2f}"
                 + (f" + 到付运费 freight ¥{sheet.freight_total:,.2f}"
                    if sheet.freight_total else ""))
    c.setFont(font, 10)
    c.drawString(PAGE[0] - MARGIN - 95 * mm, top - 8 * mm,
                 "快递员签字 Courier: ____________")

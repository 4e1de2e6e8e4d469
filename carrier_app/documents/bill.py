"""月结账单 Monthly freight bill of a merchant: an A4 table of its parcels (waybill, date,
destination, chargeable weight, freight, surcharges, insurance, discount, total) with totals
that add up to the fen (Decimal throughout). Same kit as the statement (documents/statement)."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.core.clock import local_text, zone_name
from carrier_app.documents.inputs import MonthBill
from carrier_app.documents.pdfkit import register_fonts, wrap
from carrier_app.documents.statement import LINE, MARGIN, _Table, heading

COLUMNS = [("运单号 Waybill", 29, False), ("日期 Date", 15, False), ("目的地 To", 42, False),
           ("计费重 kg", 15, True), ("运费 Freight", 17, True), ("附加 Extra", 15, True),
           ("保价 Ins.", 15, True), ("折扣 Disc.", 15, True), ("合计 Total", 17, True)]
SIZE = 9  # the table's font size (documents/statement._Table)


def _fit(text: str, font: str, width_mm: float) -> str:
    """One line of the column: cut with an ellipsis when it does not fit."""
    if len(wrap(text, font, SIZE, (width_mm - 2) * mm)) <= 1:
        return text
    return wrap(text, font, SIZE, (width_mm - 5) * mm)[0] + "…"


def render_bill(bill: MonthBill) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A4, pageCompression=1)
    number = bill.bill_no or "预览 PREVIEW"
    c.setTitle(f"月结账单 Monthly bill {number}")
    issued = (f"    开具 Issued: {local_text(bill.issued_at, offset=True)} {bill.issued_by}"
              if bill.issued_at else "    未开具 not issued")
    info = [f"账单号 Bill no.: {number}",
            f"商家 Merchant: {bill.merchant_code} {bill.merchant_name}",
            f"账期 Month: {bill.month}    寄付月结 monthly account",
            f"时区 Time zone: {zone_name()}" + issued]
    if bill.netted_on:
        info.append(f"已在结算单 {bill.netted_on} 中抵扣 Netted on statement {bill.netted_on}")
    start = heading(c, font, "月结账单 Monthly freight bill", bill.bill_no, info)
    table = _Table(c, font, COLUMNS, f"月结账单 Monthly bill {number}")
    table.start(start)
    for x in bill.lines:
        table.row([x.waybill_no, local_text(x.created_at, "%m-%d") + (" 补" if x.late else "")
                   + (" 退" if x.charge_back else ""),
                   _fit(x.destination, font, COLUMNS[2][1]),
                   f"{x.chargeable_weight_kg:.3f}", f"{x.freight:,.2f}",
                   f"{x.surcharge:,.2f}", f"{x.insurance:,.2f}", f"-{x.discount:,.2f}"
                   if x.discount else "0.00", f"{x.total:,.2f}"])
    table.row([f"合计 Total ({len(bill.lines)})", "", "", "", f"{bill.freight_total:,.2f}",
               f"{bill.surcharge_total:,.2f}", f"{bill.insurance_total:,.2f}",
               f"-{bill.discount_total:,.2f}" if bill.discount_total else "0.00",
               f"{bill.total:,.2f}"], bold_line=True)
    notes = [f"应付运费 Freight payable by the merchant: ¥{bill.total:,.2f}"]
    if any(x.charge_back for x in bill.lines):
        notes.append("退: 到付拒收退回，运费由商家承担 到付 refused, freight charged back")
    if any(x.late for x in bill.lines):
        notes.append("补: 上月已开账单后才收寄或计价的运单 late from an earlier month")
    if bill.waiting:
        notes.append(f"待下期 Not yet received or priced, for the next bill: {len(bill.waiting)}")
    for text in notes:
        table.row([""] * len(COLUMNS))
        c.setFont(font, 11 if text is notes[0] else 9)
        c.drawString(MARGIN, table.y + LINE / 4, text)
    c.showPage()
    c.save()
    return buf.getvalue()

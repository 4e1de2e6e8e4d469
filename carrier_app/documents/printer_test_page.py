"""The printer test page (打印测试页) a workstation prints when its printer profiles are set:
the paper size named and framed 2 mm inside the edge, a 50 mm scale to check the printer's
scaling, a Code 128 to check that bars stay crisp, and who set it up where."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.documents.pdfkit import draw_code128, register_fonts

TEST_CODE = "TEST-PAGE-0123"


def page_size(size: str) -> tuple[float, float]:
    if size == "A4":
        return A4
    w, h = (int(v) for v in size.split("x"))
    return w * mm, h * mm


def render_printer_test_page(size: str, station: str, printer: str, when: str) -> bytes:
    font = register_fonts()
    w, h = page_size(size)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(w, h), pageCompression=1)
    c.setTitle("Test page")
    c.setLineWidth(0.8)
    c.rect(2 * mm, 2 * mm, w - 4 * mm, h - 4 * mm)
    c.setFont(font, 16)
    c.drawString(6 * mm, h - 14 * mm, "打印测试页 Test page")
    c.setFont(font, 10)
    for i, line in enumerate((f"纸张 Paper: {size.replace('x', ' × ')} mm"
                              if size != "A4" else "纸张 Paper: A4",
                              f"工作站 Workstation: {station}", f"打印机 Printer: {printer}",
                              f"时间 Time: {when}")):
        c.drawString(6 * mm, h - (22 + 6 * i) * mm, line)
    # 50 mm with a tick every 10 mm: a ruler held against it shows any scaling.
    y = h - 52 * mm
    c.line(6 * mm, y, 56 * mm, y)
    for t in range(6):
        c.line((6 + 10 * t) * mm, y, (6 + 10 * t) * mm, y + 3 * mm)
    c.drawString(6 * mm, y - 5 * mm, "50 mm")
    draw_code128(c, 8 * mm, y - 30 * mm, TEST_CODE, module=0.33 * mm, height=15 * mm)
    c.drawString(8 * mm, y - 35 * mm, TEST_CODE)
    c.showPage()
    c.save()
    return buf.getvalue()


def printer_test_zpl(size: str, station: str) -> str:
    """The same check for a ZPL printer (ASCII text: no CJK font on the printer)."""
    w, h = (int(v) * 8 for v in size.split("x"))  # 203 dpi = 8 dots/mm
    safe = "".join(ch if 32 <= ord(ch) < 127 and ch not in "^~" else "?" for ch in station)
    return (f"^XA^CI28^PW{w}^LL{h}^LH0,0^FO16,16^GB{w - 32},{h - 32},3^FS"
            f"^FO40,40^A0N,40,40^FDTest page {size}^FS"
            f"^FO40,100^A0N,28,28^FDWorkstation {safe}^FS"
            f"^BY3,3,120^FO40,160^BCN,120,Y,N,N,A^FD{TEST_CODE}^FS^XZ\n")

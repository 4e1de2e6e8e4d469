"""The 补打/REPRINT mark stamped over a document printed again (DESIGN.md "Printing"): a
boxed mark at the top right of every page, drawn by reportlab and merged into the stored PDF
by pypdf, so a reprint stays vector (text searchable, barcodes crisp) whatever it is."""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen.canvas import Canvas

from carrier_app.documents.pdfkit import register_fonts

MARK = "补打 REPRINT"


def _stamp(width: float, height: float) -> PdfReader:
    font = register_fonts()
    size = max(7.0, min(width, height) * 0.04)
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(width, height))
    text_w = c.stringWidth(MARK, font, size)
    pad = size * 0.35
    x = width - width * 0.03 - text_w - 2 * pad
    y = height - height * 0.02 - size - 2 * pad
    c.setFillColorRGB(1, 1, 1)
    c.setStrokeColorRGB(0, 0, 0)
    c.setLineWidth(max(0.8, size * 0.08))
    c.rect(x, y, text_w + 2 * pad, size + 2 * pad, fill=1, stroke=1)
    c.setFillColorRGB(0, 0, 0)
    c.setFont(font, size)
    c.drawString(x + pad, y + pad + size * 0.15, MARK)
    c.showPage()
    c.save()
    return PdfReader(io.BytesIO(buf.getvalue()))


def mark_reprint(pdf: bytes) -> bytes:
    """`pdf` with the mark on every page (one stamp per page size)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    stamps: dict[tuple[float, float], PdfReader] = {}
    for page in writer.pages:
        box = page.mediabox
        key = (float(box.width), float(box.height))
        if key not in stamps:
            stamps[key] = _stamp(*key)
        page.merge_page(stamps[key].pages[0])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()

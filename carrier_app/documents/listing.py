"""A4 listings shared by the hub documents (manifest, pickup receipt): a bilingual title
with a Code 128 of the document number, a block of key/value lines, a table that continues
on further pages with its header repeated, and signature boxes."""

from __future__ import annotations

import io
from collections.abc import Sequence
from datetime import datetime

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.core.clock import local_text
from carrier_app.documents.pdfkit import code128_width, draw_code128, register_fonts

MARGIN = 15 * mm
ROW = 6.5 * mm


def local(at: datetime | None) -> str:
    """A stored time as printed: the depot's local time with its UTC offset."""
    return local_text(at, offset=True, empty="—")


class Listing:
    def __init__(self, title: str, number: str, info: Sequence[tuple[str, str]],
                 columns: Sequence[tuple[str, float, str]]) -> None:
        """columns: (heading, width in mm, "l" or "r" alignment)."""
        self.font = register_fonts()
        self.buf = io.BytesIO()
        self.c = Canvas(self.buf, pagesize=A4, pageCompression=1)
        self.c.setTitle(f"{title} {number}")
        self.title, self.number, self.info, self.columns = title, number, info, columns
        self.page = 0
        self.y = 0.0
        self._new_page()

    def _new_page(self) -> None:
        if self.page:
            self.c.showPage()
        self.page += 1
        c = self.c
        w, h = A4
        top = h - MARGIN
        c.setFont(self.font, 16)
        c.drawString(MARGIN, top - 16, self.title)
        module = 0.33 * mm
        bw = code128_width(self.number, module)
        draw_code128(c, w - MARGIN - bw, top - 14 * mm, self.number, module=module,
                     height=12 * mm)
        c.setFont(self.font, 10)
        c.drawCentredString(w - MARGIN - bw / 2, top - 18 * mm, self.number)
        c.setFont(self.font, 8)
        c.drawString(MARGIN, MARGIN - 4 * mm, f"{self.number}   第 {self.page} 页 Page {self.page}")
        y = top - 26 * mm
        if self.page == 1:
            c.setFont(self.font, 10)
            for i, (label, value) in enumerate(self.info):
                col = i % 2
                x = MARGIN + col * (w - 2 * MARGIN) / 2
                c.drawString(x, y, f"{label}: {value}")
                if col == 1 or i == len(self.info) - 1:
                    y -= 6 * mm
            y -= 3 * mm
        self.y = y
        self._row([h for h, _, _ in self.columns], bold=True)

    def _row(self, values: Sequence[str], bold: bool = False) -> None:
        c = self.c
        c.setFont(self.font, 9.5 if not bold else 10)
        x = MARGIN
        for (_, width, align), value in zip(self.columns, values):
            if align == "r":
                c.drawRightString(x + width * mm - 2 * mm, self.y - 4.5 * mm, value)
            else:
                c.drawString(x + 1.5 * mm, self.y - 4.5 * mm, value)
            x += width * mm
        c.setLineWidth(0.8 if bold else 0.3)
        c.line(MARGIN, self.y - ROW, x, self.y - ROW)
        self.y -= ROW

    def row(self, values: Sequence[str]) -> None:
        if self.y - ROW < MARGIN + 45 * mm:
            self._new_page()
        self._row(values)

    def totals(self, values: Sequence[str]) -> None:
        self.row(values)
        self.c.setLineWidth(1.2)
        self.c.line(MARGIN, self.y, A4[0] - MARGIN, self.y)

    def signatures(self, labels: Sequence[str]) -> bytes:
        c = self.c
        width = (A4[0] - 2 * MARGIN) / len(labels)
        box = 28 * mm
        y = max(MARGIN + 2 * mm, self.y - 8 * mm - box)
        c.setLineWidth(0.6)
        c.setFont(self.font, 9)
        for i, label in enumerate(labels):
            x = MARGIN + i * width
            c.rect(x + 1 * mm, y, width - 2 * mm, box)
            c.drawString(x + 3 * mm, y + box - 5 * mm, label)
            c.drawString(x + 3 * mm, y + 3 * mm, "日期 Date:")
        c.showPage()
        c.save()
        return self.buf.getvalue()

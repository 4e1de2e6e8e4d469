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
from carrier_app.documents.pdfkit import (
    Cell, code128_width, draw_cells, draw_code128, register_fonts, row_height,
)

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
        if self.page == 1:  # key/value lines in two columns, each wrapped in its column
            half = (w - 2 * MARGIN) / 2
            for i in range(0, len(self.info), 2):
                cells = [Cell(MARGIN + n * half, half - 4 * mm, f"{label}: {value}")
                         for n, (label, value) in enumerate(self.info[i:i + 2])]
                y -= draw_cells(c, self.font, 10, y + 4 * mm, cells, pad=0,
                                min_height=6 * mm)
            y -= 3 * mm
        self.y = y
        self._row([h for h, _, _ in self.columns], bold=True)

    def _cells(self, values: Sequence[str]) -> list[Cell]:
        cells, x = [], MARGIN
        for (_, width, align), value in zip(self.columns, values):
            cells.append(Cell(x, width * mm, value, align == "r"))
            x += width * mm
        return cells

    def _row(self, values: Sequence[str], bold: bool = False) -> None:
        c = self.c
        cells = self._cells(values)
        height = draw_cells(c, self.font, 9.5 if not bold else 10, self.y, cells,
                            pad=1.5 * mm, min_height=ROW)
        c.setLineWidth(0.8 if bold else 0.3)
        c.line(MARGIN, self.y - height, cells[-1].x + cells[-1].width, self.y - height)
        self.y -= height

    def row(self, values: Sequence[str]) -> None:
        height = row_height(self._cells(values), self.font, 9.5, pad=1.5 * mm, min_height=ROW)
        if self.y - height < MARGIN + 45 * mm:
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

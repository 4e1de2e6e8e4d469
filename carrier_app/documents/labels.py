"""Shipping labels as PDF: one page per piece, in the sizes Chinese carriers print
(GB/T 41833-2022 electronic waybill): 100x150 mm (default), 100x180 mm two-part (110 mm label
+ 70 mm stub kept at delivery) and 76x130 mm one-part.

The page is a column of blocks (DESIGN.md "Printed documents"): carrier + service + date, the
sort code as the largest text, the piece's Code 128 (X = 0.375 mm = 3 dots at 203 dpi, 10X
quiet zones, human-readable line), recipient, sender, pieces/weight/order ref/COD with the QR
of the waybill number, and the signature box; 保价 (insured value and fee) on the sender's
caption line when insured, 已验视 beside the sort code when inspected. `label_layout(size)`
is the geometry every page uses; tests read it to check that text stays inside its box.

Speed: the font is registered once, every code is one merged vector path (pdfkit), and text
that fits at its preferred size is drawn without wrapping work.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from functools import lru_cache

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from carrier_app.core.money import format_yuan
from carrier_app.core.phone import mask_phone
from carrier_app.documents.pdfkit import (
    Fitted, TextEncoder, TextOps, code128_width, draw_code128, draw_qr, fit_text, register_fonts,
)

MODULE = 0.375 * mm          # Code 128 X-dimension: 3 dots of a 203 dpi printhead
MIN_MODULE = 0.25 * mm       # 2 dots: only when 10X quiet zones cannot fit otherwise
QUIET = 10                   # quiet zone, in modules, each side
BAR_HEIGHT = 15 * mm
SIZES = ("100x150", "100x180", "76x130")

SERVICE_NAMES = {"standard": "标准快递 Standard", "express": "特快专递 Express"}


@dataclass(frozen=True)
class LabelData:
    """What one piece's label shows; plain values, already looked up by the service."""

    waybill: str
    piece_no: int
    pieces: int
    barcode: str                 # the piece's code: waybill, or `<waybill>-<n>`
    service: str                 # "standard" | "express" (other text is printed as is)
    date: date
    sort_code: str | None        # None: not routed yet, printed as a manual-routing mark
    recipient_name: str
    recipient_phone: str         # printed masked (138****5678)
    recipient_address: str
    sender_name: str = ""
    sender_phone: str = ""
    sender_address: str = ""
    weight_kg: Decimal = Decimal("0")
    cod: Decimal = Decimal("0")
    order_ref: str = ""
    carrier: str = "carrier_app"
    reprint: bool = False        # a reprint (补打): marked beside the sort code
    inspected: bool = False      # contents inspected at acceptance (验视): 已验视 printed
    declared_value: Decimal = Decimal("0")   # 保价: insured value, 0 when not insured
    insurance_fee: Decimal = Decimal("0")    # 保费 charged for it


@dataclass(frozen=True)
class Box:
    """A rectangle in PDF points, origin bottom-left."""

    x: float
    y: float
    w: float
    h: float

    @property
    def top(self) -> float:
        return self.y + self.h

    def inset(self, dx: float, dy: float | None = None) -> Box:
        dy = dx if dy is None else dy
        return Box(self.x + dx, self.y + dy, self.w - 2 * dx, self.h - 2 * dy)


@dataclass(frozen=True)
class LabelLayout:
    size: str
    width: float
    height: float
    boxes: dict[str, Box]        # block name -> box; "stub_*" only on the two-part label
    tear_y: float | None = None  # the perforation of the two-part label


def page_size(size: str) -> tuple[float, float]:
    if size not in SIZES:
        raise ValueError(f"label size must be one of {', '.join(SIZES)}, not {size!r}")
    w, h = (int(v) for v in size.split("x"))
    return w * mm, h * mm


def _rows(x: float, top: float, w: float, rows: Sequence[tuple[str, float]]) -> dict[str, Box]:
    boxes = {}
    for name, h_mm in rows:
        h = h_mm * mm
        boxes[name] = Box(x, top - h, w, h)
        top -= h
    return boxes


def label_layout(size: str = "100x150") -> LabelLayout:
    """The blocks of a page of `size`, top to bottom (heights in mm add up to the page)."""
    width, height = page_size(size)
    margin = 2 * mm
    x, w = margin, width - 2 * margin
    top = height - margin
    if size == "100x150":
        rows = [("header", 10), ("sort", 22), ("barcode", 27), ("recipient", 34),
                ("sender", 16), ("info", 23), ("sign", 14)]
    elif size == "76x130":
        rows = [("header", 9), ("sort", 18), ("barcode", 25), ("recipient", 31),
                ("sender", 13), ("info", 18), ("sign", 12)]
    else:  # 100x180: a 110 mm label, the tear line, a 70 mm stub
        rows = [("header", 9), ("sort", 19), ("barcode", 25), ("recipient", 27),
                ("sender", 12), ("info", 16)]
    boxes = _rows(x, top, w, rows)
    # Barcode rows span the whole page: no border crosses their 10X quiet zones.
    boxes["barcode"] = Box(0, boxes["barcode"].y, width, boxes["barcode"].h)
    tear = None
    if size == "100x180":
        tear = height - 110 * mm
        boxes.update(_rows(x, tear - 1 * mm, w, [
            ("stub_header", 6), ("stub_barcode", 23), ("stub_recipient", 20), ("stub_sign", 17)]))
        boxes["stub_barcode"] = Box(0, boxes["stub_barcode"].y, width, boxes["stub_barcode"].h)
    # Inner boxes the drawing code and the tests share.
    for prefix in ("", "stub_"):
        if f"{prefix}recipient" in boxes:
            r = boxes[f"{prefix}recipient"].inset(1.5 * mm, 1 * mm)
            caption = 3 * mm
            name = 6 * mm if not prefix else 5 * mm
            boxes[f"{prefix}recipient_name"] = Box(r.x, r.top - caption - name, r.w, name)
            boxes[f"{prefix}recipient_address"] = Box(r.x, r.y, r.w, r.h - caption - name)
    s = boxes["sender"].inset(1.5 * mm, 1 * mm)
    boxes["sender_address"] = Box(s.x, s.y, s.w, s.h - 3 * mm - 4 * mm)
    info = boxes["info"]
    qr = min(info.h, 24 * mm) - 1 * mm
    boxes["qr"] = Box(info.x + info.w - qr - 0.5 * mm, info.y + (info.h - qr) / 2, qr, qr)
    return LabelLayout(size, width, height, boxes, tear)


def build_labels(labels: list[LabelData], size: str = "100x150",
                 progress: Callable[[int, int], None] | None = None) -> bytes:
    """One page per label, as PDF bytes. `progress(done, total)` is called every 25 pages
    (it may raise to stop the build)."""
    if not labels:
        raise ValueError("no labels to build")
    lay = label_layout(size)
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(lay.width, lay.height), pageCompression=1,
               initialFontName=font, initialFontSize=10)
    c.setTitle(f"Labels {labels[0].waybill}" + (" …" if len(labels) > 1 else ""))
    c.setCreator("carrier_app")
    total = len(labels)
    forms: dict[tuple[object, ...], str] = {}
    enc = TextEncoder(c, font)
    for i, label in enumerate(labels, 1):
        _draw_page(c, lay, label, enc, forms)
        c.showPage()
        if progress is not None and (i % 25 == 0 or i == total):
            progress(i, total)
    c.save()
    return buf.getvalue()


# --- drawing --------------------------------------------------------------------------------
_BLOCKS = ("header", "sort", "barcode", "recipient", "sender", "info", "sign",
           "stub_header", "stub_barcode", "stub_recipient", "stub_sign")
BOLD_STROKE = 0.4   # simulated bold (fill + stroke): the one font has a single weight


def _background(c: Canvas, lay: LabelLayout, font: str) -> None:
    """Block rules (horizontal only, so nothing enters the barcodes' quiet zones left and
    right) and the bilingual captions."""
    b = lay.boxes
    c.setLineWidth(0.8)
    p = c.beginPath()
    x0, x1 = b["header"].x, b["header"].x + b["header"].w
    for name in _BLOCKS:
        box = b.get(name)
        if box is not None:
            for y in (box.y, box.top):
                p.moveTo(x0, y)
                p.lineTo(x1, y)
    q, info = b["qr"], b["info"]
    p.moveTo(q.x - 0.5 * mm, info.y)
    p.lineTo(q.x - 0.5 * mm, info.top)
    c.drawPath(p, stroke=1, fill=0)
    if lay.tear_y is not None:
        c.setDash(3, 2)
        c.line(0, lay.tear_y, lay.width, lay.tear_y)
        c.setDash()
    t = c.beginText()
    captions = [("recipient", "收件人 Recipient"), ("sender", "寄件人 Sender"),
                ("sign", "签收 Signature"), ("stub_recipient", "收件人 Recipient"),
                ("stub_sign", "签收 Signature")]
    t.setFont(font, 6.5)
    for name, text in captions:
        if name in b:
            t.setTextOrigin(b[name].x + 1.5 * mm, b[name].top - 3 * mm)
            t.textOut(text)
    t.setFont(font, 6)
    for name in ("sign", "stub_sign"):
        if name in b:
            box = b[name]
            t.setTextOrigin(box.x + box.w * 0.62, box.y + 1.5 * mm)
            t.textOut("日期 Date:")
            t.setTextOrigin(box.x + 1.5 * mm, box.y + 1.5 * mm)
            t.textOut("签收时货物完好 Received in good condition")
    c.drawText(t)


MAX_FORMS = 200


def _batch_form(c: Canvas, lay: LabelLayout, d: LabelData, enc: TextEncoder,
                forms: dict[tuple[object, ...], str]) -> None:
    """What repeats from page to page in a batch (rules, captions, and for one merchant on
    one day the header and sender) is drawn once as a form that later pages reference:
    smaller files, and a page only formats its own data."""
    key = (d.carrier, d.service, d.date, d.sender_name, d.sender_phone, d.sender_address)
    name = forms.get(key)
    if name is None and len(forms) >= MAX_FORMS:   # a batch of many merchants: no more forms
        _batch_text(c, lay, d, enc)
        return
    if name is None:
        name = forms[key] = f"batch{len(forms)}"
        c.beginForm(name)
        _batch_text(c, lay, d, enc)
        c.endForm()
    c.doForm(name)


def _batch_text(c: Canvas, lay: LabelLayout, d: LabelData, enc: TextEncoder) -> None:
    _background(c, lay, enc.font)
    t = TextOps(enc, BOLD_STROKE)
    _header(t, lay.boxes["header"], d)
    _sender(t, lay.boxes, d)
    _info_captions(t, lay)
    t.draw(c)


def _draw_page(c: Canvas, lay: LabelLayout, d: LabelData, enc: TextEncoder,
               forms: dict[tuple[object, ...], str]) -> None:
    b = lay.boxes
    _batch_form(c, lay, d, enc, forms)
    t = TextOps(enc, BOLD_STROKE)
    _sort_code(t, b["sort"], d)
    _barcode(c, t, b["barcode"], d.barcode)
    _recipient(t, b, "", d)
    _insured(t, b["sender"], d)
    _info(c, t, lay, d)
    if lay.tear_y is not None:
        _stub(c, t, lay, d)
    t.draw(c)


def _header(t: TextOps, box: Box, d: LabelData) -> None:
    inner = box.inset(1.5 * mm, 0)
    y = box.y + (box.h - 10) / 2 + 1.5
    gap = 1.5 * mm
    t.line(d.carrier, inner.x, y, inner.w * 0.44 - gap, 11, bold=True)
    service = SERVICE_NAMES.get(d.service, d.service)
    t.line(service, inner.x + inner.w * 0.44, y, inner.w * 0.33 - gap, 9, bold=True,
           align="center")
    t.line(d.date.isoformat(), inner.x + inner.w * 0.77, y, inner.w * 0.23, 8.5,
           align="right")


def _sort_code(t: TextOps, box: Box, d: LabelData) -> None:
    """The largest text on the page: sorters read it from a distance."""
    text = d.sort_code or "人工分拣 MANUAL"
    size = min(box.h / mm * 2.6, 64)
    inner = box.inset(2 * mm, 0)
    if d.reprint:  # DESIGN.md "Printing": reprints carry a visible 补打 mark
        mark = 13 * mm
        middle = box.y + box.h / 2
        t.line("补打", inner.x, middle, mark, 15, bold=True)
        t.line("REPRINT", inner.x, middle - 4 * mm, mark, 7, bold=True)
        inner = Box(inner.x + mark + 1 * mm, inner.y, inner.w - mark - 1 * mm, inner.h)
    if d.inspected:  # issue 14: only when the clerk recorded the inspection
        mark = 13 * mm
        middle = box.y + box.h / 2
        t.line("已验视", inner.x + inner.w - mark, middle, mark, 12, bold=True, align="right")
        t.line("INSPECTED", inner.x + inner.w - mark, middle - 4 * mm, mark, 6, bold=True,
               align="right")
        inner = Box(inner.x, inner.y, inner.w - mark - 1 * mm, inner.h)
    t.line(text, inner.x, box.y + (box.h - size * 0.72) / 2, inner.w, size, bold=True,
           align="center")


def barcode_module(value: str, width: float) -> float:
    """X-dimension for `value` in `width`: 0.375 mm (3 dots at 203 dpi) when the code and
    its quiet zones fit. Else 0.25 mm, a whole 2 dots, as the ZPL uses: a width in between
    (0.364 mm for a 16-character piece code on 76 mm) would print bars of 2 and 3 dots mixed.
    Only a code too long even for that is squeezed to the width."""
    modules = code128_width(value, 1) + 2 * QUIET
    if modules * MODULE <= width:
        return MODULE
    return min(MIN_MODULE, width / modules)


def _barcode(c: Canvas, t: TextOps, box: Box, value: str) -> None:
    module = barcode_module(value, box.w)
    w = code128_width(value, module)
    text_h = 3.5 * mm
    bar_h = max(BAR_HEIGHT, box.h - text_h - 3 * mm)
    draw_code128(c, box.x + (box.w - w) / 2, box.y + text_h + 1 * mm, value, module=module,
                 height=bar_h)
    t.line(value, box.x, box.y + 1.2 * mm, box.w, 9, align="center")


def printed_phone(phone: str) -> str:
    """Phones are printed masked; an already masked one is printed as given."""
    return phone if "*" in phone or not phone else mask_phone(phone)


def _fit(text: str, box: Box, font: str, max_size: float) -> Fitted:
    """Wrap and shrink to the box; below the usual 5 pt only when the box cannot hold it."""
    f = fit_text(text, font, box.w, box.h, max_size=max_size, min_size=5)
    if len(f.lines) * f.leading > box.h:
        f = fit_text(text, font, box.w, box.h, max_size=5, min_size=2.5, leading=1.15)
    return f


def _recipient(t: TextOps, b: dict[str, Box], prefix: str, d: LabelData) -> None:
    nb = b[f"{prefix}recipient_name"]
    t.line(f"{d.recipient_name}  {printed_phone(d.recipient_phone)}", nb.x, nb.y + 1 * mm,
           nb.w, nb.h / mm * 2.6, bold=True)
    ab = b[f"{prefix}recipient_address"]
    t.fitted(ab.x, ab.top, _fit(d.recipient_address, ab, t.font, 11))


def _sender(t: TextOps, b: dict[str, Box], d: LabelData) -> None:
    ab = b["sender_address"]
    line = "  ".join(x for x in (d.sender_name, printed_phone(d.sender_phone)) if x) or "—"
    t.line(line, ab.x, ab.top + 1 * mm, ab.w, 8)
    if d.sender_address:
        t.fitted(ab.x, ab.top, _fit(d.sender_address, ab, t.font, 7.5))


def insured_text(d: LabelData) -> str:
    """'保价 Insured ¥5,000.00 保费 ¥25.00'; '' when not insured."""
    if not d.declared_value:
        return ""
    return f"保价 Insured {format_yuan(d.declared_value)} 保费 {format_yuan(d.insurance_fee)}"


def _insured(t: TextOps, box: Box, d: LabelData) -> None:
    """保价 on the sender's caption line, right-aligned: the sender declared the value."""
    text = insured_text(d)
    if text:
        inner = box.inset(1.5 * mm, 0)
        t.line(text, inner.x + inner.w * 0.25, box.top - 3 * mm, inner.w * 0.75, 7.5,
               bold=True, align="right")


# The info block's fixed captions (drawn once per batch form), their row, and the widest
# value a cell must hold before the next caption on its row ("" = the rest of the row).
_INFO_CELLS = (("件数 Pieces", 0, "99/99"), ("重量 Weight", 0, ""), ("订单号 Order", 1, ""),
               ("运单号 Waybill", 2, ""))
INFO_SIZE = 7.5
INFO_GAP = 1.5 * mm


def _info_row_y(box: Box, row: int) -> float:
    """Baseline of the info block's `row` (0 at the top)."""
    return box.top - 3.2 * mm - row * 3.3 * mm


@dataclass(frozen=True)
class _Cell:
    caption: str
    x: float          # caption
    y: float
    value_x: float
    value_w: float


@lru_cache(maxsize=16)
def _info_cells(size: str, font: str) -> tuple[_Cell, ...]:
    lay = label_layout(size)
    box, qr = lay.boxes["info"], lay.boxes["qr"]
    left_x, right = box.x + 1.5 * mm, qr.x - 1.5 * mm
    cells: list[_Cell] = []
    x, last_row = left_x, -1
    for caption, row, widest in _INFO_CELLS:
        if row != last_row:
            x, last_row = left_x, row
        value_x = x + stringWidth(caption, font, INFO_SIZE) + INFO_GAP
        end = value_x + stringWidth(widest, font, INFO_SIZE) if widest else right
        cells.append(_Cell(caption, x, _info_row_y(box, row), value_x, end - value_x))
        x = end + 2 * INFO_GAP
    return tuple(cells)


def _info_captions(t: TextOps, lay: LabelLayout) -> None:
    for cell in _info_cells(lay.size, t.font):
        t.put(cell.caption, cell.x, cell.y, INFO_SIZE)


def _info(c: Canvas, t: TextOps, lay: LabelLayout, d: LabelData) -> None:
    box, qr = lay.boxes["info"], lay.boxes["qr"]
    weight = f"{d.weight_kg.normalize():f} kg" if d.weight_kg else "—"
    values = (f"{d.piece_no}/{d.pieces}", weight, d.order_ref or "—", d.waybill)
    for cell, value in zip(_info_cells(lay.size, t.font), values):
        t.line(value, cell.value_x, cell.y, cell.value_w, INFO_SIZE)
    if d.cod:
        below_rows = _info_row_y(box, 3)
        t.line(f"代收货款 COD {format_yuan(d.cod)}", box.x + 1.5 * mm, box.y + 1.5 * mm,
               qr.x - box.x - 3 * mm, min(18, (below_rows - box.y) * 0.8), bold=True)
    # QR with its 4-module quiet zone (version 1-2: 21-25 modules) inside the box.
    n = 21 if len(d.waybill) <= 17 else 25
    quiet = qr.w * 4 / (n + 8)
    draw_qr(c, qr.x + quiet, qr.y + quiet, d.waybill, qr.w - 2 * quiet)


def _stub(c: Canvas, t: TextOps, lay: LabelLayout, d: LabelData) -> None:
    """The lower 70 mm the courier tears off and keeps: same code, recipient, signature."""
    b = lay.boxes
    h = b["stub_header"]
    t.line(f"{d.carrier}  收件联 Delivery stub", h.x + 1.5 * mm, h.y + 1.5 * mm, h.w * 0.6, 8,
           bold=True)
    t.line(f"{d.piece_no}/{d.pieces}   {d.sort_code or ''}", h.x + h.w * 0.6, h.y + 1.5 * mm,
           h.w * 0.4 - 1.5 * mm, 9, bold=True, align="right")
    _barcode(c, t, b["stub_barcode"], d.barcode)
    _recipient(t, b, "stub_", d)

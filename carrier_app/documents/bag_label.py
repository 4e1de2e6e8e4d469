"""The bag label (集包标签), 100×150 mm: destination in very large type, the bag number as
Code 128 with its human-readable text, piece count, weight, origin and seal time."""

from __future__ import annotations

import io

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from carrier_app.documents.inputs import BagInfo
from carrier_app.documents.listing import local
from carrier_app.documents.pdfkit import (
    code128_width, draw_code128, draw_fitted, draw_qr, fit_text, register_fonts,
)

W, H = 100 * mm, 150 * mm
PAD = 4 * mm


def render_bag_label(bag: BagInfo) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=(W, H), pageCompression=1)
    c.setTitle(f"Bag {bag.bag_no}")
    c.setLineWidth(0.8)
    c.setFont(font, 11)
    c.drawString(PAD, H - PAD - 11, "集包 Bag label")
    c.drawRightString(W - PAD, H - PAD - 11, f"{bag.location} → {bag.destination}")
    c.line(PAD, H - 19 * mm + 6 * mm, W - PAD, H - 19 * mm + 6 * mm)
    # Destination, the biggest thing on the label: read from across the floor.
    c.setFont(font, 64 if len(bag.destination) <= 6 else 48)
    c.drawCentredString(W / 2, H - 40 * mm, bag.destination)
    name = fit_text(bag.destination_name, font, W - 2 * PAD, 9 * mm, max_size=16)
    draw_fitted(c, PAD + max(0.0, (W - 2 * PAD - c.stringWidth(name.lines[0], font, name.size))
                             / 2), H - 45 * mm, name, font)
    c.line(PAD, H - 56 * mm, W - PAD, H - 56 * mm)
    # Bag number as Code 128, quiet zones of 10 modules each side fit in the width.
    module = 0.42 * mm
    bw = code128_width(bag.bag_no, module)
    draw_code128(c, (W - bw) / 2, H - 82 * mm, bag.bag_no, module=module, height=22 * mm)
    c.setFont(font, 14)
    c.drawCentredString(W / 2, H - 88 * mm, bag.bag_no)
    c.line(PAD, H - 92 * mm, W - PAD, H - 92 * mm)
    c.setFont(font, 13)
    y = H - 99 * mm
    for label, value in (("件数 Pieces", str(bag.pieces)),
                         ("重量 Weight", f"{bag.weight_g / 1000:.2f} kg"),
                         ("始发 Origin", bag.location),
                         ("封袋 Sealed", local(bag.sealed_at))):
        c.drawString(PAD, y, f"{label}: {value}")
        y -= 8 * mm
    # Bottom right, below the text block (quiet zone included in the gap).
    draw_qr(c, W - PAD - 21 * mm, PAD, bag.bag_no, 21 * mm)
    c.showPage()
    c.save()
    return buf.getvalue()

"""签收单 Proof of delivery: one A5 page per proof with the waybill barcode, who received it
and how they relate to the recipient, when, the COD collected, the signature image and the
photo (or signed stub) when there is one."""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A5
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from carrier_app.core.clock import local_text
from carrier_app.core.delivery_codes import RELATIONS
from carrier_app.documents.inputs import PodView
from carrier_app.documents.pdfkit import (
    code128_width, draw_code128, draw_fitted, fit_text, register_fonts,
)

MARGIN = 10 * mm
MODULE = 0.33 * mm


def render_pods(views: list[PodView]) -> bytes:
    font = register_fonts()
    buf = io.BytesIO()
    c = Canvas(buf, pagesize=A5, pageCompression=1)
    c.setTitle("签收单 Proof of delivery")
    for v in views:
        _page(c, font, v)
        c.showPage()
    c.save()
    return buf.getvalue()


def _page(c: Canvas, font: str, v: PodView) -> None:
    from carrier_app.core.money import format_yuan

    width, height = A5
    top = height - MARGIN
    c.setFont(font, 18)
    c.drawString(MARGIN, top - 7 * mm,
                 "退件签收单 Return receipt" if v.is_return else "签收单 Proof of delivery")
    label = v.waybill_no if v.piece_no is None else f"{v.waybill_no}-{v.piece_no}"
    bw = code128_width(label, MODULE)
    draw_code128(c, (width - bw) / 2, top - 27 * mm, label, module=MODULE, height=14 * mm)
    c.setFont(font, 10)
    piece = ("" if v.piece_no is None
             else f"  第 {v.piece_no}/{v.pieces} 件 piece {v.piece_no}/{v.pieces}")
    c.drawCentredString(width / 2, top - 31 * mm, label + piece)
    rows = [
        ("收件人 Recipient", v.merchant_name if v.is_return else v.recipient_name),
        ("地址 Address", v.address if not v.is_return else "商家 merchant"),
        ("签收人 Received by", v.receiver_name),
        ("关系 Relation", f"{RELATIONS.get(v.relation, v.relation)} {v.relation.lower()}"),
        ("签收时间 Time", local_text(v.delivered_at, offset=True)),
        ("代收货款 COD", format_yuan(v.cod) + (f"  ({v.payment_method})" if v.cod else "")),
        *([("到付运费 Freight", f"{format_yuan(v.freight)}  ({v.payment_method})")]
          if v.freight else []),
        ("快递员 Courier", (v.courier_code or "—") + ("  网点自提 counter pickup"
                                                     if v.counter_pickup else "")),
        ("经办 Recorded by", v.username),
    ]
    y = top - 38 * mm
    for label_text, value in rows:
        c.setFont(font, 9)
        c.drawString(MARGIN, y - 4 * mm, label_text)
        f = fit_text(value, font, width - 2 * MARGIN - 38 * mm, 9 * mm, max_size=10)
        draw_fitted(c, MARGIN + 38 * mm, y, f, font)
        y -= max(7 * mm, len(f.lines) * f.leading + 2 * mm)
    c.setFont(font, 9)
    c.drawString(MARGIN, y - 4 * mm, "签名 Signature")
    box_h = 32 * mm
    box_w = width - 2 * MARGIN
    c.setLineWidth(0.5)
    c.rect(MARGIN, y - 6 * mm - box_h, box_w, box_h)
    if v.signature_png:
        _image(c, v.signature_png, MARGIN + 1 * mm, y - 5 * mm - box_h, box_w - 2 * mm,
               box_h - 2 * mm)
    y -= 10 * mm + box_h
    if v.photo:
        c.drawString(MARGIN, y - 4 * mm, "照片 / 签收联 Photo / signed stub")
        _image(c, v.photo, MARGIN, MARGIN, box_w, y - 6 * mm - MARGIN)


def _image(c: Canvas, data: bytes, x: float, y: float, w: float, h: float) -> None:
    """An image fitted into the box keeping its aspect ratio; an unreadable one is noted."""
    try:
        img = ImageReader(io.BytesIO(data))
        iw, ih = img.getSize()
    except Exception:  # noqa: BLE001 - a broken attachment must not lose the whole POD
        c.drawString(x, y + h / 2, "(image cannot be read)")
        return
    scale = min(w / iw, h / ih)
    c.drawImage(img, x + (w - iw * scale) / 2, y + (h - ih * scale) / 2, iw * scale, ih * scale)

"""The pickup receipt and the statement never draw text over text: a long merchant name and
address, and 60-character order refs, wrap inside their cells. Checked on the PDF itself:
every glyph box pypdfium2 reports is compared with every other."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pypdfium2 as pdfium

from carrier_app.documents.inputs import PickupInfo, Statement, StatementLine
from carrier_app.documents.pickup_receipt import render_pickup_receipt
from carrier_app.documents.statement import render_statement

LONG_REF = "TB-2026120212345678901234567890-ORDER-REF-ABCDEFGHIJKLMNOPQR"
LONG_ADDRESS = ("浙江省杭州市西湖区文三路90号东部软件园创新大厦B座十二层1208室"
                "（请从北门进入，前台代收）West Lake District Hangzhou")


def glyph_boxes(pdf: bytes) -> list[list[tuple[str, tuple[float, float, float, float]]]]:
    doc = pdfium.PdfDocument(pdf)
    pages = []
    try:
        for page in doc:
            text = page.get_textpage()
            boxes = []
            for i in range(text.count_chars()):
                ch = text.get_text_range(i, 1)
                if ch.strip():
                    boxes.append((ch, text.get_charbox(i)))
            pages.append(boxes)
    finally:
        doc.close()
    return pages


def overlaps(pdf: bytes) -> list[tuple[str, str]]:
    """Pairs of glyphs whose boxes share more than a fifth of the smaller one's area."""
    found = []
    for boxes in glyph_boxes(pdf):
        boxes.sort(key=lambda b: b[1][0])
        for n, (a, (l1, b1, r1, t1)) in enumerate(boxes):
            for b, (l2, b2, r2, t2) in boxes[n + 1:]:
                if l2 >= r1:
                    break
                w, h = min(r1, r2) - max(l1, l2), min(t1, t2) - max(b1, b2)
                smaller = min((r1 - l1) * (t1 - b1), (r2 - l2) * (t2 - b2))
                if w > 0 and h > 0 and w * h > 0.2 * smaller:
                    found.append((a, b))
    return found


def text_of(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return "".join(p.get_textpage().get_text_range() for p in doc).replace("\r\n", "")
    finally:
        doc.close()


def test_pickup_receipt_with_a_long_merchant_address_has_no_overlapping_text():
    info = PickupInfo(
        id=7, merchant_code="M0123456789", merchant_name="杭州西湖区某某电子商务有限公司旗舰店"
        "（天猫/京东/拼多多三店合一发货仓）", merchant_address=LONG_ADDRESS,
        merchant_contact="王经理 13812345678 / 备用联系人 李小姐 13998765432",
        pickup_date=date(2026, 12, 2), window_from="09:00", window_to="12:00", expected=3,
        collected=2, note="", courier_code="C5711201", courier_name="张伟", status="CLOSED",
        closed_at=datetime(2026, 12, 2, 3, 0, tzinfo=UTC),
        waybills=["AA000000014CN", "AA000000028CN"])
    pdf = render_pickup_receipt(info)
    assert overlaps(pdf) == []
    text = text_of(pdf)
    assert "前台代收" in text and "Hangzhou" in text  # the whole address, not cut off


def test_statement_with_60_character_order_refs_has_no_overlapping_text():
    assert len(LONG_REF) == 60
    lines = [StatementLine(f"AA0000000{n}4CN", LONG_REF[:58] + f"{n:02d}", "delivered",
                           datetime(2026, 11, 3, 8, 0, tzinfo=UTC),
                           Decimal("1234.50"), Decimal("12.00")) for n in range(40)]
    st = Statement("ST202611000001", "M001", "杭州西湖区某某电子商务有限公司",
                   "6222 0000 1111 2222", date(2026, 11, 1), date(2026, 11, 30), lines, [])
    pdf = render_statement(st)
    assert overlaps(pdf) == []
    text = text_of(pdf)  # wrapped, not cut: its start and its end are both printed
    assert LONG_REF[:12] in text and LONG_REF[-14:-2] + "39" in text

"""Labels as a scanner and a reader see them: real PDFs rasterised at 203 dpi on white and
decoded with zxing-cpp; text read back with pdfium."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from reportlab.lib.units import mm

from carrier_app.documents.labels import (
    MODULE, QUIET, SIZES, barcode_module, build_labels, label_layout,
)
from carrier_app.documents.pdfkit import code128_width
from label_support import decode_pages, sample_labels

MM = 72 / 25.4


@pytest.mark.parametrize("size", SIZES)
def test_every_page_decodes_to_its_piece_and_waybill(size):
    labels = sample_labels(pieces=3, cod="128.50")
    pdf = build_labels(labels, size)
    pages = decode_pages(pdf)
    assert len(pages) == 3
    for label, page in zip(labels, pages, strict=True):
        assert set(page.code128) == {label.barcode}, page  # the stub repeats the same code
        assert page.qr == [label.waybill]


def test_two_digit_piece_code_on_the_narrow_label_still_decodes_at_203_dpi():
    last = sample_labels(pieces=12)[-1]
    assert last.barcode.endswith("-12")
    [page] = decode_pages(build_labels([last], "76x130"))
    assert page.code128 == [last.barcode] and page.qr == [last.waybill]


def test_single_piece_barcode_is_the_waybill():
    [label] = sample_labels()
    [page] = decode_pages(build_labels([label]))
    assert page.code128 == [label.waybill] and page.qr == [label.waybill]


@pytest.mark.parametrize("size", SIZES)
def test_page_size_in_points(size):
    w_mm, h_mm = (int(v) for v in size.split("x"))
    doc = pdfium.PdfDocument(build_labels(sample_labels(pieces=2), size))
    try:
        assert len(doc) == 2
        for page in doc:
            w, h = page.get_size()
            assert w == pytest.approx(w_mm * MM, abs=0.01)
            assert h == pytest.approx(h_mm * MM, abs=0.01)
    finally:
        doc.close()


@pytest.mark.parametrize("size", SIZES)
def test_barcode_x_dimension_height_and_quiet_zones(size):
    lay = label_layout(size)
    for name in ("barcode", "stub_barcode"):
        box = lay.boxes.get(name)
        if box is None:
            continue
        for code in ("AA000000015CN", "AA000000015CN-9", "AA000000015CN-99"):
            module = barcode_module(code, box.w)
            if (size, code) == ("76x130", "AA000000015CN-99"):
                # 189 modules + quiet zones at 0.375 mm = 78.4 mm > 76 mm: whole 2 dots
                assert module == pytest.approx(0.25 * mm)
            else:
                assert module >= MODULE
            assert code128_width(code, module) + 2 * QUIET * module <= box.w
        assert box.h - 3.5 * mm - 3 * mm >= 15 * mm - 1e-6  # bar height


def test_chinese_name_is_text_and_font_embedded():
    pdf = build_labels(sample_labels(name="欧阳娜娜"))
    assert b"/FontFile2" in pdf  # TrueType outlines embedded
    doc = pdfium.PdfDocument(pdf)
    try:
        text = doc[0].get_textpage().get_text_range()
    finally:
        doc.close()
    assert "欧阳娜娜" in text
    assert "138****5678" in text and "13812345678" not in text
    assert "571-12-07" in text and "收件人 Recipient" in text


def _chars_of(pdf: bytes, wanted: set[str]) -> list[tuple[str, tuple[float, float, float, float]]]:
    doc = pdfium.PdfDocument(pdf)
    try:
        tp = doc[0].get_textpage()
        out = []
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if ch in wanted:
                out.append((ch, tp.get_charbox(i, loose=False)))
        return out
    finally:
        doc.close()


@pytest.mark.parametrize("size", SIZES)
@pytest.mark.parametrize("address", [
    "甲乙丙丁戊己庚辛壬癸" * 12,
    ("甲乙丙 丁戊己 庚辛壬 癸Road " * 8)[:120],
])
def test_long_address_stays_inside_its_box(size, address):
    assert len(address) == 120
    marks = set("甲乙丙丁戊己庚辛壬癸")
    pdf = build_labels(sample_labels(address=address), size)
    lay = label_layout(size)
    boxes = [lay.boxes[n] for n in ("recipient_address", "stub_recipient_address")
             if n in lay.boxes]
    chars = _chars_of(pdf, marks)
    # Nothing cut off: every character of the address is on the page, once per copy.
    assert len(chars) == sum(ch in marks for ch in address) * len(boxes)
    for ch, (left, bottom, right, top) in chars:
        assert any(b.x - 0.5 <= left and right <= b.x + b.w + 0.5 and b.y - 0.5 <= bottom
                   and top <= b.top + 0.5 for b in boxes), (ch, (left, bottom, right, top))


@pytest.mark.parametrize("size", SIZES)
def test_sort_code_is_the_largest_text(size):
    doc = pdfium.PdfDocument(build_labels(sample_labels(cod="99999.99"), size))
    try:
        tp = doc[0].get_textpage()
        heights = {}
        for i in range(tp.count_chars()):
            ch = tp.get_text_range(i, 1)
            if ch.strip():
                _left, b, _right, t = tp.get_charbox(i, loose=True)
                heights.setdefault(ch, []).append(t - b)
        sort_h = max(heights["7"])  # "571-12-07": digits of the sort code
        others = [h for ch, hs in heights.items() for h in hs if ch not in "571-20"]
        assert sort_h > max(others)
    finally:
        doc.close()


def page_text(pdf: bytes) -> str:
    doc = pdfium.PdfDocument(pdf)
    try:
        return doc[0].get_textpage().get_text_range()
    finally:
        doc.close()


def test_inspected_mark_only_when_inspected():
    from dataclasses import replace
    label = sample_labels()[0]
    assert "已验视" in page_text(build_labels([replace(label, inspected=True)]))
    assert "已验视" not in page_text(build_labels([label]))


def test_cod_only_when_due():
    assert "代收货款 COD ¥1,280.50" in page_text(build_labels(sample_labels(cod="1280.50")))
    assert "代收货款" not in page_text(build_labels(sample_labels(cod="0")))


def test_no_labels_is_an_error():
    with pytest.raises(ValueError):
        build_labels([])
    with pytest.raises(ValueError):
        build_labels(sample_labels(), "A4")

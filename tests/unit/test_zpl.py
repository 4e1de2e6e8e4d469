"""ZPL II output: one label per piece, 203 dpi geometry, the same codes as the PDF, and
ASCII-safe text unless the printer has a CJK font."""

from __future__ import annotations

import re

import pytest

from carrier_app.documents.zpl import PLACEHOLDER, ascii_safe, build_zpl
from label_support import sample_labels


def labels_of(zpl: str) -> list[str]:
    return re.findall(r"\^XA.*?\^XZ", zpl, flags=re.S)


@pytest.mark.parametrize(("size", "pw", "ll"), [("100x150", 800, 1200), ("100x180", 800, 1440),
                                                ("76x130", 608, 1040)])
def test_one_label_per_piece_with_its_codes(size, pw, ll):
    data = sample_labels(pieces=3, cod="128.50")
    zpl = build_zpl(data, size)
    blocks = labels_of(zpl)
    assert len(blocks) == 3
    for d, block in zip(data, blocks, strict=True):
        assert f"^PW{pw}" in block and f"^LL{ll}" in block
        codes = re.findall(r"\^BCN,\d+,Y,N,N,A\^FD([^^]*)\^FS", block)
        assert codes and set(codes) == {d.barcode}
        assert len(codes) == (2 if size == "100x180" else 1)
        assert re.findall(r"\^BQN,2,\d\^FDMA,([^^]*)\^FS", block) == [d.waybill]
        assert "^BY3," in block  # 0.375 mm modules
        assert "COD CNY 128.50" in block
        # every field stays on the label
        for x, y in re.findall(r"\^FO(\d+),(\d+)", block):
            assert 0 <= int(x) < pw and 0 <= int(y) < ll


def test_sort_code_is_the_biggest_font():
    block = labels_of(build_zpl(sample_labels()))[0]
    heights = {v: int(h) for h, v in re.findall(r"\^A0N,(\d+),\d+(?:\^FB[^\^]*)?\^FD([^^]*)\^FS",
                                                block)}
    assert heights["571-12-07"] == max(heights.values())


def test_default_is_ascii_safe_without_question_marks():
    zpl = build_zpl(sample_labels(name="欧阳娜娜"))
    assert zpl.isascii()
    assert "?" not in zpl
    assert f"{PLACEHOLDER} 138****5678" in zpl   # the Chinese recipient name
    assert "^FD90" not in zpl                      # no fragments of a Chinese address
    assert "138****5678" in zpl          # masked phone, never the full number
    assert "13812345678" not in zpl
    assert ascii_safe("文三路 90 号 ^FS~") == "90 FS"


def test_latin_names_and_addresses_print_in_full():
    [d] = sample_labels(name="Chen Wei", address="88 Jianguo Road, Chaoyang, Beijing")
    zpl = build_zpl([d])
    assert "Chen Wei 138****5678" in zpl and "88 Jianguo Road, Chaoyang, Beijing" in zpl


def test_cjk_font_keeps_chinese_in_utf8():
    zpl = build_zpl(sample_labels(name="欧阳娜娜"), cjk_font="E:SIMSUN.TTF")
    assert "^CI28" in zpl and "^A@N," in zpl and "E:SIMSUN.TTF" in zpl
    assert "欧阳娜娜 138****5678" in zpl
    assert PLACEHOLDER not in zpl


def test_errors():
    with pytest.raises(ValueError):
        build_zpl([])
    with pytest.raises(ValueError):
        build_zpl(sample_labels(), "4x6")

"""Drawing helpers every printed document shares: the embedded CJK font, Code 128 and QR
codes drawn as vector paths (one path per code, bars merged into runs), and text fitted
into a box by wrapping and shrinking — never cut off.

Measured (DESIGN.md): reportlab's QrCodeWidget costs ~20x a whole label; a QR matrix from
zxing-cpp drawn as merged runs costs ~0.06 ms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import barcode
import zxingcpp
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from carrier_app.config import RESOURCES

FONT = "WenQuanYiZenHei"
FONT_FILE = RESOURCES / "fonts" / "WenQuanYiZenHei-GBK.ttf"


def register_fonts() -> str:
    """Register the shipped CJK+Latin TrueType once; reportlab embeds a subset per PDF."""
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE)))
    return FONT


@lru_cache(maxsize=4096)
def code128_modules(value: str) -> str:
    """The Code 128 module string ('1' bar, '0' space) for `value`, without quiet zones."""
    return barcode.get_barcode_class("code128")(value).build()[0]


def _runs(bits: str) -> list[tuple[int, int]]:
    """(start, length) of each run of '1's."""
    runs, start = [], None
    for i, b in enumerate(bits):
        if b == "1" and start is None:
            start = i
        elif b != "1" and start is not None:
            runs.append((start, i - start))
            start = None
    if start is not None:
        runs.append((start, len(bits) - start))
    return runs


def code128_width(value: str, module: float) -> float:
    return len(code128_modules(value)) * module


def draw_code128(c: Canvas, x: float, y: float, value: str, *, module: float = 0.375 * mm,
                 height: float = 15 * mm) -> float:
    """Bars of `value` from (x, y) upwards, as one filled path; returns the width drawn.
    The caller leaves the quiet zones (10 modules each side) free."""
    # Drawn in module units under one transform: integer operands format far faster than
    # reportlab's per-number float formatting (the bulk of a label's cost otherwise).
    ops = " ".join(f"{start} 0 {length} 1 re" for start, length in _code128_runs(value))
    c.addLiteral(f"q {fp_str(module, 0, 0, height, x, y)} cm {ops} f Q")
    return code128_width(value, module)


@lru_cache(maxsize=4096)
def _code128_runs(value: str) -> tuple[tuple[int, int], ...]:
    return tuple(_runs(code128_modules(value)))


@lru_cache(maxsize=4096)
def qr_matrix(value: str, ec_level: str = "M") -> tuple[tuple[bool, ...], ...]:
    """QR modules (True = dark), no quiet zone."""
    img = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode,
                                  ec_level=ec_level).to_image(scale=1, add_quiet_zones=False)
    rows, cols = img.shape
    data = bytes(memoryview(img))
    return tuple(tuple(data[r * cols + col] == 0 for col in range(cols)) for r in range(rows))


def _qr_ops(value: str, ec_level: str = "M") -> tuple[int, str]:
    """The side n and the PDF rectangle operators of a QR code's dark runs, in module units
    with y up. One regex pass over the whole matrix (rows separated by a light byte, so no
    run crosses a row): a label's QR otherwise costs more than the rest of its drawing."""
    img = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode,
                                  ec_level=ec_level).to_image(scale=1, add_quiet_zones=False)
    rows, cols = img.shape
    data = bytes(memoryview(img))
    stride = cols + 1
    padded = b"\xff".join(data[r * cols:(r + 1) * cols] for r in range(rows))
    top = rows - 1
    return rows, " ".join(
        f"{m.start() % stride} {top - m.start() // stride} {m.end() - m.start()} 1 re"
        for m in _DARK.finditer(padded))


_DARK = re.compile(rb"\x00+")


def draw_qr(c: Canvas, x: float, y: float, value: str, size: float) -> None:
    """A QR code of side `size` with its lower-left corner at (x, y); quiet zone is the
    caller's (4 modules)."""
    n, ops = _qr_ops(value)
    m = size / n
    c.addLiteral(f"q {fp_str(m, 0, 0, m, x, y)} cm {ops} f Q")


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size: float
    leading: float


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`: at spaces for Latin words, anywhere
    between CJK characters; a single over-long word is broken by character."""
    lines: list[str] = []
    for paragraph in text.splitlines() or [""]:
        line = ""
        for token in _tokens(paragraph):
            candidate = line + token
            if not line or pdfmetrics.stringWidth(candidate, font, size) <= width:
                line = candidate
                continue
            lines.append(line.rstrip())
            line = token.lstrip()
            while pdfmetrics.stringWidth(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and pdfmetrics.stringWidth(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _tokens(text: str) -> list[str]:
    out: list[str] = []
    word = ""
    for ch in text:
        if ord(ch) < 0x2E80 and not ch.isspace():
            word += ch
            continue
        if word:
            out.append(word)
            word = ""
        out.append(ch)
    if word:
        out.append(word)
    return out


def fit_text(text: str, font: str, width: float, height: float, *, max_size: float,
             min_size: float = 5.0, leading: float = 1.2) -> Fitted:
    """The largest size (down to `min_size`) at which `text` wraps into the box. Below that
    the text still wraps at `min_size`; callers size boxes so that does not overflow."""
    size = max_size
    while True:
        lines = wrap(text, font, size, width)
        if len(lines) * size * leading <= height or size <= min_size:
            return Fitted(lines, size, size * leading)
        size = max(min_size, size - 0.5)


def draw_fitted(c: Canvas, x: float, top: float, f: Fitted, font: str) -> None:
    """Lines of `f` from the top edge `top` downwards."""
    c.setFont(font, f.size)
    y = top - f.size
    for line in f.lines:
        c.drawString(x, y, line)
        y -= f.leading

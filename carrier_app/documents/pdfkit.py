"""Drawing helpers every printed document shares: the embedded CJK font, Code 128 (one
vector path of merged bar runs) and QR codes (a 1-bit image mask), text written as cached
operands in one text object, and text fitted into a box by wrapping and shrinking — never
cut off.

Measured (DESIGN.md): reportlab's QrCodeWidget costs ~20x a whole label; a QR matrix from
zxing-cpp as a 1-bit inline image mask costs ~0.05 ms.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import barcode
import zxingcpp
from reportlab import rl_config
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from carrier_app.config import RESOURCES

# Streams stay binary (Flate only): ASCII85 on top costs time and 25 % more bytes, and
# nothing sends these files through a 7-bit channel. Every document is drawn through here.
rl_config.useA85 = 0

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
    return tuple((m.start(), m.end() - m.start()) for m in _BARS.finditer(code128_modules(value)))


_BARS = re.compile("1+")


@lru_cache(maxsize=256)   # the pieces of one waybill share its QR
def _qr_mask(value: str, ec_level: str = "M") -> tuple[int, str]:
    """The side n (modules) and the hex of a QR code as a 1-bit image mask: rows top to
    bottom, each padded to whole bytes, bit 0 = dark (painted in the fill colour)."""
    img = zxingcpp.create_barcode(value, zxingcpp.BarcodeFormat.QRCode,
                                  ec_level=ec_level).to_image(scale=1, add_quiet_zones=False)
    rows, cols = img.shape
    pad = b"1" * (-cols % 8)
    # zxingcpp.Image has the buffer protocol; its stub does not say so.
    modules = bytes(memoryview(img)).translate(_TO_BIT)  # type: ignore[arg-type]
    bits = pad.join(modules[r * cols:(r + 1) * cols] for r in range(rows)) + pad
    return rows, int(bits, 2).to_bytes(len(bits) // 8, "big").hex()


_TO_BIT = bytes.maketrans(b"\x00\xff", b"01")


def draw_qr(c: Canvas, x: float, y: float, value: str, size: float) -> None:
    """A QR code of side `size` with its lower-left corner at (x, y); quiet zone is the
    caller's (4 modules). Drawn as an inline image mask, not interpolated: ~60 bytes
    instead of ~120 rectangles, which cost more than all the rest of a label's drawing."""
    n, hexdata = _qr_mask(value)
    c.addLiteral(f"q {fp_str(size, 0, 0, size, x, y)} cm "
                 f"BI /W {n} /H {n} /IM true /BPC 1 /F /AHx ID {hexdata}> EI Q")


@dataclass(frozen=True)
class Fitted:
    lines: list[str]
    size: float
    leading: float


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """Break `text` into lines no wider than `width`: at spaces for Latin words, anywhere
    between CJK characters; a single over-long word is broken by character."""
    lines: list[str] = []
    measure = pdfmetrics.stringWidth
    em = _TOKEN_WIDTHS.setdefault(font, {})  # at 1 pt: an address is mostly the same glyphs
    for paragraph in text.splitlines() or [""]:
        line, line_w = "", 0.0
        for token in _tokens(paragraph):
            token_w = em.get(token)
            if token_w is None:
                if len(em) > 50_000:   # Latin words and numbers vary without end
                    em.clear()
                token_w = em[token] = measure(token, font, 1.0)
            token_w *= size
            if not line or line_w + token_w <= width:
                line, line_w = line + token, line_w + token_w
                if line_w <= width:
                    continue
                # an over-long first word (a 60-character order ref): broken below
            else:
                lines.append(line.rstrip())
                line = token.lstrip()
            while measure(line, font, size) > width and len(line) > 1:
                cut = len(line) - 1
                while cut > 1 and measure(line[:cut], font, size) > width:
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
            line_w = measure(line, font, size)
        lines.append(line.rstrip())
    return lines


_TOKEN_WIDTHS: dict[str, dict[str, float]] = {}   # font -> token -> width at 1 pt


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


@dataclass(frozen=True)
class Cell:
    """A table cell: its left edge and width (points), its text, right-aligned or not."""
    x: float
    width: float
    text: str
    right: bool = False


def cell_lines(cells: Sequence[Cell], font: str, size: float, pad: float) -> list[list[str]]:
    return [wrap(cell.text, font, size, max(size, cell.width - 2 * pad)) if cell.text else []
            for cell in cells]


def row_height(cells: Sequence[Cell], font: str, size: float, *, pad: float,
               min_height: float, leading: float = 1.2) -> float:
    most = max((len(x) for x in cell_lines(cells, font, size, pad)), default=1)
    return max(min_height, most * size * leading + (min_height - size * leading))


def draw_cells(c: Canvas, font: str, size: float, top: float, cells: Sequence[Cell], *,
               pad: float, min_height: float, leading: float = 1.2) -> float:
    """One table row whose cells wrap inside their widths (long addresses, 60-character
    order refs: never drawn over the next column); returns the row's height."""
    lines = cell_lines(cells, font, size, pad)
    height = row_height(cells, font, size, pad=pad, min_height=min_height, leading=leading)
    c.setFont(font, size)
    for cell, wrapped in zip(cells, lines):
        y = top - (min_height - size * leading) / 2 - size
        for line in wrapped:
            if cell.right:
                c.drawRightString(cell.x + cell.width - pad, y, line)
            else:
                c.drawString(cell.x + pad, y, line)
            y -= size * leading
    return height


def draw_fitted(c: Canvas, x: float, top: float, f: Fitted, font: str) -> None:
    """Lines of `f` from the top edge `top` downwards."""
    c.setFont(font, f.size)
    y = top - f.size
    for line in f.lines:
        c.drawString(x, y, line)
        y -= f.leading


class TextEncoder:
    """A document's text as PDF string operands for one TrueType font, cached by string.

    reportlab assigns each character a code in a 256-glyph subset of the embedded font, per
    document; the codes are asked of it once per distinct string (captions, names and sort
    codes repeat across a batch) and kept as hex operands, which need no escaping."""

    def __init__(self, c: Canvas, font: str) -> None:
        self.font = font
        self._ttf = pdfmetrics.getFont(font)
        self._doc = c._doc
        self._cache: dict[str, tuple[tuple[str, str], ...]] = {}

    def segments(self, text: str) -> tuple[tuple[str, str], ...]:
        """(subset font resource name, hex codes) runs of `text`."""
        seg = self._cache.get(text)
        if seg is None:
            ttf, doc = self._ttf, self._doc
            seg = self._cache[text] = tuple(
                (ttf.getSubsetInternalName(subset, doc), codes.hex())
                for subset, codes in ttf.splitString(text, doc))
        return seg


class TextOps:
    """Text collected as operators and drawn as one text object (one BT…ET): far cheaper
    than reportlab's text object, which formats every string and font change anew.
    Bold is simulated by fill + stroke (the one font has a single weight)."""

    def __init__(self, enc: TextEncoder, bold_stroke: float = 0.4) -> None:
        self.enc = enc
        self.font = enc.font
        self.bold_stroke = bold_stroke
        self._ops: list[str] = []
        self._bold = False
        self._tf: tuple[str, float] | None = None

    def put(self, text: str, x: float, y: float, size: float, bold: bool = False) -> None:
        ops = self._ops
        if bold != self._bold:
            ops.append("2 Tr" if bold else "0 Tr")
            self._bold = bold
        ops.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        for name, codes in self.enc.segments(text):
            if self._tf != (name, size):
                ops.append(f"{name} {fp_str(size)} Tf")
                self._tf = (name, size)
            ops.append(f"<{codes}> Tj")

    def line(self, text: str, x: float, y: float, width: float, size: float, *,
             bold: bool = False, align: str = "left") -> float:
        """One line shrunk (never cut) to `width`; returns the size used."""
        w = pdfmetrics.stringWidth(text, self.font, size)
        if w > width:
            size = size * width / w
            w = width
        if align == "right":
            x = x + width - w
        elif align == "center":
            x = x + (width - w) / 2
        self.put(text, x, y, size, bold)
        return size

    def fitted(self, x: float, top: float, f: Fitted) -> None:
        """Lines of `f` from the top edge `top` downwards."""
        y = top - f.size
        for text in f.lines:
            self.put(text, x, y, f.size)
            y -= f.leading

    def draw(self, c: Canvas) -> None:
        """Add the collected text to the page or form; graphics state is restored after."""
        if self._ops:
            c.addLiteral(f"q {fp_str(self.bold_stroke)} w BT {' '.join(self._ops)} ET Q")
        self._ops, self._bold, self._tf = [], False, None

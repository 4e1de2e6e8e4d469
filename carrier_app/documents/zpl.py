"""Labels as ZPL II for 203 dpi (8 dots/mm) thermal printers: the same blocks as the PDF
(documents/labels.py): carrier, service, date, the sort code largest, Code 128 of the piece
(^BY3 = 0.375 mm modules, automatic subset, human-readable line), recipient, sender with
保价 (insured value and fee), pieces/weight/order ref/COD, QR of the waybill number, signature
box; the 100x180 stub too. REPRINT (补打) and INSPECTED (已验视) beside the sort code, as the
PDF prints them.

CJK text — what we chose, honestly:
A Zebra printer's resident fonts (0, A-H) have no Chinese glyphs. Without a CJK font on the
printer the output is pure ASCII: a name or address that is all ASCII prints as is; one
with Chinese in it prints `(CJK - see PDF label)` as a whole (not question marks, boxes or
meaningless fragments such as "90 3 502"). Captions are English only. Everything a depot
scans or reads at speed — sort code, barcode, QR, waybill, pieces, weight, COD, order ref,
masked phone — is ASCII and prints in full; recipient and sender names/addresses written in
Chinese do not.
A depot whose printers carry a downloaded TrueType CJK font (e.g. `E:SIMSUN.TTF`, loaded
with Zebra's font tools) passes its name as `cjk_font`: the output is then UTF-8 (^CI28) and
the text fields are printed in that font (^A@) with their Chinese intact.
"""

from __future__ import annotations

import re

from carrier_app.core.money import format_yuan
from carrier_app.documents.labels import LabelData, page_size, printed_phone
from carrier_app.documents.pdfkit import code128_width

DOTS_PER_MM = 8
MODULE_DOTS = 3          # 0.375 mm
QUIET = 10
PLACEHOLDER = "(CJK - see PDF label)"
_SPACE = re.compile(r"\s+")


def ascii_safe(text: str) -> str:
    """`text` without characters a resident Zebra font cannot show, and without ZPL's
    control characters (^ and ~)."""
    out = "".join(ch for ch in text if 32 <= ord(ch) < 127 and ch not in "^~\\")
    return _SPACE.sub(" ", out).strip()


def _ascii_field(value: str, placeholder: bool) -> str:
    """A field with Chinese in it is not printed in fragments ("90 3 502"): it is replaced
    whole by the placeholder (or, for the carrier name, by its ASCII part)."""
    safe = ascii_safe(value)
    if value.isascii() or not placeholder:
        return safe
    return PLACEHOLDER


class _Zpl:
    def __init__(self, cjk_font: str | None) -> None:
        self.cjk_font = cjk_font
        self.out: list[str] = []

    def text(self, x: int, y: int, value: str, h: int, *, width: int | None = None,
             lines: int = 1, align: str = "L", placeholder: bool = True) -> None:
        """A text field; with `width`, a wrapping field block of at most `lines` lines."""
        if self.cjk_font:
            value = _SPACE.sub(" ", value.replace("^", " ").replace("~", " ")).strip()
            font = f"^A@N,{h},{h},{self.cjk_font}"
        else:
            value = _ascii_field(value, placeholder)
            font = f"^A0N,{h},{h}"
        block = f"^FB{width},{lines},0,{align},0" if width else ""
        self.out.append(f"^FO{x},{y}{font}{block}^FD{value}^FS")

    def part(self, value: str) -> str:
        """One value inside a composed line: the placeholder stands in for it alone."""
        return value if self.cjk_font else _ascii_field(value, True)

    def box(self, x: int, y: int, w: int, h: int, t: int = 2) -> None:
        self.out.append(f"^FO{x},{y}^GB{w},{h},{t}^FS")

    def code128(self, y: int, value: str, width: int, height: int) -> None:
        module = MODULE_DOTS
        while module > 2 and (code128_width(value, module) + 2 * QUIET * module) > width:
            module -= 1  # only for 16-character piece codes on 76 mm labels
        x = max(0, (width - int(code128_width(value, module))) // 2)
        # ^BC mode A: the printer picks subsets B/C itself; interpretation line below.
        self.out.append(f"^BY{module},3,{height}^FO{x},{y}^BCN,{height},Y,N,N,A"
                        f"^FD{ascii_safe(value)}^FS")

    def qr(self, x: int, y: int, value: str, magnification: int) -> None:
        self.out.append(f"^FO{x},{y}^BQN,2,{magnification}^FDMA,{ascii_safe(value)}^FS")


def build_zpl(labels: list[LabelData], size: str = "100x150", *,
              cjk_font: str | None = None) -> str:
    """One ^XA…^XZ label per piece."""
    if not labels:
        raise ValueError("no labels to build")
    page_size(size)  # validates
    w_mm, h_mm = (int(v) for v in size.split("x"))
    pw, ll = w_mm * DOTS_PER_MM, h_mm * DOTS_PER_MM
    return "".join(_label(d, size, pw, ll, cjk_font) for d in labels)


def mark_reprint_field() -> str:
    """A reversed REPRINT box at the top left of the sort-code band."""
    return "^FO16,72^GB150,44,44^FS^FO22,80^FR^A0N,34,34^FDREPRINT^FS"


def mark_reprint(zpl: str) -> str:
    """Stored ZPL printed again from the queue: the REPRINT mark on every label."""
    return zpl.replace("^XZ", mark_reprint_field() + "^XZ")


def _label(d: LabelData, size: str, pw: int, ll: int, cjk_font: str | None) -> str:
    z = _Zpl(cjk_font)
    m = 16                      # 2 mm margin
    inner = pw - 2 * m
    narrow = pw < 800
    z.out.append(f"^XA^CI28^PW{pw}^LL{ll}^LH0,0")
    # header: carrier, service, date
    service = {"standard": "Standard", "express": "Express"}.get(d.service, d.service)
    z.text(m, 20, d.carrier, 28, width=inner // 2, placeholder=False)
    z.text(m + inner // 2, 20, service, 28, width=inner // 4, align="C")
    z.text(m, 22, d.date.isoformat(), 24, width=inner, align="R")
    z.box(m, 64, inner, 0, 2)
    # sort code: the biggest text; the 补打 / 已验视 marks in the corners above it
    sort = d.sort_code or "MANUAL"
    top = _marks(z, d, m, inner)
    z.text(m, 80 + top, sort, (130 if not narrow else 100) - top, width=inner, align="C")
    y = 80 + (150 if not narrow else 120)
    z.box(m, y, inner, 0, 2)
    # piece barcode
    z.code128(y + 16, d.barcode, pw, 120)
    y += 16 + 120 + 40
    z.box(m, y, inner, 0, 2)
    y = _recipient(z, d, m, y, inner, address_lines=4 if size != "100x180" else 3)
    # sender, and on its caption line the 保价 (insured value and fee)
    z.text(m + 8, y + 8, "Sender", 18)
    if d.declared_value:
        z.text(m + 100, y + 6, _insured(z, d), 22, width=inner - 108, align="R",
               placeholder=False)
    sender = " ".join(x for x in (z.part(d.sender_name), printed_phone(d.sender_phone)) if x)
    z.text(m + 8, y + 30, sender, 22, width=inner - 16)
    z.text(m + 8, y + 56, d.sender_address, 20, width=inner - 16, lines=2)
    y += 104
    z.box(m, y, inner, 0, 2)
    # info + QR
    info_top = y
    weight = f"{d.weight_kg.normalize():f}" if d.weight_kg else "-"
    z.text(m + 8, y + 10, f"Pieces {d.piece_no}/{d.pieces}   Weight {weight} kg", 24)
    z.text(m + 8, y + 40, f"Order {d.order_ref or '-'}", 22, width=inner - 200)
    z.text(m + 8, y + 68, f"Waybill {d.waybill}", 22)
    if d.cod:
        z.text(m + 8, y + 98, f"COD {format_yuan(d.cod).replace('¥', 'CNY ')}", 44,
               width=inner - 200)
    z.qr(pw - m - 180, info_top + 4, d.waybill, 5 if not narrow else 4)
    y = info_top + 160
    z.box(m, y, inner, 0, 2)
    if size == "100x180":
        tear = 110 * DOTS_PER_MM
        z.out.append(f"^FO0,{tear}^GB{pw},0,1^FS")
        y = tear + 12
        z.text(m, y, f"{d.carrier} - Delivery stub   {d.piece_no}/{d.pieces}  {sort}", 22,
               width=inner, placeholder=False)
        z.code128(y + 34, d.barcode, pw, 100)
        y += 34 + 100 + 36
        y = _recipient(z, d, m, y, inner, address_lines=2)
    _sign(z, m, y, inner, ll - m - y)
    z.out.append("^XZ\n")
    return "".join(z.out)


def _marks(z: _Zpl, d: LabelData, m: int, inner: int) -> int:
    """REPRINT (补打) top left and INSPECTED (已验视) top right of the sort code block; how far
    the sort code moves down (and shrinks) for them: 0 without marks."""
    if not (d.reprint or d.inspected):
        return 0
    for on, align, zh, en in ((d.reprint, "L", "补打", "REPRINT"),
                              (d.inspected, "R", "已验视", "INSPECTED")):
        if on:
            z.text(m, 70, f"{zh} {en}" if z.cjk_font else en, 20, width=inner, align=align,
                   placeholder=False)
    return 12


def _insured(z: _Zpl, d: LabelData) -> str:
    if z.cjk_font:
        return f"保价 {format_yuan(d.declared_value)} 保费 {format_yuan(d.insurance_fee)}"
    return (f"Insured {format_yuan(d.declared_value).replace('¥', 'CNY ')} "
            f"fee {format_yuan(d.insurance_fee).replace('¥', 'CNY ')}")


def _recipient(z: _Zpl, d: LabelData, m: int, y: int, inner: int, address_lines: int) -> int:
    z.text(m + 8, y + 8, "Recipient", 18)
    z.text(m + 8, y + 30, f"{z.part(d.recipient_name)} {printed_phone(d.recipient_phone)}", 34,
           width=inner - 16)
    z.text(m + 8, y + 72, d.recipient_address, 26, width=inner - 16, lines=address_lines)
    y += 72 + 28 * address_lines + 8
    z.box(m, y, inner, 0, 2)
    return y


def _sign(z: _Zpl, m: int, y: int, inner: int, h: int) -> None:
    if h < 40:
        return
    z.box(m, y + 6, inner, h - 6, 2)
    z.text(m + 8, y + 14, "Signature", 18)
    z.text(m + 8, y + h - 28, "Received in good condition        Date:", 18)

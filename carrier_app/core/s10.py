"""UPU S10 identifiers: `AA` + 8-digit serial + check digit + `CN`.

Check digit: weights 8 6 4 2 3 5 9 7 over the serial, c = 11 - (sum % 11); 10 -> 0, 11 -> 5.
Pieces of a multi-piece waybill carry `<waybill>-<n>`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from carrier_app.core.errors import ValidationError
from carrier_app.core.text import fold_full_width

WEIGHTS = (8, 6, 4, 2, 3, 5, 9, 7)
# ASCII only: Python's \d would also take Arabic-Indic or full-width digits.
_S10 = re.compile(r"([A-Z]{2})([0-9]{8})([0-9])([A-Z]{2})", re.ASCII)
_PIECE = re.compile(r"(.{13})-([0-9]{1,2})", re.ASCII)


def check_digit(serial: str) -> int:
    if len(serial) != 8 or not (serial.isascii() and serial.isdigit()):
        raise ValueError(f"S10 serial must be 8 digits, got {serial!r}")
    c = 11 - sum(int(d) * w for d, w in zip(serial, WEIGHTS)) % 11
    return {10: 0, 11: 5}.get(c, c)


def make(prefix: str, serial: int, country: str = "CN") -> str:
    s = f"{serial:08d}"
    if len(s) != 8:
        raise ValueError(f"serial {serial} does not fit 8 digits")
    return f"{prefix}{s}{check_digit(s)}{country}"


def normalise(code: str) -> str:
    """A scan as the parser reads it: full-width forms (ＡＡ１２３…, from a Chinese input
    method or a scanner in a full-width keyboard mode) folded to ASCII by NFKC. Other
    scripts' digits are left alone (and then refused). Callers strip and upper-case."""
    return fold_full_width(code)


def is_valid(code: str) -> bool:
    m = _S10.fullmatch(code)
    return m is not None and check_digit(m.group(2)) == int(m.group(3))


@dataclass(frozen=True)
class ScanCode:
    """A scanned label: the waybill number and, for a piece label, its piece number."""

    waybill: str
    piece: int | None = None

    def __str__(self) -> str:
        return self.waybill if self.piece is None else f"{self.waybill}-{self.piece}"


@lru_cache(maxsize=4096)
def parse(code: str) -> ScanCode:
    """Parse a scan (normalised here too: `normalise`); raise ValidationError with a
    specific reason. Kept per code: one scan is parsed by the screen, the station, the
    parcel look-up and the event (a refusal is not kept: it is raised again)."""
    code = normalise(code)
    if not code:
        raise ValidationError("Empty scan", field="code", reason="empty")
    piece = None
    m = _PIECE.fullmatch(code)
    if m:
        code, piece = m.group(1), int(m.group(2))
        if piece < 1:
            raise ValidationError(f"{code}-{piece}: piece numbers start at 1", field="code",
                                  reason="piece")
    m = _S10.fullmatch(code)
    if not m:
        raise ValidationError(
            f"{code} is not a waybill number (expected 2 letters, 9 digits, 2 letters, "
            "e.g. AA123456785CN)", field="code", reason="format", value=code)
    if check_digit(m.group(2)) != int(m.group(3)):
        raise ValidationError(
            f"{code}: wrong check digit (misread or mistyped) — scan again",
            field="code", reason="check_digit", value=code)
    return ScanCode(code, piece)

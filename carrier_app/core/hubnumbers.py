"""Bag (集包) and linehaul manifest (交接单) numbers: a 2-letter series + 8-digit serial +
one check digit, e.g. `BG000000015`, `MF000000023`.

The check digit is the S10 one (weights 8 6 4 2 3 5 9 7, 11 - sum % 11, 10 -> 0, 11 -> 5):
it catches every single-digit error and most transpositions, and the staff already know
that a waybill with a wrong check digit is a misread. Serials come from the database
(`waybill.numbers.reserve_block` with the sequence names below)."""

from __future__ import annotations

import re

from carrier_app.core import s10
from carrier_app.core.errors import ValidationError

BAG = "BG"
MANIFEST = "MF"
SEQUENCE = {BAG: "bag", MANIFEST: "manifest"}
_FORM = re.compile(r"^([A-Z]{2})(\d{8})(\d)$")


def make(series: str, serial: int) -> str:
    s = f"{serial:08d}"
    if len(s) != 8:
        raise ValueError(f"serial {serial} does not fit 8 digits")
    return f"{series}{s}{s10.check_digit(s)}"


def series_of(code: str) -> str | None:
    """BG / MF when `code` looks like a number of that series (check digit not verified)."""
    m = _FORM.match(code)
    return m.group(1) if m and m.group(1) in SEQUENCE else None


def parse(code: str, series: str) -> str:
    """The normalised number, or ValidationError (reason format / check_digit)."""
    code = code.strip().upper()
    m = _FORM.match(code)
    if not m or m.group(1) != series:
        what = "bag" if series == BAG else "manifest"
        raise ValidationError(f"{code} is not a {what} number ({series} + 9 digits)",
                              field="code", reason="format", value=code)
    if s10.check_digit(m.group(2)) != int(m.group(3)):
        raise ValidationError(f"{code}: wrong check digit (misread or mistyped) — scan again",
                              field="code", reason="check_digit", value=code)
    return code

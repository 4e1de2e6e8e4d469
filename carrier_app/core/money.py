"""Money: Decimal yuan with two places in the domain, integer fen in storage. Never float.

Typed or imported amounts are read strictly (`to_fen` on text): ASCII digits with a point for
decimals; a comma only as a thousands separator in groups of three ("1,234.50", "12,345").
"59,90" (a decimal comma) is refused, never read as 5990. Full-width digits and punctuation
from a Chinese input method ("５９．９０") are folded to ASCII with NFKC first; any other
digits (Arabic-Indic, …), underscores, exponents, NaN and Infinity are refused.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from carrier_app.core.errors import ValidationError
from carrier_app.core.text import fold_full_width

CENT = Decimal("0.01")
#: The largest amount a stored money column (a 32-bit integer of fen) holds.
MAX_FEN = 2**31 - 1
#: More integer digits than any amount of money we handle; longer text is refused before
#: Decimal arithmetic (whose default 28-digit context would raise InvalidOperation).
MAX_DIGITS = 15
_NUMBER = re.compile(r"(?P<sign>[+-]?)(?P<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]*)"
                     r"(?:\.(?P<frac>[0-9]*))?", re.ASCII)


def parse_decimal(text: str, *, what: str = "amount", grouping: bool = True,
                  field: str = "amount") -> Decimal:
    """Strict decimal reading of user or file text (see the module docstring); raises
    ValidationError naming the value and why."""
    raw = text
    s = fold_full_width(text).strip()
    if grouping:
        s = s.removeprefix("¥").removeprefix("￥").strip()
    m = _NUMBER.fullmatch(s)
    if m is None or not (m.group("int") or m.group("frac")):
        reason = _why_not_a_number(s, grouping)
        raise ValidationError(f"{raw!r} is not {_article(what)}: {reason}", field=field,
                              reason="number", value=raw)
    digits = m.group("int").replace(",", "")
    if "," in m.group("int") and not grouping:
        raise ValidationError(f"{raw!r} is not {_article(what)}: no thousands separators",
                              field=field, reason="number", value=raw)
    if len(digits.lstrip("0")) > MAX_DIGITS or len(m.group("frac") or "") > MAX_DIGITS:
        raise ValidationError(f"{raw!r} is not {_article(what)}: far too many digits",
                              field=field, reason="too_large", value=raw)
    return Decimal(f"{m.group('sign')}{digits or '0'}.{m.group('frac') or '0'}")


def _article(what: str) -> str:
    return f"an {what}" if what[:1] in "aeiou" else f"a {what}"


def _why_not_a_number(s: str, grouping: bool) -> str:
    if not s:
        return "it is empty"
    if re.fullmatch(r"[+-]?[0-9.]*,[0-9]{1,2}", s, re.ASCII) or \
            re.fullmatch(r"[+-]?[0-9]+,[0-9]+", s, re.ASCII) and not grouping:
        return "use a point for decimals (59.90); a comma only separates thousands (1,234.50)"
    if "," in s:
        return "a comma may only separate thousands in groups of three (1,234.50)"
    if "_" in s:
        return "no underscores in numbers"
    if re.search(r"[0-9][eE][+-]?[0-9]", s):
        return "write the number out, without an exponent"
    if s.strip("+-").lower() in ("nan", "snan", "inf", "infinity"):
        return "not a finite number"
    if any(ch.isdigit() and not ch.isascii() for ch in s):
        return "use the digits 0-9"
    return "only the digits 0-9, one decimal point and an optional sign"


def to_fen(amount: Decimal | int | str) -> int:
    """Yuan -> fen. Refuses floats and more than two decimal places; text is read strictly
    (`parse_decimal`)."""
    if isinstance(amount, float):
        raise TypeError("money must not be float")
    if isinstance(amount, bool):
        raise TypeError("money must not be bool")
    if isinstance(amount, int):
        return amount * 100
    if isinstance(amount, Decimal):
        d = amount
        if not d.is_finite() or d.adjusted() >= MAX_DIGITS:
            raise ValidationError(f"{amount} is not an amount of money", field="amount",
                                  reason="amount", value=str(amount))
    else:
        d = parse_decimal(str(amount), what="amount of money")
    if d != d.quantize(CENT):
        raise ValidationError(f"{amount} has more than two decimal places", field="amount",
                              reason="decimals", value=str(amount))
    return int(d * 100)


def from_fen(fen: int) -> Decimal:
    return (Decimal(fen) / 100).quantize(CENT, rounding=ROUND_HALF_UP)


MAX_AMOUNT = from_fen(MAX_FEN)


def parse_amount(text: str | Decimal | int, *, field: str = "amount",
                 allow_negative: bool = False) -> Decimal:
    """Parse what a user typed into a money field (a Decimal or int is checked the same way:
    `str()` of a Decimal may be exponent notation, which text may not use)."""
    if isinstance(text, str):
        fen = to_fen(text) if text.strip() else 0
    else:
        fen = to_fen(text)
    if fen < 0 and not allow_negative:
        raise ValidationError(f"{field}: must not be negative", field=field, reason="negative")
    if abs(fen) > MAX_FEN:
        raise ValidationError(f"{field}: {text} is more than {format_yuan(MAX_AMOUNT)}",
                              field=field, reason="too_large")
    return from_fen(fen)


def format_yuan(amount: Decimal | int) -> str:
    """`¥1,234.50`; an int is taken as fen."""
    d = from_fen(amount) if isinstance(amount, int) else amount
    return f"¥{d:,.2f}"

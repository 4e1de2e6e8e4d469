"""Phone numbers as printed: privacy-masked so a label shows `138****5678`."""

from __future__ import annotations

import re

_DIGITS = re.compile(r"\D")


def mask_phone(phone: str) -> str:
    digits = _DIGITS.sub("", phone)
    if len(digits) >= 11 and digits.startswith("86") and len(digits) == 13:
        digits = digits[2:]
    if len(digits) >= 7:
        return f"{digits[:3]}****{digits[-4:]}"
    return "*" * len(digits)


def last_four(phone: str) -> str | None:
    """The last four digits of a phone number (what a recipient reads out), None with fewer."""
    digits = _DIGITS.sub("", phone)
    return digits[-4:] if len(digits) >= 4 else None

"""Spreadsheet cells the app writes, safe to open (CWE-1236, DESIGN.md rule 8).

A text cell that starts with = + - @ (or a tab or carriage return, per OWASP) would be read
by Excel / LibreOffice as a formula; it gets a leading apostrophe, in CSV and in XLSX alike
(one rule: the person sees the same text in both, and an XLSX cell so prefixed is a plain
string, never a formula). Numbers (int, Decimal, float) are left as numbers: a negative
amount is a number, not text. `restore` takes the apostrophe off again for our own imports
of what we exported (routing rules)."""

from __future__ import annotations

from collections.abc import Iterable

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def safe(value: object) -> object:
    """The cell as written: text that a spreadsheet would take for a formula, prefixed."""
    if isinstance(value, str) and value.startswith(TRIGGERS):
        return "'" + value
    return value


def safe_row(values: Iterable[object]) -> list[object]:
    return [safe(v) for v in values]


def restore(text: str) -> str:
    """The text before `safe` (for reading back a file we wrote)."""
    return text[1:] if text.startswith("'") and text[1:].startswith(TRIGGERS) else text

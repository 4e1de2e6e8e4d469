"""One line for a Chinese address as printed: province, city, district, street — without
saying a municipality twice (上海市上海市) or repeating a part the street line already has."""

from __future__ import annotations


def full_address(province: str, city: str, district: str, street: str, sep: str = "") -> str:
    parts: list[str] = []
    for part in (province, city, district):
        part = part.strip()
        if part and part not in parts and part not in street:
            parts.append(part)
    return sep.join([*parts, street.strip()])

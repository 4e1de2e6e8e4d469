"""Counter acceptance (收寄, issue 14 item 1): the sender's real-name ID, its masked form and
keyed hash, and the prohibited/restricted contents words (禁寄/限寄). Pure: no database.

The full ID number is never stored: a keyed hash (HMAC-SHA256) finds a returning sender, a
masked form (`3301**********1234`) is what is shown and printed."""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from stdnum import numdb
from stdnum.cn import ric
from stdnum.exceptions import ValidationError as StdnumError

from carrier_app.core.errors import ValidationError
from carrier_app.core.text import fold_full_width

# The region table a resident ID's check looks its birth place up in (stdnum's cn/loc, ~7,000
# lines) is otherwise parsed by the first check: ~70 ms inside the day's first acceptance at
# the counter. Parsed when this module loads, with the screens and commands that accept.
numdb.get("cn/loc")

#: ID types a sender may show at the counter, with the format each must have.
ID_TYPES: dict[str, str] = {
    "RIC": "居民身份证",          # 18 characters, ISO 7064 MOD 11-2 check character
    "PASSPORT": "护照",           # 5-17 letters and digits
    "HKMO": "港澳居民来往内地通行证",  # H or M + 8 or 10 digits
    "TW": "台湾居民来往大陆通行证",    # 8 digits (or 10: older cards)
    "HKMO_PERMIT": "往来港澳通行证",   # C + 8 characters, or a letter + 8 digits
}
_FORMATS: dict[str, re.Pattern[str]] = {
    "PASSPORT": re.compile(r"[A-Z0-9]{5,17}"),
    "HKMO": re.compile(r"[HM]\d{8}(\d{2})?"),
    "TW": re.compile(r"\d{8}(\d{2})?"),
    "HKMO_PERMIT": re.compile(r"C[A-Z0-9]\d{7}|[A-Z]\d{8}"),
}

#: Categories of the prohibited-items list.
PROHIBITED = "PROHIBITED"   # 禁寄
RESTRICTED = "RESTRICTED"   # 限寄: accepted only with a supervisor's override
CATEGORIES = (PROHIBITED, RESTRICTED)


def normalise_id(id_type: str, number: str) -> tuple[str, str]:
    """(type, number) checked and normalised, or a ValidationError on `sender_id_number`
    (or `sender_id_type`) saying what is wrong."""
    t = (id_type or "").strip().upper()
    if not t:
        raise ValidationError("The sender's ID type is required (real-name acceptance)",
                              field="sender_id_type", reason="required")
    if t not in ID_TYPES:
        raise ValidationError(f"Unknown ID type {id_type!r}", field="sender_id_type",
                              reason="id_type")
    n = re.sub(r"[\s-]", "", fold_full_width(number or "")).upper()
    if not n:
        raise ValidationError("The sender's ID number is required (real-name acceptance)",
                              field="sender_id_number", reason="required")
    if t == "RIC":
        if not re.fullmatch(r"\d{17}[\dX]", n):
            raise ValidationError("A resident ID number has 18 characters: 17 digits and a "
                                  "digit or X", field="sender_id_number", reason="id_format")
        try:
            ric.validate(n)
        except StdnumError:
            raise ValidationError("Resident ID number is not valid (check character or "
                                  "birth date wrong)", field="sender_id_number",
                                  reason="id_checksum") from None
        return t, n
    if not _FORMATS[t].fullmatch(n):
        raise ValidationError(f"ID number does not have the form of a {t} number",
                              field="sender_id_number", reason="id_format")
    return t, n


def mask_id(number: str) -> str:
    """`330106199001011234` -> `3301**********1234`: the first and last four characters
    (the first and last two of a number of eight or fewer)."""
    keep = 4 if len(number) > 8 else 2
    return number[:keep] + "*" * (len(number) - 2 * keep) + number[-keep:]


def hash_id(key: bytes, id_type: str, number: str) -> str:
    """The keyed look-up hash (HMAC-SHA256, hex) of a normalised ID."""
    return hmac.new(key, f"{id_type}:{number}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class ListedWord:
    word: str
    category: str   # PROHIBITED or RESTRICTED
    note: str = ""


def listed_in(contents: str, words: Iterable[ListedWord]) -> list[ListedWord]:
    """The listed words the contents description contains (case- and width-insensitive)."""
    text = fold_full_width(contents).casefold()
    return [w for w in words if w.word and _folded(w.word) in text]


@lru_cache(maxsize=1024)
def _folded(text: str) -> str:
    # The list's words are folded again for every waybill: kept (a list has tens of words).
    return fold_full_width(text).casefold()


#: The list a new database starts with (revision 0012 seeds it; `prohibited import` edits).
DEFAULT_LIST: tuple[ListedWord, ...] = (
    ListedWord("打火机", PROHIBITED, "lighters"),
    ListedWord("火柴", PROHIBITED, "matches"),
    ListedWord("易燃", PROHIBITED, "flammable"),
    ListedWord("汽油", PROHIBITED, "petrol"),
    ListedWord("酒精", PROHIBITED, "alcohol (flammable liquid)"),
    ListedWord("爆炸", PROHIBITED, "explosives"),
    ListedWord("烟花", PROHIBITED, "fireworks"),
    ListedWord("鞭炮", PROHIBITED, "firecrackers"),
    ListedWord("枪", PROHIBITED, "guns, also replicas"),
    ListedWord("弹药", PROHIBITED, "ammunition"),
    ListedWord("管制刀具", PROHIBITED, "controlled knives"),
    ListedWord("毒品", PROHIBITED, "drugs"),
    ListedWord("现金", PROHIBITED, "cash"),
    ListedWord("lighter", PROHIBITED, ""),
    ListedWord("锂电池", RESTRICTED, "lithium batteries: above 100 Wh refused"),
    ListedWord("充电宝", RESTRICTED, "power banks (lithium)"),
    ListedWord("液体", RESTRICTED, "liquids: sealed, limited volume"),
    ListedWord("刀具", RESTRICTED, "knives: kitchen knives packed"),
)

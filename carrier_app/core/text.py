"""Small text helpers shared by the parsers: full-width folding, LIKE-pattern escaping."""

from __future__ import annotations

import re
import unicodedata

_FULL_WIDTH = re.compile(r"[\uff01-\uff5e\u3000]")  # full-width ASCII forms, ideographic space

#: The escape character `like_pattern` uses; pass it as `.like(pattern, escape=LIKE_ESCAPE)`.
LIKE_ESCAPE = "\\"


def fold_full_width(text: str) -> str:
    """Full-width ASCII forms (０-９, Ａ-Ｚ, ．，－＋, the ideographic space) to ASCII by NFKC,
    leaving every other character as it is (NFKC on the rest would turn e.g. '²' into '2' or
    '½' into '1⁄2'; Arabic-Indic digits stay as they are, for the caller to refuse)."""
    return _FULL_WIDTH.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def like_pattern(text: str, *, prefix: str = "%", suffix: str = "%") -> str:
    """`text` as a literal inside a LIKE pattern: %, _ and the escape character escaped."""
    escaped = (text.replace(LIKE_ESCAPE, LIKE_ESCAPE * 2).replace("%", LIKE_ESCAPE + "%")
               .replace("_", LIKE_ESCAPE + "_"))
    return f"{prefix}{escaped}{suffix}"

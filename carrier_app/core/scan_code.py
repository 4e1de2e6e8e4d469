"""What a scanner (or a person) typed, made into a code: the one normalisation the scan box
and the command line share."""

from __future__ import annotations

import unicodedata


def normalise(raw: str, prefixes: tuple[str, ...] = (), suffixes: tuple[str, ...] = ()) -> str:
    """Full-width characters folded (NFKC: a Chinese IME may be on), control characters and
    whitespace dropped, the first configured prefix and suffix a scanner adds (e.g. an AIM
    identifier `]C1`) stripped, upper-cased."""
    return "".join(strip_affixes(raw, prefixes, suffixes).split()).upper()


def strip_affixes(raw: str, prefixes: tuple[str, ...] = (),
                  suffixes: tuple[str, ...] = ()) -> str:
    """Search text as typed or scanned: folded (NFKC), control characters dropped, outer
    whitespace and the first configured scanner prefix and suffix stripped; case and inner
    spaces kept (a name or an order ref, not only a code)."""
    text = unicodedata.normalize("NFKC", raw)
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    for p in prefixes:
        if p and text.startswith(p):
            text = text[len(p):]
            break
    for sfx in suffixes:
        if sfx and text.endswith(sfx):
            text = text[: -len(sfx)]
            break
    return text.strip()

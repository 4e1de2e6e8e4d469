"""Per-item limits of restricted contents (限寄, issue 14 item 1/3): a contents description
that names a quantity above its limit - a battery above 100 Wh, a liquid above 1000 ml - is
treated like a listed word: refused unless a supervisor overrides with a reason. The quantity
is read from the description as the sender states it ("充电宝 200Wh", "食用油 5L",
"香水 1.5 升"); a description with no quantity is left to the word list. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from carrier_app.core.text import fold_full_width

BATTERY_MAX_WH = Decimal("100")     # IATA/UPU: lithium batteries above 100 Wh are restricted
LIQUID_MAX_ML = Decimal("1000")     # per item

_NUMBER = r"(\d+(?:\.\d+)?)\s*"
_WH = re.compile(_NUMBER + r"(?:wh|瓦时|瓦特小时)(?![a-z])")
_VOLUME = re.compile(_NUMBER + r"(ml|毫升|升|l)(?![a-z])")


@dataclass(frozen=True)
class OverLimit:
    quantity: str     # as found, normalised: "200 Wh", "5000 ml"
    what: str         # "battery", "liquid"
    limit: str        # "100 Wh"

    def describe(self) -> str:
        return f"{self.what} {self.quantity} over the {self.limit} limit"


def over_limits(contents: str) -> list[OverLimit]:
    """Each stated quantity above its limit, in the order found."""
    text = fold_full_width(contents).casefold()
    out = []
    for m in _WH.finditer(text):
        wh = Decimal(m.group(1))
        if wh > BATTERY_MAX_WH:
            out.append(OverLimit(f"{_plain(wh)} Wh", "battery", f"{BATTERY_MAX_WH} Wh"))
    for m in _VOLUME.finditer(text):
        ml = Decimal(m.group(1)) * (1 if m.group(2) in ("ml", "毫升") else 1000)
        if ml > LIQUID_MAX_ML:
            out.append(OverLimit(f"{_plain(ml)} ml", "liquid", f"{LIQUID_MAX_ML} ml"))
    return out


def _plain(d: Decimal) -> str:
    return f"{d.normalize():f}"

"""The carrier's pricing terms that are not per rate-card row: insurance (保价) rate, minimum
fee and cap, the oversize limits and fee, and the claim cap of an uninsured parcel (a
multiple of its freight, CARRIER_CLAIM_FREIGHT_MULTIPLE, default 3). Read from the
environment at each call (a changed setting applies at once), parsed once per distinct value
(an import of thousands of rows asks for every row)."""

from __future__ import annotations

import os
from decimal import Decimal
from functools import lru_cache

from carrier_app.core.pricing import InsuranceTerms, OversizeTerms

_INSURANCE = ("CARRIER_INSURANCE_RATE_PERMILLE", "CARRIER_INSURANCE_MIN_FEE",
              "CARRIER_INSURANCE_CAP")
_OVERSIZE = ("CARRIER_OVERSIZE_SIDE_CM", "CARRIER_OVERSIZE_KG", "CARRIER_OVERSIZE_FEE")


@lru_cache(maxsize=8)
def _insurance(rate: str | None, min_fee: str | None, cap: str | None) -> InsuranceTerms:
    d = InsuranceTerms()
    return InsuranceTerms(rate_permille=Decimal(rate or d.rate_permille),
                          min_fee=Decimal(min_fee or d.min_fee),
                          cap=Decimal(cap or d.cap).quantize(Decimal("0.01")))


@lru_cache(maxsize=8)
def _oversize(side: str | None, kg: str | None, fee: str | None) -> OversizeTerms:
    d = OversizeTerms()
    return OversizeTerms(max_side_cm=int(side or d.max_side_cm),
                         max_weight_kg=Decimal(kg or d.max_weight_kg),
                         fee=Decimal(fee or d.fee))


def insurance_terms() -> InsuranceTerms:
    return _insurance(*(os.environ.get(k) for k in _INSURANCE))


def oversize_terms() -> OversizeTerms:
    return _oversize(*(os.environ.get(k) for k in _OVERSIZE))


#: An uninsured parcel's claim is capped at this many times its freight (issue 14 item 3).
DEFAULT_CLAIM_FREIGHT_MULTIPLE = 3


@lru_cache(maxsize=8)
def _multiple(text: str | None) -> int:
    if text is None or not text.strip():
        return DEFAULT_CLAIM_FREIGHT_MULTIPLE
    if not text.strip().isdigit() or int(text) < 1:
        raise ValueError(f"CARRIER_CLAIM_FREIGHT_MULTIPLE={text!r}: a whole number from 1")
    return int(text)


def claim_freight_multiple() -> int:
    return _multiple(os.environ.get("CARRIER_CLAIM_FREIGHT_MULTIPLE"))

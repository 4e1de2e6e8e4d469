"""The carrier's pricing terms that are not per rate-card row: insurance (保价) rate, minimum
fee and cap, and the oversize limits and fee. Read from the environment at each call, so a
changed setting applies without a restart of the command line."""

from __future__ import annotations

import os
from decimal import Decimal

from carrier_app.core.pricing import InsuranceTerms, OversizeTerms


def insurance_terms() -> InsuranceTerms:
    d = InsuranceTerms()
    env = os.environ.get
    return InsuranceTerms(
        rate_permille=Decimal(env("CARRIER_INSURANCE_RATE_PERMILLE", str(d.rate_permille))),
        min_fee=Decimal(env("CARRIER_INSURANCE_MIN_FEE", str(d.min_fee))),
        cap=Decimal(env("CARRIER_INSURANCE_CAP", str(d.cap))).quantize(Decimal("0.01")))


def oversize_terms() -> OversizeTerms:
    d = OversizeTerms()
    env = os.environ.get
    return OversizeTerms(max_side_cm=int(env("CARRIER_OVERSIZE_SIDE_CM", str(d.max_side_cm))),
                         max_weight_kg=Decimal(env("CARRIER_OVERSIZE_KG", str(d.max_weight_kg))),
                         fee=Decimal(env("CARRIER_OVERSIZE_FEE", str(d.fee))))

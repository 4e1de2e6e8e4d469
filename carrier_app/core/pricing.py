"""Pricing a parcel (运费): chargeable weight, freight from a rate card (首重/续重), surcharges,
a merchant's discount and declared-value insurance (保价). Pure: Decimal in, Decimal out,
exact to the fen; no database.

Rules, in order:
- volumetric weight (轻抛) = L x W x H (cm) / the card's divisor, to the gram, rounded up;
- chargeable weight = max(actual, volumetric), billed as the first weight (首重) when at or
  under it, else the first weight plus whole steps (续重) rounded UP (0.5 kg steps:
  18.1 kg -> 18.5 kg);
- freight = first price + steps x step price, at least the card's minimum charge;
- surcharges: remote area (the card row's remote surcharge, per destination zone) and
  oversize (longest side or actual weight above the terms);
- a discount (percent) applies to the freight only - not to surcharges or insurance -
  rounded to the fen ROUND_HALF_UP; a merchant with its own card (contract price) gets no
  discount on top;
- insurance = declared value x rate (‰), rounded to the fen ROUND_HALF_UP, at least the
  minimum fee; a declared value over the cap is refused, never clipped.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_CEILING, ROUND_HALF_UP, ROUND_UP, Decimal

from carrier_app.core.errors import NotFound, ValidationError

CENT = Decimal("0.01")
GRAM = Decimal("0.001")
ANY = "*"
PAYERS = ("SENDER_CASH", "MONTHLY", "RECEIVER", "THIRD_PARTY")  # 寄付现结 寄付月结 到付 第三方付


@dataclass(frozen=True)
class Place:
    """Where from / to, as far as pricing cares: province and city names (either may be
    empty when unknown)."""

    province: str = ""
    city: str = ""

    def __str__(self) -> str:
        if self.province and self.city and self.province != self.city:
            return f"{self.province}{self.city}"
        return self.city or self.province or ANY


_MUNICIPALITIES = ("北京市", "上海市", "天津市", "重庆市")
_PROVINCE = re.compile(r"^(.+?(?:省|自治区|特别行政区))")
_CITY = re.compile(r"^(.+?(?:自治州|地区|盟|市))")


def parse_place(text: str) -> Place:
    """'浙江省杭州市' -> (浙江省, 杭州市); '浙江省' -> (浙江省, ''); '杭州市' -> ('', 杭州市);
    '上海市' -> (上海市, 上海市). Spaces between the parts are allowed."""
    t = "".join(text.split())
    for m in _MUNICIPALITIES:
        if t.startswith(m) or t == m[:-1]:
            return Place(m, m)
    province = ""
    pm = _PROVINCE.match(t)
    if pm:
        province, t = pm.group(1), t[pm.end():]
    cm = _CITY.match(t)
    city = cm.group(1) if cm else ""
    if not province and not city and t and t != ANY:
        city = t  # a bare name: taken as a city (a card names it exactly as written)
    return Place(province, city)


@dataclass(frozen=True)
class RateCard:
    """One row of a rate card: a service between two zones (province or city name, or `*`),
    public (merchant None) or a merchant's contract price."""

    service: str
    origin: str
    destination: str
    first_kg: Decimal
    first_price: Decimal
    step_kg: Decimal
    step_price: Decimal
    volumetric_divisor: int
    min_charge: Decimal = Decimal("0.00")
    remote_surcharge: Decimal = Decimal("0.00")
    merchant: str | None = None   # merchant code

    @property
    def key(self) -> tuple[str, str, str, str]:
        return (self.service, self.origin, self.destination, self.merchant or "")

    def describe(self) -> str:
        who = f" (merchant {self.merchant})" if self.merchant else ""
        return f"{self.service} {self.origin} → {self.destination}{who}"


def check_card(card: RateCard, where: str = "") -> None:
    """Refuse what cannot price a parcel: no service or zone, a zero or negative weight step
    or first weight, a negative price, a divisor that is not positive."""
    for name in ("service", "origin", "destination"):
        if not getattr(card, name).strip():
            raise ValidationError(f"{where}{name} is empty (a province or city name, or *)",
                                  field=name, reason="rate_place_empty")
    for name in ("first_kg", "step_kg"):
        value = getattr(card, name)
        if value <= 0:
            raise ValidationError(f"{where}{name} must be more than 0 kg (got {value})",
                                  field=name, reason="rate_weight", value=value)
        if value != value.quantize(GRAM):
            raise ValidationError(f"{where}{name} has more than 3 decimals", field=name,
                                  reason="rate_weight_decimals")
    for name in ("first_price", "step_price", "min_charge", "remote_surcharge"):
        value = getattr(card, name)
        if value < 0:
            raise ValidationError(f"{where}{name} must not be negative (got {value})",
                                  field=name, reason="negative", value=value)
        if value != value.quantize(CENT):
            raise ValidationError(f"{where}{name} has more than two decimal places",
                                  field=name, reason="decimals", value=value)
    if card.volumetric_divisor <= 0:
        raise ValidationError(f"{where}volumetric_divisor must be a whole number above 0 "
                              f"(got {card.volumetric_divisor})", field="volumetric_divisor",
                              reason="volumetric_divisor", value=card.volumetric_divisor)


def overlapping(cards: Iterable[RateCard]) -> tuple[int, int, RateCard] | None:
    """The first pair of rows with the same service, origin, destination and merchant, as
    (index of the first, index of the second, row), or None."""
    seen: dict[tuple[str, str, str, str], int] = {}
    for i, c in enumerate(cards):
        if c.key in seen:
            return seen[c.key], i, c
        seen[c.key] = i
    return None


def _rank(zone: str, place: Place) -> int | None:
    """How specifically `zone` names `place`: city 2, province 1, * 0; None: no match."""
    if zone == ANY:
        return 0
    if place.city and zone == place.city:
        return 2
    if place.province and zone == place.province:
        return 1
    return None


def select_card(cards: Sequence[RateCard], service: str, origin: Place, destination: Place,
                merchant: str | None = None) -> RateCard:
    """The most specific row for a parcel: the merchant's own rows first (contract price),
    else the public ones; among them the destination's match decides (city over province
    over *), then the origin's. Raises NotFound naming the gap."""
    for who in ((merchant, None) if merchant else (None,)):
        best: tuple[tuple[int, int], RateCard] | None = None
        for c in cards:
            if c.service != service or c.merchant != who:
                continue
            d, o = _rank(c.destination, destination), _rank(c.origin, origin)
            if d is None or o is None:
                continue
            if best is None or (d, o) > best[0]:
                best = ((d, o), c)
        if best is not None:
            return best[1]
    raise NotFound(f"No rate card for {service} from {origin} to {destination}: add a row "
                   f"for these places (or a * row) to the rate card", service=service,
                   origin=str(origin), destination=str(destination), reason="no_rate")


@dataclass(frozen=True)
class OversizeTerms:
    max_side_cm: int = 120
    max_weight_kg: Decimal = Decimal("50")
    fee: Decimal = Decimal("20.00")


@dataclass(frozen=True)
class InsuranceTerms:
    rate_permille: Decimal = Decimal("5")        # ‰ of the declared value
    min_fee: Decimal = Decimal("1.00")
    cap: Decimal = Decimal("20000.00")           # largest declared value accepted


@dataclass(frozen=True)
class Surcharge:
    code: str        # "remote" | "oversize"
    label: str
    amount: Decimal


@dataclass(frozen=True)
class PriceBreakdown:
    actual_kg: Decimal
    volumetric_kg: Decimal | None        # None: no dimensions given
    chargeable_weight_kg: Decimal        # billed: rounded up to the card's steps
    freight: Decimal                     # first + steps, at least the minimum charge
    min_charge_applied: bool
    surcharges: tuple[Surcharge, ...]
    discount_pct: Decimal                # 0 when none (or a contract card was used)
    discount: Decimal                    # on the freight only, ROUND_HALF_UP to the fen
    insurance: Decimal
    declared_value: Decimal
    total: Decimal
    card: RateCard
    notes: tuple[str, ...] = field(default=())

    @property
    def surcharge_total(self) -> Decimal:
        return sum((s.amount for s in self.surcharges), Decimal("0.00"))

    def as_dict(self) -> dict[str, object]:
        return {
            "chargeable_weight_kg": kg_text(self.chargeable_weight_kg),
            "actual_kg": kg_text(self.actual_kg),
            "volumetric_kg": None if self.volumetric_kg is None else kg_text(self.volumetric_kg),
            "freight": str(self.freight), "min_charge_applied": self.min_charge_applied,
            "surcharges": [{"code": s.code, "label": s.label, "amount": str(s.amount)}
                           for s in self.surcharges],
            "discount_pct": str(self.discount_pct), "discount": str(self.discount),
            "insurance": str(self.insurance), "declared_value": str(self.declared_value),
            "total": str(self.total), "rate_card": self.card.describe(),
            "notes": list(self.notes),
        }


def kg_text(kg: Decimal) -> str:
    """18.5 -> '18.5', 1 -> '1.0', 0.125 -> '0.125' (grams at most, one decimal at least)."""
    text = f"{kg:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def check_dims(dims: tuple[int, int, int] | None) -> tuple[int, int, int] | None:
    if dims is None:
        return None
    if len(dims) != 3 or any(int(d) != d or d <= 0 for d in dims):
        raise ValidationError(f"dimensions {'x'.join(str(d) for d in dims)} cm: each of "
                              "length, width and height must be a whole number above 0 cm",
                              field="dims", reason="dims", value='x'.join(str(d) for d in dims))
    if max(dims) > 1000:
        raise ValidationError("dimensions: a side over 1000 cm is not a parcel", field="dims",
                              reason="dims_too_large")
    return dims


def volumetric_kg(dims: tuple[int, int, int], divisor: int) -> Decimal:
    length, width, height = dims
    return (Decimal(length * width * height) / Decimal(divisor)).quantize(GRAM, ROUND_UP)


def billed_weight(weight_kg: Decimal, first_kg: Decimal, step_kg: Decimal) -> tuple[Decimal, int]:
    """(billed kg, number of additional steps)."""
    if weight_kg <= first_kg:
        return first_kg, 0
    steps = int(((weight_kg - first_kg) / step_kg).to_integral_value(ROUND_CEILING))
    return first_kg + steps * step_kg, steps


def insurance_fee(declared_value: Decimal, terms: InsuranceTerms) -> Decimal:
    if declared_value < 0:
        raise ValidationError("declared value must not be negative", field="declared_value",
                              reason="negative")
    if declared_value > terms.cap:
        raise ValidationError(f"declared value ¥{declared_value:.2f} is over the insurance "
                              f"cap of ¥{terms.cap:.2f}: refused (not clipped)",
                              field="declared_value", reason="insured_over_cap",
                              cap=str(terms.cap))
    if declared_value == 0:
        return Decimal("0.00")
    fee = (declared_value * terms.rate_permille / 1000).quantize(CENT, ROUND_HALF_UP)
    return max(fee, terms.min_fee.quantize(CENT))


def price(card: RateCard, weight_kg: Decimal, dims: tuple[int, int, int] | None = None, *,
          declared_value: Decimal = Decimal("0"), discount_pct: Decimal = Decimal("0"),
          oversize: OversizeTerms = OversizeTerms(),
          insurance: InsuranceTerms = InsuranceTerms()) -> PriceBreakdown:
    """Price one parcel on `card` (see the module's rules)."""
    if not weight_kg.is_finite() or weight_kg <= 0:
        raise ValidationError("weight must be more than 0 kg", field="weight_kg", reason="weight")
    dims = check_dims(dims)
    if not Decimal(0) <= discount_pct <= Decimal(100):
        raise ValidationError(f"discount {discount_pct}% must be between 0 and 100",
                              field="discount_pct", reason="discount_range", value=discount_pct)
    actual = weight_kg.quantize(GRAM, ROUND_UP)
    vol = volumetric_kg(dims, card.volumetric_divisor) if dims else None
    raw = max(actual, vol) if vol is not None else actual
    billed, steps = billed_weight(raw, card.first_kg, card.step_kg)
    freight = (card.first_price + steps * card.step_price).quantize(CENT)
    notes = []
    if vol is not None and vol > actual:
        notes.append(f"volumetric {vol} kg is heavier than actual {actual} kg")
    min_applied = freight < card.min_charge
    if min_applied:
        notes.append(f"minimum charge ¥{card.min_charge:.2f}")
        freight = card.min_charge.quantize(CENT)
    surcharges = []
    if card.remote_surcharge > 0:
        surcharges.append(Surcharge("remote", f"remote area ({card.destination})",
                                    card.remote_surcharge.quantize(CENT)))
    if (dims and max(dims) > oversize.max_side_cm) or actual > oversize.max_weight_kg:
        why = (f"longest side {max(dims)} cm > {oversize.max_side_cm} cm"
               if dims and max(dims) > oversize.max_side_cm
               else f"weight {actual} kg > {oversize.max_weight_kg} kg")
        surcharges.append(Surcharge("oversize", f"oversize ({why})",
                                    oversize.fee.quantize(CENT)))
    pct = Decimal(0) if card.merchant else discount_pct
    discount = (freight * pct / 100).quantize(CENT, ROUND_HALF_UP)
    if discount:
        notes.append(f"discount {pct}% on the freight, rounded half-up to the fen")
    fee = insurance_fee(declared_value, insurance)
    total = freight + sum((s.amount for s in surcharges), Decimal("0.00")) - discount + fee
    return PriceBreakdown(actual, vol, billed, freight, min_applied, tuple(surcharges), pct,
                          discount, fee, declared_value.quantize(CENT), total.quantize(CENT),
                          card, tuple(notes))

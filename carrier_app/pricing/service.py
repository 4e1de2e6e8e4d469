"""Use cases and helpers of pricing: a quote (the form's quote box and `carrier-app quote`),
the price of new waybills (called by waybill.service inside its unit of work) and the
re-price from the weight measured at receiving (called by pickup.receiving)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select

from carrier_app.core import validation as v
from carrier_app.core.collect import freight_total_fen
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.money import from_fen
from carrier_app.core.pricing import (
    PAYERS, Place, PriceBreakdown, RateCard, parse_place, price, select_card,
)
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.pricing.rates import candidate_cards, load_cards
from carrier_app.pricing.terms import insurance_terms, oversize_terms
from carrier_app.store import audit
from carrier_app.store.models import Branch, Hub, Merchant, Parcel, RoutingRule
from carrier_app.store.uow import UnitOfWork

P = cast(Table, Parcel.__table__)


@dataclass(frozen=True)
class Quote:
    origin: str
    destination: str
    service: str
    merchant: str | None
    breakdown: PriceBreakdown

    def as_dict(self) -> dict[str, object]:
        return {"origin": self.origin, "destination": self.destination,
                "service": self.service, "merchant": self.merchant,
                **self.breakdown.as_dict()}


@dataclass(frozen=True)
class Repriced:
    before_fen: int | None      # total at creation (None: was not priced)
    after_fen: int
    chargeable_weight_g: int

    @property
    def difference_fen(self) -> int | None:
        """None when there was no price to compare with."""
        return None if self.before_fen is None else self.after_fen - self.before_fen


def _complete(uow: UnitOfWork, place: Place) -> Place:
    """A city given without its province: the province the routing rules know it in."""
    if place.city and not place.province:
        province = uow.conn.scalar(select(RoutingRule.province).where(
            RoutingRule.city == place.city, RoutingRule.province != "").limit(1))
        if province:
            return Place(province, place.city)
    return place


def _merchant(uow: UnitOfWork, code: str | None) -> Merchant | None:
    if not code or not code.strip():
        return None
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"No merchant {code.strip().upper()!r}", field="merchant",
                       reason="unknown_merchant", code=code.strip().upper())
    return m


def _discount(m: Merchant | None) -> Decimal:
    return Decimal(m.discount_bp) / 100 if m is not None else Decimal(0)


def quote(uow: UnitOfWork, actor: Actor, origin: str, destination: str, weight_kg: Decimal | str,
          dims: tuple[int, int, int] | None = None, service: str = "standard",
          insured: Decimal | str = Decimal("0"), merchant: str | None = None) -> Quote:
    """The price of a parcel that is not (yet) a waybill; reads only."""
    require(actor, Permission.TRACK)
    weight = v.weight_kg(weight_kg)
    svc = v.service(service)
    declared = v.amount(insured, "insured", "Insured value")
    src, dst = _complete(uow, parse_place(origin)), _complete(uow, parse_place(destination))
    m = _merchant(uow, merchant)
    card = select_card(load_cards(uow, svc), svc, src, dst, m.code if m else None)
    b = price(card, weight, dims, declared_value=declared, discount_pct=_discount(m),
              oversize=oversize_terms(), insurance=insurance_terms())
    return Quote(str(src), str(dst), svc, m.code if m else None, b)


def set_discount(uow: UnitOfWork, actor: Actor, merchant: str, percent: Decimal | str) -> Decimal:
    """A merchant's discount on the public card's freight (ignored when it has its own card);
    commits."""
    require(actor, Permission.MANAGE_MERCHANTS)
    m = _merchant(uow, merchant)
    assert m is not None
    try:
        pct = Decimal(str(percent).strip().rstrip("%"))
    except ArithmeticError:
        raise ValidationError(f"discount {percent!r} is not a percentage",
                              field="discount",
                              reason="discount_range", value=str(percent)) from None
    if not pct.is_finite() or not 0 <= pct <= 100 or pct != pct.quantize(Decimal("0.01")):
        raise ValidationError("discount must be 0 to 100 % with at most two decimals",
                              field="discount", reason="discount_range", value=str(percent))
    before = m.discount_bp
    m.discount_bp = int(pct * 100)
    audit.record(uow, actor, "merchant.discount", "merchant", m.code, before_bp=before,
                 after_bp=m.discount_bp)
    uow.commit()
    return pct


def default_payer(merchant_id: int | None) -> str:
    """Who pays when the waybill does not say: a merchant is billed (as its per-parcel fee
    was), a walk-in sender pays cash at the counter."""
    return "MONTHLY" if merchant_id is not None else "SENDER_CASH"


def check_payer(payer: str | None, merchant_id: int | None) -> str:
    if payer is None or not payer.strip():
        return default_payer(merchant_id)
    value = payer.strip().upper()
    if value not in PAYERS:
        raise ValidationError(f"payer {payer!r} is not one of {', '.join(PAYERS)}",
                              field="payer", reason="payer", value=payer)
    if value == "MONTHLY" and merchant_id is None:
        raise ValidationError("MONTHLY (寄付月结) needs a merchant to bill", field="payer",
                              reason="monthly_needs_merchant")
    return value


class _Pricer:
    """Places and cards looked up once for many parcels (an import of thousands)."""

    def __init__(self, uow: UnitOfWork, *, bulk: bool) -> None:
        """`bulk`: many parcels (an import): the whole card is read once. Else each parcel
        reads only the rows that can match it (rates.candidate_cards)."""
        self.uow = uow
        self.bulk = bulk
        self.cards: dict[str, list[RateCard]] = {}
        for c in load_cards(uow) if bulk else ():
            self.cards.setdefault(c.service, []).append(c)
        self._merchants: dict[int, Merchant] = {}
        self._branches: dict[int, Place] = {}
        self._cities: dict[str, Place] = {}
        self.oversize, self.insurance = oversize_terms(), insurance_terms()

    def merchant(self, mid: int | None) -> Merchant | None:
        if mid is None:
            return None
        if mid not in self._merchants:
            m = self.uow.session.get(Merchant, mid)
            assert m is not None
            self._merchants[mid] = m
        return self._merchants[mid]

    def branch_place(self, bid: int | None) -> Place:
        if bid is None:
            return Place()
        if bid not in self._branches:
            row = self.uow.conn.execute(select(Branch.address, Hub.city).join(
                Hub, Hub.id == Branch.hub_id).where(Branch.id == bid)).first()
            place = Place()
            if row is not None:
                place = parse_place(row.address)
                if not place.city and row.city:
                    place = Place(place.province, row.city)
            self._branches[bid] = _complete(self.uow, place)
        return self._branches[bid]

    def place(self, province: str, city: str) -> Place:
        place = Place(province.strip(), city.strip())
        if place.city and not place.province:
            if place.city not in self._cities:
                self._cities[place.city] = _complete(self.uow, place)
            return self._cities[place.city]
        return place

    def origin(self, p: dict[str, Any]) -> Place:
        m = self.merchant(p["merchant_id"])
        if m is not None and (m.province or m.city):
            return self.place(m.province, m.city)
        return self.branch_place(p["origin_branch_id"])

    def price(self, p: dict[str, Any], weight_g: int) -> PriceBreakdown | None:
        """None: no card for this service and zone (the parcel stays unpriced)."""
        cards = self.cards.get(p["service"])
        if self.bulk and not cards:
            return None
        m = self.merchant(p["merchant_id"])
        dst = self.place(p["recipient_province"], p["recipient_city"])
        origin = self.origin(p)
        if not self.bulk:
            cards = candidate_cards(self.uow, p["service"], p["merchant_id"], origin, dst)
        try:
            card = select_card(cards or [], p["service"], origin, dst, m.code if m else None)
        except NotFound:
            return None
        dims = (p["length_cm"], p["width_cm"], p["height_cm"])
        return price(card, Decimal(weight_g) / 1000, dims if all(dims) else None,
                     declared_value=from_fen(p["declared_value_fen"]),
                     discount_pct=Decimal(0) if m is None else _discount(m),
                     oversize=self.oversize, insurance=self.insurance)


def _columns(b: PriceBreakdown | None) -> dict[str, Any]:
    if b is None:
        return {"chargeable_weight_g": None, "freight_fen": None, "surcharge_fen": 0,
                "discount_fen": 0, "insurance_fen": 0}
    # The breakdown's amounts are quantized to the fen: *100 is exact.
    return {"chargeable_weight_g": int(b.chargeable_weight_kg * 1000),
            "freight_fen": int(b.freight * 100), "surcharge_fen": int(b.surcharge_total * 100),
            "discount_fen": int(b.discount * 100), "insurance_fen": int(b.insurance * 100)}


def total_fen(cols: dict[str, Any]) -> int | None:
    return freight_total_fen(cols["freight_fen"], cols["surcharge_fen"], cols["discount_fen"],
                             cols["insurance_fen"])


def price_new_parcels(uow: UnitOfWork, parcels: list[dict[str, Any]],
                      payers: list[str | None]) -> None:
    """Add the price columns (and payer) to the rows waybill.service is about to insert;
    helper: never commits. A parcel no rate card covers is stored unpriced (freight NULL)."""
    pricer = _Pricer(uow, bulk=len(parcels) > 1)
    for p, payer in zip(parcels, payers, strict=True):
        p["payer"] = check_payer(payer, p["merchant_id"])
        p.update(_columns(pricer.price(p, p["weight_g"])))


def reprice(uow: UnitOfWork, parcel_id: int, measured_g: int) -> Repriced | None:
    """Price the parcel again from the weight measured at receiving and store it; helper:
    never commits. None: no rate card covers it (it stays as it was)."""
    row = uow.conn.execute(select(P).where(P.c.id == parcel_id)).mappings().one()
    b = _Pricer(uow, bulk=False).price(dict(row), measured_g)
    if b is None:
        return None
    cols = _columns(b)
    uow.conn.execute(P.update().where(P.c.id == parcel_id).values(**cols))
    after = total_fen(cols)
    assert after is not None
    return Repriced(total_fen(dict(row)), after, cols["chargeable_weight_g"])

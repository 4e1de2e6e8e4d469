"""Rate cards as CSV: export, and import all-or-nothing (the file is the whole price list and
replaces the stored one). Every refusal names the line and the column."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, cast

from sqlalchemy import CursorResult, bindparam, delete, or_, select

from carrier_app.core import validation as v
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.money import from_fen, to_fen
from carrier_app.core.pricing import ANY, Place, RateCard, check_card, overlapping
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store import audit
from carrier_app.store.models import Merchant, RateCardRow
from carrier_app.store.uow import UnitOfWork

COLUMNS = ["service", "origin", "destination", "first_kg", "first_price", "step_kg",
           "step_price", "volumetric_divisor", "min_charge"]
OPTIONAL = ["remote_surcharge", "merchant"]
MAX_ERRORS = 10


@dataclass(frozen=True)
class RatesImported:
    rows: int
    replaced: int


R = RateCardRow
_CARDS = (select(R.service, R.origin, R.destination, R.first_g, R.first_fen, R.step_g,
                 R.step_fen, R.volumetric_divisor, R.min_charge_fen, R.remote_fen, Merchant.code)
          .outerjoin(Merchant, Merchant.id == R.merchant_id)
          .order_by(R.service, Merchant.code.is_not(None), Merchant.code, R.origin,
                    R.destination, R.id))


def load_cards(uow: UnitOfWork, service: str | None = None) -> list[RateCard]:
    """The stored rate card (of one service, or all), merchant rows named by merchant code."""
    q = _CARDS if service is None else _CARDS.where(R.service == service)
    return _rows(uow.conn.execute(q))


# Fixed binds, not an expanding IN: the statement is compiled once, not per waybill.
_CANDIDATES = _CARDS.where(
    R.service == bindparam("service"),
    or_(R.merchant_id.is_(None), R.merchant_id == bindparam("merchant_id")),
    R.origin.in_([bindparam("o_any"), bindparam("o_city"), bindparam("o_province")]),
    R.destination.in_([bindparam("d_any"), bindparam("d_city"), bindparam("d_province")]))


def candidate_cards(uow: UnitOfWork, service: str, merchant_id: int | None, origin: Place,
                    destination: Place) -> list[RateCard]:
    """The rows `core.pricing.select_card` can choose for one parcel: its service, public
    or its merchant's, each zone * or naming one of its places (a national card has ~2,000
    rows; a waybill at the counter reads the few that can match, not all of them)."""
    return _rows(uow.conn.execute(_CANDIDATES, {
        "service": service, "merchant_id": merchant_id,
        "o_any": ANY, "o_city": origin.city or ANY, "o_province": origin.province or ANY,
        "d_any": ANY, "d_city": destination.city or ANY,
        "d_province": destination.province or ANY}))


def _rows(rows: Any) -> list[RateCard]:
    # Core rows, not ORM objects: every waybill created is priced from them.
    return [RateCard(r.service, r.origin, r.destination, Decimal(r.first_g) / 1000,
                     from_fen(r.first_fen), Decimal(r.step_g) / 1000, from_fen(r.step_fen),
                     r.volumetric_divisor, from_fen(r.min_charge_fen), from_fen(r.remote_fen),
                     r.code)
            for r in rows]


def _cell(text: str) -> str:
    """CWE-1236: a cell a spreadsheet would run as a formula is written as text."""
    return f"'{text}" if text[:1] in ("=", "+", "-", "@") else text


def export_csv(uow: UnitOfWork, actor: Actor) -> str:
    require(actor, Permission.TRACK)
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS + OPTIONAL)
    for c in load_cards(uow):
        w.writerow([c.service, _cell(c.origin), _cell(c.destination), f"{c.first_kg.normalize():f}",
                    f"{c.first_price:.2f}", f"{c.step_kg.normalize():f}", f"{c.step_price:.2f}",
                    c.volumetric_divisor, f"{c.min_charge:.2f}", f"{c.remote_surcharge:.2f}",
                    _cell(c.merchant or "")])
    return out.getvalue()


def _number(text: str, column: str, where: str) -> Decimal:
    try:
        d = Decimal(text.replace("¥", "").replace("￥", "").strip())
    except InvalidOperation:
        raise ValidationError(f"{where}{column} {text!r} is not a number",
                              field=column, reason="number", value=text) from None
    if not d.is_finite():
        raise ValidationError(f"{where}{column} {text!r} is not a number", field=column,
                              reason="number", value=text)
    return d


def _row(rec: dict[str, str], where: str, merchants: dict[str, int]) -> RateCard:
    def get(column: str) -> str:
        return (rec.get(column) or "").strip()

    for column in COLUMNS:
        if not get(column):
            raise ValidationError(f"{where}{column} is empty", field=column,
                                  reason="rate_column_empty", column=column)
    try:
        service = v.service(get("service"))
    except ValidationError as exc:
        raise ValidationError(f"{where}{exc.message}", field="service", reason="service") from None
    divisor = _number(get("volumetric_divisor"), "volumetric_divisor", where)
    if divisor != divisor.to_integral_value():
        raise ValidationError(f"{where}volumetric_divisor {divisor} is not a whole number",
                              field="volumetric_divisor",
                              reason="volumetric_divisor", value=divisor)
    merchant = get("merchant").upper() or None
    if merchant is not None and merchant not in merchants:
        raise ValidationError(f"{where}merchant {merchant!r} is not a known merchant code",
                              field="merchant", reason="unknown_merchant", code=merchant)
    for column in ("origin", "destination"):
        if len(get(column)) > 40:
            raise ValidationError(f"{where}{column} is longer than 40 characters", field=column,
                                  reason="too_long", max_len=40)
    card = RateCard(
        service, "".join(get("origin").split()), "".join(get("destination").split()),
        _number(get("first_kg"), "first_kg", where),
        _number(get("first_price"), "first_price", where),
        _number(get("step_kg"), "step_kg", where),
        _number(get("step_price"), "step_price", where), int(divisor),
        _number(get("min_charge"), "min_charge", where),
        _number(get("remote_surcharge") or "0", "remote_surcharge", where), merchant)
    check_card(card, where)
    return card


def parse_csv(text: str, merchants: dict[str, int]) -> list[RateCard]:
    """All rows, or ValidationError listing the problems (line and column of each)."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    missing = [c for c in COLUMNS if c not in header]
    if missing:
        raise ValidationError("rate card CSV lacks the column(s) " + ", ".join(missing)
                              + " (needs " + ", ".join(COLUMNS) + "; optional "
                              + ", ".join(OPTIONAL) + ")", field="file", reason="missing_columns",
                              missing=", ".join(missing))
    reader.fieldnames = header
    cards: list[RateCard] = []
    lines: list[int] = []
    errors: list[str] = []
    for line, rec in enumerate(reader, start=2):
        if not any((x or "").strip() for x in rec.values() if isinstance(x, str)):
            continue
        try:
            cards.append(_row(rec, f"line {line}: ", merchants))
            lines.append(line)
        except ValidationError as exc:
            errors.append(exc.message)
    if not errors:
        clash = overlapping(cards)
        while clash is not None:
            first, second, c = clash
            errors.append(f"line {lines[second]}: {c.describe()} overlaps line {lines[first]} "
                          "(the same service, origin, destination and merchant)")
            rest = cards[second + 1:]
            cards, lines = cards[:second] + rest, lines[:second] + lines[second + 1:]
            clash = overlapping(cards)
    if not errors and not cards:
        errors.append("the file has no rate rows")
    if not errors:
        for service in sorted({c.service for c in cards if c.merchant is None}):
            if not any(c.service == service and c.merchant is None and c.origin == ANY
                       and c.destination == ANY for c in cards):
                errors.append(f"service {service} has no * → * row: a parcel between places "
                              "the card does not name would have no price (a gap)")
        for service in sorted({c.service for c in cards if c.merchant} -
                              {c.service for c in cards if c.merchant is None}):
            errors.append(f"service {service} has merchant rows but no public rows: other "
                          "merchants' and walk-in parcels would have no price (a gap)")
    if errors:
        more = f" (and {len(errors) - MAX_ERRORS} more)" if len(errors) > MAX_ERRORS else ""
        raise ValidationError("; ".join(errors[:MAX_ERRORS]) + more, field="file",
                              errors=errors, reason="rate_card_errors",
                              count=len(errors), details="; ".join(errors[:MAX_ERRORS]) + more)
    return cards


def import_csv(uow: UnitOfWork, actor: Actor, text: str) -> RatesImported:
    """Replace the rate card with the file's rows; all or nothing; commits."""
    require(actor, Permission.MANAGE_NETWORK)
    merchants = {code: mid for code, mid in uow.session.execute(
        select(Merchant.code, Merchant.id))}
    cards = parse_csv(text, merchants)
    replaced = replace_cards(uow, cards, merchants)
    audit.record(uow, actor, "rates.import", "rate_cards", "*", rows=len(cards),
                 replaced=replaced)
    uow.commit()
    return RatesImported(len(cards), replaced)


def replace_cards(uow: UnitOfWork, cards: list[RateCard], merchants: dict[str, int]) -> int:
    """Store `cards` (from parse_csv) in place of the stored ones; helper: never commits.
    Returns how many rows were replaced."""
    # Session.execute is typed as returning Result; for a DELETE it is a CursorResult.
    replaced = cast(CursorResult[Any], uow.session.execute(delete(RateCardRow))).rowcount or 0
    now = utcnow()
    uow.session.add_all(RateCardRow(
        service=c.service, origin=c.origin, destination=c.destination,
        merchant_id=merchants[c.merchant] if c.merchant else None,
        first_g=int(c.first_kg * 1000), first_fen=to_fen(c.first_price),
        step_g=int(c.step_kg * 1000), step_fen=to_fen(c.step_price),
        volumetric_divisor=c.volumetric_divisor, min_charge_fen=to_fen(c.min_charge),
        remote_fen=to_fen(c.remote_surcharge), updated_at=now) for c in cards)
    uow.session.flush()
    return replaced

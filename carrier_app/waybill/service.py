"""Creating waybills: validate, number, route, pieces and the CREATE event. One path for the
form (one waybill, `create_waybill`: a use case that commits, idempotent per client key) and
the import (thousands, as bulk statements: `create_waybills`, a helper in the caller's unit of
work). `update_waybill` corrects a waybill the form saved while it is still CREATED."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import lru_cache
from typing import Any, cast

from sqlalchemy import (ColumnElement, Insert, Integer, Table, bindparam, delete, false, func,
                        insert, literal_column, null, select, true)
from sqlalchemy.exc import IntegrityError

from carrier_app.core import validation as v
from carrier_app.core.errors import IllegalTransition
from carrier_app.core.clock import utcnow
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.money import to_fen
from carrier_app.core.phone import last_four
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.routing import RouteMatch, Router
from carrier_app.network.service import branch_id_of
from carrier_app.store import audit
from carrier_app.pricing.service import price_new_parcels
from carrier_app.pricing.terms import insurance_terms
from carrier_app.store.models import Parcel, Piece, ScanEvent
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.repository import no_such_waybill
from carrier_app.waybill.acceptance import Accepted, accept, agreement_merchants, id_key
from carrier_app.waybill.acceptance import listed_words
from carrier_app.waybill.numbers import NumberAllocator

SERVICES = ("standard", "express")
# Rows come back keyed by waybill number: asking SQLAlchemy to keep parameter order makes
# SQLite insert one row per statement (10x slower for an import).
_PARCELS = cast(Table, Parcel.__table__)
_INSERT_PARCELS = insert(_PARCELS).returning(_PARCELS.c.waybill_no, _PARCELS.c.id)
_PIECES = cast(Table, Piece.__table__)
_EVENTS = cast(Table, ScanEvent.__table__)
_INSERT_PIECES = insert(_PIECES)
_INSERT_EVENTS = insert(_EVENTS)


#: What every new parcel and its CREATE event hold, written into the one-waybill statement
#: rather than bound, and the columns bound to another column's parameter of the same value:
#: psycopg caches a statement's conversion to PostgreSQL's $n form only up to 50 parameters,
#: and the counter's waybill had 66 (0.19 ms of its ~1.6 ms of client CPU). The test holds it.
_NEW_PARCEL: dict[str, Any] = {"status": Status.CREATED.value, "status_before_hold": None,
                               "is_return": False, "failed_attempts": 0, "courier_id": None}
_PARCEL_SAME = {"updated_at": "created_at"}
_NEW_EVENT: dict[str, Any] = {
    "piece_no": None, "event": Event.CREATE.value, "status_before": None,
    "status_after": Status.CREATED.value, "courier_id": None, "client_event_id": None,
    "message": ""}
_EVENT_SAME = {"location_code": "last_location", "user_id": "created_by",
               "occurred_at": "created_at"}


def _constant(value: Any) -> ColumnElement[Any]:
    if value is None:
        return null()
    if isinstance(value, bool):
        return true() if value else false()
    if isinstance(value, int):
        return literal_column(str(value))
    return literal_column("'" + str(value).replace("'", "''") + "'")


@lru_cache(maxsize=8)
def _create_one(columns: tuple[str, ...]) -> Insert:
    """PostgreSQL: INSERT one parcel (`columns`, bound by name), its pieces (1..:pieces) and
    its CREATE event in one statement, returning the parcel's id. The event's own values
    are bound as e_<column> (`_one_params`)."""
    def value(c: str) -> ColumnElement[Any]:
        if c in _NEW_PARCEL:
            return _constant(_NEW_PARCEL[c])
        return bindparam(_PARCEL_SAME.get(c, c), type_=_PARCELS.c[c].type)

    parcel = insert(_PARCELS).values({c: value(c) for c in columns}
                                     ).returning(_PARCELS.c.id).cte("p")
    # The pieces take the parcel's own status and time.
    pieces = insert(_PIECES).from_select(
        ["parcel_id", "piece_no", "status", "updated_at"],
        select(parcel.c.id, func.generate_series(1, bindparam("pieces", type_=Integer)),
               _constant(Status.CREATED.value),
               bindparam("created_at", type_=_PIECES.c.updated_at.type))).cte("pc")
    event_cols = [c.name for c in _EVENTS.c if c.name not in ("id", "parcel_id")]

    def event_value(c: str) -> ColumnElement[Any]:
        if c in _NEW_EVENT:
            return _constant(_NEW_EVENT[c])
        return bindparam(_EVENT_SAME.get(c, f"e_{c}"), type_=_EVENTS.c[c].type)

    return (insert(_EVENTS).from_select(
        ["parcel_id", *event_cols], select(parcel.c.id, *(event_value(c) for c in event_cols)))
        .add_cte(pieces).returning(_EVENTS.c.parcel_id))


def _one_params(row: dict[str, Any], event: dict[str, Any]) -> dict[str, Any]:
    """The parameters of `_create_one`, checked against what it writes as constants or
    binds to another column: a new column default that disagrees must change it too."""
    for c, same in _PARCEL_SAME.items():
        if row[c] != row[same]:
            raise RuntimeError(f"parcel {c} != {same}: _create_one binds them as one")
    for c, const in _NEW_PARCEL.items():
        if row[c] != const:
            raise RuntimeError(f"a new parcel's {c} is {row[c]!r}, _create_one writes {const!r}")
    for c, same in _EVENT_SAME.items():
        if event[c] != row[same]:
            raise RuntimeError(f"event {c} != parcel {same}: _create_one binds them as one")
    for c, const in _NEW_EVENT.items():
        if event[c] != const:
            raise RuntimeError(f"the CREATE event's {c} is {event[c]!r}, "
                                 f"_create_one writes {const!r}")
    return {**{c: v for c, v in row.items() if c not in _NEW_PARCEL and c not in _PARCEL_SAME},
            **{f"e_{c}": v for c, v in event.items()
               if c not in _NEW_EVENT and c not in _EVENT_SAME}}


@dataclass(frozen=True)
class WaybillInput:
    recipient_name: str
    recipient_phone: str
    recipient_address: str
    recipient_province: str = ""
    recipient_city: str = ""
    recipient_district: str = ""
    recipient_postcode: str = ""
    sender_name: str = ""
    sender_phone: str = ""
    sender_address: str = ""
    merchant_id: int | None = None
    order_ref: str | None = None
    service: str = "standard"
    pieces: int = 1
    weight_kg: Decimal = Decimal("0")
    #: the weight is the merchant's default (a shop export without weights): replaced by the
    #: weight measured at receiving, without a weight discrepancy
    weight_estimated: bool = False
    cod: Decimal = Decimal("0")
    declared_value: Decimal = Decimal("0")
    contents: str = ""
    note: str = ""
    origin_branch_id: int | None = None
    batch_id: int | None = None
    dimensions_cm: tuple[int, int, int] | None = None
    payer: str | None = None  # core.pricing.PAYERS; None: MONTHLY for a merchant, else cash
    # Counter acceptance (waybill/acceptance.py): the sender's ID (never stored as given),
    # the inspection (验视) and a supervisor's override of listed contents.
    sender_id_type: str = ""
    sender_id_number: str = ""
    inspected: bool = False
    inspection_note: str = ""
    override_reason: str = ""
    extra: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class WaybillCreated:
    parcel_id: int
    waybill_no: str
    sort_code: str | None    # None: goes to the manual-routing queue
    dest_branch_id: int | None
    route_reason: str
    #: True when `client_key` had been used: this is the waybill made then, nothing new.
    existing: bool = False


@dataclass(frozen=True)
class WaybillUpdated:
    waybill_no: str
    sort_code: str | None
    route_reason: str
    changed: tuple[str, ...]   # the parcel fields that changed; empty: nothing to save


def validate(data: WaybillInput, *, cod_cap: Decimal = v.DEFAULT_COD_CAP) -> WaybillInput:
    """The checks every way of creating a waybill shares; returns the normalised input or
    raises the first problem found (ValidationError naming the field)."""
    return replace(
        data,
        recipient_name=v.required_text(data.recipient_name, "recipient_name", "Recipient name",
                                       60),
        recipient_phone=v.phone(data.recipient_phone),
        recipient_address=v.required_text(data.recipient_address, "recipient_address",
                                          "Recipient address", 300),
        recipient_postcode=v.postcode(data.recipient_postcode),
        service=v.service(data.service),
        pieces=v.pieces(data.pieces),
        weight_kg=v.weight_kg(data.weight_kg),
        cod=v.amount(data.cod, "cod", "COD amount", cap=cod_cap),
        declared_value=v.amount(data.declared_value, "declared_value", "Declared value",
                                cap=insurance_terms().cap),
    )


def create_waybill(uow: UnitOfWork, actor: Actor, allocator: NumberAllocator, router: Router,
                   data: WaybillInput, *, cod_cap: Decimal = v.DEFAULT_COD_CAP,
                   client_key: str | None = None) -> WaybillCreated:
    """Validate, number, route and store one waybill, and commit. `client_key` (the form
    session's key) makes it idempotent: a key already used returns that waybill
    (`existing=True`) and creates nothing, also when two saves race each other (the key is
    unique in the database)."""
    require(actor, Permission.CREATE_WAYBILL)
    if client_key:
        done = _by_client_key(uow, client_key)
        if done is not None:
            return done
    try:
        created = create_waybills(uow, actor, allocator, router, [data], cod_cap=cod_cap,
                                  client_key=client_key)[0]
        uow.commit()
    except IntegrityError:
        # Another save with the same key committed first: answer with its waybill.
        uow.session.rollback()
        done = _by_client_key(uow, client_key) if client_key else None
        if done is None:
            raise
        return done
    return created


def _by_client_key(uow: UnitOfWork, client_key: str) -> WaybillCreated | None:
    p = uow.session.execute(select(Parcel.id, Parcel.waybill_no, Parcel.sort_code,
                                   Parcel.dest_branch_id)
                            .where(Parcel.client_key == client_key)).first()
    if p is None:
        return None
    return WaybillCreated(p.id, p.waybill_no, p.sort_code, p.dest_branch_id,
                          "already saved by this form", existing=True)


#: Parcel columns the form edits, with the WaybillInput field each comes from.
_EDITABLE = ("recipient_name", "recipient_phone", "recipient_province", "recipient_city",
             "recipient_district", "recipient_address", "recipient_postcode", "sender_name",
             "sender_phone", "sender_address", "merchant_id", "service", "pieces", "weight_g",
             "length_cm", "width_cm", "height_cm", "cod_fen", "declared_value_fen", "contents",
             "note", "origin_branch_id", "dest_branch_id", "route_id", "sort_code",
             "sender_id_type", "sender_id_masked", "sender_id_hash", "inspected",
             "inspection_note")


def update_waybill(uow: UnitOfWork, actor: Actor, router: Router, waybill_no: str,
                   data: WaybillInput, *, cod_cap: Decimal = v.DEFAULT_COD_CAP
                   ) -> WaybillUpdated:
    """Correct a saved waybill from its form while it is still CREATED (not picked up or
    received: nobody has scanned it and its data drives no sort yet); routes it again, keeps
    its number, writes the changes to the audit log, commits. Anything later is refused."""
    require(actor, Permission.CREATE_WAYBILL)
    d = validate(data, cod_cap=cod_cap)
    p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == waybill_no)
                           .with_for_update())
    if p is None:
        raise no_such_waybill(waybill_no)
    if p.status != Status.CREATED.value:
        raise IllegalTransition(
            f"{waybill_no} is {p.status}: it can no longer be edited (only while CREATED)",
            code=waybill_no, status=p.status, reason="not_editable")
    ok = _accept(uow, actor, [d])[0]
    match = router.match(d.recipient_postcode, d.recipient_province, d.recipient_city,
                         d.recipient_district, d.recipient_address)
    dims = d.dimensions_cm or (None, None, None)
    new: dict[str, Any] = {**ok.columns,
        "recipient_name": d.recipient_name, "recipient_phone": d.recipient_phone,
        "recipient_province": d.recipient_province.strip(),
        "recipient_city": d.recipient_city.strip(),
        "recipient_district": d.recipient_district.strip(),
        "recipient_address": d.recipient_address, "recipient_postcode": d.recipient_postcode,
        "sender_name": d.sender_name.strip(), "sender_phone": d.sender_phone.strip(),
        "sender_address": d.sender_address.strip(), "merchant_id": d.merchant_id,
        "service": d.service, "pieces": d.pieces, "weight_g": int(d.weight_kg * 1000),
        "length_cm": dims[0], "width_cm": dims[1], "height_cm": dims[2],
        "cod_fen": to_fen(d.cod), "declared_value_fen": to_fen(d.declared_value),
        "contents": d.contents.strip(), "note": d.note.strip(),
        "origin_branch_id": d.origin_branch_id or p.origin_branch_id,
        "dest_branch_id": match.rule.branch_id if match else None,
        "route_id": match.rule.route_id if match else None,
        "sort_code": match.rule.sort_code if match else None}
    changed = tuple(k for k in _EDITABLE if getattr(p, k) != new[k])
    reason = match.reason if match else "no rule matched: manual routing"
    if not changed:
        return WaybillUpdated(p.waybill_no, p.sort_code, reason, ())
    before = {k: getattr(p, k) for k in changed}
    now = utcnow()
    if ok.override is not None:
        audit.record(uow, actor, "waybill.prohibited_override", "parcel", p.waybill_no,
                     **ok.override)
    if "pieces" in changed:
        uow.session.execute(delete(Piece).where(Piece.parcel_id == p.id,
                                                Piece.piece_no > d.pieces))
        uow.session.add_all(Piece(parcel_id=p.id, piece_no=n, status=Status.CREATED.value,
                                  updated_at=now) for n in range(p.pieces + 1, d.pieces + 1))
    for k in changed:
        setattr(p, k, new[k])
    p.updated_at = now
    audit.record(uow, actor, "waybill.update", "parcel", p.waybill_no,
                 changed={k: [before[k], new[k]] for k in changed})
    uow.commit()
    return WaybillUpdated(p.waybill_no, new["sort_code"], reason, changed)


def _accept(uow: UnitOfWork, actor: Actor, inputs: list[WaybillInput]) -> list[Accepted]:
    """Counter acceptance of each input (waybill/acceptance.py), or its first problem."""
    exempt = agreement_merchants(uow, {d.merchant_id for d in inputs
                                       if d.merchant_id is not None})
    words = listed_words(uow)
    needs_key = any(d.merchant_id not in exempt or d.sender_id_number.strip() for d in inputs)
    key = id_key(uow) if needs_key else None
    return [accept(actor, key=key, words=words, exempt=d.merchant_id in exempt,
                   sender_name=d.sender_name, id_type=d.sender_id_type,
                   id_number=d.sender_id_number, inspected=d.inspected,
                   inspection_note=d.inspection_note, contents=d.contents,
                   override_reason=d.override_reason) for d in inputs]


def create_waybills(uow: UnitOfWork, actor: Actor, allocator: NumberAllocator, router: Router,
                    inputs: list[WaybillInput], *, cod_cap: Decimal = v.DEFAULT_COD_CAP,
                    batch_id: int | None = None, validated: bool = False,
                    client_key: str | None = None) -> list[WaybillCreated]:
    """Create many waybills with a few bulk statements; the caller commits.
    Call `allocator.ensure(len(inputs))` before the unit of work begins (SQLite's write lock).
    `validated`: the inputs come from `validate` (or the import's row checks, which use the
    same validators) and need not be checked again. `client_key`: only for a single input
    (create_waybill's idempotency key)."""
    require(actor, Permission.CREATE_WAYBILL)
    checked = inputs if validated else [validate(d, cod_cap=cod_cap) for d in inputs]
    accepted = _accept(uow, actor, checked)
    if allocator.available < len(checked) and uow.conn.in_transaction():
        raise RuntimeError("reserve waybill numbers (allocator.ensure) before the unit of "
                           "work begins its transaction")
    now = utcnow()
    parcels: list[dict[str, Any]] = []
    routes: list[RouteMatch | None] = []
    # A walk-in sender's parcel starts at the branch whose counter took it in: a return
    # goes back there (a merchant's parcels start at the merchant's home branch).
    here = (branch_id_of(uow, actor.location)
            if any(d.origin_branch_id is None for d in checked) and actor.location else None)
    for d, ok in zip(checked, accepted):
        match = router.match(d.recipient_postcode, d.recipient_province, d.recipient_city,
                             d.recipient_district, d.recipient_address)
        routes.append(match)
        dims = d.dimensions_cm or (None, None, None)
        parcels.append({
            "waybill_no": allocator.next(), "merchant_id": d.merchant_id,
            "order_ref": d.order_ref, "batch_id": batch_id or d.batch_id, "service": d.service,
            "pieces": d.pieces, "weight_g": int(d.weight_kg * 1000),
            "weight_estimated": d.weight_estimated, "length_cm": dims[0],
            "width_cm": dims[1], "height_cm": dims[2], "cod_fen": to_fen(d.cod),
            "declared_value_fen": to_fen(d.declared_value), "contents": d.contents.strip(),
            "note": d.note.strip(), "recipient_name": d.recipient_name,
            "recipient_phone": d.recipient_phone,
            "recipient_province": d.recipient_province.strip(),
            "recipient_city": d.recipient_city.strip(),
            "recipient_district": d.recipient_district.strip(),
            "recipient_address": d.recipient_address,
            "recipient_postcode": d.recipient_postcode, "sender_name": d.sender_name.strip(),
            "sender_phone": d.sender_phone.strip(), "sender_address": d.sender_address.strip(),
            "origin_branch_id": d.origin_branch_id or here,
            "dest_branch_id": match.rule.branch_id if match else None,
            "route_id": match.rule.route_id if match else None,
            "sort_code": match.rule.sort_code if match else None,
            "status": Status.CREATED.value, "status_before_hold": None, "is_return": False,
            "failed_attempts": 0, "courier_id": None, "last_location": actor.location,
            "created_at": now, "updated_at": now, "created_by": actor.user_id,
            "client_key": client_key, **ok.columns})
    price_new_parcels(uow, parcels, [d.payer for d in checked])
    conn = uow.conn
    events = [{
        "piece_no": None, "event": Event.CREATE.value, "status_before": None,
        "status_after": Status.CREATED.value, "location_code": actor.location,
        "station": actor.station, "user_id": actor.user_id, "courier_id": None,
        "occurred_at": now, "client_event_id": None, "message": "",
        "details": json.dumps({"sort_code": p["sort_code"],
                               "route": m.reason if m else "manual routing",
                               **({"override": ok.override} if ok.override else {})},
                              ensure_ascii=False)}
        for p, m, ok in zip(parcels, routes, accepted)]
    if len(parcels) == 1 and conn.dialect.name == "postgresql":
        # The counter's one waybill: parcel, pieces and CREATE event in one statement.
        # Every column given (bound or a constant): SQLAlchemy computes no insert default
        # inside a CTE.
        row = {**parcels[0], "recipient_phone_last4": last_four(parcels[0]["recipient_phone"])}
        ids = [conn.execute(_create_one(tuple(row)), _one_params(row, events[0])).scalar_one()]
    else:
        by_number = {wb: pid for wb, pid in conn.execute(_INSERT_PARCELS, parcels)}
        ids = [by_number[p["waybill_no"]] for p in parcels]
        conn.execute(_INSERT_PIECES, [
            {"parcel_id": pid, "piece_no": n, "status": Status.CREATED.value, "updated_at": now}
            for pid, p in zip(ids, parcels) for n in range(1, p["pieces"] + 1)])
        conn.execute(_INSERT_EVENTS, [{"parcel_id": pid, **e} for pid, e in zip(ids, events)])
    for p, ok in zip(parcels, accepted):
        if ok.override is not None:
            audit.record(uow, actor, "waybill.prohibited_override", "parcel", p["waybill_no"],
                         **ok.override)
    return [WaybillCreated(pid, p["waybill_no"], p["sort_code"], p["dest_branch_id"],
                           m.reason if m else "no rule matched: manual routing")
            for pid, p, m in zip(ids, parcels, routes)]

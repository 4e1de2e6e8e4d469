"""Find a parcel the way a clerk is asked for it (issue 13 item 4): by waybill number or piece
code, recipient phone (in full or its last four digits), recipient name or merchant order ref
(each from its start). Read-only; every kind of search is one index look-up, limited."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import ColumnElement, func, select
from sqlalchemy.orm import InstrumentedAttribute

from carrier_app.core import s10
from carrier_app.core.address import full_address
from carrier_app.core.clock import local_iso
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Status
from carrier_app.core.phone import last_four, mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.text import LIKE_ESCAPE, fold_full_width, like_pattern
from carrier_app.store.models import Parcel
from carrier_app.store.repository import no_such_waybill
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.reads import read_only

#: Hits listed at most; more than this: "refine the search".
LIMIT = 50
#: Longer text is no name, phone or order ref (order_ref is 64 characters).
MAX_TEXT = 64

_SEPARATORS = re.compile(r"[\s\-()（）]")


@dataclass(frozen=True)
class SearchHit:
    waybill_no: str
    status: Status
    recipient_name: str
    recipient_phone_masked: str
    recipient_address: str
    order_ref: str
    updated_at: datetime     # UTC
    matched: str             # waybill, piece, phone, phone_last4, order_ref, name

    def as_dict(self) -> dict[str, object]:
        d = {k: getattr(self, k) for k in self.__dataclass_fields__}
        d["status"] = self.status.value
        d["updated_at"] = local_iso(self.updated_at)
        return d


@dataclass(frozen=True)
class SearchResult:
    text: str
    hits: list[SearchHit]    # most recently updated first
    more: bool               # more than `limit` matched: only the first `limit` are listed
    limit: int

    def as_dict(self) -> dict[str, object]:
        return {"text": self.text, "more": self.more, "limit": self.limit,
                "hits": [h.as_dict() for h in self.hits]}


_COLUMNS = (Parcel.waybill_no, Parcel.status, Parcel.recipient_name, Parcel.recipient_phone,
            Parcel.recipient_province, Parcel.recipient_city, Parcel.recipient_district,
            Parcel.recipient_address, Parcel.order_ref, Parcel.updated_at)


@read_only
def search_parcels(uow: UnitOfWork, actor: Actor, text: str,
                   limit: int = LIMIT) -> SearchResult:
    """Parcels matching `text`: a waybill number or piece code (exactly); a phone number in
    full or its last four digits; the start of a merchant order ref (as typed, or upper-case)
    or of a recipient name. An S10-shaped text with a wrong check digit that matches nothing
    else is refused as a misread code; a waybill number or piece code that matches no parcel
    is NotFound (as in `track`)."""
    require(actor, Permission.TRACK)
    query = fold_full_width(text).strip()
    if not query:
        raise ValidationError("Type what to search for: a waybill number, a phone number "
                              "(or its last 4 digits), a name or an order ref",
                              field="text", reason="empty")
    if len(query) > MAX_TEXT:
        raise ValidationError(f"Search text longer than {MAX_TEXT} characters",
                              field="text", reason="too_long")
    limit = max(1, min(limit, 500))
    searches: list[tuple[str, ColumnElement[bool]]] = []
    misread: ValidationError | None = None
    code: s10.ScanCode | None = None
    try:
        code = s10.parse(query.upper())
    except ValidationError as exc:
        if exc.params.get("reason") in ("check_digit", "piece"):
            misread = exc
    else:
        searches.append(("waybill" if code.piece is None else "piece",
                         Parcel.waybill_no == code.waybill))
    if not searches:
        compact = _SEPARATORS.sub("", query)
        if compact.startswith("+86"):
            compact = compact[3:]
        elif compact.startswith("0086"):
            compact = compact[4:]
        if compact.isascii() and compact.isdigit():
            four = last_four(compact)
            if len(compact) == 4:
                searches.append(("phone_last4", Parcel.recipient_phone_last4 == compact))
            elif len(compact) >= 5:  # the last-four index first, then the whole number
                # (stored as digits; a landline or a 400 number with dashes: 0571-88886666)
                searches.append(("phone", (Parcel.recipient_phone_last4 == four)
                                 & (func.replace(Parcel.recipient_phone, "-", "") == compact)))
        dialect = uow.session.get_bind().dialect.name
        refs = dict.fromkeys((query, query.upper()))
        searches += [("order_ref", _prefix(dialect, Parcel.order_ref, ref)) for ref in refs]
        searches.append(("name", _prefix(dialect, Parcel.recipient_name, query)))

    found: dict[str, SearchHit] = {}
    more = False
    for matched, where in searches:
        stmt = select(*_COLUMNS).where(where).limit(limit + 1)
        for row in uow.session.execute(stmt):
            if row.waybill_no not in found:
                found[row.waybill_no] = _hit(row, matched)
        if len(found) > limit:
            more = True
            break
    if not found and misread is not None:
        raise misread
    if not found and code is not None:
        raise no_such_waybill(str(code), code.waybill)
    hits = sorted(found.values(), key=lambda h: h.updated_at, reverse=True)[:limit]
    return SearchResult(query, hits, more, limit)


def _prefix(dialect: str, column: InstrumentedAttribute[Any], text: str
            ) -> ColumnElement[bool]:
    """`column` starts with `text`, case-sensitively, through the column's index: GLOB on
    SQLite (its LIKE ignores ASCII case and so skips a binary index), LIKE on PostgreSQL
    (a text_pattern_ops index); the pattern characters in `text` are escaped."""
    if dialect == "sqlite":
        escaped = "".join(f"[{ch}]" if ch in "*?[" else ch for ch in text)
        return column.op("GLOB")(escaped + "*")
    return column.like(like_pattern(text, prefix=""), escape=LIKE_ESCAPE)


def _hit(row: Any, matched: str) -> SearchHit:
    return SearchHit(
        waybill_no=row.waybill_no, status=Status(row.status), recipient_name=row.recipient_name,
        recipient_phone_masked=mask_phone(row.recipient_phone),
        recipient_address=full_address(row.recipient_province, row.recipient_city,
                                       row.recipient_district, row.recipient_address, sep=" "),
        order_ref=row.order_ref or "", updated_at=row.updated_at, matched=matched)

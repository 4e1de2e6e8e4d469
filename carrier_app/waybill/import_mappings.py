"""Saved column mappings for merchant order files (issue 12 item 5): what the clerk picked in
the import preview, kept per merchant (its default) or by name (a marketplace's export
layout), and used again by the screen and by `import-orders --mapping NAME` alike."""

from __future__ import annotations

import json
from dataclasses import dataclass

from sqlalchemy import select

from carrier_app.core import validation as v
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store import audit
from carrier_app.store.models import ImportMapping, Merchant
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.order_import import MAX_COLUMNS, check_targets

MAX_HEADER = 200


@dataclass(frozen=True)
class SavedMapping:
    name: str
    merchant_code: str | None
    columns: dict[str, str]   # the file's header -> our field ("" = left out)


def check_columns(columns: dict[str, str]) -> dict[str, str]:
    if len(columns) > MAX_COLUMNS:
        raise ValidationError(f"A mapping has at most {MAX_COLUMNS} columns", field="mapping",
                              reason="too_long", max_len=MAX_COLUMNS)
    clean = {v.text(header, "mapping", "Column name", MAX_HEADER, required=True):
             (target or "").strip() for header, target in columns.items()}
    check_targets(clean)
    return clean


def _to_saved(m: ImportMapping, code: str | None) -> SavedMapping:
    return SavedMapping(m.name, code, dict(json.loads(m.columns)))


def find_mapping(uow: UnitOfWork, *, name: str | None = None,
                 merchant_id: int | None = None) -> SavedMapping | None:
    """By name (NotFound when there is none), else the merchant's own (None when none)."""
    stmt = select(ImportMapping, Merchant.code).outerjoin(
        Merchant, Merchant.id == ImportMapping.merchant_id)
    if name is not None:
        row = uow.session.execute(stmt.where(ImportMapping.name == name.strip())).first()
        if row is None:
            raise NotFound(f"No saved column mapping named {name!r}", name=name,
                           reason="unknown_mapping")
        return _to_saved(*row)
    if merchant_id is None:
        return None
    row = uow.session.execute(stmt.where(ImportMapping.merchant_id == merchant_id)
                              .order_by(ImportMapping.updated_at.desc()).limit(1)).first()
    return _to_saved(*row) if row else None


def save_mapping(uow: UnitOfWork, actor: Actor, merchant_code: str | None,
                 columns: dict[str, str], name: str | None = None) -> SavedMapping:
    """Save (or replace) a mapping; without a name it is the merchant's own (named by its
    code). Commits."""
    require(actor, Permission.CREATE_WAYBILL)
    columns = check_columns(columns)
    merchant = None
    if merchant_code:
        merchant = uow.session.scalar(select(Merchant).where(
            Merchant.code == merchant_code.strip().upper()))
        if merchant is None:
            raise NotFound(f"Unknown merchant {merchant_code!r}", code=merchant_code,
                           reason="unknown_merchant")
    label = v.text(name or (merchant.code if merchant else ""), "name", "Mapping name",
                   40, required=True)
    row = uow.session.scalar(select(ImportMapping).where(ImportMapping.name == label))
    if row is None:
        row = ImportMapping(name=label, columns="{}", updated_at=utcnow())
        uow.session.add(row)
    row.merchant_id = merchant.id if merchant else None
    row.columns = json.dumps(columns, ensure_ascii=False)
    row.updated_by, row.updated_at = actor.user_id, utcnow()
    uow.session.flush()
    audit.record(uow, actor, "orders.mapping", "import_mapping", row.id, name=label,
                 merchant=merchant.code if merchant else None)
    uow.commit()
    return SavedMapping(label, merchant.code if merchant else None, columns)


def list_mappings(uow: UnitOfWork) -> list[SavedMapping]:
    rows = uow.session.execute(select(ImportMapping, Merchant.code).outerjoin(
        Merchant, Merchant.id == ImportMapping.merchant_id).order_by(ImportMapping.name))
    return [_to_saved(m, code) for m, code in rows]


def merchant_mapping(uow: UnitOfWork, merchant_code: str) -> SavedMapping | None:
    """The merchant's own saved mapping (what the preview starts from), or None."""
    merchant_id = uow.session.scalar(select(Merchant.id).where(
        Merchant.code == merchant_code.strip().upper()))
    return find_mapping(uow, merchant_id=merchant_id) if merchant_id is not None else None

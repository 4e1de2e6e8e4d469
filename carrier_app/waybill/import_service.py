"""Importing a merchant's order file: every good row becomes a waybill in ONE transaction,
rows already imported (same merchant + order_ref) are counted and skipped, bad rows are
reported (and written to a rejects file). Cancelling imports nothing."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from carrier_app.core.acceptance import ListedWord, listed_in
from carrier_app.core.address import full_address
from carrier_app.core import validation as v
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import DomainError, NotFound, ValidationError
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.sorting.routing import load_router
from carrier_app.store import audit
from carrier_app.store.engine import Database
from carrier_app.store.models import ImportBatch, Merchant, Parcel
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.import_mappings import find_mapping
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.acceptance import agreement_merchants, listed_error, listed_words
from carrier_app.waybill.order_import import (
    OrderRow, ParsedFile, Reject, parse, require_columns, validate_rows, write_rejects,
)
from carrier_app.waybill.service import create_waybills

CHUNK = 1000

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]


class ImportCancelled(DomainError):
    code = "cancelled"


@dataclass(frozen=True)
class MerchantRef:
    id: int
    code: str
    name: str
    sender: tuple[str, str, str]   # name, phone, address printed as the sender
    home_branch_id: int | None
    #: 协议客户: a signed safety agreement; its waybills need no sender real-name.
    safety_agreement: bool = False
    #: grams, for rows of a shop export without a weight (0: none)
    default_weight_g: int = 0


@dataclass(frozen=True)
class ImportResult:
    batch_id: int | None
    file_name: str
    encoding: str
    rows: int
    created: int
    already_present: int
    rejects: list[Reject] = field(default_factory=list)
    waybills: list[str] = field(default_factory=list)
    #: created but matched by no routing rule: (row, waybill), waiting in manual routing
    unrouted: list[tuple[int, str]] = field(default_factory=list)
    mapping: str | None = None   # the saved column mapping used, if any

    @property
    def rejected(self) -> int:
        return len(self.rejects)


def merchant_by_code(uow: UnitOfWork, code: str) -> MerchantRef:
    m = uow.session.scalar(select(Merchant).where(Merchant.code == code.strip().upper()))
    if m is None:
        raise NotFound(f"Unknown merchant {code!r}", code=code, reason="unknown_merchant")
    if not m.active:
        raise ValidationError(f"Merchant {m.code} is deactivated; no new orders",
                              field="merchant", reason="inactive")
    return merchant_ref(m)


def merchant_ref(m: Merchant) -> MerchantRef:
    address = full_address(m.province, m.city, m.district, m.address)
    return MerchantRef(m.id, m.code, m.name, (m.name, m.phone, address), m.home_branch_id,
                       m.safety_agreement_on is not None, m.default_weight_g)


def existing_refs(uow: UnitOfWork, merchant_id: int, refs: list[str]) -> set[str]:
    found: set[str] = set()
    for i in range(0, len(refs), 900):  # stay under SQLite's bound-parameter limit
        found.update(uow.session.scalars(select(Parcel.order_ref).where(
            Parcel.merchant_id == merchant_id, Parcel.order_ref.in_(refs[i:i + 900]))))
    return found


def _screen_contents(words: list[ListedWord], parsed: ParsedFile, rows: list[OrderRow],
                     rejects: list[Reject]) -> tuple[list[OrderRow], list[Reject]]:
    """Rows whose contents match the prohibited/restricted list are rejected (an import has
    no supervisor to override; such a parcel is accepted at the counter)."""
    good: list[OrderRow] = []
    more: list[Reject] = []
    raw = dict(parsed.raw_rows)
    header = next((h for h, c in parsed.mapping.items() if c == "contents"), "contents")
    for r in rows:
        found = listed_in(r.data.contents, words)
        if found:
            more.append(Reject(r.row, header, r.data.contents, str(listed_error(found)),
                               raw.get(r.row, {}), code="prohibited"))
        else:
            good.append(r)
    return good, sorted(rejects + more, key=lambda j: j.row)


def import_orders(db: Database, actor: Actor, allocator: NumberAllocator, path: Path,
                  merchant_code: str, *, rejects_path: Path | None = None,
                  cod_cap: Decimal = v.DEFAULT_COD_CAP, progress: Progress | None = None,
                  cancelled: Cancelled | None = None,
                  parsed: ParsedFile | None = None,
                  mapping: str | None = None) -> ImportResult:
    """Import `path` for the merchant. Opens its own units of work: numbers are reserved
    between the read-only look-ups and the one writing transaction. The columns are matched
    with `mapping` (a saved mapping's name), else the merchant's own saved mapping, else by
    their headers; `parsed`: the file as the preview read it (with the clerk's mapping)."""
    require(actor, Permission.CREATE_WAYBILL)
    with UnitOfWork(db) as uow:
        merchant = merchant_by_code(uow, merchant_code)
        saved = None if parsed else find_mapping(uow, name=mapping, merchant_id=merchant.id)
    parsed = parsed or parse(path, saved.columns if saved else None)
    require_columns(parsed)  # a preview's mapping too
    used = saved.name if saved else None
    with UnitOfWork(db) as uow:
        if not agreement_merchants(uow, {merchant.id}):
            raise ValidationError(
                f"Merchant {merchant.code} has no signed safety agreement (协议客户): its "
                "parcels need the real-name ID of whoever hands them over, so they are "
                "accepted at the counter one by one, not imported", field="merchant",
                reason="no_agreement", merchant=merchant.code)
        rows, rejects = validate_rows(parsed, merchant_id=merchant.id, sender=merchant.sender,
                                      origin_branch_id=merchant.home_branch_id,
                                      cod_cap=cod_cap,
                                      default_weight_g=merchant.default_weight_g)
        rows, rejects = _screen_contents(listed_words(uow), parsed, rows, rejects)
        present = existing_refs(uow, merchant.id, [r.data.order_ref or "" for r in rows])
    new = [r for r in rows if r.data.order_ref not in present]
    if rejects_path is not None:
        write_rejects(rejects_path, parsed, rejects)
    if progress:
        progress(0, len(new))
    if not new:  # a header-only file or a re-run: no empty batch, no numbers reserved
        return ImportResult(None, parsed.file_name, parsed.encoding, len(parsed.raw_rows), 0,
                            len(present), rejects, [], mapping=used)
    allocator.ensure(len(new))  # exactly what this file needs, before the transaction
    created: list[str] = []
    unrouted: list[tuple[int, str]] = []
    with UnitOfWork(db) as uow:
        # One import per merchant at a time: the merchant's row lock (PostgreSQL; SQLite's
        # BEGIN IMMEDIATE already queues writers), then look again for rows another
        # workstation imported meanwhile - the same file imported at two workstations at
        # once creates each waybill once and the later one counts them as already imported.
        uow.session.execute(select(Merchant.id).where(Merchant.id == merchant.id)
                            .with_for_update())
        meanwhile = existing_refs(uow, merchant.id, [r.data.order_ref or "" for r in new])
        if meanwhile:
            new = [r for r in new if r.data.order_ref not in meanwhile]
            present = present | meanwhile
        total = len(new)
        if not new:
            return ImportResult(None, parsed.file_name, parsed.encoding,
                                len(parsed.raw_rows), 0, len(present), rejects, [],
                                mapping=used)
        batch = ImportBatch(merchant_id=merchant.id, file_name=parsed.file_name[:255],
                            encoding=parsed.encoding, rows_total=len(parsed.raw_rows),
                            created=total, already_present=len(present),
                            rejected=len(rejects), created_by=actor.user_id,
                            created_at=utcnow())
        uow.session.add(batch)
        uow.session.flush()
        batch_id = batch.id
        router = load_router(uow)
        for start in range(0, total, CHUNK):
            if cancelled and cancelled():
                raise ImportCancelled("Import cancelled: nothing was imported")
            rows_here = new[start:start + CHUNK]
            out = create_waybills(uow, actor, allocator, router, [r.data for r in rows_here],
                                  cod_cap=cod_cap, batch_id=batch_id, validated=True)
            created.extend(w.waybill_no for w in out)
            unrouted.extend((r.row, w.waybill_no) for r, w in zip(rows_here, out, strict=True)
                            if w.sort_code is None)
            if progress:
                progress(len(created), total)
        if cancelled and cancelled():
            raise ImportCancelled("Import cancelled: nothing was imported")
        audit.record(uow, actor, "orders.import", "import_batch", batch_id,
                     merchant=merchant.code, file=parsed.file_name, created=total,
                     already_present=len(present), rejected=len(rejects),
                     unrouted=len(unrouted), mapping=used)
        uow.commit()
    return ImportResult(batch_id, parsed.file_name, parsed.encoding, len(parsed.raw_rows),
                        total, len(present), rejects, created, unrouted, used)

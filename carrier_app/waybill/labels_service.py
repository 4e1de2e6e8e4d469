"""Printing labels (PDF or ZPL), reprinting them (audited, recorded as a REPRINT event) and
cancelling a waybill before pickup.

`print_labels` is the one use case of a label print, whichever way it arrives (a screen's
打印 button, `carrier-app labels`): a waybill whose label was printed before is a reprint
(补打 on the label, a REPRINT event, audited), so nothing is printed twice unknowingly.
`render_labels` only renders (previews, and the labels other use cases make).

A cancelled waybill's label is never printed again; its number is never reused (the
allocator never hands a number out twice).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from decimal import Decimal

from sqlalchemy import select, update

from carrier_app.core.address import full_address
from carrier_app.core import s10
from carrier_app.core.clock import local_date, utcnow
from carrier_app.core.errors import IllegalTransition, NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.money import from_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.documents.labels import SIZES, LabelData, build_labels
from carrier_app.documents.zpl import build_zpl
from carrier_app.store import audit
from carrier_app.store.models import ImportBatch, Merchant, Parcel
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.repository import no_such_waybill
from carrier_app.tracking.scans import append_note, append_scan

#: The name printed at the top of every label; a depot sets its own with CARRIER_NAME.
CARRIER_NAME = os.environ.get("CARRIER_NAME", "carrier_app 快运")


@dataclass(frozen=True)
class LabelPrint:
    """What `print_labels` made: the document to print as it is (reprinted labels carry
    their own 补打 mark) and what the print queue records about it."""
    document: bytes           # the PDF, or the ZPL as UTF-8
    format: str               # "pdf" or "zpl"
    waybills: list[str]       # in the order given
    labels: int               # one per piece
    reprinted: list[str]      # the waybills whose label was printed before (marked 补打)

    @property
    def reprint(self) -> bool:
        return bool(self.reprinted)

    @property
    def ref(self) -> str:
        """The print queue's reference: the waybill, or the first and how many more."""
        first, more = self.waybills[0], len(self.waybills) - 1
        return first if not more else f"{first}+{more}"


@dataclass(frozen=True)
class Cancelled:
    waybill_no: str
    status: Status
    reason: str


def render_labels(uow: UnitOfWork, actor: Actor, waybill_nos: Sequence[str],
                  size: str = "100x150", reprint: bool = False,
                  progress: Callable[[int, int], None] | None = None) -> bytes:
    """A PDF with one page per piece of each waybill, in the order given. A reprint is
    recorded (REPRINT event + audit) and committed; a first print writes nothing.
    `progress(pages done, total)` may raise to stop before anything is recorded."""
    labels = _labels(uow, actor, waybill_nos, size, reprint)
    pdf = build_labels(labels, size, progress)
    _record(uow, actor, labels, size, "pdf")
    return pdf


def print_labels(uow: UnitOfWork, actor: Actor, waybill_nos: Sequence[str],
                 size: str = "100x150", fmt: str = "pdf", reprint: bool = False,
                 cjk_font: str | None = None,
                 progress: Callable[[int, int], None] | None = None) -> LabelPrint:
    """The labels to print, one per piece, in the order given: PDF, or ZPL (`fmt`). A
    waybill whose label was printed before (or every one, with `reprint`) is a reprint: its
    label carries 补打, a REPRINT event and an audit row are recorded. The others are marked
    printed. Commits. The caller prints the document and records the job in the print queue
    (reports.print_jobs.record_print: kind "label", `ref`, reprint when `reprint` is).
    `progress(pages done, total)` (PDF) may raise to stop before anything is recorded."""
    if fmt not in ("pdf", "zpl"):
        raise ValidationError(f"Unknown print format {fmt!r}", field="format", value=fmt,
                              reason="print_format")
    labels = _labels(uow, actor, waybill_nos, size, reprint, printed_before=True)
    # The reads end here: a batch renders for seconds, and a transaction left open would
    # hold SQLite's write lock (BEGIN IMMEDIATE) against every scanner meanwhile.
    uow.commit()

    def build(labels: list[LabelData], progress: Callable[[int, int], None] | None) -> bytes:
        if fmt == "zpl":
            return build_zpl(labels, size, cjk_font=cjk_font).encode("utf-8")
        return build_labels(labels, size, progress)

    document = build(labels, progress)
    first = {label.waybill for label in labels if not label.reprint}
    claimed = _mark_printed(uow, first)
    if claimed != first:  # another workstation printed some of them meanwhile: reprints too
        labels = [replace(label, reprint=True) if label.waybill in first - claimed else label
                  for label in labels]
        document = build(labels, None)
    _record(uow, actor, labels, size, fmt)
    uow.commit()
    waybills = list(dict.fromkeys(label.waybill for label in labels))
    reprinted = list(dict.fromkeys(label.waybill for label in labels if label.reprint))
    return LabelPrint(document, fmt, waybills, len(labels), reprinted)


def labels_for_batch(uow: UnitOfWork, actor: Actor, batch_id: int) -> list[str]:
    """The waybill numbers an import batch created, in creation order; cancelled ones left out."""
    require(actor, Permission.PRINT_LABEL)
    if uow.session.get(ImportBatch, batch_id) is None:
        raise NotFound(f"import batch {batch_id} does not exist", batch=batch_id,
                       reason="unknown_batch")
    return list(uow.session.scalars(
        select(Parcel.waybill_no).where(Parcel.batch_id == batch_id,
                                        Parcel.status != Status.CANCELLED.value)
        .order_by(Parcel.id)))


def cancel_waybill(uow: UnitOfWork, actor: Actor, waybill_no: str, reason: str) -> Cancelled:
    """Cancel a waybill that has not been picked up; the reason is required and kept on the
    CANCEL event and in the audit log. Commits. Anything past CREATED is refused (and the
    refusal recorded) by the scan service."""
    require(actor, Permission.CANCEL_WAYBILL)
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("A reason is required to cancel a waybill", field="reason",
                              reason="cancel_reason")
    if len(reason) > 200:
        raise ValidationError("The reason is at most 200 characters", field="reason",
                              reason="too_long", max_len=200)
    wb = s10.parse(waybill_no.strip().upper()).waybill
    status = uow.session.scalar(select(Parcel.status).where(Parcel.waybill_no == wb))
    if status == Status.CREATED.value:
        audit.record(uow, actor, "waybill.cancel", "parcel", wb, reason=reason)
    result = append_scan(uow, actor, wb, Event.CANCEL, details={"reason": reason})
    uow.commit()
    return Cancelled(wb, result.status_after, reason)


# --- internals ------------------------------------------------------------------------------
def _labels(uow: UnitOfWork, actor: Actor, waybill_nos: Sequence[str], size: str,
            reprint: bool, printed_before: bool = False) -> list[LabelData]:
    """The labels of the waybills; `reprint`: all marked 补打; `printed_before`: those whose
    label was printed before."""
    require(actor, Permission.PRINT_LABEL)
    if size not in SIZES:
        raise ValidationError(f"Label size must be one of {', '.join(SIZES)}", field="size",
                              value=size, reason="label_size")
    wanted = [s10.parse(w.strip().upper()).waybill for w in waybill_nos]
    if not wanted:
        raise ValidationError("No waybills to print", field="waybills", reason="no_waybills")
    s = uow.session
    parcels: dict[str, Parcel] = {}
    for chunk in range(0, len(wanted), 500):  # keep IN lists small for every backend
        part = wanted[chunk:chunk + 500]
        parcels.update((p.waybill_no, p) for p in s.scalars(
            select(Parcel).where(Parcel.waybill_no.in_(part))))
    merchant_ids = {p.merchant_id for p in parcels.values() if p.merchant_id}
    merchants = {m.id: m for m in s.scalars(select(Merchant).where(
        Merchant.id.in_(merchant_ids)))} if merchant_ids else {}
    out: list[LabelData] = []
    for wb in wanted:
        p = parcels.get(wb)
        if p is None:
            raise no_such_waybill(wb)
        again = reprint or (printed_before and p.label_printed_at is not None)
        if p.status == Status.CANCELLED.value:
            verb = "reprinted" if again else "printed"
            raise IllegalTransition(f"{wb} is CANCELLED; its label cannot be {verb}",
                                    code=wb, current=Status.CANCELLED.value, reason="cancelled")
        out.extend(_pieces(p, merchants.get(p.merchant_id or 0), again))
    return out


def _pieces(p: Parcel, merchant: Merchant | None,
            reprint: bool = False) -> list[LabelData]:
    address = full_address(p.recipient_province, p.recipient_city, p.recipient_district,
                           p.recipient_address)
    sender_name, sender_phone, sender_address = p.sender_name, p.sender_phone, p.sender_address
    if merchant is not None and not sender_name:
        sender_name, sender_phone = merchant.name, merchant.phone
        sender_address = full_address(merchant.province, merchant.city, merchant.district,
                                      merchant.address)
    day = local_date(p.created_at)  # the depot's local date
    return [LabelData(
        waybill=p.waybill_no, piece_no=n, pieces=p.pieces,
        barcode=p.waybill_no if p.pieces == 1 else f"{p.waybill_no}-{n}",
        service=p.service, date=day, sort_code=p.sort_code,
        recipient_name=p.recipient_name, recipient_phone=mask_phone(p.recipient_phone),
        recipient_address=address, sender_name=sender_name,
        sender_phone=mask_phone(sender_phone) if sender_phone else "",
        sender_address=sender_address, weight_kg=Decimal(p.weight_g) / 1000,
        cod=from_fen(p.cod_fen), order_ref=p.order_ref or "",
        carrier=CARRIER_NAME, reprint=reprint, inspected=p.inspected,
        declared_value=from_fen(p.declared_value_fen), insurance_fee=from_fen(p.insurance_fen))
        for n in range(1, p.pieces + 1)]


def _mark_printed(uow: UnitOfWork, waybills: set[str]) -> set[str]:
    """Mark the labels of `waybills` printed now; returns those that were not printed yet
    (one statement per chunk, so of two workstations printing one label, one prints it
    first). No commit."""
    now, done = utcnow(), set[str]()
    wanted = sorted(waybills)
    for chunk in range(0, len(wanted), 500):
        done.update(uow.session.scalars(
            update(Parcel).where(Parcel.waybill_no.in_(wanted[chunk:chunk + 500]),
                                 Parcel.label_printed_at.is_(None))
            .values(label_printed_at=now).returning(Parcel.waybill_no)
            .execution_options(synchronize_session=False)))
    return done


def _record(uow: UnitOfWork, actor: Actor, labels: list[LabelData], size: str,
            fmt: str) -> None:
    """Every reprinted label's waybill: a REPRINT event and an audit row (and its label
    counts as printed from now on, if it did not); committed when there is one
    (print_labels commits its own)."""
    seen: dict[str, int] = {}
    for label in labels:
        if label.reprint:
            seen[label.waybill] = seen.get(label.waybill, 0) + 1
    if not seen:
        return
    for wb, pieces in seen.items():
        append_note(uow, actor, wb, Event.REPRINT, f"label reprinted ({size}, {fmt})",
                    {"size": size, "format": fmt, "pieces": pieces})
        audit.record(uow, actor, "label.reprint", "parcel", wb, size=size, format=fmt,
                     pieces=pieces)
    _mark_printed(uow, set(seen))
    uow.commit()

"""The print queue (issue 12 item 1): every document the workstation printed or wrote to its
documents folder is recorded here with its bytes; a reprint from the queue sends the same
bytes again marked 补打/REPRINT, and is itself recorded and audited (who, when, what)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from carrier_app.core.clock import utcnow
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store import audit
from carrier_app.store.models import PrintJob
from carrier_app.store.uow import UnitOfWork

#: What can be printed; a label (and a bag label) goes to the label printer, the rest to A4.
KINDS = ("label", "bag_label", "manifest", "pickup_receipt", "run_sheet", "pod", "statement",
         "report", "cashup_receipt", "test_page", "label_test_page")
FORMATS = ("pdf", "zpl")


@dataclass(frozen=True)
class JobRow:
    id: int
    at: datetime
    username: str
    station: str
    kind: str
    ref: str
    format: str
    target: str
    reprint: bool
    reprint_of: int | None


@dataclass(frozen=True)
class Reprint:
    """A queued job's bytes to print again. The bytes are what was printed: a job that was
    itself a reprint already carries its 补打 mark (`marked`), so it is not marked twice."""
    job_id: int
    kind: str
    ref: str
    format: str
    document: bytes
    marked: bool = False


def as_printed(document: bytes, fmt: str, reprint: bool = False, marked: bool = False) -> bytes:
    """The bytes that go to the printer (or the file) for a job: a reprint carries a visible
    补打/REPRINT mark, stamped here unless the document draws its own (`marked`: labels, and
    a job printed again from the queue that was a reprint already). The print queue keeps
    these bytes, mark included. Every print path - the screens' printers and folders,
    the command line's files - goes through this and then `record_print`."""
    if not reprint or marked:
        return document
    if fmt == "zpl":
        from carrier_app.documents.zpl import mark_reprint as mark_zpl
        return mark_zpl(document.decode("utf-8")).encode("utf-8")
    from carrier_app.documents.stamp import mark_reprint as mark_pdf
    return mark_pdf(document)


def _row(j: PrintJob) -> JobRow:
    return JobRow(j.id, j.at, j.username, j.station, j.kind, j.ref, j.format, j.target,
                  j.reprint, j.reprint_of)


def record_print(uow: UnitOfWork, actor: Actor, kind: str, ref: str, fmt: str, target: str,
                 document: bytes, reprint: bool = False,
                 reprint_of: int | None = None) -> JobRow:
    """Record one printed document (the caller already printed or wrote it); a reprint is
    also written to the audit log. Commits."""
    if kind not in KINDS:
        raise ValidationError(f"Unknown document kind {kind!r}", field="kind", value=kind,
                              reason="document_kind")
    if fmt not in FORMATS:
        raise ValidationError(f"Unknown print format {fmt!r}", field="format", value=fmt,
                              reason="print_format")
    job = PrintJob(at=utcnow(), user_id=actor.user_id, username=actor.username,
                   station=actor.station, kind=kind, ref=ref[:80], format=fmt,
                   target=target[:400], reprint=reprint or reprint_of is not None,
                   reprint_of=reprint_of, document=document)
    uow.session.add(job)
    uow.session.flush()
    if job.reprint:
        audit.record(uow, actor, "print.reprint", "print_job", job.id, kind=kind, ref=ref,
                     target=target, of=reprint_of)
    uow.commit()
    return _row(job)


def print_jobs(uow: UnitOfWork, actor: Actor, limit: int = 200) -> list[JobRow]:
    """The newest jobs first."""
    require(actor, Permission.TRACK)
    return [_row(j) for j in uow.session.scalars(
        select(PrintJob).order_by(PrintJob.id.desc()).limit(limit))]


def job_document(uow: UnitOfWork, actor: Actor, job_id: int) -> Reprint:
    """A queued job's bytes, to print again through the print path (which marks them 补打
    and records the reprint with `record_print(..., reprint_of=job_id)`)."""
    require(actor, Permission.TRACK)
    job = uow.session.get(PrintJob, job_id)
    if job is None:
        raise NotFound(f"print job {job_id} does not exist", job=job_id, reason="unknown_job")
    return Reprint(job.id, job.kind, job.ref, job.format, job.document, job.reprint)

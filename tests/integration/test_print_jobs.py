"""The print queue's use cases on SQLite and PostgreSQL: a job recorded with its bytes, listed
newest first, read back for a reprint; a reprint audited; bad kinds and unknown jobs refused."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.reports.print_jobs import job_document, print_jobs, record_print
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog


def test_record_list_and_read_back(demo_db, actor):
    clerk = actor("clerk")
    with UnitOfWork(demo_db) as uow:
        first = record_print(uow, clerk, "manifest", "MF1", "pdf", "/tmp/x.pdf", b"%PDF-1")
    with UnitOfWork(demo_db) as uow:
        again = record_print(uow, clerk, "manifest", "MF1", "pdf", "HP-4", b"%PDF-1",
                             reprint_of=first.id)
    assert again.reprint and again.reprint_of == first.id and not first.reprint
    with UnitOfWork(demo_db) as uow:
        rows = print_jobs(uow, clerk)
        assert [(r.id, r.target, r.username) for r in rows] == [
            (again.id, "HP-4", clerk.username), (first.id, "/tmp/x.pdf", clerk.username)]
        doc = job_document(uow, clerk, first.id)
        assert (doc.kind, doc.ref, doc.format, doc.document) == ("manifest", "MF1", "pdf",
                                                                 b"%PDF-1")
        audit = uow.session.scalars(select(AuditLog.entity_id).where(
            AuditLog.action == "print.reprint")).all()
    assert audit == [str(again.id)]
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        record_print(uow, clerk, "poster", "x", "pdf", "t", b"")
    with UnitOfWork(demo_db) as uow, pytest.raises(NotFound):
        job_document(uow, clerk, 999_999)

"""Label printing, reprint and cancel through the services, on SQLite and PostgreSQL."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from carrier_app.core import s10
from carrier_app.core.errors import (
    IllegalTransition, NotFound, PermissionDenied, ValidationError,
)
from carrier_app.core.lifecycle import Event, Status
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, Parcel, ScanEvent
from carrier_app.tracking.scans import append_scan
from carrier_app.waybill.labels_service import (
    cancel_waybill, labels_for_batch, print_labels, render_labels,
)
from carrier_app.waybill.queries import import_batches, search_waybills
from label_support import decode_pages, make_batch
from scan_support import make_parcels


def events(db, wb, event):
    with UnitOfWork(db) as uow:
        pid = uow.session.scalar(select(Parcel.id).where(Parcel.waybill_no == wb))
        return [(e.status_after, e.station, json.loads(e.details))
                for e in uow.session.scalars(select(ScanEvent).where(
                    ScanEvent.parcel_id == pid, ScanEvent.event == event))]


def audits(db, action):
    with UnitOfWork(db) as uow:
        return [(a.entity_id, a.username, json.loads(a.details)) for a in uow.session.scalars(
            select(AuditLog).where(AuditLog.action == action).order_by(AuditLog.id))]


def test_print_pieces_of_several_waybills(demo_db, actor):
    multi = make_parcels(demo_db, 1, pieces=3, cod="88.00")
    single = make_parcels(demo_db, 1)
    clerk = actor("clerk")
    with UnitOfWork(demo_db) as uow:
        pdf = render_labels(uow, clerk, [*multi, single[0].lower()])
    pages = decode_pages(pdf)
    assert [p.code128 for p in pages] == [[f"{multi[0]}-{n}"] for n in (1, 2, 3)] + [single]
    assert [p.qr for p in pages] == [multi] * 3 + [single]
    # a first print writes nothing
    assert events(demo_db, multi[0], "REPRINT") == [] and audits(demo_db, "label.reprint") == []


def test_reprint_is_audited_and_recorded(demo_db, actor):
    [wb] = make_parcels(demo_db, 1, pieces=2)
    sorter = actor("sorter", station="ws-9")
    with UnitOfWork(demo_db) as uow:
        pdf = render_labels(uow, sorter, [wb], size="76x130", reprint=True)
    assert len(decode_pages(pdf)) == 2
    assert events(demo_db, wb, "REPRINT") == [
        (None, "ws-9", {"size": "76x130", "format": "pdf", "pieces": 2})]
    [(entity, user, details)] = audits(demo_db, "label.reprint")
    assert entity == wb and user == "sorter" and details["size"] == "76x130"
    with UnitOfWork(demo_db) as uow:
        zpl = print_labels(uow, sorter, [wb], fmt="zpl", reprint=True).document.decode()
    assert zpl.count("^XA") == 2
    assert len(audits(demo_db, "label.reprint")) == 2


def test_cancel_then_reprint_refused(demo_db, actor):
    [wb, other] = make_parcels(demo_db, 2)
    clerk = actor("clerk")
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(ValidationError) as e:
            cancel_waybill(uow, clerk, wb, "   ")
    assert e.value.field == "reason"
    with UnitOfWork(demo_db) as uow:
        done = cancel_waybill(uow, clerk, wb, "merchant cancelled the order")
    assert done.status is Status.CANCELLED
    [(after, _, details)] = events(demo_db, wb, "CANCEL")
    assert after == "CANCELLED" and details == {"reason": "merchant cancelled the order"}
    assert audits(demo_db, "waybill.cancel")[0][0] == wb
    for reprint in (True, False):
        with UnitOfWork(demo_db) as uow:
            with pytest.raises(IllegalTransition, match="CANCELLED"):
                render_labels(uow, clerk, [other, wb], reprint=reprint)
    assert audits(demo_db, "label.reprint") == []  # nothing recorded for the refused batch
    # cancelling again changes nothing (a repeated scan); after pickup it is refused
    with UnitOfWork(demo_db) as uow:
        assert cancel_waybill(uow, clerk, wb, "again").status is Status.CANCELLED
    assert len(events(demo_db, wb, "CANCEL")) == 1
    with UnitOfWork(demo_db) as uow:
        append_scan(uow, clerk, other, Event.PICKUP)
        uow.commit()
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(IllegalTransition):
            cancel_waybill(uow, clerk, other, "too late")
    assert len(audits(demo_db, "waybill.cancel")) == 1
    # the cancelled number is never handed out again
    fresh = make_parcels(demo_db, 3)
    assert wb not in fresh and other not in fresh


def test_errors(demo_db, actor):
    [wb] = make_parcels(demo_db, 1)
    with UnitOfWork(demo_db) as uow:
        with pytest.raises(NotFound):
            render_labels(uow, actor("clerk"), [s10.make("AA", 99999999)])
        with pytest.raises(ValidationError) as e:
            render_labels(uow, actor("clerk"), [wb], size="A4")
        assert e.value.field == "size"
        with pytest.raises(ValidationError):
            render_labels(uow, actor("clerk"), [])
        with pytest.raises(PermissionDenied):
            render_labels(uow, actor("finance"), [wb])
        with pytest.raises(PermissionDenied):
            cancel_waybill(uow, actor("sorter"), wb, "no")
        with pytest.raises(NotFound):
            labels_for_batch(uow, actor("clerk"), 4242)


def test_batch_and_search(demo_db, actor):
    wbs = make_parcels(demo_db, 4)
    batch_id = make_batch(demo_db, wbs[:3], order_ref="SHOP-7")
    clerk = actor("clerk")
    with UnitOfWork(demo_db) as uow:
        cancel_waybill(uow, clerk, wbs[1], "duplicate order")
    with UnitOfWork(demo_db) as uow:
        assert labels_for_batch(uow, clerk, batch_id) == [wbs[0], wbs[2]]
        assert [b.file_name for b in import_batches(uow, clerk)] == ["orders.csv"]
        rows = search_waybills(uow, clerk, batch_id=batch_id)
        assert {r.waybill_no for r in rows} == set(wbs[:3])
        assert {r.status for r in rows} == {Status.CREATED, Status.CANCELLED}
        assert [r.waybill_no for r in search_waybills(uow, clerk, wbs[3][-5:].lower())] == [wbs[3]]
        assert len(search_waybills(uow, clerk, "张三")) == 4
        assert len(search_waybills(uow, clerk, "SHOP-7")) == 3
        assert search_waybills(uow, clerk, "5678")[0].recipient_phone_masked == "138****5678"
        assert search_waybills(uow, clerk, "nothing-like-this") == []


def test_print_labels_marks_what_was_printed_before(demo_db, actor):
    """The one label-print use case: a first print marks the label printed and records
    nothing else; the next print of it is a reprint (补打 drawn, REPRINT event, audited);
    a preview (render_labels) never counts as a print."""
    clerk = actor("clerk")
    wb = make_parcels(demo_db, 1, pieces=2)[0]
    with UnitOfWork(demo_db) as uow:
        render_labels(uow, clerk, [wb])
    with UnitOfWork(demo_db) as uow:
        first = print_labels(uow, clerk, [wb])
    assert (first.ref, first.labels, first.reprinted, first.format) == (wb, 2, [], "pdf")
    assert events(demo_db, wb, "REPRINT") == []
    with UnitOfWork(demo_db) as uow:
        again = print_labels(uow, clerk, [wb], fmt="zpl")
    assert again.reprinted == [wb] and again.document.count(b"REPRINT") == 2
    assert [d["pieces"] for _, _, d in events(demo_db, wb, "REPRINT")] == [2]
    assert [(e, u) for e, u, _ in audits(demo_db, "label.reprint")] == [(wb, "clerk")]
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        print_labels(uow, clerk, [wb], fmt="png")


def test_a_label_printed_elsewhere_while_this_one_renders_is_a_reprint(demo_db, actor):
    """Two workstations print the same new label at once: the one that marks it second
    prints it as a reprint (rendered again with its 补打), not as a second original."""
    clerk = actor("clerk")
    wb = make_parcels(demo_db, 1)[0]
    other: list[str] = []

    def meanwhile(done: int, total: int) -> None:
        if not other:
            with UnitOfWork(demo_db) as uow:
                other.extend(print_labels(uow, clerk, [wb]).reprinted)

    with UnitOfWork(demo_db) as uow:
        job = print_labels(uow, clerk, [wb], progress=meanwhile)
    assert other == [] and job.reprinted == [wb]
    [page] = decode_pages(job.document)
    assert wb in page.code128
    assert len(events(demo_db, wb, "REPRINT")) == 1

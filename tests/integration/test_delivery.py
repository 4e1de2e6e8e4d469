"""Proof of delivery, failed attempts and returns on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from carrier_app.core.errors import IllegalTransition, PermissionDenied, ValidationError
from carrier_app.core.roles import Actor, Role
from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.delivery.signature import ink_ratio
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.assign import preview_auto_assign
from carrier_app.dispatch.common import today
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, ProofOfDelivery, ScanEvent
from delivery_support import (
    arrived, dispatcher, out_for_delivery, pdf_text_and_codes, strokes,
)
from hub_support import events_of

D15 = dispatcher("571-15")


def parcel(db, wb):
    with UnitOfWork(db) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
        uow.session.expunge(p)
        return p


def signature_on_page(pdf: bytes) -> bytes:
    """The one image on the POD's first page, as PNG (as the page holds it)."""
    import io

    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(pdf)
    try:
        [img] = doc[0].get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
        out = io.BytesIO()
        img.get_bitmap().to_pil().save(out, "PNG")
        return out.getvalue()
    finally:
        doc.close()


def test_deliver_with_signature_and_pod_pdf(demo_db):
    (wb,), run_id = out_for_delivery(demo_db, 1, cod="128.50", name="欧阳娜娜")
    with UnitOfWork(demo_db) as uow:
        info = D.lookup(uow, D15, wb)
    assert str(info.cod) == "128.50" and info.phone_masked == "138****5678"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        D.deliver(uow, D15, D.DeliveryInput(wb, "欧阳娜娜", "SELF", payment_method="cash"))
    assert e.value.field == "signature"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        D.deliver(uow, D15, D.DeliveryInput(wb, "欧阳娜娜", "SELF", strokes()))
    assert e.value.field == "payment_method"
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        D.deliver(uow, D15, D.DeliveryInput(wb, " ", "SELF", strokes()))
    assert e.value.field == "receiver_name"
    with UnitOfWork(demo_db) as uow:
        done = D.deliver(uow, D15, D.DeliveryInput(wb, "王大爷", "GUARD", strokes(),
                                                   payment_method="cash"))
    assert done.complete and str(done.cod) == "128.50"
    assert parcel(demo_db, wb).status == "DELIVERED"
    with UnitOfWork(demo_db) as uow:
        pod = uow.session.get(ProofOfDelivery, done.pod_id)
        assert pod.run_id == run_id and pod.relation == "GUARD"
        assert ink_ratio(pod.signature_png) > 0.001
        sheet = R.run_sheet(uow, D15, run_id)
    assert sheet.lines[0].outcome == "DELIVERED"
    with UnitOfWork(demo_db) as uow:
        pdf = D.pod_pdf(uow, D15, [wb])
    text, codes = pdf_text_and_codes(pdf)
    assert wb in codes
    assert "签收单" in text and "王大爷" in text and "门卫" in text and "128.50" in text
    assert 0.001 < ink_ratio(signature_on_page(pdf)) < 0.3  # the signature image: ink on white
    # assigning a delivered parcel is refused (and recorded as a refused scan)
    from carrier_app.dispatch.assign import assign
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition):
        assign(uow, D15, wb, "C5711502", reason="again")
    # delivering again: not out for delivery
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition):
        D.deliver(uow, D15, D.DeliveryInput(wb, "x", "SELF", strokes(), payment_method="cash"))


def test_deliver_not_out_for_delivery_is_refused(demo_db, actor):
    (wb,) = arrived(demo_db, 1)
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition) as e:
        D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes()))
    assert e.value.params["current"] == "ARRIVED"
    with UnitOfWork(demo_db) as uow, pytest.raises(PermissionDenied):
        D.deliver(uow, actor("clerk"), D.DeliveryInput(wb, "张三", "SELF", strokes()))
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "UNCLE", strokes()))
    assert parcel(demo_db, wb).status == "ARRIVED"


def test_counter_pickup(demo_db):
    (wb,) = arrived(demo_db, 1)
    with UnitOfWork(demo_db) as uow:
        done = D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                   counter_pickup=True))
    assert done.complete and parcel(demo_db, wb).status == "DELIVERED"


def test_multi_piece_partial_delivery(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1, pieces=3, cod="30.00")
    for n in (1, 2):
        with UnitOfWork(demo_db) as uow:
            done = D.deliver(uow, D15, D.DeliveryInput(f"{wb}-{n}", "张三", "SELF", strokes()))
        assert not done.complete and done.cod == 0
    with UnitOfWork(demo_db) as uow:
        info = D.lookup(uow, D15, wb)
    assert info.pieces_done == 2 and info.status == "OUT_FOR_DELIVERY"
    with UnitOfWork(demo_db) as uow:
        done = D.deliver(uow, D15, D.DeliveryInput(f"{wb}-3", "张三", "SELF", strokes(),
                                                   payment_method="transfer"))
    assert done.complete and str(done.cod) == "30.00"
    assert parcel(demo_db, wb).status == "DELIVERED"


def test_three_failures_return_to_merchant_branch_then_returned(demo_db):
    (wb,), run_id = out_for_delivery(demo_db, 1)
    before = parcel(demo_db, wb).sort_code
    assert before.startswith("571-15")
    d = D15
    for attempt in (1, 2, 3):
        with UnitOfWork(demo_db) as uow:
            out = F.fail(uow, d, wb, "NOBODY_HOME")
        assert out.attempt_no == attempt
        if attempt < 3:
            assert not out.returning and out.next_attempt == today() + timedelta(days=1)
            assert parcel(demo_db, wb).status == "DELIVERY_FAILED"
            with UnitOfWork(demo_db) as uow:
                close = R.close_run(uow, d, run_id)
            assert close.reattempts == [(wb, out.next_attempt)] and close.failed == [wb]
            # due tomorrow, not today
            with UnitOfWork(demo_db) as uow:
                assert preview_auto_assign(uow, d, "571-15").proposals == []
                pv = preview_auto_assign(uow, d, "571-15", on=out.next_attempt)
            assert [p.waybill_no for p in pv.proposals] == [wb]
            with UnitOfWork(demo_db) as uow:
                from carrier_app.dispatch.assign import confirm
                confirm(uow, d, pv)
            with UnitOfWork(demo_db) as uow:
                run_id = R.create_run(uow, d, "C5711501").id
            with UnitOfWork(demo_db) as uow:
                R.print_run(uow, d, run_id)
    assert out.returning and out.ret is not None
    p = parcel(demo_db, wb)
    assert p.status == "RETURN_TO_SENDER" and p.is_return and p.failed_attempts == 3
    assert out.ret.dest_branch_code == "571-12" and p.sort_code.startswith("571-12-")
    with UnitOfWork(demo_db) as uow:
        assert uow.session.scalar(select(ScanEvent.id).where(
            ScanEvent.parcel_id == p.id, ScanEvent.event == "REROUTE")) is not None
    # flows back and the merchant signs at the counter of its branch
    from carrier_app.core.lifecycle import Event
    from delivery_support import move
    move(demo_db, [wb], [Event.DEPART], "571-15")
    move(demo_db, [wb], [Event.ARRIVE], "571-12")
    d12 = dispatcher("571-12")
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        D.deliver(uow, d12, D.DeliveryInput(wb, "林小姐", "MERCHANT", counter_pickup=True))
    with UnitOfWork(demo_db) as uow:
        done = D.deliver(uow, d12, D.DeliveryInput(wb, "林小姐", "MERCHANT", strokes(),
                                                    counter_pickup=True))
    assert done.scan.status_after == "RETURNED" and done.cod == 0


def test_refusal_returns_at_once_and_bad_reason(demo_db):
    (wb, wb2), _ = out_for_delivery(demo_db, 2)
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError):
        F.fail(uow, D15, wb, "BORED")
    with UnitOfWork(demo_db) as uow:
        out = F.fail(uow, D15, wb, "REFUSED")
    assert out.returning and parcel(demo_db, wb).status == "RETURN_TO_SENDER"
    with UnitOfWork(demo_db) as uow, pytest.raises(IllegalTransition):
        F.fail(uow, D15, wb, "NOBODY_HOME")
    with UnitOfWork(demo_db) as uow:
        F.fail(uow, D15, wb2, "RESCHEDULE", next_attempt=today() + timedelta(days=3))
    with UnitOfWork(demo_db) as uow:
        ret = F.request_return(uow, D15, wb2)
    assert ret.dest_branch_code == "571-12"


def test_the_return_label_is_a_real_label_with_the_return_sort_code(demo_db):
    (wb,), _ = out_for_delivery(demo_db, 1)
    with UnitOfWork(demo_db) as uow:
        out = F.fail(uow, D15, wb, "REFUSED")
    assert out.ret.dest_branch_code == "571-12" and out.ret.sort_code.startswith("571-12")
    text, codes = pdf_text_and_codes(out.ret.label_pdf)
    assert out.ret.sort_code in text and codes.count(wb) == 2  # Code 128 and QR
    assert [e for e, _ in events_of(demo_db, wb)][-3:] == ["REROUTE", "RETURN", "REPRINT"]


def test_a_walk_in_parcel_returns_to_the_branch_that_took_it_in(demo_db):
    counter = Actor(None, "clerk", Role.CLERK, station="ws-12", location="571-12")
    (walk_in,), _ = out_for_delivery(demo_db, 1, merchant=None, at=counter)
    with UnitOfWork(demo_db) as uow:
        ret = F.fail(uow, D15, walk_in, "REFUSED").ret
    assert ret.dest_branch_code == "571-12" and parcel(demo_db, walk_in).is_return
    # Taken in at the hub with no sender branch on record: it waits at its branch for the
    # sender, and the history says so.
    (unknown,), _ = out_for_delivery(demo_db, 1, merchant=None, courier="C5711501")
    with UnitOfWork(demo_db) as uow:
        ret = F.fail(uow, D15, unknown, "REFUSED").ret
    assert ret.dest_branch_code == "571-15"
    assert parcel(demo_db, unknown).status == "RETURN_TO_SENDER"
    with UnitOfWork(demo_db) as uow:
        note = uow.session.scalar(select(ScanEvent.message).join(Parcel).where(
            Parcel.waybill_no == unknown, ScanEvent.event == "REROUTE"))
    assert "held for the sender" in note


def test_partly_delivered_waybill_rest_not_attempted(demo_db):
    (wb,), run_id = out_for_delivery(demo_db, 1, pieces=3)
    with UnitOfWork(demo_db) as uow:
        D.deliver(uow, D15, D.DeliveryInput(f"{wb}-2", "张三", "SELF", strokes()))
    with UnitOfWork(demo_db) as uow, pytest.raises(ValidationError) as e:
        F.fail(uow, D15, wb, "NOBODY_HOME")
    assert e.value.params["reason"] == "partly_delivered"
    with UnitOfWork(demo_db) as uow:
        R.not_attempted(uow, D15, run_id, wb)
    with UnitOfWork(demo_db) as uow:
        info = D.lookup(uow, D15, wb)
    assert info.piece_statuses == ["ARRIVED", "DELIVERED", "ARRIVED"]
    assert info.status == "ARRIVED" and info.pieces_done == 1
    with UnitOfWork(demo_db) as uow:
        assert R.close_run(uow, D15, run_id).not_attempted == [wb]
    # next day: the two pieces left go out again; the delivered one stays delivered
    from carrier_app.dispatch.assign import confirm
    with UnitOfWork(demo_db) as uow:
        confirm(uow, D15, preview_auto_assign(uow, D15, "571-15"))
    with UnitOfWork(demo_db) as uow:
        run2 = R.create_run(uow, D15, "C5711501").id
    with UnitOfWork(demo_db) as uow:
        R.print_run(uow, D15, run2)
    with UnitOfWork(demo_db) as uow:
        assert D.lookup(uow, D15, wb).piece_statuses == [
            "OUT_FOR_DELIVERY", "DELIVERED", "OUT_FOR_DELIVERY"]
    with UnitOfWork(demo_db) as uow:
        done = D.deliver(uow, D15, D.DeliveryInput(wb, "张三", "SELF", strokes()))
    assert done.complete and parcel(demo_db, wb).status == "DELIVERED"


def test_a_rendered_signature_has_the_pixels_a_greyscale_pen_draws():
    """The PNG is 1-bit (smaller, faster): the same black strokes on white as drawn in
    greyscale, and nothing but black and white."""
    import io

    from PIL import Image, ImageChops, ImageDraw

    from carrier_app.delivery import signature as sig

    strokes = sig.normalise([[(5, 5)], [(10, 40), (120, 10), (300, 150), (420, 60)]])
    got = Image.open(io.BytesIO(sig.render_png(strokes))).convert("L")
    want = Image.new("L", (600, 200), 255)
    draw = ImageDraw.Draw(want)
    scale = min(580 / 415, 180 / 145)
    pts = [[(10 + (x - 5) * scale, 10 + (y - 5) * scale) for x, y in s] for s in strokes]
    x, y = pts[0][0]
    draw.ellipse((x - 3, y - 3, x + 3, y + 3), fill=0)
    draw.line(pts[1], fill=0, width=3, joint="curve")
    assert ImageChops.difference(got, want).getbbox() is None
    assert set(got.histogram()[1:255]) == {0} and sig.ink_ratio(sig.render_png(strokes)) > 0

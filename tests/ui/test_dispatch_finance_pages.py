"""Dispatch and finance screens driven with qtbot: assignment, runs with close-out,
courier cash-up, merchant statement."""

from __future__ import annotations

import os

from PySide6.QtCore import Qt
from sqlalchemy import select

from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from carrier_app.core.clock import local_today
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.dispatch_assign import AssignPage
from carrier_app.ui.pages.dispatch_couriers import CouriersPage
from carrier_app.ui.pages.dispatch_runs import RunsPage
from carrier_app.ui.pages.finance_cashup import CashUpPage
from carrier_app.ui.pages.finance_statements import StatementsPage
from carrier_app.ui.widgets.feedback import Kind
from confirm_support import answer_confirm
from delivery_support import arrived, dispatcher, finance
from test_delivery_pages import scan, sign

#: Screenshots for people to look at (also kept in the repository, like the main window's).
SHOTS = os.environ.get("CARRIER_SHOTS") or str(
    __import__("pathlib").Path(__file__).resolve().parents[2] / "screenshots")


def statuses(db, wbs):
    with UnitOfWork(db) as uow:
        rows = dict(uow.session.execute(select(Parcel.waybill_no, Parcel.status)
                                        .where(Parcel.waybill_no.in_(wbs))).all())
    return [rows[w] for w in wbs]


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_couriers_page_edits_capacity(qtbot, demo_sqlite):
    page = CouriersPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.show()
    assert [c.code for c in page.model.rows] == ["C5711501", "C5711502"]
    page._edit(page.model.rows[0])
    page.capacity.setValue(7)
    click(qtbot, page.save_button)
    assert page.banner.kind == Kind.OK
    assert page.model.rows[0].capacity == 7


def test_assign_then_run_then_close_out(qtbot, demo_sqlite):
    ctx = AppContext(demo_sqlite, dispatcher("571-15"))
    wbs = arrived(demo_sqlite, 4, cod="10.00")
    assign = AssignPage(ctx)
    qtbot.addWidget(assign)
    assign.show()
    # scan-to-assign: badge then a parcel
    scan(qtbot, assign.scan, "C5711502")
    assert assign.courier_code == "C5711502"
    scan(qtbot, assign.scan, wbs[0])
    assert assign.banner.kind == Kind.OK
    # auto-assign the rest, moving one to C5711502 before confirming
    click(qtbot, assign.preview_button)
    assert [p.waybill_no for p in assign.model.rows] == wbs[1:]
    assign.table.selectRow(0)
    assign.move_to.setCurrentIndex(assign.move_to.findData("C5711502"))
    click(qtbot, assign.move_button)
    assert assign.model.rows[0].courier_code == "C5711502"
    click(qtbot, assign.confirm_button)
    assert assign.banner.kind == Kind.OK
    assert statuses(demo_sqlite, wbs) == ["ASSIGNED"] * 4

    runs = RunsPage(ctx)
    qtbot.addWidget(runs)
    runs.resize(1200, 800)
    runs.show()
    runs.courier.setCurrentIndex(runs.courier.findData("C5711502"))
    click(qtbot, runs.create_button)
    assert runs.sheet is not None and len(runs.sheet.lines) == 2
    click(qtbot, runs.print_button)
    qtbot.waitUntil(lambda: not runs.tasks.busy, timeout=30_000)
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    assert runs.last_document.read_bytes().startswith(b"%PDF")
    mine = [x.waybill_no for x in runs.sheet.lines]
    assert statuses(demo_sqlite, mine) == ["OUT_FOR_DELIVERY"] * 2
    # close-out: cannot close with parcels unaccounted for
    click(qtbot, runs.close_button)
    assert runs.banner.kind == Kind.ERROR
    runs.outcome.setCurrentIndex(runs.outcome.findData("DELIVERED"))
    sign(qtbot, runs.pad)
    scan(qtbot, runs.scan, mine[0])
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    runs.outcome.setCurrentIndex(runs.outcome.findData("FAILED"))
    runs.reason.setCurrentIndex(runs.reason.findData("WRONG_ADDRESS"))
    scan(qtbot, runs.scan, mine[1])
    if SHOTS:
        runs.grab().save(os.path.join(SHOTS, "runs_closeout.png"))
    answer_confirm()
    click(qtbot, runs.close_button)
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    assert statuses(demo_sqlite, mine) == ["DELIVERED", "DELIVERY_FAILED"]
    assert runs.last_document.name.startswith("close-out-")
    click(qtbot, runs.pods_button)
    qtbot.waitUntil(lambda: not runs.tasks.busy, timeout=30_000)
    assert runs.last_document.name.startswith("pod-") and runs.banner.kind == Kind.OK


def test_cashup_and_statement_pages(qtbot, demo_sqlite):
    from delivery_support import out_for_delivery, strokes
    from carrier_app.delivery import pod as D

    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="66.60")
    with UnitOfWork(demo_sqlite) as uow:
        D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                     payment_method="cash"))
    ctx = AppContext(demo_sqlite, finance("fin"))
    page = CashUpPage(ctx)
    qtbot.addWidget(page)
    page.show()
    scan(qtbot, page.badge, "c5711501")
    assert page.view is not None and str(page.view.expected) == "66.60"
    qtbot.keyClicks(page.declared["cash"], "-3")
    click(qtbot, page.declare_button)
    assert page.banner.kind == Kind.ERROR            # negative amount
    page.declared["cash"].setText("abc")
    click(qtbot, page.declare_button)
    assert page.banner.kind == Kind.ERROR            # not a number
    page.declared["cash"].setText("66.00")
    click(qtbot, page.declare_button)
    assert page.view.status == "PENDING" and page.banner.kind == Kind.WARNING
    click(qtbot, page.approve_button)                # same user, no reason
    assert page.banner.kind == Kind.ERROR
    ctx.actor = finance("fin-boss")
    page.reason.setText("coins short")
    click(qtbot, page.approve_button)
    assert page.view.status == "CLOSED", page.banner.text()
    assert not page.declare_button.isEnabled()       # a closed cash-up is not changed

    # 交款凭证 for the courier: who handed over what, the parcel, the approval
    click(qtbot, page.receipt_button)
    assert page.banner.kind == Kind.OK and page.notice.path.name.startswith("cashup-CU")
    from delivery_support import pdf_text_and_codes
    text, codes = pdf_text_and_codes(page.notice.path.read_bytes())
    assert "交款凭证" in text and "C5711501" in text and wb in text
    assert "¥66.00 / ¥66.60" in text and "coins short" in text and "补打" not in text
    assert f"CU{page.view.id:08d}" in codes
    click(qtbot, page.receipt_button)                # a second one: marked as a reprint
    text, _ = pdf_text_and_codes(page.notice.path.read_bytes())
    assert page.notice.path.name.endswith("-reprint.pdf") and "补打 REPRINT" in text

    st = StatementsPage(ctx)
    qtbot.addWidget(st)
    st.show()
    st.merchant.setCurrentIndex(st.merchant.findData("M001"))
    click(qtbot, st.preview_button)
    assert [x.waybill_no for x in st.model.rows] == [wb]
    asked = answer_confirm()
    click(qtbot, st.settle_button)
    assert asked and "cannot be settled again" in asked[0]  # asked once, with the consequence
    assert st.banner.kind == Kind.OK and st.statement.statement_no
    assert "¥66.60" in st.totals.text()              # priced: no flat fee (issue 14)
    click(qtbot, st.export_button)
    qtbot.waitUntil(lambda: not st.tasks.busy, timeout=30_000)
    assert [p.suffix for p in st.last_documents] == [".pdf", ".csv", ".xlsx"]
    number = st.statement.statement_no
    click(qtbot, st.print_button)                    # no printer set: the day's folder
    qtbot.waitUntil(lambda: not st.tasks.busy, timeout=30_000)
    assert st.notice.path.name == f"statement-{number}.pdf"
    assert st.notice.path.parent.name == local_today().isoformat()
    from delivery_support import pdf_text_and_codes
    text, _ = pdf_text_and_codes(st.notice.path.read_bytes())
    assert number in text and wb in text
    click(qtbot, st.preview_button)
    assert st.model.rowCount() == 0                  # never settled twice


def test_cashup_page_opens_a_branch_counter(qtbot, demo_sqlite):
    page = CashUpPage(AppContext(demo_sqlite, finance()))
    qtbot.addWidget(page)
    page.show()
    scan(qtbot, page.badge, "571-12")
    assert page.view is not None and page.view.courier_code == "571-12"
    assert page.banner.kind == Kind.OK


def test_close_out_with_the_signed_stub_attached(qtbot, demo_sqlite, tmp_path):
    from PIL import Image, ImageDraw

    from carrier_app.store.models import ProofOfDelivery
    from delivery_support import out_for_delivery

    (wb,), run_id = out_for_delivery(demo_sqlite, 1, cod="19.90")
    stub = tmp_path / "stub.png"
    img = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(img).line([(10, 100), (150, 20), (290, 90)], fill=0, width=4)
    img.save(stub)
    runs = RunsPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(runs)
    runs.show()
    runs.open_run(run_id)
    runs.outcome.setCurrentIndex(runs.outcome.findData("DELIVERED"))
    runs.payment.setCurrentIndex(runs.payment.findData("transfer"))
    runs.stub.attach(stub)
    scan(qtbot, runs.scan, wb)
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    assert runs.stub.data is None                    # cleared for the next parcel
    with UnitOfWork(demo_sqlite) as uow:
        pod = uow.session.scalar(select(ProofOfDelivery))
        assert pod.photo == stub.read_bytes() and pod.photo_name == "stub.png"
        assert pod.signature_png is None and pod.payment_method == "transfer"
    answer_confirm()
    click(qtbot, runs.close_button)
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    click(qtbot, runs.pods_button)
    qtbot.waitUntil(lambda: not runs.tasks.busy, timeout=30_000)
    import pypdfium2 as pdfium
    page = pdfium.PdfDocument(runs.last_document.read_bytes())[0]
    assert len(list(page.get_objects(filter=[pdfium.raw.FPDF_PAGEOBJ_IMAGE]))) == 1


def test_closed_run_and_settled_statement_open_again_on_a_fresh_screen(qtbot, demo_sqlite,
                                                                         monkeypatch):
    """After a crash (nothing written) a new screen finds the closed run and the settled
    statement and writes their files again; times shown in the depot's zone."""
    from datetime import UTC, date, datetime

    from sqlalchemy import update

    from carrier_app.delivery import pod as D
    from carrier_app.dispatch import runs as R
    from carrier_app.finance import cashup as C
    from carrier_app.finance import settlement as S
    from carrier_app.store.models import ProofOfDelivery
    from delivery_support import out_for_delivery, pdf_text_and_codes, strokes

    monkeypatch.setenv("CARRIER_TZ", "America/New_York")
    (wb,), run_id = out_for_delivery(demo_sqlite, 1, cod="8.80")
    with UnitOfWork(demo_sqlite) as uow:
        D.deliver(uow, dispatcher(), D.DeliveryInput(wb, "张三", "SELF", strokes(),
                                                     payment_method="cash"))
    with UnitOfWork(demo_sqlite) as uow:
        uow.session.execute(update(ProofOfDelivery).values(
            delivered_at=datetime(2026, 3, 1, 2, 15, tzinfo=UTC)))   # 21:15 on Feb 28 in NY
        uow.commit()
    with UnitOfWork(demo_sqlite) as uow:
        run_no = R.close_run(uow, dispatcher(), run_id).sheet.run_no
    with UnitOfWork(demo_sqlite) as uow:
        cu = C.open_cashup(uow, finance(), "C5711501")
    with UnitOfWork(demo_sqlite) as uow:
        C.declare(uow, finance(), cu.id, {"cash": "8.80"})
    with UnitOfWork(demo_sqlite) as uow:
        number = S.settle(uow, finance(), "M001", date(2026, 2, 28), date(2026, 2, 28)
                          ).statement_no

    runs = RunsPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(runs)
    runs.show()
    assert run_no not in [r.run_no for r in runs.runs_model.rows]   # open runs only
    runs.show_closed.setChecked(True)
    row = [r.run_no for r in runs.runs_model.rows].index(run_no)
    runs.runs.clicked.emit(runs.runs_model.index(row, 0))
    assert runs.summary_button.isEnabled()
    click(qtbot, runs.summary_button)
    assert runs.banner.kind == Kind.OK, runs.banner.text()
    # printed again: the same summary, marked as a reprint
    assert runs.last_document.name == f"close-out-{run_no}-reprint.pdf"
    text, _ = pdf_text_and_codes(runs.last_document.read_bytes())
    assert run_no in text and wb in text and "补打 REPRINT" in text

    st = StatementsPage(AppContext(demo_sqlite, finance()))
    qtbot.addWidget(st)
    st.show()
    assert st.settled.currentData() == number and not st.export_button.isEnabled()
    click(qtbot, st.open_button)
    assert st.statement.statement_no == number and [x.waybill_no for x in st.model.rows] == [wb]
    assert st.model.data(st.model.index(0, 3)) == "2026-02-28 21:15"
    click(qtbot, st.export_button)
    qtbot.waitUntil(lambda: not st.tasks.busy, timeout=30_000)
    assert [p.name for p in st.last_documents] == [f"statement-{number}{ext}"
                                                   for ext in (".pdf", ".csv", ".xlsx")]
    assert "2026-02-28T21:15:00-05:00" in st.last_documents[1].read_text(encoding="utf-8-sig")

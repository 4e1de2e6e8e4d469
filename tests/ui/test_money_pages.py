"""The delivery screen and the cash-up screen with a 到付 parcel (issue 14 item 5): the
screen says what to collect, COD + freight; the cash-up lists the freight per parcel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import select

from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel, ProofOfDelivery
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.delivery_pod import DeliveryPage
from carrier_app.ui.pages.finance_cashup import CashUpPage
from carrier_app.ui.widgets.feedback import Kind
from delivery_support import dispatcher, finance, out_for_delivery
from test_delivery_pages import scan, sign


def test_the_screen_collects_cod_and_daofu_freight_and_the_cash_up_expects_both(qtbot,
                                                                                demo_sqlite):
    (wb,), _ = out_for_delivery(demo_sqlite, 1, cod="100.00", merchant="M003",
                                payer="RECEIVER")
    page = DeliveryPage(AppContext(demo_sqlite, dispatcher("571-15")))
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    scan(qtbot, page.scan, wb)
    assert page.fields["cod"].text() == "collect ¥112.00: COD ¥100.00 + freight ¥12.00"
    assert page.payment.isEnabled()
    sign(qtbot, page.pad)
    page.payment.setCurrentIndex(page.payment.findData("transfer"))
    qtbot.mouseClick(page.deliver_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.OK, page.banner.text()
    with UnitOfWork(demo_sqlite) as uow:
        pod = uow.session.scalar(select(ProofOfDelivery).join(
            Parcel, Parcel.id == ProofOfDelivery.parcel_id).where(Parcel.waybill_no == wb))
        assert (pod.cod_fen, pod.freight_fen, pod.payment_method) == (10000, 1200, "transfer")

    cash = CashUpPage(AppContext(demo_sqlite, finance()))
    qtbot.addWidget(cash)
    cash.show()
    scan(qtbot, cash.badge, "c5711501")
    assert cash.banner.kind == Kind.OK, cash.banner.text()
    assert cash.expected["transfer"].text() == "expected ¥112.00"
    m = cash.model
    cells = [m.data(m.index(0, c)) for c in range(m.columnCount())]
    assert cells == [wb, "¥100.00", "¥12.00", "Transfer / QR payment"]
    cash.declared["transfer"].setText("112.00")
    qtbot.mouseClick(cash.declare_button, Qt.MouseButton.LeftButton)
    assert cash.view is not None and cash.view.status == "CLOSED", cash.banner.text()


def test_the_form_refuses_an_insured_amount_over_the_cap_as_you_type(qtbot, demo_sqlite,
                                                                     actor):
    from test_waybill_form import page_for

    page = page_for(qtbot, demo_sqlite, actor)
    qtbot.keyClicks(page.declared, "20000.01")
    assert page.errors["declared_value"].isVisibleTo(page)
    assert "insurance (保价) cap" in page.errors["declared_value"].text()
    page.declared.setText("20000.00")
    assert not page.errors["declared_value"].isVisibleTo(page)

from __future__ import annotations

from decimal import Decimal

import pypdfium2 as pdfium
from PySide6.QtCore import Qt

from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.pickup_merchants import MerchantsPage
from carrier_app.ui.pages.pickup_receiving import ReceivingPage
from carrier_app.ui.pages.pickup_requests import PickupRequestsPage
from carrier_app.ui.widgets.feedback import Kind
from hub_support import make_parcels, status_of


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def scan(qtbot, box, code):
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_merchant_screen_add_validate_deactivate(qtbot, demo_sqlite, actor):
    make_parcels(demo_sqlite, 1, merchant_id=1)
    page = MerchantsPage(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    assert page.model.rowCount() == 3
    click(qtbot, page.new_button)
    qtbot.keyClicks(page.f["code"], "m200")
    page.f["name"].setText("新商户")  # QTest types ASCII only
    page.f["address"].setText("文三路 9 号")
    qtbot.keyClicks(page.f["postcode"], "3100")
    click(qtbot, page.save_button)
    assert page.banner.kind is Kind.ERROR and "6 digits" in page.banner.text()
    qtbot.keyClicks(page.f["postcode"], "12")
    page.branch.setCurrentIndex(page.branch.findData("571-12"))
    qtbot.keyClicks(page.f["fee_per_parcel"], "-2")
    click(qtbot, page.save_button)
    assert page.banner.kind is Kind.ERROR and "Fee per parcel" in page.banner.text()
    page.f["fee_per_parcel"].clear()
    qtbot.keyClicks(page.f["fee_per_parcel"], "2.5")
    click(qtbot, page.save_button)
    assert page.banner.kind is Kind.OK and page.model.rowCount() == 4
    assert next(r for r in page.model.rows if r.code == "M200").fee_per_parcel == Decimal("2.5")
    page.search.setText("M001")
    page.table.selectRow(0)
    click(qtbot, page.delete_button)
    assert page.banner.kind is Kind.ERROR and "deactivated" in page.banner.text()
    click(qtbot, page.deactivate_button)
    assert page.model.rows[0].active is False


def test_merchant_screen_leaves_payout_details_to_finance(qtbot, demo_sqlite, actor):
    """A clerk cannot type into the payout fields (the service refuses them too); finance
    can change only those."""
    payout = ("settlement_bank", "settlement_holder", "settlement_account", "fee_per_parcel")
    clerk = MerchantsPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(clerk)
    assert not any(clerk.f[k].isEnabled() for k in payout) and not clerk.cycle.isEnabled()
    assert clerk.f["name"].isEnabled() and clerk.save_button.isEnabled()
    fin = MerchantsPage(AppContext(demo_sqlite, actor("finance")))
    qtbot.addWidget(fin)
    fin.show()
    fin.activated()
    fin.table.selectRow(0)
    fin.table.clicked.emit(fin.model.index(0, 0))
    assert all(fin.f[k].isEnabled() for k in payout) and not fin.f["name"].isEnabled()
    fin.f["fee_per_parcel"].setText("1.50")
    click(qtbot, fin.save_button)
    assert fin.banner.kind is Kind.OK, fin.banner.text()
    assert fin.model.rows[0].fee_per_parcel == Decimal("1.50")


def test_pickup_request_and_receiving_screens(qtbot, demo_sqlite, actor, tmp_path):
    wbs = make_parcels(demo_sqlite, 2, merchant_id=1, weight="2.000")
    extra = make_parcels(demo_sqlite, 1, merchant_id=1)[0]
    page = PickupRequestsPage(AppContext(demo_sqlite, actor("dispatcher")))
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.show()
    page.activated()
    qtbot.keyClicks(page.merchant, "M001")
    page.expected.setValue(3)
    click(qtbot, page.create_button)
    assert page.model.rowCount() == 1
    qtbot.keyClicks(page.courier, "C5711201")
    click(qtbot, page.assign_button)
    for wb in wbs:
        scan(qtbot, page.scan, wb)
        assert page.banner.kind is Kind.OK
    click(qtbot, page.close_button)
    assert page.banner.kind is Kind.WARNING and "2" in page.banner.text()
    # no printer set: the receipt is in the documents folder of the day, as the page says
    assert page.notice.path.name == f"pickup-{page.current.id}.pdf"
    assert str(page.notice.path) in page.notice.text.text()
    pdf = pdfium.PdfDocument(page.notice.path.read_bytes())
    assert wbs[0] in pdf[0].get_textpage().get_text_range()
    pdf.close()

    recv = ReceivingPage(AppContext(demo_sqlite, actor("clerk")))
    recv.sounds.enabled = False
    qtbot.addWidget(recv)
    recv.show()
    recv.activated()
    qtbot.keyClicks(recv.weight, "2.01")
    qtbot.keyClick(recv.weight, Qt.Key.Key_Return)
    scan(qtbot, recv.scan, wbs[0])
    assert recv.banner.kind is Kind.OK and status_of(demo_sqlite, wbs[0]) == "RECEIVED"
    qtbot.keyClicks(recv.weight, "3500g")
    scan(qtbot, recv.scan, extra)
    assert recv.banner.kind is Kind.WARNING and "3.500" in recv.banner.text()
    kinds = sorted((d.waybill_no, d.kind) for d in recv.model.rows)
    assert kinds == sorted([(extra, "unexpected"), (extra, "weight"), (wbs[1], "missing")])
    scan(qtbot, recv.scan, wbs[0][:-3] + "0CN" if wbs[0][-3] != "0" else wbs[0][:-3] + "1CN")
    assert recv.banner.kind is Kind.MISREAD


def test_new_request_and_new_manifest_do_not_hide_qwidget_create():
    """`create` is QWidget's (native window creation); the buttons' slots have their own
    names (found by mypy: the pages' create() had overridden it)."""
    from PySide6.QtWidgets import QWidget

    from carrier_app.ui.pages.sorting_manifests import ManifestsPage
    assert PickupRequestsPage.create is QWidget.create
    assert ManifestsPage.create is QWidget.create

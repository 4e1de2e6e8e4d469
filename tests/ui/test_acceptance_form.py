"""Counter acceptance on the waybill form, end to end in Simplified Chinese (issue 14 item
1): a wrong ID check character marked beside the field, a returning sender filled in from the
ID, 打火机 refused, the quote box on the form, the saved parcel keeps only the masked ID; and
the Merchants screen's safety agreement, a supervisor's to set."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from carrier_app.config import Settings
from carrier_app.sorting.routing import load_router
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Merchant, Parcel
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.pickup_merchants import MerchantsPage
from carrier_app.ui.pages.waybill_form import WaybillFormPage
from carrier_app.ui.widgets.feedback import Kind
from carrier_app.waybill.numbers import NumberAllocator
from carrier_app.waybill.service import WaybillInput, create_waybill
from tests.acceptance_support import COUNTER, GOOD_RIC

SHOTS = Path(__file__).resolve().parents[2] / "screenshots"


def earlier_waybill(db, actor) -> None:  # type: ignore[no-untyped-def]
    alloc = NumberAllocator(db, block_size=5)
    alloc.ensure(1)
    with UnitOfWork(db) as uow:
        create_waybill(uow, actor("clerk"), alloc, load_router(uow), WaybillInput(
            recipient_name="赵六", recipient_phone="13812345678", recipient_address="某路 1 号",
            recipient_postcode="310012", weight_kg=Decimal("1"),
            **{**COUNTER, "sender_phone": "13900002222",  # type: ignore[arg-type]
               "sender_address": "浙江省杭州市上城区解放路 8 号"}))


@pytest.fixture
def cjk_font(qapp):  # type: ignore[no-untyped-def]
    """The app's CJK font, registered as the app does at start (before any page exists), so
    the screenshots show Chinese, not empty boxes; the font before is put back after."""
    from carrier_app.ui.fonts import register_fonts

    before = qapp.font()
    register_fonts(qapp)
    yield
    qapp.setFont(before)


def shot(page, name: str) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    QApplication.processEvents()  # the layout after the last change (a hidden error line)
    page.grab().save(str(SHOTS / name))


def test_counter_acceptance_on_the_form_in_chinese(qtbot, demo_sqlite, actor, cjk_font):
    earlier_waybill(demo_sqlite, actor)
    page = WaybillFormPage(AppContext(demo_sqlite, actor("clerk"),
                                      Settings(db_url="sqlite://")))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    with qtbot.waitActive(page):
        page.show()
        page.activateWindow()
    i18n.set_language("zh_CN")
    qtbot.waitUntil(lambda: page.captions["sender_id_number"].text() == "证件号码")
    assert page.id_type.currentText() == "居民身份证"
    assert page.quote.title()   # the quote box (运费试算) is on the form

    qtbot.keyClicks(page.id_number, GOOD_RIC[:-1] + "5")
    assert page.errors["sender_id_number"].text() == "居民身份证号码无效：校验码或出生日期错误"
    page.id_number.clear()
    qtbot.keyClicks(page.id_number, GOOD_RIC.lower())
    qtbot.keyClick(page.id_number, Qt.Key.Key_Return)       # a returning sender
    assert page.errors["sender_id_number"].isHidden()
    assert (page.sender_name.text(), page.sender_phone.text()) == ("王五", "13900002222")
    assert "老客户 王五（1101**********002X）" in page.banner.text()

    page.recipient_name.setText("王小明")
    page.recipient_phone.setText("13812345678")
    page.province.setText("上海市")
    page.city.setText("上海市")
    page.address.setText("徐汇区漕溪北路 88 号")
    page.weight.setText("1.2")
    page.weight.editingFinished.emit()
    page.contents.setText("图书")
    page.save()                                              # not inspected: the reason?
    assert page.errors["inspection_note"].isVisible() and page.last_waybill is None
    page.inspected.setChecked(True)
    assert page.errors["inspection_note"].isHidden()
    page.contents.setText("打火机")
    page.save()
    assert page.banner.kind is Kind.ERROR and "禁寄/限寄清单（打火机）" in page.banner.text()
    assert page.last_waybill is None
    page.contents.setText("图书")
    qtbot.mouseClick(page.quote.button, Qt.MouseButton.LeftButton)
    assert page.quote.last is not None and "¥" in page.quote.result.text()
    page.save()
    assert page.banner.kind is Kind.OK, page.banner.text()
    shot(page, "waybill_acceptance_zh_CN.png")
    with UnitOfWork(demo_sqlite) as uow:
        p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == page.last_waybill))
        assert (p.sender_id_type, p.sender_id_masked, p.inspected, p.sender_name) == (
            "RIC", "1101**********002X", True, "王五")


def test_the_safety_agreement_is_a_supervisors_to_set(qtbot, demo_sqlite, actor, cjk_font):
    i18n.set_language("zh_CN")
    clerk = MerchantsPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(clerk)
    assert not clerk.agreement_button.isEnabled()
    page = MerchantsPage(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.activated()
    row = next(i for i, m in enumerate(page.model.rows) if m.code == "M003")
    page.table.selectRow(row)
    page.table.clicked.emit(page.model.index(row, 0))
    assert not page.agreement.isChecked()
    page.agreement.setChecked(True)
    qtbot.mouseClick(page.agreement_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK, page.banner.text()
    shot(page, "merchants_agreement_zh_CN.png")
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(Merchant.safety_agreement_on)
                                  .where(Merchant.code == "M003")) is not None

"""Finance → Monthly bills: pick merchant and month, preview, issue once, save PDF + XLSX."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from carrier_app.store import UnitOfWork
from carrier_app.store.models import Bill
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.finance_bills import BillsPage
from carrier_app.ui.widgets.feedback import Kind
from confirm_support import answer_confirm
from delivery_support import finance, pdf_text_and_codes
from tests.integration.test_billing import PARCELS, _make


@pytest.fixture(autouse=True)
def _shanghai(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CARRIER_TZ", "Asia/Shanghai")


def click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_preview_issue_and_save_the_month_bill(qtbot, demo_sqlite):
    wbs = _make(demo_sqlite, PARCELS[:5])
    page = BillsPage(AppContext(demo_sqlite, finance()))
    qtbot.addWidget(page)
    page.show()
    assert not page.issue_button.isEnabled() and not page.save_button.isEnabled()
    page.merchant.setCurrentIndex(page.merchant.findData("M002"))
    page.month.setDate(QDate(2026, 10, 1))
    click(qtbot, page.show_button)
    assert [x.waybill_no for x in page.model.rows] == [wbs[i] for i in (0, 1, 2, 3, 4)]
    assert "¥139.60" in page.totals.text() and "Preview" in page.totals.text()
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(Bill.id)) is None  # a preview writes nothing
    click(qtbot, page.issue_button)
    assert page.banner.kind == Kind.OK and page.bill.bill_no == "BLM002-202610"
    assert not page.issue_button.isEnabled()                # issued once
    click(qtbot, page.show_button)
    assert page.bill.bill_no == "BLM002-202610" and len(page.model.rows) == 5
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(Bill.total_fen)) == 13960
    click(qtbot, page.save_button)
    qtbot.waitUntil(lambda: not page.tasks.busy, timeout=30_000)
    assert [p.suffix for p in page.last_documents] == [".pdf", ".xlsx"]
    text, codes = pdf_text_and_codes(page.last_documents[0].read_bytes())
    assert codes == ["BLM002-202610"] and "139.60" in text


def test_a_month_not_over_is_refused_with_a_reason(qtbot, demo_sqlite):
    _make(demo_sqlite, [PARCELS[0]])
    page = BillsPage(AppContext(demo_sqlite, finance()))
    qtbot.addWidget(page)
    page.merchant.setCurrentIndex(page.merchant.findData("M002"))
    page.month.setDate(QDate(2026, 10, 1))
    click(qtbot, page.show_button)
    page.month.setDate(QDate.currentDate())  # the month is open: issuing is refused
    page.issue()
    assert page.banner.kind == Kind.ERROR and "not over" in page.banner.text()
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(Bill.id)) is None


def test_the_statement_page_nets_an_issued_bill_once(qtbot, demo_sqlite):
    from carrier_app.finance import billing as B
    from carrier_app.ui.pages.finance_statements import StatementsPage

    _make(demo_sqlite, PARCELS[:2])  # 10.80 + 14.40
    ctx = AppContext(demo_sqlite, finance())
    with UnitOfWork(demo_sqlite) as uow:
        B.issue(uow, ctx.actor, "M002", "2026-10")
    st = StatementsPage(ctx)
    qtbot.addWidget(st)
    st.show()
    st.merchant.setCurrentIndex(st.merchant.findData("M002"))
    assert st.net_bill.findData("BLM002-202610") > 0
    st.net_bill.setCurrentIndex(st.net_bill.findData("BLM002-202610"))
    click(qtbot, st.preview_button)
    assert st.statement.bill_total == Decimal("25.20") and "owes ¥25.20" in st.totals.text()
    asked = answer_confirm()  # settling asks once (ui/confirm.py)
    click(qtbot, st.settle_button)
    assert asked
    assert st.banner.kind == Kind.OK and st.statement.statement_no
    assert st.net_bill.findData("BLM002-202610") == -1  # netted: not offered again
    with UnitOfWork(demo_sqlite) as uow:
        assert uow.session.scalar(select(Bill.settlement_id)) is not None

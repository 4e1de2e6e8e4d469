"""Finance → Monthly bills (月结账单): pick a merchant and a month, see its MONTHLY-payer
parcels and totals (the issued bill, else a preview), issue it once, save it as PDF and XLSX.
The rules (which parcels, issued once, late parcels on the next bill) are finance/billing's:
the screen and `carrier-app bill` call the same use cases."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from carrier_app.core.clock import local_text
from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.documents.bill import render_bill
from carrier_app.finance import billing as B
from carrier_app.finance.bill_export import to_xlsx
from carrier_app.finance.settlement import merchant_codes
from carrier_app.ui import delivery_names
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.output import saving
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time, today_qdate
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table, scrolling
from carrier_app.ui.widgets.task_bar import TaskBar


class BillsPage(Page):
    section = Section.FINANCE
    order = 25
    key = "finance_bills"
    permission = Permission.SETTLE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.bill: B.MonthBill | None = None
        self.last_documents: list[Path] = []
        self.merchant = QComboBox()
        self.merchant.setObjectName("billMerchant")
        for code, name in ctx.look_up(merchant_codes):
            self.merchant.addItem(f"{code} {name}", code)
        today = today_qdate()
        self.month = QDateEdit(QDate(today.year(), today.month(), 1).addMonths(-1))
        self.month.setObjectName("billMonth")
        self.month.setDisplayFormat("yyyy-MM")
        self.show_button = QPushButton()
        self.show_button.setObjectName("billShow")
        self.show_button.clicked.connect(self.show_bill)
        self.issue_button = QPushButton()
        self.issue_button.setObjectName("billIssue")
        self.issue_button.clicked.connect(self.issue)
        self.save_button = QPushButton()
        self.save_button.setObjectName("billSave")
        self.save_button.clicked.connect(self.save)
        self.tasks = TaskBar()
        self.tasks.busy_changed.connect(lambda _busy: self._enable())
        self.banner = FeedbackBanner(point_size=13)
        self.model: RowsModel[B.BillItem] = RowsModel([
            (lambda: self.tr("Waybill"), lambda x: x.waybill_no),
            (lambda: self.tr("Date"), lambda x: local_time(x.created_at, "%Y-%m-%d")
             + (" " + self.tr("(late)") if x.late else "")
             + (" " + self.tr("(到付 charge-back)") if x.charge_back else "")),
            (lambda: self.tr("Destination"), lambda x: x.destination),
            (lambda: self.tr("Chargeable kg"), lambda x: f"{x.chargeable_weight_kg:.3f}"),
            (lambda: self.tr("Freight"), lambda x: f"{x.freight:,.2f}"),
            (lambda: self.tr("Surcharges"), lambda x: f"{x.surcharge:,.2f}"),
            (lambda: self.tr("Insurance"), lambda x: f"{x.insurance:,.2f}"),
            (lambda: self.tr("Discount"), lambda x: f"{x.discount:,.2f}"),
            (lambda: self.tr("Total"), lambda x: f"{x.total:,.2f}"),
        ])
        self.table = rows_table(self.model, "billLines")
        self.totals = QLabel()
        self.totals.setObjectName("billTotals")
        self.totals.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.labels = [QLabel(), QLabel()]
        top = QHBoxLayout()
        for w in (self.labels[0], self.merchant, self.labels[1], self.month, self.show_button,
                  self.issue_button, self.save_button, self.tasks):
            top.addWidget(w)
        top.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        scrolling(self, layout)
        self.retranslate()
        self._enable()

    def title(self) -> str:
        return self.tr("Monthly bills")

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Merchant:"))
        self.labels[1].setText(self.tr("Month:"))
        self.show_button.setText(self.tr("Show"))
        self.issue_button.setText(self.tr("Issue bill"))
        self.save_button.setText(self.tr("Save PDF, XLSX"))
        self.model.retranslate()
        self._show()

    def _month(self) -> str:
        return self.month.date().toString("yyyy-MM")

    def _enable(self) -> None:
        b = self.bill
        self.issue_button.setEnabled(b is not None and b.bill_no is None and bool(b.lines))
        self.save_button.setEnabled(b is not None and not self.tasks.busy)

    def _call(self, *, issue: bool) -> bool:
        try:
            self.bill = self.ctx.run(B.issue if issue else B.month_bill,
                                     self.merchant.currentData(), self._month())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return False
        self._show()
        return True

    def show_bill(self) -> None:
        if not self._call(issue=False):
            return
        assert self.bill is not None
        if self.bill.bill_no:
            self.banner.show_message(Kind.IDLE, self.tr("Bill {no} was issued on {at}: shown "
                                                        "as issued").format(
                no=self.bill.bill_no, at=local_text(self.bill.issued_at)))
        else:
            self.banner.show_message(Kind.IDLE, self.tr("Preview — not issued yet"))

    def issue(self) -> None:
        if self._call(issue=True):
            assert self.bill is not None
            self.banner.show_message(Kind.OK, self.tr("Bill {no} issued").format(
                no=self.bill.bill_no))

    def save(self) -> None:
        """PDF and XLSX into the documents folder, off the GUI thread."""
        b = self.bill
        if b is None:
            return
        base = f"bill-{b.bill_no or 'preview-' + b.merchant_code + '-' + b.month}"
        self.tasks.start(saving(base, [(".pdf", render_bill), (".xlsx", to_xlsx)], b),
                         self._saved, lambda message: self.banner.show_message(Kind.ERROR,
                                                                               message))

    def _saved(self, paths: list[Path]) -> None:
        self.last_documents = paths
        self.banner.show_message(Kind.OK, self.tr("Saved: {paths}").format(
            paths=", ".join(str(p) for p in paths)))

    def _show(self) -> None:
        b = self.bill
        self.model.set_rows(b.lines if b else [])
        self._enable()
        if b is None:
            self.totals.clear()
            return
        text = self.tr("{no}  {n} parcel(s)  freight ¥{freight} + surcharges ¥{extra} + "
                       "insurance ¥{ins} − discount ¥{disc} = ¥{total}").format(
            no=b.bill_no or self.tr("Preview"), n=len(b.lines),
            freight=f"{b.freight_total:,.2f}", extra=f"{b.surcharge_total:,.2f}",
            ins=f"{b.insurance_total:,.2f}", disc=f"{b.discount_total:,.2f}",
            total=f"{b.total:,.2f}")
        if b.waiting:
            text += "\n" + self.tr("{n} parcel(s) not yet received or priced: on the next "
                                   "bill").format(n=len(b.waiting))
        if b.netted_on:
            text += "\n" + self.tr("Netted on statement {no}").format(no=b.netted_on)
        self.totals.setText(text)


PAGES = [BillsPage]

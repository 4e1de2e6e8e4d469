"""Finance → Courier cash-up: expected COD and 到付 freight (delivered parcels) against what
the courier hands over per payment method; a variance is approved with a reason by someone else."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.delivery.pod import PAYMENT_METHODS
from carrier_app.finance.receipt import cashup_receipt
from carrier_app.finance import cashup as C
from carrier_app.ui import delivery_names
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import hbox
from carrier_app.ui.widgets.page_kit import rows_table, standard_page
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.scan_input import ScanInput


def signed_yuan(amount: Decimal) -> str:
    """-¥0.70 / +¥1.20 / ¥0.00: the sign before the currency, as accountants write it."""
    sign = "-" if amount < 0 else "+" if amount > 0 else ""
    return f"{sign}¥{abs(amount):,.2f}"


class CashUpPage(Page):
    section = Section.FINANCE
    order = 10
    key = "finance_cashup"
    permission = Permission.CASH_UP

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.view: C.CashUpView | None = None
        self.badge = ScanInput(validate=False)
        self.badge.setObjectName("cashupCourier")
        self.badge.setPlaceholderText("")
        self.badge.scanned.connect(self.open_for)
        self.banner = FeedbackBanner(point_size=13)
        self.expected: dict[str, QLabel] = {}
        self.declared: dict[str, QLineEdit] = {}
        self.method_labels: dict[str, QLabel] = {}
        form = QFormLayout()
        for m in PAYMENT_METHODS:
            row = QHBoxLayout()
            self.expected[m] = QLabel()
            self.declared[m] = QLineEdit()
            self.declared[m].setObjectName(f"declared_{m}")
            row.addWidget(self.expected[m], 1)
            row.addWidget(self.declared[m], 1)
            self.method_labels[m] = QLabel()
            form.addRow(self.method_labels[m], row)
        self.totals = QLabel()
        self.totals.setStyleSheet("font-size: 14pt; font-weight: bold;")
        form.addRow("", self.totals)
        self.declare_button = QPushButton()
        self.declare_button.setObjectName("declareButton")
        self.declare_button.clicked.connect(self.declare)
        self.receipt_button = QPushButton()
        self.receipt_button.setObjectName("cashupReceipt")
        self.receipt_button.clicked.connect(self.print_receipt)
        self.notice = PrintNotice(ctx)
        self.receipts: set[int] = set()   # cash-ups whose receipt this screen printed
        form.addRow("", hbox(self.declare_button, self.receipt_button))
        self.money_box = QGroupBox()
        self.money_box.setLayout(form)

        self.reason = QLineEdit()
        self.reason.setObjectName("approvalReason")
        self.approve_button = QPushButton()
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        self.reason_label = QLabel()
        approve = QHBoxLayout()
        approve.addWidget(self.reason_label)
        approve.addWidget(self.reason, 1)
        approve.addWidget(self.approve_button)
        self.approve_box = QGroupBox()
        self.approve_box.setLayout(approve)

        self.model: RowsModel[C.CashUpParcelView] = RowsModel([
            (lambda: self.tr("Waybill"), lambda p: p.waybill_no),
            (lambda: self.tr("COD"), lambda p: f"¥{p.cod:,.2f}"),
            (lambda: self.tr("到付 freight"), lambda p: f"¥{p.freight:,.2f}" if p.freight else ""),
            (lambda: self.tr("Paid by"), lambda p: self._method(p.method)),
        ])
        self.table = rows_table(self.model, "cashupParcels", fit=True)
        self.status = QLabel()
        self.badge_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.badge_label)
        top.addWidget(self.badge, 1)
        top.addWidget(self.status, 1)
        left = QVBoxLayout()
        left.addWidget(self.money_box)
        left.addWidget(self.approve_box)
        left.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addWidget(self.table, 2)
        standard_page(self, top, self.banner, body, notice=self.notice)
        enter_clicks(self.declare_button, *self.declared.values())
        enter_clicks(self.approve_button, self.reason)
        self.retranslate()
        self._show()

    def title(self) -> str:
        return self.tr("Courier cash-up")

    def _method(self, m: str) -> str:
        return {"cash": self.tr("Cash"), "transfer": self.tr("Transfer / QR payment")}.get(m, m)

    def retranslate(self) -> None:
        self.badge_label.setText(self.tr("Courier badge or branch (counter):"))
        self.badge.setPlaceholderText(self.tr(
            "Scan the courier's badge, or type a branch code for its counter, and press Enter"))
        for m in PAYMENT_METHODS:
            self.method_labels[m].setText(self._method(m))
        self.money_box.setTitle(self.tr("Expected / handed over"))
        self.declare_button.setText(self.tr("Record amounts handed over"))
        self.receipt_button.setText(self.tr("Print cash-up receipt (交款凭证)"))
        self.approve_box.setTitle(self.tr("Variance approval (supervisor)"))
        self.reason_label.setText(self.tr("Reason:"))
        self.approve_button.setText(self.tr("Approve variance"))
        self.model.retranslate()
        self._show()

    def activated(self) -> None:
        self.badge.setFocus()

    def open_for(self, code: str) -> None:
        """A courier's badge opens his cash-up; a branch code (571-12) its counter's."""
        try:
            self.view = self.ctx.run(C.open_counter_cashup if C.BRANCH_CODE.fullmatch(code)
                                     else C.open_cashup, code)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        for m in PAYMENT_METHODS:
            self.declared[m].clear()
        self._show()
        self.banner.show_message(Kind.OK, self.tr(
            "Cash-up {id} for {c}: {n} parcel(s) with money collected").format(
            id=self.view.id, c=self.view.courier_code, n=len(self.view.parcels)))

    def _show(self) -> None:
        v = self.view
        editable = v is not None and v.status != "CLOSED"
        for m in PAYMENT_METHODS:
            line = next((x for x in v.lines if x.method == m), None) if v else None
            self.expected[m].setText(self.tr("expected ¥{a}").format(a=f"{line.expected:,.2f}")
                                     if line else "")
            self.declared[m].setEnabled(editable)
            if line and v and v.status != "OPEN":
                self.declared[m].setText(f"{line.declared:.2f}")
        self.declare_button.setEnabled(editable)
        self.receipt_button.setEnabled(v is not None and v.status != "OPEN")
        self.approve_button.setEnabled(v is not None and v.status == "PENDING")
        self.reason.setEnabled(v is not None and v.status == "PENDING")
        self.model.set_rows(v.parcels if v else [])
        if v is None:
            self.status.setText("")
            self.totals.setText("")
            return
        self.status.setText({"OPEN": self.tr("open"), "PENDING": self.tr("variance awaiting "
                                                                         "approval"),
                             "CLOSED": self.tr("closed")}[v.status])
        text = self.tr("Expected ¥{e}").format(e=f"{v.expected:,.2f}")
        if v.status != "OPEN":
            text += "   " + self.tr("Handed over ¥{d}   Variance {x}").format(
                d=f"{v.declared:,.2f}", x=signed_yuan(v.variance))
        self.totals.setText(text)

    def declare(self) -> None:
        if self.view is None:
            return
        amounts = {m: self.declared[m].text() for m in PAYMENT_METHODS}
        try:
            self.view = self.ctx.run(C.declare, self.view.id, amounts)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self._show()
        if self.view.status == "CLOSED":
            self.banner.show_message(Kind.OK, self.tr("Cash-up closed: amounts match"))
        else:
            self.banner.show_message(Kind.WARNING, self.tr(
                "Variance of {x}: a supervisor must approve it with a reason").format(
                x=signed_yuan(self.view.variance)))

    def print_receipt(self) -> None:
        """交款凭证 for the courier, through the print path (a second one is marked 补打)."""
        if self.view is None:
            return
        try:
            pdf = self.ctx.run(cashup_receipt, self.view.id)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        number = f"CU{self.view.id:08d}"
        if self.notice.send(self, "cashup_receipt", number, pdf, name=f"cashup-{number}",
                            reprint=self.view.id in self.receipts) is not None:
            self.receipts.add(self.view.id)
            self.banner.show_message(Kind.OK, self.tr("Cash-up receipt printed: {no}")
                                     .format(no=number))

    def approve(self) -> None:
        if self.view is None:
            return
        try:
            self.view = self.ctx.run(C.approve_variance, self.view.id, self.reason.text())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self.reason.clear()
        self._show()
        self.banner.show_message(Kind.OK, self.tr("Variance approved; cash-up closed"))


PAGES = [CashUpPage]

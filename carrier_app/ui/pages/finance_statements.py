"""Finance → Statements: a merchant's delivered COD parcels, returns, fees and net payable
for a period, less an issued monthly freight bill when one is picked to net off (each bill is
netted once); settle it once, export as PDF, CSV or XLSX. A settled statement can be opened
again (打开, rebuilt from the database) and exported at any time."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.documents.statement import render_statement
from carrier_app.finance import billing as B
from carrier_app.finance import settlement as S
from carrier_app.finance.export import to_csv, to_xlsx
from carrier_app.ui import delivery_names
from carrier_app.ui.confirm import confirm
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.output import saving
from carrier_app.ui.worker import Cancelled, Progress
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time, picked_date, today_qdate
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table, scrolling
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.task_bar import TaskBar


class StatementsPage(Page):
    section = Section.FINANCE
    order = 20
    key = "finance_statements"
    permission = Permission.SETTLE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.statement: S.Statement | None = None
        self.last_documents: list[Path] = []
        self.merchant = QComboBox()
        self.merchant.setObjectName("merchant")
        for code, name in ctx.look_up(S.merchant_codes):
            self.merchant.addItem(f"{code} {name}", code)
        today = today_qdate()
        self.date_from = QDateEdit(QDate(today.year(), today.month(), 1))
        self.date_to = QDateEdit(today)
        self.net_bill = QComboBox()
        self.net_bill.setObjectName("netBill")
        self.merchant.currentIndexChanged.connect(lambda _i: self._fill_bills())
        for d in (self.date_from, self.date_to):
            d.setCalendarPopup(True)
            d.setDisplayFormat("yyyy-MM-dd")
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("statementPreview")
        self.preview_button.clicked.connect(self.preview)
        self.settle_button = QPushButton()
        self.settle_button.setObjectName("settleButton")
        self.settle_button.clicked.connect(self.settle)
        self.export_button = QPushButton()
        self.export_button.setObjectName("exportButton")
        self.export_button.clicked.connect(self.export)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printStatement")
        self.print_button.clicked.connect(self.print_statement)
        self.notice = PrintNotice(ctx)
        self.settled = QComboBox()
        self.settled.setObjectName("settledStatements")
        self.settled.setMinimumContentsLength(24)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openStatement")
        self.open_button.clicked.connect(self.open_statement)
        self.tasks = TaskBar()
        self.tasks.busy_changed.connect(lambda _busy: self._enable())
        self.banner = FeedbackBanner(point_size=13)
        self.model: RowsModel[S.StatementLine] = RowsModel([
            (lambda: self.tr("Waybill"), lambda x: x.waybill_no),
            (lambda: self.tr("Order"), lambda x: x.order_ref),
            (lambda: self.tr("Kind"), lambda x: self.tr("delivered") if x.kind == "delivered"
             else self.tr("returned")),
            (lambda: self.tr("Delivered at"), lambda x: local_time(x.delivered_at,
                                                                   "%Y-%m-%d %H:%M")),
            (lambda: self.tr("COD"), lambda x: f"{x.cod:,.2f}"),
            (lambda: self.tr("Fee"), lambda x: f"{x.fee:,.2f}"),
            (lambda: self.tr("Net"), lambda x: f"{x.net:,.2f}"),
        ])
        self.table = rows_table(self.model, "statementLines")
        self.totals = QLabel()
        self.totals.setObjectName("statementTotals")
        self.totals.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.labels = [QLabel() for _ in range(4)]
        top = QHBoxLayout()
        for w in (self.labels[0], self.merchant, self.labels[1], self.date_from, self.labels[2],
                  self.date_to, self.labels[3], self.net_bill, self.preview_button,
                  self.settle_button, self.print_button, self.export_button, self.tasks):
            top.addWidget(w)
        top.addStretch(1)
        again = QHBoxLayout()
        self.settled_label = QLabel()
        for w in (self.settled_label, self.settled, self.open_button):
            again.addWidget(w)
        again.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addLayout(again)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)
        scrolling(self, layout)
        self.retranslate()
        self._fill_settled()
        self._enable()

    def title(self) -> str:
        return self.tr("Merchant statements")

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("Merchant:"), self.tr("From:"),
                                             self.tr("To:"), self.tr("Net bill:")),
                               strict=True):
            label.setText(text)
        self.preview_button.setText(self.tr("Preview"))
        self.settle_button.setText(self.tr("Settle"))
        self.export_button.setText(self.tr("Export PDF, CSV, XLSX"))
        self.print_button.setText(self.tr("Print"))
        self.print_button.setToolTip(self.tr("Shift+click opens the print dialog"))
        self.settled_label.setText(self.tr("Settled statement:"))
        self.open_button.setText(self.tr("Open"))
        self.model.retranslate()
        self._fill_bills()
        self._show()

    def _fill_bills(self) -> None:
        """The merchant's issued monthly bills not netted yet, to net off (or none)."""
        self.net_bill.clear()
        self.net_bill.addItem(self.tr("none"), None)
        code = self.merchant.currentData()
        if not code:
            return
        for number, _m, month, total, netted in self.ctx.run(B.bills, code):
            if netted is None:
                self.net_bill.addItem(f"{number}  {month}  ¥{total:,.2f}", number)

    def _bills(self) -> list[str]:
        number = self.net_bill.currentData()
        return [number] if number else []

    def _enable(self) -> None:
        st = self.statement
        self.settle_button.setEnabled(st is not None and st.statement_no is None
                                      and bool(st.lines or st.bills))
        self.export_button.setEnabled(st is not None and not self.tasks.busy)
        self.print_button.setEnabled(st is not None and not self.tasks.busy)
        self.open_button.setEnabled(self.settled.count() > 0)

    def _fill_settled(self) -> None:
        """The statements settled so far, newest first (to open and export again)."""
        current = self.settled.currentData()
        rows = self.ctx.run(S.statements)
        self.settled.clear()
        for number, merchant, d_from, d_to, net in rows:
            self.settled.addItem(f"{number}  {merchant}  {d_from} – {d_to}  ¥{net:,.2f}", number)
        self.settled.setCurrentIndex(max(0, self.settled.findData(current)))

    def open_statement(self) -> None:
        """A settled statement as it was settled, read back from the database."""
        number = self.settled.currentData()
        if not number:
            return
        try:
            self.statement = self.ctx.run(S.statement, number)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self._show()
        self.banner.show_message(Kind.IDLE, self.tr("Statement {no} opened; export it again "
                                                    "with the button above").format(no=number))

    def _period(self) -> tuple[date, date]:
        return picked_date(self.date_from.date()), picked_date(self.date_to.date())

    def preview(self) -> None:
        try:
            self.statement = self.ctx.run(S.preview, self.merchant.currentData(),
                                          *self._period(), self._bills())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self._show()
        pending = self.statement.pending
        self.banner.show_message(
            Kind.WARNING if pending else Kind.IDLE,
            self.tr("{n} COD parcel(s) wait for their courier's cash-up and are not included")
            .format(n=len(pending)) if pending else self.tr("Preview — nothing settled yet"))

    def settle(self) -> None:
        d_from, d_to = self._period()
        if not confirm(self, self.tr("Settle statement"), self.tr(
                "Settle {merchant} from {start} to {end}? The statement is final: its parcels "
                "are marked settled and cannot be settled again.").format(
                merchant=self.merchant.currentText(), start=d_from, end=d_to),
                self.tr("Settle")):
            return
        try:
            self.statement = self.ctx.run(S.settle, self.merchant.currentData(),
                                          *self._period(), self._bills())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self._show()
        self._fill_settled()
        self._fill_bills()
        self.banner.show_message(Kind.OK, self.tr("Statement {no} settled").format(
            no=self.statement.statement_no))

    def export(self) -> None:
        """PDF, CSV and XLSX off the GUI thread (a month of a big merchant is thousands of
        lines), with progress and cancel between the files."""
        st = self.statement
        if st is None:
            return
        base = f"statement-{st.statement_no or 'preview-' + st.merchant_code}"
        writers = [(".pdf", render_statement), (".csv", to_csv), (".xlsx", to_xlsx)]

        self.tasks.start(saving(base, writers, st), self._exported,
                         lambda message: self.banner.show_message(Kind.ERROR, message))

    def print_statement(self) -> None:
        """The statement PDF (rendered off the GUI thread) to the document printer."""
        st = self.statement
        if st is None:
            return
        target = self.notice.print_path.choose(self, "statement")
        if target is None:
            return
        ref = st.statement_no or "preview-" + st.merchant_code

        def work(progress: Progress, cancelled: Cancelled) -> bytes:
            return render_statement(st)

        def done(pdf: bytes) -> None:
            printed = self.notice.send_to(target, "statement", ref, pdf, name=f"statement-{ref}")
            if printed is not None:
                self.last_documents = [printed.path] if printed.path else []
                self.banner.show_message(Kind.OK, self.tr("Statement printed: {no}")
                                         .format(no=ref))

        self.tasks.start(work, done,
                         lambda message: self.banner.show_message(Kind.ERROR, message))

    def _exported(self, paths: list[Path]) -> None:
        self.last_documents = paths
        self.banner.show_message(Kind.OK, self.tr("Saved: {paths}").format(
            paths=", ".join(str(p) for p in paths)))

    def _show(self) -> None:
        st = self.statement
        self.model.set_rows(st.lines if st else [])
        self._enable()
        if st is None:
            self.totals.clear()
            return
        if not st.bills:
            self.totals.setText(self.tr("{no}  COD ¥{cod}  −  fees ¥{fee}  =  net payable ¥{net}"
                                        "  ({d} delivered, {r} returned)").format(
                no=st.statement_no or self.tr("Preview"), cod=f"{st.cod_total:,.2f}",
                fee=f"{st.fee_total:,.2f}", net=f"{st.net_total:,.2f}", d=st.delivered_count,
                r=st.returned_count))
            return
        net = (self.tr("net payable ¥{net}") if st.net_total >= 0 else
               self.tr("the merchant owes ¥{net}")).format(net=f"{abs(st.net_total):,.2f}")
        self.totals.setText(self.tr("{no}  COD ¥{cod}  −  fees ¥{fee}  −  bill {bills} ¥{bill}  "
                                    "=  {net}").format(
            no=st.statement_no or self.tr("Preview"), cod=f"{st.cod_total:,.2f}",
            fee=f"{st.fee_total:,.2f}", bills=", ".join(n for n, _ in st.bills),
            bill=f"{st.bill_total:,.2f}", net=net))


PAGES = [StatementsPage]

"""Dispatch → Runs: make a courier's run, print its run sheet (派件单; sends the parcels out
for delivery, off the GUI thread), and close it out when the courier is back: every parcel
scanned as delivered (signature on the pad or the signed stub attached), failed (reason) or
not attempted; the close-out summary is printed when the run closes, and again at any time
from a closed run (shown with "Show closed runs")."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout,
)

from carrier_app.core.errors import DomainError
from carrier_app.core import live
from carrier_app.core.roles import Permission
from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.dispatch import runs as R
from carrier_app.dispatch.couriers import list_couriers
from carrier_app.documents.statement import render_close_out
from carrier_app.ui import delivery_names, messages
from carrier_app.ui.confirm import confirm
from carrier_app.ui.context import AppContext
from carrier_app.ui.delivery_names import reason_names
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.attachment import ImageAttachment
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.page_kit import branch_combo, fill_combo, rows_table, standard_page
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.task_bar import TaskBar
from carrier_app.ui.widgets.scan_input import ScanInput
from carrier_app.ui.widgets.signature_pad import SignaturePad
from carrier_app.ui.worker import Cancelled, Progress, Work


class RunsPage(Page):
    section = Section.DISPATCH
    order = 30
    key = "dispatch_runs"
    permission = Permission.DISPATCH

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.sheet: R.RunSheet | None = None
        self.last_document: Path | None = None
        self.notice = PrintNotice(ctx)
        self.sounds = Sounds()
        ctx.live.subscribe(self, {live.RUNS}, self.refresh)
        self.branch = branch_combo(ctx)
        self.branch.currentTextChanged.connect(self.refresh)
        self.courier = QComboBox()
        self.courier.setObjectName("runCourier")
        self.create_button = QPushButton()
        self.create_button.setObjectName("createRun")
        self.create_button.clicked.connect(self.create_run)
        self.print_button = QPushButton()
        self.print_button.setObjectName("printRun")
        self.print_button.clicked.connect(self.print_run)
        self.pods_button = QPushButton()
        self.pods_button.setObjectName("printPods")
        self.pods_button.clicked.connect(self.print_pods)
        self.show_closed = QCheckBox()
        self.show_closed.setObjectName("showClosedRuns")
        self.show_closed.toggled.connect(lambda _on: self.refresh())
        self.summary_button = QPushButton()
        self.summary_button.setObjectName("closeOutSummary")
        self.summary_button.clicked.connect(self.save_summary)
        self.tasks = TaskBar()
        self.tasks.busy_changed.connect(self._busy)
        self.banner = FeedbackBanner(point_size=13)

        self.runs_model: RowsModel[R.RunRow] = RowsModel([
            (lambda: self.tr("Run"), lambda r: r.run_no),
            (lambda: self.tr("Date"), lambda r: r.run_date),
            (lambda: self.tr("Courier"), lambda r: r.courier_code),
            (lambda: self.tr("Status"), lambda r: {"OPEN": self.tr("not printed"),
                                                   "OUT": self.tr("out"),
                                                   "CLOSED": self.tr("closed")}[r.status]),
            (lambda: self.tr("Parcels"), lambda r: r.parcels),
        ])
        self.runs = rows_table(self.runs_model, "runsTable", fit=True)
        self.runs.clicked.connect(lambda ix: self.open_run(self.runs_model.rows[ix.row()].id))

        self.items_model: RowsModel[R.RunLine] = RowsModel([
            (lambda: self.tr("No."), lambda x: x.seq),
            (lambda: self.tr("Waybill"), lambda x: x.waybill_no),
            (lambda: self.tr("Sort code"), lambda x: x.sort_code),
            (lambda: self.tr("Recipient"), lambda x: x.recipient_name),
            (lambda: self.tr("COD"), lambda x: f"¥{x.cod:,.2f}" if x.cod else ""),
            (lambda: self.tr("Status"), lambda x: messages.status_name(x.status)),
            (lambda: self.tr("Outcome"), lambda x: self._outcome_name(x.outcome)),
        ])
        self.items = rows_table(self.items_model, "runItems", fit=True)

        # close-out
        self.outcome = QComboBox()
        self.outcome.setObjectName("closeOutcome")
        self.reason = QComboBox()
        self.reason.setObjectName("closeReason")
        self.payment = QComboBox()
        self.payment.setObjectName("closePayment")
        self.pad = SignaturePad()
        self.pad.setMinimumHeight(120)
        self.stub = ImageAttachment()
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes)
        self.scan.setObjectName("closeScan")
        self.scan.scanned.connect(self.close_out_scan)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.close_button = QPushButton()
        self.close_button.setObjectName("closeRun")
        self.close_button.clicked.connect(self.close_run)
        self.run_label = QLabel()
        self.run_label.setStyleSheet("font-weight: bold;")
        self.scan_label, self.outcome_label, self.reason_label = QLabel(), QLabel(), QLabel()
        row1 = QHBoxLayout()
        self.payment_label = QLabel()
        for w in (self.outcome_label, self.outcome, self.reason_label, self.reason,
                  self.payment_label, self.payment):
            row1.addWidget(w)
        row1.addStretch(1)
        row2 = QHBoxLayout()
        row2.addWidget(self.stub, 1)
        row3 = QHBoxLayout()
        row3.addWidget(self.scan_label)
        row3.addWidget(self.scan, 1)
        row3.addWidget(self.close_button)
        close = QVBoxLayout()
        close.addWidget(self.run_label)
        close.addLayout(row1)
        close.addWidget(self.pad)
        close.addLayout(row2)
        close.addLayout(row3)
        close.addWidget(self.items, 1)
        self.close_box = QGroupBox()
        self.close_box.setLayout(close)

        self.branch_label, self.courier_label = QLabel(), QLabel()
        top = QHBoxLayout()
        for widget in (self.branch_label, self.branch, self.courier_label, self.courier,
                       self.create_button, self.print_button, self.pods_button,
                       self.show_closed, self.summary_button, self.tasks):
            top.addWidget(widget)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.runs, 2)
        body.addWidget(self.close_box, 3)
        standard_page(self, top, self.banner, body, self.refused, notice=self.notice)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Runs and close-out")

    def _outcome_name(self, outcome: str | None) -> str:
        return {"DELIVERED": self.tr("delivered"), "FAILED": self.tr("failed"),
                "NOT_ATTEMPTED": self.tr("not attempted")}.get(outcome or "", "—")

    def retranslate(self) -> None:
        self.branch_label.setText(self.tr("Branch:"))
        self.courier_label.setText(self.tr("Courier:"))
        self.create_button.setText(self.tr("Create run"))
        self.print_button.setText(self.tr("Print run sheet"))
        self.pods_button.setText(self.tr("Print PODs of the run"))
        self.close_box.setTitle(self.tr("Close-out"))
        self.outcome_label.setText(self.tr("Outcome:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.payment_label.setText(self.tr("COD paid by:"))
        self.scan_label.setText(self.tr("Scan parcel:"))
        self.stub.set_texts(self.tr("Attach signed stub / run-sheet page…"),
                            self.tr("Signed stub or run-sheet page"))
        self.close_button.setText(self.tr("Close run"))
        self.show_closed.setText(self.tr("Show closed runs"))
        self.summary_button.setText(self.tr("Open close-out summary"))
        fill_combo(self.outcome, {"DELIVERED": self.tr("Delivered"),
                                  "FAILED": self.tr("Failed"),
                                  "NOT_ATTEMPTED": self.tr("Not attempted")})
        fill_combo(self.reason, reason_names())
        fill_combo(self.payment, {"cash": self.tr("Cash"),
                                  "transfer": self.tr("Transfer / QR payment")})
        self._show_run_label()
        self.runs_model.retranslate()
        self.items_model.retranslate()

    def activated(self) -> None:
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        couriers = self.ctx.run(list_couriers, self.branch.currentText())
        runs = self.ctx.run(R.list_runs, self.branch.currentText(),
                            include_closed=self.show_closed.isChecked())
        current = self.courier.currentData()
        self.courier.clear()
        for c in couriers:
            self.courier.addItem(f"{c.code} {c.name} ({c.load})", c.code)
        self.courier.setCurrentIndex(max(0, self.courier.findData(current)))
        self.runs_model.set_rows(runs)

    def _show_run_label(self) -> None:
        s = self.sheet
        self.summary_button.setEnabled(s is not None and s.status == "CLOSED")
        self.run_label.setText(self.tr("No run selected") if s is None else
                               self.tr("Run {no} — {courier}, {n} parcel(s), {open} open").format(
                                   no=s.run_no, courier=s.courier_code, n=len(s.lines),
                                   open=len(s.unaccounted)))

    def open_run(self, run_id: int) -> None:
        self.sheet = self.ctx.run(R.run_sheet, run_id)
        self.items_model.set_rows(self.sheet.lines)
        self._show_run_label()

    def create_run(self) -> None:
        try:
            sheet = self.ctx.run(R.create_run, self.courier.currentData() or "")
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            return
        self.refresh()
        self.open_run(sheet.id)
        self._say(Kind.OK, self.tr("Run {no} created with {n} parcel(s)").format(
            no=sheet.run_no, n=len(sheet.lines)))

    def print_run(self) -> None:
        if self.sheet is None:
            return
        run_id, ctx = self.sheet.id, self.ctx
        full = ctx.settings.run_sheet_full_phones

        def work(progress: Progress, cancelled: Cancelled) -> R.RunSheetPrint:
            return ctx.run(R.print_run_sheet, run_id, progress, cancelled, full)

        self._start(work, lambda out: self._printed(run_id, out))

    def print_pods(self) -> None:
        """签收单 of every parcel of the run delivered so far, one PDF (off the GUI thread)."""
        if self.sheet is None:
            return
        codes = [x.waybill_no for x in self.sheet.lines if x.outcome == "DELIVERED"]
        if not codes:
            self._say(Kind.WARNING, self.tr("No parcel of this run is delivered yet"))
            return
        run_no, ctx = self.sheet.run_no, self.ctx

        def work(progress: Progress, cancelled: Cancelled) -> bytes:
            return ctx.run(D.pod_pdf, codes)

        self._start(work, lambda pdf: self._saved("pod", run_no, pdf))

    def _start(self, work: Work, on_done: Callable[[Any], None]) -> None:
        self.tasks.start(work, on_done, lambda message: self._say(Kind.ERROR, message))

    def _print(self, kind: str, ref: str, pdf: bytes, name: str, *, reprint: bool = False,
               marked: bool = False) -> bool:
        printed = self.notice.send(self, kind, ref, pdf, name=name, reprint=reprint,
                                   marked=marked)
        self.last_document = printed.path if printed is not None else None
        return printed is not None

    def _saved(self, kind: str, run_no: str, pdf: bytes) -> None:
        if self._print(kind, run_no, pdf, f"{kind}-{run_no}"):
            self._say(Kind.OK, self.tr("Printed: proofs of delivery of run {no}")
                      .format(no=run_no))

    def _printed(self, run_id: int, out: R.RunSheetPrint) -> None:
        # The parcels went out with the print job; refresh even if the printer failed.
        run_no = out.run_no  # printed before: stamped 补打
        printed = self._print("run_sheet", run_no, out.pdf, f"run-sheet-{run_no}",
                              reprint=out.reprint)
        self.refresh()
        self.open_run(run_id)
        if printed:
            self._say(Kind.OK, self.tr("Run sheet printed: {no}").format(no=run_no))

    def close_out_scan(self, code: str) -> None:
        if self.sheet is None:
            self._say(Kind.WARNING, self.tr("Select a run first"))
            return
        outcome = self.outcome.currentData()
        try:
            if outcome == "DELIVERED":
                info = self.ctx.run(D.lookup, code)
                self.ctx.run(D.deliver, D.DeliveryInput(
                    code, info.recipient_name, "MERCHANT" if info.is_return else "SELF",
                    [list(s) for s in self.pad.strokes],
                    None if self.pad.is_empty() else self.pad.to_png(), self.stub.data,
                    self.stub.name, self.stub.data is not None and self.pad.is_empty(),
                    self.payment.currentData() if info.to_collect else "",
                    collected=info.to_collect))
            elif outcome == "FAILED":
                failed = self.ctx.run(F.fail, code, self.reason.currentData())
                if failed.ret is not None and failed.ret.label_pdf:
                    self._print("label", failed.waybill_no, failed.ret.label_pdf,
                                f"return-label-{failed.waybill_no}", reprint=True,
                                marked=True)
            else:
                self.ctx.run(R.not_attempted, self.sheet.id, code)
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            self.refused.record(code, self.banner.text())
            return
        self.pad.clear()
        self.stub.clear()
        self.open_run(self.sheet.id)
        self._say(Kind.OK if outcome == "DELIVERED" else Kind.WARNING,
                  f"{code}: {self._outcome_name(outcome)}")

    def _close_out(self, service: Callable[..., R.CloseOut]) -> R.CloseOut | None:
        """`service` (close_run, closeout_summary) on the selected run; errors said."""
        if self.sheet is None:
            return None
        try:
            return self.ctx.run(service, self.sheet.id)
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            return None

    def close_run(self) -> None:
        if self.sheet is None:
            return
        # Parcels still unaccounted for: the service refuses and says which (no question).
        if not self.sheet.unaccounted and not confirm(self, self.tr("Close run"), self.tr(
                "Close run {no}? Its outcomes become final and failed parcels wait for their "
                "next attempt; a closed run cannot be reopened.").format(no=self.sheet.run_no),
                self.tr("Close run")):
            return
        out = self._close_out(R.close_run)
        if out is None:
            return
        self._print("report", out.sheet.run_no, render_close_out(out),
                    f"close-out-{out.sheet.run_no}")
        self.refresh()
        self.open_run(out.sheet.id)
        self._say(Kind.OK, self.tr("Run {no} closed: {d} delivered, {f} failed, {r} to "
                                   "reattempt.").format(
            no=out.sheet.run_no, d=len(out.delivered), f=len(out.failed),
            r=len(out.reattempts)))

    def save_summary(self) -> None:
        """The selected closed run's close-out summary again, rebuilt from the database."""
        out = self._close_out(R.closeout_summary)
        if out is not None:
            run_no = out.sheet.run_no
            if self._print("report", run_no, render_close_out(out), f"close-out-{run_no}",
                           reprint=True):
                self._say(Kind.OK, self.tr("Close-out summary of run {no} printed again")
                          .format(no=run_no))

    def _busy(self, busy: bool) -> None:
        """No second print while a document is being made."""
        self.print_button.setEnabled(not busy)
        self.pods_button.setEnabled(not busy)

    def _say(self, kind: Kind, text: str) -> None:
        self.banner.show_message(kind, text)
        self.sounds.play(kind)


PAGES = [RunsPage]

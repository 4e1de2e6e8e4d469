"""Waybills & labels: find waybills (number, order ref, recipient, import batch), preview
their labels, print, reprint (recorded and audited by the service), cancel with a reason,
and print a whole import batch. Rendering and printing many labels runs off the GUI thread.

Labels go through the one print path (ui/printing.PrintPath: the label profile's printer,
PDF or ZPL; Shift opens the dialog). The reason prompt is the attribute `ask_reason` so tests
can answer it without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QThreadPool
from PySide6.QtWidgets import (
    QComboBox, QHBoxLayout, QInputDialog, QLabel, QLineEdit, QProgressBar, QPushButton,
    QSplitter, QVBoxLayout, QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Status
from carrier_app.core.roles import Permission
from carrier_app.documents.labels import SIZES
from carrier_app.ui import messages, printing
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.permit import permit
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table
from carrier_app.ui.widgets.pdf_preview import PdfPreview
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.worker import Task
from carrier_app.waybill.labels_service import (
    cancel_waybill, labels_for_batch, print_labels, render_labels,
)
from carrier_app.waybill.queries import BatchRow, WaybillRow, import_batches, search_waybills

PREVIEW_LIMIT = 50   # labels shown at once; printing has no limit


class Stopped(Exception):
    """The user pressed Cancel during a long render."""


class WaybillListPage(Page):
    section = Section.WAYBILLS
    order = 30
    key = "waybill_list"
    permission = Permission.PRINT_LABEL

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.notice = PrintNotice(ctx)
        self.print_path = self.notice.print_path
        self.ask_reason: Callable[[QWidget, str], str | None] = self._reason_dialog
        self.task: Task | None = None
        self.batches: list[BatchRow] = []
        self.last_printed = 0

        self.search = QLineEdit()
        self.search.setObjectName("waybillSearch")
        self.search.setClearButtonEnabled(True)
        self.search.returnPressed.connect(self.refresh)
        self.batch = QComboBox()
        self.batch.setObjectName("waybillBatch")
        self.batch.activated.connect(lambda _i: self.refresh())
        # Long file names must not widen the whole window.
        self.batch.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.batch.setMinimumContentsLength(16)
        self.label_size = QComboBox()
        self.label_size.setObjectName("labelSize")
        self.label_size.addItems(SIZES)
        self.label_size.setCurrentText(printing.load_profile("label").size)
        self.label_size.currentTextChanged.connect(lambda _s: self.update_preview())
        self.find_button = QPushButton()
        self.find_button.clicked.connect(self.refresh)

        self.model: RowsModel[WaybillRow] = RowsModel([
            (lambda: self.tr("Waybill"), lambda r: r.waybill_no),
            (lambda: self.tr("Status"), lambda r: messages.status_name(r.status)),
            (lambda: self.tr("Sort code"), lambda r: r.sort_code or "—"),
            (lambda: self.tr("Recipient"), lambda r: f"{r.recipient_name} "
             f"{r.recipient_phone_masked}"),
            (lambda: self.tr("Pieces"), lambda r: r.pieces),
            (lambda: self.tr("COD"), lambda r: "" if r.cod == "0.00" else f"¥{r.cod}"),
            (lambda: self.tr("Order ref"), lambda r: r.order_ref),
            (lambda: self.tr("Batch"), lambda r: r.batch_id or ""),
            (lambda: self.tr("Created"), lambda r: local_time(r.created_at)),
            (lambda: self.tr("Address"), lambda r: r.recipient_address),
        ])
        self.table = rows_table(self.model, "waybillTable", fit=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self.update_preview())

        self.preview = PdfPreview()
        self.preview.setObjectName("labelPreview")
        self.preview.setMinimumWidth(200)
        self.preview.fit_whole_page()  # a whole label in view, page after page

        self.print_button = QPushButton()
        self.print_button.setObjectName("printLabels")
        self.print_button.clicked.connect(lambda: self.print_selected(reprint=False))
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprintLabels")
        self.reprint_button.clicked.connect(lambda: self.print_selected(reprint=True))
        self.cancel_waybill_button = QPushButton()
        self.cancel_waybill_button.setObjectName("cancelWaybill")
        self.cancel_waybill_button.clicked.connect(self.cancel_selected)
        self.may_cancel = permit(self.cancel_waybill_button, ctx.actor,
                                 Permission.CANCEL_WAYBILL)
        self.batch_button = QPushButton()
        self.batch_button.setObjectName("printBatch")
        self.batch_button.clicked.connect(self.print_batch)
        self.progress = QProgressBar()
        self.progress.hide()
        self.stop_button = QPushButton()
        self.stop_button.hide()
        self.stop_button.clicked.connect(self._stop)
        self.banner = FeedbackBanner(point_size=12)

        self.search_label, self.batch_label, self.size_label = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.search_label)
        top.addWidget(self.search, 1)
        top.addWidget(self.find_button)
        second = QHBoxLayout()
        second.addWidget(self.batch_label)
        second.addWidget(self.batch, 1)
        second.addWidget(self.size_label)
        second.addWidget(self.label_size)
        buttons = QHBoxLayout()
        for b in (self.print_button, self.reprint_button, self.batch_button,
                  self.cancel_waybill_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.progress)
        buttons.addWidget(self.stop_button)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(self.preview)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self._enable()

    # --- Page ------------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Waybills & labels")

    def retranslate(self) -> None:
        self.search_label.setText(self.tr("Search:"))
        self.search.setPlaceholderText(self.tr("waybill, order ref, recipient or phone"))
        self.batch_label.setText(self.tr("Import batch:"))
        self.size_label.setText(self.tr("Label size (mm):"))
        self.find_button.setText(self.tr("Find"))
        self.print_button.setText(self.tr("Print labels"))
        self.reprint_button.setText(self.tr("Reprint"))
        self.batch_button.setText(self.tr("Print whole batch"))
        self.cancel_waybill_button.setText(self.tr("Cancel waybill…"))
        self.stop_button.setText(self.tr("Stop"))
        self.model.retranslate()
        self._fill_batches()

    def activated(self) -> None:
        self._load_batches()
        self.refresh()
        self.search.setFocus()

    # --- data ------------------------------------------------------------------------------
    def _load_batches(self) -> None:
        try:
            self.batches = self.ctx.run(import_batches)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self._fill_batches()

    def _fill_batches(self) -> None:
        current = self.batch.currentData()
        self.batch.clear()
        self.batch.addItem(self.tr("All"), None)
        for b in self.batches:
            self.batch.addItem(f"#{b.id} {b.merchant} {b.file_name} ({b.created})", b.id)
        index = self.batch.findData(current)
        self.batch.setCurrentIndex(max(index, 0))

    def refresh(self) -> None:
        keep = set(self.selected())
        try:
            rows = self.ctx.run(search_waybills, self.search.text(), self.batch.currentData())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self.model.set_rows(rows)
        sel = self.table.selectionModel()
        flags = (QItemSelectionModel.SelectionFlag.Select
                 | QItemSelectionModel.SelectionFlag.Rows)
        for i, r in enumerate(rows):
            if r.waybill_no in keep:
                sel.select(self.model.index(i, 0), flags)
        self.update_preview()

    def selected(self) -> list[str]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].waybill_no for r in rows if r < len(self.model.rows)]

    def update_preview(self) -> None:
        self._enable()
        chosen = set(self.selected())
        # A cancelled waybill has no label to show (the service refuses to print it).
        waybills = [r.waybill_no for r in self.model.rows
                    if r.waybill_no in chosen and r.status != Status.CANCELLED][:PREVIEW_LIMIT]
        if not waybills:
            self.preview.clear()
            return
        try:
            pdf = self.ctx.run(render_labels, waybills, self.label_size.currentText())
        except DomainError as exc:
            self.preview.clear()
            self.banner.show_message(Kind.WARNING, messages.describe(exc))
            return
        self.preview.set_pdf(pdf)

    def _enable(self) -> None:
        busy = self.task is not None
        rows = [r for r in self.model.rows if r.waybill_no in set(self.selected())]
        printable = bool(rows) and all(r.status != Status.CANCELLED for r in rows)
        self.print_button.setEnabled(not busy and printable)
        self.reprint_button.setEnabled(not busy and printable)
        self.cancel_waybill_button.setEnabled(
            not busy and len(rows) == 1 and rows[0].status == Status.CREATED
            and self.may_cancel)
        self.batch_button.setEnabled(not busy and self.batch.currentData() is not None)

    # --- actions ---------------------------------------------------------------------------
    def print_selected(self, reprint: bool = False) -> None:
        waybills = self.selected()
        if waybills:
            self._print(waybills, reprint)

    def print_batch(self) -> None:
        batch_id = self.batch.currentData()
        if batch_id is None:
            return
        try:
            waybills = self.ctx.run(labels_for_batch, batch_id)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        if not waybills:
            self.banner.show_message(Kind.WARNING, self.tr("This batch has no printable waybills."))
            return
        self._print(waybills, reprint=False)

    def _print(self, waybills: list[str], reprint: bool) -> None:
        size = self.label_size.currentText()
        target = self.print_path.choose(self, "label", size=size)
        if target is None:
            return
        ctx, path = self.ctx, self.print_path

        def work(progress: Callable[[int, int], None],
                 cancelled: Callable[[], bool]) -> printing.Printed:
            # Rendering and printing both run here: QPainter may paint on a QPrinter
            # outside the GUI thread, and a 1000-label batch takes many seconds.
            def rendering(done: int, total: int) -> None:
                progress(done, 2 * total)
                if cancelled():
                    raise Stopped  # before anything is printed or recorded
            # A label printed before is a reprint (补打) whether or not Reprint was pressed.
            if target.zpl:
                job = ctx.run(print_labels, waybills, size, "zpl", reprint)
                return path.deliver(target, "label", job.ref, b"",
                                    zpl=job.document.decode("utf-8"), reprint=job.reprint,
                                    marked=True)
            job = ctx.run(print_labels, waybills, size, "pdf", reprint, None, rendering)
            return path.deliver(target, "label", job.ref, job.document, reprint=job.reprint,
                                marked=True,
                                progress=lambda done, total: progress(total + done,
                                                                      2 * total))

        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._printed)
        self.task.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.stop_button.show()
        self._enable()
        QThreadPool.globalInstance().start(self.task)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        # Stopping is possible while rendering only; pages sent to the printer stay sent.
        self.stop_button.setEnabled(done * 2 <= total)

    def _printed(self, printed: printing.Printed) -> None:
        self._finish()
        self.last_printed = printed.pages
        reprint = printed.job.reprint
        text = (self.tr("Labels reprinted: {0}") if reprint
                else self.tr("Labels printed: {0}")).format(printed.pages)
        self.banner.show_message(Kind.OK, text)
        self.notice.show_printed(printed)
        if reprint:
            self.refresh()

    def _failed(self, message: str) -> None:
        self._finish()
        if message.startswith(Stopped.__name__):
            self.banner.show_message(Kind.WARNING, self.tr("Printing stopped; nothing printed."))
        else:
            self.banner.show_message(Kind.ERROR, self.tr("Printing failed: {0}").format(message))

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.stop_button.hide()
        self.stop_button.setEnabled(True)
        self._enable()

    def cancel_selected(self) -> None:
        waybills = self.selected()
        if len(waybills) != 1:
            return
        reason = self.ask_reason(self, waybills[0])
        if reason is None:
            return
        try:
            done = self.ctx.run(cancel_waybill, waybills[0], reason)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, self.tr("A reason is required to cancel.")
                                     if exc.params.get("field") == "reason"
                                     else messages.describe(exc))
            return
        self.banner.show_message(Kind.OK, self.tr("{0} cancelled").format(done.waybill_no))
        self.refresh()

    def _reason_dialog(self, parent: QWidget, waybill: str) -> str | None:
        text, ok = QInputDialog.getText(
            parent, self.tr("Cancel waybill"),
            self.tr("Why is {0} cancelled? (required)").format(waybill))
        return text if ok else None


PAGES = [WaybillListPage]

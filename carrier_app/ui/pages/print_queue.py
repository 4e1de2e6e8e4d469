"""Tracking → Print queue: what this depot printed, when, by whom, to which printer or file;
any job printed again from here through the one print path (marked 补打/REPRINT, recorded
and audited by reports/print_jobs)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.reports.print_jobs import JobRow, job_document, print_jobs
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.i18n import QT_TRANSLATE_NOOP
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table
from carrier_app.ui.widgets.print_notice import PrintNotice

KIND_NAMES = {
    "label": QT_TRANSLATE_NOOP("PrintQueuePage", "Label"),
    "bag_label": QT_TRANSLATE_NOOP("PrintQueuePage", "Bag label"),
    "manifest": QT_TRANSLATE_NOOP("PrintQueuePage", "Manifest"),
    "pickup_receipt": QT_TRANSLATE_NOOP("PrintQueuePage", "Pickup receipt"),
    "run_sheet": QT_TRANSLATE_NOOP("PrintQueuePage", "Run sheet"),
    "pod": QT_TRANSLATE_NOOP("PrintQueuePage", "Proof of delivery"),
    "statement": QT_TRANSLATE_NOOP("PrintQueuePage", "Statement"),
    "report": QT_TRANSLATE_NOOP("PrintQueuePage", "Report"),
    "cashup_receipt": QT_TRANSLATE_NOOP("PrintQueuePage", "Cash-up receipt"),
    "test_page": QT_TRANSLATE_NOOP("PrintQueuePage", "Test page"),
    "label_test_page": QT_TRANSLATE_NOOP("PrintQueuePage", "Label test page"),
}


class PrintQueuePage(Page):
    section = Section.TRACKING
    order = 40
    key = "print-queue"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.notice = PrintNotice(ctx)
        self.print_path = self.notice.print_path
        self.model: RowsModel[JobRow] = RowsModel([
            (lambda: self.tr("When"), lambda r: local_time(r.at)),
            (lambda: self.tr("Document"), lambda r: self.tr(KIND_NAMES.get(r.kind, r.kind))),
            (lambda: self.tr("Of"), lambda r: r.ref),
            (lambda: self.tr("By"), lambda r: f"{r.username} ({r.station})"),
            (lambda: self.tr("Reprint"), lambda r: "补打" if r.reprint else ""),
            (lambda: self.tr("Printer or file"), lambda r: r.target),
        ])
        self.table = rows_table(self.model, "printQueue", fit=True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.reprint_button = QPushButton()
        self.reprint_button.setObjectName("reprintJob")
        self.reprint_button.clicked.connect(self.reprint)
        self.banner = FeedbackBanner(point_size=12)
        top = QHBoxLayout()
        top.addWidget(self.refresh_button)
        top.addWidget(self.reprint_button)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self._enable()

    def title(self) -> str:
        return self.tr("Print queue")

    def retranslate(self) -> None:
        self.refresh_button.setText(self.tr("Refresh"))
        self.reprint_button.setText(self.tr("Print again (补打)"))
        self.reprint_button.setToolTip(self.tr("Shift+click opens the print dialog"))
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.run(print_jobs))
        self._enable()

    def selected(self) -> JobRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.rows[rows[0].row()] if rows else None

    def _enable(self) -> None:
        self.reprint_button.setEnabled(self.selected() is not None)

    def reprint(self) -> None:
        row = self.selected()
        if row is None:
            return
        try:
            doc = self.ctx.run(job_document, row.id)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        zpl = doc.document.decode("utf-8") if doc.format == "zpl" else None
        target = self.print_path.choose(self, doc.kind)
        if target is None:
            return
        if zpl is not None and not target.zpl:
            self.banner.show_message(Kind.ERROR, self.tr(
                "This label was sent as ZPL; set a ZPL label printer to print it again."))
            return
        printed = self.notice.send_to(target, doc.kind, doc.ref, b"" if zpl else doc.document,
                                      zpl=zpl, reprint=True, marked=doc.marked,
                                      reprint_of=doc.job_id)
        if printed is not None:
            self.banner.show_message(Kind.OK, self.tr("Printed again, marked 补打: {0}")
                                     .format(doc.ref))
            self.refresh()


PAGES = [PrintQueuePage]

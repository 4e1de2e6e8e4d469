"""Tracking → Gap lists (留仓 and the parcels that did not flow): pick a list, a place (a hub
takes in its branches) and, for the lists that take one, an age in hours; the table shows the
parcels with how long they have been there, the counts per place above it, and Export writes
the list as CSV and XLSX to the documents folder (off the GUI thread)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout

from carrier_app.core.clock import local_text
from carrier_app.core.roles import Permission
from carrier_app.reports import lists_export
from carrier_app.reports.lists import (
    ALL, DEFAULT_HOURS, MAX_HOURS, USES_HOURS, GapList, GapListName, GapRow, gap_list,
    location_codes,
)
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import OverdueRowsModel
from carrier_app.ui.output import saving
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import fill_combo, rows_table, standard_page
from carrier_app.ui.widgets.task_bar import TaskBar
from carrier_app.ui.worker import Cancelled, Progress

class GapListsPage(Page):
    section = Section.TRACKING
    order = 30
    key = "gap_lists"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.result: GapList | None = None
        self.pending = False              # asked to refresh while a task ran
        self.last_documents: list[Path] = []
        self.which = QComboBox()
        self.which.setObjectName("gapList")
        self.location = QComboBox()
        self.location.setObjectName("gapLocation")
        self.location.addItem(ALL, ALL)
        for code in ctx.look_up(location_codes):
            self.location.addItem(code, code)
        here = self.location.findData(ctx.actor.location)
        self.location.setCurrentIndex(max(here, 0))
        self.hours = QSpinBox()
        self.hours.setObjectName("gapHours")
        self.hours.setRange(0, MAX_HOURS)
        self.hours.setValue(DEFAULT_HOURS)
        self.refresh_button, self.export_button = QPushButton(), QPushButton()
        self.refresh_button.setObjectName("gapRefresh")
        self.export_button.setObjectName("gapExport")
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button.clicked.connect(self.export)
        self.tasks = TaskBar()
        self.tasks.busy_changed.connect(self._busy_changed)
        self.banner = FeedbackBanner(point_size=12)
        self.banner.setObjectName("gapBanner")
        self.counts = QLabel()
        self.counts.setObjectName("gapCounts")
        self.counts.setWordWrap(True)
        self.counts.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.model = OverdueRowsModel([
            (lambda: self.tr("Waybill"), lambda r: r.waybill_no),
            (lambda: self.tr("Status"), lambda r: messages.status_name(r.status)),
            (lambda: self.tr("Where"), lambda r: r.location),
            (lambda: self.tr("Since"), lambda r: local_text(r.since, "%m-%d %H:%M")),
            (lambda: self.tr("Age (h)"), lambda r: f"{r.age_hours:.1f}"),
            (lambda: self.tr("Courier"), lambda r: r.courier),
            (lambda: self.tr("Run"), lambda r: r.run_no),
            (lambda: self.tr("Due"), self.due_text),
            (lambda: self.tr("Recipient"), lambda r: r.recipient),
        ], flag_column=7)
        self.table = rows_table(self.model, "gapTable", fit=True)
        self.labels = [QLabel() for _ in range(3)]
        top = QHBoxLayout()
        for label, w in zip(self.labels, (self.which, self.location, self.hours), strict=True):
            top.addWidget(label)
            top.addWidget(w)
        top.addWidget(self.refresh_button)
        top.addStretch(1)
        top.addWidget(self.export_button)
        body = QVBoxLayout()
        body.addWidget(self.counts)
        body.addWidget(self.table, 1)
        body.addWidget(self.tasks)
        standard_page(self, top, self.banner, body)
        enter_clicks(self.refresh_button, self.hours)
        self.retranslate()
        self.which.currentIndexChanged.connect(self.refresh)
        self.location.currentIndexChanged.connect(self.refresh)
        self.hours.editingFinished.connect(self.refresh)
        self.refresh()

    # --- text ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Gap lists")

    def select_list(self, name: str) -> None:
        """Show list `name` (another screen's figure opens its list here)."""
        index = self.which.findData(str(name))
        if index >= 0:
            self.which.setCurrentIndex(index)

    def list_names(self) -> dict[str, str]:
        return {
            GapListName.OVERNIGHT: self.tr("Overnight at the branch (留仓)"),
            GapListName.NOT_DEPARTED: self.tr("Received, not departed (进站未出站)"),
            GapListName.NO_ARRIVAL: self.tr("Departed, not arrived"),
            GapListName.OUT_NOT_CLOSED: self.tr("Out for delivery, not closed"),
            GapListName.FAILED_DUE: self.tr("Failed, due again today"),
        }

    def due_text(self, r: GapRow) -> str:
        if r.overdue and r.due is None:
            return self.tr("no open run")
        return r.due.isoformat() if r.due else ""

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (self.tr("List:"), self.tr("Place:"),
                                             self.tr("Older than (h):")), strict=True):
            label.setText(text)
        fill_combo(self.which, {str(k): v for k, v in self.list_names().items()})
        self.location.setItemText(0, self.tr("All places"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.export_button.setText(self.tr("Export CSV, XLSX"))
        self.model.retranslate()
        self._show_counts()
        if getattr(self, "result", None) is not None and self.banner.kind == Kind.IDLE:
            self._show_as_of()

    # --- actions ------------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()

    def current_list(self) -> str:
        return str(self.which.currentData() or GapListName.OVERNIGHT)

    def refresh(self) -> None:
        """Load the list off the GUI thread (on a big depot the counts take longer than the
        100 ms the GUI thread may block); asked again while one loads, it loads once more
        when that one is done."""
        name = self.current_list()
        uses_hours = GapListName(name) in USES_HOURS
        self.hours.setEnabled(uses_hours)
        place = str(self.location.currentData() or ALL)
        hours = self.hours.value() if uses_hours else None

        def work(progress: Progress, cancelled: Cancelled) -> GapList:
            return self.ctx.run(gap_list, name, place, hours)

        self.pending = not self.tasks.start(work, self._loaded, self._failed)

    def _loaded(self, result: GapList) -> None:
        self.result = result
        self._show_as_of()
        self._show()

    def _failed(self, message: str) -> None:
        self.result = None
        self.banner.show_message(Kind.ERROR, message)
        self._show()

    def _show(self) -> None:
        self.model.set_rows(self.result.rows if self.result else [])
        self._show_counts()
        self._enable()

    def _busy_changed(self, busy: bool) -> None:
        self._enable()
        if not busy and self.pending:
            self.refresh()

    def _show_as_of(self) -> None:
        if self.result is not None:
            self.banner.show_message(Kind.IDLE, self.tr("As of {time}").format(
                time=local_text(self.result.as_of, "%Y-%m-%d %H:%M:%S")))

    def _show_counts(self) -> None:
        g = getattr(self, "result", None)
        if g is None:
            self.counts.clear()
            return
        per_place = ", ".join(f"{loc}: {n}" for loc, n in g.counts)
        text = self.tr("Total {n}").format(n=g.total)
        if per_place:
            text += f"  —  {per_place}"
        if g.truncated:
            text += "  " + self.tr("(first {k} shown)").format(k=len(g.rows))
        self.counts.setText(text)

    def _enable(self) -> None:
        self.export_button.setEnabled(self.result is not None and not self.tasks.busy)
        self.refresh_button.setEnabled(not self.tasks.busy)

    def export(self) -> None:
        g = self.result
        if g is None:
            return
        stamp = local_text(g.as_of, "%Y%m%d-%H%M")
        base = f"list-{g.name}-{g.location}-{stamp}"
        writers = [(".csv", lists_export.to_csv), (".xlsx", lists_export.to_xlsx)]

        self.tasks.start(saving(base, writers, g), self._exported,
                         lambda message: self.banner.show_message(Kind.ERROR, message))

    def _exported(self, paths: list[Path]) -> None:
        self.last_documents = paths
        self.banner.show_message(Kind.OK, self.tr("Saved: {paths}").format(
            paths=", ".join(str(p) for p in paths)))


PAGES = [GapListsPage]

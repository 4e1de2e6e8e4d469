"""Dispatch → Assign: auto-assign preview (change before confirming) and scan-to-assign
(scan a courier badge, then his parcels; a reason reassigns from another courier)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from carrier_app.core import s10
from carrier_app.core.errors import DomainError, ValidationError
from carrier_app.core.roles import Permission
from carrier_app.dispatch import assign as A
from carrier_app.dispatch.couriers import courier_row, list_couriers
from carrier_app.tracking.offline import Journaled
from carrier_app.tracking.scans import Outcome
from carrier_app.ui import delivery_names
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.page_kit import branch_combo, rows_table, scrolling
from carrier_app.ui.widgets.offline_banner import OfflineBanner, journaled_text
from carrier_app.ui.widgets.scan_input import ScanInput


class AssignPage(Page):
    section = Section.DISPATCH
    order = 20
    key = "dispatch_assign"
    permission = Permission.DISPATCH

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.preview: A.Preview | None = None
        self.courier_code: str | None = None
        self.sounds = Sounds()
        self.branch = branch_combo(ctx)
        self.branch.currentTextChanged.connect(self._branch_changed)
        self.banner = FeedbackBanner(point_size=13)

        # Auto-assign preview
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("previewButton")
        self.preview_button.clicked.connect(self.make_preview)
        self.confirm_button = QPushButton()
        self.confirm_button.setObjectName("confirmButton")
        self.confirm_button.clicked.connect(self.confirm)
        self.confirm_button.setEnabled(False)
        self.move_to = QComboBox()
        self.move_to.setObjectName("moveTo")
        self.move_button = QPushButton()
        self.move_button.clicked.connect(self.move_selected)
        self.model: RowsModel[A.Proposal] = RowsModel([
            (lambda: self.tr("Waybill"), lambda p: p.waybill_no),
            (lambda: self.tr("Sort code"), lambda p: p.sort_code),
            (lambda: self.tr("Courier"), lambda p: p.courier_code or self.tr("— nobody free —")),
            (lambda: self.tr("Why"), lambda p: {"route": self.tr("route"),
                                                "overflow": self.tr("overflow (route full)"),
                                                "full": self.tr("all couriers full"),
                                                "manual": self.tr("changed by hand")}[p.note]),
        ])
        self.table = rows_table(self.model, "proposals")
        self.loads = QLabel()
        self.loads.setWordWrap(True)
        auto_row = QHBoxLayout()
        for w in (self.preview_button, self.move_to, self.move_button):
            auto_row.addWidget(w)
        auto_row.addStretch(1)
        auto_row.addWidget(self.confirm_button)
        auto = QVBoxLayout()
        auto.addLayout(auto_row)
        auto.addWidget(self.table, 1)
        auto.addWidget(self.loads)
        self.auto_box = QGroupBox()
        self.auto_box.setLayout(auto)

        # Scan to assign
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes, validate=False)
        self.scan.setObjectName("assignScan")
        self.scan.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.current = QLabel()
        self.current.setStyleSheet("font-size: 14pt; font-weight: bold;")
        self.reason = QLineEdit()
        self.reason.setObjectName("reassignReason")
        self.scan_label, self.reason_label = QLabel(), QLabel()
        manual = QHBoxLayout()
        manual.addWidget(self.scan_label)
        manual.addWidget(self.scan, 2)
        manual.addWidget(self.current, 1)
        manual.addWidget(self.reason_label)
        manual.addWidget(self.reason, 1)
        self.scan_box = QGroupBox()
        self.scan_box.setLayout(manual)

        self.branch_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.branch_label)
        top.addWidget(self.branch)
        top.addStretch(1)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.refused)
        layout.addWidget(OfflineBanner(ctx.offline))
        layout.addWidget(self.scan_box)
        layout.addWidget(self.auto_box, 1)
        scrolling(self, layout)
        self.retranslate()
        self._branch_changed()

    def title(self) -> str:
        return self.tr("Assign couriers")

    def retranslate(self) -> None:
        self.branch_label.setText(self.tr("Branch:"))
        self.preview_button.setText(self.tr("Preview auto-assign"))
        self.confirm_button.setText(self.tr("Confirm assignment"))
        self.move_button.setText(self.tr("Move selected to this courier"))
        self.auto_box.setTitle(self.tr("Auto-assign by route"))
        self.scan_box.setTitle(self.tr("Scan to assign: courier badge first, then parcels"))
        self.scan_label.setText(self.tr("Scan:"))
        self.reason_label.setText(self.tr("Reassign reason:"))
        self._show_current()
        self.model.retranslate()

    def activated(self) -> None:
        self.scan.setFocus()

    def _branch_changed(self) -> None:
        couriers = self.ctx.run(list_couriers, self.branch.currentText())
        self.move_to.clear()
        for c in couriers:
            if c.active:
                self.move_to.addItem(f"{c.code} {c.name}", c.code)
        self.preview = None
        self.model.set_rows([])
        self.confirm_button.setEnabled(False)

    def _show_current(self) -> None:
        self.current.setText(self.tr("Courier: {code}").format(code=self.courier_code)
                             if self.courier_code else self.tr("Courier: — scan a badge"))

    # --- auto-assign -----------------------------------------------------------------------
    def make_preview(self) -> None:
        try:
            self.preview = self.ctx.run(A.preview_auto_assign, self.branch.currentText())
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            return
        self._show_preview()
        self._say(Kind.IDLE, self.tr("{n} parcel(s) waiting; check and confirm").format(
            n=len(self.preview.proposals)))

    def _show_preview(self) -> None:
        assert self.preview is not None
        self.model.set_rows(self.preview.proposals)
        self.loads.setText("  ".join(f"{code}: {n}/{cap}"
                                     for code, (n, cap) in sorted(self.preview.loads.items())))
        self.confirm_button.setEnabled(any(p.courier_id for p in self.preview.proposals))

    def move_selected(self) -> None:
        if self.preview is None or not self.move_to.currentData():
            return
        rows = {ix.row() for ix in self.table.selectionModel().selectedRows()}
        for r in sorted(rows):
            self.preview = self.ctx.look_up(A.change_proposal, self.preview,
                                            self.model.rows[r].waybill_no,
                                            self.move_to.currentData())
        self._show_preview()

    def confirm(self) -> None:
        if self.preview is None:
            return
        result = self.ctx.run(A.confirm, self.preview)
        self.preview = None
        self.model.set_rows([])
        self.confirm_button.setEnabled(False)
        if result.conflicts:
            self._say(Kind.WARNING, self.tr("{n} assigned; {c} changed meanwhile and were left "
                                            "alone: {list}").format(
                n=len(result.assigned), c=len(result.conflicts),
                list=", ".join(c.waybill_no for c in result.conflicts[:5])))
        else:
            self._say(Kind.OK, self.tr("{n} parcel(s) assigned").format(n=len(result.assigned)))

    # --- scan to assign --------------------------------------------------------------------
    def scanned(self, code: str) -> None:
        try:
            s10.parse(code)
        except ValidationError:
            self._badge(code)
            return
        if not self.courier_code:
            self._say(Kind.WARNING, self.tr("Scan the courier's badge first"))
            return
        courier, reason = self.courier_code, self.reason.text()
        try:
            r = self.ctx.offline.attempt(
                "assign", "assign", code, {"courier": courier, "reason": reason},
                lambda: self.ctx.run(A.assign, code, courier, reason=reason))
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            self.refused.record(code, self.banner.text())
            return
        if isinstance(r, Journaled):
            self._say(Kind.WARNING, journaled_text(r))
            return
        if r.outcome is Outcome.DUPLICATE:
            self._say(Kind.DUPLICATE, self.tr("{wb}: already assigned to {c}").format(
                wb=r.waybill_no, c=self.courier_code))
        else:
            self._say(Kind.OK, self.tr("{wb} → {c}").format(wb=r.waybill_no, c=self.courier_code))
            self.reason.clear()

    def _badge(self, code: str) -> None:
        try:
            c = self.ctx.run(courier_row, code)
            name, active, code = c.name, c.active, c.code
        except DomainError as exc:
            self._say(Kind.ERROR, delivery_names.describe(exc))
            self.refused.record(code, self.banner.text())
            return
        if not active:
            self._say(Kind.ERROR, self.tr("Courier {code} is not active").format(code=code))
            self.refused.record(code, self.banner.text())
            return
        self.courier_code = code
        self._show_current()
        self._say(Kind.OK, self.tr("Courier {code} {name}: scan the parcels").format(
            code=code, name=name))

    def _say(self, kind: Kind, text: str) -> None:
        self.banner.show_message(kind, text)
        self.sounds.play(kind)


PAGES = [AssignPage]

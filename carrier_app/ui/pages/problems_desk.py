"""Tracking → Exceptions desk (问题件): the problem parcels with their age (red when overdue),
filters, and the desk's actions: register a problem (the parcel goes on hold), log a call,
resolve (new address, return, deliver as is, claim, destroy) and approve a claim or a
destruction as the second person. A one-key "register problem" from the scan screens is a
later step."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QListWidget, QPushButton,
    QVBoxLayout,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.money import parse_amount
from carrier_app.core.problems import REASON_ZH, Action, Reason
from carrier_app.core import live
from carrier_app.core.roles import Permission
from carrier_app.problems.service import (
    ProblemRow, add_contact, approve, contacts, list_problems, register_problem, resolve,
)
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import OverdueRowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import choose_image, fill_combo, rows_table, standard_page
from carrier_app.ui.widgets.scan_input import ScanInput

class ProblemsDeskPage(Page):
    section = Section.TRACKING
    order = 20
    key = "problems_desk"
    permission = Permission.HOLD

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.selected: ProblemRow | None = None
        self.last_label: Path | None = None  # the label reprint saved last
        ctx.live.subscribe(self, {live.PROBLEMS}, self.refresh)
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes)
        self.scan.setObjectName("problemScan")
        self.scan.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.show_filter, self.reason_filter = QComboBox(), QComboBox()
        self.show_filter.setObjectName("problemShow")
        self.reason_filter.setObjectName("problemReasonFilter")
        self.show_filter.currentIndexChanged.connect(self.refresh)
        self.reason_filter.currentIndexChanged.connect(self.refresh)
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.banner = FeedbackBanner(point_size=12)
        self.notice = PrintNotice(ctx)
        self.banner.setObjectName("problemBanner")
        self.model = OverdueRowsModel([
            (lambda: "#", lambda r: r.id),
            (lambda: self.tr("Waybill"), lambda r: r.waybill_no),
            (lambda: self.tr("Reason"), lambda r: self.reason_names()[r.reason]),
            (lambda: self.tr("State"), self.state_text),
            (lambda: self.tr("Parcel"), lambda r: messages.status_name(r.parcel_status)),
            (lambda: self.tr("Age"), lambda r: self.tr("{h} h").format(h=f"{r.age_hours:.1f}")),
            (lambda: self.tr("Opened"), lambda r: local_time(r.opened_at, "%m-%d %H:%M")),
            (lambda: self.tr("By / where"), lambda r: f"{r.opened_by} @ {r.opened_location}"),
            (lambda: self.tr("Note / instruction"), self.note_text),
        ], flag_column=5)
        self.table = rows_table(self.model, "problemsTable", fit=True)
        self.table.clicked.connect(lambda ix: self.select(self.model.rows[ix.row()]))
        self.detail = QLabel()
        self.detail.setObjectName("problemDetail")
        self.detail.setWordWrap(True)

        # Register
        self.reg_code, self.reg_note = QLineEdit(), QLineEdit()
        self.reg_code.setObjectName("registerCode")
        self.reg_reason = QComboBox()
        self.reg_reason.setObjectName("registerReason")
        self.photo: bytes | None = None
        self.photo_button = QPushButton()
        self.photo_button.clicked.connect(self.choose_photo)
        self.register_button = QPushButton()
        self.register_button.setObjectName("registerProblem")
        self.register_button.clicked.connect(self.register)
        self.register_box = QGroupBox()
        self.reg_labels = [QLabel() for _ in range(3)]
        form = QFormLayout(self.register_box)
        for label, w in zip(self.reg_labels, (self.reg_code, self.reg_reason, self.reg_note),
                            strict=True):
            form.addRow(label, w)
        form.addRow(self.photo_button, self.register_button)

        # Contact log
        self.whom, self.outcome = QLineEdit(), QLineEdit()
        self.whom.setObjectName("contactWhom")
        self.outcome.setObjectName("contactOutcome")
        self.contact_button = QPushButton()
        self.contact_button.setObjectName("logContact")
        self.contact_button.clicked.connect(self.log_contact)
        self.contacts = QListWidget()
        self.contacts.setObjectName("contactList")
        self.contacts.setMaximumHeight(90)
        self.contact_box = QGroupBox()
        self.contact_labels = [QLabel() for _ in range(2)]
        form = QFormLayout(self.contact_box)
        form.addRow(self.contact_labels[0], self.whom)
        form.addRow(self.contact_labels[1], self.outcome)
        form.addRow("", self.contact_button)
        form.addRow(self.contacts)

        # Resolve / approve
        self.action = QComboBox()
        self.action.setObjectName("resolveAction")
        self.address, self.postcode, self.amount, self.resolve_note = (
            QLineEdit(), QLineEdit(), QLineEdit(), QLineEdit())
        self.address.setObjectName("resolveAddress")
        self.amount.setObjectName("resolveAmount")
        self.postcode.setMaxLength(6)
        self.resolve_button, self.approve_button = QPushButton(), QPushButton()
        self.resolve_button.setObjectName("resolveProblem")
        self.approve_button.setObjectName("approveProblem")
        self.resolve_button.clicked.connect(self.do_resolve)
        self.approve_button.clicked.connect(self.do_approve)
        self.resolve_box = QGroupBox()
        self.resolve_labels = [QLabel() for _ in range(5)]
        form = QFormLayout(self.resolve_box)
        for label, w in zip(self.resolve_labels, (self.action, self.address, self.postcode,
                                                  self.amount, self.resolve_note), strict=True):
            form.addRow(label, w)
        form.addRow(self.resolve_button, self.approve_button)

        self.scan_label, self.show_label, self.reason_label = QLabel(), QLabel(), QLabel()
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan, 2)
        top.addWidget(self.show_label)
        top.addWidget(self.show_filter)
        top.addWidget(self.reason_label)
        top.addWidget(self.reason_filter)
        top.addWidget(self.refresh_button)
        side = QVBoxLayout()
        for box in (self.register_box, self.contact_box, self.resolve_box):
            side.addWidget(box)
        side.addStretch(1)
        left = QVBoxLayout()
        left.addWidget(self.table, 1)
        left.addWidget(self.detail)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        body.addLayout(side, 2)
        standard_page(self, top, self.banner, body, self.refused, notice=self.notice)
        enter_clicks(self.register_button, self.reg_code, self.reg_note)
        enter_clicks(self.contact_button, self.whom, self.outcome)
        enter_clicks(self.resolve_button, self.address, self.postcode, self.amount,
                     self.resolve_note)
        self.retranslate()
        self.refresh()

    # --- text ---------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("Exceptions desk")

    def reason_names(self) -> dict[str, str]:
        return {
            Reason.ADDRESS: self.tr("Address unclear"),
            Reason.UNREACHABLE: self.tr("Phone wrong / no answer"),
            Reason.REFUSED: self.tr("Refused"),
            Reason.DAMAGED: self.tr("Damaged"),
            Reason.MISSING: self.tr("Short / lost"),
            Reason.PROHIBITED: self.tr("Prohibited goods"),
            Reason.INTERCEPT: self.tr("Merchant intercept"),
            Reason.OUT_OF_AREA: self.tr("Out of area"),
            Reason.OTHER: self.tr("Other"),
        }

    def action_names(self) -> dict[str, str]:
        return {
            Action.NEW_ADDRESS: self.tr("New address (re-route, reprint label)"),
            Action.RETURN: self.tr("Return to sender"),
            Action.DELIVER_AS_IS: self.tr("Deliver as is"),
            Action.CLAIM: self.tr("Hand to claims (needs approval)"),
            Action.DESTROY: self.tr("Destroy (needs approval)"),
        }

    def state_text(self, r: ProblemRow) -> str:
        if r.status == "CLOSED":
            how: dict[str, str] = {
                Action.NEW_ADDRESS: self.tr("new address"), Action.RETURN: self.tr("returned"),
                Action.DELIVER_AS_IS: self.tr("as is"), Action.CLAIM: self.tr("claim"),
                Action.DESTROY: self.tr("destroyed")}
            return self.tr("Closed: {how}").format(how=how.get(r.resolution, r.resolution))
        if r.pending_action:
            return self.tr("Awaiting approval ({who})").format(who=r.pending_by)
        return self.tr("Open")

    def note_text(self, r: ProblemRow) -> str:
        if r.instruction == "RETURN":
            return self.tr("Intercept: return to sender") + (f" — {r.note}" if r.note else "")
        if r.instruction == "ADDRESS":
            return self.tr("Intercept: new address {address} → {code}").format(
                address=r.new_address, code=r.new_sort_code or "—")
        return r.note

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Scan:"))
        self.show_label.setText(self.tr("Show:"))
        self.reason_label.setText(self.tr("Reason:"))
        self.refresh_button.setText(self.tr("Refresh"))
        fill_combo(self.show_filter, {"open": self.tr("Open problems"),
                                      "all": self.tr("All problems")})
        reasons = {str(r): f"{name}  {REASON_ZH[Reason(r)]}" if not name.startswith(
            REASON_ZH[Reason(r)]) else name for r, name in self.reason_names().items()}
        fill_combo(self.reason_filter, {"": self.tr("All reasons"), **reasons})
        fill_combo(self.reg_reason, reasons)
        fill_combo(self.action, {str(a): t for a, t in self.action_names().items()})
        self.register_box.setTitle(self.tr("Register a problem (the parcel goes on hold)"))
        for label, text in zip(self.reg_labels, (self.tr("Waybill"), self.tr("Reason"),
                                                 self.tr("Note")), strict=True):
            label.setText(text)
        self.photo_button.setText(self.tr("Photo…") if self.photo is None
                                  else self.tr("Photo attached"))
        self.register_button.setText(self.tr("Register problem"))
        self.contact_box.setTitle(self.tr("Contact log"))
        self.contact_labels[0].setText(self.tr("Called"))
        self.contact_labels[1].setText(self.tr("Outcome"))
        self.contact_button.setText(self.tr("Log call"))
        self.resolve_box.setTitle(self.tr("Resolve the selected problem"))
        for label, text in zip(self.resolve_labels, (
                self.tr("Action"), self.tr("New address"), self.tr("Postcode"),
                self.tr("Claim amount (¥)"), self.tr("Note")), strict=True):
            label.setText(text)
        self.resolve_button.setText(self.tr("Resolve"))
        self.approve_button.setText(self.tr("Approve (second person)"))
        self.model.retranslate()
        self.show_detail()

    # --- behaviour ----------------------------------------------------------------------
    def activated(self) -> None:
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        keep = self.selected.id if self.selected else None
        rows = self.ctx.run(list_problems, open_only=self.show_filter.currentData() != "all",
                            reason=self.reason_filter.currentData() or None,
                            age_limit_hours=self.ctx.settings.problem_age_hours)
        self.model.set_rows(rows)
        self.selected = None
        for i, r in enumerate(rows):
            if r.id == keep:
                self.select(r)
                self.table.selectRow(i)
                break
        else:
            self.show_detail()

    def select(self, row: ProblemRow) -> None:
        self.selected = row
        if row.instruction == "ADDRESS":
            self.address.setText(row.new_address)
        self.show_detail()

    def show_detail(self) -> None:
        r = self.selected
        self.contacts.clear()
        if r is None:
            self.detail.setText(self.tr("Select a problem in the list, or scan a parcel."))
            return
        self.detail.setText(self.tr("#{id} {waybill}: {reason} — {state}; open {h} h").format(
            id=r.id, waybill=r.waybill_no, reason=self.reason_names()[r.reason],
            state=self.state_text(r), h=f"{r.age_hours:.1f}"))
        for c in self.ctx.run(contacts, r.id):
            self.contacts.addItem(f"{local_time(c.at, '%m-%d %H:%M')}  {c.by} → "
                                  f"{c.contact}: {c.outcome}")

    def scanned(self, code: str) -> None:
        """A scanned parcel: its problem selected if it has one, else ready to register."""
        for i, r in enumerate(self.model.rows):
            if r.waybill_no == code[:13] and r.status == "OPEN":
                self.table.selectRow(i)
                self.select(r)
                self.banner.show_message(Kind.HOLD, self.tr("{code}: {reason}").format(
                    code=r.waybill_no, reason=self.reason_names()[r.reason]))
                return
        self.reg_code.setText(code[:13])
        self.reg_note.setFocus()
        self.banner.show_message(Kind.IDLE, self.tr("{code}: no open problem — choose a reason "
                                                    "to register one").format(code=code[:13]))

    def choose_photo(self) -> None:
        path = choose_image(self, self.tr("Photo of the parcel"))
        if path is not None:
            self.photo = path.read_bytes()
            self.retranslate()

    def _call(self, fn: Any, *args: Any, **kwargs: Any) -> Any:
        """Run a use case; a refusal goes to the banner (None is returned)."""
        try:
            return self.ctx.run(fn, *args, **kwargs)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return None

    def register(self) -> None:
        done = self._call(register_problem, self.reg_code.text(),
                          self.reg_reason.currentData(), self.reg_note.text(), self.photo)
        if done is None:
            return
        self.banner.show_message(Kind.HOLD, self.tr("{code} registered as problem #{id} and "
                                                    "put on hold").format(
            code=done.waybill_no, id=done.problem_id))
        self.reg_code.clear()
        self.reg_note.clear()
        self.photo = None
        self.retranslate()
        self.selected = None
        self.refresh()
        self._select_id(done.problem_id)

    def _select_id(self, problem_id: int) -> None:
        for i, r in enumerate(self.model.rows):
            if r.id == problem_id:
                self.table.selectRow(i)
                self.select(r)

    def _need_selection(self) -> ProblemRow | None:
        if self.selected is None:
            self.banner.show_message(Kind.WARNING, self.tr("Select a problem first"))
        return self.selected

    def log_contact(self) -> None:
        r = self._need_selection()
        if r is None or self._call(add_contact, r.id, self.whom.text(),
                                   self.outcome.text()) is None:
            return
        self.whom.clear()
        self.outcome.clear()
        self.banner.show_message(Kind.OK, self.tr("Call logged"))
        self.show_detail()

    def do_resolve(self) -> None:
        r = self._need_selection()
        if r is None:
            return
        amount: Decimal | None = None
        if self.action.currentData() == Action.CLAIM.value and self.amount.text().strip():
            try:
                amount = parse_amount(self.amount.text(), field="amount")
            except DomainError as exc:
                self.banner.show_message(Kind.ERROR, messages.describe(exc))
                return
        done = self._call(resolve, r.id, self.action.currentData(), address=self.address.text(),
                          postcode=self.postcode.text(), amount=amount,
                          note=self.resolve_note.text())
        if done is None:
            return
        text = (self.tr("{code}: problem #{id} closed — parcel {status}").format(
                    code=done.waybill_no, id=done.problem_id,
                    status=messages.status_name(done.parcel_status))
                if done.closed else
                self.tr("{code}: waiting for a second person's approval").format(
                    code=done.waybill_no))
        if done.sort_code and done.closed:
            text += "  " + self.tr("Sort code {code}").format(code=done.sort_code)
        if done.label_pdf:  # rendered as a reprint: the label carries its 补打 mark
            printed = self.notice.send(self, "label", done.waybill_no, done.label_pdf,
                                       reprint=True, marked=True,
                                       name=f"label-{done.waybill_no}")
            self.last_label = printed.path if printed is not None else None
        self.banner.show_message(Kind.OK if done.closed else Kind.HOLD, text)
        for w in (self.address, self.postcode, self.amount, self.resolve_note):
            w.clear()
        self.refresh()

    def do_approve(self) -> None:
        r = self._need_selection()
        if r is None:
            return
        done = self._call(approve, r.id)
        if done is None:
            return
        self.banner.show_message(Kind.OK, self.tr("{code}: approved, problem #{id} closed")
                                 .format(code=done.waybill_no, id=done.problem_id))
        self.refresh()


PAGES = [ProblemsDeskPage]

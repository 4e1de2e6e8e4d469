"""Receiving at the origin depot: scan each parcel (RECEIVED), with its weight when weighed
(typed, or from a scale that types into the weight box); an off weight is flagged. Below,
the day's discrepancies: received without a pickup request, weight flags, picked up but
not received."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDateEdit, QLineEdit, QPushButton

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.pickup import receiving
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.timefmt import today_qdate
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.page_kit import Form, act, hbox, rows_table, scan_act, scroll_layout
from carrier_app.ui.widgets.offline_banner import OfflineBanner
from carrier_app.ui.widgets.scan_input import ScanInput


class ReceivingPage(Page):
    section = Section.PICKUP
    order = 30
    key = "pickup-receiving"
    permission = Permission.SCAN
    scan: ScanInput  # made after the weight box, whose Enter moves to it

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.sounds = Sounds()
        self.banner = FeedbackBanner(point_size=16)
        self.weight = QLineEdit()
        self.weight.setObjectName("receiveWeight")
        self.weight.setMaximumWidth(220)
        # A scale that types like a keyboard ends with Enter: go on to the scan box.
        self.weight.returnPressed.connect(lambda: self.scan.setFocus())
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes)
        self.scan.scanned.connect(self.received)
        self.scan.rejected.connect(self._rejected)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.day = QDateEdit(today_qdate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.refresh_button = QPushButton()
        self.refresh_button.clicked.connect(self.refresh)
        self.model: RowsModel[receiving.Discrepancy] = RowsModel([
            (lambda: self.tr("Waybill"), lambda d: d.waybill_no),
            (lambda: self.tr("Problem"), lambda d: self.kind_name(d.kind)),
            (lambda: self.tr("Details"), lambda d: d.detail),
        ])
        self.form = Form()
        self.form.add("scan", hbox(self.weight, (self.scan, 1)))
        self.form.add("day", hbox(self.day, self.refresh_button))
        layout = scroll_layout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.refused)
        layout.addWidget(OfflineBanner(ctx.offline))
        layout.addWidget(rows_table(self.model, "discrepancies", fit=True, single=True), 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Receiving")

    def kind_name(self, kind: str) -> str:
        return {"unexpected": self.tr("Received without pickup request"),
                "missing": self.tr("Picked up, not received"),
                "weight": self.tr("Weight differs")}.get(kind, kind)

    def retranslate(self) -> None:
        self.weight.setPlaceholderText(self.tr("Weight kg (optional)"))
        # Wide enough for its hint in either language (it was cut to "重量公斤（可…").
        hint = self.weight.fontMetrics().horizontalAdvance(self.weight.placeholderText())
        self.weight.setMinimumWidth(min(hint + 24, 220))
        self.refresh_button.setText(self.tr("Refresh"))
        self.form.set_texts({"scan": self.tr("Weight / scan:"),
                             "day": self.tr("Discrepancies of:")})
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        d = self.day.date()
        on = date(d.year(), d.month(), d.day())
        rows = act(self.ctx, self.banner,
                   receiving.discrepancies, on)
        self.model.set_rows(rows or [])

    def _rejected(self, raw: str, reason: str, _message: str) -> None:
        if reason != "empty":
            self.banner.show_message(Kind.MISREAD, messages.scan_rejection(reason, raw))
            self.sounds.play(Kind.MISREAD)

    def received(self, code: str) -> None:
        try:
            weight = receiving.parse_weight(self.weight.text())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            self.refused.record(code, self.banner.text())
            return
        r = scan_act(self.ctx, self.banner, "receiving", "receive", code,
                     {"weight_kg": None if weight is None else str(weight)},
                     receiving.receive, code, weight)
        self.weight.clear()
        if not isinstance(r, receiving.Received):
            self.sounds.play(Kind.ERROR if r is None else Kind.WARNING)
            if r is None:
                self.refused.record(code, self.banner.text())
            return
        notes = []
        if r.weight_flag:
            notes.append(self.tr("weight {m:.3f} kg, declared {d:.3f} kg").format(
                m=(r.measured_g or 0) / 1000, d=r.declared_g / 1000))
        if r.without_pickup:
            notes.append(self.tr("no pickup request"))
        if r.scan.outcome != "ok":
            kind = Kind.DUPLICATE
        else:
            kind = Kind.WARNING if notes else Kind.OK
        text = f"{r.scan.waybill_no} — {messages.status_name(r.scan.status_after)}"
        if notes:
            text += "  (" + "; ".join(notes) + ")"
        self.banner.show_message(kind, text)
        self.sounds.play(kind)
        self.refresh()


PAGES = [ReceivingPage]

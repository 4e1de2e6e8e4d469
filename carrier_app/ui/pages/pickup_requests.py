"""Pickup requests: record a merchant's request, assign a courier, scan what the courier
collects (PICKED_UP), close with expected vs collected and print the receipt to sign."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QDateEdit, QLabel, QLineEdit, QPushButton, QSpinBox,
)

from carrier_app.core.roles import Permission
from carrier_app.documents.pickup_receipt import render_pickup_receipt
from carrier_app.pickup import requests
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.timefmt import today_qdate
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import Form, act, hbox, rows_table, scroll_layout, selected_row
from carrier_app.ui.widgets.scan_input import ScanInput


class PickupRequestsPage(Page):
    section = Section.PICKUP
    order = 20
    key = "pickup-requests"
    permission = Permission.MANAGE_PICKUPS

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.current: requests.PickupInfo | None = None
        self.last_pdf: bytes | None = None
        self.sounds = Sounds()
        self.banner = FeedbackBanner(point_size=12)
        self.notice = PrintNotice(ctx)
        self.day = QDateEdit(today_qdate())
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.dateChanged.connect(lambda _d: self.refresh())
        self.merchant = QLineEdit()
        self.window_from, self.window_to = QLineEdit("09:00"), QLineEdit("12:00")
        self.expected = QSpinBox()
        self.expected.setRange(1, 9999)
        self.note = QLineEdit()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_request)
        self.courier = QLineEdit()
        self.assign_button = QPushButton()
        self.assign_button.clicked.connect(self.assign)
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes)
        self.scan.scanned.connect(self.collect)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_request)
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.model: RowsModel[requests.PickupInfo] = RowsModel([
            (lambda: self.tr("No."), lambda r: r.id),
            (lambda: self.tr("Merchant"), lambda r: f"{r.merchant_code} {r.merchant_name}"),
            (lambda: self.tr("Window"), lambda r: f"{r.window_from}-{r.window_to}"),
            (lambda: self.tr("Expected"), lambda r: r.expected),
            (lambda: self.tr("Collected"), lambda r: r.collected),
            (lambda: self.tr("Courier"), lambda r: f"{r.courier_code} {r.courier_name}"),
            (lambda: self.tr("State"), lambda r: self.state_name(r.status)),
            (lambda: self.tr("Note"), lambda r: r.note),
        ])
        self.table = rows_table(self.model, "pickupTable", fit=True, single=True)
        self.table.clicked.connect(self._pick)
        self.form = Form()
        self.form.add("day", self.day)
        self.form.add("new", hbox(self.merchant, self.window_from, self.window_to,
                                  self.expected, (self.note, 2), self.create_button))
        self.form.add("courier", hbox((self.courier, 1), self.assign_button))
        self.form.add("scan", hbox((self.scan, 1), self.close_button))
        layout = scroll_layout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.header)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.refused)
        layout.addWidget(self.table, 1)
        enter_clicks(self.create_button, self.merchant, self.window_from, self.window_to,
                     self.expected, self.note)
        enter_clicks(self.assign_button, self.courier)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Pickup requests")

    def state_name(self, status: str) -> str:
        return {"OPEN": self.tr("Waiting for a courier"), "ASSIGNED": self.tr("Courier assigned"),
                "CLOSED": self.tr("Closed"), "CANCELLED": self.tr("Cancelled")}.get(status,
                                                                                    status)

    def retranslate(self) -> None:
        self.merchant.setPlaceholderText(self.tr("Merchant code"))
        self.note.setPlaceholderText(self.tr("Note"))
        self.courier.setPlaceholderText(self.tr("Courier code or badge scan"))
        self.create_button.setText(self.tr("Add request"))
        self.assign_button.setText(self.tr("Assign courier"))
        self.close_button.setText(self.tr("Close and print receipt"))
        self.form.set_texts({"day": self.tr("Pickup date:"),
                             "new": self.tr("Merchant / window / pieces:"),
                             "courier": self.tr("Courier:"), "scan": self.tr("Collect:")})
        self.model.retranslate()
        self._show()

    def activated(self) -> None:
        self.refresh()

    def _date(self) -> date:
        d = self.day.date()
        return date(d.year(), d.month(), d.day())

    def refresh(self) -> None:
        on = self._date()
        rows = act(self.ctx, self.banner,
                   requests.list_requests, on)
        self.model.set_rows(rows or [])

    def _show(self) -> None:
        r = self.current
        self.header.setText(self.tr("Pick a request below") if r is None else self.tr(
            "Pickup {id}: {m} — {got} of {exp} collected ({state})").format(
            id=r.id, m=r.merchant_name, got=r.collected, exp=r.expected,
            state=self.state_name(r.status)))

    def _load(self, request_id: int) -> None:
        self.current = act(self.ctx, self.banner, requests.get_request, request_id)
        self._show()

    def _pick(self) -> None:
        r = selected_row(self.table, self.model)
        if r is not None:
            self._load(r.id)

    def create_request(self) -> None:
        args = (self.merchant.text(), self._date(), self.window_from.text().strip(),
                self.window_to.text().strip(), self.expected.value(), self.note.text())
        r = act(self.ctx, self.banner,
                requests.create_request, *args)
        if r is not None:
            self.current = r
            self.banner.show_message(Kind.OK, self.tr("Pickup {id} added").format(id=r.id))
            self.refresh()
            self._show()

    def assign(self) -> None:
        if self.current is None:
            return
        rid, code = self.current.id, self.courier.text()
        r = act(self.ctx, self.banner,
                requests.assign_courier, rid, code)
        if r is not None:
            self.current = r
            self.banner.show_message(Kind.OK, self.tr("{courier} assigned").format(
                courier=f"{r.courier_code} {r.courier_name}"))
            self.refresh()
            self._show()
            self.scan.setFocus()

    def collect(self, code: str) -> None:
        if self.current is None:
            self.banner.show_message(Kind.WARNING, self.tr("Pick a pickup request first"))
            return
        rid = self.current.id
        res = act(self.ctx, self.banner,
                  requests.collect, rid, code)
        if res is None:
            self.sounds.play(Kind.ERROR)
            self.refused.record(code, self.banner.text())
            return
        kind = Kind.OK if res.outcome == "ok" else Kind.DUPLICATE
        self.banner.show_message(kind, res.message)
        self.sounds.play(kind)
        self._load(rid)
        self.refresh()

    def close_request(self) -> None:
        if self.current is None:
            return
        rid = self.current.id
        r = act(self.ctx, self.banner,
                requests.close_request, rid)
        if r is None:
            return
        self.current = r
        self.last_pdf = render_pickup_receipt(r)
        self.notice.send(self, "pickup_receipt", str(r.id), self.last_pdf, name=f"pickup-{r.id}")
        kind = Kind.OK if r.collected == r.expected else Kind.WARNING
        self.banner.show_message(kind, self.tr("Pickup {id} closed: {got} of {exp} collected.")
                                 .format(id=r.id, got=r.collected, exp=r.expected))
        self.refresh()
        self._show()


PAGES = [PickupRequestsPage]

"""Tracking: scan a waybill or piece, or search by phone (in full or its last 4 digits),
recipient name or merchant order ref; one match shows its status and full event history,
several give a list to pick from."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex
from PySide6.QtWidgets import (
    QAbstractItemView, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout,
    QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Status
from carrier_app.core.roles import Permission
from carrier_app.tracking.history import EventRow, ParcelHistory, track
from carrier_app.tracking.search import SearchHit, SearchResult, search_parcels
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.scan_input import ScanInput


class TrackingPage(Page):
    section = Section.TRACKING
    order = 10
    key = "tracking"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.history: ParcelHistory | None = None
        self.result: SearchResult | None = None
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes, free_text=True)
        self.scan.setObjectName("trackingScan")
        self.scan.scanned.connect(self.search)
        self.scan.rejected.connect(self._rejected)
        self.banner = FeedbackBanner(point_size=16)

        self.fields: dict[str, QLabel] = {}
        self.form = QFormLayout()
        self.form_labels: dict[str, QLabel] = {}
        for name in ("waybill", "status", "sort_code", "destination", "recipient", "address",
                     "pieces", "service", "cod"):
            value = QLabel()
            value.setObjectName(f"tracking_{name}")
            label = QLabel()
            self.fields[name] = value
            self.form_labels[name] = label
            self.form.addRow(label, value)
        self.fields["status"].setStyleSheet("font-size: 18pt; font-weight: bold;")

        self.model: RowsModel[EventRow] = RowsModel([
            (lambda: self.tr("Time"), lambda e: local_time(e.at)),
            (lambda: self.tr("Event"), lambda e: messages.event_name(e.event)),
            (lambda: self.tr("Status"), lambda e: messages.status_name(e.status_after)
             if e.status_after else ""),
            (lambda: self.tr("Piece"), lambda e: e.piece_no or ""),
            (lambda: self.tr("Location"), lambda e: e.location),
            # events recorded without a user account (tracking.history: "system")
            (lambda: self.tr("User"), lambda e: self.tr("system") if e.user == "system"
             else e.user),
            (lambda: self.tr("Workstation"), lambda e: e.station),
            (lambda: self.tr("Details"),
             lambda e: messages.event_details(e.details) if e.details else e.message),
        ])
        self.table = QTableView()
        self.table.setObjectName("trackingEvents")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()

        # Several matches: pick one (click or Enter) to see its history below.
        self.hits: RowsModel[SearchHit] = RowsModel([
            (lambda: self.tr("Waybill number"), lambda h: h.waybill_no),
            (lambda: self.tr("Status"), lambda h: messages.status_name(h.status)),
            (lambda: self.tr("Recipient"), lambda h: h.recipient_name),
            (lambda: self.tr("Phone"), lambda h: h.recipient_phone_masked),
            (lambda: self.tr("Order ref"), lambda h: h.order_ref),
            (lambda: self.tr("Updated"), lambda h: local_time(h.updated_at, "%Y-%m-%d %H:%M")),
            (lambda: self.tr("Address"), lambda h: h.recipient_address),
        ])
        self.hits_table = QTableView()
        self.hits_table.setObjectName("trackingHits")
        self.hits_table.setModel(self.hits)
        self.hits_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.hits_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.hits_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.hits_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.hits_table.horizontalHeader().setStretchLastSection(True)
        self.hits_table.verticalHeader().hide()
        self.hits_table.setMaximumHeight(220)
        self.hits_table.clicked.connect(self._picked)
        self.hits_table.activated.connect(self._picked)
        self.hits_table.hide()

        self.scan_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan, 1)
        details = QWidget()
        details.setLayout(self.form)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.hits_table)
        layout.addWidget(details)
        layout.addWidget(self.table, 1)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Track a parcel")

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Search:"))
        labels = {"waybill": self.tr("Waybill number"), "status": self.tr("Status"),
                  "sort_code": self.tr("Sort code"), "destination": self.tr("Destination"),
                  "recipient": self.tr("Recipient"), "address": self.tr("Address"),
                  "pieces": self.tr("Pieces"), "service": self.tr("Service"),
                  "cod": self.tr("COD amount")}
        for name, text in labels.items():
            self.form_labels[name].setText(text)
        self.model.retranslate()
        self.hits.retranslate()
        if self.history is not None:
            self._fill(self.history)

    def activated(self) -> None:
        self.scan.setFocus()

    def search(self, text: str) -> None:
        """What the box gave: one match shows the parcel, several a list to pick from, none
        clears the parcel shown before and says so."""
        try:
            result = self.ctx.run(search_parcels, text)
        except DomainError as exc:
            self._forget()
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        if not result.hits:
            self._forget()
            self.banner.show_message(Kind.ERROR, self.tr(
                "No parcel matches “{text}”: the previous parcel is no longer shown").format(
                    text=result.text))
            return
        if len(result.hits) == 1:
            self._forget()
            self.show_parcel(result.hits[0].waybill_no)
            return
        self._forget()
        self.result = result
        self.hits.set_rows(result.hits)
        self.hits_table.show()
        if result.more:
            self.banner.show_message(Kind.WARNING, self.tr(
                "More than {n} parcels match “{text}”: the first {n} are listed — refine "
                "the search").format(n=result.limit, text=result.text))
        else:
            self.banner.show_message(Kind.IDLE, self.tr(
                "{n} parcels match “{text}”: pick one").format(n=len(result.hits),
                                                               text=result.text))

    def _picked(self, index: QModelIndex) -> None:
        if self.result is not None and index.isValid():
            self.show_parcel(self.hits.rows[index.row()].waybill_no)

    def _forget(self) -> None:
        """No parcel and no list shown (a new search starts from nothing)."""
        self.result = None
        self.hits.set_rows([])
        self.hits_table.hide()
        self.history = None
        self._clear()

    def show_parcel(self, code: str) -> None:
        try:
            history = self.ctx.run(track, code)
        except DomainError as exc:
            self.history = None
            self._clear()
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self.history = history
        self._fill(history)
        kind = Kind.HOLD if history.status in (Status.HELD, Status.EXCEPTION) else Kind.OK
        self.banner.show_message(kind, f"{history.waybill_no} — "
                                 f"{messages.status_name(history.status)}")

    def _rejected(self, raw: str, reason: str, _message: str) -> None:
        self.banner.show_message(Kind.IDLE if reason == "empty" else Kind.ERROR,
                                 messages.scan_rejection(reason, raw))

    def _clear(self) -> None:
        for label in self.fields.values():
            label.clear()
        self.model.set_rows([])

    def _fill(self, h: ParcelHistory) -> None:
        f = self.fields
        f["waybill"].setText(h.waybill_no + (self.tr("  (return)") if h.is_return else ""))
        f["status"].setText(messages.status_name(h.status))
        f["sort_code"].setText(h.sort_code or self.tr("not routed — manual routing"))
        f["destination"].setText(h.destination)
        f["recipient"].setText(f"{h.recipient_name}  {h.recipient_phone_masked}")
        f["address"].setText(h.recipient_address)
        if h.pieces > 1:
            done = ", ".join(f"{i}: {messages.status_name(s)}"
                             for i, s in enumerate(h.piece_statuses, 1))
            f["pieces"].setText(f"{h.pieces}  ({done})")
        else:
            f["pieces"].setText("1")
        f["service"].setText(self.tr("Express") if h.service == "express" else self.tr("Standard"))
        f["cod"].setText(f"¥{h.cod}" if h.cod != "0.00" else self.tr("none"))
        self.model.set_rows(h.events)


PAGES = [TrackingPage]

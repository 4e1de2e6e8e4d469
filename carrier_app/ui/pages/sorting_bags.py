"""Bags (集包): open a bag for a destination, scan sorted parcels in (refused when for another
destination), seal it with its weight and print the bag label, take a parcel out with a
reason. Scanning a bag number makes that bag the current one."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPushButton

from carrier_app.core import hubnumbers
from carrier_app.core.roles import Permission
from carrier_app.documents.bag_label import render_bag_label
from carrier_app.sorting import bags
from carrier_app.sorting.common import HubSerials
from carrier_app.tracking.scans import ScanResult
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import (
    Form, act, fill_locations, hbox, rows_table, scan_act, scroll_layout, selected_row,
)
from carrier_app.ui.widgets.offline_banner import OfflineBanner
from carrier_app.ui.widgets.scan_input import ScanInput


class BagsPage(Page):
    section = Section.SORTING
    order = 30
    key = "sorting-bags"
    permission = Permission.MANAGE_BAGS

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.serials = HubSerials(ctx.db, hubnumbers.BAG, station=ctx.actor.station)
        self.current: bags.BagInfo | None = None
        self.last_pdf: bytes | None = None
        self.sounds = Sounds()
        self.banner = FeedbackBanner(point_size=14)
        self.notice = PrintNotice(ctx)
        self.destination = QComboBox()
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_bag)
        self.current_label = QLabel()
        self.current_label.setObjectName("currentBag")
        self.current_label.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes, validate=False)
        self.scan.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.weight = QLineEdit()
        self.weight.setPlaceholderText("kg")
        self.seal_button = QPushButton()
        self.seal_button.clicked.connect(self.seal)
        self.reason = QLineEdit()
        self.unbag_code = QLineEdit()
        self.unbag_button = QPushButton()
        self.unbag_button.clicked.connect(self.unbag)
        self.reprint_button = QPushButton()
        self.reprint_button.clicked.connect(self.reprint)
        self.void_button = QPushButton()
        self.void_button.setObjectName("voidBag")
        self.void_button.clicked.connect(self.void)

        self.model: RowsModel[bags.BagInfo] = RowsModel([
            (lambda: self.tr("Bag"), lambda b: b.bag_no),
            (lambda: self.tr("Destination"), lambda b: f"{b.destination} {b.destination_name}"),
            (lambda: self.tr("State"), lambda b: self.state_name(b.status)),
            (lambda: self.tr("Pieces"), lambda b: b.pieces),
            (lambda: self.tr("Weight (kg)"), lambda b: f"{b.weight_g / 1000:.2f}"),
            (lambda: self.tr("Opened"), lambda b: local_time(b.opened_at)),
        ])
        self.table = rows_table(self.model, "bagsTable", fit=True, single=True)
        self.table.doubleClicked.connect(self._pick)
        self.contents = QLabel()
        self.contents.setWordWrap(True)

        self.form = Form()
        self.form.add("dest", hbox((self.destination, 1), self.open_button))
        self.form.add("scan", self.scan)
        self.form.add("seal", hbox(self.weight, self.seal_button, self.reprint_button))
        self.form.add("unbag", hbox((self.unbag_code, 1), (self.reason, 2), self.unbag_button,
                                    self.void_button))
        layout = scroll_layout(self)
        layout.addWidget(self.current_label)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.refused)
        layout.addWidget(OfflineBanner(ctx.offline))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.contents)
        enter_clicks(self.seal_button, self.weight)
        enter_clicks(self.unbag_button, self.unbag_code, self.reason)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Bags")

    def state_name(self, status: str) -> str:
        return {"OPEN": self.tr("Open"), "SEALED": self.tr("Sealed"),
                "DEPARTED": self.tr("Departed"), "ARRIVED": self.tr("Arrived"),
                "VOID": self.tr("Void")}.get(status, status)

    def retranslate(self) -> None:
        self.open_button.setText(self.tr("Open a bag"))
        self.seal_button.setText(self.tr("Seal and print label"))
        self.reprint_button.setText(self.tr("Print label again"))
        self.unbag_button.setText(self.tr("Take out"))
        self.void_button.setText(self.tr("Void empty bag"))
        self.void_button.setToolTip(self.tr("An open bag with nothing in it, opened by mistake: "
                                            "give the reason in the reason box"))
        self.unbag_code.setPlaceholderText(self.tr("Waybill number"))
        self.reason.setPlaceholderText(self.tr("Reason (required)"))
        self.weight.setPlaceholderText(self.tr("Weighed kg (optional)"))
        self.form.set_texts({"dest": self.tr("Destination:"), "scan": self.tr("Scan into bag:"),
                             "seal": self.tr("Seal:"), "unbag": self.tr("Take a parcel out:")})
        self.model.retranslate()
        self._show_current()

    def activated(self) -> None:
        fill_locations(self.ctx, self.destination, exclude=self.ctx.actor.location)
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        rows = act(self.ctx, self.banner, bags.list_bags, location=self.ctx.actor.location)
        self.model.set_rows(rows or [])

    def _show_current(self) -> None:
        b = self.current
        if b is None:
            self.current_label.setText(self.tr("No bag selected: open one or scan a bag number"))
            self.contents.clear()
            return
        self.current_label.setText(self.tr("Bag {bag} → {dest} {name}: {n} piece(s), {state}")
                                   .format(bag=b.bag_no, dest=b.destination,
                                           name=b.destination_name, n=b.pieces,
                                           state=self.state_name(b.status)))
        self.contents.setText(", ".join(b.waybills))

    def _load(self, bag_no: str) -> None:
        self.current = act(self.ctx, self.banner,
                           bags.bag_info, bag_no)
        self._show_current()

    def _pick(self) -> None:
        b = selected_row(self.table, self.model)
        if b is not None:
            self._load(b.bag_no)

    def open_bag(self) -> None:
        dest = self.destination.currentData()
        if not dest:
            return
        try:
            self.serials.ensure(1)
        except Exception as exc:  # noqa: BLE001 - shown
            self.banner.show_message(Kind.ERROR, str(exc))
            return
        info = act(self.ctx, self.banner,
                   bags.open_bag, self.serials, dest)
        if info is not None:
            self.current = info
            self.banner.show_message(Kind.OK, self.tr("Bag {bag} opened for {dest}").format(
                bag=info.bag_no, dest=info.destination))
            self._show_current()
            self.refresh()
        self.scan.setFocus()

    def scanned(self, code: str) -> None:
        if hubnumbers.series_of(code) == hubnumbers.BAG:
            self._load(code)
            return
        if self.current is None:
            self.banner.show_message(Kind.WARNING, self.tr("Open a bag or scan a bag number "
                                                           "first"))
            self.sounds.play(Kind.WARNING)
            return
        bag_no = self.current.bag_no
        result = scan_act(self.ctx, self.banner, "bags", "bag", code, {"bag_no": bag_no},
                          bags.add_to_bag, bag_no, code)
        if not isinstance(result, ScanResult):
            self.sounds.play(Kind.ERROR if result is None else Kind.WARNING)
            if result is None:
                self.refused.record(code, self.banner.text())
            return
        kind = Kind.OK if result.outcome == "ok" else Kind.DUPLICATE
        self.banner.show_message(kind, f"{result.waybill_no} → {bag_no}"
                                 if kind is Kind.OK else result.message)
        self.sounds.play(kind)
        self._load(bag_no)
        self.refresh()

    def seal(self) -> None:
        if self.current is None:
            return
        weight = None
        if self.weight.text().strip():
            try:
                weight = Decimal(self.weight.text().strip())
            except InvalidOperation:
                self.banner.show_message(Kind.ERROR, self.tr("Weight: a number of kg"))
                return
        bag_no = self.current.bag_no
        info = act(self.ctx, self.banner,
                   bags.seal_bag, bag_no, weight)
        if info is None:
            return
        self.current = info
        self.weight.clear()
        self._print(info)
        self._show_current()
        self.refresh()

    def reprint(self) -> None:
        if self.current is not None:
            self._print(self.current, reprint=True)

    def _print(self, info: bags.BagInfo, reprint: bool = False) -> None:
        self.last_pdf = render_bag_label(info)
        self.notice.send(self, "bag_label", info.bag_no, self.last_pdf, reprint=reprint,
                         name=f"bag-{info.bag_no}")
        self.banner.show_message(Kind.OK, self.tr("Bag {bag} sealed: {n} piece(s)").format(
            bag=info.bag_no, n=info.pieces))

    def unbag(self) -> None:
        if self.current is None:
            return
        bag_no, code, reason = self.current.bag_no, self.unbag_code.text(), self.reason.text()
        result = act(self.ctx, self.banner,
                     bags.unbag, bag_no, code, reason)
        if result is not None:
            self.banner.show_message(Kind.OK, self.tr("{wb} taken out of {bag}").format(
                wb=result.waybill_no, bag=bag_no))
            self.unbag_code.clear()
            self.reason.clear()
            self._load(bag_no)
            self.refresh()

    def void(self) -> None:
        """Void the current bag if it is empty (the reason box says why); audited."""
        if self.current is None:
            return
        bag_no = self.current.bag_no
        info = act(self.ctx, self.banner, bags.void_bag, bag_no, self.reason.text())
        if info is not None:
            self.banner.show_message(Kind.OK, self.tr("Bag {bag} voided").format(bag=bag_no))
            self.reason.clear()
            self.current = info
            self._show_current()
            self.refresh()


PAGES = [BagsPage]

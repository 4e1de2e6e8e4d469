"""Linehaul manifests (交接单): create one for a destination, scan sealed bags and loose
parcels onto it, then depart (vehicle, seal number, driver): everything on it becomes
IN_TRANSIT, off the GUI thread with a progress bar, and the manifest PDF is saved."""

from __future__ import annotations


from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox, QLabel, QLineEdit, QProgressBar, QPushButton,
)

from carrier_app.core import hubnumbers
from carrier_app.core.roles import Permission
from carrier_app.documents.manifest import render_manifest
from carrier_app.sorting import manifests
from carrier_app.sorting.common import HubSerials
from carrier_app.ui.confirm import confirm
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import (
    Form, act, fill_locations, hbox, rows_table, scroll_layout, selected_row,
)
from carrier_app.ui.widgets.scan_input import ScanInput
from carrier_app.ui.worker import Cancelled, Progress, Task


class ManifestsPage(Page):
    section = Section.SORTING
    order = 40
    key = "sorting-manifests"
    permission = Permission.MANAGE_MANIFESTS

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.serials = HubSerials(ctx.db, hubnumbers.MANIFEST, station=ctx.actor.station)
        self.current: manifests.ManifestInfo | None = None
        self.last_pdf: bytes | None = None
        self.task: Task | None = None
        self.sounds = Sounds()
        self.banner = FeedbackBanner(point_size=14)
        self.notice = PrintNotice(ctx)
        self.destination = QComboBox()
        self.vehicle, self.seal_no, self.driver = QLineEdit(), QLineEdit(), QLineEdit()
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create_manifest)
        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes, validate=False)
        self.scan.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.depart_button = QPushButton()
        self.depart_button.clicked.connect(self.depart)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(lambda: self.task and self.task.cancel())
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.hide()
        self.header = QLabel()
        self.header.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.totals = QLabel()

        self.lines: RowsModel[manifests.ManifestLine] = RowsModel([
            (lambda: self.tr("Type"), lambda r: self.tr("Bag") if r.kind == "bag"
             else self.tr("Parcel")),
            (lambda: self.tr("Number"), lambda r: r.number),
            (lambda: self.tr("Destination"), lambda r: r.destination),
            (lambda: self.tr("Pieces"), lambda r: r.pieces),
            (lambda: self.tr("Weight (kg)"), lambda r: f"{r.weight_g / 1000:.2f}"),
        ])
        self.list_model: RowsModel[manifests.ManifestInfo] = RowsModel([
            (lambda: self.tr("Manifest"), lambda m: m.manifest_no),
            (lambda: self.tr("To"), lambda m: f"{m.destination} {m.destination_name}"),
            (lambda: self.tr("State"), lambda m: self.state_name(m.status)),
            (lambda: self.tr("Bags"), lambda m: m.bags),
            (lambda: self.tr("Pieces"), lambda m: m.parcels),
        ])
        self.list_view = rows_table(self.list_model, "manifestList", fit=True, single=True)
        self.list_view.doubleClicked.connect(self._pick)
        self.form = Form()
        self.form.add("dest", hbox((self.destination, 1), self.create_button))
        self.form.add("vehicle", hbox((self.vehicle, 1), (self.seal_no, 1), (self.driver, 1)))
        self.form.add("scan", self.scan)
        layout = scroll_layout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.refused)
        layout.addWidget(self.header)
        layout.addWidget(rows_table(self.lines, "manifestLines", fit=True, single=True), 2)
        layout.addWidget(self.totals)
        layout.addWidget(hbox((self.progress, 1), self.cancel_button, self.depart_button))
        layout.addWidget(self.list_view, 1)
        enter_clicks(self.depart_button, self.vehicle, self.seal_no, self.driver)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Linehaul manifests")

    def state_name(self, status: str) -> str:
        return {"OPEN": self.tr("Loading"), "DEPARTED": self.tr("Departed"),
                "ARRIVED": self.tr("Arrived")}.get(status, status)

    def retranslate(self) -> None:
        self.create_button.setText(self.tr("New manifest"))
        self.depart_button.setText(self.tr("Depart and print"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.vehicle.setPlaceholderText(self.tr("Vehicle plate"))
        self.seal_no.setPlaceholderText(self.tr("Seal number"))
        self.driver.setPlaceholderText(self.tr("Driver"))
        self.form.set_texts({"dest": self.tr("Destination:"), "vehicle": self.tr("Vehicle:"),
                             "scan": self.tr("Scan bag or parcel:")})
        self.lines.retranslate()
        self.list_model.retranslate()
        self._show()

    def activated(self) -> None:
        fill_locations(self.ctx, self.destination, exclude=self.ctx.actor.location)
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        rows = act(self.ctx, self.banner, manifests.list_manifests)
        self.list_model.set_rows(rows or [])

    def _show(self) -> None:
        m = self.current
        if m is None:
            self.header.setText(self.tr("No manifest: create one or pick one below"))
            self.lines.set_rows([])
            self.totals.clear()
            return
        self.header.setText(f"{m.manifest_no}  {m.origin} → {m.destination} "
                            f"{m.destination_name}  ({self.state_name(m.status)})")
        self.lines.set_rows(m.lines)
        self.totals.setText(self.tr("Total: {bags} bag(s), {pieces} piece(s), {kg:.2f} kg")
                            .format(bags=m.bags, pieces=m.parcels, kg=m.weight_g / 1000))

    def _load(self, number: str) -> None:
        self.current = act(self.ctx, self.banner, manifests.manifest_info, number)
        if self.current is not None:
            self.vehicle.setText(self.current.vehicle)
            self.seal_no.setText(self.current.seal_no)
            self.driver.setText(self.current.driver)
        self._show()

    def _pick(self) -> None:
        m = selected_row(self.list_view, self.list_model)
        if m is not None:
            self._load(m.manifest_no)

    def create_manifest(self) -> None:
        dest = self.destination.currentData()
        try:
            self.serials.ensure(1)
        except Exception as exc:  # noqa: BLE001 - shown
            self.banner.show_message(Kind.ERROR, str(exc))
            return
        m = act(self.ctx, self.banner, manifests.create_manifest, self.serials, dest,
                vehicle=self.vehicle.text(), seal_no=self.seal_no.text(),
                driver=self.driver.text())
        if m is not None:
            self.current = m
            self.banner.show_message(Kind.OK, self.tr("Manifest {no} created").format(
                no=m.manifest_no))
            self._show()
            self.refresh()
        self.scan.setFocus()

    def scanned(self, code: str) -> None:
        if hubnumbers.series_of(code) == hubnumbers.MANIFEST:
            self._load(code)
            return
        if self.current is None:
            self.banner.show_message(Kind.WARNING, self.tr("Create or pick a manifest first"))
            return
        number = self.current.manifest_no
        line = act(self.ctx, self.banner, manifests.add_to_manifest, number, code)
        if line is None:
            self.sounds.play(Kind.ERROR)
            self.refused.record(code, self.banner.text())
            return
        self.banner.show_message(Kind.OK, f"{line.number} → {number}")
        self.sounds.play(Kind.OK)
        self._load(number)
        self.refresh()

    def depart(self) -> None:
        if self.current is None or self.task is not None:
            return
        number = self.current.manifest_no
        if not confirm(self, self.tr("Dispatch manifest"), self.tr(
                "Dispatch manifest {no}? Its bags and parcels are recorded as departed (in "
                "transit) and the manifest can no longer change.").format(no=number),
                self.tr("Dispatch")):
            return
        vehicle, seal, driver = self.vehicle.text(), self.seal_no.text(), self.driver.text()
        ctx = self.ctx

        def work(progress: Progress, cancelled: Cancelled) -> manifests.Departure:
            return ctx.run(manifests.depart, number, vehicle=vehicle, seal_no=seal, driver=driver,
                           progress=progress, cancelled=cancelled)

        self.task = Task(work)
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._departed)
        self.task.signals.failed.connect(self._failed)
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.show()
        self.depart_button.setEnabled(False)
        QThreadPool.globalInstance().start(self.task)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.progress.hide()
        self.cancel_button.hide()
        self.depart_button.setEnabled(True)

    def _failed(self, message: str) -> None:
        self._finish()
        self.banner.show_message(Kind.ERROR, message)

    def _departed(self, dep: manifests.Departure) -> None:
        self._finish()
        self._load(dep.manifest_no)
        if self.current is not None:
            self.last_pdf = render_manifest(self.current)
            self.notice.send(self, "manifest", dep.manifest_no, self.last_pdf,
                             name=f"manifest-{dep.manifest_no}")
        kind = Kind.OK if not dep.problems else Kind.WARNING
        text = self.tr("{no} departed: {n} parcel(s) in transit").format(no=dep.manifest_no,
                                                                       n=dep.parcels)
        if dep.problems:
            text += "\n" + "\n".join(dep.problems[:5])
        self.banner.show_message(kind, text)
        self.refresh()

    def wait(self) -> None:
        QThreadPool.globalInstance().waitForDone()


PAGES = [ManifestsPage]

"""The parcels behind a dashboard figure (issue 13 item 5: "each figure opens its list"): a
stage bar, a per-station or a per-courier row of the dashboard opens this dialog on
reports.figures.stage_parcels. The list loads off the GUI thread; it can be saved as CSV
(every cell through core/cells, written atomically); Enter or a double-click on a row opens
the Tracking screen on that parcel."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from carrier_app.core.cells import safe_row
from carrier_app.core.clock import local_text
from carrier_app.reports.figures import StageParcel, StageParcels, stage_parcels
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.output import save_document
from carrier_app.ui.timefmt import local_time
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import rows_table
from carrier_app.ui.widgets.task_bar import TaskBar
from carrier_app.ui.worker import Cancelled, Progress

CSV_HEADER = ["运单号 Waybill", "状态 Status", "时间 Time", "工位 Station",
              "快递员 Courier", "位置 Location"]


def to_csv(what: str, result: StageParcels) -> bytes:
    """The list as CSV (UTF-8 with BOM for Excel), times in the depot's zone."""
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(safe_row([what, result.day.isoformat(), result.location or "*"]))
    w.writerow(safe_row(CSV_HEADER))
    for r in result.rows:
        w.writerow(safe_row([r.waybill_no, r.status, local_text(r.occurred_at, "%Y-%m-%d %H:%M:%S"),
                             r.station, r.courier, r.location]))
    return ("\ufeff" + buf.getvalue()).encode("utf-8")


class ParcelListDialog(QDialog):
    """`what` is the figure's name as shown (the title); `open_parcel(waybill)` opens the
    Tracking screen on a parcel."""

    def __init__(self, ctx: AppContext, what: str, location: str, day: date, stage: str, *,
                 station: str | None = None, courier: str | None = None,
                 open_parcel: Callable[[str], object] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("parcelListDialog")
        self.ctx, self.what, self.open_parcel = ctx, what, open_parcel
        self.parcels: StageParcels | None = None
        self.last_document: Path | None = None
        self.model = RowsModel[StageParcel]([
            (lambda: self.tr("Waybill"), lambda r: r.waybill_no),
            (lambda: self.tr("Status now"), lambda r: messages.status_name(r.status)),
            (lambda: self.tr("Time"), lambda r: local_time(r.occurred_at)),
            (lambda: self.tr("Station"), lambda r: r.station),
            (lambda: self.tr("Courier"), lambda r: r.courier),
            (lambda: self.tr("Location"), lambda r: r.location),
        ])
        self.table = rows_table(self.model, "parcelListTable", fit=True)
        self.table.doubleClicked.connect(lambda i: self.open_row(i.row()))
        self.table.installEventFilter(self)
        self.banner = FeedbackBanner(point_size=10)
        self.banner.hide()
        self.tasks = TaskBar()
        self.export_button = QPushButton()
        self.export_button.setObjectName("parcelListExport")
        self.export_button.setEnabled(False)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close)
        self.hint = QLabel()
        buttons = QHBoxLayout()
        buttons.addWidget(self.hint, 1)
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.tasks)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.resize(820, 480)
        self.retranslate()

        def work(_p: Progress, _c: Cancelled) -> StageParcels:
            return ctx.run(stage_parcels, location, day, stage, station=station,
                           courier=courier)

        self.tasks.start(work, self._loaded, self._failed)

    def retranslate(self) -> None:
        self.export_button.setText(self.tr("Save as CSV"))
        self.close_button.setText(self.tr("Close"))
        self.hint.setText(self.tr("Enter or double-click: track the parcel"))
        self.model.retranslate()
        self._title()

    def _title(self) -> None:
        r = self.parcels
        if r is None:
            self.setWindowTitle(self.tr("{what} — loading…").format(what=self.what))
        elif r.more:
            self.setWindowTitle(self.tr("{what} — first {n} parcels").format(
                what=self.what, n=len(r.rows)))
        else:
            self.setWindowTitle(self.tr("{what} — {n} parcels").format(
                what=self.what, n=len(r.rows)))

    def _loaded(self, result: StageParcels) -> None:
        self.parcels = result
        self.model.set_rows(result.rows)
        self.export_button.setEnabled(bool(result.rows))
        if result.more:
            self.banner.show_message(Kind.WARNING, self.tr(
                "More than {n} parcels: the first {n} are listed").format(n=result.limit))
            self.banner.show()
        self._title()

    def _failed(self, message: str) -> None:
        self.banner.show_message(Kind.ERROR, message)
        self.banner.show()

    def open_row(self, row: int) -> bool:
        """Track the parcel of `row` (Tracking screen); False when there is none."""
        if self.open_parcel is None or not 0 <= row < len(self.model.rows):
            return False
        self.open_parcel(self.model.rows[row].waybill_no)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt
        if (watched is self.table and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            return self.open_row(self.table.currentIndex().row())
        return super().eventFilter(watched, event)

    def export(self) -> Path | None:
        r = self.parcels
        if r is None:
            return None
        name = f"drill-{r.stage}-{r.location or 'all'}-{r.day.isoformat()}"
        if r.station:
            name += f"-{r.station}"
        if r.courier:
            name += f"-{r.courier}"
        self.last_document = save_document(name + ".csv", to_csv(self.what, r))
        self.banner.show_message(Kind.OK, self.tr("Saved: {path}").format(
            path=str(self.last_document)))
        self.banner.show()
        return self.last_document

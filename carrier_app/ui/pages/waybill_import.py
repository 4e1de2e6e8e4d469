"""Waybills → Import orders: pick a merchant's CSV/XLSX, see the detected encoding, the
column mapping and the first rows, then import with a progress bar and cancel (cancel
imports nothing). Rejected rows are listed with row, column and reason, and can be saved.

The mapping is editable: a field picker per column of the file, starting from the merchant's
saved mapping (else the headers' aliases). "Save mapping" keeps it for the merchant's next
files and for `import-orders` (the same use case reads it)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QLineEdit,
    QProgressBar, QPushButton, QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.worker import Task
from carrier_app.waybill.form_service import form_data
from carrier_app.waybill.import_service import ImportResult, import_orders
from carrier_app.waybill.import_mappings import merchant_mapping, save_mapping
from carrier_app.waybill.order_import import (
    COLUMNS, REQUIRED, ParsedFile, missing_fields, read_file, remap, write_rejects,
)

PREVIEW_ROWS = 20


class ImportPage(Page):
    section = Section.WAYBILLS
    order = 20
    key = "waybill-import"
    permission = Permission.CREATE_WAYBILL

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.parsed: ParsedFile | None = None
        self.result: ImportResult | None = None
        self.task: Task | None = None
        self.pool = QThreadPool.globalInstance()

        self.merchant = QComboBox()
        self.path = QLineEdit()
        self.path.setObjectName("importPath")
        self.browse_button = QPushButton()
        self.browse_button.clicked.connect(self.browse)
        self.preview_button = QPushButton()
        self.preview_button.clicked.connect(self.preview)
        self.import_button = QPushButton()
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self.start_import)
        self.cancel_button = QPushButton()
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
        self.save_rejects_button = QPushButton()
        self.save_rejects_button.setEnabled(False)
        self.save_rejects_button.clicked.connect(self.save_rejects)
        self.save_mapping_button = QPushButton()
        self.save_mapping_button.setObjectName("saveMapping")
        self.save_mapping_button.setEnabled(False)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.pickers: list[QComboBox] = []
        self.progress = QProgressBar()
        self.info = QLabel()
        self.info.setObjectName("importInfo")
        self.info.setWordWrap(True)
        self.mapping = QTableWidget(0, 2)
        self.rows = QTableWidget(0, 0)
        self.rejects = QTableWidget(0, 4)
        for t in (self.mapping, self.rows, self.rejects):
            t.verticalHeader().hide()
            t.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.mapping.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.merchant.currentIndexChanged.connect(self._merchant_changed)
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.banner = FeedbackBanner(point_size=12)
        self.banner.setObjectName("importBanner")

        self.labels = [QLabel() for _ in range(2)]
        form = QFormLayout()
        form.addRow(self.labels[0], self.merchant)
        file_row = QHBoxLayout()
        file_row.addWidget(self.path, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.preview_button)
        form.addRow(self.labels[1], file_row)
        actions = QHBoxLayout()
        actions.addWidget(self.import_button)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.save_rejects_button)
        tables = QHBoxLayout()
        mapping_box = QVBoxLayout()
        mapping_box.addWidget(self.mapping, 1)
        mapping_box.addWidget(self.save_mapping_button)
        tables.addLayout(mapping_box, 1)
        tables.addWidget(self.rows, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.info)
        layout.addLayout(tables, 2)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.rejects, 1)
        enter_clicks(self.preview_button, self.path)
        self.retranslate()
        self.load_merchants()

    def title(self) -> str:
        return self.tr("Import orders")

    def retranslate(self) -> None:
        self.labels[0].setText(self.tr("Merchant"))
        self.labels[1].setText(self.tr("Order file (CSV or XLSX)"))
        self.browse_button.setText(self.tr("Choose…"))
        self.preview_button.setText(self.tr("Preview"))
        self.import_button.setText(self.tr("Import"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.save_rejects_button.setText(self.tr("Save rejected rows…"))
        self.save_mapping_button.setText(self.tr("Save mapping for this merchant"))
        self.mapping.setHorizontalHeaderLabels([self.tr("Column in the file"),
                                                self.tr("Read as")])
        self.rejects.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"),
                                                self.tr("Value"), self.tr("Reason")])

    def load_merchants(self) -> None:
        merchants = self.ctx.run(form_data).merchants
        self.merchant.clear()
        for m in merchants:
            self.merchant.addItem(f"{m.code}  {m.name}", m.code)

    def activated(self) -> None:
        if not self.merchant.count():
            self.load_merchants()

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Order file"), "",
                                              self.tr("Order files (*.csv *.xlsx *.txt)"))
        if name:
            self.path.setText(name)
            self.preview()

    # --- preview ------------------------------------------------------------------------
    def preview(self) -> None:
        self.parsed = None
        self.import_button.setEnabled(False)
        path = Path(self.path.text().strip())
        if not path.is_file():
            self.banner.show_message(Kind.ERROR, self.tr("No such file: {path}").format(
                path=str(path)))
            return
        code = self.merchant.currentData()
        try:
            saved = self.ctx.look_up(merchant_mapping, code) if code else None
            # reads the file once; large ones take about a second
            parsed = read_file(path, saved.columns if saved else None)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            self._clear_tables()
            return
        self.parsed = parsed
        self._fill_mapping(parsed)
        headers = [h for h in parsed.headers if h]
        self.rows.setColumnCount(len(headers) + 1)
        self.rows.setHorizontalHeaderLabels([self.tr("Row"), *headers])
        shown = parsed.raw_rows[:PREVIEW_ROWS]
        self.rows.setRowCount(len(shown))
        for r, (number, raw) in enumerate(shown):
            self.rows.setItem(r, 0, QTableWidgetItem(str(number)))
            for c, h in enumerate(headers, start=1):
                self.rows.setItem(r, c, QTableWidgetItem(raw.get(h, "")))
        self._mapping_checked(saved.name if saved else None)

    def _fill_mapping(self, parsed: ParsedFile) -> None:
        names = self._column_names()
        self.mapping.setRowCount(len(parsed.headers))
        self.pickers = []
        for i, h in enumerate(parsed.headers):
            self.mapping.setItem(i, 0, QTableWidgetItem(h))
            picker = QComboBox()
            picker.setObjectName(f"mapping_{i}")
            picker.addItem(self.tr("(not used)"), "")
            for field in COLUMNS:
                mark = " *" if field in REQUIRED else ""
                picker.addItem(names.get(field, field) + mark, field)
            picker.setCurrentIndex(max(picker.findData(parsed.mapping.get(h, "")), 0))
            picker.currentIndexChanged.connect(self._mapping_changed)
            self.mapping.setCellWidget(i, 1, picker)
            self.pickers.append(picker)

    def columns(self) -> dict[str, str]:
        """The mapping as the clerk set it: every header of the file -> a field or ""."""
        assert self.parsed is not None
        return {h: p.currentData() or "" for h, p in zip(self.parsed.headers, self.pickers,
                                                          strict=True) if h}

    def _mapping_changed(self) -> None:
        if self.parsed is None:
            return
        try:
            self.parsed = remap(self.parsed, self.columns())
        except DomainError as exc:  # two columns sent to one field
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            self.import_button.setEnabled(False)
            return
        self._mapping_checked(None)

    def _mapping_checked(self, saved_name: str | None) -> None:
        parsed = self.parsed
        assert parsed is not None
        names = self._column_names()
        left_out = "; ".join(self.tr("{header} not used: {kept} is read as {field}").format(
            header=h, kept=kept, field=names.get(parsed.mapping[kept], "")) for h, kept in
            parsed.left_out.items())
        self.info.setText(self.tr("{rows} rows · encoding {encoding} · {ignored} column(s) "
                                  "not used").format(rows=len(parsed.raw_rows),
                                                      encoding=parsed.encoding,
                                                      ignored=len(parsed.unmatched))
                          + (" · " + left_out if left_out else "")
                          + ("" if "weight_kg" in parsed.mapping.values() else " · " + self.tr(
                              "no weight column: the merchant's default weight is used, "
                              "corrected when weighed at receiving")))
        missing = missing_fields(parsed)
        self.save_mapping_button.setEnabled(self.merchant.currentData() is not None)
        if missing:
            self.banner.show_message(Kind.WARNING, self.tr(
                "Pick the column for: {fields}").format(
                    fields="、".join(names.get(f, f) for f in missing)))
            self.import_button.setEnabled(False)
            return
        self.banner.show_message(Kind.IDLE, self.tr(
            "Check the mapping, then Import.") + (" " + self.tr(
                "(the saved mapping {name})").format(name=saved_name) if saved_name else ""))
        self.import_button.setEnabled(True)

    def save_mapping(self) -> None:
        code = self.merchant.currentData()
        if self.parsed is None or not code:
            return
        try:
            saved = self.ctx.run(save_mapping, code, self.columns())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self.banner.show_message(Kind.OK, self.tr(
            "Mapping saved for {merchant}: its next files are read the same way.").format(
                merchant=saved.merchant_code or saved.name))

    def _merchant_changed(self) -> None:
        if self.path.text().strip() and self.task is None:
            self.preview()

    def _column_names(self) -> dict[str, str]:
        return {"order_ref": self.tr("Order ref"), "recipient_name": self.tr("Recipient"),
                "recipient_phone": self.tr("Phone"), "recipient_address": self.tr("Address"),
                "recipient_postcode": self.tr("Postcode"),
                "recipient_province": self.tr("Province"),
                "recipient_city": self.tr("City"), "recipient_district": self.tr("District"),
                "pieces": self.tr("Pieces"), "weight_kg": self.tr("Weight (kg)"),
                "service": self.tr("Service"),
                "cod_amount": self.tr("COD amount"), "declared_value": self.tr("Declared value"),
                "contents": self.tr("Contents"), "note": self.tr("Note")}

    def _clear_tables(self) -> None:
        for t in (self.mapping, self.rows):
            t.setRowCount(0)
        self.pickers = []
        self.info.clear()
        self.save_mapping_button.setEnabled(False)

    # --- import -------------------------------------------------------------------------
    def start_import(self) -> None:
        if self.parsed is None:
            return
        parsed, code = self.parsed, self.merchant.currentData()
        path = Path(self.path.text().strip())
        db, actor, allocator = self.ctx.db, self.ctx.actor, self.ctx.allocator
        self.task = Task(lambda progress, cancelled: import_orders(
            db, actor, allocator, path, code, parsed=parsed, progress=progress,
            cancelled=cancelled, cod_cap=self.ctx.settings.cod_cap))
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.import_button.setEnabled(False)
        self.preview_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.banner.show_message(Kind.IDLE, self.tr("Importing…"))
        self.pool.start(self.task)

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.cancel_button.setEnabled(False)
        self.preview_button.setEnabled(True)
        self.import_button.setEnabled(self.parsed is not None
                                      and not missing_fields(self.parsed))

    def _failed(self, message: str) -> None:
        self._finish()
        self.banner.show_message(Kind.ERROR, message)

    def _done(self, result: ImportResult) -> None:
        self._finish()
        self.result = result
        self.progress.setValue(self.progress.maximum())
        text = self.tr("Batch {batch}: {created} waybills created, {present} already imported, "
                       "{rejected} rows rejected").format(
            batch=result.batch_id or "—", created=result.created,
            present=result.already_present, rejected=result.rejected)
        if result.unrouted:
            text += "; " + self.tr("{count} without a route, waiting in manual routing (rows "
                                   "{rows})").format(count=len(result.unrouted), rows=", ".join(
                                       str(r) for r, _w in result.unrouted[:10])
                                       + ("…" if len(result.unrouted) > 10 else ""))
        self.banner.show_message(
            Kind.WARNING if result.rejected or result.unrouted else Kind.OK, text)
        self.rejects.setRowCount(len(result.rejects))
        for i, r in enumerate(result.rejects):
            for c, value in enumerate((str(r.row), r.column, r.value,
                                       messages.reason_text(r.code, r.reason))):
                item = QTableWidgetItem(value)
                item.setToolTip(r.reason)
                self.rejects.setItem(i, c, item)
        self.save_rejects_button.setEnabled(bool(result.rejects))

    def save_rejects(self, path: str | None = None) -> None:
        if not (self.result and self.parsed):
            return
        if not path:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save rejected rows"),
                                                  "rejects.csv", "CSV (*.csv)")
        if path:
            write_rejects(Path(path), self.parsed, self.result.rejects,
                          headers=(self.tr("Row"), self.tr("Column"), self.tr("Reason")),
                          reason=lambda r: messages.reason_text(r.code, r.reason))


PAGES = [ImportPage]

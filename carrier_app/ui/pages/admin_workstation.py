"""Admin → Workstation: this machine's name, the hub or branch it stands in, and what its
scanner adds around a code (QSettings; used from the next log-in); and its two printer
profiles (label printer: paper, PDF or ZPL; document printer: A4), each checked with a test
page printed through the one print path."""

from __future__ import annotations

from PySide6.QtPrintSupport import QPrinterInfo
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from carrier_app.core.roles import Permission
from carrier_app.core.clock import local_text, utcnow
from carrier_app.documents.printer_test_page import printer_test_zpl, render_printer_test_page
from carrier_app.network.service import locations
from carrier_app.ui import printing, workstation
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.print_notice import PrintNotice


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


class WorkstationPage(Page):
    section = Section.ADMIN
    order = 20
    key = "admin-workstation"
    permission = Permission.MANAGE_NETWORK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        s = ctx.settings
        self.station = QLineEdit(s.station)
        self.location = QComboBox()
        for loc in ctx.look_up(locations):
            self.location.addItem(f"{loc.code}  {loc.name}", loc.code)
        self.location.setCurrentIndex(max(0, self.location.findData(s.location)))
        self.prefixes = QLineEdit(",".join(s.scan_prefixes))
        self.suffixes = QLineEdit(",".join(s.scan_suffixes))
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.banner = FeedbackBanner(point_size=11)
        self.labels = [QLabel() for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.station, self.location, self.prefixes,
                                              self.suffixes)):
            form.addRow(label, field)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addWidget(self._printers())
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addStretch(1)
        enter_clicks(self.save_button, self.station, self.prefixes, self.suffixes)
        self.retranslate()

    def _printers(self) -> QGroupBox:
        """The two printer profiles; an empty printer means the documents folder."""
        self.notice = PrintNotice(self.ctx)
        names = QPrinterInfo.availablePrinterNames()
        label, document = printing.load_profile("label"), printing.load_profile("document")
        self.label_printer = QComboBox()
        self.label_printer.setObjectName("labelPrinter")
        self.document_printer = QComboBox()
        self.document_printer.setObjectName("documentPrinter")
        for combo, current in ((self.label_printer, label.printer),
                               (self.document_printer, document.printer)):
            combo.addItem("", "")
            for name in names:
                combo.addItem(name, name)
            if current and combo.findData(current) < 0:
                combo.addItem(current, current)  # set before, not installed now: kept
            combo.setCurrentIndex(max(0, combo.findData(current)))
        self.label_size = QComboBox()
        self.label_size.setObjectName("labelPaper")
        self.label_size.addItems(printing.LABEL_SIZES)
        self.label_size.setCurrentText(label.size)
        self.label_format = QComboBox()
        self.label_format.setObjectName("labelFormat")
        self.label_format.addItem("PDF", "pdf")
        self.label_format.addItem("ZPL", "zpl")
        self.label_format.setCurrentIndex(max(0, self.label_format.findData(label.format)))
        self.zpl_host = QLineEdit(label.host)
        self.zpl_host.setObjectName("zplHost")
        self.zpl_host.setPlaceholderText("192.168.1.50:9100")
        self.save_printers_button = QPushButton()
        self.save_printers_button.clicked.connect(self.save_printers)
        self.test_label_button = QPushButton()
        self.test_label_button.setObjectName("testLabelPrinter")
        self.test_label_button.clicked.connect(lambda: self.test_page("label"))
        self.test_document_button = QPushButton()
        self.test_document_button.setObjectName("testDocumentPrinter")
        self.test_document_button.clicked.connect(lambda: self.test_page("document"))
        self.printer_labels = [QLabel() for _ in range(5)]
        self.printers_box = QGroupBox()
        form = QFormLayout(self.printers_box)
        for text, field in zip(self.printer_labels, (
                self.label_printer, self.label_size, self.label_format, self.zpl_host,
                self.document_printer)):
            form.addRow(text, field)
        buttons = QHBoxLayout()
        for b in (self.save_printers_button, self.test_label_button,
                  self.test_document_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        form.addRow(buttons)
        return self.printers_box

    def profiles(self) -> tuple[printing.Profile, printing.Profile]:
        return (printing.Profile(printer=self.label_printer.currentData() or "",
                                 size=self.label_size.currentText(),
                                 format=self.label_format.currentData(),
                                 host=self.zpl_host.text().strip()),
                printing.Profile(printer=self.document_printer.currentData() or ""))

    def save_printers(self) -> bool:
        label, document = self.profiles()
        if label.format == "zpl":
            try:
                host, port = printing.split_host(label.host)
            except ValueError:
                host, port = "", 0
            if not host or not 0 < port < 65536:
                self.banner.show_message(Kind.ERROR, self.tr(
                    "ZPL label printer: give its address as host or host:port "
                    "(port 9100 when left out)."))
                return False
        printing.save_profile("label", label)
        printing.save_profile("document", document)
        self.banner.show_message(Kind.OK, self.tr("Printers saved. They apply at once."))
        return True

    def test_page(self, role: str) -> None:
        """Save the profiles, then print a test page on `role`'s printer (Shift: dialog)."""
        if not self.save_printers():
            return
        profile = printing.load_profile(role)
        station = self.station.text().strip() or self.ctx.settings.station
        kind = "label_test_page" if role == "label" else "test_page"
        pdf = render_printer_test_page(profile.size, station, profile.printer or "-",
                                       local_text(utcnow(), offset=True))
        zpl = printer_test_zpl(profile.size, station) if role == "label" else None
        if self.notice.send(self, kind, station, pdf, zpl=zpl) is not None:
            self.banner.show_message(Kind.OK, self.tr("Test page printed."))

    def title(self) -> str:
        return self.tr("Workstation")

    def retranslate(self) -> None:
        for label, text in zip(self.labels, (
                self.tr("Workstation name"), self.tr("Location (hub or branch)"),
                self.tr("Scanner prefixes (comma-separated)"),
                self.tr("Scanner suffixes (comma-separated)"))):
            label.setText(text)
        self.save_button.setText(self.tr("Save"))
        self.printers_box.setTitle(self.tr("Printers of this workstation"))
        for label, text in zip(self.printer_labels, (
                self.tr("Label printer (empty: PDF into the documents folder)"),
                self.tr("Label paper (mm)"), self.tr("Label format"),
                self.tr("ZPL printer address (host:port)"),
                self.tr("Document printer, A4 (empty: PDF into the documents folder)"))):
            label.setText(text)
        self.save_printers_button.setText(self.tr("Save printers"))
        self.test_label_button.setText(self.tr("Test page: label printer"))
        self.test_document_button.setText(self.tr("Test page: document printer"))

    def save(self) -> None:
        if not self.station.text().strip():
            self.banner.show_message(Kind.ERROR, self.tr("The workstation needs a name."))
            return
        workstation.save(self.station.text().strip(), self.location.currentData(),
                         _split(self.prefixes.text()), _split(self.suffixes.text()))
        self.banner.show_message(Kind.OK, self.tr("Saved. It applies from the next log-in."))


PAGES = [WorkstationPage]

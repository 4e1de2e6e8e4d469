"""The one print path of the app (DESIGN.md "Printing", issue 12 item 1).

Each workstation has two printer profiles (QSettings): a label printer (paper 100×150,
100×180 or 76×130; PDF on a system printer, or ZPL to a raw TCP printer host:port) and a
document printer (A4). `PrintPath.send` prints a document straight to its profile's printer;
Shift (held at the click or shortcut) opens the print dialog instead; with no printer set,
the PDF goes to a documents folder of the day and the caller says where. A reprint carries
a visible 补打/REPRINT mark (documents/stamp.py, unless the document draws its own).
Every job is recorded (reports/print_jobs) for the print queue.

PDF pages are rendered by QtPdf at the printer's resolution (capped at 300 dpi: a thermal
head is 203 dpi) with aliased paths, so barcode bars stay crisp, and drawn to fill the page.
"""

from __future__ import annotations

import socket
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

from PySide6.QtCore import (
    QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSettings, QSize, QSizeF, Qt,
)
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

from carrier_app.core.clock import local_today
from carrier_app.core.files import write_atomic
from carrier_app.reports.print_jobs import JobRow, as_printed, record_print
from carrier_app.ui.context import AppContext
from carrier_app.ui.output import documents_dir, safe_name

MAX_DPI = 300
LABEL_SIZES = ("100x150", "100x180", "76x130")
LABEL_KINDS = frozenset({"label", "bag_label", "label_test_page"})
ZPL_KINDS = frozenset({"label", "label_test_page"})  # the documents with a ZPL builder
ZPL_PORT = 9100


@dataclass(frozen=True)
class Profile:
    """One printer profile of this workstation. `printer` empty (and no ZPL host): no
    printer set, documents go to the folder of the day."""
    printer: str = ""
    size: str = "A4"          # a LABEL_SIZES value for the label profile
    format: str = "pdf"       # label profile: "pdf" (system printer) or "zpl" (raw TCP)
    host: str = ""            # ZPL: host or host:port (port 9100 when left out)

    @property
    def zpl(self) -> bool:
        return self.format == "zpl" and bool(self.host)


def load_profile(role: str) -> Profile:
    """`role` "label" or "document"."""
    s = QSettings()
    default_size = "100x150" if role == "label" else "A4"
    size = str(s.value(f"printing/{role}/size", default_size) or default_size)
    if role == "label" and size not in LABEL_SIZES:
        size = default_size
    return Profile(printer=str(s.value(f"printing/{role}/printer", "") or ""),
                   size=size if role == "label" else "A4",
                   format=str(s.value(f"printing/{role}/format", "pdf") or "pdf"),
                   host=str(s.value(f"printing/{role}/host", "") or ""))


def save_profile(role: str, profile: Profile) -> None:
    s = QSettings()
    s.setValue(f"printing/{role}/printer", profile.printer)
    s.setValue(f"printing/{role}/size", profile.size)
    s.setValue(f"printing/{role}/format", profile.format)
    s.setValue(f"printing/{role}/host", profile.host)


def profile_for(kind: str) -> Profile:
    return load_profile("label" if kind in LABEL_KINDS else "document")


def label_page_size(size: str) -> QPageSize:
    if size == "A4":
        return QPageSize(QPageSize.PageSizeId.A4)
    w, h = (int(v) for v in size.split("x"))
    return QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, f"Label {w}x{h} mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def configure(printer: QPrinter, size: str) -> None:
    """Paper of `size` (a label size or A4), portrait, no margins (the PDF has its own)."""
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(label_page_size(size), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))


def system_printer(name: str, size: str) -> QPrinter | None:
    """The named system printer set up for `size`, or None when it is not installed."""
    if not name or name not in QPrinterInfo.availablePrinterNames():
        return None
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setPrinterName(name)
    configure(printer, size)
    return printer


def split_host(host: str) -> tuple[str, int]:
    name, _, port = host.strip().rpartition(":") if ":" in host else (host.strip(), "", "")
    return name, int(port) if port else ZPL_PORT


def send_raw(host: str, data: bytes, timeout: float = 10.0) -> None:
    """Raw printing (port 9100, as Zebra and most thermal printers take ZPL)."""
    name, port = split_host(host)
    with socket.create_connection((name, port), timeout=timeout) as conn:
        conn.sendall(data)


def day_folder() -> Path:
    """<data>/documents/<local date>/: where documents go when no printer is set."""
    folder = documents_dir() / local_today().isoformat()
    folder.mkdir(mode=0o700, exist_ok=True)
    return folder


def print_pdf(pdf: bytes, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Print every page of `pdf` on `printer`; returns the number of pages printed."""
    doc, buffer = _open(pdf)
    options = QPdfDocumentRenderOptions()
    options.setRenderFlags(QPdfDocumentRenderOptions.RenderFlag.PathAliased)
    dpi = min(printer.resolution(), MAX_DPI)
    painter = QPainter()
    if not painter.begin(printer):
        raise RuntimeError("the printer cannot be opened")
    try:
        total = doc.pageCount()
        for i in range(total):
            if i:
                printer.newPage()
            points = doc.pagePointSize(i)
            image = doc.render(i, QSize(round(points.width() * dpi / 72),
                                        round(points.height() * dpi / 72)), options)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
            if progress:
                progress(i + 1, total)
    finally:
        painter.end()
        doc.close()
        buffer.close()
    return total


def _open(pdf: bytes) -> tuple[QPdfDocument, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise ValueError("the document to print cannot be read")
    return doc, buffer


def _page_count(pdf: bytes) -> int:
    doc, buffer = _open(pdf)
    try:
        return doc.pageCount()
    finally:
        doc.close()
        buffer.close()


@dataclass(frozen=True)
class Target:
    """Where one job goes: a QPrinter (system printer, or the dialog's choice), a raw ZPL
    printer, or (both None) the documents folder of the day."""
    printer: QPrinter | None = None
    zpl_host: str = ""

    @property
    def zpl(self) -> bool:
        return bool(self.zpl_host)


@dataclass(frozen=True)
class Printed:
    target: str               # printer name, zpl://host:port or the file written
    path: Path | None         # the file, when written to the documents folder
    pages: int
    job: JobRow


def shift_held() -> bool:
    return bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ShiftModifier)


class PrintPath:
    """Every 打印 button and shortcut of the app goes through here."""

    def __init__(self, ctx: AppContext) -> None:
        self.ctx = ctx
        # Tests replace it; the dialog is modal and native on some platforms.
        self.ask: Callable[[QPrinter, QWidget | None], bool] = _ask

    def choose(self, parent: QWidget | None, kind: str, dialog: bool | None = None,
               size: str | None = None) -> Target | None:
        """The target of a `kind` document: the profile's printer, or the print dialog when
        Shift is held (or `dialog`); None when the dialog is cancelled. GUI thread only.
        `size`: labels of another size than the profile's (the paper is set to it)."""
        profile = profile_for(kind)
        if size:
            profile = replace(profile, size=size)
        if dialog if dialog is not None else shift_held():
            printer = system_printer(profile.printer, profile.size) or QPrinter(
                QPrinter.PrinterMode.HighResolution)
            configure(printer, profile.size)
            if not self.ask(printer, parent):
                return None
            configure(printer, profile.size)
            return Target(printer=printer)
        if profile.zpl and kind in ZPL_KINDS:
            return Target(zpl_host=profile.host)
        return Target(printer=system_printer(profile.printer, profile.size))

    def deliver(self, target: Target, kind: str, ref: str, pdf: bytes, *,
                zpl: str | None = None, reprint: bool = False, marked: bool = False,
                reprint_of: int | None = None, name: str = "",
                progress: Callable[[int, int], None] | None = None) -> Printed:
        """Print (or write) one document and record it. Any thread. `marked`: the document
        already carries its 补打 mark (labels draw their own); otherwise a reprint gets one.
        `name`: the file name (without .pdf) in the documents folder; default kind-ref."""
        if target.zpl:
            if zpl is None:
                raise ValueError("a ZPL printer needs the ZPL of the document")
            data = as_printed(zpl.encode("utf-8"), "zpl", reprint, marked)
            send_raw(target.zpl_host, data)
            host, port = split_host(target.zpl_host)
            where = f"zpl://{host}:{port}"
            job = self.ctx.run(record_print, kind, ref, "zpl", where, data, reprint, reprint_of)
            return Printed(where, None, data.count(b"^XZ"), job)
        path: Path | None = None
        out = as_printed(pdf, "pdf", reprint, marked)
        if target.printer is not None:
            pages = print_pdf(out, target.printer, progress)
            where = (target.printer.outputFileName()
                     if target.printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                     else target.printer.printerName())
        else:
            suffix = "-reprint" if reprint else ""
            path = day_folder() / safe_name(f"{name or f'{kind}-{ref}'}{suffix}.pdf")
            write_atomic(path, out)
            pages = _page_count(out)
            where = str(path)
        # The queue keeps what was printed, mark included: printing it again must not stamp twice.
        job = self.ctx.run(record_print, kind, ref, "pdf", where, out, reprint, reprint_of)
        return Printed(where, path, pages, job)

    def send(self, parent: QWidget | None, kind: str, ref: str, pdf: bytes, *,
             zpl: str | None = None, reprint: bool = False, marked: bool = False,
             reprint_of: int | None = None, dialog: bool | None = None,
             name: str = "") -> Printed | None:
        """choose + deliver, in the GUI thread (one document). None: dialog cancelled."""
        target = self.choose(parent, kind, dialog)
        if target is None:
            return None
        if target.zpl and zpl is None:
            target = Target()  # no ZPL of this document: to the folder, said in the message
        return self.deliver(target, kind, ref, pdf, zpl=zpl, reprint=reprint, marked=marked,
                            reprint_of=reprint_of, name=name)


def _ask(printer: QPrinter, parent: QWidget | None) -> bool:
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted

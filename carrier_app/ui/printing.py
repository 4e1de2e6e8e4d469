"""Printing PDF bytes (labels) on a QPrinter, with the printer and label size remembered per
workstation in QSettings. The dialog is a thin layer over `print_pdf`, which tests drive
with a PdfFormat QPrinter writing to a file.

Pages are rendered by QtPdf at the printer's resolution (capped at 300 dpi: a thermal head
is 203 dpi) with aliased paths, so barcode bars stay crisp, and drawn to fill the page.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QBuffer, QByteArray, QIODevice, QMarginsF, QRect, QSettings, QSize, QSizeF,
)
from PySide6.QtGui import QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QDialog, QWidget

PRINTER_KEY = "printing/label_printer"
SIZE_KEY = "printing/label_size"
MAX_DPI = 300


def label_page_size(size: str) -> QPageSize:
    w, h = (int(v) for v in size.split("x"))
    return QPageSize(QSizeF(w, h), QPageSize.Unit.Millimeter, f"Label {w}x{h} mm",
                     QPageSize.SizeMatchPolicy.ExactMatch)


def configure(printer: QPrinter, size: str) -> None:
    """Label paper of `size`, portrait, no margins."""
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(label_page_size(size), QPageLayout.Orientation.Portrait,
                                      QMarginsF(0, 0, 0, 0)))


def remembered_size(default: str = "100x150") -> str:
    return str(QSettings().value(SIZE_KEY, default))


def remembered_printer(size: str) -> QPrinter:
    """A printer set up as last time on this workstation (if that printer still exists)."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    name = str(QSettings().value(PRINTER_KEY, "") or "")
    if name and name in QPrinterInfo.availablePrinterNames():
        printer.setPrinterName(name)
    configure(printer, size)
    return printer


def remember(printer: QPrinter, size: str) -> None:
    s = QSettings()
    if printer.outputFormat() == QPrinter.OutputFormat.NativeFormat and printer.printerName():
        s.setValue(PRINTER_KEY, printer.printerName())
    s.setValue(SIZE_KEY, size)


def print_pdf(pdf: bytes, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Print every page of `pdf` on `printer`; returns the number of pages printed."""
    buffer = QBuffer()
    buffer.setData(QByteArray(pdf))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    doc = QPdfDocument()
    doc.load(buffer)
    if doc.status() != QPdfDocument.Status.Ready or doc.pageCount() == 0:
        raise ValueError("the document to print cannot be read")
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


def choose_printer(parent: QWidget | None, size: str) -> QPrinter | None:
    """The print dialog, opened on the remembered printer; None if the user cancels."""
    printer = remembered_printer(size)
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    configure(printer, size)
    remember(printer, size)
    return printer

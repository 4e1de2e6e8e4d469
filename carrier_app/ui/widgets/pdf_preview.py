"""PdfPreview: shows PDF bytes (labels, manifests…) with QtPdf, every page, fitted to width."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class PdfPreview(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = QPdfDocument(self)
        self._buffer: QBuffer | None = None   # QPdfDocument reads from it while shown
        self.view = QPdfView(self)
        self.view.setObjectName("pdfPreviewView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.info = QLabel(self)
        self.info.setObjectName("pdfPreviewInfo")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)

    def set_pdf(self, pdf: bytes) -> int:
        """Show `pdf`; returns its page count (0 if it cannot be read)."""
        self.clear()
        buffer = QBuffer(self)
        buffer.setData(QByteArray(pdf))
        buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._buffer = buffer
        self.document.load(buffer)
        pages = self.page_count()
        self.info.setText(self.tr("Pages: {0}").format(pages))
        return pages

    def page_count(self) -> int:
        if self.document.status() != QPdfDocument.Status.Ready:
            return 0
        return self.document.pageCount()

    def clear(self) -> None:
        self.document.close()
        if self._buffer is not None:
            self._buffer.close()
            self._buffer.deleteLater()
            self._buffer = None
        self.info.clear()

    def fit_whole_page(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)

"""What a page shows after its 打印 button: which printer the document went to, or, when no
printer is set, the file in the documents folder of the day with a button that opens it; or
why printing failed. It holds the page's PrintPath, so every page prints and reports the
same way: `printed = self.notice.send(self, kind, ref, pdf)`."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from carrier_app.core.errors import DomainError
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.printing import Printed, PrintPath, Target


class PrintNotice(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printNotice")
        self.print_path = PrintPath(ctx)
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openPrinted")
        self.open_button.clicked.connect(self.open)
        self.path: Path | None = None
        self.failed = False
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def send(self, parent: QWidget, kind: str, ref: str, pdf: bytes, *,
             zpl: str | None = None, reprint: bool = False, marked: bool = False,
             name: str = "") -> Printed | None:
        """Print through the one path and say where it went (or why not). None: the print
        dialog was cancelled, or printing failed (said here)."""
        return self._said(lambda: self.print_path.send(
            parent, kind, ref, pdf, zpl=zpl, reprint=reprint, marked=marked, name=name))

    def send_to(self, target: Target, kind: str, ref: str, pdf: bytes, *,
                zpl: str | None = None, reprint: bool = False, marked: bool = False,
                reprint_of: int | None = None, name: str = "") -> Printed | None:
        """Deliver to a target chosen before (before background work, or checked first)."""
        return self._said(lambda: self.print_path.deliver(
            target, kind, ref, pdf, zpl=zpl, reprint=reprint, marked=marked,
            reprint_of=reprint_of, name=name))

    def _said(self, job: Callable[[], Printed | None]) -> Printed | None:
        try:
            printed = job()
        except DomainError as exc:
            self.show_failure(messages.describe(exc))
            return None
        except (OSError, ValueError, RuntimeError) as exc:
            self.show_failure(str(exc))
            return None
        if printed is not None:
            self.show_printed(printed)
        return printed

    def show_failure(self, reason: str) -> None:
        self.path, self.failed = None, True
        self.text.setText(self.tr("Printing failed: {0}").format(reason))
        self.text.setStyleSheet("color: #b00020;")
        self.open_button.hide()
        self.show()

    def show_printed(self, printed: Printed) -> None:
        self.path, self.failed = printed.path, False
        self.text.setStyleSheet("")
        if printed.path is not None:
            self.text.setText(self.tr("No printer set: saved as {path}")
                              .format(path=printed.path))
            self.open_button.setText(self.tr("Open"))
        else:
            self.text.setText(self.tr("Sent to printer {printer}").format(
                printer=printed.target))
        self.open_button.setVisible(printed.path is not None)
        self.show()

    def open(self) -> None:
        if self.path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.path)))

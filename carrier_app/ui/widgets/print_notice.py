"""The line under a page's banner after something was printed: which printer it went to, or,
when no printer is set, the file in the documents folder of the day with a button that opens
it. One widget, so every 打印 button says the same thing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from carrier_app.ui.printing import Printed


class PrintNotice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("printNotice")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.open_button = QPushButton()
        self.open_button.setObjectName("openPrinted")
        self.open_button.clicked.connect(self.open)
        self.path: Path | None = None
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.open_button)
        self.hide()

    def show_printed(self, printed: Printed) -> None:
        self.path = printed.path
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

"""ImageAttachment: a button that picks an image file (a photo of the parcel, the signed
stub, a scanned run-sheet page) and a label naming it; `data` / `name` hold what is attached."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from carrier_app.ui.widgets.page_kit import choose_image


class ImageAttachment(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.name = ""
        self.dialog_title = ""
        self.button = QPushButton()
        self.button.clicked.connect(self._choose)
        self.label = QLabel()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.button)
        layout.addWidget(self.label, 1)

    def set_texts(self, button: str, dialog_title: str) -> None:
        self.button.setText(button)
        self.dialog_title = dialog_title

    def _choose(self) -> None:
        path = choose_image(self, self.dialog_title)
        if path:
            self.attach(path)

    def attach(self, path: Path) -> None:
        self.data, self.name = path.read_bytes(), path.name
        self.label.setText(path.name)

    def clear(self) -> None:
        self.data, self.name = None, ""
        self.label.clear()

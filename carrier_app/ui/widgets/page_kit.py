"""Small builders the screens share: the branch picker set to the workstation's branch,
combo items refilled in the current language, a read-only rows table, an image-file chooser,
a scrolling page."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox, QFileDialog, QFrame, QHeaderView, QLayout, QScrollArea, QTableView, QVBoxLayout,
    QWidget,
)

from carrier_app.dispatch.couriers import branch_codes
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel


def branch_combo(ctx: AppContext) -> QComboBox:
    """Every branch code, the workstation's own selected when it is a branch."""
    combo = QComboBox()
    combo.addItems(ctx.look_up(branch_codes))
    if combo.findText(ctx.actor.location) >= 0:
        combo.setCurrentText(ctx.actor.location)
    return combo


def fill_combo(combo: QComboBox, items: dict[str, str]) -> None:
    """(Re)fill `combo` with key -> shown text, keeping the chosen key: called from a page's
    retranslate, so the names follow the language and the choice survives a switch."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    for key, text in items.items():
        combo.addItem(text, key)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    combo.blockSignals(False)


def rows_table(model: RowsModel[Any],
               name: str, *, fit: bool = False) -> QTableView:
    """A row-selecting table over `model`; columns stretch, or fit their contents."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents if fit
                                else QHeaderView.ResizeMode.Stretch)
    # Stretched columns fill the width already; stretching the last one too left a 1-pixel
    # sideways scroll bar at 1366×768.
    header.setStretchLastSection(fit)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    return table


def choose_image(parent: QWidget, title: str) -> Path | None:
    """Ask for an image file (a photo, a signed stub, a scanned run-sheet page)."""
    path, _ = QFileDialog.getOpenFileName(
        parent, title, "", QCoreApplication.translate("PageKit", "Images (*.png *.jpg *.jpeg)"))
    return Path(path) if path else None


def standard_page(page: QWidget, top: QLayout, banner: QWidget, body: QLayout,
                  below: QWidget | None = None, notice: QWidget | None = None) -> None:
    """The usual screen, scrolled: its controls row, the feedback banner, the print notice of
    a page that prints, and `below` them a scan screen's refused scans; then the body taking
    the rest of the height."""
    layout = QVBoxLayout()
    layout.addLayout(top)
    layout.addWidget(banner)
    if notice is not None:
        layout.addWidget(notice)
    if below is not None:
        layout.addWidget(below)
    layout.addLayout(body, 1)
    scrolling(page, layout)


def scrolling(page: QWidget, layout: QLayout) -> None:
    """Put `layout` into `page` inside a scroll area, so a screen full of controls never
    forces the main window to grow beyond what the user sized it to."""
    inner = QWidget()
    inner.setLayout(layout)
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)

"""The one widget kit the screens share: run a user action with its error on the banner
(`act`, `scan_act` through an outage, `done`), read-only tables, a labelled form, rows of
widgets, the location and branch pickers, combo items refilled in the current language, an
image-file chooser and the scrolling page layouts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFileDialog, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QLayout, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Actor
from carrier_app.dispatch.couriers import branch_codes
from carrier_app.tracking.offline import Journaled
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.offline_banner import journaled_text

T = TypeVar("T")
P = ParamSpec("P")


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


def rows_table(model: RowsModel[Any], name: str, *, fit: bool = False,
               single: bool = False) -> QTableView:
    """The one way a screen shows rows read-only: a table over `model` selecting whole rows
    (several, or one at a time with `single`), alternating colours, no row numbers. Columns
    stretch to share the width, or (`fit`) fit their contents, the last taking the rest."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    if single:
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
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


def act(ctx: AppContext, banner: FeedbackBanner,
        use_case: Callable[Concatenate[Any, Actor, P], T], *args: P.args,
        **kw: P.kwargs) -> T | None:
    """One user action: `ctx.run(use_case, *args, **kw)` (the use case commits). A
    DomainError goes to the banner (None returned)."""
    try:
        return ctx.run(use_case, *args, **kw)
    except DomainError as exc:
        banner.show_message(Kind.ERROR, messages.describe(exc))
        return None


def scan_act(ctx: AppContext, banner: FeedbackBanner, screen: str, action: str, code: str,
             args: dict[str, Any], use_case: Callable[Concatenate[Any, Actor, P], T],
             *a: P.args, **kw: P.kwargs) -> T | Journaled | None:
    """`act` for a scan that goes on through an outage (ctx.offline, tracking.offline.ACTIONS
    names the use case for the replay): kept on this workstation (Journaled, said on the
    banner) when the server cannot be reached."""
    try:
        r = ctx.offline.attempt(screen, action, code, args, lambda: ctx.run(use_case, *a, **kw))
    except DomainError as exc:
        banner.show_message(Kind.ERROR, messages.describe(exc))
        return None
    if isinstance(r, Journaled):
        banner.show_message(Kind.WARNING, journaled_text(r))
    return r


def done(ctx: AppContext, banner: FeedbackBanner,
         use_case: Callable[Concatenate[Any, Actor, P], object], *args: P.args,
         **kw: P.kwargs) -> bool:
    """`act` for a use case that returns nothing: whether it went through."""
    try:
        ctx.run(use_case, *args, **kw)
    except DomainError as exc:
        banner.show_message(Kind.ERROR, messages.describe(exc))
        return False
    return True


def selected_row(view: QTableView, model: RowsModel[T]) -> T | None:
    rows = view.selectionModel().selectedRows()
    return model.rows[rows[0].row()] if rows else None


class Form(QFormLayout):
    """A form whose row labels are set again on each language switch."""

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, QLabel] = {}

    def add(self, key: str, widget: QWidget) -> None:
        label = QLabel()
        self.labels[key] = label
        self.addRow(label, widget)

    def set_texts(self, texts: dict[str, str]) -> None:
        for key, text in texts.items():
            self.labels[key].setText(text)


def hbox(*items: QWidget | tuple[QWidget, int]) -> QWidget:
    """Widgets side by side as one widget (for a form row); (widget, stretch) to stretch."""
    w = QWidget()
    layout = QHBoxLayout(w)
    layout.setContentsMargins(0, 0, 0, 0)
    for item in items:
        widget, stretch = item if isinstance(item, tuple) else (item, 0)
        layout.addWidget(widget, stretch)
    return w


def fill_locations(ctx: AppContext, combo: QComboBox, *, kind: str | None = None,
                   exclude: str = "") -> None:
    """Hubs and/or branches of the network into a combo box (code as data), once."""
    if any(combo.itemData(i) for i in range(combo.count())):
        return
    from carrier_app.network.service import locations
    for loc in ctx.look_up(locations):
        if (kind is None or loc.kind == kind) and loc.code != exclude:
            combo.addItem(f"{loc.code} {loc.name}", loc.code)


def scroll_layout(page: QWidget) -> QVBoxLayout:
    """The page's layout, inside a scroll area (`scrolling`): the window can still be made
    small (the page's minimum size is the scroll area's) and the content scrolls instead."""
    layout = QVBoxLayout()
    scrolling(page, layout)
    return layout

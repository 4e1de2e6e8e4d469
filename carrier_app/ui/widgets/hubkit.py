"""Small pieces the hub screens share (issue 5): run one user action in its own unit of
work with the error shown on the banner, a read-only table, a labelled form, saving a PDF."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QFormLayout, QFrame, QHBoxLayout, QHeaderView,
    QLabel, QScrollArea, QTableView, QVBoxLayout, QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Actor
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.models.table import RowsModel
from carrier_app.tracking.offline import Journaled
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.offline_banner import journaled_text

T = TypeVar("T")
P = ParamSpec("P")


def describe(exc: DomainError) -> str:
    """The hub services' own refusals in the user's language; the rest as messages.describe."""
    p = exc.params
    reason = p.get("reason")
    code = str(p.get("code", ""))
    if reason == "wrong_destination":
        text = QCoreApplication.translate(
            "HubMessages", "{code} goes to {sort_code}, not {destination}: put it with the "
            "right destination")
        return text.format(code=code, sort_code=p.get("sort_code") or "—",
                           destination=p.get("destination", ""))
    if reason == "bag_sealed":
        return QCoreApplication.translate(
            "HubMessages", "Bag {code} is sealed: it takes no more parcels").format(code=code)
    if reason == "other_merchant":
        return QCoreApplication.translate(
            "HubMessages", "{code} belongs to another merchant").format(code=code)
    if reason == "has_parcels":
        return QCoreApplication.translate(
            "HubMessages", "This merchant has {n} parcel(s): it cannot be deleted, only "
            "deactivated").format(n=p.get("parcels", ""))
    if reason in ("unknown_bag", "unknown_manifest"):
        return QCoreApplication.translate(
            "HubMessages", "{code}: no such bag or manifest").format(code=code)
    return messages.describe(exc)


def act(ctx: AppContext, banner: FeedbackBanner,
        use_case: Callable[Concatenate[Any, Actor, P], T], *args: P.args,
        **kw: P.kwargs) -> T | None:
    """One user action: `ctx.run(use_case, *args, **kw)` (the use case commits). A
    DomainError goes to the banner (None returned)."""
    try:
        return ctx.run(use_case, *args, **kw)
    except DomainError as exc:
        banner.show_message(Kind.ERROR, describe(exc))
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
        banner.show_message(Kind.ERROR, describe(exc))
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
        banner.show_message(Kind.ERROR, describe(exc))
        return False
    return True


def table(model: RowsModel[Any], name: str = "") -> QTableView:
    view = QTableView()
    if name:
        view.setObjectName(name)
    view.setModel(model)
    view.verticalHeader().hide()
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    return view


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
    """The page's layout, inside a scroll area: the window can still be made small (the
    page's minimum size is the scroll area's) and the content scrolls instead."""
    inner = QWidget()
    area = QScrollArea(page)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(inner)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(area)
    return QVBoxLayout(inner)

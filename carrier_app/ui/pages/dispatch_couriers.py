"""Dispatch → Couriers: the branch's couriers with route, capacity, load and active flag."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QSpinBox,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.dispatch.couriers import (
    CourierInput, CourierRow, list_couriers, route_numbers, save_courier,
)
from carrier_app.ui import delivery_names
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import branch_combo, rows_table, standard_page


class CouriersPage(Page):
    section = Section.DISPATCH
    order = 10
    key = "dispatch_couriers"
    permission = Permission.DISPATCH

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.branch = branch_combo(ctx)
        self.branch.setObjectName("courierBranch")
        self.branch.currentTextChanged.connect(self.refresh)
        self.banner = FeedbackBanner(point_size=12)
        self.model: RowsModel[CourierRow] = RowsModel([
            (lambda: self.tr("Code"), lambda c: c.code),
            (lambda: self.tr("Name"), lambda c: c.name),
            (lambda: self.tr("Route"), lambda c: c.route_no or "—"),
            (lambda: self.tr("Capacity"), lambda c: c.capacity),
            (lambda: self.tr("Load now"), lambda c: c.load),
            (lambda: self.tr("Active"), lambda c: self.tr("yes") if c.active else self.tr("no")),
            (lambda: self.tr("Phone"), lambda c: c.phone),
        ])
        self.table = rows_table(self.model, "couriersTable")
        self.table.clicked.connect(lambda ix: self._edit(self.model.rows[ix.row()]))

        self.code, self.name, self.phone = QLineEdit(), QLineEdit(), QLineEdit()
        self.code.setObjectName("courierCode")
        self.route = QComboBox()
        self.capacity = QSpinBox()
        self.capacity.setRange(1, 999)
        self.capacity.setValue(60)
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.save_button = QPushButton()
        self.save_button.setObjectName("saveCourier")
        self.save_button.clicked.connect(self.save)
        self.labels = [QLabel() for _ in range(5)]
        form = QFormLayout()
        for label, w in zip(self.labels, (self.code, self.name, self.phone, self.route,
                                          self.capacity), strict=True):
            form.addRow(label, w)
        form.addRow("", self.active)
        form.addRow("", self.save_button)
        self.branch_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.branch_label)
        top.addWidget(self.branch)
        top.addStretch(1)
        body = QHBoxLayout()
        body.addWidget(self.table, 3)
        body.addLayout(form, 2)
        standard_page(self, top, self.banner, body)
        enter_clicks(self.save_button, self.code, self.name, self.phone, self.capacity)
        self.retranslate()
        self.refresh()

    def title(self) -> str:
        return self.tr("Couriers")

    def retranslate(self) -> None:
        self.branch_label.setText(self.tr("Branch:"))
        for label, text in zip(self.labels, (self.tr("Badge code"), self.tr("Name"),
                                             self.tr("Phone"), self.tr("Route"),
                                             self.tr("Capacity (parcels per run)")), strict=True):
            label.setText(text)
        self.active.setText(self.tr("Active"))
        self.save_button.setText(self.tr("Save courier"))
        self.model.retranslate()

    def activated(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.model.set_rows(self.ctx.run(list_couriers, self.branch.currentText()))
        routes = self.ctx.look_up(route_numbers, self.branch.currentText())
        self.route.clear()
        self.route.addItem("—", None)
        for r in routes:
            self.route.addItem(r, r)

    def _edit(self, c: CourierRow) -> None:
        self.code.setText(c.code)
        self.name.setText(c.name)
        self.phone.setText(c.phone)
        self.route.setCurrentIndex(max(0, self.route.findData(c.route_no)))
        self.capacity.setValue(c.capacity)
        self.active.setChecked(c.active)

    def save(self) -> None:
        data = CourierInput(self.code.text(), self.name.text(), self.branch.currentText(),
                            self.route.currentData(), self.capacity.value(), self.phone.text(),
                            self.active.isChecked())
        try:
            saved = self.ctx.run(save_courier, data)
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, delivery_names.describe(exc))
            return
        self.banner.show_message(Kind.OK, self.tr("Courier {code} saved").format(code=saved.code))
        self.refresh()


PAGES = [CouriersPage]

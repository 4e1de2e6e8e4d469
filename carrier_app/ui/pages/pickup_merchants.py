"""Merchants (Pickup → Merchants): search, add, edit with validation, deactivate; a merchant
with parcels cannot be deleted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QLabel, QLineEdit, QPushButton

from carrier_app.core.roles import Permission
from carrier_app.pickup import merchants
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.permit import permit
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import (
    Form, act, done, fill_locations, hbox, rows_table, scroll_layout, selected_row,
)
from carrier_app.ui.widgets.page_kit import fill_combo
from carrier_app.waybill.acceptance import set_safety_agreement

FIELDS = ("code", "name", "contact_name", "phone", "province", "city", "district", "address",
          "postcode", "settlement_bank", "settlement_holder", "settlement_account",
          "fee_per_parcel", "default_weight")


class MerchantsPage(Page):
    section = Section.PICKUP
    order = 10
    key = "pickup-merchants"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.editing: int | None = None
        self.banner = FeedbackBanner(point_size=12)
        self.search = QLineEdit()
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.model: RowsModel[merchants.MerchantRow] = RowsModel([
            (lambda: self.tr("Code"), lambda m: m.code),
            (lambda: self.tr("Name"), lambda m: m.name),
            (lambda: self.tr("Contact"), lambda m: m.contact_name),
            (lambda: self.tr("Phone"), lambda m: m.phone),
            (lambda: self.tr("Home branch"), lambda m: m.home_branch),
            (lambda: self.tr("Fee / parcel"), lambda m: f"¥{m.fee_per_parcel}"),
            (lambda: self.tr("Parcels"), lambda m: m.parcels),
            (lambda: self.tr("Active"), lambda m: "✓" if m.active else "—"),
            (lambda: self.tr("Safety agreement"), lambda m: m.safety_agreement_on.isoformat()
             if m.safety_agreement_on else "—"),
        ])
        self.table = rows_table(self.model, "merchantsTable", fit=True, single=True)
        self.table.clicked.connect(self._edit)
        self.f = {k: QLineEdit() for k in FIELDS}
        self.f["code"].setMaxLength(16)
        self.f["postcode"].setMaxLength(6)
        self.branch = QComboBox()
        self.cycle = QComboBox()
        for c in merchants.CYCLES:
            self.cycle.addItem("", c)   # named in retranslate (fill_combo)
        self.fee_hint = QLabel()
        self.active = QCheckBox()
        self.new_button, self.save_button = QPushButton(), QPushButton()
        self.deactivate_button, self.delete_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.deactivate_button.clicked.connect(self.toggle_active)
        self.delete_button.clicked.connect(self.delete)
        self.form = Form()
        self.form.add("code", hbox(self.f["code"], (self.f["name"], 3), self.active))
        self.form.add("contact", hbox(self.f["contact_name"], self.f["phone"]))
        self.form.add("address", hbox(self.f["province"], self.f["city"], self.f["district"],
                                      (self.f["address"], 3), self.f["postcode"]))
        self.form.add("branch", self.branch)
        self.form.add("settlement", hbox(self.f["settlement_bank"], self.f["settlement_holder"],
                                         (self.f["settlement_account"], 2), self.cycle))
        self.f["fee_per_parcel"].setMaximumWidth(160)
        self.form.add("fee", hbox(self.f["fee_per_parcel"], self.fee_hint))
        self.f["default_weight"].setMaximumWidth(160)
        self.form.add("default_weight", self.f["default_weight"])
        # 协议客户 (issue 14): a supervisor records the signed safety agreement and its date.
        self.agreement = QCheckBox()
        self.agreement.setObjectName("safetyAgreement")
        self.agreement_on = QDateEdit()
        self.agreement_on.setObjectName("safetyAgreementDate")
        self.agreement_on.setCalendarPopup(True)
        self.agreement_on.setDisplayFormat("yyyy-MM-dd")
        self.agreement_on.setDate(QDate.currentDate())
        self.agreement_button = QPushButton()
        self.agreement_button.setObjectName("saveAgreement")
        self.agreement_button.clicked.connect(self.save_agreement)
        self.agreement_hint = QLabel()
        self.form.add("agreement", hbox(self.agreement, self.agreement_on,
                                        self.agreement_button, (self.agreement_hint, 2)))
        self.form.add("buttons", hbox(self.new_button, self.save_button,
                                      self.deactivate_button, self.delete_button))
        layout = scroll_layout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        self._new()
        self._apply_rights()
        enter_clicks(self.save_button, *self.f.values())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Merchants")

    def _apply_rights(self) -> None:
        """Fields this user may not change are shown but not editable (the service refuses
        them anyway): payout details need MANAGE_PAYOUTS, the rest MANAGE_MERCHANTS."""
        payouts = self.ctx.actor.can(Permission.MANAGE_PAYOUTS)
        others = self.ctx.actor.can(Permission.MANAGE_MERCHANTS)
        for key, box in self.f.items():
            box.setEnabled(payouts if key in merchants.PAYOUT_FIELDS else others)
        self.cycle.setEnabled(payouts)
        for widget in (self.branch, self.active):
            widget.setEnabled(others)
        for button in (self.new_button, self.deactivate_button, self.delete_button):
            permit(button, self.ctx.actor, Permission.MANAGE_MERCHANTS)
        if not (payouts or others):
            permit(self.save_button, self.ctx.actor, Permission.MANAGE_MERCHANTS)
        supervisor = permit(self.agreement_button, self.ctx.actor,
                            Permission.OVERRIDE_ACCEPTANCE)
        self.agreement.setEnabled(supervisor)
        self.agreement_on.setEnabled(supervisor)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search code, name, contact, phone, address"))
        for key, text in (("code", self.tr("Code")), ("name", self.tr("Name")),
                          ("contact_name", self.tr("Contact")), ("phone", self.tr("Phone")),
                          ("province", self.tr("Province")), ("city", self.tr("City")),
                          ("district", self.tr("District")),
                          ("address", self.tr("Pickup address")),
                          ("postcode", self.tr("Postcode")),
                          ("settlement_bank", self.tr("Bank")),
                          ("settlement_holder", self.tr("Account holder")),
                          ("settlement_account", self.tr("Account number")),
                          ("fee_per_parcel", self.tr("Fee per parcel (yuan)")),
                          ("default_weight", self.tr("kg, for files without weights"))):
            self.f[key].setPlaceholderText(text)
        self.active.setText(self.tr("Active"))
        self.new_button.setText(self.tr("New merchant"))
        self.save_button.setText(self.tr("Save"))
        self.deactivate_button.setText(self.tr("Deactivate / activate"))
        self.delete_button.setText(self.tr("Delete"))
        self.form.set_texts({"code": self.tr("Code / name:"), "contact": self.tr("Contact:"),
                             "address": self.tr("Pickup address:"),
                             "branch": self.tr("Home branch:"),
                             "settlement": self.tr("COD settlement:"),
                             "fee": self.tr("Fee per parcel:"),
                             "default_weight": self.tr("Default weight:"),
                             "agreement": self.tr("Safety agreement:"), "buttons": ""})
        self.agreement.setText(self.tr("Signed on"))
        self.agreement_button.setText(self.tr("Save agreement"))
        self.agreement_hint.setText(self.tr(
            "its parcels need no sender ID at acceptance (a supervisor sets this)"))
        self.fee_hint.setText(self.tr("yuan, deducted from the COD on every statement"))
        fill_combo(self.cycle, {"daily": self.tr("daily"), "weekly": self.tr("weekly"),
                                "monthly": self.tr("monthly")})
        self.model.retranslate()

    def activated(self) -> None:
        if not self.branch.count():
            self.branch.addItem("—", "")
            fill_locations(self.ctx, self.branch, kind="branch")
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text()
        rows = act(self.ctx, self.banner, merchants.list_merchants, text)
        self.model.set_rows(rows or [])

    def _new(self) -> None:
        self.editing = None
        for box in self.f.values():
            box.clear()
        self.active.setChecked(True)
        self.cycle.setCurrentIndex(self.cycle.findData("weekly"))
        self.branch.setCurrentIndex(0)

    def _edit(self) -> None:
        m = selected_row(self.table, self.model)
        if m is None:
            return
        self.editing = m.id
        for key in FIELDS:
            self.f[key].setText(str(getattr(m, key)))
        self.active.setChecked(m.active)
        self.cycle.setCurrentIndex(self.cycle.findData(m.settlement_cycle))
        self.branch.setCurrentIndex(max(0, self.branch.findData(m.home_branch)))
        self.agreement.setChecked(m.safety_agreement_on is not None)
        if m.safety_agreement_on is not None:
            a = m.safety_agreement_on
            self.agreement_on.setDate(QDate(a.year, a.month, a.day))

    def data(self) -> merchants.MerchantData:
        return merchants.MerchantData(
            **{k: self.f[k].text() for k in FIELDS}, home_branch=self.branch.currentData() or "",
            settlement_cycle=self.cycle.currentData(), active=self.active.isChecked())

    def save(self) -> None:
        data, mid = self.data(), self.editing
        saved = act(self.ctx, self.banner, merchants.save_merchant, data, merchant_id=mid)
        if saved is not None:
            self.editing = saved
            self.banner.show_message(Kind.OK, self.tr("Merchant {code} saved").format(
                code=data.code.upper()))
            self.refresh()

    def save_agreement(self) -> None:
        m = selected_row(self.table, self.model)
        if m is None:
            return
        d = self.agreement_on.date()
        on = date(d.year(), d.month(), d.day()) if self.agreement.isChecked() else None
        if done(self.ctx, self.banner, set_safety_agreement, m.code, on):
            text = (self.tr("{code}: safety agreement signed {date}") if on
                    else self.tr("{code}: no safety agreement"))
            self.banner.show_message(Kind.OK, text.format(
                code=m.code, date=on.isoformat() if on else ""))
            self.refresh()

    def toggle_active(self) -> None:
        m = selected_row(self.table, self.model)
        if m is None:
            return
        if done(self.ctx, self.banner, merchants.set_active, m.code, not m.active):
            text = self.tr("{code} deactivated") if m.active else self.tr("{code} activated")
            self.banner.show_message(Kind.OK, text.format(code=m.code))
            self.refresh()

    def delete(self) -> None:
        m = selected_row(self.table, self.model)
        if m is None:
            return
        if done(self.ctx, self.banner, merchants.delete_merchant, m.code):
            self.banner.show_message(Kind.OK, self.tr("{code} deleted").format(code=m.code))
            self._new()
            self.refresh()


PAGES = [MerchantsPage]

"""运费试算: a quote box the waybill form (or a page of its own) can hold. The clerk types or
the form fills from/to, weight, dimensions, service, declared value and merchant; the box
asks the pricing use case and shows the breakdown, or the reason there is no price."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QGridLayout, QGroupBox, QLabel, QLineEdit, QPushButton, QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.pricing import kg_text
from carrier_app.pricing.service import Quote, quote
from carrier_app.ui.context import AppContext
from carrier_app.ui.messages import describe
from carrier_app.ui.widgets.page_kit import fill_combo


def parse_dims(text: str) -> tuple[int, int, int] | None:
    """'40x30x20' (x, ×, * or spaces between; 'cm' allowed) -> (40, 30, 20); empty -> None.
    Anything else is handed on as it is so the use case names the problem."""
    t = text.strip().lower().removesuffix("cm")
    if not t:
        return None
    for sep in ("×", "*", " "):
        t = t.replace(sep, "x")
    parts = [p for p in t.split("x") if p]
    if len(parts) != 3 or not all(p.isdigit() for p in parts):
        raise DomainError(f"dimensions {text!r}: give length x width x height in whole cm "
                          "(e.g. 40x30x20)", field="dims")
    return int(parts[0]), int(parts[1]), int(parts[2])


class QuoteBox(QGroupBox):
    """Emits `quoted(Quote)` after each successful quote."""

    quoted = Signal(object)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.origin, self.destination = QLineEdit(), QLineEdit()
        self.weight, self.dims = QLineEdit(), QLineEdit()
        self.insured, self.merchant = QLineEdit(), QLineEdit()
        self.service = QComboBox()
        self.button = QPushButton()
        self.button.clicked.connect(self.run)
        for name, w in (("quote_from", self.origin), ("quote_to", self.destination),
                        ("quote_weight", self.weight), ("quote_dims", self.dims),
                        ("quote_insured", self.insured), ("quote_merchant", self.merchant),
                        ("quote_service", self.service), ("quote_button", self.button)):
            w.setObjectName(name)
            if isinstance(w, QLineEdit):
                w.returnPressed.connect(self.run)
        self.form = QFormLayout()
        self._labels = [QLabel() for _ in range(7)]
        for label, field in zip(self._labels, (self.origin, self.destination, self.weight,
                                               self.dims, self.service, self.insured,
                                               self.merchant), strict=True):
            self.form.addRow(label, field)
        self.result = QLabel()
        self.result.setObjectName("quote_result")
        self.error = QLabel()
        self.error.setObjectName("quote_error")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        grid = QGridLayout(self)
        grid.addLayout(self.form, 0, 0)
        grid.addWidget(self.button, 1, 0)
        grid.addWidget(self.result, 2, 0)
        grid.addWidget(self.error, 3, 0)
        self.last: Quote | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Quote"))
        for label, text in zip(self._labels, (
                self.tr("From"), self.tr("To"), self.tr("Weight (kg)"),
                self.tr("Size L×W×H (cm)"), self.tr("Service"), self.tr("Declared value"),
                self.tr("Merchant code")), strict=True):
            label.setText(text)
        self.origin.setPlaceholderText(self.tr("province and/or city, e.g. 浙江省杭州市"))
        self.button.setText(self.tr("Quote"))
        fill_combo(self.service, {"standard": self.tr("Standard"),
                                  "express": self.tr("Express")})
        if self.last is not None:
            self._show(self.last)

    def set_inputs(self, *, origin: str = "", destination: str = "", weight: str = "",
                   dims: str = "", service: str = "standard", insured: str = "",
                   merchant: str = "") -> None:
        """For a form that fills the box from its own fields."""
        self.origin.setText(origin)
        self.destination.setText(destination)
        self.weight.setText(weight)
        self.dims.setText(dims)
        self.service.setCurrentIndex(max(0, self.service.findData(service)))
        self.insured.setText(insured)
        self.merchant.setText(merchant)

    def run(self) -> Quote | None:
        self.error.clear()
        try:
            q = self.ctx.run(quote, self.origin.text(), self.destination.text(),
                             self.weight.text(), parse_dims(self.dims.text()),
                             self.service.currentData() or "standard",
                             self.insured.text() or "0", self.merchant.text() or None)
        except DomainError as exc:
            self.last = None
            self.result.clear()
            self.error.setText(describe(exc))
            return None
        self.last = q
        self._show(q)
        self.quoted.emit(q)
        return q

    def _show(self, q: Quote) -> None:
        b = q.breakdown
        lines = [self.tr("Chargeable weight: {kg} kg").format(kg=kg_text(b.chargeable_weight_kg))]
        if b.volumetric_kg is not None:
            lines.append(self.tr("Volumetric weight: {kg} kg").format(
                kg=kg_text(b.volumetric_kg)))
        lines.append(self.tr("Freight: ¥{amount}").format(amount=f"{b.freight:.2f}")
                     + (self.tr(" (minimum charge)") if b.min_charge_applied else ""))
        for s in b.surcharges:
            name = self.tr("Remote area") if s.code == "remote" else self.tr("Oversize")
            lines.append(self.tr("Surcharge, {name}: ¥{amount}").format(
                name=name, amount=f"{s.amount:.2f}"))
        if b.discount:
            lines.append(self.tr("Discount {pct}%: -¥{amount}").format(
                pct=f"{b.discount_pct.normalize():f}", amount=f"{b.discount:.2f}"))
        lines.append(self.tr("Insurance: ¥{amount}").format(amount=f"{b.insurance:.2f}"))
        lines.append(self.tr("Total: ¥{amount}").format(amount=f"{b.total:.2f}"))
        self.result.setText("\n".join(lines))

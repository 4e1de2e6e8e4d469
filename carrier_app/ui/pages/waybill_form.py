"""Waybills → New waybill: the form a clerk fills at the counter, keyboard only.

Every field is checked as it is typed, with the reason beside it (the same checks the
service and the import use). The sort code the address will get is shown live. Ctrl+S saves
(numbers, routes, stores), Ctrl+P prints the label of the waybill just saved.

One form session makes at most one waybill (issue 10 item 3): the session's key (a uuid made
when the form opens and on "New recipient") goes with the create, and the service returns the
waybill already made with that key instead of a second one. Saving again after a save
updates that waybill (same number) while it is CREATED; once its label is printed the form
asks whether to update it (and print again) or make a new waybill. Saving with nothing
changed says so and saves nothing."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QCompleter, QFormLayout, QGridLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QMessageBox, QPlainTextEdit, QPushButton, QSpinBox, QVBoxLayout, QWidget,
)

from carrier_app.core import validation as v
from carrier_app.core.acceptance import ID_TYPES, normalise_id
from carrier_app.core.errors import DomainError, ValidationError
from carrier_app.core.roles import Permission
from carrier_app.pricing.terms import insurance_terms
from carrier_app.ui import messages, printing
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.page_kit import scroll_layout
from carrier_app.ui.widgets.quote_box import QuoteBox
from carrier_app.waybill.acceptance import find_sender
from carrier_app.waybill.form_service import FormData, form_data
from carrier_app.waybill.import_service import MerchantRef
from carrier_app.waybill.labels_service import print_labels
from carrier_app.waybill.service import WaybillInput, create_waybill, update_waybill
from carrier_app.waybill.smart_address import parse_contact

Check = Callable[[str], object]


class WaybillFormPage(Page):
    section = Section.WAYBILLS
    order = 10
    key = "waybill-new"
    permission = Permission.CREATE_WAYBILL

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.notice = PrintNotice(ctx)
        self.print_path = self.notice.print_path
        self.data: FormData | None = None
        self.last_waybill: str | None = None
        #: This form session's key: every create sends it, so one session = one waybill.
        self.client_key = uuid.uuid4().hex
        self.saved_input: WaybillInput | None = None   # what last_waybill holds now
        self.printed = False                           # its label was printed from here
        self.errors: dict[str, QLabel] = {}
        self.checks: dict[str, tuple[QLineEdit, Check]] = {}
        self.captions: dict[str, QLabel] = {}

        self.merchant = QComboBox()
        self.merchant.setEditable(True)
        self.merchant.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        completer = self.merchant.completer()
        assert completer is not None  # an editable combo box has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.merchant.currentIndexChanged.connect(self._merchant_changed)

        def line(name: str, check: Check | None = None, width: int = 0) -> QLineEdit:
            edit = QLineEdit()
            edit.setObjectName(name)
            if width:
                edit.setMaximumWidth(width)
            if check is not None:
                self.checks[name] = (edit, check)
                edit.textChanged.connect(lambda _t, n=name: self._check(n))
            return edit

        cap = self.cod_cap = ctx.settings.cod_cap
        self.sender_name = line("sender_name", lambda t: t.strip() or self._exempt() or
                                v.required_text(t, "sender_name", "Sender name", 60))
        # Counter acceptance (收寄实名, issue 14): the ID of a walk-in sender (or of whoever
        # hands over a parcel of a merchant without a safety agreement).
        self.id_type = QComboBox()
        self.id_type.setObjectName("sender_id_type")
        for code in ID_TYPES:
            self.id_type.addItem(code, code)
        self.id_number = line("sender_id_number", self._check_id, 260)
        self.id_number.editingFinished.connect(self.find_sender)
        self.id_type.currentIndexChanged.connect(lambda _i: self._check("sender_id_number"))
        self.sender_phone = line("sender_phone", lambda t: v.phone(t, "sender_phone") if t
                                 else "")
        self.sender_address = line("sender_address")
        self.recipient_name = line("recipient_name", lambda t: v.required_text(
            t, "recipient_name", "Recipient name", 60))
        self.recipient_phone = line("recipient_phone", v.phone)
        self.province = line("recipient_province")
        self.city = line("recipient_city")
        self.district = line("recipient_district")
        self.address = line("recipient_address", lambda t: v.required_text(
            t, "recipient_address", "Address", 300))
        self.postcode = line("recipient_postcode", v.postcode, 120)
        # 智能识别: a contact pasted from a chat or an order page fills the fields above.
        self.paste = QPlainTextEdit()
        self.paste.setObjectName("smart_paste")
        self.paste.setTabChangesFocus(True)
        self.paste.setFixedHeight(52)
        self.paste.installEventFilter(self)
        self.smart_button = QPushButton()
        self.smart_button.setObjectName("smart_fill")
        self.smart_button.clicked.connect(self.smart_fill)
        self.service = QComboBox()
        self.service.setObjectName("service")
        self.pieces = QSpinBox()
        self.pieces.setObjectName("pieces")
        self.pieces.setRange(1, 99)
        self.weight = line("weight_kg", v.weight_kg, 120)
        self.dims = [QSpinBox() for _ in range(3)]
        for d in self.dims:
            d.setRange(0, 300)
            d.setSpecialValueText("—")
        self.cod = line("cod", lambda t: v.amount(t, "cod", "COD amount", cap=cap), 140)
        self.declared = line("declared_value",
                             lambda t: v.amount(t, "declared_value", "Declared value",
                                                cap=insurance_terms().cap), 140)
        self.contents = line("contents")
        self.note = line("note")
        self.inspected = QCheckBox()
        self.inspected.setObjectName("inspected")
        self.inspection_note = line("inspection_note", self._check_inspection)
        self.inspected.toggled.connect(lambda _on: self._check("inspection_note"))
        self.override_reason = line("override_reason")
        self.quote = QuoteBox(ctx)
        self.quote.setObjectName("quoteBox")
        for edit in (self.sender_address, self.province, self.city, self.weight,
                     self.declared):
            edit.editingFinished.connect(self._fill_quote)
        for edit in (self.province, self.city, self.district, self.address, self.postcode):
            edit.textChanged.connect(self._update_route)

        self.route_label = QLabel()
        self.route_label.setObjectName("routePreview")
        self.route_label.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.save)
        self.print_button = QPushButton()
        self.print_button.setEnabled(False)
        self.print_button.clicked.connect(lambda: self.print_label())
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.clear_recipient)
        self.banner = FeedbackBanner(point_size=14)
        self.banner.setObjectName("waybillBanner")
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.Print, self, lambda: self.print_label())
        # Shift+Ctrl+P: the same print, through the print dialog (PrintPath sees Shift).
        QShortcut(QKeySequence("Ctrl+Shift+P"), self, lambda: self.print_label())

        self.sender_box = QGroupBox()
        sender = QFormLayout(self.sender_box)
        self._row(sender, "merchant", self.merchant)
        self._row(sender, "sender_name", self.sender_name)
        self._row(sender, "sender_phone", self.sender_phone)
        self._row(sender, "sender_address", self.sender_address)
        self._row(sender, "sender_id_type", self.id_type)
        self._row(sender, "sender_id_number", self.id_number)
        self.recipient_box = QGroupBox()
        recipient = QFormLayout(self.recipient_box)
        smart = QWidget()
        smart_row = QHBoxLayout(smart)
        smart_row.setContentsMargins(0, 0, 0, 0)
        smart_row.addWidget(self.paste, 1)
        smart_row.addWidget(self.smart_button)
        self._row(recipient, "smart_paste", smart)
        for name, w in (("recipient_name", self.recipient_name),
                        ("recipient_phone", self.recipient_phone),
                        ("recipient_province", self.province), ("recipient_city", self.city),
                        ("recipient_district", self.district),
                        ("recipient_address", self.address),
                        ("recipient_postcode", self.postcode)):
            self._row(recipient, name, w)
        self.parcel_box = QGroupBox()
        parcel = QFormLayout(self.parcel_box)
        dims = QWidget()
        dl = QHBoxLayout(dims)
        dl.setContentsMargins(0, 0, 0, 0)
        for d in self.dims:
            dl.addWidget(d)
        for name, field in (("service", self.service), ("pieces", self.pieces),
                            ("weight_kg", self.weight), ("dimensions", dims), ("cod", self.cod),
                            ("declared_value", self.declared), ("contents", self.contents),
                            ("override_reason", self.override_reason),
                            ("inspected", self.inspected),
                            ("inspection_note", self.inspection_note), ("note", self.note)):
            self._row(parcel, name, field)

        grid = QGridLayout()
        grid.addWidget(self.sender_box, 0, 0)
        grid.addWidget(self.parcel_box, 1, 0)
        grid.addWidget(self.recipient_box, 0, 1)
        grid.addWidget(self.quote, 1, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.route_label, 1)
        buttons.addWidget(self.clear_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        layout = scroll_layout(self)  # with the quote box it is taller than a 768 px screen
        layout.addLayout(grid)
        layout.addLayout(buttons)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addStretch(1)

        order = [self.merchant, self.sender_name, self.sender_phone, self.sender_address,
                 self.id_type, self.id_number, self.paste, self.smart_button,
                 self.recipient_name, self.recipient_phone,
                 self.province, self.city, self.district, self.address, self.postcode,
                 self.service, self.pieces,
                 self.weight, *self.dims, self.cod, self.declared, self.contents,
                 self.override_reason, self.inspected, self.inspection_note, self.note,
                 self.save_button, self.print_button]
        for a, b in zip(order, order[1:]):
            QWidget.setTabOrder(a, b)
        self.retranslate()
        self.load()

    def _row(self, form: QFormLayout, name: str, widget: QWidget) -> None:
        caption = QLabel()
        self.captions[name] = caption
        error = QLabel()
        error.setObjectName(f"error_{name}")
        error.setStyleSheet("color: #c62828;")
        error.setWordWrap(True)
        self.errors[name] = error
        cell = QWidget()
        box = QVBoxLayout(cell)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(1)
        box.addWidget(widget)
        box.addWidget(error)
        error.hide()
        form.addRow(caption, cell)

    # --- texts --------------------------------------------------------------------------
    def title(self) -> str:
        return self.tr("New waybill")

    def retranslate(self) -> None:
        captions = {
            "merchant": self.tr("Merchant"), "sender_name": self.tr("Sender"),
            "sender_phone": self.tr("Sender phone"), "sender_address": self.tr("Sender address"),
            "recipient_name": self.tr("Name"), "recipient_phone": self.tr("Phone"),
            "recipient_province": self.tr("Province"), "recipient_city": self.tr("City"),
            "recipient_district": self.tr("District"), "recipient_address": self.tr("Address"),
            "recipient_postcode": self.tr("Postcode"), "service": self.tr("Service"),
            "pieces": self.tr("Pieces"), "weight_kg": self.tr("Weight (kg)"),
            "dimensions": self.tr("L × W × H (cm)"), "cod": self.tr("COD amount (¥)"),
            "declared_value": self.tr("Declared value (¥)"), "contents": self.tr("Contents"),
            "note": self.tr("Note"), "sender_id_type": self.tr("ID type"),
            "sender_id_number": self.tr("ID number"),
            "override_reason": self.tr("Override reason"),
            "inspected": self.tr("Inspection"), "inspection_note": self.tr("Not inspected because"),
            "smart_paste": self.tr("Paste 智能识别")}
        for name, text in captions.items():
            self.captions[name].setText(text)
        self.sender_box.setTitle(self.tr("Sender 寄件人"))
        self.recipient_box.setTitle(self.tr("Recipient 收件人"))
        self.parcel_box.setTitle(self.tr("Parcel 包裹"))
        current = self.service.currentData() or "standard"
        self.service.clear()
        self.service.addItem(self.tr("Standard 标快"), "standard")
        self.service.addItem(self.tr("Express 特快"), "express")
        self.service.setCurrentIndex(self.service.findData(current))
        self.save_button.setText(self.tr("Save (Ctrl+S)"))
        self.print_button.setText(self.tr("Print label (Ctrl+P)"))
        self.clear_button.setText(self.tr("New recipient"))
        self.smart_button.setText(self.tr("Fill in"))
        self.paste.setPlaceholderText(self.tr(
            "paste name, phone and address in any order, then Enter"))
        self.weight.setPlaceholderText("1.250")
        names = {"RIC": self.tr("Resident ID card"), "PASSPORT": self.tr("Passport"),
                 "HKMO": self.tr("Home-return permit (HK/Macao)"),
                 "TW": self.tr("Mainland travel permit (Taiwan)"),
                 "HKMO_PERMIT": self.tr("Exit-entry permit to HK/Macao")}
        for i in range(self.id_type.count()):
            code = self.id_type.itemData(i)
            self.id_type.setItemText(i, names[code])
        self.id_number.setPlaceholderText(self.tr("type the ID: a returning sender is filled in"))
        self.inspected.setText(self.tr("Contents inspected (已验视)"))
        self.inspection_note.setPlaceholderText(self.tr("required when not inspected"))
        self.override_reason.setPlaceholderText(self.tr(
            "listed contents only: a supervisor's reason"))
        self.quote.retranslate()
        self.cod.setPlaceholderText("0.00")
        self._update_route()

    # --- behaviour ----------------------------------------------------------------------
    def load(self) -> None:
        self.data = self.ctx.run(form_data)
        self.merchant.blockSignals(True)
        self.merchant.clear()
        self.merchant.addItem("—", None)
        for m in self.data.merchants:
            self.merchant.addItem(f"{m.code}  {m.name}", m.id)
        self.merchant.blockSignals(False)
        self._update_route()

    def activated(self) -> None:
        self.load()
        self.recipient_name.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt)
        # Enter in the paste box fills the fields (Shift+Enter still breaks the line).
        if (watched is self.paste and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier):
            self.smart_fill()
            return True
        return super().eventFilter(watched, event)

    def smart_fill(self) -> None:
        """Split the pasted contact into the recipient's fields; the clerk checks them."""
        try:
            contact = parse_contact(self.paste.toPlainText())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        fields = (("recipient_name", self.recipient_name, contact.name),
                  ("recipient_phone", self.recipient_phone, contact.phone),
                  ("recipient_province", self.province, contact.province),
                  ("recipient_city", self.city, contact.city),
                  ("recipient_district", self.district, contact.district),
                  ("recipient_address", self.address, contact.address),
                  ("recipient_postcode", self.postcode, contact.postcode))
        if not any(value for _n, _e, value in fields):
            self.banner.show_message(Kind.WARNING, self.tr(
                "Nothing recognised in the pasted text: type the fields."))
            return
        for _name, edit, value in fields:
            edit.setText(value)  # a field not found must not keep the previous recipient's
        missing = [(name, edit) for name, edit, value in fields
                   if not value and name != "recipient_postcode"]
        if missing:
            self.banner.show_message(Kind.WARNING, self.tr(
                "Filled in from the pasted text; not found: {fields}. Type them, check the "
                "rest, then save.").format(
                    fields="、".join(self.captions[n].text() for n, _e in missing)))
            missing[0][1].setFocus()
        else:
            self.banner.show_message(Kind.OK, self.tr(
                "Filled in from the pasted text: check the fields, then save (Ctrl+S)."))
            self.recipient_name.setFocus()
        self.paste.clear()

    def _merchant_changed(self) -> None:
        m = self._merchant()
        if m is not None:
            self.sender_name.setText(m.sender[0])
            self.sender_phone.setText(m.sender[1])
            self.sender_address.setText(m.sender[2])

    def _exempt(self) -> bool:
        """A merchant with a signed safety agreement (协议客户): no real-name needed."""
        m = self._merchant()
        return m is not None and m.safety_agreement

    def _check_id(self, text: str) -> object:
        if not text.strip() and self._exempt():
            return ""
        return normalise_id(self.id_type.currentData() or "", text)

    def _check_inspection(self, text: str) -> object:
        if self.inspected.isChecked() or text.strip() or self._exempt():
            return text
        raise ValidationError("Record the inspection: contents inspected, or why not",
                              field="inspection_note", reason="required")

    def find_sender(self) -> None:
        """A returning sender: the ID typed finds the name, phone and address of the last
        waybill accepted with it."""
        if not self.id_number.text().strip() or not self._check("sender_id_number"):
            return
        try:
            found = self.ctx.run(find_sender, self.id_type.currentData(),
                                 self.id_number.text())
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        if found is None:
            return
        self.sender_name.setText(found.name)
        self.sender_phone.setText(found.phone)
        self.sender_address.setText(found.address)
        self.banner.show_message(Kind.OK, self.tr(
            "Returning sender {name} ({id}), last waybill {waybill}").format(
                name=found.name, id=found.id_masked, waybill=found.last_waybill))

    def _fill_quote(self) -> None:
        """运费试算 from what the form holds so far."""
        m = self._merchant()
        dims = [d.value() for d in self.dims]
        self.quote.set_inputs(
            origin=self.sender_address.text(),
            destination=self.province.text() + self.city.text(), weight=self.weight.text(),
            dims="x".join(str(d) for d in dims) if all(dims) else "",
            service=self.service.currentData() or "standard", insured=self.declared.text(),
            merchant=m.code if m else "")

    def _merchant(self) -> MerchantRef | None:
        mid = self.merchant.currentData()
        return next((m for m in (self.data.merchants if self.data else []) if m.id == mid), None)

    def _check(self, name: str) -> bool:
        edit, check = self.checks[name]
        error = self.errors[name]
        try:
            check(edit.text())
        except ValidationError as exc:
            error.setText(messages.field_error(exc))
            error.show()
            edit.setStyleSheet("border: 1px solid #c62828;")
            return False
        error.hide()
        edit.setStyleSheet("")
        return True

    def _update_route(self) -> None:
        if self.data is None:
            return
        match = self.data.router.match(self.postcode.text().strip(), self.province.text(),
                                       self.city.text(), self.district.text(),
                                       self.address.text())
        if match is None:
            self.route_label.setText(self.tr("Sort code: — (manual routing)"))
        else:
            self.route_label.setText(self.tr("Sort code: {code}").format(
                code=match.rule.sort_code))

    def _input(self) -> WaybillInput:
        m = self._merchant()
        dims = tuple(d.value() for d in self.dims)
        return WaybillInput(
            recipient_name=self.recipient_name.text(),
            recipient_phone=self.recipient_phone.text(),
            recipient_address=self.address.text(), recipient_province=self.province.text(),
            recipient_city=self.city.text(), recipient_district=self.district.text(),
            recipient_postcode=self.postcode.text(), sender_name=self.sender_name.text(),
            sender_phone=self.sender_phone.text(), sender_address=self.sender_address.text(),
            merchant_id=m.id if m else None, service=self.service.currentData(),
            pieces=self.pieces.value(), weight_kg=self.weight.text() or "0",  # type: ignore[arg-type]
            cod=self.cod.text() or "0", declared_value=self.declared.text() or "0",  # type: ignore[arg-type]
            contents=self.contents.text(), note=self.note.text(),
            origin_branch_id=m.home_branch_id if m else None,
            dimensions_cm=dims if all(dims) else None,  # type: ignore[arg-type]
            sender_id_type=self.id_type.currentData() if self.id_number.text().strip() else "",
            sender_id_number=self.id_number.text(), inspected=self.inspected.isChecked(),
            inspection_note=self.inspection_note.text(),
            override_reason=self.override_reason.text())

    def save(self) -> None:
        ok = [self._check(name) for name in self.checks]
        if not all(ok):
            first = next(n for n, good in zip(self.checks, ok) if not good)
            self.checks[first][0].setFocus()
            self.banner.show_message(Kind.ERROR, self.tr("Please correct the fields marked "
                                                         "in red."))
            return
        for name in self.errors:  # a refusal the service gave last time
            if name not in self.checks:
                self.errors[name].hide()
        data = self._input()
        router = self.data.router if self.data else None
        try:
            if self.last_waybill is not None and data == self.saved_input:
                self.banner.show_message(Kind.OK, self.tr(
                    "{waybill} is already saved; nothing changed").format(
                        waybill=self.last_waybill))
                return
            if self.last_waybill is not None and self.printed:
                choice = self._ask_printed(self.last_waybill)
                if choice == "cancel":
                    return
                if choice == "new":
                    self._new_session()
            if self.last_waybill is None:
                self.ctx.allocator.ensure(1)  # before the unit of work: SQLite's write lock
                created = self.ctx.run(create_waybill, self.ctx.allocator,
                                       router,  # type: ignore[arg-type]
                                       data, cod_cap=self.cod_cap, client_key=self.client_key)
                waybill, sort_code, updated = created.waybill_no, created.sort_code, False
            else:
                done = self.ctx.run(update_waybill, router,  # type: ignore[arg-type]
                                    self.last_waybill, data, cod_cap=self.cod_cap)
                waybill, sort_code, updated = done.waybill_no, done.sort_code, True
        except ValidationError as exc:
            if exc.field in self.errors:
                self.errors[exc.field].setText(messages.field_error(exc))
                self.errors[exc.field].show()
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        self.last_waybill, self.saved_input = waybill, data
        self.print_button.setEnabled(True)
        if updated and self.printed:
            self.printed = False  # the paper label is out of date until printed again
            self.banner.show_message(Kind.WARNING, self.tr(
                "Updated {waybill} → {code}: print its label again (Ctrl+P)").format(
                    waybill=waybill, code=sort_code or "—"))
        elif sort_code:
            text = (self.tr("Updated {waybill} → {code}") if updated
                    else self.tr("Saved {waybill} → {code}"))
            self.banner.show_message(Kind.OK, text.format(waybill=waybill, code=sort_code))
        else:
            self.banner.show_message(Kind.WARNING, self.tr(
                "Saved {waybill}; no routing rule matched — it waits in the manual-routing "
                "queue").format(waybill=waybill))
        self.print_button.setFocus()

    def _ask_printed(self, waybill: str) -> str:
        """The label of `waybill` is printed and the form changed: "update" it (the label
        must then be printed again), make a "new" waybill, or "cancel"."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Label already printed"),
                          self.tr("The label of {waybill} is printed. Save the changes to "
                                  "{waybill} (and print its label again), or make a new "
                                  "waybill?").format(waybill=waybill), parent=self)
        box.setObjectName("printedQuestion")
        update = box.addButton(self.tr("Update {waybill}").format(waybill=waybill),
                               QMessageBox.ButtonRole.AcceptRole)
        new = box.addButton(self.tr("New waybill"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        clicked = box.clickedButton()
        return "update" if clicked is update else "new" if clicked is new else "cancel"

    def _new_session(self) -> None:
        """The next save makes a new waybill."""
        self.client_key = uuid.uuid4().hex
        self.last_waybill, self.saved_input, self.printed = None, None, False

    def print_label(self) -> None:
        """Print the label(s) of the waybill just saved through the one print path (the
        label profile's printer; Shift opens the dialog)."""
        if not self.last_waybill:
            return
        profile = printing.load_profile("label")
        target = self.print_path.choose(self, "label")
        if target is None:
            return
        try:  # printed before (this form's label again): a reprint, marked 补打
            job = self.ctx.run(print_labels, [self.last_waybill], profile.size,
                               "zpl" if target.zpl else "pdf")
        except DomainError as exc:
            self.banner.show_message(Kind.ERROR, messages.describe(exc))
            return
        zpl = job.document.decode("utf-8") if target.zpl else None
        printed = self.notice.send_to(target, "label", job.ref, b"" if zpl else job.document,
                                      zpl=zpl, reprint=job.reprint, marked=True)
        if printed is None:
            return
        self.printed = True
        self.banner.show_message(Kind.OK, self.tr("Printed {pages} label(s) of {waybill}")
                                 .format(pages=printed.pages, waybill=self.last_waybill))
        self.recipient_name.setFocus()

    def clear_recipient(self) -> None:
        for edit in (self.recipient_name, self.recipient_phone, self.province, self.city,
                     self.district, self.address, self.postcode, self.weight, self.cod,
                     self.declared, self.contents, self.note, self.override_reason,
                     self.inspection_note):
            edit.clear()
        self.inspected.setChecked(False)
        for name in self.errors:
            self.errors[name].hide()
        for edit, _ in self.checks.values():
            edit.setStyleSheet("")
        self.pieces.setValue(1)
        for d in self.dims:
            d.setValue(0)
        self.print_button.setEnabled(False)
        self._new_session()
        self.recipient_name.setFocus()


PAGES = [WaybillFormPage]

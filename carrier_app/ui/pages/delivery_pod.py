"""Delivery: scan a waybill, see what to collect, record who received it with a signature
on the pad (or a failed attempt with its reason). Also the counter pickup (自提)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QVBoxLayout, QWidget,
)

from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Permission
from carrier_app.delivery import attempts as F
from carrier_app.delivery import pod as D
from carrier_app.ui import delivery_names, messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.delivery_names import reason_names, relation_names
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.timefmt import picked_date, today_qdate
from carrier_app.ui.widgets.attachment import ImageAttachment
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind, Sounds
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import fill_combo, standard_page
from carrier_app.ui.widgets.scan_input import ScanInput
from carrier_app.ui.widgets.signature_pad import SignaturePad


class DeliveryPage(Page):
    section = Section.DELIVERY
    order = 10
    key = "delivery_pod"
    permission = Permission.DELIVER
    banner: FeedbackBanner  # made after the scan box, whose rejections it shows

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.info: D.DeliveryInfo | None = None
        self.code = ""            # as scanned (may name a piece)
        self.sounds = Sounds()

        self.scan = ScanInput(prefixes=ctx.settings.scan_prefixes,
                              suffixes=ctx.settings.scan_suffixes)
        self.scan.setObjectName("deliveryScan")
        self.scan.scanned.connect(self.show_parcel)
        self.scan.rejected.connect(lambda raw, reason, _m: self.banner.show_message(
            Kind.IDLE if reason == "empty" else Kind.ERROR, messages.scan_rejection(reason, raw)))
        self.banner = FeedbackBanner(point_size=14)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.scan)
        self.notice = PrintNotice(ctx)

        self.fields: dict[str, QLabel] = {}
        self.form_labels: dict[str, QLabel] = {}
        info_form = QFormLayout()
        for name in ("waybill", "status", "recipient", "address", "pieces", "cod"):
            value, label = QLabel(), QLabel()
            value.setObjectName(f"delivery_{name}")
            value.setWordWrap(True)
            self.fields[name], self.form_labels[name] = value, label
            info_form.addRow(label, value)
        self.fields["cod"].setStyleSheet("font-size: 20pt; font-weight: bold; color: #c62828;")
        self.fields["status"].setStyleSheet("font-weight: bold;")
        self.info_box = QGroupBox()
        self.info_box.setLayout(info_form)

        # Proof of delivery
        self.receiver = QLineEdit()
        self.receiver.setObjectName("receiverName")
        self.relation = QComboBox()
        self.relation.setObjectName("relation")
        self.relation.currentIndexChanged.connect(self._relation_changed)
        self.payment = QComboBox()
        self.payment.setObjectName("paymentMethod")
        self.counter = QCheckBox()
        self.counter.setObjectName("counterPickup")
        self.pad = SignaturePad()
        self.pad.setObjectName("signaturePad")
        self.clear_button = QPushButton()
        self.clear_button.clicked.connect(self.pad.clear)
        self.photo = ImageAttachment()
        self.paper = QCheckBox()
        self.deliver_button = QPushButton()
        self.deliver_button.setObjectName("deliverButton")
        self.deliver_button.setStyleSheet("font-weight: bold; padding: 6px 18px;")
        self.deliver_button.clicked.connect(self.deliver)
        self.pod_button = QPushButton()
        self.pod_button.clicked.connect(self.print_pod)
        self.pod_form = QFormLayout()
        self.pod_labels = [QLabel() for _ in range(4)]
        self.pod_form.addRow(self.pod_labels[0], self.receiver)
        self.pod_form.addRow(self.pod_labels[1], self.relation)
        self.pod_form.addRow(self.pod_labels[2], self.payment)
        self.pod_form.addRow("", self.counter)
        self.pod_form.addRow(self.pod_labels[3], self.pad)
        pad_row = QHBoxLayout()
        pad_row.addWidget(self.clear_button)
        pad_row.addWidget(self.photo, 1)
        self.pod_form.addRow("", pad_row)
        self.pod_form.addRow("", self.paper)
        buttons = QHBoxLayout()
        buttons.addWidget(self.deliver_button)
        buttons.addWidget(self.pod_button)
        buttons.addStretch(1)
        self.pod_form.addRow("", buttons)
        self.pod_box = QGroupBox()
        self.pod_box.setLayout(self.pod_form)

        # Failed attempt
        self.reason = QComboBox()
        self.reason.setObjectName("failReason")
        self.next_date = QDateEdit(today_qdate(1))
        self.next_date.setCalendarPopup(True)
        self.next_date.setDisplayFormat("yyyy-MM-dd")
        self.note = QLineEdit()
        self.fail_button = QPushButton()
        self.fail_button.setObjectName("failButton")
        self.fail_button.clicked.connect(self.fail)
        self.fail_labels = [QLabel() for _ in range(3)]
        fail_form = QFormLayout()
        fail_form.addRow(self.fail_labels[0], self.reason)
        fail_form.addRow(self.fail_labels[1], self.next_date)
        fail_form.addRow(self.fail_labels[2], self.note)
        fail_form.addRow("", self.fail_button)
        self.fail_box = QGroupBox()
        self.fail_box.setLayout(fail_form)

        self.scan_label = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.scan_label)
        top.addWidget(self.scan, 1)
        left = QVBoxLayout()
        left.addWidget(self.info_box)
        left.addWidget(self.fail_box)
        left.addStretch(1)
        body = QHBoxLayout()
        lw = QWidget()
        lw.setLayout(left)
        body.addWidget(lw, 2)
        body.addWidget(self.pod_box, 3)
        standard_page(self, top, self.banner, body, self.refused, notice=self.notice)
        enter_clicks(self.deliver_button, self.receiver)
        enter_clicks(self.fail_button, self.note)
        self.retranslate()
        self._enable(False)

    def title(self) -> str:
        return self.tr("Deliver / counter pickup")

    def retranslate(self) -> None:
        self.scan_label.setText(self.tr("Waybill:"))
        for name, text in {"waybill": self.tr("Waybill"), "status": self.tr("Status"),
                           "recipient": self.tr("Recipient"), "address": self.tr("Address"),
                           "pieces": self.tr("Pieces delivered"),
                           "cod": self.tr("To collect")}.items():
            self.form_labels[name].setText(text)
        self.info_box.setTitle(self.tr("Parcel"))
        self.pod_box.setTitle(self.tr("Proof of delivery"))
        self.fail_box.setTitle(self.tr("Failed attempt"))
        for label, text in zip(self.pod_labels, (self.tr("Received by"), self.tr("Relation"),
                                                 self.tr("Paid by"), self.tr("Signature")),
                               strict=True):
            label.setText(text)
        fill_combo(self.relation, relation_names())
        fill_combo(self.payment, {"cash": self.tr("Cash"),
                                  "transfer": self.tr("Transfer / QR payment")})
        fill_combo(self.reason, reason_names())
        self.counter.setText(self.tr("Counter pickup at this branch (自提)"))
        self.clear_button.setText(self.tr("Clear signature"))
        self.photo.set_texts(self.tr("Attach photo / signed stub…"),
                             self.tr("Attach photo or signed stub"))
        self.paper.setText(self.tr("The signature is on the attached stub"))
        self.deliver_button.setText(self.tr("Confirm delivery"))
        self.pod_button.setText(self.tr("Print POD"))
        for label, text in zip(self.fail_labels, (self.tr("Reason"), self.tr("Next attempt"),
                                                  self.tr("Note")), strict=True):
            label.setText(text)
        self.fail_button.setText(self.tr("Record failed attempt"))
        if self.info is not None:
            self._fill(self.info)

    def activated(self) -> None:
        self.scan.setFocus()

    def _enable(self, on: bool) -> None:
        for w in (self.deliver_button, self.fail_button, self.pod_button):
            w.setEnabled(on)

    # --- actions -------------------------------------------------------------------------
    def show_parcel(self, code: str) -> None:
        try:
            info = self.ctx.run(D.lookup, code)
        except DomainError as exc:
            self._error(exc)
            self.refused.record(code, self.banner.text())
            return
        self.code, self.info = code, info
        self.pad.clear()
        self.photo.clear()
        self.paper.setChecked(False)
        self._fill(info)
        if info.is_return:
            self.relation.setCurrentIndex(self.relation.findData("MERCHANT"))
        else:
            self.relation.setCurrentIndex(self.relation.findData("SELF"))
        self.receiver.setText(info.recipient_name)
        self._enable(True)
        self._say(Kind.HOLD if info.is_return else Kind.OK,
                  f"{info.waybill_no} — {messages.status_name(info.status)}"
                  + (self.tr("  · return to merchant") if info.is_return else ""))

    def _fill(self, i: D.DeliveryInfo) -> None:
        f = self.fields
        f["waybill"].setText(i.waybill_no + (f"  ({self.code})" if self.code != i.waybill_no
                                             else ""))
        f["status"].setText(messages.status_name(i.status)
                            + (self.tr("  · failed attempts: {n}").format(n=i.failed_attempts)
                               if i.failed_attempts else ""))
        f["recipient"].setText(f"{i.recipient_name}  {i.phone_masked}")
        f["address"].setText(i.address)
        f["pieces"].setText(f"{i.pieces_done}/{i.pieces}"
                            + (self.tr("  (partial)") if 0 < i.pieces_done < i.pieces else ""))
        f["cod"].setText(self._to_collect(i))
        self.payment.setEnabled(bool(i.to_collect))

    def _to_collect(self, i: D.DeliveryInfo) -> str:
        """COD alone as before; with 到付 freight the sum and its parts (issue 14)."""
        if i.freight:
            return self.tr("collect ¥{total}: COD ¥{cod} + freight ¥{freight}").format(
                total=f"{i.to_collect:,.2f}", cod=f"{i.cod:,.2f}", freight=f"{i.freight:,.2f}")
        return f"¥{i.cod:,.2f}" if i.cod else self.tr("nothing to collect")

    def _relation_changed(self) -> None:
        if self.info is not None and self.relation.currentData() == "SELF":
            self.receiver.setText(self.info.recipient_name)
        elif self.info is not None and self.receiver.text() == self.info.recipient_name:
            self.receiver.clear()

    def deliver(self) -> None:
        if self.info is None:
            return
        data = D.DeliveryInput(
            self.code, self.receiver.text(), self.relation.currentData(),
            [list(s) for s in self.pad.strokes],
            None if self.pad.is_empty() else self.pad.to_png(), self.photo.data, self.photo.name,
            self.paper.isChecked(), self.payment.currentData() if self.info.to_collect else "",
            self.counter.isChecked(), collected=self.info.to_collect)
        try:
            done = self.ctx.run(D.deliver, data)
            self.info = self.ctx.run(D.lookup, self.info.waybill_no)
        except DomainError as exc:
            self._error(exc)
            return
        self._fill(self.info)
        self.pad.clear()
        if done.complete:
            self._say(Kind.OK, self.tr("{wb}: {status}").format(
                wb=self.info.waybill_no, status=messages.status_name(done.scan.status_after)))
        else:
            self._say(Kind.WARNING, self.tr("{wb}: piece delivered, {done}/{n} pieces").format(
                wb=self.info.waybill_no, done=self.info.pieces_done, n=self.info.pieces))
        self.scan.setFocus()

    def fail(self) -> None:
        if self.info is None:
            return
        try:
            out = self.ctx.run(F.fail, self.info.waybill_no, self.reason.currentData(),
                               next_attempt=picked_date(self.next_date.date()),
                               note=self.note.text())
            self.info = self.ctx.run(D.lookup, self.info.waybill_no)
        except DomainError as exc:
            self._error(exc)
            return
        self._fill(self.info)
        if out.returning:
            msg = self.tr("{wb}: attempt {n} failed — returning to the merchant ({sort})").format(
                wb=out.waybill_no, n=out.attempt_no, sort=out.ret.sort_code if out.ret else "")
            if out.ret and out.ret.label_pdf:  # rendered as a reprint: marked 补打 already
                self.notice.send(self, "label", out.waybill_no, out.ret.label_pdf,
                                 reprint=True, marked=True,
                                 name=f"return-label-{out.waybill_no}")
            self._say(Kind.HOLD, msg)
        else:
            self._say(Kind.WARNING, self.tr("{wb}: attempt {n} failed, next attempt {date}")
                      .format(wb=out.waybill_no, n=out.attempt_no, date=out.next_attempt))
        self.note.clear()
        self.scan.setFocus()

    def print_pod(self) -> None:
        if self.info is None:
            return
        try:
            pdf = self.ctx.run(D.pod_pdf, [self.info.waybill_no])
        except DomainError as exc:
            self._error(exc)
            return
        printed = self.notice.send(self, "pod", self.info.waybill_no, pdf,
                                   name=f"pod-{self.info.waybill_no}")
        if printed is not None:
            self.last_document = printed.path
            self._say(Kind.OK, self.tr("Proof of delivery printed: {wb}").format(
                wb=self.info.waybill_no))

    def _say(self, kind: Kind, text: str) -> None:
        self.banner.show_message(kind, text)
        self.sounds.play(kind)

    def _error(self, exc: DomainError) -> None:
        self._say(Kind.ERROR, delivery_names.describe(exc))


PAGES = [DeliveryPage]

"""Routing rules (Sorting → Routing) and the manual-routing queue.

Rules: search, edit (postcode prefix or province/city/district → branch and route), test an
address (which rule matched and why), import/export CSV. Queue: parcels no rule matched; a
supervisor picks the branch (and may add a rule from it). Re-routing a parcel reprints its
label through the label service.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QFileDialog, QGroupBox, QLabel, QLineEdit, QPushButton, QVBoxLayout,
)

from carrier_app.core.files import write_atomic
from carrier_app.core.roles import Permission
from carrier_app.core.routing import Router
from carrier_app.sorting import rules
from carrier_app.sorting.routing import load_router
from carrier_app.ui import messages
from carrier_app.ui.context import AppContext
from carrier_app.ui.keys import enter_clicks
from carrier_app.ui.models.table import RowsModel
from carrier_app.ui.pages.base import Page, Section
from carrier_app.ui.permit import permit
from carrier_app.ui.refused_scans import RefusedScansView
from carrier_app.ui.widgets.feedback import FeedbackBanner, Kind
from carrier_app.ui.widgets.print_notice import PrintNotice
from carrier_app.ui.widgets.page_kit import (
    Form, act, done, fill_locations, hbox, rows_table, scroll_layout, selected_row,
)
from carrier_app.ui.widgets.scan_input import ScanInput
from carrier_app.waybill.labels_service import render_labels


class RoutingPage(Page):
    section = Section.SORTING
    order = 10
    key = "sorting-routing"
    permission = Permission.TRACK

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.editing: int | None = None
        self.banner = FeedbackBanner(point_size=12)
        self.search = QLineEdit()
        self.search.textChanged.connect(lambda _t: self.refresh())
        self.model: RowsModel[rules.RuleRow] = RowsModel([
            (lambda: self.tr("Id"), lambda r: r.id),
            (lambda: self.tr("Postcode prefix"), lambda r: r.postcode_prefix),
            (lambda: self.tr("Province"), lambda r: r.province),
            (lambda: self.tr("City"), lambda r: r.city),
            (lambda: self.tr("District"), lambda r: r.district),
            (lambda: self.tr("Sort code"), lambda r: r.sort_code),
            (lambda: self.tr("Active"), lambda r: "✓" if r.active else "—"),
            (lambda: self.tr("Note"), lambda r: r.note),
        ])
        self.table = rows_table(self.model, "rulesTable", fit=True, single=True)
        self.table.clicked.connect(self._edit)
        self.f = {k: QLineEdit() for k in ("postcode_prefix", "province", "city", "district",
                                            "route", "note")}
        self.branch = QComboBox()
        self.active = QCheckBox()
        self.active.setChecked(True)
        self.new_button, self.save_button, self.delete_button = (QPushButton() for _ in range(3))
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete)
        self.import_button, self.export_button = QPushButton(), QPushButton()
        self.import_button.clicked.connect(lambda: self.import_file(None))
        self.export_button.clicked.connect(lambda: self.export_file(None))
        for button in (self.new_button, self.save_button, self.delete_button,
                       self.import_button):
            permit(button, ctx.actor, Permission.MANAGE_ROUTING)
        self.form = Form()
        self.form.add("postcode", self.f["postcode_prefix"])
        self.form.add("names", hbox(self.f["province"], self.f["city"], self.f["district"]))
        self.form.add("dest", hbox((self.branch, 2), (self.f["route"], 1), self.active))
        self.form.add("note", self.f["note"])
        self.form.add("buttons", hbox(self.new_button, self.save_button, self.delete_button,
                                      self.import_button, self.export_button))
        # Test an address.
        self.t = {k: QLineEdit() for k in ("postcode", "province", "city", "district",
                                            "address")}
        for box in self.t.values():
            box.textChanged.connect(lambda _t: self.test_address())
        self.test_result = QLabel()
        self.test_result.setObjectName("routeTestResult")
        self.test_result.setWordWrap(True)
        self.test_result.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.test_box = QGroupBox()
        tl = QVBoxLayout(self.test_box)
        tl.addWidget(hbox(self.t["postcode"], self.t["province"], self.t["city"],
                          self.t["district"], (self.t["address"], 2)))
        tl.addWidget(self.test_result)
        self._router: Router | None = None
        layout = scroll_layout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.test_box)
        enter_clicks(self.save_button, *self.f.values())
        self.retranslate()

    def title(self) -> str:
        return self.tr("Routing rules")

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search postcode, names, branch, note"))
        self.active.setText(self.tr("Active"))
        for key, text in (("province", self.tr("Province")), ("city", self.tr("City")),
                          ("district", self.tr("District")), ("route", self.tr("Route no.")),
                          ("postcode_prefix", self.tr("Digits, longest prefix wins"))):
            self.f[key].setPlaceholderText(text)
        for key, text in (("postcode", self.tr("Postcode")), ("province", self.tr("Province")),
                          ("city", self.tr("City")), ("district", self.tr("District")),
                          ("address", self.tr("Street address"))):
            self.t[key].setPlaceholderText(text)
        self.new_button.setText(self.tr("New rule"))
        self.save_button.setText(self.tr("Save rule"))
        self.delete_button.setText(self.tr("Delete rule"))
        self.import_button.setText(self.tr("Import CSV…"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.test_box.setTitle(self.tr("Test an address"))
        self.form.set_texts({"postcode": self.tr("Postcode prefix:"),
                             "names": self.tr("Province / city / district:"),
                             "dest": self.tr("Branch / route:"), "note": self.tr("Note:"),
                             "buttons": ""})
        self.model.retranslate()
        self.test_address()

    def activated(self) -> None:
        fill_locations(self.ctx, self.branch, kind="branch")
        self.refresh()

    def refresh(self) -> None:
        text = self.search.text()
        rows = act(self.ctx, self.banner, rules.list_rules, text)
        self.model.set_rows(rows or [])
        self._router = None
        self.test_address()

    def _edit(self) -> None:
        r = selected_row(self.table, self.model)
        if r is None:
            return
        self.editing = r.id
        for key in ("postcode_prefix", "province", "city", "district", "note"):
            self.f[key].setText(getattr(r, key))
        self.f["route"].setText(r.route_number)
        self.branch.setCurrentIndex(self.branch.findData(r.branch_code))
        self.active.setChecked(r.active)

    def _new(self) -> None:
        self.editing = None
        for box in self.f.values():
            box.clear()
        self.active.setChecked(True)

    def save(self) -> None:
        data = rules.RuleInput(
            branch_code=self.branch.currentData() or "", route_number=self.f["route"].text(),
            postcode_prefix=self.f["postcode_prefix"].text(), province=self.f["province"].text(),
            city=self.f["city"].text(), district=self.f["district"].text(),
            active=self.active.isChecked(), note=self.f["note"].text(), id=self.editing)
        rid = act(self.ctx, self.banner, rules.save_rule, data)
        if rid is not None:
            self.editing = rid
            self.banner.show_message(Kind.OK, self.tr("Rule {id} saved").format(id=rid))
            self.refresh()

    def delete(self) -> None:
        if self.editing is None:
            return
        rid = self.editing
        if done(self.ctx, self.banner, rules.delete_rule, rid):
            self.banner.show_message(Kind.OK, self.tr("Rule {id} deleted").format(id=rid))
            self._new()
            self.refresh()

    def test_address(self) -> None:
        if not any(box.text().strip() for box in self.t.values()):
            self.test_result.setText(self.tr("Type an address to see which rule routes it."))
            return
        if self._router is None:
            self._router = self.ctx.look_up(load_router)
        r = rules.test_address(self._router, **{k: v.text() for k, v in self.t.items()})
        if r.sort_code is None:
            self.test_result.setText(self.tr("No rule matches: the parcel would go to the "
                                             "manual-routing queue."))
        else:
            self.test_result.setText(self.tr("→ {code}  (rule {id}: {reason})").format(
                code=r.sort_code, id=r.rule_id, reason=r.reason.split(": ", 1)[-1]))

    def export_file(self, path: Path | None) -> Path | None:
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export rules"),
                                                    "routing-rules.csv", "CSV (*.csv)")
            if not chosen:
                return None
            path = Path(chosen)
        text = act(self.ctx, self.banner, rules.export_csv)
        if text is None:
            return None
        write_atomic(path, text.encode("utf-8-sig"))
        self.banner.show_message(Kind.OK, self.tr("Rules exported to {path}").format(path=path))
        return path

    def import_file(self, path: Path | None) -> None:
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Import rules"), "",
                                                    "CSV (*.csv)")
            if not chosen:
                return
            path = Path(chosen)
        text = path.read_text(encoding="utf-8-sig")
        res = act(self.ctx, self.banner, rules.import_csv, text)
        if res is not None:
            self.banner.show_message(Kind.OK, self.tr("{a} rule(s) added, {u} updated").format(
                a=res.added, u=res.updated))
            self.refresh()


class ManualQueuePage(Page):
    section = Section.SORTING
    order = 15
    key = "sorting-manual"
    permission = Permission.MANUAL_ROUTE

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.last_label: bytes | None = None
        self.banner = FeedbackBanner(point_size=12)
        self.notice = PrintNotice(ctx)
        self.model: RowsModel[rules.QueuedParcel] = RowsModel([
            (lambda: self.tr("Waybill"), lambda q: q.waybill_no),
            (lambda: self.tr("Status"), lambda q: messages.status_name(q.status)),
            (lambda: self.tr("Postcode"), lambda q: q.postcode),
            (lambda: self.tr("Address"),
             lambda q: f"{q.province}{q.city}{q.district} {q.address}"),
        ])
        self.table = rows_table(self.model, "manualQueue", fit=True, single=True)
        self.table.clicked.connect(self._pick)
        self.code = ScanInput(prefixes=ctx.settings.scan_prefixes)
        self.code.scanned.connect(self.scanned)
        self.refused = RefusedScansView(ctx.refused, self.key)
        self.refused.watch(self.code)
        self.branch = QComboBox()
        self.route = QLineEdit()
        self.reason = QLineEdit()
        self.add_rule = QCheckBox()
        self.route_button = QPushButton()
        self.route_button.clicked.connect(self.route_parcel)
        self.form = Form()
        self.form.add("code", self.code)
        self.form.add("dest", hbox((self.branch, 2), (self.route, 1), self.add_rule))
        self.form.add("reason", hbox((self.reason, 1), self.route_button))
        layout = scroll_layout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.banner)
        layout.addWidget(self.notice)
        layout.addWidget(self.refused)
        enter_clicks(self.route_button, self.route, self.reason)
        self.retranslate()

    def title(self) -> str:
        return self.tr("Manual routing")

    def retranslate(self) -> None:
        self.route.setPlaceholderText(self.tr("Route no. (optional)"))
        self.reason.setPlaceholderText(self.tr("Reason (e.g. address corrected)"))
        self.add_rule.setText(self.tr("Add a rule for this address"))
        self.route_button.setText(self.tr("Route / re-route and reprint label"))
        self.form.set_texts({"code": self.tr("Waybill:"), "dest": self.tr("Branch / route:"),
                             "reason": self.tr("Reason:")})
        self.model.retranslate()

    def activated(self) -> None:
        fill_locations(self.ctx, self.branch, kind="branch")
        self.refresh()

    def refresh(self) -> None:
        rows = act(self.ctx, self.banner, rules.manual_queue)
        self.model.set_rows(rows or [])

    def _pick(self) -> None:
        q = selected_row(self.table, self.model)
        if q is not None:
            self.code.setText(q.waybill_no)

    def scanned(self, code: str) -> None:
        """A scanned parcel stays in the box (the scan box clears itself), its queue row is
        selected, and the focus goes on to the branch: pick it, Enter in the reason routes."""
        self.code.setText(code[:13])
        for i, q in enumerate(self.model.rows):
            if q.waybill_no == code[:13]:
                self.table.selectRow(i)
        self.branch.setFocus()

    def route_parcel(self) -> None:
        code = self.code.text().strip().upper()
        branch, route = self.branch.currentData() or "", self.route.text()
        reason, add = self.reason.text(), self.add_rule.isChecked()
        out = act(self.ctx, self.banner, rules.route_parcel, code, branch, route, reason=reason,
                  add_rule=add)
        if out is None:
            self.refused.record(code, self.banner.text())
            return
        self.code.clear()
        # The new sort code goes on a new label at once (recorded as a reprint).
        pdf = act(self.ctx, self.banner, render_labels, [out.waybill_no], size="100x150",
                  reprint=True)
        self.last_label = pdf
        if pdf:
            self.notice.send(self, "label", out.waybill_no, pdf, reprint=True, marked=True,
                             name=f"label-{out.waybill_no}")
        text = self.tr("{wb}: {old} → {new}").format(wb=out.waybill_no,
                                                     old=out.old_sort_code or "—",
                                                     new=out.sort_code)
        if out.rule_added:
            text += "  " + self.tr("(rule {id} added)").format(id=out.rule_added)
        if pdf is None:
            text += "  —  " + self.tr("the new label could not be made: reprint it from "
                                      "Waybills")
        self.banner.show_message(Kind.OK if pdf else Kind.WARNING, text)
        self.refresh()


PAGES = [RoutingPage, ManualQueuePage]

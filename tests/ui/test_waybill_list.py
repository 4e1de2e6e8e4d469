"""Waybills & labels page driven like a user: search, select, preview, cancel with a reason,
print and reprint to a PDF-format QPrinter, print a whole batch."""

from __future__ import annotations

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtPrintSupport import QPrinter

from carrier_app.documents.labels import SIZES
from carrier_app.store import UnitOfWork
from carrier_app.tracking.history import track
from carrier_app.ui import printing
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.waybill_list import WaybillListPage
from carrier_app.ui.widgets.feedback import Kind
from label_support import decode_pages, make_batch
from scan_support import make_parcels


@pytest.fixture
def page(qtbot, demo_sqlite, actor):
    p = WaybillListPage(AppContext(demo_sqlite, actor("clerk")))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    return p


def pdf_printer(path):
    """The print dialog (modal, a real printer list) answered: the user picks "print to PDF
    file"; Shift+click opens it."""
    def ask(printer, _parent):
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        return True
    return ask


SHIFT = Qt.KeyboardModifier.ShiftModifier


def select_rows(page, *rows):
    sel = page.table.selectionModel()
    sel.clearSelection()
    for r in rows:
        sel.select(page.model.index(r, 0), QItemSelectionModel.SelectionFlag.Select
                   | QItemSelectionModel.SelectionFlag.Rows)


def search(qtbot, page, text):
    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)


def test_search_preview_cancel(qtbot, page, demo_sqlite):
    wbs = make_parcels(demo_sqlite, 3, pieces=2)
    page.activated()
    assert page.model.rowCount() == 3
    search(qtbot, page, wbs[1])
    assert [r.waybill_no for r in page.model.rows] == [wbs[1]]
    select_rows(page, 0)
    assert page.preview.page_count() == 2          # one page per piece
    assert page.print_button.isEnabled() and page.cancel_waybill_button.isEnabled()

    page.ask_reason = lambda _p, _wb: "   "
    qtbot.mouseClick(page.cancel_waybill_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.ERROR
    page.ask_reason = lambda _p, _wb: "customer cancelled"
    qtbot.mouseClick(page.cancel_waybill_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind == Kind.OK
    assert page.model.rows[0].status == "CANCELLED"
    assert not page.print_button.isEnabled() and not page.reprint_button.isEnabled()
    with UnitOfWork(demo_sqlite) as uow:
        assert track(uow, page.ctx.actor, wbs[1]).status == "CANCELLED"


def test_print_and_reprint_to_pdf_printer(qtbot, page, demo_sqlite, tmp_path):
    wbs = make_parcels(demo_sqlite, 2)
    page.activated()
    page.label_size.setCurrentText("76x130")
    select_rows(page, 0, 1)
    assert page.preview.page_count() == 2
    out = tmp_path / "printed.pdf"
    page.print_path.ask = pdf_printer(out)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton, SHIFT)
    qtbot.waitUntil(lambda: page.task is None and page.last_printed == 2, timeout=20_000)
    doc = pdfium.PdfDocument(str(out))
    try:
        assert len(doc) == 2
        w, h = doc[0].get_size()
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (76, 130)
    finally:
        doc.close()
    # what came out of the printer still scans
    codes = {c for p in decode_pages(out.read_bytes()) for c in p.code128}
    assert codes == set(wbs)

    page.last_printed = 0
    out.unlink()
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton, SHIFT)
    qtbot.waitUntil(lambda: page.task is None and page.last_printed == 2, timeout=20_000)
    assert out.exists()
    with UnitOfWork(demo_sqlite) as uow:
        events = [e.event for e in track(uow, page.ctx.actor, wbs[0]).events]
    assert events[-1] == "REPRINT"


def test_print_whole_batch(qtbot, page, demo_sqlite, tmp_path):
    wbs = make_parcels(demo_sqlite, 3)
    make_batch(demo_sqlite, wbs[:2], merchant="M002", file_name="orders.xlsx")
    page.activated()
    assert page.batch.count() == 2
    page.batch.setCurrentIndex(1)
    page.refresh()
    assert {r.waybill_no for r in page.model.rows} == set(wbs[:2])
    out = tmp_path / "batch.pdf"
    page.print_path.ask = pdf_printer(out)
    page._enable()
    assert page.batch_button.isEnabled()
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton, SHIFT)
    qtbot.waitUntil(lambda: page.task is None and page.last_printed == 2, timeout=20_000)
    assert page.banner.kind == Kind.OK


def test_label_profile_size_remembered(qtbot):
    printing.save_profile("label", printing.Profile(size="76x130"))
    assert printing.load_profile("label").size == "76x130"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printing.configure(printer, "100x180")
    size = printer.pageLayout().pageSize().size(printer.pageLayout().pageSize().Unit.Millimeter)
    assert (round(size.width()), round(size.height())) == (100, 180)


def test_label_size_box_leaves_qwidget_size_alone(page):
    """The label-size box once was `page.size`, hiding QWidget.size() (found by mypy)."""
    assert page.size().width() == 1200 and page.size().height() == 700
    assert page.label_size.currentText() in SIZES

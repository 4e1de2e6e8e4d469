"""The one print path driven from real pages: a ZPL label printer that is a loopback TCP
server in the test, no printer set (the documents folder of the day, opened from the
message), and the print queue listing the jobs and printing one again marked 补打."""

from __future__ import annotations

import socket
import threading
from datetime import date

import pypdfium2 as pdfium
import pytest
from PySide6.QtCore import QItemSelectionModel, QObject, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from sqlalchemy import select

from carrier_app.config import data_dir
from carrier_app.core.clock import local_today
from carrier_app.store import UnitOfWork
from carrier_app.store.models import AuditLog, PrintJob
from carrier_app.ui import printing
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.print_queue import PrintQueuePage
from carrier_app.ui.pages.waybill_list import WaybillListPage
from label_support import decode_pages
from scan_support import make_parcels


class RawPrinter:
    """A raw (port 9100 style) printer on 127.0.0.1: keeps every connection's bytes."""

    def __init__(self) -> None:
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.jobs: list[bytes] = []
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while chunk := conn.recv(65536):
                    data += chunk
                self.jobs.append(data)


@pytest.fixture
def raw_printer():
    p = RawPrinter()
    yield p
    p.server.close()


def page_of(qtbot, cls, db, actor):
    p = cls(AppContext(db, actor))
    qtbot.addWidget(p)
    p.resize(1200, 700)
    p.show()
    p.activated()
    return p


def select_row(page, row):
    page.table.selectionModel().select(
        page.model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def print_first(qtbot, page):
    select_row(page, 0)
    qtbot.mouseClick(page.print_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and page.last_printed > 0, timeout=20_000)


def pdf_text(path) -> str:
    doc = pdfium.PdfDocument(str(path))
    try:
        return "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    finally:
        doc.close()


def test_label_goes_to_the_zpl_printer_without_a_dialog(qtbot, demo_sqlite, actor,
                                                         raw_printer):
    printing.save_profile("label", printing.Profile(
        size="100x150", format="zpl", host=f"127.0.0.1:{raw_printer.port}"))
    wb = make_parcels(demo_sqlite, 1)[0]
    page = page_of(qtbot, WaybillListPage, demo_sqlite, actor("clerk"))
    page.print_path.ask = lambda *_: pytest.fail("no dialog without Shift")
    print_first(qtbot, page)
    qtbot.waitUntil(lambda: len(raw_printer.jobs) == 1, timeout=10_000)
    zpl = raw_printer.jobs[0].decode("utf-8")
    assert zpl.startswith("^XA") and zpl.rstrip().endswith("^XZ")
    assert f"^FD{wb}" in zpl and "REPRINT" not in zpl
    assert f"127.0.0.1:{raw_printer.port}" in page.notice.text.text()
    assert not page.notice.open_button.isVisible()

    # printed again from the queue: the same label, now marked, on the same printer
    queue = page_of(qtbot, PrintQueuePage, demo_sqlite, actor("clerk"))
    assert [(r.kind, r.ref, r.format) for r in queue.model.rows] == [("label", wb, "zpl")]
    select_row(queue, 0)
    qtbot.mouseClick(queue.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(raw_printer.jobs) == 2, timeout=10_000)
    again = raw_printer.jobs[1].decode("utf-8")
    assert f"^FD{wb}" in again and "^FDREPRINT^FS" in again
    assert queue.model.rows[0].reprint and queue.model.rows[0].ref == wb


class UrlCatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.urls.append(url)


def test_no_printer_writes_the_day_folder_and_the_queue_reprints_with_the_mark(
        qtbot, demo_sqlite, actor):
    wb = make_parcels(demo_sqlite, 1)[0]
    page = page_of(qtbot, WaybillListPage, demo_sqlite, actor("clerk"))
    print_first(qtbot, page)
    folder = data_dir() / "documents" / local_today().isoformat()
    path = folder / f"label-{wb}.pdf"
    assert path.exists() and date.fromisoformat(folder.name) == local_today()
    assert str(path) in page.notice.text.text()
    codes = {c for p in decode_pages(path.read_bytes()) for c in p.code128}
    assert wb in codes
    assert "补打" not in pdf_text(path)

    catcher = UrlCatcher()
    QDesktopServices.setUrlHandler("file", catcher, "open")
    try:
        qtbot.mouseClick(page.notice.open_button, Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [u.toLocalFile() for u in catcher.urls] == [str(path)]

    clerk = actor("clerk", user_id=None)
    queue = page_of(qtbot, PrintQueuePage, demo_sqlite, clerk)
    row = queue.model.rows[0]
    assert (row.kind, row.ref, row.target, row.reprint) == ("label", wb, str(path), False)
    select_row(queue, 0)
    qtbot.mouseClick(queue.reprint_button, Qt.MouseButton.LeftButton)
    again = folder / f"label-{wb}-reprint.pdf"
    assert again.exists()
    assert "补打" in pdf_text(again) and "REPRINT" in pdf_text(again)
    assert wb in {c for p in decode_pages(again.read_bytes()) for c in p.code128}
    assert [r.reprint for r in queue.model.rows] == [True, False]
    with UnitOfWork(demo_sqlite) as uow:
        jobs = uow.session.scalars(select(PrintJob).order_by(PrintJob.id)).all()
        assert [j.reprint_of for j in jobs] == [None, jobs[0].id]
        audit = uow.session.scalars(select(AuditLog).where(
            AuditLog.action == "print.reprint")).all()
        assert [(a.entity_id, a.username) for a in audit] == [(str(jobs[1].id),
                                                               clerk.username)]


def test_workstation_printer_profiles_and_test_pages(qtbot, demo_sqlite, actor, raw_printer):
    from carrier_app.config import Settings
    from carrier_app.ui.pages.admin_workstation import WorkstationPage
    from carrier_app.ui.widgets.feedback import Kind

    page = WorkstationPage(AppContext(demo_sqlite, actor("admin"), Settings(db_url="sqlite://")))
    qtbot.addWidget(page)
    page.show()
    page.label_format.setCurrentIndex(page.label_format.findData("zpl"))
    page.label_size.setCurrentText("76x130")
    qtbot.keyClicks(page.zpl_host, "127.0.0.1:notaport")
    qtbot.mouseClick(page.test_label_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.ERROR and "host:port" in page.banner.text()
    assert printing.load_profile("label").format == "pdf"  # nothing saved
    page.zpl_host.setText(f"127.0.0.1:{raw_printer.port}")
    qtbot.mouseClick(page.test_label_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK
    qtbot.waitUntil(lambda: len(raw_printer.jobs) == 1, timeout=10_000)
    zpl = raw_printer.jobs[0].decode()
    assert zpl.startswith("^XA") and "^PW608^LL1040" in zpl and zpl.rstrip().endswith("^XZ")
    assert printing.load_profile("label") == printing.Profile(
        size="76x130", format="zpl", host=f"127.0.0.1:{raw_printer.port}")

    # no document printer set: the A4 test page goes to the folder of the day
    qtbot.mouseClick(page.test_document_button, Qt.MouseButton.LeftButton)
    path = page.notice.path
    assert path is not None and path.parent.name == local_today().isoformat()
    doc = pdfium.PdfDocument(str(path))
    try:
        w, h = doc[0].get_size()
        assert (round(w / 72 * 25.4), round(h / 72 * 25.4)) == (210, 297)
    finally:
        doc.close()
    assert "TEST-PAGE-0123" in {c for p in decode_pages(path.read_bytes()) for c in p.code128}
    with UnitOfWork(demo_sqlite) as uow:
        kinds = [j.kind for j in uow.session.scalars(select(PrintJob).order_by(PrintJob.id))]
    assert kinds == ["label_test_page", "test_page"]


def test_a_label_reprint_printed_again_from_the_queue_keeps_one_mark(qtbot, demo_sqlite, actor,
                                                                     raw_printer):
    """The label draws its own 补打 on a reprint; the queue must not stamp a second one."""
    wb = make_parcels(demo_sqlite, 1)[0]
    page = page_of(qtbot, WaybillListPage, demo_sqlite, actor("clerk"))
    select_row(page, 0)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.task is None and page.last_printed > 0, timeout=20_000)
    path = data_dir() / "documents" / local_today().isoformat() / f"label-{wb}-reprint.pdf"
    assert pdf_text(path).count("补打") == 1
    path.unlink()

    queue = page_of(qtbot, PrintQueuePage, demo_sqlite, actor("clerk"))
    assert [r.reprint for r in queue.model.rows] == [True]
    select_row(queue, 0)
    qtbot.mouseClick(queue.reprint_button, Qt.MouseButton.LeftButton)
    assert pdf_text(path).count("补打") == 1
    assert wb in {c for p in decode_pages(path.read_bytes()) for c in p.code128}
    assert [r.reprint for r in queue.model.rows] == [True, True]

    # the same on a ZPL label printer
    printing.save_profile("label", printing.Profile(
        size="100x150", format="zpl", host=f"127.0.0.1:{raw_printer.port}"))
    select_row(page, 0)
    qtbot.mouseClick(page.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(raw_printer.jobs) == 1, timeout=10_000)
    assert raw_printer.jobs[0].decode("utf-8").count("REPRINT") == 1
    # The job is in the queue once the print's task has finished (sent, then recorded):
    # refreshed before that, the queue's first row is the PDF reprint above.
    qtbot.waitUntil(lambda: page.task is None, timeout=10_000)
    queue.refresh()
    select_row(queue, 0)
    qtbot.mouseClick(queue.reprint_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(raw_printer.jobs) == 2, timeout=10_000)
    assert raw_printer.jobs[1].decode("utf-8").count("REPRINT") == 1


def test_a_label_printed_from_the_command_line_is_a_reprint_on_the_screen(
        qtbot, demo_sqlite, actor, tmp_path, monkeypatch):
    """One path per action: the command line's print is recorded as the screen's is, so the
    screen's Print of the same label (not Reprint) is marked 补打 and queued as a reprint."""
    from carrier_app.cli import main
    from cli_support import act_as

    wb = make_parcels(demo_sqlite, 1)[0]
    act_as(monkeypatch, "clerk")
    assert main(["labels", wb, "-o", str(tmp_path / "cli.pdf"), "--db",
                 str(demo_sqlite.engine.url)]) == 0
    page = page_of(qtbot, WaybillListPage, demo_sqlite, actor("clerk"))
    print_first(qtbot, page)
    path = data_dir() / "documents" / local_today().isoformat() / f"label-{wb}-reprint.pdf"
    assert pdf_text(path).count("补打") == 1
    assert "Labels reprinted" in page.banner.text()
    queue = page_of(qtbot, PrintQueuePage, demo_sqlite, actor("clerk"))
    assert [(r.kind, r.ref, r.reprint, r.target) for r in queue.model.rows] == [
        ("label", wb, True, str(path)), ("label", wb, False, str(tmp_path / "cli.pdf"))]

"""Bags, manifests and arrival screens driven with qtbot: scans typed, buttons clicked,
labels, lists and PDFs read back."""

from __future__ import annotations

import pypdfium2 as pdfium
import zxingcpp
from PySide6.QtCore import Qt

from carrier_app.core.lifecycle import Event
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.sorting_arrival import ArrivalPage
from carrier_app.ui.pages.sorting_bags import BagsPage
from carrier_app.ui.pages.sorting_manifests import ManifestsPage
from carrier_app.ui.widgets.feedback import Kind
from confirm_support import answer_confirm
from hub_support import TO_021_03, TO_571_15, make_parcels, status_of


def type_scan(qtbot, box, code):
    qtbot.keyClicks(box, code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def decode(pdf: bytes) -> set[str]:
    doc = pdfium.PdfDocument(pdf)
    found = {r.text for r in zxingcpp.read_barcodes(doc[0].render(scale=203 / 72).to_pil())}
    doc.close()
    return found


def test_bag_manifest_arrival_screens(qtbot, demo_sqlite, actor, tmp_path):
    db = demo_sqlite
    wbs = make_parcels(db, 3, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))
    wrong = make_parcels(db, 1, postcode=TO_571_15, steps=(Event.RECEIVE, Event.SORT))[0]
    sup = actor("supervisor", location="571")

    bags_page = BagsPage(AppContext(db, sup))
    bags_page.sounds.enabled = False
    qtbot.addWidget(bags_page)
    bags_page.show()
    bags_page.activated()
    bags_page.destination.setCurrentIndex(bags_page.destination.findData("021"))
    qtbot.mouseClick(bags_page.open_button, Qt.MouseButton.LeftButton)
    bag_no = bags_page.current.bag_no
    for wb in wbs:
        type_scan(qtbot, bags_page.scan, wb)
        assert bags_page.banner.kind is Kind.OK
    type_scan(qtbot, bags_page.scan, wrong)
    assert bags_page.banner.kind is Kind.ERROR and "571-15" in bags_page.banner.text()
    assert "not 021" in bags_page.banner.text()
    assert bags_page.current.pieces == 3
    bags_page.weight.setText("3.5")
    qtbot.mouseClick(bags_page.seal_button, Qt.MouseButton.LeftButton)
    assert bags_page.current.status == "SEALED"
    assert bags_page.notice.path.name == f"bag-{bag_no}.pdf"
    assert bag_no in decode(bags_page.notice.path.read_bytes())
    first = bags_page.notice.path.read_bytes()
    qtbot.mouseClick(bags_page.reprint_button, Qt.MouseButton.LeftButton)
    assert bags_page.notice.path.name == f"bag-{bag_no}-reprint.pdf"
    again = pdfium.PdfDocument(bags_page.notice.path.read_bytes())
    assert "补打 REPRINT" in again[0].get_textpage().get_text_range()
    again.close()
    assert "补打" not in pdfium.PdfDocument(first)[0].get_textpage().get_text_range()
    type_scan(qtbot, bags_page.scan, wbs[0])
    assert bags_page.banner.kind is Kind.ERROR  # sealed bag takes nothing
    assert bags_page.model.rowCount() == 1

    man = ManifestsPage(AppContext(db, sup))
    man.sounds.enabled = False
    qtbot.addWidget(man)
    man.show()
    man.activated()
    man.destination.setCurrentIndex(man.destination.findData("021"))
    man.vehicle.setText("浙A12345")
    qtbot.mouseClick(man.create_button, Qt.MouseButton.LeftButton)
    type_scan(qtbot, man.scan, bag_no)
    assert man.lines.rowCount() == 1 and "3" in man.totals.text()
    man.seal_no.setText("S-1")
    man.driver.setText("王师傅")
    answer_confirm()
    qtbot.mouseClick(man.depart_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: man.task is None, timeout=20_000)
    assert man.banner.kind is Kind.OK, man.banner.text()
    assert all(status_of(db, wb) == "IN_TRANSIT" for wb in wbs)
    number = man.current.manifest_no
    assert man.notice.path.name == f"manifest-{number}.pdf"
    assert number in decode(man.notice.path.read_bytes())

    arr = ArrivalPage(AppContext(db, actor("supervisor", location="021")))
    arr.sounds.enabled = False
    qtbot.addWidget(arr)
    arr.show()
    qtbot.mouseClick(arr.start_button, Qt.MouseButton.LeftButton)
    assert arr.lists["missing"].count() == 3
    type_scan(qtbot, arr.scan, wbs[0])
    assert arr.banner.kind is Kind.OK and arr.lists["missing"].count() == 2
    type_scan(qtbot, arr.scan, wbs[1])
    answer_confirm()
    qtbot.mouseClick(arr.close_button, Qt.MouseButton.LeftButton)
    assert arr.lists["shortage"].count() == 1
    assert arr.lists["shortage"].item(0).text() == wbs[2]
    assert arr.banner.kind is Kind.WARNING

"""The Bags screen voids an empty bag with the reason typed in the reason box; a bag with a
parcel in it is refused with the reason in words."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carrier_app.core.lifecycle import Event
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.sorting_bags import BagsPage
from carrier_app.ui.widgets.feedback import Kind
from hub_support import TO_021_03, make_parcels


def type_scan(qtbot, widget, text):
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_void_an_empty_bag_from_the_screen(qtbot, demo_sqlite, actor):
    wb = make_parcels(demo_sqlite, 1, postcode=TO_021_03, steps=(Event.RECEIVE, Event.SORT))[0]
    page = BagsPage(AppContext(demo_sqlite, actor("supervisor", location="571")))
    page.sounds.enabled = False
    qtbot.addWidget(page)
    page.show()
    page.activated()
    page.destination.setCurrentIndex(page.destination.findData("021"))
    qtbot.mouseClick(page.open_button, Qt.MouseButton.LeftButton)
    bag_no = page.current.bag_no
    type_scan(qtbot, page.scan, wb)
    qtbot.keyClicks(page.reason, "opened for the wrong hub")
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.ERROR and "take them out" in page.banner.text()
    assert page.current.status == "OPEN"
    page.unbag_code.setText(wb)
    qtbot.mouseClick(page.unbag_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.reason, "opened for the wrong hub")
    qtbot.mouseClick(page.void_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK and bag_no in page.banner.text()
    assert page.current.status == "VOID" and "Void" in page.current_label.text()
    assert bag_no not in [b.bag_no for b in page.model.rows]

"""The quote box: typed in, it shows the breakdown from the rate card; bad input is named."""

from __future__ import annotations

from PySide6.QtCore import Qt

from carrier_app.core.roles import Actor, Role
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.widgets.quote_box import QuoteBox


def test_quote_box_shows_the_breakdown(qtbot, demo_sqlite):
    box = QuoteBox(AppContext(demo_sqlite, Actor(None, "clerk", Role.CLERK)))
    qtbot.addWidget(box)
    box.origin.setText("浙江省杭州市")
    box.destination.setText("新疆维吾尔自治区")
    box.weight.setText("2")
    box.dims.setText("60x50x40")
    box.insured.setText("3000")
    box.merchant.setText("M002")
    with qtbot.waitSignal(box.quoted):
        qtbot.keyClick(box.merchant, Qt.Key.Key_Return)    # Enter in any field quotes
    lines = box.result.text().splitlines()
    assert lines == ["Chargeable weight: 15.0 kg", "Volumetric weight: 15.0 kg",
                     "Freight: ¥244.00", "Surcharge, Remote area: ¥10.00",
                     "Discount 10%: -¥24.40", "Insurance: ¥15.00", "Total: ¥244.60"]
    assert box.error.text() == ""
    i18n.set_language("zh_CN")
    box.retranslate()
    assert box.result.text().splitlines()[-1] == "合计：¥244.60"
    assert box.title() == "运费试算"
    i18n.set_language("en")

    box.insured.setText("20000.01")
    assert box.run() is None
    assert "over the insurance cap" in box.error.text() and box.result.text() == ""
    box.insured.clear()
    box.dims.setText("60x0x40")
    qtbot.mouseClick(box.button, Qt.MouseButton.LeftButton)
    assert "whole number above 0 cm" in box.error.text()
    box.dims.setText("60x40")
    box.run()
    assert "length x width x height" in box.error.text()

from __future__ import annotations

from PySide6.QtCore import Qt

from carrier_app.core.lifecycle import Event
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.sorting_routing import ManualQueuePage, RoutingPage
from carrier_app.ui.widgets.feedback import Kind
from delivery_support import pdf_text_and_codes
from hub_support import events_of, make_parcels, status_of


def test_rule_editor_test_box_and_csv(qtbot, demo_sqlite, actor, tmp_path):
    page = RoutingPage(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    assert page.model.rowCount() == 12
    qtbot.keyClicks(page.t["postcode"], "310099")
    assert "No rule" in page.test_result.text()
    qtbot.keyClicks(page.f["postcode_prefix"], "3100")
    page.branch.setCurrentIndex(page.branch.findData("571-15"))
    qtbot.keyClicks(page.f["route"], "03")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK and page.model.rowCount() == 13
    assert "571-15-03" in page.test_result.text() and "3100" in page.test_result.text()
    page.f["route"].setText("77")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.ERROR and "77" in page.banner.text()
    path = page.export_file(tmp_path / "r.csv")
    assert "3100" in path.read_text(encoding="utf-8-sig")
    page.table.selectRow(12)
    page._edit()
    qtbot.mouseClick(page.delete_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 12
    page.import_file(path)
    assert page.model.rowCount() == 13 and "1" in page.banner.text()


def test_manual_queue_routes_and_prints_the_new_label(qtbot, demo_sqlite, actor, tmp_path):
    wb = make_parcels(demo_sqlite, 1, postcode="", steps=(Event.RECEIVE,))[0]
    page = ManualQueuePage(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    assert page.model.rowCount() == 1
    page.table.selectRow(0)
    page._pick()
    assert page.code.text() == wb
    page.branch.setCurrentIndex(page.branch.findData("021-08"))
    page.add_rule.setChecked(True)
    qtbot.mouseClick(page.route_button, Qt.MouseButton.LeftButton)
    assert "021-08-00" in page.banner.text() and "rule" in page.banner.text()
    assert page.model.rowCount() == 0
    assert status_of(demo_sqlite, wb) == "RECEIVED"
    folder = page.notice.path.parent  # no printer set: the documents folder of the day
    assert [p.name for p in folder.glob("*.pdf")] == [f"label-{wb}-reprint.pdf"]  # re-routed
    text, codes = pdf_text_and_codes(page.notice.path.read_bytes())
    assert "补打" in text
    assert "021-08-00" in text and codes.count(wb) == 2 and page.banner.kind is Kind.OK
    assert events_of(demo_sqlite, wb)[-1][0] == "REPRINT"

"""The import screen: preview with encoding and mapping, import off the GUI thread with
progress, rejected rows listed, cancel imports nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import func, select

from carrier_app.config import Settings
from carrier_app.store import UnitOfWork
from carrier_app.store.models import Parcel
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.waybill_import import ImportPage
from carrier_app.ui.widgets.feedback import Kind


def make_page(qtbot, db, actor):
    page = ImportPage(AppContext(db, actor("clerk"), Settings(db_url="sqlite://")))
    qtbot.addWidget(page)
    page.show()
    return page


def count(db):
    with UnitOfWork(db) as uow:
        return uow.session.scalar(select(func.count()).select_from(Parcel))


def test_preview_then_import_with_rejects(qtbot, demo_sqlite, actor, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_bytes("订单号,收件人,电话,地址,邮编,重量,颜色\n"
                  "A1,张三,13812345678,某路 1 号,310012,1,红\n"
                  "A2,李四,123,某路 2 号,310012,1,蓝\n".encode("gb18030"))
    page = make_page(qtbot, demo_sqlite, actor)
    qtbot.keyClicks(page.path, str(f))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    assert "gb18030" in page.info.text() and "2 rows" in page.info.text()
    mapping = {page.mapping.item(i, 0).text(): page.pickers[i].currentText()
               for i in range(page.mapping.rowCount())}
    assert mapping["电话"] == "Phone *" and mapping["颜色"] == "(not used)"
    assert page.rows.item(0, 2).text() == "张三"
    assert count(demo_sqlite) == 0  # a preview imports nothing
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert page.banner.kind is Kind.WARNING
    assert (page.result.created, page.result.rejected) == (1, 1)
    assert page.rejects.item(0, 0).text() == "3" and page.rejects.item(0, 1).text() == "电话"
    assert page.progress.value() == page.progress.maximum()
    assert count(demo_sqlite) == 1
    out = tmp_path / "rejects.csv"
    page.save_rejects(str(out))
    assert "A2" in out.read_text(encoding="utf-8-sig")


def test_a_file_missing_a_column_asks_for_it_at_preview(qtbot, demo_sqlite, actor, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text("订单号,收件人\nA1,张三\n", encoding="utf-8")
    page = make_page(qtbot, demo_sqlite, actor)
    page.path.setText(str(f))
    page.preview()
    assert page.banner.kind is Kind.WARNING
    assert "Phone" in page.banner.text() and "Address" in page.banner.text()
    assert not page.import_button.isEnabled()


def test_cancel_imports_nothing(qtbot, demo_sqlite, actor, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text("order_ref,recipient_name,recipient_phone,recipient_address,weight_kg\n" +
                 "".join(f"C{i},Li,13812345678,Road {i},1\n" for i in range(5000)),
                 encoding="utf-8")
    page = make_page(qtbot, demo_sqlite, actor)
    page.path.setText(str(f))
    page.preview()
    page.start_import()
    page.cancel()
    qtbot.waitUntil(lambda: page.task is None, timeout=30_000)
    assert page.banner.kind is Kind.ERROR and "nothing was imported" in page.banner.text()
    assert count(demo_sqlite) == 0


def test_the_mapping_is_picked_in_the_preview_saved_and_used_again(qtbot, demo_sqlite, actor,
                                                                   tmp_path):
    f = tmp_path / "erp.csv"
    f.write_text("单据号,客户,客户手机号码,送货地址,件重\n"
                 "E1,孙七,13612345678,浙江省杭州市西湖区文三路90号,1.2\n", encoding="utf-8")
    page = make_page(qtbot, demo_sqlite, actor)
    page.merchant.setCurrentIndex(page.merchant.findData("M001"))
    page.path.setText(str(f))
    page.preview()
    # no header is known: the clerk is told which fields to pick, and cannot import yet
    assert page.banner.kind is Kind.WARNING and "Order ref" in page.banner.text()
    assert not page.import_button.isEnabled()
    for i, field in enumerate(["order_ref", "recipient_name", "recipient_phone",
                               "recipient_address", "weight_kg"]):
        page.pickers[i].setCurrentIndex(page.pickers[i].findData(field))
    assert page.import_button.isEnabled()
    page.pickers[1].setCurrentIndex(page.pickers[1].findData("recipient_phone"))  # twice
    assert page.banner.kind is Kind.ERROR and not page.import_button.isEnabled()
    page.pickers[1].setCurrentIndex(page.pickers[1].findData("recipient_name"))
    qtbot.mouseClick(page.save_mapping_button, Qt.MouseButton.LeftButton)
    assert page.banner.kind is Kind.OK, page.banner.text()
    # a new page (another day): the saved mapping is where the preview starts
    again = make_page(qtbot, demo_sqlite, actor)
    again.merchant.setCurrentIndex(again.merchant.findData("M001"))
    again.path.setText(str(f))
    again.preview()
    assert [p.currentData() for p in again.pickers] == [
        "order_ref", "recipient_name", "recipient_phone", "recipient_address", "weight_kg"]
    qtbot.mouseClick(again.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: again.result is not None, timeout=20_000)
    assert again.result.created == 1 and count(demo_sqlite) == 1


def test_rows_without_a_route_are_named_in_the_summary(qtbot, demo_sqlite, actor, tmp_path):
    f = tmp_path / "far.csv"
    f.write_text("订单号,收件人,电话,地址,重量\n"
                 "F1,王五,13712345678,新疆维吾尔自治区乌鲁木齐市天山区光明路38号,1\n",
                 encoding="utf-8")
    page = make_page(qtbot, demo_sqlite, actor)
    page.merchant.setCurrentIndex(page.merchant.findData("M001"))
    page.path.setText(str(f))
    page.preview()
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert page.banner.kind is Kind.WARNING
    assert "manual routing" in page.banner.text() and "rows 2" in page.banner.text()

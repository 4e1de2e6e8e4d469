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
    mapping = {page.mapping.item(i, 0).text(): page.mapping.item(i, 1).text()
               for i in range(page.mapping.rowCount())}
    assert mapping["电话"] == "Phone" and mapping["颜色"] == "(not used)"
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


def test_a_file_missing_a_column_is_refused_at_preview(qtbot, demo_sqlite, actor, tmp_path):
    f = tmp_path / "orders.csv"
    f.write_text("订单号,收件人\nA1,张三\n", encoding="utf-8")
    page = make_page(qtbot, demo_sqlite, actor)
    page.path.setText(str(f))
    page.preview()
    assert page.banner.kind is Kind.ERROR and "missing" in page.banner.text()
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

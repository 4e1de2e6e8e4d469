"""With the UI in Chinese, the rejected rows of an import are listed and saved with Chinese
headers and reasons (the merchant's own columns and values untouched)."""

from __future__ import annotations

import csv
import io
import re

from PySide6.QtCore import Qt

from carrier_app.config import Settings
from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.waybill_import import ImportPage

ROWS = [("A1", "张三", "13812345678"), ("A2", "李四", "123"),
        ("A3", "王五", "tel:13812345678"), ("A4", "赵六", "0571-88886666 转 8012"),
        ("A5", "钱\x07七", "13812345678")]


def test_rejects_are_listed_and_saved_in_chinese(qtbot, demo_sqlite, actor, tmp_path):
    i18n.set_language("zh_CN")
    f = tmp_path / "orders.csv"
    f.write_text("订单号,收件人,电话,地址,邮编,重量\n" + "".join(
        f"{ref},{name},{phone},某路 1 号,310012,1\n" for ref, name, phone in ROWS),
        encoding="utf-8")
    page = ImportPage(AppContext(demo_sqlite, actor("clerk"), Settings(db_url="sqlite://")))
    qtbot.addWidget(page)
    page.show()
    qtbot.keyClicks(page.path, str(f))
    qtbot.mouseClick(page.preview_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.result is not None, timeout=20_000)
    assert (page.result.created, page.result.rejected) == (1, 4)
    shown = [page.rejects.item(i, 3).text() for i in range(page.rejects.rowCount())]
    out = tmp_path / "rejects.csv"
    page.save_rejects(str(out))
    rows = list(csv.reader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert rows[0] == ["行", "列", "原因", "订单号", "收件人", "电话", "地址", "邮编", "重量"]
    assert [r[0] for r in rows[1:]] == ["3", "4", "5", "6"]
    assert [r[2] for r in rows[1:]] == shown
    for reason in shown:  # a Chinese sentence, not the English one or a code
        assert re.search(r"[\u4e00-\u9fff]", reason) and not re.search(r"[a-z]{4,}", reason), \
            reason
    assert "tel:" in shown[1] and "分机" in shown[2] and "控制字符" in shown[3]

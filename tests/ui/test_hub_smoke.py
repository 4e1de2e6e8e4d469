"""Every hub screen builds in the main window, activates, and switches to Chinese with its
strings translated."""

from __future__ import annotations

from carrier_app.ui import i18n
from carrier_app.ui.context import AppContext
from carrier_app.ui.main_window import MainWindow

HUB_KEYS = {"pickup-merchants", "pickup-requests", "pickup-receiving", "sorting-routing",
            "sorting-manual", "sorting-station", "sorting-bags", "sorting-manifests",
            "sorting-arrival"}


def test_hub_pages_in_main_window_and_in_chinese(qtbot, demo_sqlite, actor, monkeypatch,
                                                  tmp_path):
    monkeypatch.setenv("CARRIER_DATA_DIR", str(tmp_path))  # compiled .qm cache
    win = MainWindow(AppContext(demo_sqlite, actor("supervisor")))
    qtbot.addWidget(win)
    win.show()
    pages = {p.key: p for p in win.pages}
    assert HUB_KEYS <= pages.keys()
    for key in sorted(HUB_KEYS):
        assert win.show_page(key)
    try:
        i18n.set_language("zh_CN")
        qtbot.waitUntil(lambda: pages["sorting-bags"].open_button.text() == "开袋")
        assert pages["sorting-station"].title() == "分拣台"
        assert pages["sorting-bags"].open_button.text() == "开袋"
        assert pages["pickup-merchants"].title() == "商户"
    finally:
        i18n.set_language("en")
        pages["sorting-station"].shutdown()
    assert pages["sorting-station"].title() == "Sort station"

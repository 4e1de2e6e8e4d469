"""Layout (issue 12 item 7): the window fits the screen it starts on, and every screen is
usable at 1366×768 in Chinese without scrolling sideways."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, QSettings, QSize, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QScrollArea

from carrier_app.config import Settings
from carrier_app.ui import i18n, screen_fit
from carrier_app.ui.context import AppContext
from carrier_app.ui.fonts import register_fonts
from carrier_app.ui.main_window import MainWindow

SCREENSHOTS = Path(__file__).resolve().parents[2] / "screenshots" / "1366x768"
SETTINGS = Settings(db_url="sqlite://", location="571")
SMALL = QRect(0, 0, 1366, 768)
#: What a window gets of a 1366×768 screen: less a 40-pixel task bar and its frame.
CLIENT = QSize(1366 - 2, 768 - 40 - 26)


def sideways(page) -> list[str]:
    """The scroll areas of `page` that scroll horizontally (page scrollers and tables
    whose columns are set to fit: a table never needs a sideways bar at this width)."""
    found = []
    for area in page.findChildren(QAbstractScrollArea):
        bar = area.horizontalScrollBar()
        if area.isVisible() and bar.maximum() > 0 and (
                isinstance(area, QScrollArea) or bar.isVisible()):
            found.append(f"{type(area).__name__} {area.objectName()} by {bar.maximum()} px")
    return found


def test_every_page_fits_1366x768_in_chinese(qtbot, demo_sqlite, actor):
    register_fonts(QApplication.instance())
    i18n.set_language("zh_CN")
    window = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS), "杭州转运中心")
    qtbot.addWidget(window)
    window.setWindowState(Qt.WindowState.WindowNoState)
    window.show()
    window.resize(CLIENT)  # the offscreen screen is 800×800: size it as on 1366×768
    hint = window.minimumSizeHint()
    assert hint.width() <= SMALL.width() and hint.height() <= SMALL.height(), hint
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    problems = {}
    for page in window.pages:
        assert window.show_page(page.key)
        qtbot.waitUntil(lambda p=page: p.isVisible())
        QApplication.processEvents()
        if found := sideways(page):
            problems[page.key] = found
        window.grab().save(str(SCREENSHOTS / f"{page.key}.png"))
    assert window.size() == CLIENT  # no page made the window grow
    assert not problems, problems
    assert len(window.pages) >= 20


def test_a_geometry_saved_on_a_larger_screen_is_clamped(qtbot, demo_sqlite, actor):
    area = QApplication.primaryScreen().availableGeometry()
    big = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS))
    qtbot.addWidget(big)
    big.setGeometry(area.x() + 300, area.y() + 200, area.width() + 1200, area.height() + 700)
    QSettings().setValue("geometry", big.saveGeometry())

    window = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS))
    qtbot.addWidget(window)
    window.show()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert not window.isMaximized()


def test_the_first_start_on_a_small_screen_is_maximised(qtbot, demo_sqlite, actor):
    assert QSettings().value("geometry") is None
    window = MainWindow(AppContext(demo_sqlite, actor("admin"), SETTINGS))
    qtbot.addWidget(window)
    window.show()
    assert screen_fit.is_small(QApplication.primaryScreen().availableGeometry())  # 800×800
    assert window.isMaximized()
    assert screen_fit.is_small(SMALL) and screen_fit.is_small(QRect(0, 0, 1280, 1024))
    assert not screen_fit.is_small(QRect(0, 0, 1920, 1080))


def test_a_window_is_clamped_into_the_area(qtbot):
    from PySide6.QtWidgets import QWidget
    w = QWidget()
    qtbot.addWidget(w)
    w.setGeometry(900, 500, 1900, 1000)
    screen_fit.clamp(w, SMALL)
    assert SMALL.contains(w.frameGeometry()), w.frameGeometry()
    assert w.width() == SMALL.width() - (w.frameGeometry().width() - w.width())

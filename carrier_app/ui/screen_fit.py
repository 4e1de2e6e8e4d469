"""The window fits the screen it starts on: a geometry saved on a larger screen is clamped
into the available area; the first start on a small screen (≤ 1366×768) is maximised."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

#: The smallest screen the screens are laid out for (issue 12 item 7).
SMALL = QSize(1366, 768)
#: The first-start size on a larger screen.
DEFAULT = QSize(1280, 800)


def is_small(area: QRect) -> bool:
    """No more room than 1366×768 in one direction: the window takes the whole screen."""
    return area.width() <= SMALL.width() or area.height() <= SMALL.height()


def _screen(window: QWidget) -> QScreen:
    return (QGuiApplication.screenAt(window.geometry().center()) or window.screen()
            or QGuiApplication.primaryScreen())


def clamp(window: QWidget, area: QRect) -> None:
    """Shrink and move `window` (frame included) into `area`."""
    frame = window.frameGeometry()
    extra = QSize(frame.width() - window.width(), frame.height() - window.height())
    size = window.size().boundedTo(area.size() - extra)
    window.resize(size)
    width, height = size.width() + extra.width(), size.height() + extra.height()
    x = min(max(frame.x(), area.left()), area.left() + area.width() - width)
    y = min(max(frame.y(), area.top()), area.top() + area.height() - height)
    window.move(x, y)


def restore(window: QWidget, geometry: object) -> None:
    """Put `window` where it was (clamped to the screen it lands on), or on a first start
    maximised on a small screen / a default size centred on a larger one."""
    if isinstance(geometry, QByteArray | bytes) and window.restoreGeometry(geometry):
        clamp(window, _screen(window).availableGeometry())
        return
    area = _screen(window).availableGeometry()
    if is_small(area):
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
        return
    window.resize(DEFAULT.boundedTo(area.size()))
    clamp(window, area)
    window.move(area.center() - window.rect().center())

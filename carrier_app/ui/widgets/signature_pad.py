"""SignaturePad: the receiver signs with the mouse, a pen (tablet) or a finger (touch).

Strokes are kept as vectors — a list of strokes, each a list of (x, y) points in the pad's
pixel space — so the service stores them exactly; `to_png()` renders them (QImage/QPainter)
for the proof-of-delivery document. Signals: `changed()` after every stroke or clear.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QEvent, QIODevice, QPointF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor, QImage, QMouseEvent, QPainter, QPainterPath, QPaintEvent, QPen, QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

Point = tuple[float, float]

PEN_WIDTH = 2.5


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.strokes: list[list[Point]] = []
        self._current: list[Point] | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(320, 140)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setToolTip(self.tr("Sign here with the mouse, a pen or a finger"))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(520, 180)

    # --- state ---------------------------------------------------------------------------
    def is_empty(self) -> bool:
        return not any(self.strokes)

    def clear(self) -> None:
        self.strokes = []
        self._current = None
        self.update()
        self.changed.emit()

    def set_strokes(self, strokes: list[list[Point]]) -> None:
        self.strokes = [list(s) for s in strokes]
        self.update()
        self.changed.emit()

    # --- input ---------------------------------------------------------------------------
    def _begin(self, p: QPointF) -> None:
        self._current = [(round(p.x(), 1), round(p.y(), 1))]
        self.strokes.append(self._current)
        self.update()

    def _extend(self, p: QPointF) -> None:
        if self._current is None:
            return
        pt = (round(p.x(), 1), round(p.y(), 1))
        if self._current[-1] != pt:
            self._current.append(pt)
            self.update()

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.changed.emit()

    def mousePressEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if e.button() == Qt.MouseButton.LeftButton:
            self._begin(e.position())
        e.accept()

    def mouseMoveEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if e.buttons() & Qt.MouseButton.LeftButton:
            self._extend(e.position())
        e.accept()

    def mouseReleaseEvent(self, e: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if e.button() == Qt.MouseButton.LeftButton:
            self._extend(e.position())
            self._end()
        e.accept()

    def tabletEvent(self, e: QTabletEvent) -> None:  # noqa: N802 - Qt override
        # Accepting the tablet event stops Qt from synthesising mouse events as well.
        t = e.type()
        if t == QEvent.Type.TabletPress:
            self._begin(e.position())
        elif t == QEvent.Type.TabletMove and e.buttons():
            self._extend(e.position())
        elif t == QEvent.Type.TabletRelease:
            self._end()
        e.accept()

    def event(self, e: QEvent) -> bool:
        t = e.type()
        if t in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd) \
                and isinstance(e, QTouchEvent):
            points = e.points()
            if points:
                pos = points[0].position()
                if t == QEvent.Type.TouchBegin:
                    self._begin(pos)
                elif t == QEvent.Type.TouchUpdate:
                    self._extend(pos)
                else:
                    self._extend(pos)
                    self._end()
            e.accept()
            return True
        return super().event(e)

    # --- drawing -------------------------------------------------------------------------
    def _draw(self, painter: QPainter) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        pen = QPen(QColor("#101010"), PEN_WIDTH, Qt.PenStyle.SolidLine,
                   Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        for stroke in self.strokes:
            if len(stroke) == 1:
                x, y = stroke[0]
                painter.drawPoint(QPointF(x, y))
                continue
            path = QPainterPath(QPointF(*stroke[0]))
            for x, y in stroke[1:]:
                path.lineTo(x, y)
            painter.drawPath(path)

    def paintEvent(self, _e: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        painter.setPen(QPen(QColor("#b0bec5"), 1, Qt.PenStyle.DashLine))
        base = self.height() - 30
        painter.drawLine(20, base, self.width() - 20, base)
        painter.drawText(22, base + 18, "×")
        painter.setPen(QPen(QColor("#90a4ae"), 1))
        painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        self._draw(painter)
        painter.end()

    def to_png(self) -> bytes:
        """The strokes, black on white at the pad's size, as PNG bytes (no guide lines)."""
        img = QImage(max(1, self.width()), max(1, self.height()),
                     QImage.Format.Format_RGB32)
        img.fill(QColor("white"))
        painter = QPainter(img)
        self._draw(painter)
        painter.end()
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        # PySide6's stub types the format as bytes; the binding accepts only str.
        img.save(buf, "PNG")  # type: ignore[call-overload]
        buf.close()
        return bytes(data.data())

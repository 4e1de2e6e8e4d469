"""A read-only table model over a list of rows: columns are (header, value-of-row) pairs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[T], Any]]]) -> None:
        super().__init__()
        self._columns = list(columns)
        self.rows: list[T] = []

    def set_rows(self, rows: Sequence[T]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self._columns) - 1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            value = self._columns[index.column()][1](self.rows[index.row()])
            return "" if value is None else str(value)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section][0]()
        return None


#: A cell that needs attention now (overdue, too old): white on red.
OVERDUE_BG, OVERDUE_FG = QColor("#c62828"), QColor("#ffffff")


class OverdueRowsModel(RowsModel[T]):
    """RowsModel whose `flag_column` cell is white on red for a row whose `overdue` is set
    (an overdue problem's age, a late run's due date)."""

    def __init__(self, columns: Sequence[tuple[Callable[[], str], Callable[[T], Any]]],
                 flag_column: int) -> None:
        super().__init__(columns)
        self.flag_column = flag_column

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and index.column() == self.flag_column \
                and getattr(self.rows[index.row()], "overdue", False):
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BG)
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(OVERDUE_FG)
        return super().data(index, role)

"""Long work off the GUI thread (DESIGN.md rule 7): a QRunnable with progress and cancel.

    task = Task(lambda progress, cancelled: import_file(..., progress, cancelled))
    task.signals.progress.connect(bar.setValue); task.signals.done.connect(on_done)
    QThreadPool.globalInstance().start(task)

The function gets `progress(done, total)` and `cancelled() -> bool` and opens its own unit of
work (sessions never cross threads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Signal

from carrier_app.core.errors import DomainError


Progress = Callable[[int, int], None]
"""`progress(done, total)`."""
Cancelled = Callable[[], bool]
"""`cancelled()`: whether the user asked to stop."""
Work = Callable[[Progress, Cancelled], Any]
"""What a Task runs off the GUI thread."""


class TaskSignals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(str)


class Task(QRunnable):
    def __init__(self, fn: Work) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()
        self._cancel = threading.Event()
        self.setAutoDelete(False)  # the page keeps it until `done`/`failed`

    def cancel(self) -> None:
        self._cancel.set()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit, self._cancel.is_set)
        except DomainError as exc:
            self.signals.failed.emit(exc.message)
        except Exception as exc:  # noqa: BLE001 - shown to the user, never lost silently
            self.signals.failed.emit(f"{type(exc).__name__}: {exc}")
        else:
            self.signals.done.emit(result)

"""TaskBar: a progress bar and a Cancel button that run one ui.worker.Task at a time off the
GUI thread (DESIGN.md rule 7). Hidden while idle; `busy` says whether a task runs.

    bar.start(lambda progress, cancelled: make_pdf(...), on_done)   # on_failed(message)
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QThreadPool, Signal
from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget

from carrier_app.ui.worker import Task, Work


class TaskBar(QWidget):
    #: True when a task starts, False when it has finished (done, failed or cancelled).
    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.task: Task | None = None
        self._callbacks: tuple[Callable[[Any], None], Callable[[str], None]] = (
            lambda _: None, lambda _: None)
        self.progress = QProgressBar()
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.progress)
        layout.addWidget(self.cancel_button)
        self.cancel_button.setText(self.tr("Cancel"))
        self.hide()

    @property
    def busy(self) -> bool:
        return self.task is not None

    def start(self, work: Work, on_done: Callable[[Any], None],
              on_failed: Callable[[str], None]) -> bool:
        """Run `work` on the thread pool; False (and nothing started) while one runs."""
        if self.task is not None:
            return False
        self.task = Task(work)
        self._callbacks = (on_done, on_failed)
        # Bound methods of this widget, not closures: Qt drops the connections when the
        # widget is destroyed, so a task that ends after its page was closed calls nothing.
        self.task.signals.progress.connect(self._progress)
        self.task.signals.done.connect(self._done)
        self.task.signals.failed.connect(self._failed)
        self.progress.setRange(0, 0)  # busy until the first progress report
        self.show()
        self.busy_changed.emit(True)
        QThreadPool.globalInstance().start(self.task)
        return True

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()

    def _done(self, result: Any) -> None:
        self._finish()
        self._callbacks[0](result)

    def _failed(self, message: str) -> None:
        self._finish()
        self._callbacks[1](message)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _finish(self) -> None:
        self.task = None
        self.hide()
        self.busy_changed.emit(False)

    def changeEvent(self, e: QEvent) -> None:  # noqa: N802 - Qt override
        if e.type() == QEvent.Type.LanguageChange:
            self.cancel_button.setText(self.tr("Cancel"))
        super().changeEvent(e)

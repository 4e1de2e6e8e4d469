"""The GUI side of scanning through an outage (tracking.offline): one bridge per session,
held by the AppContext as `ctx.offline`, shared by every scan screen.

    r = self.ctx.offline.attempt("receiving", "receive", code, args,
                                 lambda: self.ctx.run(receiving.receive, code, weight))
    if isinstance(r, Journaled): ...       # kept on this workstation; the banner says so

Only a server database (PostgreSQL) can be out of reach: on the embedded SQLite file the
bridge is off and `attempt` simply runs the call. While scans wait, a timer tries to replay
them off the GUI thread every few seconds; each scan the server refuses on replay goes to the
session's refused-scans list (ctx.refused) with its reason.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal

from carrier_app.core.roles import Actor
from carrier_app.store.engine import Database
from carrier_app.store.journal import ScanJournal, default_path
from carrier_app.tracking.offline import (
    ACTIONS, Check, Journaled, OfflineScans, Replay, Replayed, ReplayRun,
)
from carrier_app.ui import messages
from carrier_app.ui.refused_scans import RefusedScans
from carrier_app.ui.worker import Task

T = TypeVar("T")
_log = logging.getLogger(__name__)

#: How often waiting scans are offered to the server again.
RETRY_MS = 3000


class OfflineBridge(QObject):
    #: Scans of this user waiting on this workstation.
    changed = Signal(int)
    #: One waiting scan the server took or refused (a tracking.offline.Replayed).
    replayed = Signal(object)
    #: A replay run ended (a tracking.offline.ReplayRun).
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, db: Database, actor: Actor, refused: RefusedScans,
                 journal_path: Path | None = None, *, retry_ms: int = RETRY_MS) -> None:
        super().__init__()
        self.refused = refused
        self.enabled = journal_path is not None or not db.is_sqlite
        self.service: OfflineScans | None = None
        #: What the scans waiting now were not checked for (shown on the banner).
        self.unchecked: set[Check] = set()
        self._running = threading.Lock()
        self._task: Task | None = None  # the replay run going on (Task does not delete itself)
        self.timer = QTimer(self)
        self.timer.setInterval(retry_ms)
        self.timer.timeout.connect(self.try_replay)
        self.replayed.connect(self._on_replayed)
        self.failed.connect(lambda message: _log.warning("offline replay failed: %s", message))
        self.finished.connect(self._on_finished)
        if self.enabled:
            self.service = OfflineScans(db, ScanJournal(journal_path or default_path()), actor)
            left = self.service.journal.pending(actor.username)
            if left:  # left from before a crash or a restart
                self.unchecked = {c for e in left for c in ACTIONS[e.action].unchecked}
                self.timer.start()

    def waiting(self) -> int:
        return self.service.waiting() if self.service is not None else 0

    def attempt(self, screen: str, action: str, code: str, args: dict[str, Any],
                online: Callable[[], T]) -> T | Journaled:
        """`online()`, or the scan journaled when the server cannot be reached (or scans
        wait). Callable from a worker thread; the signals reach the GUI thread queued."""
        if self.service is None:
            return online()
        result = self.service.attempt(screen, action, code, args, online)
        if isinstance(result, Journaled):
            self.unchecked |= set(ACTIONS[action].unchecked)
            self.changed.emit(result.waiting)
            QTimer.singleShot(0, self, self.timer.start)  # started from the GUI thread
        return result

    def try_replay(self) -> None:
        """Offer the waiting scans to the server, off the GUI thread (one run at a time), as
        a ui/worker.Task like every other background job."""
        if self.service is None or not self.waiting() or not self._running.acquire(False):
            return
        service = self.service
        task = self._task = Task(lambda _progress, _cancelled: service.replay(
            on_each=self.replayed.emit))
        task.signals.done.connect(self.finished.emit)
        task.signals.failed.connect(self.failed.emit)
        # a failed try is tried again, never lost: the run ends as one that stopped
        task.signals.failed.connect(lambda _m: self.finished.emit(ReplayRun(stopped=None)))
        QThreadPool.globalInstance().start(task)

    def _on_replayed(self, r: Replayed) -> None:
        if r.outcome is Replay.REFUSED:
            # Worded as the screen words the same refusal online.
            reason = messages.describe(r.error) if r.error is not None else r.message
            self.refused.add(r.entry.code, reason, r.entry.screen)
        self.changed.emit(self.waiting())

    def _on_finished(self, _run: ReplayRun) -> None:
        self._running.release()
        n = self.waiting()
        if not n:
            self.timer.stop()
            self.unchecked = set()
        self.changed.emit(n)

    def close(self) -> None:
        self.timer.stop()
        if self.service is not None:
            self.service.journal.close()

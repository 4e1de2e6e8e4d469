"""Live screens, the Qt side: one listener per window, pages subscribe to topics.

    ctx.live.subscribe(self, {live.PARCELS}, self.refresh)

The listener (store/live.py) reports from its own thread; `changed` crosses to the GUI thread
as a queued signal. Changes are merged for FLUSH_MS (a burst of 50 scans/s reloads a page a few
times, not 50), then each visible subscriber whose topics changed is called once; a hidden page
reloads when it is brought to the front anyway. The listener starts with the first subscriber
and stops when the last one is gone or the database is disposed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from carrier_app.core import live
from carrier_app.store import Database
from carrier_app.store.live import Listener, listener

FLUSH_MS = 200


class LiveUpdates(QObject):
    _heard = Signal(object)   # from the listener's thread
    changed = Signal(object)  # frozenset of topics, after merging, on the GUI thread

    def __init__(self, db: Database, flush_ms: int = FLUSH_MS) -> None:
        super().__init__()
        self.db = db
        self._subs: list[tuple[QWidget, frozenset[str], Callable[[], object]]] = []
        self._merge = live.Coalescer()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(flush_ms)
        self._timer.timeout.connect(self._flush)
        self._heard.connect(self._arrived)
        self._listener: Listener | None = None
        self.flushes = 0  # merged deliveries (for people and tests)

    def subscribe(self, owner: QWidget, topics: Iterable[str],
                  reload: Callable[[], object]) -> None:
        """Call `reload()` when one of `topics` changed elsewhere and `owner` is shown."""
        key = id(owner)
        self._subs.append((owner, frozenset(topics), reload))
        owner.destroyed.connect(lambda *_: self._drop(key))
        if self._listener is None or not self._listener.running:
            if self._listener is None:
                self.db.on_dispose.append(self.stop)
            self._listener = listener(self.db.url, self.db.live_channel, self._heard.emit)
            self._listener.start()

    def wait_ready(self, timeout_s: float) -> bool:
        """Whether the listener watches for changes (within `timeout_s`)."""
        return self._listener is not None and self._listener.ready.wait(timeout_s)

    def stop(self) -> None:
        if isValid(self._timer):  # at exit Qt may have deleted it first
            self._timer.stop()
        if self._listener is not None:
            self._listener.stop()

    def _drop(self, key: int) -> None:
        self._subs = [s for s in self._subs if id(s[0]) != key and isValid(s[0])]
        if not self._subs:
            self.stop()

    def _arrived(self, topics: frozenset[str]) -> None:
        if self._merge.add(topics):
            self._timer.start()

    def _flush(self) -> None:
        changed = self._merge.take()
        self.flushes += 1
        self.changed.emit(changed)
        for owner, topics, reload in list(self._subs):
            if isValid(owner) and owner.isVisible() and live.wants(topics, changed):
                reload()

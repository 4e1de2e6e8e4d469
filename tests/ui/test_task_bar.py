"""TaskBar runs one task off the GUI thread and reports to its page."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool

from carrier_app.ui.widgets.task_bar import TaskBar


def test_a_task_that_ends_after_its_bar_was_destroyed_calls_nothing(qtbot):
    """A page closed while its task runs (a slow dashboard query): the task's end reaches no
    deleted widget (it raised 'Internal C++ object (TaskBar) already deleted')."""
    release, called = threading.Event(), []
    bar = TaskBar()
    assert bar.start(lambda progress, cancelled: release.wait(10), called.append, called.append)
    bar.deleteLater()
    qtbot.waitUntil(lambda: not _alive(bar), timeout=5_000)
    release.set()
    assert QThreadPool.globalInstance().waitForDone(5_000)
    qtbot.wait(50)  # the task's queued signal, if anything still listened
    assert called == []


def test_done_and_failed_reach_the_page_and_free_the_bar(qtbot):
    bar = TaskBar()
    qtbot.addWidget(bar)
    got: list[object] = []
    assert bar.start(lambda p, c: 42, got.append, got.append)
    assert not bar.start(lambda p, c: 0, got.append, got.append)  # one at a time
    qtbot.waitUntil(lambda: got == [42] and not bar.busy, timeout=5_000)

    def boom(p, c):
        raise ValueError("bad row 3")
    assert bar.start(boom, got.append, got.append)
    qtbot.waitUntil(lambda: len(got) == 2 and not bar.busy, timeout=5_000)
    assert got[1] == "ValueError: bad row 3"


def _alive(widget: TaskBar) -> bool:
    import shiboken6
    return shiboken6.isValid(widget)

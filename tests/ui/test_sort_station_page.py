"""The sort station driven like a sorter: scans typed into ScanInput, the displayed
destination and colour read back, for every outcome; a burst of scans loses none."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt

from carrier_app.core import s10
from carrier_app.core.lifecycle import Event
from carrier_app.sorting import rules
from carrier_app.sorting.sort_station import SortOutcome
from carrier_app.store import UnitOfWork
from carrier_app.tracking.scans import append_scan
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.sorting_station import SortStationPage
from carrier_app.ui.widgets.feedback import COLOURS, Kind
from hub_support import SUP, make_parcels


@pytest.fixture
def page(qtbot, demo_sqlite, actor):
    p = SortStationPage(AppContext(demo_sqlite, actor("sorter")))
    p.sounds.enabled = False
    qtbot.addWidget(p)
    p.show()
    p.activated()
    yield p
    p.shutdown()


def scan(qtbot, page, code: str) -> None:
    before = sum(page.counts.values())
    qtbot.keyClicks(page.scan, code)
    qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum(page.counts.values()) == before + 1, timeout=10_000)


def shown(page, kind: Kind) -> bool:
    """The panel as drawn on screen is mostly `kind`'s colour (what the sorter sees)."""
    img = page.panel.grab().toImage()
    seen = Counter(img.pixelColor(x, y).name() for x in range(0, img.width(), 9)
                   for y in range(0, img.height(), 9))
    return page.kind is kind and seen.most_common(1)[0][0] == COLOURS[kind][0].lower()


def test_every_outcome_has_its_display(qtbot, page, demo_sqlite):
    db = demo_sqlite
    ok, held, missort = make_parcels(db, 3, steps=(Event.RECEIVE,))
    cancelled = make_parcels(db, 1)[0]
    manual = make_parcels(db, 1, postcode="", steps=(Event.RECEIVE,))[0]
    with UnitOfWork(db) as uow:
        append_scan(uow, SUP, held, Event.HOLD)
        uow.commit()
    with UnitOfWork(db) as uow:
        append_scan(uow, SUP, cancelled, Event.CANCEL)
        uow.commit()

    scan(qtbot, page, ok.lower())
    assert (page.code_label.text(), page.kind) == ("571-12-01", Kind.OK)
    assert "西湖营业部" in page.dest_label.text()
    assert shown(page, Kind.OK) and COLOURS[Kind.OK][0].lower() == "#1b8a3a"
    scan(qtbot, page, ok)
    assert page.last.outcome is SortOutcome.DUPLICATE and shown(page, Kind.DUPLICATE)
    scan(qtbot, page, s10.make("ZZ", 12345678))
    assert page.code_label.text() == "?" and shown(page, Kind.ERROR)
    bad = ok[:10] + str((int(ok[10]) + 1) % 10) + "CN"
    scan(qtbot, page, bad)
    assert page.last.outcome is SortOutcome.CHECK_DIGIT and shown(page, Kind.MISREAD)
    scan(qtbot, page, held)
    assert page.last.outcome is SortOutcome.HELD and shown(page, Kind.HOLD)
    scan(qtbot, page, cancelled)
    assert page.last.outcome is SortOutcome.CANCELLED and shown(page, Kind.CANCELLED)
    scan(qtbot, page, manual)
    assert page.last.outcome is SortOutcome.MANUAL and shown(page, Kind.MANUAL)
    scan(qtbot, page, missort)
    with UnitOfWork(db) as uow:
        rules.route_parcel(uow, SUP, missort, "571-15", "02", reason="test")
        uow.commit()
    scan(qtbot, page, missort)
    assert page.code_label.text() == "571-15-02" and shown(page, Kind.MISSORT)
    assert "571-12-01" in page.dest_label.text()
    kinds = {KIND for KIND in (Kind.OK, Kind.DUPLICATE, Kind.ERROR, Kind.MISREAD, Kind.HOLD,
                               Kind.CANCELLED, Kind.MANUAL, Kind.MISSORT)}
    assert len({COLOURS[k][0] for k in kinds}) == len(kinds)  # all distinct colours
    assert page.counts[SortOutcome.OK] == 2 and sum(page.counts.values()) == 9
    assert "9" in page.total_label.text()
    assert page.model.rowCount() == 9


def test_burst_of_scans_none_lost(qtbot, page, demo_sqlite):
    wbs = make_parcels(demo_sqlite, 150, steps=(Event.RECEIVE,))
    for wb in wbs:  # back to back, no waiting between scans
        qtbot.keyClicks(page.scan, wb)
        qtbot.keyClick(page.scan, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: sum(page.counts.values()) == len(wbs), timeout=30_000)
    assert page.counts[SortOutcome.OK] == len(wbs)
    assert page.last.code == wbs[-1]  # handled in scan order


def test_fullscreen_toggle(qtbot, page):
    qtbot.mouseClick(page.fullscreen, Qt.MouseButton.LeftButton)
    assert page.fullscreen.isChecked() and not page.table.isVisible()
    qtbot.mouseClick(page.fullscreen, Qt.MouseButton.LeftButton)
    assert page.table.isVisible()


def test_unsorted_scans_stay_in_the_refused_list(qtbot, page, demo_sqlite):
    ok = make_parcels(demo_sqlite, 1, steps=(Event.RECEIVE,))[0]
    unknown = s10.make("ZZ", 12345678)
    for code in (unknown, ok, "AA000000016CN"):
        scan(qtbot, page, code)
    assert [r.code for r in page.ctx.refused.entries] == [unknown, "AA000000016CN"]
    assert page.refused.list.count() == 2  # the sorted one is not there

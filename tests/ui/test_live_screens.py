"""Live screens (issue 15 item 2), driven as a user sees them: the exceptions desk shows a
problem another workstation (a real second process) registers, without anyone pressing
refresh, on SQLite and PostgreSQL; a burst of changes reloads a screen once."""

from __future__ import annotations

from carrier_app.core import live
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.ui.context import AppContext
from carrier_app.ui.pages.problems_desk import ProblemsDeskPage
from carrier_app.ui.pages.sorting_station import SortStationPage
from tests.cli_support import run_cli
from tests.delivery_support import create, move
from tests.live_support import cli_url

DESK = Actor(None, "desk", Role.SUPERVISOR, station="desk-1", location="571")


def shown_desk(qtbot, db) -> ProblemsDeskPage:
    page = ProblemsDeskPage(AppContext(db, DESK))
    qtbot.addWidget(page)
    page.show()
    page.activated()
    assert page.ctx.live.wait_ready(10)
    return page


def test_the_desk_shows_a_problem_registered_at_another_workstation(qtbot, demo_db):
    wbs = create(demo_db, 2)
    move(demo_db, wbs, [Event.PICKUP, Event.RECEIVE], "571")
    page = shown_desk(qtbot, demo_db)
    assert page.model.rowCount() == 0
    p = run_cli("problems", "add", wbs[1], "--reason", "DAMAGED", db=cli_url(demo_db),
                user="supervisor")
    assert p.returncode == 0, p.stderr
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)
    assert wbs[1] in {r.waybill_no for r in page.model.rows}


def test_a_burst_of_changes_reloads_once_and_only_the_screens_concerned(qtbot, demo_sqlite):
    desk = shown_desk(qtbot, demo_sqlite)
    station = SortStationPage(AppContext(demo_sqlite, DESK))
    qtbot.addWidget(station)
    station.show()
    calls = {"desk": 0, "station": 0}
    desk.ctx.live.subscribe(desk, {live.PROBLEMS}, lambda: calls.__setitem__(
        "desk", calls["desk"] + 1))
    desk.ctx.live.subscribe(station, {live.BAGS}, lambda: calls.__setitem__(
        "station", calls["station"] + 1))
    for _ in range(50):  # 50 notifications before the event loop runs: one merged flush
        desk.ctx.live._heard.emit(frozenset({live.PROBLEMS}))
    with qtbot.waitSignal(desk.ctx.live.changed, timeout=10_000) as merged:
        pass
    assert merged.args == [frozenset({live.PROBLEMS})]
    qtbot.wait(50)
    assert calls == {"desk": 1, "station": 0} and desk.ctx.live.flushes == 1

"""A seeded depot day for the dashboard and day report tests: parcels created and moved
through the real use cases at known local times in Asia/Shanghai (the clock is set, the
database is real).

Day 2026-03-10 (local), branch 571-15, courier C5711501:
- p1..p5 picked up the evening before, received 09:00, sorted 09:30, departed 10:00 at hub 571
  (station ws-hub), arrived 12:00 at 571-15 (ws-hub's actor scanning at the branch);
- p1, p2, p4 (p4 with 88.50 COD) assigned to C5711501 13:00, run printed 13:30 (out for delivery);
- p1 delivered 15:00, p4 delivered 15:10 (88.50 cash), p2 failed 15:30 (NOBODY_HOME);
- p2 registered as a problem (ADDRESS) at 16:00 at 571-15: HELD; p6 (never scanned) a problem
  (DAMAGED) on 2026-03-06 10:00 at 571-15;
- the courier's cash-up opened 17:00 and 80.00 declared: PENDING, variance -8.50;
- p3 and p5 stay ARRIVED: 留仓 2;
- p7 received at 571 on 2026-03-09 10:00 (the week's volume the day before).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from carrier_app.core import clock
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.store import Database, UnitOfWork
from tests.delivery_support import SUPERVISOR, create, dispatcher, finance, move

TZ = "Asia/Shanghai"
DAY = date(2026, 3, 10)
BRANCH = "571-15"
COURIER = "C5711501"


def local(day: date, hhmm: str) -> datetime:
    h, m = map(int, hhmm.split(":"))
    return datetime(day.year, day.month, day.day, h, m,
                    tzinfo=ZoneInfo(TZ)).astimezone(UTC)


class Clock:
    """Sets `utcnow` in every loaded carrier_app module that took it from core.clock (and in
    core.clock itself, so "today" follows)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.now = datetime(2026, 3, 1, tzinfo=UTC)
        self._mp = monkeypatch
        self._original = clock.utcnow

    def _fake(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> None:
        self.now = moment
        for name, mod in list(sys.modules.items()):
            if name.startswith("carrier_app") and getattr(mod, "utcnow", None) is self._original:
                self._mp.setattr(mod, "utcnow", self._fake)


def seed_day(db: Database, clk: Clock) -> dict[str, str]:
    """The day described above; returns the waybills by name."""
    import carrier_app.delivery.attempts  # noqa: F401 - loaded so the clock reaches them
    import carrier_app.delivery.pod  # noqa: F401
    import carrier_app.dispatch.runs  # noqa: F401
    import carrier_app.finance.cashup  # noqa: F401
    import carrier_app.problems.service  # noqa: F401
    import carrier_app.reports.figures  # noqa: F401
    from carrier_app.delivery.attempts import fail
    from carrier_app.delivery.pod import DeliveryInput, deliver
    from carrier_app.dispatch.assign import assign
    from carrier_app.dispatch.runs import create_run, print_run
    from carrier_app.finance.cashup import declare, open_cashup
    from carrier_app.problems.service import register_problem
    from tests.delivery_support import strokes

    hub = Actor(None, "hubclerk", Role.SUPERVISOR, station="ws-hub", location="571")
    prev = date(2026, 3, 9)
    clk.set(local(prev, "18:00"))
    p1, p2, p3 = create(db, 3, branch=BRANCH)
    (p4,) = create(db, 1, branch=BRANCH, cod="88.50")
    (p5,) = create(db, 1, branch=BRANCH)
    (p6,) = create(db, 1, branch=BRANCH)
    (p7,) = create(db, 1, branch=BRANCH)
    day_parcels = [p1, p2, p3, p4, p5]
    clk.set(local(prev, "20:00"))
    move(db, day_parcels, [Event.PICKUP], "571")
    clk.set(local(prev, "10:00"))
    _scan(db, hub, [p7], [Event.PICKUP, Event.RECEIVE], "571")
    for hhmm, ev in (("09:00", Event.RECEIVE), ("09:30", Event.SORT), ("10:00", Event.DEPART)):
        clk.set(local(DAY, hhmm))
        _scan(db, hub, day_parcels, [ev], "571")
    clk.set(local(DAY, "12:00"))
    _scan(db, hub, day_parcels, [Event.ARRIVE], BRANCH)

    d = dispatcher(BRANCH)
    clk.set(local(DAY, "13:00"))
    for wb in (p1, p2, p4):
        with UnitOfWork(db) as uow:
            assign(uow, d, wb, COURIER)
    clk.set(local(DAY, "13:30"))
    with UnitOfWork(db) as uow:
        run = create_run(uow, d, COURIER)
    with UnitOfWork(db) as uow:
        print_run(uow, d, run.id)
    clk.set(local(DAY, "15:00"))
    with UnitOfWork(db) as uow:
        deliver(uow, d, DeliveryInput(p1, "欧阳娜娜", "SELF", strokes()))
    clk.set(local(DAY, "15:10"))
    with UnitOfWork(db) as uow:
        deliver(uow, d, DeliveryInput(p4, "王大爷", "GUARD", strokes(), payment_method="cash"))
    clk.set(local(DAY, "15:30"))
    with UnitOfWork(db) as uow:
        fail(uow, d, p2, "NOBODY_HOME")

    clk.set(local(date(2026, 3, 6), "10:00"))
    with UnitOfWork(db) as uow:
        register_problem(uow, d, p6, "DAMAGED", "外箱破损")
    clk.set(local(DAY, "16:00"))
    with UnitOfWork(db) as uow:
        register_problem(uow, d, p2, "ADDRESS", "地址不详")
    clk.set(local(DAY, "17:00"))
    fin = finance()
    with UnitOfWork(db) as uow:
        cu = open_cashup(uow, fin, COURIER)
    with UnitOfWork(db) as uow:
        declare(uow, fin, cu.id, {"cash": "80.00"})
    # Read the day's figures the next morning.
    clk.set(local(date(2026, 3, 11), "09:00"))
    return {"p1": p1, "p2": p2, "p3": p3, "p4": p4, "p5": p5, "p6": p6, "p7": p7}


def _scan(db: Database, who: Actor, waybills: list[str], events: list[Event],
          location: str) -> None:
    from carrier_app.tracking.scans import append_scan
    for wb in waybills:
        for ev in events:
            with UnitOfWork(db) as uow:
                append_scan(uow, who, wb, ev, location=location)
                uow.commit()


__all__ = ["BRANCH", "COURIER", "Clock", "DAY", "SUPERVISOR", "TZ", "local", "seed_day"]

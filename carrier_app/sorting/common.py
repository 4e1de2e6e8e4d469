"""What the hub services share: destinations and hub number series (parcel look-ups are in
store/repository.py)."""

from __future__ import annotations

import threading
from collections import deque
from typing import Any, TypeVar, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import InstrumentedAttribute

from carrier_app.core import hubnumbers
from carrier_app.core.errors import NotFound
from carrier_app.store.engine import Database
from carrier_app.store.models import Parcel, ScanEvent
from carrier_app.store.uow import UnitOfWork
from carrier_app.waybill.numbers import reserve_block

P = cast(Table, Parcel.__table__)
EV = cast(Table, ScanEvent.__table__)

_Row = TypeVar("_Row")


def sort_destination(sort_code: str | None) -> tuple[str, str] | None:
    """(hub code, branch code) of a sort code `hub-branch-route`."""
    if not sort_code:
        return None
    hub, branch, *_ = sort_code.split("-") + ["", ""]
    return hub, f"{hub}-{branch}"


def goes_to(sort_code: str | None, destination: str) -> bool:
    """Whether a parcel with `sort_code` belongs in something bound for `destination`
    (a hub code like 021, or a branch code like 571-12)."""
    dest = sort_destination(sort_code)
    return dest is not None and destination in dest


class HubSerials:
    """Bag / manifest numbers from blocks reserved in the database (like waybill numbers).
    Call `ensure(n)` before the unit of work that uses them begins (SQLite write lock)."""

    def __init__(self, db: Database, series: str, *, block_size: int = 20,
                 station: str = "") -> None:
        self._db, self.series = db, series
        self._block_size, self._station = block_size, station
        self._serials: deque[int] = deque()
        self._lock = threading.Lock()

    def ensure(self, count: int = 1) -> None:
        with self._lock:
            missing = count - len(self._serials)
            if missing > 0:
                self._serials.extend(reserve_block(
                    self._db, hubnumbers.SEQUENCE[self.series],
                    max(self._block_size, missing), self._station))

    def next(self) -> str:
        with self._lock:
            if not self._serials:
                raise RuntimeError("reserve numbers (ensure) before the unit of work begins")
            return hubnumbers.make(self.series, self._serials.popleft())


def pairs(result: Any) -> list[tuple[Any, Any]]:
    """Two-column result rows as plain pairs (for dict())."""
    return [(a, b) for a, b in result]


def by_number(uow: UnitOfWork, model: type[_Row], column: InstrumentedAttribute[str], code: str,
              series: str, *, lock: bool = False, what: str) -> _Row:
    """The bag / manifest row (a `model`) whose number (check digit verified) is `code`."""
    number = hubnumbers.parse(code, series)
    q = select(model).where(column == number)
    row = uow.session.scalar(q.with_for_update() if lock else q)
    if row is None:
        raise NotFound(f"{number}: no such {what}", code=number, reason=f"unknown_{what}")
    return row

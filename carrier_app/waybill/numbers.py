"""Waybill number allocation from blocks reserved in the database.

A block is reserved in its own short transaction (committed at once, whatever becomes of the
waybill that asked), so two workstations never receive the same serial and a serial is never
issued twice, even when the waybill is later cancelled or its transaction rolls back.
"""

from __future__ import annotations

import threading
from collections import deque
from typing import cast

from sqlalchemy import Table, insert, select, update
from sqlalchemy.exc import IntegrityError, OperationalError

from carrier_app.core import s10
from carrier_app.core.clock import utcnow
from carrier_app.core.errors import StoreUnavailable
from carrier_app.store.engine import Database
from carrier_app.store.models import NumberSequence, WaybillBlock
from carrier_app.store.uow import explain

MAX_SERIAL = 99_999_999


def reserve_block(db: Database, sequence: str, size: int, station: str = "") -> range:
    """Take `size` serials of `sequence` for this process; committed before returning."""
    seq = cast(Table, NumberSequence.__table__)
    for _ in range(3):
        try:
            with db.engine.begin() as conn:
                # The UPDATE takes the row lock first, so concurrent reservers queue here.
                done = conn.execute(update(seq).where(seq.c.name == sequence)
                                    .values(next_value=seq.c.next_value + size)).rowcount
                if not done:
                    conn.execute(insert(seq).values(name=sequence, next_value=1 + size))
                last_plus_one = conn.execute(
                    select(seq.c.next_value).where(seq.c.name == sequence)).scalar_one()
                first = last_plus_one - size
                if last_plus_one - 1 > MAX_SERIAL:
                    raise StoreUnavailable(f"Number series {sequence} is exhausted",
                                           reason="exhausted")
                conn.execute(insert(cast(Table, WaybillBlock.__table__)).values(
                    sequence=sequence, first=first, last=last_plus_one - 1, station=station,
                    reserved_at=utcnow()))
                return range(first, last_plus_one)
        except IntegrityError:
            continue  # another process created the sequence row first; update it instead
        except OperationalError as exc:
            raise explain(exc) from exc
    raise StoreUnavailable(f"Could not reserve numbers of series {sequence}", reason="other")


class NumberAllocator:
    """Hands out S10 numbers from reserved blocks; thread-safe within one process.

    Reserve before the unit of work that uses the numbers begins its transaction
    (`ensure(n)`): on SQLite the reservation needs the write lock that transaction would hold.
    """

    def __init__(self, db: Database, *, prefix: str = "AA", sequence: str = "waybill",
                 block_size: int = 100, station: str = "") -> None:
        self._db = db
        self._prefix = prefix
        self._sequence = sequence
        self._block_size = block_size
        self._station = station
        self._serials: deque[int] = deque()
        self._lock = threading.Lock()

    @property
    def available(self) -> int:
        return len(self._serials)

    def ensure(self, count: int) -> None:
        """Make sure `count` numbers can be handed out without touching the database."""
        with self._lock:
            missing = count - len(self._serials)
            if missing > 0:
                self._serials.extend(reserve_block(
                    self._db, self._sequence, max(self._block_size, missing), self._station))

    def next_serial(self) -> int:
        self.ensure(1)
        with self._lock:
            return self._serials.popleft()

    def next(self) -> str:
        return s10.make(self._prefix, self.next_serial())

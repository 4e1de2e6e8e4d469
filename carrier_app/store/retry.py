"""Run a whole use case again when the database stopped it for a serialization failure or a
deadlock (SQLSTATE 40001 / 40P01), a bounded number of times.

The use case owns its transaction (it commits inside), so the retry cannot live in the unit
of work: it wraps the call, with a fresh UnitOfWork each attempt.

    result = run_with_retry(db, lambda uow: receive(uow, actor, code))

Engines are pinned to READ COMMITTED (store.engine), where these are rare (deadlocks); this
covers them, and servers whose sessions still end up stricter.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from typing import TypeVar

from carrier_app.store.engine import Database
from carrier_app.store.errors import RetryableConflict
from carrier_app.store.uow import UnitOfWork

T = TypeVar("T")

ATTEMPTS = 5


def run_with_retry(db: Database, fn: Callable[[UnitOfWork], T], *, attempts: int = ATTEMPTS,
                   base_delay_s: float = 0.005) -> T:
    """`fn(uow)` in its own UnitOfWork; run again (new unit of work, after a short random
    back-off) while it fails with RetryableConflict, at most `attempts` times in all. The last
    conflict is raised as it is (a StoreUnavailable with a clear sentence)."""
    if attempts < 1:
        raise ValueError("attempts must be at least 1")
    for attempt in range(1, attempts + 1):
        try:
            with UnitOfWork(db) as uow:
                return fn(uow)
        except RetryableConflict:
            if attempt == attempts:
                raise
            time.sleep(random.uniform(0, base_delay_s * 2 ** attempt))
    raise AssertionError("unreachable")

"""What every screen needs: the database, who is logged in, the workstation's settings, and
the one way a screen calls a use case.

    result = self.ctx.run(save_courier, data)        # save_courier(uow, actor, data)
    branches = self.ctx.look_up(branch_codes)       # branch_codes(uow): reference data

`run` opens a unit of work, calls `use_case(uow, actor, *args, **kw)` and closes it; the use
case checks permissions and commits what it keeps (DESIGN.md rule 3) — whatever it did not
commit is rolled back. Pages and widgets never open a unit of work or import
carrier_app.store themselves (an import-linter contract says so). Call `run` inside a
worker's function to work off the GUI thread: the unit of work is then opened in that thread
(sessions never cross threads).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from carrier_app.config import Settings
from carrier_app.core.roles import Actor
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.checkpoint import WalCheckpointer as Checkpointer
from carrier_app.store.reads import database_for
from carrier_app.store.retry import run_with_retry
from carrier_app.ui.offline import OfflineBridge
from carrier_app.ui.refused_scans import RefusedScans
from carrier_app.ui.live import LiveUpdates
from carrier_app.waybill.numbers import NumberAllocator

P = ParamSpec("P")
T = TypeVar("T")


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: Settings = field(default_factory=Settings)
    _allocator: NumberAllocator | None = None
    #: The offline scan journal's file (ui/offline.py); None: the data folder's, and only
    #: for a server database.
    journal_path: Path | None = None
    _refused: RefusedScans | None = None
    _offline: OfflineBridge | None = None

    @property
    def refused(self) -> RefusedScans:
        """The session's refused-scans list."""
        if self._refused is None:
            self._refused = RefusedScans()
        return self._refused

    @property
    def offline(self) -> OfflineBridge:
        """Scanning through an outage, shared by every scan screen (ui/offline.py)."""
        if self._offline is None:
            self._offline = OfflineBridge(self.db, self.actor, self.refused, self.journal_path)
        return self._offline

    _live: LiveUpdates | None = None

    @property
    def live(self) -> LiveUpdates:
        """Other workstations' commits, for screens that must show them without a refresh
        (ui/live.py): `self.ctx.live.subscribe(self, {live.PARCELS}, self.refresh)`."""
        if self._live is None:
            self._live = LiveUpdates(self.db)
        return self._live

    @property
    def allocator(self) -> NumberAllocator:
        if self._allocator is None:
            self._allocator = NumberAllocator(self.db, prefix=self.settings.waybill_prefix,
                                              station=self.actor.station)
        return self._allocator

    def run(self, use_case: Callable[Concatenate[UnitOfWork, Actor, P], T],
            *args: P.args, **kw: P.kwargs) -> T:
        """One user action: `use_case(uow, actor, *args, **kw)` in its own unit of work, run
        again (bounded) when PostgreSQL stops it for a serialization failure or deadlock."""
        db = database_for(self.db, use_case)  # a read use case: the read database, if set
        return run_with_retry(db, lambda uow: use_case(uow, self.actor, *args, **kw))

    def start_checkpointer(self) -> Checkpointer:
        """WAL checkpoints off the scan path for a write-heavy page (store/checkpoint.py);
        the page stops it when it goes."""
        return Checkpointer(self.db).start()

    def look_up(self, query: Callable[Concatenate[UnitOfWork, P], T],
                *args: P.args, **kw: P.kwargs) -> T:
        """A read that needs no acting user (branch codes, the router, locations)."""
        with UnitOfWork(self.db) as uow:
            return query(uow, *args, **kw)

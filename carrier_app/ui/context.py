"""What every screen needs: the database, who is logged in, the workstation's settings."""

from __future__ import annotations

from dataclasses import dataclass, field

from carrier_app.config import Settings
from carrier_app.core.roles import Actor
from carrier_app.store import Database
from carrier_app.waybill.numbers import NumberAllocator


@dataclass
class AppContext:
    db: Database
    actor: Actor
    settings: Settings = field(default_factory=Settings)
    _allocator: NumberAllocator | None = None

    @property
    def allocator(self) -> NumberAllocator:
        if self._allocator is None:
            self._allocator = NumberAllocator(self.db, prefix=self.settings.waybill_prefix,
                                              station=self.actor.station)
        return self._allocator

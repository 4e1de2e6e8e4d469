"""Times are stored in UTC and shown in the depot's zone (DESIGN.md rule 6): core/clock.py."""

from __future__ import annotations

from datetime import datetime

from carrier_app.core.clock import local_text


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return local_text(at, fmt)

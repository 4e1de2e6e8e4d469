"""Times are stored in UTC and shown in the workstation's zone (DESIGN.md rule 6)."""

from __future__ import annotations

from datetime import datetime


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return at.astimezone().strftime(fmt)

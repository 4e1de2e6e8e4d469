"""Times are stored in UTC and shown in the depot's zone (DESIGN.md rule 6): core/clock.py."""

from __future__ import annotations

from datetime import date, datetime
from typing import cast

from PySide6.QtCore import QDate

from carrier_app.core.clock import local_text, local_today, utcnow


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return local_text(at, fmt)


def now_text() -> str:
    """The depot's wall clock (the status bar)."""
    return local_text(utcnow(), "%Y-%m-%d %H:%M:%S")


def picked_date(q: QDate) -> date:
    """A date picker's date as a Python date (PySide6's stub types toPython() as object)."""
    return cast(date, q.toPython())


def today_qdate(days: int = 0) -> QDate:
    """The depot's date today (+ `days`) for date pickers: not the workstation's, which may
    be set to another zone."""
    d = local_today()
    return QDate(d.year, d.month, d.day).addDays(days)

"""Times are stored in UTC and shown in the depot's zone (DESIGN.md rule 6): core/clock.py."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate

from carrier_app.core.clock import local_text, local_today, utcnow


def local_time(at: datetime, fmt: str = "%Y-%m-%d %H:%M:%S") -> str:
    return local_text(at, fmt)


def now_text() -> str:
    """The depot's wall clock (the status bar)."""
    return local_text(utcnow(), "%Y-%m-%d %H:%M:%S")


def today_qdate(days: int = 0) -> QDate:
    """The depot's date today (+ `days`) for date pickers: not the workstation's, which may
    be set to another zone."""
    d = local_today()
    return QDate(d.year, d.month, d.day).addDays(days)

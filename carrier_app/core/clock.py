"""Time in one place (DESIGN.md rule 6): stored in UTC, shown, printed and exported in the
depot's time zone, "today" and statement periods cut on local dates.

The depot's zone is `CARRIER_TZ` (an IANA name such as `Asia/Shanghai`), read on every call
so that a test or a long-running process sees a change; without it, the system's local zone
(the C library's, which knows its own daylight-saving rules)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from carrier_app.core.errors import ValidationError

ENV = "CARRIER_TZ"


def utcnow() -> datetime:
    return datetime.now(UTC)


def depot_zone() -> tzinfo | None:
    """The depot's zone from `CARRIER_TZ`; None means the system's local zone."""
    name = os.environ.get(ENV, "").strip()
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValidationError(f"{ENV}={name!r} is not an IANA time zone name "
                              "(e.g. Asia/Shanghai)", field=ENV,
                              reason="time_zone", value=name) from None


def zone_name() -> str:
    """The zone's name for settings and messages: the IANA name, else the system's."""
    tz = depot_zone()
    return str(tz) if tz is not None else (datetime.now().astimezone().tzname() or "local")


def to_local(dt: datetime) -> datetime:
    """An aware datetime in the depot's zone (a naive one is taken as UTC, as stored)."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(depot_zone())


def local_iso(dt: datetime | None) -> str | None:
    """ISO 8601 in the depot's zone with its offset, to the second: 2026-03-01T00:30:00+08:00."""
    return None if dt is None else to_local(dt).isoformat(timespec="seconds")


def local_text(dt: datetime | None, fmt: str = "%Y-%m-%d %H:%M", *, offset: bool = False,
               empty: str = "") -> str:
    """Local time for people; with `offset`, the UTC offset appended (`+08:00`)."""
    if dt is None:
        return empty
    local = to_local(dt)
    text = local.strftime(fmt)
    return f"{text} {local.isoformat()[-6:]}" if offset else text


def local_date(dt: datetime) -> date:
    """The depot's calendar date of a stored instant."""
    return to_local(dt).date()


def local_today() -> date:
    return local_date(utcnow())


def local_midnight(day: date) -> datetime:
    """The instant (UTC) the local day `day` begins."""
    tz = depot_zone()
    naive = datetime.combine(day, time())
    start = naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()
    return start.astimezone(UTC)


def local_day_bounds(day: date, last: date | None = None) -> tuple[datetime, datetime]:
    """[start, end) in UTC of the local days `day` .. `last` (inclusive; default `day`)."""
    return local_midnight(day), local_midnight((last or day) + timedelta(days=1))

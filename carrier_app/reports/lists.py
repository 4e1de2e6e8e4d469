"""留仓 and gap lists (issue 13 item 3): the parcels that did not flow, each list filtered by
place (a hub code, which takes in its branches, a branch code, or all) and, where it applies,
an age in hours, with counts per place.

    overnight       留仓: ARRIVED or ASSIGNED at a branch since before today's local start
    not-departed    进站未出站: RECEIVED / SORTED / BAGGED at a place, in for more than N hours
    no-arrival      departed (IN_TRANSIT) more than N hours ago with no arrival anywhere
    out-not-closed  OUT_FOR_DELIVERY: still out on a run not closed (overdue: before today's
                    run date), or out with no open run at all
    failed-due      DELIVERY_FAILED whose next attempt is due (next_attempt <= local today;
                    no date: due)

"Since" is when the parcel came into the situation the list is about: its last status-changing
ARRIVE (overnight), RECEIVE or ARRIVE (not-departed), DEPART (no-arrival), OUT_FOR_DELIVERY
(out-not-closed) or FAIL (failed-due) event; parcels.updated_at stands in when there is none.
Each list is one SQL statement over the parcels in its statuses (ix_parcels_status_dest), the
"since" a correlated MAX over that parcel's events (ix_scan_events_parcel), the counts one
GROUP BY: nothing loops over the parcels in Python except the rows returned. Read only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any, cast

from sqlalchemy import (
    ColumnElement, Date, Select, String, Table, and_, func, null, or_, select,
)
from sqlalchemy import cast as sql_cast

from carrier_app.core.clock import local_midnight, local_today, utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.models import (
    Branch, Courier, DeliveryAttempt, DeliveryRun, Hub, Parcel, RunItem, ScanEvent,
)
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.reads import read_only

P = cast(Table, Parcel.__table__)
E = cast(Table, ScanEvent.__table__)
B = cast(Table, Branch.__table__)
H = cast(Table, Hub.__table__)
C = cast(Table, Courier.__table__)
RI = cast(Table, RunItem.__table__)
R = cast(Table, DeliveryRun.__table__)
A = cast(Table, DeliveryAttempt.__table__)

DEFAULT_HOURS = 24
MAX_HOURS = 24 * 366
DEFAULT_LIMIT = 5000
ALL = "all"


class GapListName(StrEnum):
    OVERNIGHT = "overnight"
    NOT_DEPARTED = "not-departed"
    NO_ARRIVAL = "no-arrival"
    OUT_NOT_CLOSED = "out-not-closed"
    FAILED_DUE = "failed-due"


#: The lists that take an age in hours.
USES_HOURS = frozenset({GapListName.NOT_DEPARTED, GapListName.NO_ARRIVAL})

TITLE_ZH = {
    GapListName.OVERNIGHT: "留仓",
    GapListName.NOT_DEPARTED: "进站未出站",
    GapListName.NO_ARRIVAL: "发出未到达",
    GapListName.OUT_NOT_CLOSED: "派件未完结",
    GapListName.FAILED_DUE: "今日待再派",
}

_STATUSES: dict[GapListName, tuple[Status, ...]] = {
    GapListName.OVERNIGHT: (Status.ARRIVED, Status.ASSIGNED),
    GapListName.NOT_DEPARTED: (Status.RECEIVED, Status.SORTED, Status.BAGGED),
    GapListName.NO_ARRIVAL: (Status.IN_TRANSIT,),
    GapListName.OUT_NOT_CLOSED: (Status.OUT_FOR_DELIVERY,),
    GapListName.FAILED_DUE: (Status.DELIVERY_FAILED,),
}
_SINCE_EVENTS: dict[GapListName, tuple[Event, ...]] = {
    GapListName.OVERNIGHT: (Event.ARRIVE,),
    GapListName.NOT_DEPARTED: (Event.RECEIVE, Event.ARRIVE),
    GapListName.NO_ARRIVAL: (Event.DEPART,),
    GapListName.OUT_NOT_CLOSED: (Event.OUT_FOR_DELIVERY,),
    GapListName.FAILED_DUE: (Event.FAIL,),
}


@dataclass(frozen=True)
class GapRow:
    waybill_no: str
    status: str
    location: str                # where it is (last scanned place; in transit: left from)
    since: datetime              # UTC; shown with core.clock
    age_hours: float
    courier: str                 # courier code, "" when none
    run_no: str                  # out-not-closed: its run
    due: date | None             # out-not-closed: the run date; failed-due: next attempt
    overdue: bool                # out-not-closed: run date before today
    recipient: str               # masked: 张** 138****5678


@dataclass(frozen=True)
class GapList:
    name: str
    location: str                # ALL or the code asked for
    hours: int | None            # None: the list takes no age
    as_of: datetime
    today: date
    rows: list[GapRow]
    total: int
    counts: list[tuple[str, int]]  # per place, by code
    truncated: bool              # more than `limit` rows: `total` still counts them all


def mask_name(name: str) -> str:
    """The first character, the rest starred: 张三丰 -> 张**."""
    name = name.strip()
    return name[:1] + "*" * max(len(name) - 1, 1) if name else ""


def parse_list_name(name: str) -> GapListName:
    key = name.strip().lower().replace("_", "-")
    for n in GapListName:
        if key in (n.value, TITLE_ZH[n]):
            return n
    raise ValidationError(f"Unknown list {name!r}: one of "
                          + ", ".join(n.value for n in GapListName), field="list",
                          reason="unknown_list")


def check_hours(hours: int | None) -> int:
    if hours is None:
        return DEFAULT_HOURS
    if isinstance(hours, bool) or not isinstance(hours, int):
        raise ValidationError("Hours must be a whole number", field="hours", reason="hours_whole")
    if not 0 <= hours <= MAX_HOURS:
        raise ValidationError(f"Hours must be from 0 to {MAX_HOURS} (got {hours})",
                              field="hours", reason="hours_range")
    return hours


def location_codes(uow: UnitOfWork) -> list[str]:
    """Every hub code and branch code, for a place filter (reference data)."""
    hubs = uow.conn.execute(select(H.c.code).order_by(H.c.code)).scalars().all()
    branches = uow.conn.execute(select(B.c.code).order_by(B.c.code)).scalars().all()
    return [*hubs, *branches]


def _places(uow: UnitOfWork, location: str) -> list[str] | None:
    """The codes a filter takes in: None for all; a hub and its branches; one branch."""
    code = location.strip()
    if not code or code.lower() == ALL:
        return None
    if uow.conn.execute(select(B.c.id).where(B.c.code == code)).first() is not None:
        return [code]
    hub = uow.conn.execute(select(H.c.id).where(H.c.code == code)).first()
    if hub is None:
        raise ValidationError(f"Unknown location {code!r}: a hub or branch code, or all",
                              field="location", reason="unknown_location", code=code)
    branches = uow.conn.execute(select(B.c.code).where(B.c.hub_id == hub.id)).scalars()
    return [code, *branches]


def _since(events: tuple[Event, ...]) -> ColumnElement[Any]:
    last = (select(func.max(E.c.occurred_at))
            .where(E.c.parcel_id == P.c.id, E.c.event.in_([e.value for e in events]),
                   E.c.status_after.is_not(None))
            .correlate(P).scalar_subquery())
    return func.coalesce(last, P.c.updated_at)


def _query(name: GapListName, places: list[str] | None, hours: int, now: datetime,
           today: date) -> Select[Any]:
    since = _since(_SINCE_EVENTS[name])
    cols: list[Any] = [P.c.id, P.c.waybill_no, P.c.status, P.c.last_location.label("location"),
                       since.label("since"), P.c.recipient_name, P.c.recipient_phone]
    where: list[ColumnElement[bool]] = [P.c.status.in_([s.value for s in _STATUSES[name]])]
    if places is not None:
        where.append(P.c.last_location.in_(places))
    courier_id: ColumnElement[Any] = P.c.courier_id
    run_no: ColumnElement[Any] = sql_cast(null(), String(24))
    due: ColumnElement[Any] = sql_cast(null(), Date)
    froms: Any = P
    if name is GapListName.OVERNIGHT:
        where.append(P.c.last_location.in_(select(B.c.code)))
        where.append(since < local_midnight(today))
    elif name in USES_HOURS:
        where.append(since < now - timedelta(hours=hours))
    elif name is GapListName.OUT_NOT_CLOSED:
        froms = P.outerjoin(RI, RI.c.open_parcel_id == P.c.id).outerjoin(R, R.c.id == RI.c.run_id)
        courier_id, run_no, due = func.coalesce(R.c.courier_id, P.c.courier_id), R.c.run_no, \
            R.c.run_date
    else:  # FAILED_DUE: the parcel's latest attempt
        latest = (select(func.max(A.c.id)).where(A.c.parcel_id == P.c.id)
                  .correlate(P).scalar_subquery())
        froms = P.outerjoin(A, A.c.id == latest)
        courier_id, due = func.coalesce(A.c.courier_id, P.c.courier_id), A.c.next_attempt
        where.append(or_(A.c.next_attempt.is_(None), A.c.next_attempt <= today))
    cols += [courier_id.label("courier_id"), run_no.label("run_no"), due.label("due")]
    return select(*cols).select_from(froms).where(and_(*where))


@read_only
def gap_list(uow: UnitOfWork, actor: Actor, name: str, location: str = ALL,
             hours: int | None = None, *, limit: int = DEFAULT_LIMIT) -> GapList:
    """One gap list at `location` (hub or branch code, or all) with its counts per place;
    `hours` applies to not-departed and no-arrival (default 24). Read only."""
    require(actor, Permission.TRACK)
    which = parse_list_name(name)
    n = check_hours(hours)
    if limit < 1:
        raise ValidationError("The row limit must be positive", field="limit", reason="row_limit")
    places = _places(uow, location)
    now, today = utcnow(), local_today()
    q = _query(which, places, n, now, today).subquery("gap")
    counts = [(str(loc), int(k)) for loc, k in uow.conn.execute(
        select(q.c.location, func.count()).group_by(q.c.location).order_by(q.c.location))]
    total = sum(k for _, k in counts)
    got = uow.conn.execute(
        select(q, C.c.code.label("courier_code")).select_from(
            q.outerjoin(C, C.c.id == q.c.courier_id))
        .order_by(q.c.since, q.c.waybill_no).limit(limit)).all()
    out_of_date = which is GapListName.OUT_NOT_CLOSED
    rows = [GapRow(
        waybill_no=r.waybill_no, status=r.status, location=r.location, since=r.since,
        age_hours=round((now - r.since).total_seconds() / 3600, 1),
        courier=r.courier_code or "", run_no=r.run_no or "", due=r.due,
        overdue=out_of_date and (r.run_no is None or (r.due is not None and r.due < today)),
        recipient=f"{mask_name(r.recipient_name)} {mask_phone(r.recipient_phone)}".strip(),
    ) for r in got]
    return GapList(name=which.value, location=ALL if places is None else location.strip(),
                   hours=n if which in USES_HOURS else None, as_of=now, today=today,
                   rows=rows, total=total, counts=counts, truncated=total > len(rows))

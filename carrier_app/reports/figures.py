"""The dashboard's and the day report's figures (issue 13 items 5 and 6): one set of
aggregate queries (GROUP BY in the database, never a row per parcel in Python), cut on the
depot's local day (core/clock.py).

A location is a hub or branch code: "571" counts the hub and its branches ("571-12"), "571-12"
that branch only; "" counts the whole network. Read-only: nothing here commits.

What each figure counts:
- stages: parcels (distinct) with a status-changing scan of that stage during the day at the
  location; per station (workstation name on the scan) and per courier (the courier on the
  scan: ASSIGN, OUT_FOR_DELIVERY, DELIVER and FAIL carry one).
- open problems: problems opened at the location before the day's end and not closed by then,
  by reason and age band (age at the day's end, or now for today).
- cash-ups awaiting approval: the location's cash-ups now PENDING (a variance declared).
- 留仓 (stranded at close): parcels whose last status at the day's end is ARRIVED or ASSIGNED
  at the location: for today their status now; for a past day rebuilt from their scans of the
  STRANDED_WINDOW_DAYS before the day's end (a parcel stranded longer is not counted there).
- COD: collected = COD on the proofs of delivery of the day (the couriers of the location);
  handed over = what was declared on cash-ups of the location opened that day and declared.
- week: per local day, parcels received and the first-attempt delivery rate (deliveries
  without an earlier failed attempt over those plus first failed attempts).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, and_, case, exists, func, literal, or_, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql import ColumnElement

from carrier_app.core.clock import local_day_bounds, local_today, utcnow
from carrier_app.core.errors import ValidationError
from carrier_app.core.money import from_fen
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.store.models import (
    Branch, CashUp, Courier, Parcel, Problem, ProofOfDelivery, ScanEvent,
)
from carrier_app.store.uow import UnitOfWork
from carrier_app.store.reads import read_only

#: Stage name -> (scan event, status after). The order is the order of the parcel's journey.
STAGES: dict[str, tuple[str, str]] = {
    "received": ("RECEIVE", "RECEIVED"),
    "sorted": ("SORT", "SORTED"),
    "bagged": ("BAG", "BAGGED"),
    "departed": ("DEPART", "IN_TRANSIT"),
    "arrived": ("ARRIVE", "ARRIVED"),
    "out_for_delivery": ("OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY"),
    "delivered": ("DELIVER", "DELIVERED"),
    "failed": ("FAIL", "DELIVERY_FAILED"),
    "returned": ("DELIVER", "RETURNED"),
}
STAGE_NAMES = tuple(STAGES)
#: Age bands of open problems: (label, lower bound in hours).
AGE_BANDS: tuple[tuple[str, int], ...] = (("<24h", 0), ("24-72h", 24), (">72h", 72))
STRANDED_STATUSES = ("ARRIVED", "ASSIGNED")
STRANDED_WINDOW_DAYS = 30
WEEK_DAYS = 7

_ev: Table = ScanEvent.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class CourierDay:
    code: str
    name: str
    stages: dict[str, int]
    cod_collected: Decimal

    @property
    def delivered(self) -> int:
        return self.stages.get("delivered", 0)

    @property
    def failed(self) -> int:
        return self.stages.get("failed", 0)


@dataclass(frozen=True)
class PendingCashUp:
    id: int
    who: str                 # courier code, or branch code for a counter cash-up
    expected: Decimal
    declared: Decimal

    @property
    def variance(self) -> Decimal:
        return self.declared - self.expected


@dataclass(frozen=True)
class DayFigures:
    day: date
    location: str                                   # "" = the whole network
    start: datetime                                 # UTC bounds of the local day
    end: datetime
    as_of: datetime                                 # the day's end, or now for today
    stages: dict[str, int]
    by_station: dict[str, dict[str, int]]           # station -> stage -> parcels
    by_courier: list[CourierDay]
    problems: dict[str, dict[str, int]]             # reason -> age band -> open problems
    pending_cashups: list[PendingCashUp]
    stranded: int                                   # 留仓 at close
    cod_collected: Decimal
    cod_handed_over: Decimal

    @property
    def open_problems(self) -> int:
        return sum(sum(b.values()) for b in self.problems.values())

    def as_dict(self) -> dict[str, Any]:
        """Plain JSON-able figures (the CLI's --json, the golden test file)."""
        return {
            "day": self.day.isoformat(), "location": self.location,
            "stages": self.stages,
            "by_station": self.by_station,
            "by_courier": [{"courier": c.code, "name": c.name, "stages": c.stages,
                            "delivered": c.delivered, "failed": c.failed,
                            "cod_collected": str(c.cod_collected)} for c in self.by_courier],
            "open_problems": self.open_problems,
            "problems": self.problems,
            "pending_cashups": [{"id": c.id, "who": c.who, "expected": str(c.expected),
                                 "declared": str(c.declared), "variance": str(c.variance)}
                                for c in self.pending_cashups],
            "stranded_at_close": self.stranded,
            "cod_collected": str(self.cod_collected),
            "cod_handed_over": str(self.cod_handed_over),
        }


@dataclass(frozen=True)
class StageParcel:
    waybill_no: str
    status: str                 # the parcel's status now
    occurred_at: datetime       # UTC: the parcel's last scan of the stage that day
    station: str
    courier: str                # courier code, "" when the scan has none
    location: str


@dataclass(frozen=True)
class StageParcels:
    day: date
    location: str
    stage: str
    station: str | None
    courier: str | None
    rows: list[StageParcel]
    limit: int
    more: bool                  # the limit cut the list


@dataclass(frozen=True)
class WeekDay:
    day: date
    volume: int                         # parcels received
    first_attempt_rate: float | None    # None: no first attempt that day


@dataclass(frozen=True)
class WeekFigures:
    location: str
    days: list[WeekDay] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {"location": self.location, "days": [
            {"day": d.day.isoformat(), "volume": d.volume,
             "first_attempt_rate": None if d.first_attempt_rate is None
             else round(d.first_attempt_rate, 4)} for d in self.days]}


def _checked(day: date | None) -> date:
    today = local_today()
    day = day or today
    if day > today:
        raise ValidationError(f"{day} is in the future: there are no figures for it yet "
                              f"(today is {today})", field="date", reason="future")
    return day


def _at(column: Any, location: str) -> ColumnElement[bool]:
    """The location's own code or, for a hub, its branches too ("" = everywhere)."""
    location = location.strip()
    if not location:
        return literal(True)
    return or_(column == location, column.like(location.replace("%", "") + "-%"))


def _stage_case() -> Any:
    return case(*[(and_(_ev.c.event == ev, _ev.c.status_after == after), literal(name))
                  for name, (ev, after) in STAGES.items()], else_=literal(None))


def _staged(location: str, start: datetime, end: datetime, *cols: Any) -> Any:
    """The one filter behind every stage figure and its list: the status-changing scans of
    the day at the location, each with its stage (None: a scan of no stage). Selects the
    stage then `cols`."""
    return select(_stage_case().label("stage"), *cols).where(
        _ev.c.occurred_at >= start, _ev.c.occurred_at < end,
        _ev.c.status_after.is_not(None), _at(_ev.c.location_code, location))


@read_only
def day_figures(uow: UnitOfWork, actor: Actor, location: str = "",
                day: date | None = None) -> DayFigures:
    """The figures of `location` for the local `day` (default today); a future day is
    refused. Read-only."""
    require(actor, Permission.TRACK)
    day = _checked(day)
    start, end = local_day_bounds(day)
    as_of = min(end, utcnow())
    conn = uow.conn

    def grouped(*keys: Any) -> list[Any]:
        inner = _staged(location, start, end, *keys, _ev.c.parcel_id).subquery()
        cols = [inner.c[k.name] for k in keys]
        return list(conn.execute(
            select(inner.c.stage, *cols, func.count(func.distinct(inner.c.parcel_id)))
            .where(inner.c.stage.is_not(None)).group_by(inner.c.stage, *cols)))

    stages = dict.fromkeys(STAGE_NAMES, 0)
    for name, n in grouped():
        stages[name] = n
    by_station: dict[str, dict[str, int]] = {}
    for name, station, n in grouped(_ev.c.station):
        by_station.setdefault(station, dict.fromkeys(STAGE_NAMES, 0))[name] = n
    per_courier: dict[int, dict[str, int]] = {}
    for name, cid, n in grouped(_ev.c.courier_id):
        if cid is not None:
            per_courier.setdefault(cid, {})[name] = n

    # COD collected per courier: proofs of delivery of the day by the location's couriers;
    # with the 到付 freight collected, as the cash-up expects it (handed over includes it).
    courier_branch = select(Courier.id).join(Branch, Branch.id == Courier.branch_id) \
        .where(_at(Branch.code, location))
    cod_rows = conn.execute(
        select(ProofOfDelivery.courier_id, func.coalesce(func.sum(
            ProofOfDelivery.cod_fen + ProofOfDelivery.freight_fen), 0))
        .where(ProofOfDelivery.delivered_at >= start, ProofOfDelivery.delivered_at < end,
               or_(ProofOfDelivery.courier_id.in_(courier_branch),
                   and_(ProofOfDelivery.courier_id.is_(None), literal(not location.strip()))))
        .group_by(ProofOfDelivery.courier_id)).all()
    cod_by_courier = {cid: int(fen) for cid, fen in cod_rows}
    ids = sorted(set(per_courier) | {c for c in cod_by_courier if c is not None})
    names = {cid: (code, name) for cid, code, name in conn.execute(
        select(Courier.id, Courier.code, Courier.name).where(Courier.id.in_(ids)))} if ids \
        else {}
    by_courier = sorted((CourierDay(names[c][0], names[c][1],
                                    {k: per_courier.get(c, {}).get(k, 0) for k in STAGE_NAMES},
                                    from_fen(cod_by_courier.get(c, 0))) for c in ids),
                        key=lambda c: c.code)

    # Open problems at the day's end, by reason and age band.
    band = case(*[(Problem.opened_at <= as_of - timedelta(hours=h), literal(label))
                  for label, h in reversed(AGE_BANDS[1:])], else_=literal(AGE_BANDS[0][0]))
    problems: dict[str, dict[str, int]] = {}
    for reason, label, n in conn.execute(
            select(Problem.reason, band, func.count()).where(
                Problem.opened_at < as_of,
                or_(Problem.closed_at.is_(None), Problem.closed_at >= as_of),
                _at(Problem.opened_location, location))
            .group_by(Problem.reason, band)):
        problems.setdefault(reason, {b: 0 for b, _ in AGE_BANDS})[label] = n

    # Cash-ups awaiting approval (their state now), of the location's couriers and counters.
    owner = func.coalesce(Courier.code, Branch.code)
    pending = [PendingCashUp(i, who, from_fen(exp), from_fen(dec)) for i, who, exp, dec in
               conn.execute(select(CashUp.id, owner, CashUp.expected_fen, CashUp.declared_fen)
                            .outerjoin(Courier, Courier.id == CashUp.courier_id)
                            .outerjoin(Branch, Branch.id == func.coalesce(
                                CashUp.branch_id, Courier.branch_id))
                            .where(CashUp.status == "PENDING", _at(Branch.code, location))
                            .order_by(CashUp.id))]
    handed = conn.execute(
        select(func.coalesce(func.sum(CashUp.declared_fen), 0))
        .outerjoin(Courier, Courier.id == CashUp.courier_id)
        .outerjoin(Branch, Branch.id == func.coalesce(CashUp.branch_id, Courier.branch_id))
        .where(CashUp.status != "OPEN", CashUp.created_at >= start, CashUp.created_at < end,
               _at(Branch.code, location))).scalar_one()

    return DayFigures(
        day=day, location=location.strip(), start=start, end=end, as_of=as_of,
        stages=stages, by_station=dict(sorted(by_station.items())), by_courier=by_courier,
        problems=dict(sorted(problems.items())), pending_cashups=pending,
        stranded=_stranded(uow, location, end),
        cod_collected=from_fen(sum(cod_by_courier.values())),
        cod_handed_over=from_fen(int(handed)))


def _stranded(uow: UnitOfWork, location: str, end: datetime) -> int:
    """留仓: parcels whose last status-changing scan before `end` left them ARRIVED or
    ASSIGNED at the location. For today (the day not over) that is the parcels' status now,
    one indexed count on parcels; for a past day it is rebuilt from the scans of the
    STRANDED_WINDOW_DAYS before its end."""
    if end > utcnow():
        return int(uow.conn.execute(
            select(func.count()).select_from(Parcel).where(
                Parcel.status.in_(STRANDED_STATUSES), _at(Parcel.last_location, location)))
            .scalar_one())
    later = aliased(ScanEvent)
    return int(uow.conn.execute(
        select(func.count(func.distinct(ScanEvent.parcel_id))).where(
            ScanEvent.occurred_at >= end - timedelta(days=STRANDED_WINDOW_DAYS),
            ScanEvent.occurred_at < end,
            ScanEvent.status_after.in_(STRANDED_STATUSES),
            _at(ScanEvent.location_code, location),
            ~exists().where(later.parcel_id == ScanEvent.parcel_id, later.id > ScanEvent.id,
                            later.status_after.is_not(None), later.occurred_at < end)))
        .scalar_one())


@read_only
def week_figures(uow: UnitOfWork, actor: Actor, location: str = "",
                 day: date | None = None) -> WeekFigures:
    """The 7 local days ending with `day` (default today): parcels received and the
    first-attempt delivery rate. Read-only."""
    require(actor, Permission.TRACK)
    last = _checked(day)
    days = [last - timedelta(days=WEEK_DAYS - 1 - i) for i in range(WEEK_DAYS)]
    bounds = [local_day_bounds(d)[0] for d in days] + [local_day_bounds(last)[1]]
    bucket = case(*[(_ev.c.occurred_at < bounds[i + 1], literal(i)) for i in range(WEEK_DAYS)],
                  else_=literal(None)).label("bucket")
    where = and_(_ev.c.occurred_at >= bounds[0], _ev.c.occurred_at < bounds[-1],
                 _at(_ev.c.location_code, location))
    # One pass over the week's scans: parcels received, and first attempts (a delivery or a
    # failure with no failed attempt before it) per day.
    earlier = _ev.alias("earlier")
    first = ~exists().where(earlier.c.parcel_id == _ev.c.parcel_id, earlier.c.id < _ev.c.id,
                            earlier.c.event == "FAIL", earlier.c.status_after.is_not(None))
    received = and_(_ev.c.event == "RECEIVE", _ev.c.status_after == "RECEIVED")
    attempt = or_(and_(_ev.c.event == "DELIVER", _ev.c.status_after == "DELIVERED"),
                  and_(_ev.c.event == "FAIL", _ev.c.status_after == "DELIVERY_FAILED"))
    inner = select(bucket, _ev.c.event, _ev.c.parcel_id).where(
        where, or_(received, and_(attempt, first))).subquery()
    volume, ok, tried = [0] * WEEK_DAYS, [0] * WEEK_DAYS, [0] * WEEK_DAYS
    for i, ev, n in uow.conn.execute(
            select(inner.c.bucket, inner.c.event, func.count(func.distinct(inner.c.parcel_id)))
            .group_by(inner.c.bucket, inner.c.event)):
        if ev == "RECEIVE":
            volume[i] = n
        else:
            tried[i] += n
            ok[i] += n if ev == "DELIVER" else 0
    return WeekFigures(location.strip(), [
        WeekDay(d, volume[i], ok[i] / tried[i] if tried[i] else None)
        for i, d in enumerate(days)])


@read_only
def stage_parcels(uow: UnitOfWork, actor: Actor, location: str, day: date | None,
                  stage: str, *, station: str | None = None, courier: str | None = None,
                  limit: int = 2000) -> StageParcels:
    """The parcels behind a stage figure of day_figures (the same filter, _staged), one row
    a parcel (its last scan of the stage that day), newest first; at a station and/or of a
    courier (code) when given, as the per-station and per-courier tables. At most `limit`
    rows, `more` when there were more. Read-only."""
    require(actor, Permission.TRACK)
    if stage not in STAGES:
        raise ValidationError(f"unknown stage {stage!r} (one of {', '.join(STAGE_NAMES)})",
                              field="stage", reason="unknown")
    day = _checked(day)
    start, end = local_day_bounds(day)
    inner = _staged(location, start, end, _ev.c.id, _ev.c.parcel_id, _ev.c.station,
                    _ev.c.courier_id).subquery()
    keep = [inner.c.stage == stage]
    if station is not None:
        keep.append(inner.c.station == station)
    if courier is not None:
        keep.append(inner.c.courier_id.in_(select(Courier.id).where(Courier.code == courier)))
    last = select(func.max(inner.c.id).label("id")).where(*keep) \
        .group_by(inner.c.parcel_id).subquery()
    rows = uow.conn.execute(
        select(Parcel.waybill_no, Parcel.status, _ev.c.occurred_at, _ev.c.station,
               func.coalesce(Courier.code, ""), _ev.c.location_code)
        .select_from(last)
        .join(_ev, _ev.c.id == last.c.id)
        .join(Parcel, Parcel.id == _ev.c.parcel_id)
        .outerjoin(Courier, Courier.id == _ev.c.courier_id)
        .order_by(_ev.c.occurred_at.desc(), Parcel.waybill_no)
        .limit(limit + 1)).all()
    return StageParcels(day, location.strip(), stage, station, courier,
                        [StageParcel(*r) for r in rows[:limit]], limit, len(rows) > limit)

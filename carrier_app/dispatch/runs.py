"""Runs (派件单): a courier's assigned parcels in route order; printing the run sheet sends
them OUT_FOR_DELIVERY; the close-out accounts for every parcel before the run closes."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import cast

from sqlalchemy import Table, bindparam, exists, select, update

from carrier_app.core.address import full_address
from carrier_app.core.clock import utcnow
from carrier_app.core.collect import receiver_due_fen
from carrier_app.core.errors import NotFound, ValidationError
from carrier_app.core.lifecycle import Event, Status
from carrier_app.core.money import from_fen
from carrier_app.core.phone import mask_phone
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.dispatch.common import scan_undelivered, today
# Re-exported: the run sheet and close-out are what these use cases return.
from carrier_app.documents.inputs import CloseOut as CloseOut
from carrier_app.documents.inputs import RunLine as RunLine
from carrier_app.documents.inputs import RunSheet as RunSheet
from carrier_app.store.repository import courier_row
from carrier_app.store.repository import lock_parcel
from carrier_app.network.service import load_network, require_on_path
from carrier_app.store import audit
from carrier_app.store.models import (
    Branch, Courier, DeliveryAttempt, DeliveryRun, Parcel, RunItem,
)
from carrier_app.store.uow import UnitOfWork

OUTCOMES = ("DELIVERED", "FAILED", "NOT_ATTEMPTED")


@dataclass(frozen=True)
class RunRow:
    id: int
    run_no: str
    run_date: date
    status: str
    courier_code: str
    parcels: int


def create_run(uow: UnitOfWork, actor: Actor, courier: int | str,
               run_date: date | None = None) -> RunSheet:
    """A run of every parcel assigned to the courier and on no open run; commits."""
    require(actor, Permission.DISPATCH)
    c = courier_row(uow, courier)
    on_run = exists().where(RunItem.open_parcel_id == Parcel.id)
    parcels = sorted(uow.session.scalars(
        select(Parcel).where(Parcel.courier_id == c.id,
                             Parcel.status == Status.ASSIGNED.value,
                             ~on_run)
        .with_for_update()), key=_route_order)
    if not parcels:
        raise ValidationError(f"Courier {c.code} has no assigned parcels to take out",
                              field="courier", code=c.code, reason="nothing_assigned")
    now = utcnow()
    run = DeliveryRun(run_no=f"tmp-{now.timestamp()}-{c.id}", courier_id=c.id,
                      branch_id=c.branch_id, run_date=run_date or today(), created_at=now,
                      created_by=actor.username)
    uow.session.add(run)
    uow.session.flush()
    branch_code = uow.session.get(Branch, c.branch_id).code  # type: ignore[union-attr]
    run.run_no = f"R{branch_code.replace('-', '')}{run.run_date:%y%m%d}{run.id:05d}"
    uow.session.add_all(RunItem(run_id=run.id, parcel_id=p.id, open_parcel_id=p.id, seq=i)
                        for i, p in enumerate(parcels, 1))
    audit.record(uow, actor, "run_created", "run", run.id, run_no=run.run_no, courier=c.code,
                 parcels=len(parcels))
    uow.commit()
    return run_sheet(uow, actor, run.id)


def _route_order(p: Parcel) -> tuple[object, ...]:
    """Route order: by sort code, then the address with its numbers compared as numbers
    (文二路 9 号 before 文二路 10 号)."""
    address = [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.recipient_address)]
    return (p.sort_code or "", [(isinstance(t, int), t) for t in address], p.id)


def _run(uow: UnitOfWork, run: int | str) -> DeliveryRun:
    q = select(DeliveryRun).where(DeliveryRun.id == run if isinstance(run, int)
                                  else DeliveryRun.run_no == run.strip().upper())
    found = uow.session.scalar(q)
    if found is None:
        raise NotFound(f"No run {run!r}", code=str(run), reason="unknown_run")
    return found


def run_sheet(uow: UnitOfWork, actor: Actor, run: int | str,
              full_phones: bool = False) -> RunSheet:
    """The run and its parcels; phones masked unless `full_phones` (couriers call ahead:
    a depot setting, Settings.run_sheet_full_phones)."""
    require(actor, Permission.TRACK)
    r = _run(uow, run)
    c = uow.session.get(Courier, r.courier_id)
    br = uow.session.get(Branch, r.branch_id)
    assert c is not None and br is not None
    rows = uow.session.execute(
        select(RunItem, Parcel).join(Parcel, Parcel.id == RunItem.parcel_id)
        .where(RunItem.run_id == r.id).order_by(RunItem.seq))
    lines = [RunLine(i.seq, p.waybill_no, p.sort_code or "", p.recipient_name,
                     p.recipient_phone if full_phones else mask_phone(p.recipient_phone),
                     full_address(p.recipient_province, p.recipient_city,
                                  p.recipient_district, p.recipient_address),
                     p.pieces, from_fen(0 if p.is_return else p.cod_fen), p.status, i.outcome,
                     i.reason, p.is_return,
                     from_fen(0 if p.is_return else receiver_due_fen(
                         p.payer, p.freight_fen, p.surcharge_fen, p.discount_fen,
                         p.insurance_fen)))
             for i, p in rows]
    return RunSheet(r.id, r.run_no, r.run_date, r.status, c.code, c.name, br.code, br.name,
                    lines, r.printed_at, r.closed_at)


def list_runs(uow: UnitOfWork, actor: Actor, branch_code: str | None = None,
              include_closed: bool = False) -> list[RunRow]:
    require(actor, Permission.TRACK)
    from sqlalchemy import func
    q = (select(DeliveryRun, Courier.code, func.count(RunItem.id))
         .join(Courier, Courier.id == DeliveryRun.courier_id)
         .join(Branch, Branch.id == DeliveryRun.branch_id)
         .outerjoin(RunItem, RunItem.run_id == DeliveryRun.id)
         .group_by(DeliveryRun.id, Courier.code).order_by(DeliveryRun.id.desc()))
    if branch_code:
        q = q.where(Branch.code == branch_code)
    if not include_closed:
        q = q.where(DeliveryRun.status != "CLOSED")
    return [RunRow(r.id, r.run_no, r.run_date, r.status, code, n)
            for r, code, n in uow.session.execute(q)]


def print_run(uow: UnitOfWork, actor: Actor, run: int | str,
              progress: Callable[[int, int], None] | None = None,
              cancelled: Callable[[], bool] | None = None, full_phones: bool = False) -> bytes:
    """The run sheet PDF; printing sends its parcels OUT_FOR_DELIVERY (one scan each, each
    committed). Cancelled half-way, the rest go out on the next print of the same run.
    `full_phones`: recipients' numbers unmasked (a depot setting; audited on each print)."""
    from carrier_app.documents.run_sheet import render_run_sheet

    require(actor, Permission.DISPATCH)
    r = _run(uow, run)
    if r.status == "CLOSED":
        raise ValidationError(f"Run {r.run_no} is closed", field="run", code=r.run_no,
                              reason="run_closed")
    _check_locations(uow, r)
    pdf = render_run_sheet(run_sheet(uow, actor, r.id, full_phones))
    if full_phones:  # personal data on paper: who printed it, when
        audit.record(uow, actor, "run_printed_full_phones", "run", r.id, run_no=r.run_no)
        uow.commit()
    courier_id = r.courier_id
    run_id = r.id
    if r.status == "OPEN":
        r.status = "OUT"
        r.printed_at = utcnow()
        audit.record(uow, actor, "run_printed", "run", r.id, run_no=r.run_no)
        uow.commit()
    waybills = list(uow.session.scalars(
        select(Parcel.waybill_no).join(RunItem, RunItem.parcel_id == Parcel.id)
        .where(RunItem.run_id == run_id, Parcel.status == Status.ASSIGNED.value)))
    for n, wb in enumerate(waybills, 1):
        if cancelled is not None and cancelled():
            break
        scan_undelivered(uow, actor, wb, Event.OUT_FOR_DELIVERY, courier_id=courier_id,
                         details={"run": run_id})
        uow.commit()
        if progress is not None:
            progress(n, len(waybills))
    return pdf


@dataclass(frozen=True)
class RunSheetPrint:
    """A run sheet to print: a run printed before is a reprint (the print path stamps 补打)."""
    run_no: str
    pdf: bytes
    reprint: bool


def print_run_sheet(uow: UnitOfWork, actor: Actor, run: int | str,
                    progress: Callable[[int, int], None] | None = None,
                    cancelled: Callable[[], bool] | None = None,
                    full_phones: bool = False) -> RunSheetPrint:
    """`print_run`, saying whether the sheet was printed before: the one use case of the
    run sheet's 打印, from the runs screen or `carrier-app runs print`."""
    require(actor, Permission.DISPATCH)
    r = _run(uow, run)
    run_no, reprint = r.run_no, r.printed_at is not None
    return RunSheetPrint(run_no, print_run(uow, actor, r.id, progress, cancelled, full_phones),
                         reprint)


def _check_locations(uow: UnitOfWork, r: DeliveryRun) -> None:
    """Every parcel still to go out is at the run's branch and that is its destination
    (re-routed or misrouted ones are refused: WrongLocation names the first)."""
    net = load_network(uow)
    here = net.branch_ids.get(r.branch_id, "")
    for p in uow.session.execute(
            select(Parcel.waybill_no, Parcel.status, Parcel.sort_code, Parcel.origin_branch_id,
                   Parcel.is_return, Parcel.last_location, Parcel.forwarded_at)
            .join(RunItem, RunItem.parcel_id == Parcel.id)
            .where(RunItem.run_id == r.id, Parcel.status == Status.ASSIGNED.value)):
        require_on_path(net, p, location=here, event=Event.OUT_FOR_DELIVERY)


def open_item(uow: UnitOfWork, parcel_id: int) -> RunItem | None:
    """The parcel's item on an open run, if it is on one."""
    return uow.session.scalar(select(RunItem).where(RunItem.open_parcel_id == parcel_id))


def drop_from_unprinted_run(uow: UnitOfWork, parcel_id: int) -> str | None:
    """Take a parcel off its open run while the run sheet is not printed yet (the parcel is
    reassigned or unassigned); returns the run number it was on. No commit."""
    item = open_item(uow, parcel_id)
    if item is None:
        return None
    run = uow.session.get(DeliveryRun, item.run_id)
    assert run is not None
    if run.status != "OPEN":
        return None
    uow.session.delete(item)
    uow.session.flush()
    return run.run_no


def mark_outcome(uow: UnitOfWork, parcel_id: int, outcome: str, reason: str = "") -> int | None:
    """Record a parcel's outcome on its open run (no commit); returns the run id (None: on no
    open run). One Core UPDATE ... RETURNING, not a load and a flush: every delivery asks."""
    return uow.conn.execute(_MARK_OUTCOME, {"pid": parcel_id, "outcome": outcome,
                                            "reason": reason}).scalar()


_RI = cast(Table, RunItem.__table__)
_MARK_OUTCOME = (update(_RI).where(_RI.c.open_parcel_id == bindparam("pid"))
                 .values(outcome=bindparam("outcome"), reason=bindparam("reason"))
                 .returning(_RI.c.run_id))


def not_attempted(uow: UnitOfWork, actor: Actor, run: int | str, code: str,
                  reason: str = "") -> None:
    """Close-out: the courier brought the parcel back untried; it waits at the branch for
    tomorrow's assignment (OUT_FOR_DELIVERY -> ARRIVED). Commits."""
    require(actor, Permission.DISPATCH)
    r = _run(uow, run)
    parsed, row = lock_parcel(uow, code)
    item = open_item(uow, row.id)
    if item is None or item.run_id != r.id:
        raise ValidationError(f"{row.waybill_no} is not on run {r.run_no}", field="code",
                              code=row.waybill_no, reason="not_on_run", run=r.run_no)
    item.outcome, item.reason = "NOT_ATTEMPTED", reason.strip()[:40]
    if row.status == Status.OUT_FOR_DELIVERY.value:
        scan_undelivered(uow, actor, parsed.waybill, Event.UNASSIGN,
                         details={"run": r.id, "not_attempted": reason.strip()})
    uow.commit()


def close_run(uow: UnitOfWork, actor: Actor, run: int | str) -> CloseOut:
    """Close the run when every parcel is accounted for; commits. Failed parcels that are not
    going back to the sender wait for their next attempt date in the assignment preview."""
    require(actor, Permission.DISPATCH)
    r = _run(uow, run)
    if r.status == "CLOSED":
        raise ValidationError(f"Run {r.run_no} is already closed", field="run", code=r.run_no,
                              reason="run_closed")
    sheet = run_sheet(uow, actor, r.id)
    if sheet.unaccounted:
        raise ValidationError(
            f"Run {r.run_no}: {len(sheet.unaccounted)} parcel(s) not accounted for: "
            + ", ".join(sheet.unaccounted[:5]), field="run", code=r.run_no,
            missing=sheet.unaccounted, reason="run_unaccounted", count=len(sheet.unaccounted),
            waybills=", ".join(sheet.unaccounted[:5]))
    r.status, r.closed_at, r.closed_by = "CLOSED", utcnow(), actor.username
    uow.conn.execute(update(cast(Table, RunItem.__table__)).where(RunItem.run_id == r.id)
                     .values(open_parcel_id=None))
    audit.record(uow, actor, "run_closed", "run", r.id, run_no=r.run_no)
    uow.commit()
    return closeout_summary(uow, actor, r.id)


def closeout_summary(uow: UnitOfWork, actor: Actor, run: int | str) -> CloseOut:
    """A closed run's close-out, rebuilt from the database (read-only): the summary can be
    printed again at any time, e.g. when the process died between closing and writing it."""
    require(actor, Permission.TRACK)
    r = _run(uow, run)
    if r.status != "CLOSED":
        raise ValidationError(f"Run {r.run_no} is not closed yet; its close-out summary comes "
                              "when it closes", field="run", code=r.run_no, reason="run_open")
    sheet = run_sheet(uow, actor, r.id)
    next_dates = dict(uow.session.execute(
        select(Parcel.waybill_no, DeliveryAttempt.next_attempt)
        .join(DeliveryAttempt, DeliveryAttempt.parcel_id == Parcel.id)
        .where(DeliveryAttempt.run_id == r.id)).all())
    by = {o: [x for x in sheet.lines if x.outcome == o] for o in OUTCOMES}
    # From the attempts recorded on this run, not the parcels' statuses now: a summary
    # printed again next week says what it said the day the run closed (a failure with no
    # next attempt date is one going back to the sender).
    return CloseOut(
        sheet, [x.waybill_no for x in by["DELIVERED"]], [x.waybill_no for x in by["FAILED"]],
        [x.waybill_no for x in by["NOT_ATTEMPTED"]],
        [(x.waybill_no, next_dates[x.waybill_no]) for x in by["FAILED"]
         if next_dates.get(x.waybill_no) is not None],
        [x.waybill_no for x in by["FAILED"] if next_dates.get(x.waybill_no) is None],
        sum((x.cod for x in by["DELIVERED"]), Decimal("0.00")))

"""Failed delivery attempts (DELIVERY_FAILED) and returns to sender (RETURN_TO_SENDER).

After the third failed attempt, a refusal or the merchant's request the parcel goes back:
it is re-routed to its merchant's home branch (new destination, route and sort code, a
REROUTE event in its history), gets a return label, and flows back through the network
until the merchant signs for it (RETURNED). Its 到付 freight, if any, is charged to the
sender (finance/freight_charges)."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import select

from carrier_app.core.clock import utcnow
from carrier_app.core.delivery_codes import REASON_ZH
from carrier_app.core.errors import IllegalTransition, ValidationError
from carrier_app.core.lifecycle import Event, Status, is_legal, must_return
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.core.money import format_yuan, from_fen
from carrier_app.dispatch.common import piece_statuses, today
from carrier_app.finance.freight_charges import charge_back
from carrier_app.store.repository import lock_parcel
from carrier_app.dispatch.runs import mark_outcome
from carrier_app.sorting.routing import load_router, sort_code
from carrier_app.store.models import (
    Branch, DeliveryAttempt, Hub, Merchant, Parcel, Route,
)
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import append_note, append_scan, held_by_problem
from carrier_app.waybill.labels_service import render_labels

log = logging.getLogger(__name__)

REASONS = tuple(REASON_ZH)


@dataclass(frozen=True)
class Failed:
    waybill_no: str
    attempt_no: int
    next_attempt: date | None
    returning: bool
    ret: Returned | None


@dataclass(frozen=True)
class Returned:
    waybill_no: str
    dest_branch_code: str
    sort_code: str
    label_pdf: bytes | None     # None: rendering failed (logged); reprint from Waybills


def fail(uow: UnitOfWork, actor: Actor, code: str, reason: str, *,
         next_attempt: date | None = None, note: str = "") -> Failed:
    """Record a failed attempt of a parcel out for delivery; commits. A refusal or the
    third failure starts the return to sender."""
    require(actor, Permission.DELIVER)
    if reason not in REASONS:
        raise ValidationError(f"Reason must be one of {', '.join(REASONS)}", field="reason",
                              reason="failure_reason", value=reason)
    parsed, row = lock_parcel(uow, code)
    held = held_by_problem(uow, actor, row.id, str(parsed), row.status,
                           Status.DELIVERY_FAILED, Event.FAIL)
    if held is not None:
        raise held
    if row.status != Status.OUT_FOR_DELIVERY.value:
        raise IllegalTransition(f"{row.waybill_no} is {row.status}, not out for delivery",
                                code=row.waybill_no, current=row.status,
                                requested=Status.DELIVERY_FAILED, reason="not_out_for_delivery")
    done = [s for s in piece_statuses(uow, row.id) if s == Status.DELIVERED.value]
    if done:
        # A waybill scan would move the delivered pieces too; the rest waits for the next run.
        raise ValidationError(
            f"{row.waybill_no}: {len(done)}/{row.pieces} pieces are delivered; record the "
            "other pieces as not attempted", field="code", code=row.waybill_no,
            reason="partly_delivered")
    attempt_no = row.failed_attempts + 1
    returning = must_return(attempt_no, refused=reason == "REFUSED")
    nxt = None if returning else (next_attempt or today() + timedelta(days=1))
    if nxt is not None and nxt < today():
        raise ValidationError("The next attempt date is in the past", field="next_attempt",
                              reason="next_attempt_past")
    run_id = mark_outcome(uow, row.id, "FAILED", reason)
    uow.session.add(DeliveryAttempt(
        parcel_id=row.id, run_id=run_id, courier_id=row.courier_id, attempt_no=attempt_no,
        reason=reason, note=note.strip()[:200], next_attempt=nxt, at=utcnow(),
        username=actor.username))
    append_scan(uow, actor, parsed.waybill, Event.FAIL, courier_id=row.courier_id,
                details={"reason": reason, "attempt": attempt_no,
                         "next_attempt": nxt.isoformat() if nxt else None})
    route = _start_return(uow, actor, parsed.waybill, reason) if returning else None
    uow.commit()
    ret = _with_label(uow, actor, route) if route else None
    return Failed(row.waybill_no, attempt_no, nxt, returning, ret)


def start_return(uow: UnitOfWork, actor: Actor, code: str, reason: str) -> Returned:
    """Send the parcel back to its merchant's home branch (refusal, third failure or the
    merchant's request); commits, then prints the return label."""
    route = _start_return(uow, actor, code, reason)
    uow.commit()
    return _with_label(uow, actor, route)


def _with_label(uow: UnitOfWork, actor: Actor, route: tuple[str, str, str]) -> Returned:
    waybill_no, branch_code, new_code = route
    return Returned(waybill_no, branch_code, new_code, _return_label(uow, actor, waybill_no))


def _start_return(uow: UnitOfWork, actor: Actor, code: str,
                  reason: str) -> tuple[str, str, str]:
    """The RETURN scan and the re-route, in the caller's unit of work: (waybill, branch,
    new sort code)."""
    require(actor, Permission.DELIVER)
    parsed, row = lock_parcel(uow, code)
    if row.is_return or not is_legal(Status(row.status), Status.RETURN_TO_SENDER):
        raise IllegalTransition(f"{row.waybill_no} is {row.status}; cannot be returned",
                                code=row.waybill_no, current=row.status,
                                requested=Status.RETURN_TO_SENDER, reason="not_returnable")
    p = uow.session.get(Parcel, row.id)
    assert p is not None  # locked above
    merchant = uow.session.get(Merchant, p.merchant_id) if p.merchant_id else None
    branch_id, why = _return_branch(p, merchant)
    branch, hub = uow.session.execute(
        select(Branch, Hub).join(Hub, Hub.id == Branch.hub_id)
        .where(Branch.id == branch_id)).one()
    # The merchant's own address decides the route when it routes to the home branch.
    match = (load_router(uow).match(merchant.postcode, merchant.province, merchant.city,
                                    merchant.district, merchant.address)
             if merchant is not None else None)
    route_id: int | None
    if match is not None and match.rule.branch_id == branch.id and match.rule.route_id:
        route_id = match.rule.route_id
    else:
        route_id = uow.session.scalar(select(Route.id).where(Route.branch_id == branch.id)
                                      .order_by(Route.number).limit(1))
    route = uow.session.get(Route, route_id) if route_id else None
    route_no = route.number if route else None
    new_code = sort_code(hub.code, branch.number, route_no)
    old = {"dest_branch_id": p.dest_branch_id, "sort_code": p.sort_code}
    p.dest_branch_id, p.route_id, p.sort_code, p.courier_id = branch.id, route_id, new_code, None
    uow.session.flush()  # before the Core statements below, in the same transaction
    append_note(uow, actor, row.waybill_no, Event.REROUTE,
                f"return to sender ({why}): {old['sort_code']} → {new_code}",
                {"reason": reason, "from": old, "to_branch": branch.code,
                 "sort_code": new_code, "return_to": why})
    append_scan(uow, actor, parsed.waybill, Event.RETURN,
                details={"reason": reason, "to_branch": branch.code})
    charged = charge_back(uow, actor, p, reason)
    if charged:
        append_note(uow, actor, row.waybill_no, Event.NOTE,
                    f"到付 freight {format_yuan(charged)} charged back to the sender",
                    {"freight_charged_back": str(from_fen(charged)), "reason": reason})
    return row.waybill_no, branch.code, new_code


def request_return(uow: UnitOfWork, actor: Actor, code: str) -> Returned:
    """The merchant asks for the parcel back (while it waits at the branch or failed)."""
    return start_return(uow, actor, code, "MERCHANT_REQUEST")


def _return_branch(p: Parcel, merchant: Merchant | None) -> tuple[int, str]:
    """Where a return goes, and why: the merchant's home branch; for a walk-in sender the
    branch that took the parcel in; failing both, the branch it is at, where the sender is
    called to collect it (a supervisor can re-route it from there)."""
    if merchant is not None and merchant.home_branch_id is not None:
        return merchant.home_branch_id, "merchant branch"
    if p.origin_branch_id is not None:
        return p.origin_branch_id, "origin branch"
    if p.dest_branch_id is not None:
        return p.dest_branch_id, "no origin on record: held for the sender here"
    raise ValidationError(f"{p.waybill_no} has no branch to return to", field="merchant",
                          code=p.waybill_no, reason="no_return_branch")


def _return_label(uow: UnitOfWork, actor: Actor, waybill_no: str) -> bytes | None:
    """The label with the return's sort code. The return itself is already recorded: a label
    that cannot be rendered is logged and reprinted from the Waybills page."""
    try:
        return render_labels(uow, actor, [waybill_no], size="100x150", reprint=True)
    except Exception:  # noqa: BLE001 - see above
        log.exception("return label for %s could not be rendered", waybill_no)
        return None


def attempts(uow: UnitOfWork, actor: Actor, code: str) -> list[tuple[int, str, date | None]]:
    require(actor, Permission.TRACK)
    _, row = lock_parcel(uow, code, lock=False)
    return [(a.attempt_no, a.reason, a.next_attempt) for a in uow.session.scalars(
        select(DeliveryAttempt).where(DeliveryAttempt.parcel_id == row.id)
        .order_by(DeliveryAttempt.id))]

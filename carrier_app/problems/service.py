"""The exceptions desk (问题件) and intercepts (拦截/改址): use cases.

A registered problem puts its parcel on HOLD in the same transaction (`append_scan`), so every
normal scan is refused until the problem is resolved; the refusal names the problem
(`tracking.scans.held_by_problem`). An intercept is a problem of reason INTERCEPT that carries
its instruction (return, or a new address already routed to its new sort code) and holds the
parcel wherever it is. Resolving moves the parcel on: new address (re-routed, RELEASE, label
reprinted with 补打), return to sender (the delivery return use case), deliver as is
(RELEASE); a claim or destruction waits for a second, different user's approval, then takes
the parcel out of the flow (EXCEPTION). Every step is an event in the parcel's history.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.orm import defer

from carrier_app.core.clock import utcnow
from carrier_app.core.errors import IllegalTransition, NotFound, PermissionDenied, ValidationError
from carrier_app.core.lifecycle import TERMINAL, Event, Status
from carrier_app.core.collect import freight_total_fen
from carrier_app.core.money import format_yuan, from_fen, to_fen
from carrier_app.core.problems import (
    CLOSED, NEEDS_APPROVAL, OPEN, REASON_ZH, Action, Reason, claim_cap_fen, instruction_text,
    parse_reason,
)
from carrier_app.pricing.terms import claim_freight_multiple
from carrier_app.core.roles import Actor, Permission, require
from carrier_app.delivery.attempts import start_return
from carrier_app.delivery.pod import MAX_PHOTO_BYTES
from carrier_app.dispatch.runs import drop_from_unprinted_run
from carrier_app.store.repository import require_parcel
from carrier_app.sorting.routing import load_router
from carrier_app.store.models import Parcel, Problem, ProblemContact
from carrier_app.store.uow import UnitOfWork
from carrier_app.tracking.scans import append_note, append_scan
from carrier_app.waybill.labels_service import render_labels

log = logging.getLogger(__name__)

P = cast(Table, Parcel.__table__)


@dataclass(frozen=True)
class ProblemRow:
    id: int
    waybill_no: str
    reason: str
    reason_zh: str
    note: str
    status: str                      # OPEN, CLOSED
    parcel_status: str
    opened_at: datetime
    opened_by: str
    opened_location: str
    age_hours: float                 # open: till now; closed: till it was closed
    overdue: bool
    instruction: str                 # "", RETURN, ADDRESS (intercepts)
    new_address: str
    new_sort_code: str | None
    pending_action: str              # claim / destroy awaiting approval
    pending_by: str
    claim_amount: Decimal | None
    resolution: str
    resolution_note: str
    approved_by: str
    closed_at: datetime | None
    closed_by: str
    has_photo: bool


@dataclass(frozen=True)
class ContactRow:
    at: datetime
    by: str
    contact: str
    outcome: str


@dataclass(frozen=True)
class Registered:
    problem_id: int
    waybill_no: str
    reason: str
    status: Status                   # the parcel's: HELD
    message: str


@dataclass(frozen=True)
class Resolved:
    problem_id: int
    waybill_no: str
    action: str
    closed: bool                     # False: waiting for a second person's approval
    parcel_status: Status
    sort_code: str | None
    label_pdf: bytes | None          # new address / return: the reprinted label (补打)
    message: str


# --- registering ------------------------------------------------------------------------
def register_problem(uow: UnitOfWork, actor: Actor, code: str, reason: str, note: str = "",
                     photo: bytes | None = None) -> Registered:
    """Register a problem parcel at the desk (or from a scan screen): the parcel goes on
    HOLD in the same transaction; commits. Refused for a delivered, returned or cancelled
    parcel and for one that already has an open problem."""
    require(actor, Permission.HOLD)
    try:
        r = parse_reason(reason)
    except ValueError:
        names = ", ".join(f"{x.value} {zh}" for x, zh in REASON_ZH.items())
        raise ValidationError(f"Reason must be one of {names}", field="reason",
                              value=reason, reason="problem_reason") from None
    result = _register(uow, actor, code, r, note, photo)
    uow.commit()
    return result


def request_intercept(uow: UnitOfWork, actor: Actor, code: str, *,
                      return_to_sender: bool = False, address: str = "", postcode: str = "",
                      note: str = "") -> Registered:
    """A merchant's or the customer-service desk's intercept (拦截/改址) of a parcel anywhere
    in the network: an INTERCEPT problem holding the parcel where it is, with its instruction
    (return, or the new address and the sort code it routes to). The next scan anywhere is
    refused with that instruction; resolving at the desk applies it. Commits."""
    require(actor, Permission.HOLD)
    address, postcode = address.strip(), postcode.strip()
    if return_to_sender == bool(address):
        raise ValidationError("Say either return to sender or the new address",
                              field="address", reason="intercept_instruction")
    new_code = _route(uow, address, postcode) if address else None
    result = _register(uow, actor, code, Reason.INTERCEPT, note, None,
                       instruction="RETURN" if return_to_sender else "ADDRESS",
                       new_address=address, new_postcode=postcode, new_sort_code=new_code)
    uow.commit()
    return result


def _register(uow: UnitOfWork, actor: Actor, code: str, reason: Reason, note: str,
              photo: bytes | None, *, instruction: str = "", new_address: str = "",
              new_postcode: str = "", new_sort_code: str | None = None) -> Registered:
    note = (note or "").strip()
    if len(note) > 300:
        raise ValidationError("The note is at most 300 characters", field="note",
                              reason="too_long", max_len=300)
    if photo is not None and len(photo) > MAX_PHOTO_BYTES:
        raise ValidationError("Photo is larger than 8 MB", field="photo", reason="photo_too_large")
    row = require_parcel(uow, code)
    wb, status = row.waybill_no, row.status
    verb = "intercepted" if instruction else "registered as a problem parcel"
    if status in TERMINAL:
        raise IllegalTransition(f"{wb} is {status}; it cannot be {verb}", code=wb,
                                current=status, requested=Status.HELD, reason="terminal")
    if instruction == "RETURN" and row.is_return:
        raise IllegalTransition(f"{wb} is already on its way back to the sender", code=wb,
                                current=status, requested=Status.RETURN_TO_SENDER,
                                reason="already_returning")
    existing = _open_problem(uow, row.id)
    if existing is not None:
        raise ValidationError(
            f"{wb} already has open problem #{existing.id} ({_zh(existing.reason)}); handle "
            "it at the exceptions desk first", field="code", code=wb, reason="already_open",
            problem=existing.id)
    # An intercept holds the parcel where it is (in a truck, at another branch); a problem
    # registered at the desk is where the desk is.
    location = (row.last_location or actor.location) if instruction else actor.location
    now = utcnow()
    problem = Problem(
        parcel_id=row.id, open_parcel_id=row.id, reason=reason.value, note=note, photo=photo,
        status=OPEN, opened_at=now, opened_by=actor.username, opened_by_id=actor.user_id,
        opened_location=location, opened_station=actor.station, instruction=instruction,
        new_address=new_address, new_postcode=new_postcode, new_sort_code=new_sort_code)
    uow.session.add(problem)
    uow.session.flush()
    details: dict[str, Any] = {"problem": problem.id, "reason": reason.value}
    if instruction:
        details.update(instruction=instruction, sort_code=new_sort_code)
    text = f"问题件 #{problem.id} ({_zh(reason.value)})"
    if instruction:
        text += f" — {instruction_text(instruction == 'RETURN', new_sort_code)}"
    if note:
        text += f": {note}"
    if status is not Status.HELD:
        append_scan(uow, actor, wb, Event.HOLD, location=location, details=details)
    append_note(uow, actor, wb, Event.NOTE, text, details)
    return Registered(problem.id, wb, reason.value, Status.HELD, f"{wb}: {text}")


# --- handling ---------------------------------------------------------------------------
def add_contact(uow: UnitOfWork, actor: Actor, problem: int | str, contact: str,
                outcome: str) -> ContactRow:
    """Log a call about an open problem (who was called, what came of it); commits."""
    require(actor, Permission.HOLD)
    contact, outcome = (contact or "").strip(), (outcome or "").strip()
    if not contact:
        raise ValidationError("Say whom you called", field="contact", reason="contact_required")
    if not outcome:
        raise ValidationError("Say what came of the call", field="outcome",
                              reason="outcome_required")
    if len(contact) > 80 or len(outcome) > 200:
        raise ValidationError("Whom: at most 80 characters; outcome: at most 200",
                              field="outcome" if len(outcome) > 200 else "contact",
                              reason="call_too_long")
    wb, pr = _problem_for_update(uow, problem)
    _require_open(pr, wb)
    row = ProblemContact(problem_id=pr.id, at=utcnow(), by=actor.username, contact=contact,
                         outcome=outcome)
    uow.session.add(row)
    uow.session.flush()
    append_note(uow, actor, wb, Event.NOTE, f"问题件 #{pr.id} contact {contact}: {outcome}",
                {"problem": pr.id, "contact": contact})
    uow.commit()
    return ContactRow(row.at, row.by, row.contact, row.outcome)


def resolve(uow: UnitOfWork, actor: Actor, problem: int | str, action: str, *,
            address: str = "", postcode: str = "", amount: Decimal | None = None,
            note: str = "") -> Resolved:
    """Resolve an open problem (by its number or its parcel's waybill); commits.

    new-address: re-routed by the routing rules to a new sort code (REROUTE), released, and
    its label reprinted (补打). return: back to the sender (the delivery return use case).
    deliver-as-is: released. claim (amount capped at the declared value when insured, else at
    a multiple of the freight, pricing/terms) and destroy wait
    for a second, different user's `approve`."""
    require(actor, Permission.HOLD)
    try:
        act = Action(action)
    except ValueError:
        raise ValidationError(f"Action must be one of {', '.join(a.value for a in Action)}",
                              field="action", value=action, reason="problem_action") from None
    note = (note or "").strip()[:300]
    wb, pr = _problem_for_update(uow, problem)
    _require_open(pr, wb)
    if pr.pending_action:
        raise ValidationError(
            f"problem #{pr.id} of {wb}: {pr.pending_action} by {pr.pending_by} is waiting for "
            "a second person's approval", field="action", reason="awaiting_approval",
            problem=pr.id)
    if act is Action.NEW_ADDRESS:
        return _new_address(uow, actor, wb, pr, address or pr.new_address,
                            postcode or (pr.new_postcode if not address else ""), note)
    if act is Action.RETURN:
        _close(pr, actor, act, note)
        uow.session.flush()
        append_note(uow, actor, wb, Event.NOTE, f"问题件 #{pr.id} resolved: return to sender",
                    {"problem": pr.id, "resolution": act.value})
        ret = start_return(uow, actor, wb, f"PROBLEM_{pr.reason}")  # commits
        return Resolved(pr.id, wb, act.value, True, Status.RETURN_TO_SENDER, ret.sort_code,
                        ret.label_pdf, f"{wb} returns to the sender via {ret.sort_code}")
    if act is Action.DELIVER_AS_IS:
        status = _release(uow, actor, wb, pr)
        _close(pr, actor, act, note)
        uow.session.flush()
        append_note(uow, actor, wb, Event.NOTE, f"问题件 #{pr.id} resolved: deliver as is",
                    {"problem": pr.id, "resolution": act.value})
        uow.commit()
        return Resolved(pr.id, wb, act.value, True, status, _sort_code(uow, wb), None,
                        f"{wb} released: deliver as is")
    # claim / destroy: recorded now, applied when a second person approves.
    assert act in NEEDS_APPROVAL
    text = f"问题件 #{pr.id}: {act.value} requested, awaiting a second person's approval"
    details: dict[str, object] = {"problem": pr.id, "requested": act.value}
    if act is Action.CLAIM:
        p = uow.conn.execute(select(P.c.declared_value_fen, P.c.freight_fen, P.c.surcharge_fen,
                                    P.c.discount_fen, P.c.insurance_fen)
                             .where(P.c.waybill_no == wb)).one()
        cap, basis = claim_cap_fen(p.declared_value_fen, freight_total_fen(
            p.freight_fen, p.surcharge_fen, p.discount_fen, p.insurance_fen),
            claim_freight_multiple())
        fen = cap if amount is None else to_fen(amount)
        if fen <= 0:
            raise ValidationError(f"{wb}: a claim needs an amount above zero (capped at the "
                                  f"{basis} {format_yuan(from_fen(cap))})", field="amount",
                                  reason="claim_amount", cap=str(from_fen(cap)))
        if fen > cap:
            raise ValidationError(
                f"{wb}: a claim is capped at the {basis} {format_yuan(from_fen(cap))}",
                field="amount", reason="claim_cap", cap=str(from_fen(cap)), basis=basis)
        pr.claim_fen = fen
        text += f" (claim {format_yuan(from_fen(fen))})"
        details["amount"] = str(from_fen(fen))
    pr.pending_action, pr.pending_by, pr.pending_by_id = act.value, actor.username, actor.user_id
    pr.pending_at = utcnow()
    pr.resolution_note = note
    uow.session.flush()
    append_note(uow, actor, wb, Event.NOTE, text, details)
    uow.commit()
    return Resolved(pr.id, wb, act.value, False, _status(uow, wb), _sort_code(uow, wb), None,
                    text)


def approve(uow: UnitOfWork, actor: Actor, problem: int | str) -> Resolved:
    """The second person's approval of a claim or a destruction: refused for the user who
    asked for it. The parcel leaves the flow (EXCEPTION) and the problem closes; commits."""
    require(actor, Permission.HOLD)
    wb, pr = _problem_for_update(uow, problem)
    _require_open(pr, wb)
    if not pr.pending_action:
        raise ValidationError(f"problem #{pr.id} of {wb} has nothing waiting for approval",
                              field="problem", reason="nothing_pending", problem=pr.id)
    same = (actor.user_id == pr.pending_by_id if actor.user_id is not None
            and pr.pending_by_id is not None else actor.username == pr.pending_by)
    if same:
        raise PermissionDenied(
            f"problem #{pr.id} of {wb}: {pr.pending_action} needs a second person's approval; "
            f"{pr.pending_by} asked for it and cannot approve it", reason="same_user",
            problem=pr.id)
    act = Action(pr.pending_action)
    details: dict[str, object] = {"problem": pr.id, "resolution": act.value,
                                  "requested_by": pr.pending_by}
    if pr.claim_fen is not None and act is Action.CLAIM:
        details["amount"] = str(from_fen(pr.claim_fen))
    if _status(uow, wb) is not Status.EXCEPTION:
        append_scan(uow, actor, wb, Event.EXCEPTION, details=details)
    pr.approved_by = actor.username
    _close(pr, actor, act, pr.resolution_note)
    uow.session.flush()
    what = (f"claim {format_yuan(from_fen(pr.claim_fen or 0))}" if act is Action.CLAIM
            else "destroy")
    append_note(uow, actor, wb, Event.NOTE,
                f"问题件 #{pr.id} resolved: {what}, approved by {actor.username} "
                f"(asked by {pr.pending_by})", details)
    uow.commit()
    return Resolved(pr.id, wb, act.value, True, Status.EXCEPTION, _sort_code(uow, wb), None,
                    f"{wb}: {what} approved")


# --- reading ----------------------------------------------------------------------------
def list_problems(uow: UnitOfWork, actor: Actor, *, open_only: bool = False,
                  reason: str | None = None, waybill: str | None = None,
                  age_limit_hours: float = 24, now: datetime | None = None,
                  limit: int = 1000) -> list[ProblemRow]:
    """Problems, open ones first (oldest first), then the latest closed; with each its age
    and whether it is overdue (open longer than `age_limit_hours`)."""
    require(actor, Permission.TRACK)
    now = now or utcnow()
    q = (select(Problem, Parcel.waybill_no, Parcel.status, Problem.photo.is_not(None))
         .join(Parcel, Parcel.id == Problem.parcel_id)
         .options(defer(Problem.photo)))  # the list says whether there is one, no more
    if open_only:
        q = q.where(Problem.status == OPEN)
    if reason:
        q = q.where(Problem.reason == reason)
    if waybill:
        q = q.where(Parcel.waybill_no == waybill.strip().upper()[:13])
    q = q.order_by(Problem.id.desc()).limit(limit)
    rows = [_row(p, wb, st, photo, now, age_limit_hours)
            for p, wb, st, photo in uow.session.execute(q)]
    opened = sorted((r for r in rows if r.status == OPEN), key=lambda r: r.opened_at)
    return opened + [r for r in rows if r.status != OPEN]


def contacts(uow: UnitOfWork, actor: Actor, problem_id: int) -> list[ContactRow]:
    require(actor, Permission.TRACK)
    return [ContactRow(c.at, c.by, c.contact, c.outcome) for c in uow.session.scalars(
        select(ProblemContact).where(ProblemContact.problem_id == problem_id)
        .order_by(ProblemContact.id))]


# --- internals --------------------------------------------------------------------------
def _zh(reason: str) -> str:
    return REASON_ZH.get(Reason(reason), reason) if reason in Reason.__members__ else reason


def _row(p: Problem, wb: str, parcel_status: str, has_photo: bool, now: datetime,
         limit_hours: float) -> ProblemRow:
    end = p.closed_at if p.status == CLOSED and p.closed_at else now
    age = max(0.0, (end - p.opened_at).total_seconds() / 3600)
    return ProblemRow(
        p.id, wb, p.reason, _zh(p.reason), p.note, p.status, parcel_status, p.opened_at,
        p.opened_by, p.opened_location, age, p.status == OPEN and age > limit_hours,
        p.instruction, p.new_address, p.new_sort_code, p.pending_action, p.pending_by,
        from_fen(p.claim_fen) if p.claim_fen is not None else None, p.resolution,
        p.resolution_note, p.approved_by, p.closed_at, p.closed_by, bool(has_photo))


def _open_problem(uow: UnitOfWork, parcel_id: int) -> Problem | None:
    return uow.session.scalar(select(Problem).where(Problem.open_parcel_id == parcel_id))


def _problem_for_update(uow: UnitOfWork, problem: int | str) -> tuple[str, Problem]:
    """(waybill, problem): a problem number, or a waybill for its open problem (else its
    latest one, so a closed problem is refused by name). The parcel is locked first."""
    if isinstance(problem, int) or str(problem).strip().isdigit():
        found = uow.session.get(Problem, int(problem))
        if found is None:
            raise NotFound(f"problem #{problem} does not exist", reason="unknown_problem",
                           problem=problem)
        wb = uow.conn.execute(select(P.c.waybill_no).where(P.c.id == found.parcel_id)
                              ).scalar_one()
        require_parcel(uow, wb)
        uow.session.refresh(found)   # as it is now that the parcel is ours
        return wb, found
    row = require_parcel(uow, str(problem))
    found = _open_problem(uow, row.id) or uow.session.scalar(
        select(Problem).where(Problem.parcel_id == row.id).order_by(Problem.id.desc())
        .limit(1))
    if found is None:
        raise NotFound(f"{row.waybill_no} has no problem registered", code=row.waybill_no,
                       reason="no_problem")
    return row.waybill_no, found


def _require_open(pr: Problem, wb: str) -> None:
    if pr.status == CLOSED:
        raise ValidationError(
            f"problem #{pr.id} of {wb} is already closed ({pr.resolution} by {pr.closed_by}); "
            "register a new problem if the parcel needs handling again", field="problem",
            reason="closed", problem=pr.id)


def _close(pr: Problem, actor: Actor, action: Action, note: str) -> None:
    pr.status, pr.open_parcel_id = CLOSED, None
    pr.resolution, pr.resolution_note = action.value, note
    pr.pending_action = ""
    pr.closed_at, pr.closed_by = utcnow(), actor.username


def _route(uow: UnitOfWork, address: str, postcode: str) -> str:
    if len(address) > 300:
        raise ValidationError("The address is at most 300 characters", field="address",
                              reason="too_long", max_len=300)
    if postcode and not (postcode.isdigit() and len(postcode) == 6):
        raise ValidationError("A postcode is 6 digits", field="postcode", value=postcode,
                              reason="postcode")
    match = load_router(uow).match(postcode, "", "", "", address)
    if match is None:
        raise ValidationError(
            f"No routing rule matches the new address {address!r}: add the province/city/"
            "district or a postcode", field="address", reason="no_route", value=address)
    return match.rule.sort_code


def _status(uow: UnitOfWork, wb: str) -> Status:
    return Status(uow.conn.execute(select(P.c.status).where(P.c.waybill_no == wb)).scalar_one())


def _sort_code(uow: UnitOfWork, wb: str) -> str | None:
    code: str | None = uow.conn.execute(
        select(P.c.sort_code).where(P.c.waybill_no == wb)).scalar_one()
    return code


def _release(uow: UnitOfWork, actor: Actor, wb: str, pr: Problem) -> Status:
    """RELEASE the parcel from its hold (back to where it was); nothing when not held."""
    if _status(uow, wb) not in (Status.HELD, Status.EXCEPTION):
        return _status(uow, wb)
    return append_scan(uow, actor, wb, Event.RELEASE,
                       details={"problem": pr.id}).status_after


def _new_address(uow: UnitOfWork, actor: Actor, wb: str, pr: Problem, address: str,
                 postcode: str, note: str) -> Resolved:
    address, postcode = address.strip(), postcode.strip()
    if not address:
        raise ValidationError("Give the new address", field="address", reason="required")
    new_code = _route(uow, address, postcode)
    rule = load_router(uow).match(postcode, "", "", "", address)
    assert rule is not None
    p = uow.session.scalar(select(Parcel).where(Parcel.waybill_no == wb))
    assert p is not None  # locked by _problem_for_update
    old = {"address": p.recipient_address, "sort_code": p.sort_code,
           "branch": p.dest_branch_id}
    p.recipient_province = p.recipient_city = p.recipient_district = ""
    p.recipient_address, p.recipient_postcode = address, postcode
    p.dest_branch_id, p.route_id, p.sort_code = rule.rule.branch_id, rule.rule.route_id, new_code
    _close(pr, actor, Action.NEW_ADDRESS, note)
    uow.session.flush()  # before the Core statements below, in the same transaction
    append_note(uow, actor, wb, Event.REROUTE,
                f"问题件 #{pr.id} new address: {old['sort_code']} → {new_code}",
                {"problem": pr.id, "from": old, "address": address, "sort_code": new_code})
    status = _release(uow, actor, wb, pr)
    if old["branch"] != p.dest_branch_id and status in (Status.ASSIGNED,
                                                       Status.DELIVERY_FAILED):
        # Its courier no longer delivers it: off an unprinted run, back to the branch's pile.
        drop_from_unprinted_run(uow, p.id)
        status = append_scan(uow, actor, wb, Event.UNASSIGN, details={
            "problem": pr.id, "reason": "new address"}).status_after
    uow.commit()
    label = _reprint(uow, actor, wb)
    return Resolved(pr.id, wb, Action.NEW_ADDRESS.value, True, status, new_code, label,
                    f"{wb} re-routed to {new_code} and released; reprint its label (补打)")


def _reprint(uow: UnitOfWork, actor: Actor, wb: str) -> bytes | None:
    """The label with the new address, marked 补打 (a REPRINT event). The resolution is
    already committed: a label that cannot be rendered is logged and reprinted from
    Waybills."""
    if not actor.can(Permission.PRINT_LABEL):
        return None
    try:
        return render_labels(uow, actor, [wb], size="100x150", reprint=True)
    except Exception:  # noqa: BLE001 - see above
        log.exception("new-address label for %s could not be rendered", wb)
        return None

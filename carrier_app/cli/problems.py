"""`carrier-app problems add|list|resolve|approve` and `carrier-app intercept`: the
exceptions desk (问题件) and intercepts (拦截/改址) from the command line (same use cases)."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    acting_user, add_db_option, echo, echo_json, open_db, output_file, read_bytes,
    reader, write_printed,
)
from carrier_app.config import Settings
from carrier_app.core.money import parse_amount
from carrier_app.core.problems import Action, Reason


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pr = sub.add_parser("problems", help="problem parcels (问题件): register, list, resolve")
    psub = pr.add_subparsers(dest="problems_command", metavar="ACTION", required=True)
    add = psub.add_parser("add", help="register a problem: the parcel goes on hold")
    add.add_argument("code", metavar="CODE", help="waybill")
    add.add_argument("--reason", required=True, metavar="R",
                     help="one of " + " ".join(r.value for r in Reason))
    add.add_argument("--note", default="")
    add.add_argument("--photo", help="an image file (jpg, png)")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=cmd_add)
    ls = psub.add_parser("list", help="problems with their age (open ones first)")
    ls.add_argument("--open", action="store_true", help="only open problems")
    ls.add_argument("--reason", choices=[r.value for r in Reason])
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    rs = psub.add_parser("resolve", help="resolve a parcel's open problem")
    rs.add_argument("code", metavar="CODE", help="waybill (or problem number)")
    rs.add_argument("--action", required=True, choices=[a.value for a in Action])
    rs.add_argument("--address", default="", help="new-address: the new address")
    rs.add_argument("--postcode", default="", help="new-address: its postcode")
    rs.add_argument("--amount", help="claim: the amount (default and cap: declared value)")
    rs.add_argument("--note", default="")
    rs.add_argument("-o", "--label", type=output_file,
                    help="new-address / return: write the reprinted label (PDF) here")
    rs.add_argument("--json", action="store_true")
    rs.set_defaults(func=cmd_resolve)
    ap = psub.add_parser("approve", help="a second person approves a claim or destruction")
    ap.add_argument("code", metavar="CODE", help="waybill (or problem number)")
    ap.add_argument("--json", action="store_true")
    ap.set_defaults(func=cmd_approve)

    ic = sub.add_parser("intercept", help="intercept a parcel anywhere (拦截/改址)")
    ic.add_argument("code", metavar="CODE", help="waybill")
    how = ic.add_mutually_exclusive_group(required=True)
    how.add_argument("--return", dest="return_to_sender", action="store_true",
                     help="send it back to the sender")
    how.add_argument("--address", help="deliver it to this address instead")
    ic.add_argument("--postcode", default="")
    ic.add_argument("--note", default="")
    ic.add_argument("--json", action="store_true")
    ic.set_defaults(func=cmd_intercept)
    for p in (add, ls, rs, ap, ic):
        add_db_option(p)


def cmd_add(args: argparse.Namespace) -> int:
    from carrier_app.problems.service import register_problem
    from carrier_app.store import UnitOfWork

    photo = read_bytes(args.photo) if args.photo else None
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        r = register_problem(uow, actor, args.code, args.reason, args.note, photo)
    _say(args, {"problem": r.problem_id, "waybill": r.waybill_no, "reason": r.reason,
                "status": r.status.value}, r.message)
    return 0


def cmd_intercept(args: argparse.Namespace) -> int:
    from carrier_app.problems.service import request_intercept
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        r = request_intercept(uow, actor, args.code,
                              return_to_sender=args.return_to_sender,
                              address=args.address or "", postcode=args.postcode,
                              note=args.note)
    _say(args, {"problem": r.problem_id, "waybill": r.waybill_no, "status": r.status.value},
         r.message)
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from carrier_app.problems.service import list_problems
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        rows = list_problems(uow, reader(args, db), open_only=args.open, reason=args.reason,
                             age_limit_hours=Settings().problem_age_hours)
    if args.json:
        echo_json([{
            "problem": r.id, "waybill": r.waybill_no, "reason": r.reason,
            "reason_zh": r.reason_zh, "status": r.status, "parcel_status": r.parcel_status,
            "opened_at": r.opened_at.isoformat(), "opened_by": r.opened_by,
            "location": r.opened_location, "age_hours": round(r.age_hours, 2),
            "overdue": r.overdue, "note": r.note, "instruction": r.instruction,
            "new_sort_code": r.new_sort_code, "pending": r.pending_action,
            "resolution": r.resolution, "closed_by": r.closed_by,
            "claim": str(r.claim_amount) if r.claim_amount is not None else None,
        } for r in rows])
        return 0
    for r in rows:
        flag = "OVERDUE" if r.overdue else ""
        state = r.resolution or (f"awaiting {r.pending_action}" if r.pending_action else "")
        echo(f"#{r.id:<5} {r.waybill_no} {r.status:<6} {r.reason_zh:<8} {r.age_hours:6.1f}h "
              f"{r.opened_location:<7} {state:<16} {flag} {r.note}".rstrip())
    return 0


def cmd_resolve(args: argparse.Namespace) -> int:
    from carrier_app.problems.service import resolve
    from carrier_app.store import UnitOfWork

    amount = parse_amount(args.amount, field="amount") if args.amount else None
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        r = resolve(uow, actor, args.code, args.action, address=args.address,
                    postcode=args.postcode, amount=amount, note=args.note)
    if args.label and r.label_pdf:  # rendered as a reprint: it carries its 补打 mark
        write_printed(db, actor, args.label, "label", r.waybill_no, r.label_pdf,
                      reprint=True, marked=True)
    _say(args, {"problem": r.problem_id, "waybill": r.waybill_no, "action": r.action,
                "closed": r.closed, "status": r.parcel_status.value, "sort_code": r.sort_code,
                "label": str(args.label) if args.label and r.label_pdf else None}, r.message)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from carrier_app.problems.service import approve
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        r = approve(uow, actor, args.code)
    _say(args, {"problem": r.problem_id, "waybill": r.waybill_no, "action": r.action,
                "closed": r.closed, "status": r.parcel_status.value}, r.message)
    return 0


def _say(args: argparse.Namespace, data: dict[str, object], message: str) -> None:
    if args.json:
        echo_json(data)
    else:
        echo(message)

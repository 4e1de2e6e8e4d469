"""`carrier-app scan`, `deliver` and `fail`: each event goes to the use case its screen calls,
with that screen's checks (one path per action; the command line has no logic of its own).

    RECEIVE -> pickup.receiving        SORT -> the sort station (prints sort code and branch)
    PICKUP  -> pickup.requests (--pickup)   BAG / UNBAG -> sorting.bags (--bag)
    DEPART  -> sorting.manifests (--manifest)   ARRIVE -> sorting.arrival
    ASSIGN / UNASSIGN -> dispatch.assign (--courier, --reason to reassign)
    DELIVER -> delivery.pod   FAIL / RETURN -> delivery.attempts
    HOLD / EXCEPTION / RELEASE -> tracking.holds   CANCEL -> waybill cancel
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, date_arg, echo, echo_json, open_db, read_bytes,
    read_text,
)
from carrier_app.config import Settings
from carrier_app.core.errors import DomainError, ValidationError
from carrier_app.core.lifecycle import Event

#: Events that are recorded by other actions, never scanned: refused with what to do instead.
NOT_SCANS = {
    Event.CREATE: "waybills are created by import-orders or on the Waybill screen",
    Event.OUT_FOR_DELIVERY: "parcels go out for delivery when their run sheet is printed: "
                            "`carrier-app runs print RUN -o OUT.pdf`",
    Event.REJECTED: "refused scans are recorded by the scan itself",
    Event.REPRINT: "a label printed again is recorded as a reprint: `carrier-app labels`",
    Event.REROUTE: "re-routing is recorded by the routing and return actions",
    Event.NOTE: "notes are not scans",
}


def scan_event(text: str) -> Event:
    """argparse type of --event: a scan event, refused in one line otherwise."""
    try:
        event = Event(text.strip().upper())
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"unknown event {text!r}; one of {', '.join(e for e in Event if e not in NOT_SCANS)}"
        ) from None
    if event in NOT_SCANS:
        raise argparse.ArgumentTypeError(f"{event} is not a scan: {NOT_SCANS[event]}")
    return event


@dataclass
class _Run:
    """One `scan` command: its arguments, database, acting user and per-run state."""

    args: argparse.Namespace
    db: Any
    actor: Any
    rows: list[dict[str, Any]] = field(default_factory=list)
    failures: int = 0
    station: Any = None            # SortStation, for SORT
    arrival: int | None = None     # arrival session, for ARRIVE

    def ok(self, code: str, outcome: str, status: str | None, message: str,
           **extra: Any) -> None:
        self.rows.append({"code": code, "outcome": outcome, "status": status,
                          "message": message, **extra})

    def error(self, code: str, exc: DomainError) -> None:
        self.failures += 1
        self.rows.append({"code": code, "outcome": "error", "error": exc.code,
                          "message": exc.message})

    def scanned(self, code: str, r: Any, **extra: Any) -> None:  # a ScanResult
        self.ok(code, r.outcome.value, r.status_after.value, r.message, **extra)


# --- one handler per event: (run, unit of work, code) -> a row --------------------------------
def _pickup(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.pickup.requests import collect

    run.scanned(code, collect(uow, run.actor, run.args.pickup, code))


def _receive(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.pickup.receiving import parse_weight, receive

    weight = parse_weight(run.args.weight) if run.args.weight else None
    r = receive(uow, run.actor, code, weight)
    run.scanned(code, r.scan, weight_flag=r.weight_flag, without_pickup=r.without_pickup)


def _bag(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.sorting.bags import add_to_bag

    run.scanned(code, add_to_bag(uow, run.actor, run.args.bag, code), bag=run.args.bag)


def _unbag(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.sorting.bags import unbag

    run.scanned(code, unbag(uow, run.actor, run.args.bag, code, run.args.reason or ""))


def _depart(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.sorting.manifests import add_to_manifest

    line = add_to_manifest(uow, run.actor, run.args.manifest, code)
    run.ok(code, "loaded", None, f"{line.number} on manifest {run.args.manifest}")


def _arrive(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.sorting import arrival

    assert run.arrival is not None  # started (or given with --arrival) before the scans
    r = arrival.scan(uow, run.actor, run.arrival, code)
    outcome = "misrouted" if r.misrouted else "ok" if r.expected else "unexpected"
    if outcome != "ok":  # a discrepancy (or a refusal the arrival check recorded): exit 1
        run.failures += 1
    run.ok(code, outcome, None, r.message, arrival=run.arrival)


def _assign(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.dispatch.assign import assign

    run.scanned(code, assign(uow, run.actor, code, run.args.courier,
                             reason=run.args.reason or ""), courier=run.args.courier)


def _unassign(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.dispatch.assign import unassign

    run.scanned(code, unassign(uow, run.actor, code, run.args.reason or ""))


def _deliver(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.delivery import pod as D

    d = D.deliver(uow, run.actor, delivery_input(run.args, uow, run.actor, code))
    run.scanned(code, d.scan, pod=d.pod_id, complete=d.complete, cod=str(d.cod))


def _fail(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.delivery.attempts import fail

    f = fail(uow, run.actor, code, run.args.reason or "", next_attempt=run.args.next_date,
             note=run.args.note or "")
    if f.returning:
        status = "RETURN_TO_SENDER"
        message = (f"{f.waybill_no}: attempt {f.attempt_no} failed; returning to "
                   f"{f.ret.dest_branch_code if f.ret else 'the sender'}")
    else:
        status = "DELIVERY_FAILED"
        message = f"{f.waybill_no}: attempt {f.attempt_no} failed; next {f.next_attempt}"
    run.ok(code, "ok", status, message, attempt=f.attempt_no, returning=f.returning)


def _return(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.delivery.attempts import request_return, start_return

    r = (start_return(uow, run.actor, code, run.args.reason) if run.args.reason
         else request_return(uow, run.actor, code))
    run.ok(code, "ok", "RETURN_TO_SENDER", f"{r.waybill_no} → RETURN_TO_SENDER "
           f"({r.dest_branch_code}, {r.sort_code})", sort_code=r.sort_code)


def _hold(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.tracking.holds import hold

    run.scanned(code, hold(uow, run.actor, code, run.args.reason or "",
                           exception=run.args.event is Event.EXCEPTION))


def _release(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.tracking.holds import release

    run.scanned(code, release(uow, run.actor, code, run.args.reason or ""))


def _cancel(run: _Run, uow: Any, code: str) -> None:
    from carrier_app.waybill.labels_service import cancel_waybill

    c = cancel_waybill(uow, run.actor, code, run.args.reason or "")
    run.ok(code, "ok", c.status.value, f"{c.waybill_no} → {c.status.value}: {c.reason}")


HANDLERS: dict[Event, Callable[[_Run, Any, str], None]] = {
    Event.PICKUP: _pickup, Event.RECEIVE: _receive, Event.BAG: _bag, Event.UNBAG: _unbag,
    Event.DEPART: _depart, Event.ARRIVE: _arrive, Event.ASSIGN: _assign,
    Event.UNASSIGN: _unassign, Event.DELIVER: _deliver, Event.FAIL: _fail,
    Event.RETURN: _return, Event.HOLD: _hold, Event.EXCEPTION: _hold, Event.RELEASE: _release,
    Event.CANCEL: _cancel,
}


def _handler(run: _Run, event: Event, code: str) -> Callable[[Any], None]:
    """HANDLERS[event] for one scanned code, as run_with_retry calls it: fn(uow)."""
    return lambda uow: HANDLERS[event](run, uow, code)

#: What an event needs besides the codes (checked before anything is opened).
NEEDS = {
    Event.PICKUP: ("pickup",), Event.BAG: ("bag",), Event.UNBAG: ("bag", "reason"),
    Event.DEPART: ("manifest",), Event.ASSIGN: ("courier",), Event.FAIL: ("reason",),
    Event.HOLD: ("reason",), Event.EXCEPTION: ("reason",), Event.CANCEL: ("reason",),
}


# --- delivery input -----------------------------------------------------------------------
def delivery_input(args: argparse.Namespace, uow: Any, actor: Any, code: str) -> Any:
    """What the delivery screen collects, from the options: the amount must be the one to
    collect, COD + 到付 freight (as the screen shows it), a signature PNG must carry ink."""
    from carrier_app.core.money import parse_amount
    from carrier_app.delivery import pod as D
    from carrier_app.delivery.signature import ink_ratio

    info = D.lookup(uow, actor, code)
    collected = (parse_amount(args.cod_amount, field="cod_amount")
                 if args.cod_amount is not None else None)
    due = info.to_collect
    if due and collected is None:
        raise ValidationError(f"{info.waybill_no}: {info.collect_text()}; give --amount {due} "
                              f"and --method cash|transfer", field="cod_amount",
                              reason="collect_missing", code=info.waybill_no, due=due)
    if collected is not None and collected != due:
        raise ValidationError(f"{info.waybill_no}: {info.collect_text()}, not ¥{collected}",
                              field="cod_amount", reason="collect_amount", due=due)
    png = photo = None
    name = ""
    if args.signature:
        png = read_bytes(args.signature, "signature")
        try:
            inked = png.startswith(b"\x89PNG\r\n\x1a\n") and ink_ratio(png) > 0
        except Exception:  # noqa: BLE001 - a damaged image is no signature
            inked = False
        if not inked:
            raise ValidationError(f"--signature {args.signature}: not a signed PNG image",
                                  field="signature", reason="signature_png", value=args.signature)
    if args.signed_stub:
        photo, name = read_bytes(args.signed_stub, "signed stub"), Path(args.signed_stub).name
    return D.DeliveryInput(
        code, args.receiver or "", (args.relation or "").upper(), signature_png=png,
        photo=photo, photo_name=name, paper_signature=photo is not None,
        payment_method=(args.cod_method or "") if due else "",
        collected=collected if due else None)


# --- the commands ---------------------------------------------------------------------------
def _codes(args: argparse.Namespace) -> list[str]:
    from carrier_app.core.scan_code import normalise

    settings = Settings()
    raw = list(args.waybills)
    if getattr(args, "file", None):
        raw += read_text(args.file).splitlines()
    codes = [normalise(c, settings.scan_prefixes, settings.scan_suffixes) for c in raw]
    return [c for c in codes if c]


def _scan_all(args: argparse.Namespace, event: Event) -> int:
    from carrier_app.network.service import location
    from carrier_app.store import UnitOfWork
    from carrier_app.store.retry import run_with_retry

    missing = [f"--{n.replace('_', '-')}" for n in NEEDS.get(event, ())
               if not getattr(args, n, None)]
    if missing:
        raise CliError(f"{event} needs {' and '.join(missing)}")
    codes = _codes(args)
    if not codes and event is not Event.DEPART:
        raise CliError("no waybill numbers given (arguments or --file)")
    db = open_db(args)
    # As on the scan screens: a server that keeps the connection but never answers fails
    # each step after CARRIER_PG_DEAD_AFTER_S ("cannot be reached") instead of hanging the
    # script (store/deadline.py).
    with db.answer_within():
        actor = acting_user(args, db)
        with UnitOfWork(db) as uow:
            location(uow, actor.location)
    run = _Run(args, db, actor)
    if event is Event.SORT:
        from carrier_app.sorting.sort_station import SortStation
        run.station = SortStation(db, actor)
    if event is Event.ARRIVE:
        from carrier_app.sorting import arrival
        run.arrival = args.arrival
        if run.arrival is None:
            with db.answer_within(), UnitOfWork(db) as uow:
                run.arrival = arrival.start(uow, actor)
    for code in codes:
        try:
            with db.answer_within():
                if event is Event.SORT:
                    _sort(run, code)
                else:  # a serialization failure or deadlock runs the use case again
                    run_with_retry(db, _handler(run, event, code))
        except DomainError as exc:
            run.error(code, exc)
    with db.answer_within():
        if event is Event.DEPART:
            _depart_manifest(run)
        if event is Event.ARRIVE:
            _close_arrival(run)
    if args.json:
        echo_json(run.rows)
    else:
        for r in run.rows:
            extra = f"  → {r['sort_code'] or '-'}  {r.get('branch', '')}" \
                if "branch" in r else ""
            echo(f"{r['outcome']:<9} {r['message']}{extra}")
    return 1 if run.failures else 0


def _sort(run: _Run, code: str) -> None:
    from carrier_app.sorting.sort_station import SortOutcome

    s = run.station.scan(code)
    if s.outcome not in (SortOutcome.OK, SortOutcome.DUPLICATE):
        run.failures += 1
    if s.outcome not in (SortOutcome.OK, SortOutcome.DUPLICATE, SortOutcome.MISSORT):
        # A refused sort shows no destination: the sorter must not drop it in that cage.
        run.ok(code, s.outcome.value, s.status.value if s.status else None, s.message)
        return
    run.ok(code, s.outcome.value, s.status.value if s.status else None, s.message,
           sort_code=s.sort_code, branch=s.branch, bag=s.bag_no)


def _depart_manifest(run: _Run) -> None:
    from carrier_app.sorting.manifests import depart
    from carrier_app.store import UnitOfWork

    a = run.args
    try:
        with UnitOfWork(run.db) as uow:
            d = depart(uow, run.actor, a.manifest, vehicle=a.vehicle, seal_no=a.seal,
                       driver=a.driver)
    except DomainError as exc:
        run.error(a.manifest, exc)
        return
    run.ok(d.manifest_no, "departed", "IN_TRANSIT",
           f"manifest {d.manifest_no} departed: {d.parcels} parcel(s)", problems=d.problems)
    if d.problems:
        run.failures += 1


def _close_arrival(run: _Run) -> None:
    from carrier_app.sorting import arrival
    from carrier_app.store import UnitOfWork

    if not run.args.close:
        run.ok(str(run.arrival), "open", None, f"arrival check {run.arrival} stays open: "
               f"scan more with --arrival {run.arrival}, finish with --close",
               arrival=run.arrival)
        return
    assert run.arrival is not None  # started (or given with --arrival) before the scans
    try:
        with UnitOfWork(run.db) as uow:
            r = arrival.close(uow, run.actor, run.arrival)
    except DomainError as exc:
        run.error(str(run.arrival), exc)
        return
    run.ok(str(run.arrival), "closed", None,
           f"arrival check {run.arrival} closed: {len(r.shortages)} short, "
           f"{len(r.overages)} over, {len(r.misroutes)} misrouted", arrival=run.arrival,
           shortages=r.shortages, overages=r.overages, misroutes=r.misroutes)


def cmd_scan(args: argparse.Namespace) -> int:
    return _scan_all(args, args.event)


def cmd_deliver(args: argparse.Namespace) -> int:
    args.waybills = [args.code]
    return _scan_all(args, Event.DELIVER)


def cmd_fail(args: argparse.Namespace) -> int:
    args.waybills = [args.code]
    return _scan_all(args, Event.FAIL)


def _add_delivery_options(p: argparse.ArgumentParser) -> None:
    from carrier_app.delivery.pod import PAYMENT_METHODS, RELATIONS

    g = p.add_argument_group("DELIVER (what the delivery screen asks for)")
    g.add_argument("--receiver", metavar="NAME", help="who took the parcel")
    g.add_argument("--relation", metavar="R", help="one of " + ", ".join(RELATIONS))
    g.add_argument("--cod-method", "--method", dest="cod_method", choices=PAYMENT_METHODS,
                   help="how the money (COD and 到付 freight) was paid")
    g.add_argument("--cod-amount", "--amount", dest="cod_amount", metavar="X",
                   help="the amount collected: COD + 到付 freight (must be the amount due)")
    g.add_argument("--signature", metavar="PNG", help="the receiver's signature as a PNG")
    g.add_argument("--signed-stub", metavar="IMAGE",
                   help="a photo of the signed stub or run-sheet page (the signature is on it)")


def _add_fail_options(p: argparse.ArgumentParser, *, reason_help: str) -> None:
    p.add_argument("--reason", metavar="R", help=reason_help)
    p.add_argument("--next-date", type=date_arg, metavar="YYYY-MM-DD",
                   help="FAIL: the next attempt (default tomorrow)")
    p.add_argument("--note", metavar="TEXT", help="FAIL: a note on the attempt")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    from carrier_app.delivery.attempts import REASONS

    reasons = ", ".join(REASONS)
    scan = sub.add_parser("scan", help="record scans of waybills (through the screens' use cases)")
    add_db_option(scan)
    scan.add_argument("--station", required=True, help="this workstation's name")
    scan.add_argument("--event", required=True, type=scan_event,
                      help="RECEIVE, SORT, BAG, DEPART, ARRIVE, ASSIGN, DELIVER, FAIL, ...")
    scan.add_argument("--location", help="hub/branch code (default: configured location)")
    scan.add_argument("--courier", help="ASSIGN: courier code")
    scan.add_argument("--pickup", type=int, metavar="ID", help="PICKUP: the pickup request")
    scan.add_argument("--weight", help="RECEIVE: weighed, e.g. 1.25 or 1250g")
    scan.add_argument("--bag", help="BAG / UNBAG: the bag number")
    scan.add_argument("--manifest", help="DEPART: the manifest (codes given are loaded first)")
    scan.add_argument("--vehicle", help="DEPART: vehicle")
    scan.add_argument("--seal", help="DEPART: seal number")
    scan.add_argument("--driver", help="DEPART: driver")
    scan.add_argument("--arrival", type=int, metavar="ID",
                      help="ARRIVE: continue this arrival check (default: start one)")
    scan.add_argument("--close", action="store_true", help="ARRIVE: close the arrival check")
    _add_fail_options(scan, reason_help=f"FAIL: one of {reasons}; ASSIGN: why it is "
                                        "reassigned; HOLD, EXCEPTION, CANCEL, UNBAG: why")
    _add_delivery_options(scan)
    scan.add_argument("--file", help="a text file with one code per line (UTF-8 or GB18030)")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("waybills", nargs="*", metavar="WAYBILL")
    scan.set_defaults(func=cmd_scan)

    dl = sub.add_parser("deliver", help="record a delivery with its proof (as on the screen)")
    add_db_option(dl)
    dl.add_argument("code", metavar="CODE", help="waybill or waybill-piece")
    dl.add_argument("--location", help="branch code (default: configured location)")
    _add_delivery_options(dl)
    dl.add_argument("--json", action="store_true")
    dl.set_defaults(func=cmd_deliver)

    fl = sub.add_parser("fail", help="record a failed delivery attempt",
                        description=f"reasons: {reasons}")
    add_db_option(fl)
    fl.add_argument("code", metavar="CODE")
    fl.add_argument("--location", help="branch code (default: configured location)")
    _add_fail_options(fl, reason_help=f"one of {reasons}")
    fl.add_argument("--json", action="store_true")
    fl.set_defaults(func=cmd_fail)

"""`carrier-app lists NAME [--location L] [--hours N] [--json] [-o OUT.csv|.xlsx]`: the 留仓
and gap lists (reports/lists.py), read only."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import CliError, add_db_option, echo, echo_json, open_db, reader
from carrier_app.core.clock import local_iso, local_text
from carrier_app.core.files import write_atomic

NAMES = ("overnight", "not-departed", "no-arrival", "out-not-closed", "failed-due")


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    ls = sub.add_parser("lists", help="留仓 and gap lists: parcels that did not flow (read only)")
    ls.add_argument("name", metavar="NAME", choices=NAMES,
                    help="overnight (留仓) | not-departed (进站未出站) | no-arrival | "
                         "out-not-closed | failed-due")
    ls.add_argument("--location", default="all", metavar="L",
                    help="a hub code (with its branches), a branch code, or all (default)")
    ls.add_argument("--hours", type=int, default=None, metavar="N",
                    help="not-departed, no-arrival: older than N hours (default 24)")
    ls.add_argument("--json", action="store_true")
    ls.add_argument("-o", "--output", metavar="OUT.csv|.xlsx",
                    help="write the list as CSV or XLSX")
    add_db_option(ls)
    ls.set_defaults(func=cmd_lists)


def cmd_lists(args: argparse.Namespace) -> int:
    from carrier_app.reports import lists_export
    from carrier_app.reports.lists import gap_list
    from carrier_app.store import UnitOfWork
    from carrier_app.store.reads import database_for

    out = None
    if args.output:
        from carrier_app.cli.common import output_file
        suffix = args.output.lower().rsplit(".", 1)[-1]
        if suffix not in ("csv", "xlsx"):
            raise CliError(f"-o {args.output}: name a .csv or .xlsx file")
        try:
            out = output_file(args.output)
        except argparse.ArgumentTypeError as exc:
            raise CliError(str(exc)) from None
    db = open_db(args, migrate=False)
    with UnitOfWork(database_for(db, gap_list)) as uow:
        g = gap_list(uow, reader(args, db), args.name, args.location, args.hours)
    if out is not None:
        write = lists_export.to_xlsx if out.suffix.lower() == ".xlsx" else lists_export.to_csv
        write_atomic(out, write(g))
    if args.json:
        echo_json({
            "list": g.name, "location": g.location, "hours": g.hours,
            "as_of": local_iso(g.as_of), "total": g.total, "truncated": g.truncated,
            "counts": {loc: n for loc, n in g.counts},
            "rows": [{"waybill": r.waybill_no, "status": r.status, "location": r.location,
                      "since": local_iso(r.since), "age_hours": r.age_hours,
                      "courier": r.courier, "run": r.run_no,
                      "due": r.due.isoformat() if r.due else None, "overdue": r.overdue,
                      "recipient": r.recipient} for r in g.rows],
        })
        return 0
    hours = f", older than {g.hours} h" if g.hours is not None else ""
    echo(f"{g.name} at {g.location}{hours}: {g.total} parcel(s)"
         + (f" (first {len(g.rows)} shown)" if g.truncated else ""))
    for r in g.rows:
        extra = " ".join(x for x in (r.courier, r.run_no, r.due.isoformat() if r.due else "",
                                     "OVERDUE" if r.overdue else "") if x)
        echo(f"  {r.waybill_no} {r.status:<17} {r.location:<7} "
             f"{local_text(r.since, '%Y-%m-%d %H:%M')} {r.age_hours:7.1f}h "
             f"{r.recipient}  {extra}".rstrip())
    for loc, n in g.counts:
        echo(f"  {loc:<8} {n}")
    if out is not None:
        echo(f"written: {out}")
    return 0

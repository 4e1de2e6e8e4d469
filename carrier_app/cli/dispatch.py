"""`carrier-app runs list|print|close`: run sheets from the command line (same services)."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    acting_user, add_db_option, echo, echo_json, open_db, output_file, reader, write_printed,
)
from carrier_app.core.files import hold_point


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    runs = sub.add_parser("runs", help="courier runs (run sheets, close-out)")
    rsub = runs.add_subparsers(dest="runs_command", required=True)
    ls = rsub.add_parser("list", help="open runs of a branch")
    ls.add_argument("--branch", help="branch code, e.g. 571-12")
    ls.add_argument("--all", action="store_true", help="include closed runs")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_list)
    pr = rsub.add_parser("print", help="run sheet PDF (sends its parcels out for delivery)")
    pr.add_argument("run", help="run number")
    pr.add_argument("-o", "--output", required=True, type=output_file)
    pr.set_defaults(func=cmd_print)
    cl = rsub.add_parser("close", help="close a run whose parcels are all accounted for")
    cl.add_argument("run", help="run number")
    cl.add_argument("-o", "--output", type=output_file, help="close-out summary PDF")
    cl.add_argument("--json", action="store_true")
    cl.set_defaults(func=cmd_close)
    co = rsub.add_parser("close-out", help="a closed run's close-out summary PDF, again")
    co.add_argument("run", help="run number")
    co.add_argument("-o", "--output", required=True, type=output_file)
    co.set_defaults(func=cmd_close_out)
    for p in (ls, pr, cl, co):
        add_db_option(p)


def cmd_list(args: argparse.Namespace) -> int:
    from carrier_app.dispatch.runs import list_runs
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    actor = reader(args, db)
    with UnitOfWork(db) as uow:
        rows = list_runs(uow, actor, args.branch, include_closed=args.all)
    if args.json:
        echo_json([{"run": r.run_no, "date": str(r.run_date), "status": r.status,
                    "courier": r.courier_code, "parcels": r.parcels} for r in rows])
    for r in rows if not args.json else []:
        echo(f"{r.run_no}  {r.run_date}  {r.courier_code:<10} {r.status:<7} {r.parcels}")
    return 0


def cmd_print(args: argparse.Namespace) -> int:
    from carrier_app.config import Settings
    from carrier_app.dispatch.runs import print_run_sheet
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:  # the depot's setting, as the GUI reads it
        out = print_run_sheet(uow, actor, args.run,
                              full_phones=Settings(db_url="").run_sheet_full_phones)
    # As the runs screen prints it: recorded, and printed before: stamped 补打.
    write_printed(db, actor, args.output, "run_sheet", out.run_no, out.pdf,
                  reprint=out.reprint)
    echo(f"run sheet{' (补打)' if out.reprint else ''} written to {args.output}")
    return 0


def cmd_close(args: argparse.Namespace) -> int:
    from carrier_app.dispatch.runs import close_run
    from carrier_app.documents.statement import render_close_out
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        out = close_run(uow, actor, args.run)
    hold_point("run-closed")
    if args.output:  # the summary the runs screen prints when it closes a run
        write_printed(db, actor, args.output, "report", out.sheet.run_no,
                      render_close_out(out))
    summary = {"run": out.sheet.run_no, "delivered": out.delivered, "failed": out.failed,
               "not_attempted": out.not_attempted, "returns": out.returns,
               "reattempts": [[w, str(d) if d else None] for w, d in out.reattempts],
               "cod_collected": str(out.cod_collected)}
    if args.json:
        echo_json(summary)
    else:
        echo(f"{out.sheet.run_no} closed: {len(out.delivered)} delivered, {len(out.failed)} "
             f"failed, {len(out.not_attempted)} not attempted, COD ¥{out.cod_collected}")
    return 0


def cmd_close_out(args: argparse.Namespace) -> int:
    from carrier_app.dispatch.runs import closeout_summary
    from carrier_app.documents.statement import render_close_out
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)  # printed again: recorded (and audited) under a user
    with UnitOfWork(db) as uow:
        out = closeout_summary(uow, actor, args.run)
    write_printed(db, actor, args.output, "report", out.sheet.run_no, render_close_out(out),
                  reprint=True)
    echo(f"close-out summary of {out.sheet.run_no} (补打) written to {args.output}")
    return 0

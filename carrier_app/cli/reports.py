"""`carrier-app dashboard` and `carrier-app report day`: the supervisor dashboard's figures and
the day report (日报) from the command line (read-only; the same use cases as the screen)."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    CliError, add_db_option, date_arg, echo, echo_json, open_db, output_file, reader,
)
from carrier_app.core.files import write_atomic


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = sub.add_parser("dashboard", help="the dashboard's figures of a local day (read-only)")
    db.add_argument("--date", type=date_arg, metavar="D", help="YYYY-MM-DD (default today)")
    db.add_argument("--location", default=None, metavar="L",
                    help="hub or branch code (a hub includes its branches; default the "
                         "workstation's location; * for the whole network)")
    db.add_argument("--json", action="store_true")
    db.set_defaults(func=cmd_dashboard)
    rp = sub.add_parser("report", help="reports (read-only)")
    rsub = rp.add_subparsers(dest="report_command", metavar="REPORT", required=True)
    day = rsub.add_parser("day", help="the day report (日报) as PDF or XLSX")
    day.add_argument("--date", type=date_arg, metavar="D", help="YYYY-MM-DD (default today)")
    day.add_argument("--location", default=None, metavar="L",
                     help="hub or branch code (default the workstation's; * for all)")
    day.add_argument("-o", "--output", type=output_file, required=True, metavar="OUT",
                     help="OUT.pdf or OUT.xlsx")
    day.set_defaults(func=cmd_report_day)
    for p in (db, day):
        add_db_option(p)


def _location(args: argparse.Namespace) -> str:
    from carrier_app.config import Settings

    if args.location is None:
        return str(Settings().location)
    return "" if args.location.strip() == "*" else args.location.strip()


def cmd_dashboard(args: argparse.Namespace) -> int:
    from carrier_app.reports.figures import day_figures, week_figures
    from carrier_app.store import UnitOfWork
    from carrier_app.store.reads import database_for

    db = open_db(args, migrate=False)
    actor = reader(args, db)
    where = _location(args)
    with UnitOfWork(database_for(db, day_figures)) as uow:
        f = day_figures(uow, actor, where, args.date)
        w = week_figures(uow, actor, where, f.day)
    if args.json:
        echo_json({**f.as_dict(), "week": w.as_dict()["days"]})
        return 0
    echo(f"{f.day} {f.location or '*'}")
    echo("  " + "  ".join(f"{k}={v}" for k, v in f.stages.items()))
    echo(f"  open problems={f.open_problems}  cash-ups awaiting approval="
         f"{len(f.pending_cashups)}  stranded at close={f.stranded}")
    echo(f"  COD collected={f.cod_collected}  handed over={f.cod_handed_over}")
    return 0


def cmd_report_day(args: argparse.Namespace) -> int:
    from carrier_app.reports.day_report import day_report_file
    from carrier_app.store import UnitOfWork
    from carrier_app.store.reads import database_for

    fmt = args.output.suffix.lower().lstrip(".")
    if fmt not in ("pdf", "xlsx"):
        raise CliError(f"-o {args.output}: name a .pdf or .xlsx file")
    db = open_db(args, migrate=False)
    actor = reader(args, db)
    with UnitOfWork(database_for(db, day_report_file)) as uow:
        data = day_report_file(uow, actor, fmt, _location(args), args.date)
    write_atomic(args.output, data)
    echo(f"day report written to {args.output}")
    return 0

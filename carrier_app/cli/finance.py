"""`carrier-app statement`: a merchant statement for a period as PDF, CSV or XLSX.
`carrier-app cashup COURIER|BRANCH [--declare cash=X transfer=Y]`: the courier's (or a branch
counter's) cash-up: the COD and 到付 freight expected per parcel and per method."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, date_arg, echo, echo_json, open_db, output_file,
    reader,
)
from carrier_app.core.files import hold_point, write_atomic


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    st = sub.add_parser("statement", help="merchant statement (preview, or --settle; "
                                          "--number N: a settled one again)")
    st.add_argument("--merchant", help="merchant code, e.g. M001")
    st.add_argument("--from", dest="date_from", type=date_arg)
    st.add_argument("--to", dest="date_to", type=date_arg)
    st.add_argument("--number", help="a settled statement's number: its file again")
    st.add_argument("--settle", action="store_true",
                    help="settle the parcels (each parcel is settled only once)")
    st.add_argument("-o", "--output", type=output_file, help=".pdf, .csv or .xlsx")
    st.add_argument("--json", action="store_true")
    add_db_option(st)
    st.set_defaults(func=cmd_statement)

    cu = sub.add_parser("cashup", help="a courier's (or branch counter's) cash-up: COD and "
                                       "到付 freight expected; --declare what was handed over")
    cu.add_argument("who", metavar="COURIER|BRANCH",
                    help="courier code (C5711501) or branch code for its counter (571-15)")
    cu.add_argument("--declare", nargs="+", metavar="METHOD=AMOUNT",
                    help="what was handed over, e.g. cash=112.00 transfer=0")
    cu.add_argument("--json", action="store_true")
    add_db_option(cu)
    cu.set_defaults(func=cmd_cashup)


def cmd_statement(args: argparse.Namespace) -> int:
    from carrier_app.documents.statement import render_statement
    from carrier_app.finance import settlement as S
    from carrier_app.finance.export import to_csv, to_xlsx
    from carrier_app.store import UnitOfWork

    writers = {".pdf": render_statement, ".csv": to_csv, ".xlsx": to_xlsx}
    if args.output and args.output.suffix.lower() not in writers:
        raise CliError("--output must end in .pdf, .csv or .xlsx")
    if args.number and (args.settle or args.merchant or args.date_from or args.date_to):
        raise CliError("--number takes no --merchant, --from, --to or --settle")
    if not args.number and not (args.merchant and args.date_from and args.date_to):
        raise CliError("give --merchant, --from and --to (or --number of a settled statement)")
    if args.date_from and args.date_to and args.date_from > args.date_to:
        raise CliError("--from is after --to")
    db = open_db(args, migrate=args.settle)
    actor = acting_user(args, db) if args.settle else reader(args, db)
    with UnitOfWork(db) as uow:
        if args.number:
            st = S.statement(uow, actor, args.number)
        else:
            fn = S.settle if args.settle else S.preview
            st = fn(uow, actor, args.merchant, args.date_from, args.date_to)
    hold_point("statement-written")
    if args.output:
        write_atomic(args.output, writers[args.output.suffix.lower()](st))
    totals = {"statement": st.statement_no, "merchant": st.merchant_code,
              "parcels": len(st.lines), "cod": str(st.cod_total), "fees": str(st.fee_total),
              "net": str(st.net_total), "pending_cashup": st.pending}
    if args.json:
        echo_json(totals)
    else:
        echo(f"{st.statement_no or 'preview'} {st.merchant_code}: {len(st.lines)} parcel(s), "
             f"COD ¥{st.cod_total} - fees ¥{st.fee_total} = net ¥{st.net_total}")
    return 0


def cmd_cashup(args: argparse.Namespace) -> int:
    from carrier_app.finance import cashup as C
    from carrier_app.store import UnitOfWork

    declared: dict[str, str] = {}
    for item in args.declare or []:
        method, sep, amount = item.partition("=")
        if not sep:
            raise CliError(f"--declare {item!r}: write METHOD=AMOUNT, e.g. cash=112.00")
        declared[method.strip()] = amount.strip()
    db = open_db(args)
    actor = acting_user(args, db)
    counter = C.BRANCH_CODE.fullmatch(args.who) is not None
    with UnitOfWork(db) as uow:
        view = (C.open_counter_cashup if counter else C.open_cashup)(uow, actor, args.who)
    if args.declare:
        with UnitOfWork(db) as uow:
            view = C.declare(uow, actor, view.id, declared)
    if args.json:
        echo_json({"id": view.id, "who": view.courier_code, "status": view.status,
                   "expected": str(view.expected), "declared": str(view.declared),
                   "variance": str(view.variance),
                   "lines": [{"method": x.method, "expected": str(x.expected),
                              "declared": str(x.declared)} for x in view.lines],
                   "parcels": [{"waybill": p.waybill_no, "cod": str(p.cod),
                                "freight": str(p.freight), "method": p.method}
                               for p in view.parcels]})
        return 0
    echo(f"cash-up {view.id} {view.courier_code} {view.status}: expected ¥{view.expected}"
         + (f", handed over ¥{view.declared}, variance ¥{view.variance}"
            if view.status != "OPEN" else ""))
    for x in view.lines:
        echo(f"  {x.method:<9} expected ¥{x.expected}")
    for p in view.parcels:
        echo(f"  {p.waybill_no}  COD ¥{p.cod}  到付 freight ¥{p.freight}  {p.method}")
    return 0

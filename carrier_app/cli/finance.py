"""`carrier-app statement`: a merchant statement for a period as PDF, CSV or XLSX."""

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

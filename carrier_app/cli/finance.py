"""`carrier-app statement`: a merchant statement for a period as PDF, CSV or XLSX."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, date_arg, echo, echo_json, open_db, output_file,
    reader,
)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    st = sub.add_parser("statement", help="merchant statement (preview, or --settle)")
    st.add_argument("--merchant", required=True, help="merchant code, e.g. M001")
    st.add_argument("--from", dest="date_from", required=True, type=date_arg)
    st.add_argument("--to", dest="date_to", required=True, type=date_arg)
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
    if args.date_from > args.date_to:
        raise CliError("--from is after --to")
    db = open_db(args, migrate=args.settle)
    actor = acting_user(args, db) if args.settle else reader(args, db)
    with UnitOfWork(db) as uow:
        fn = S.settle if args.settle else S.preview
        st = fn(uow, actor, args.merchant, args.date_from, args.date_to)
    if args.output:
        args.output.write_bytes(writers[args.output.suffix.lower()](st))
    totals = {"statement": st.statement_no, "merchant": st.merchant_code,
              "parcels": len(st.lines), "cod": str(st.cod_total), "fees": str(st.fee_total),
              "net": str(st.net_total), "pending_cashup": st.pending}
    if args.json:
        echo_json(totals)
    else:
        echo(f"{st.statement_no or 'preview'} {st.merchant_code}: {len(st.lines)} parcel(s), "
             f"COD ¥{st.cod_total} - fees ¥{st.fee_total} = net ¥{st.net_total}")
    return 0

"""`carrier-app statement`: a merchant statement for a period as PDF, CSV or XLSX (freight
bills netted with --net-bill); `carrier-app bill`: a merchant's monthly freight bill.
`carrier-app cashup COURIER|BRANCH [--declare cash=X transfer=Y]`: the courier's (or a branch
counter's) cash-up: the COD and 到付 freight expected per parcel and per method."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, date_arg, echo, echo_json, open_db, output_file,
    reader,
)
from carrier_app.core.clock import local_iso
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
    st.add_argument("--net-bill", dest="bills", action="append", default=[],
                    metavar="BILL", help="net this issued monthly bill off the statement "
                                         "(repeatable; each bill is netted once)")
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
    b = sub.add_parser("bill", help="a merchant's monthly freight bill (月结账单): the issued "
                                    "one, else a preview; --issue issues it (once)")
    b.add_argument("--merchant", required=True, help="merchant code, e.g. M001")
    b.add_argument("--month", required=True, help="YYYY-MM, in the carrier's time zone")
    b.add_argument("--issue", action="store_true",
                   help="issue the bill (a month that is over; again: the same bill)")
    b.add_argument("-o", "--output", type=output_file, help=".pdf, .csv or .xlsx")
    b.add_argument("--json", action="store_true")
    add_db_option(b)
    b.set_defaults(func=cmd_bill)


def cmd_statement(args: argparse.Namespace) -> int:
    from carrier_app.documents.statement import render_statement
    from carrier_app.finance import settlement as S
    from carrier_app.finance.export import to_csv, to_xlsx
    from carrier_app.store import UnitOfWork

    writers = {".pdf": render_statement, ".csv": to_csv, ".xlsx": to_xlsx}
    if args.output and args.output.suffix.lower() not in writers:
        raise CliError("--output must end in .pdf, .csv or .xlsx")
    if args.number and (args.settle or args.merchant or args.date_from or args.date_to
                        or args.bills):
        raise CliError("--number takes no --merchant, --from, --to, --settle or --net-bill")
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
            st = fn(uow, actor, args.merchant, args.date_from, args.date_to, args.bills)
    hold_point("statement-written")
    if args.output:
        write_atomic(args.output, writers[args.output.suffix.lower()](st))
    totals = {"statement": st.statement_no, "merchant": st.merchant_code,
              "parcels": len(st.lines), "cod": str(st.cod_total), "fees": str(st.fee_total),
              "bills": {n: str(t) for n, t in st.bills}, "bill_total": str(st.bill_total),
              "net": str(st.net_total), "pending_cashup": st.pending}
    if args.json:
        echo_json(totals)
    else:
        bills = f" - bills ¥{st.bill_total}" if st.bills else ""
        echo(f"{st.statement_no or 'preview'} {st.merchant_code}: {len(st.lines)} parcel(s), "
             f"COD ¥{st.cod_total} - fees ¥{st.fee_total}{bills} = net ¥{st.net_total}")
    return 0


def cmd_bill(args: argparse.Namespace) -> int:
    from carrier_app.documents.bill import render_bill
    from carrier_app.finance import billing as B
    from carrier_app.finance.bill_export import to_csv, to_xlsx
    from carrier_app.store import UnitOfWork

    writers = {".pdf": render_bill, ".csv": to_csv, ".xlsx": to_xlsx}
    if args.output and args.output.suffix.lower() not in writers:
        raise CliError("--output must end in .pdf, .csv or .xlsx")
    month = B.parse_month(args.month)
    db = open_db(args, migrate=args.issue)
    actor = acting_user(args, db) if args.issue else reader(args, db)
    with UnitOfWork(db) as uow:
        bill = (B.issue if args.issue else B.month_bill)(uow, actor, args.merchant, month)
    if args.output:
        write_atomic(args.output, writers[args.output.suffix.lower()](bill))
    if args.json:
        echo_json({"bill": bill.bill_no, "merchant": bill.merchant_code, "month": bill.month,
                   "issued_at": local_iso(bill.issued_at), "parcels": len(bill.lines),
                   "freight": str(bill.freight_total), "surcharges": str(bill.surcharge_total),
                   "insurance": str(bill.insurance_total), "discount": str(bill.discount_total),
                   "total": str(bill.total), "netted_on": bill.netted_on,
                   "late": [x.waybill_no for x in bill.lines if x.late],
                   "waiting": bill.waiting})
    else:
        echo(f"{bill.bill_no or 'preview'} {bill.merchant_code} {bill.month}: "
             f"{len(bill.lines)} parcel(s), total ¥{bill.total}"
             + (f"; {len(bill.waiting)} waiting for the next bill" if bill.waiting else ""))
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

"""Counter acceptance (issue 14): `carrier-app prohibited import|export FILE.csv` (the
禁寄/限寄 list: columns word, category PROHIBITED|RESTRICTED (or 禁寄|限寄), note) and
`carrier-app merchant-agreement CODE --signed YYYY-MM-DD | --withdraw` (协议客户)."""

from __future__ import annotations

import argparse
from datetime import date

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, echo, echo_json, open_db, output_file, read_bytes,
    reader,
)


def cmd_export(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.acceptance import export_list

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        n = export_list(uow, reader(args, db), args.file)
    echo(f"{n} listed word(s) written to {args.file}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.acceptance import import_list

    raw = read_bytes(args.file)
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        res = import_list(uow, actor, raw)
    if args.json:
        echo_json({"words": res.words})
    else:
        echo(f"{res.words} listed word(s) imported (the list was replaced)")
    return 0


def cmd_agreement(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.acceptance import set_safety_agreement

    if args.signed is None and not args.withdraw:
        raise CliError("give --signed YYYY-MM-DD or --withdraw")
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        on = set_safety_agreement(uow, actor, args.merchant, args.signed)
    echo(f"{args.merchant.upper()}: safety agreement "
         + (f"signed {on.isoformat()}" if on else "withdrawn"))
    return 0


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date YYYY-MM-DD") from None


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("prohibited", help="the prohibited/restricted contents list (CSV)")
    psub = p.add_subparsers(dest="prohibited_command", metavar="ACTION", required=True)
    ex = psub.add_parser("export", help="write the list as CSV")
    add_db_option(ex)
    ex.add_argument("file", type=output_file, metavar="FILE.csv")
    ex.set_defaults(func=cmd_export)
    im = psub.add_parser("import", help="replace the list with a CSV (all or nothing; "
                                        "a supervisor)")
    add_db_option(im)
    im.add_argument("file", metavar="FILE.csv")
    im.add_argument("--json", action="store_true")
    im.set_defaults(func=cmd_import)
    a = sub.add_parser("merchant-agreement",
                       help="record or withdraw a merchant's safety agreement (a supervisor)")
    add_db_option(a)
    a.add_argument("merchant", metavar="CODE")
    g = a.add_mutually_exclusive_group()
    g.add_argument("--signed", type=_day, metavar="YYYY-MM-DD")
    g.add_argument("--withdraw", action="store_true")
    a.set_defaults(func=cmd_agreement)

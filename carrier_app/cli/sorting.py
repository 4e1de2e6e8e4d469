"""`carrier-app rules export|import` (routing rules as CSV), `carrier-app route-test` and
`carrier-app bag void` (an empty bag opened by mistake)."""

from __future__ import annotations

import argparse
import sys

from carrier_app.cli.common import (
    acting_user, add_db_option, echo, echo_json, open_db, output_file, read_text, reader,
)
from carrier_app.core.files import write_atomic


def cmd_export(args: argparse.Namespace) -> int:
    from carrier_app.sorting.rules import export_csv
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    actor = reader(args, db)
    with UnitOfWork(db) as uow:
        text = export_csv(uow, actor)
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text.encode("utf-8-sig"))
        echo(f"{text.count(chr(10)) - 1} rule(s) written to {args.output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from carrier_app.sorting.rules import import_csv
    from carrier_app.store import UnitOfWork

    text = read_text(args.file)
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        res = import_csv(uow, actor, text)
    if args.json:
        echo_json({"added": res.added, "updated": res.updated})
    else:
        echo(f"{res.added} rule(s) added, {res.updated} updated")
    return 0


def cmd_route_test(args: argparse.Namespace) -> int:
    from carrier_app.sorting.routing import load_router
    from carrier_app.sorting.rules import test_address
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        router = load_router(uow)
    r = test_address(router, postcode=args.postcode, province=args.province, city=args.city,
                     district=args.district, address=args.address)
    if args.json:
        echo_json(r.__dict__)
    else:
        echo(f"{r.sort_code or '(manual routing)'}  {r.reason}")
    return 0 if r.sort_code else 1


def cmd_bag_void(args: argparse.Namespace) -> int:
    from carrier_app.sorting.bags import void_bag
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        info = void_bag(uow, actor, args.bag, args.reason)
    if args.json:
        echo_json({"bag": info.bag_no, "status": info.status})
    else:
        echo(f"bag {info.bag_no} voided")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = sub.add_parser("rules", help="routing rules: export / import CSV")
    rsub = rules.add_subparsers(dest="rules_command", metavar="ACTION", required=True)
    ex = rsub.add_parser("export", help="write all rules as CSV")
    add_db_option(ex)
    ex.add_argument("-o", "--output", type=output_file, help="file (default: standard output)")
    ex.set_defaults(func=cmd_export)
    im = rsub.add_parser("import", help="add or update rules from a CSV")
    add_db_option(im)
    im.add_argument("file")
    im.add_argument("--json", action="store_true")
    im.set_defaults(func=cmd_import)
    rt = sub.add_parser("route-test", help="which routing rule an address matches, and why")
    add_db_option(rt)
    for name in ("postcode", "province", "city", "district", "address"):
        rt.add_argument(f"--{name}", default="")
    rt.add_argument("--json", action="store_true")
    rt.set_defaults(func=cmd_route_test)
    bag = sub.add_parser("bag", help="bags: void an empty bag opened by mistake")
    bsub = bag.add_subparsers(dest="bag_command", metavar="ACTION", required=True)
    vo = bsub.add_parser("void", help="void an open bag with nothing in it (audited)")
    add_db_option(vo)
    vo.add_argument("bag", help="the bag number")
    vo.add_argument("--reason", required=True, help="why the bag is voided")
    vo.add_argument("--json", action="store_true")
    vo.set_defaults(func=cmd_bag_void)

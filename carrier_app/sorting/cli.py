"""`carrier-app rules export|import` (routing rules as CSV) and `carrier-app route-test`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from carrier_app.cli import CliError, add_db_option, cli_actor, open_db, output_file
from carrier_app.core.files import write_atomic


def cmd_export(args: argparse.Namespace) -> int:
    from carrier_app.sorting.rules import export_csv
    from carrier_app.store import UnitOfWork

    with UnitOfWork(open_db(args)) as uow:
        text = export_csv(uow, cli_actor(args))
    if args.output in (None, "-"):
        sys.stdout.write(text)
    else:
        write_atomic(args.output, text.encode("utf-8-sig"))
        print(f"{text.count(chr(10)) - 1} rule(s) written to {args.output}")
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from carrier_app.sorting.rules import import_csv
    from carrier_app.store import UnitOfWork

    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise CliError(f"{args.file}: not UTF-8 or GB18030 text")
    with UnitOfWork(open_db(args)) as uow:
        res = import_csv(uow, cli_actor(args), text)
        uow.commit()
    if args.json:
        print(json.dumps({"added": res.added, "updated": res.updated}))
    else:
        print(f"{res.added} rule(s) added, {res.updated} updated")
    return 0


def cmd_route_test(args: argparse.Namespace) -> int:
    from carrier_app.sorting.routing import load_router
    from carrier_app.sorting.rules import test_address
    from carrier_app.store import UnitOfWork

    with UnitOfWork(open_db(args, migrate=False)) as uow:
        router = load_router(uow)
    r = test_address(router, postcode=args.postcode, province=args.province, city=args.city,
                     district=args.district, address=args.address)
    if args.json:
        print(json.dumps(r.__dict__, ensure_ascii=False))
    else:
        print(f"{r.sort_code or '(manual routing)'}  {r.reason}")
    return 0 if r.sort_code else 1


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
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

"""Waybill sub-commands: `import-orders`."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from carrier_app.cli import CliError, add_db_option, cli_actor, open_db
from carrier_app.config import Settings

PARTIAL = 3  # exit status when some rows were rejected (the good ones are imported)


def cmd_import_orders(args: argparse.Namespace) -> int:
    from carrier_app.waybill.import_service import import_orders
    from carrier_app.waybill.numbers import NumberAllocator

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"no such file: {path}")
    db = open_db(args)
    actor = cli_actor(args)
    allocator = NumberAllocator(db, prefix=Settings().waybill_prefix, station=actor.station,
                                block_size=1000)
    result = import_orders(db, actor, allocator, path, args.merchant,
                           rejects_path=Path(args.rejects) if args.rejects else None)
    if args.json:
        print(json.dumps({
            "batch_id": result.batch_id, "file": result.file_name, "encoding": result.encoding,
            "rows": result.rows, "created": result.created,
            "already_present": result.already_present, "rejected": result.rejected,
            "rejects": [{"row": r.row, "column": r.column, "value": r.value,
                         "reason": r.reason} for r in result.rejects],
            "waybills": result.waybills}, ensure_ascii=False))
    else:
        print(f"batch {result.batch_id}: {result.rows} rows ({result.encoding}), "
              f"{result.created} created, {result.already_present} already imported, "
              f"{result.rejected} rejected" + (f" -> {args.rejects}" if args.rejects
                                                and result.rejected else ""))
        for r in result.rejects[:50]:
            print(f"  row {r.row}, {r.column}: {r.reason}")
        if result.rejected > 50:
            print(f"  … {result.rejected - 50} more")
    return PARTIAL if result.rejected else 0


def register_import(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("import-orders", help="create waybills from a merchant's CSV/XLSX file")
    add_db_option(p)
    p.add_argument("file")
    p.add_argument("--merchant", required=True, help="merchant code, e.g. M001")
    p.add_argument("--rejects", metavar="OUT.csv", help="write rejected rows with reasons")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_orders)


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    register_import(sub)

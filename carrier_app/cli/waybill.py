"""Waybill sub-commands: `import-orders`, `labels`, `cancel`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, echo, echo_json, open_db, output_file, reader,
    write_printed,
)
from carrier_app.config import Settings
from carrier_app.documents.labels import SIZES

PARTIAL = 3  # exit status when some rows were rejected (the good ones are imported)


def cmd_import_orders(args: argparse.Namespace) -> int:
    from carrier_app.waybill.import_service import import_orders
    from carrier_app.waybill.numbers import NumberAllocator

    path = Path(args.file)
    if not path.is_file():
        raise CliError(f"no such file: {path}")
    db = open_db(args)
    actor = acting_user(args, db)
    # block_size=1: the import reserves exactly the numbers its new rows need (ensure(n))
    allocator = NumberAllocator(db, prefix=Settings().waybill_prefix, station=actor.station,
                                block_size=1)
    result = import_orders(db, actor, allocator, path, args.merchant,
                           rejects_path=args.rejects,
                           cod_cap=Settings().cod_cap, mapping=args.mapping)
    if args.json:
        echo_json({
            "batch_id": result.batch_id, "file": result.file_name, "encoding": result.encoding,
            "rows": result.rows, "created": result.created,
            "already_present": result.already_present, "rejected": result.rejected,
            "rejects": [{"row": r.row, "column": r.column, "value": r.value,
                         "reason": r.reason} for r in result.rejects],
            "unrouted": [{"row": row, "waybill": w} for row, w in result.unrouted],
            "mapping": result.mapping,
            "waybills": result.waybills})
    else:
        echo(f"{'batch ' + str(result.batch_id) if result.batch_id else 'nothing new'}: "
             f"{result.rows} rows ({result.encoding}), "
             f"{result.created} created, {result.already_present} already imported, "
             f"{result.rejected} rejected" + (f" -> {args.rejects}" if args.rejects
                                               and result.rejected else ""))
        for r in result.rejects[:50]:
            echo(f"  row {r.row}, {r.column}: {r.reason}")
        if result.rejected > 50:
            echo(f"  … {result.rejected - 50} more")
        if result.unrouted:
            echo(f"{len(result.unrouted)} without a route (waiting in manual routing): "
                 + ", ".join(f"row {row} {w}" for row, w in result.unrouted[:20])
                 + (" …" if len(result.unrouted) > 20 else ""))
    return PARTIAL if result.rejected else 0


def register_import(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-orders", help="create waybills from a merchant's CSV/XLSX file")
    add_db_option(p)
    p.add_argument("file")
    p.add_argument("--merchant", required=True, help="merchant code, e.g. M001")
    p.add_argument("--rejects", metavar="OUT.csv", type=output_file,
                   help="write rejected rows with reasons")
    p.add_argument("--mapping", metavar="NAME",
                   help="a saved column mapping (default: the merchant's own, if saved)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_import_orders)


def cmd_mappings_list(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.import_mappings import list_mappings

    db = open_db(args)
    reader(args, db)
    with UnitOfWork(db) as uow:
        saved = list_mappings(uow)
    if args.json:
        echo_json([{"name": m.name, "merchant": m.merchant_code, "columns": m.columns}
                   for m in saved])
        return 0
    for m in saved:
        echo(f"{m.name:<20} {m.merchant_code or '-':<8} "
             + ", ".join(f"{h}={c or '-'}" for h, c in m.columns.items()))
    return 0


def cmd_mappings_save(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.import_mappings import save_mapping

    columns: dict[str, str] = {}
    for item in args.column:
        header, sep, target = item.partition("=")
        if not sep:
            raise CliError(f"--column {item!r}: write HEADER=FIELD (FIELD empty to leave the "
                           "column out)")
        columns[header.strip()] = target.strip()
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        saved = save_mapping(uow, actor, args.merchant, columns, args.name)
    echo(f"saved mapping {saved.name}" + (f" for {saved.merchant_code}"
                                          if saved.merchant_code else ""))
    return 0


def register_mappings(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("import-mappings", help="saved column mappings of merchant order files")
    msub = p.add_subparsers(dest="mappings_command", metavar="ACTION", required=True)
    ls = msub.add_parser("list", help="the saved mappings")
    add_db_option(ls)
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=cmd_mappings_list)
    sv = msub.add_parser("save", help="save (replace) a mapping: HEADER=FIELD per column")
    add_db_option(sv)
    sv.add_argument("name", nargs="?", help="default: the merchant's code (its own mapping)")
    sv.add_argument("--merchant", help="the merchant whose files use it")
    sv.add_argument("--column", action="append", default=[], metavar="HEADER=FIELD",
                    required=True)
    sv.set_defaults(func=cmd_mappings_save)


def cmd_parse_address(args: argparse.Namespace) -> int:
    from carrier_app.waybill.smart_address import parse_contact

    text = " ".join(args.text)
    if text == "-":
        text = sys.stdin.read()
    contact = parse_contact(text)
    if args.json:
        echo_json(contact.as_dict())
    else:
        for key, value in contact.as_dict().items():
            if key != "missing":
                echo(f"{key:<9} {value}")
        if contact.missing:
            echo(f"not found: {', '.join(contact.missing)}")
    return 0


def register_parse_address(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("parse-address", help="智能识别: split a pasted contact (name, phone, "
                                             "address) into the waybill's recipient fields")
    p.add_argument("text", nargs="+", help="the pasted text (quote it), or - for standard input")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_parse_address)


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    register_import(sub)
    register_mappings(sub)
    register_parse_address(sub)
    add_labels_parser(sub)
    add_cancel_parser(sub)


def add_labels_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("labels", help="print the labels of waybills or of an import batch")
    add_db_option(p)
    p.add_argument("waybills", nargs="*", metavar="WAYBILL")
    p.add_argument("--batch", type=int, metavar="ID", help="every waybill of an import batch")
    p.add_argument("-o", "--output", required=True, metavar="OUT", type=output_file,
                   help="file to write (PDF, or ZPL with --zpl)")
    p.add_argument("--size", default="100x150", choices=SIZES)
    p.add_argument("--zpl", action="store_true", help="ZPL II for 203 dpi thermal printers")
    p.add_argument("--zpl-font", metavar="NAME",
                   help="with --zpl: a CJK TrueType font on the printer (e.g. E:SIMSUN.TTF); "
                        "without it Chinese text is replaced by an ASCII note")
    p.add_argument("--reprint", action="store_true",
                   help="print them all as reprints (补打); a label printed before is a "
                        "reprint anyway, recorded on its waybill and in the audit log")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_labels)


def cmd_labels(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.labels_service import labels_for_batch, print_labels

    if args.zpl_font and not args.zpl:
        raise CliError("--zpl-font goes with --zpl")
    if bool(args.waybills) == (args.batch is not None):
        raise CliError("give waybill numbers or --batch ID (one of the two)")
    out = args.output
    db = open_db(args, migrate=False)
    # A print is recorded (the print queue; a reprint also as an event and in the audit
    # log), as from the Waybills screen: it needs a user.
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        waybills = (labels_for_batch(uow, actor, args.batch) if args.batch is not None
                    else list(args.waybills))
        if not waybills:
            raise CliError(f"import batch {args.batch} has no printable waybills")
        job = print_labels(uow, actor, waybills, args.size, "zpl" if args.zpl else "pdf",
                           args.reprint, args.zpl_font)
    # The labels draw their own 补打 mark: the same record as the screen's print path.
    job_id = write_printed(db, actor, out, "label", job.ref, job.document, fmt=job.format,
                           reprint=job.reprint, marked=True)
    if args.json:
        echo_json({"file": str(out), "format": job.format, "size": args.size,
                   "waybills": job.waybills, "labels": job.labels, "bytes": len(job.document),
                   "reprinted": job.reprinted, "print_job": job_id})
    else:
        echo(f"{job.labels} label(s) for {len(job.waybills)} waybill(s) written to {out}"
             + (f"; reprinted (补打): {', '.join(job.reprinted)}" if job.reprinted else ""))
    return 0


# --- cancel ---------------------------------------------------------------------------------
def add_cancel_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("cancel", help="cancel a waybill before pickup (its number is not reused)")
    add_db_option(p)
    p.add_argument("waybill", metavar="WAYBILL")
    p.add_argument("--reason", required=True, help="why (kept on the waybill and audited)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_cancel)


def cmd_cancel(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.labels_service import cancel_waybill

    db = open_db(args, migrate=False)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        done = cancel_waybill(uow, actor, args.waybill, args.reason)
    if args.json:
        echo_json({"waybill": done.waybill_no, "status": done.status.value,
                   "reason": done.reason})
    else:
        echo(f"{done.waybill_no} {done.status.value}: {done.reason}")
    return 0

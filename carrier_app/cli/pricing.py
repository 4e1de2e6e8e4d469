"""`carrier-app rates import|export FILE.csv` and `carrier-app quote`."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

from carrier_app.cli.common import (
    CliError, acting_user, add_db_option, echo, echo_json, open_db, output_file, reader,
)
from carrier_app.core.files import write_atomic

_DIMS = re.compile(r"^\s*(\d+)\s*[x×*X]\s*(\d+)\s*[x×*X]\s*(\d+)\s*(?:cm)?\s*$")


def dims(text: str) -> tuple[int, int, int]:
    """argparse type of --dims: LxWxH in whole centimetres ('40x30x20', '40x30x20cm')."""
    m = _DIMS.match(text)
    if m is None:
        raise argparse.ArgumentTypeError(f"{text!r} is not LxWxH in whole cm (e.g. 40x30x20)")
    return int(m.group(1)), int(m.group(2)), int(m.group(3))


def cmd_rates_export(args: argparse.Namespace) -> int:
    from carrier_app.pricing.rates import export_csv
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        text = export_csv(uow, reader(args, db))
    if str(args.file) == "-":
        sys.stdout.write(text)
    else:
        write_atomic(args.file, text.encode("utf-8-sig"))
        echo(f"{text.count(chr(10)) - 1} rate row(s) written to {args.file}")
    return 0


def cmd_rates_import(args: argparse.Namespace) -> int:
    from carrier_app.pricing.rates import import_csv
    from carrier_app.store import UnitOfWork
    from carrier_app.waybill.order_import import decode

    try:
        raw = Path(args.file).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
    text, _ = decode(raw)
    db = open_db(args)
    actor = acting_user(args, db)
    with UnitOfWork(db) as uow:
        res = import_csv(uow, actor, text)
    if args.json:
        echo_json({"rows": res.rows, "replaced": res.replaced})
    else:
        echo(f"{res.rows} rate row(s) imported, replacing {res.replaced}")
    return 0


def cmd_quote(args: argparse.Namespace) -> int:
    from carrier_app.core.pricing import kg_text
    from carrier_app.pricing.service import quote
    from carrier_app.store import UnitOfWork

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        q = quote(uow, reader(args, db), args.origin, args.destination, args.weight, args.dims,
                  args.service, args.insured, args.merchant)
    if args.json:
        echo_json(q.as_dict())
        return 0
    b = q.breakdown
    echo(f"{q.service} {q.origin} → {q.destination}"
          + (f" (merchant {q.merchant})" if q.merchant else "") + f"  [{b.card.describe()}]")
    vol = (f", volumetric {kg_text(b.volumetric_kg)} kg" if b.volumetric_kg is not None
           else "")
    echo(f"chargeable_weight_kg {kg_text(b.chargeable_weight_kg)}  "
          f"(actual {kg_text(b.actual_kg)} kg{vol})")
    echo(f"freight     {b.freight:>10.2f}" + ("  (minimum charge)" if b.min_charge_applied
                                                else ""))
    for s in b.surcharges:
        echo(f"surcharge   {s.amount:>10.2f}  {s.label}")
    if b.discount:
        echo(f"discount    {-b.discount:>10.2f}  ({b.discount_pct}% of the freight)")
    echo(f"insurance   {b.insurance:>10.2f}"
          + (f"  (declared {b.declared_value:.2f})" if b.declared_value else ""))
    echo(f"total       {b.total:>10.2f}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rates = sub.add_parser("rates", help="rate cards: export / import CSV")
    rsub = rates.add_subparsers(dest="rates_command", metavar="ACTION", required=True)
    ex = rsub.add_parser("export", help="write the rate card as CSV (- for standard output)")
    add_db_option(ex)
    ex.add_argument("file", type=lambda t: t if t == "-" else output_file(t), metavar="FILE.csv")
    ex.set_defaults(func=cmd_rates_export)
    im = rsub.add_parser("import", help="replace the rate card with a CSV (all or nothing)")
    add_db_option(im)
    im.add_argument("file", metavar="FILE.csv")
    im.add_argument("--json", action="store_true")
    im.set_defaults(func=cmd_rates_import)

    q = sub.add_parser("quote", help="price a parcel: chargeable weight, freight, insurance")
    add_db_option(q)
    q.add_argument("--from", dest="origin", required=True, metavar="PLACE",
                   help="province and/or city, e.g. 浙江省杭州市")
    q.add_argument("--to", dest="destination", required=True, metavar="PLACE")
    q.add_argument("--weight", required=True, metavar="KG")
    q.add_argument("--dims", type=dims, metavar="LxWxHcm")
    q.add_argument("--service", default="standard", help="standard (标快) or express (特快)")
    q.add_argument("--insured", default="0", metavar="X", help="declared value in yuan (保价)")
    q.add_argument("--merchant", metavar="M", help="merchant code (contract price/discount)")
    q.add_argument("--json", action="store_true")
    q.set_defaults(func=cmd_quote)

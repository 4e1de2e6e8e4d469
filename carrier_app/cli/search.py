"""`carrier-app search TEXT`: find parcels as the Tracking page does (read-only)."""

from __future__ import annotations

import argparse

from carrier_app.cli.common import add_db_option, echo, echo_json, open_db, reader


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    se = sub.add_parser("search", help="find parcels by waybill or piece code, phone (in full "
                                       "or its last 4 digits), recipient name or order ref")
    se.add_argument("text", help="what to look for; a name or an order ref from its start")
    se.add_argument("--limit", type=int, default=50, metavar="N",
                    help="list at most N parcels (default 50, at most 500)")
    se.add_argument("--json", action="store_true")
    add_db_option(se)
    se.set_defaults(func=cmd_search)


def cmd_search(args: argparse.Namespace) -> int:
    from carrier_app.config import Settings
    from carrier_app.core.clock import local_text
    from carrier_app.core.scan_code import strip_affixes
    from carrier_app.store import UnitOfWork
    from carrier_app.store.reads import database_for
    from carrier_app.tracking.search import search_parcels

    settings = Settings()
    text = strip_affixes(args.text, settings.scan_prefixes, settings.scan_suffixes)
    db = open_db(args, migrate=False)
    actor = reader(args, db)
    with UnitOfWork(database_for(db, search_parcels)) as uow:
        result = search_parcels(uow, actor, text, args.limit)
    if args.json:
        echo_json(result.as_dict())
        return 0
    for h in result.hits:
        echo(f"{h.waybill_no}  {h.status:<17} {h.recipient_name}  {h.recipient_phone_masked}  "
             f"{h.order_ref or '-'}  {local_text(h.updated_at, '%Y-%m-%d %H:%M')}  "
             f"{h.recipient_address}")
    if not result.hits:
        echo(f"no parcel matches {result.text!r}")
    elif result.more:
        echo(f"more than {result.limit} parcels match: the first {result.limit} are listed; "
             "refine the search")
    else:
        echo(f"{len(result.hits)} parcel(s)")
    return 0

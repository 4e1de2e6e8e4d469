"""`carrier-app`: the GUI without arguments; sub-commands for automation and support.

Every sub-command takes --db URL, prints one line and exits non-zero on bad input. A
capability adds its own sub-commands in `carrier_app/<capability>/cli.py` with a
`register(subparsers)` function; they are found here without editing this file.
"""

from __future__ import annotations

import argparse
import getpass
import importlib
import json
import os
import pkgutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

import carrier_app
from carrier_app.config import Settings
from carrier_app.core.errors import DomainError
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role

Handler = Callable[[argparse.Namespace], int]


class CliError(Exception):
    """Bad command-line input: printed as one line, exit status 2."""


class _Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error (the usage is behind --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"carrier-app: {message} (see `{self.prog} --help`)\n")


def output_file(text: str) -> Path:
    """argparse type of a file a command writes: checked before the command changes anything,
    so a run sheet is not marked printed, nor a statement settled, with nowhere to put it."""
    path = Path(text)
    if path.is_dir():
        raise argparse.ArgumentTypeError(f"cannot write {text}: it is a folder")
    folder = path.parent
    if not folder.is_dir():
        raise argparse.ArgumentTypeError(f"cannot write {text}: no such folder {folder}")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise argparse.ArgumentTypeError(f"cannot write {text}: permission denied")
    return path


def open_db(args: argparse.Namespace, *, migrate: bool = True):  # type: ignore[no-untyped-def]
    """The database named by --db, schema checked (and created or migrated if `migrate`)."""
    from carrier_app.store import open_database
    from carrier_app.store.schema import check, ensure_current

    db = open_database(args.db)
    if migrate:
        ensure_current(db)
    elif check(db) != "ok":
        raise CliError("the database schema is not current: run `carrier-app db upgrade`")
    return db


def cli_actor(args: argparse.Namespace, *, location: str | None = None) -> Actor:
    settings = Settings()
    return Actor(None, "cli", Role.ADMIN, station=getattr(args, "station", None)
                 or settings.station, location=location or settings.location)


def add_db_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=None, metavar="URL",
                   help="database URL (default: CARRIER_DB_URL or the embedded SQLite file)")


# --- db ---------------------------------------------------------------------------------
def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from carrier_app.store import open_database
    from carrier_app.store.schema import head_revision, upgrade

    db = open_database(args.db)
    upgrade(db)
    print(f"schema at {head_revision()}: {db.describe()}")
    return 0


# --- demo -------------------------------------------------------------------------------
def cmd_demo(args: argparse.Namespace) -> int:
    from carrier_app.demo.seed import seed

    if args.parcels is not None and args.parcels < 0:
        raise CliError("--parcels must be 0 or more")
    db = open_db(args)
    summary = seed(db, args.parcels)
    if args.json:
        print(json.dumps({"created_network": summary.created_network,
                          "parcels": summary.parcels,
                          "users": [{"username": u, "password": p, "role": r}
                                    for u, p, r in summary.users]}, ensure_ascii=False))
        return 0
    print("demo network created" if summary.created_network else "demo network already present")
    print(f"{summary.parcels} parcels added")
    print("demo users (user / password / role):")
    for user, password, role in summary.users:
        print(f"  {user:<12} {password:<18} {role}")
    return 0


# --- scan -------------------------------------------------------------------------------
def _scan_and_commit(uow, actor, code, event, courier_id):  # type: ignore[no-untyped-def]
    from carrier_app.tracking.scans import append_scan

    result = append_scan(uow, actor, code, event, courier_id=courier_id)
    uow.commit()
    return result


def cmd_scan(args: argparse.Namespace) -> int:
    from carrier_app.network.service import courier_by_code, location
    from carrier_app.store import UnitOfWork
    from carrier_app.store.retry import run_with_retry

    try:
        event = Event(args.event.upper())
    except ValueError:
        raise CliError(f"unknown event {args.event!r}") from None
    codes = list(args.waybills)
    if args.file:
        try:
            text = Path(args.file).read_text(encoding="utf-8-sig")
        except OSError as exc:
            raise CliError(f"cannot read {args.file}: {exc.strerror}") from None
        codes += [line.strip() for line in text.splitlines() if line.strip()]
    if not codes:
        raise CliError("no waybill numbers given (arguments or --file)")
    db = open_db(args)
    actor = cli_actor(args, location=args.location)
    courier_id = None
    with UnitOfWork(db) as uow:
        location(uow, actor.location)
        if args.courier:
            courier_id = courier_by_code(uow, args.courier).id
    failures = 0
    results = []
    for code in codes:
        try:
            r = run_with_retry(db, lambda uow: _scan_and_commit(uow, actor, code, event,
                                                                courier_id))
            results.append({"code": code, "outcome": r.outcome.value,
                            "status": r.status_after.value, "message": r.message})
        except DomainError as exc:
            failures += 1
            results.append({"code": code, "outcome": "error", "error": exc.code,
                            "message": exc.message})
    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for r in results:
            print(f"{r['outcome']:<9} {r['message']}")
    return 1 if failures else 0


# --- track ------------------------------------------------------------------------------
def cmd_track(args: argparse.Namespace) -> int:
    from carrier_app.store import UnitOfWork
    from carrier_app.core.clock import local_text
    from carrier_app.tracking.history import track

    db = open_db(args, migrate=False)
    with UnitOfWork(db) as uow:
        h = track(uow, cli_actor(args), args.waybill)
    if args.json:
        print(json.dumps(h.as_dict(), ensure_ascii=False, default=str))
        return 0
    print(f"{h.waybill_no}  {h.status}  {h.sort_code or '(manual routing)'}  {h.destination}")
    print(f"  to {h.recipient_name} {h.recipient_phone_masked}, {h.recipient_address}")
    for e in h.events:
        piece = f"#{e.piece_no} " if e.piece_no else ""
        print(f"  {local_text(e.at, '%Y-%m-%d %H:%M:%S', offset=True)}  {piece}{e.event:<16} {e.status_after or '-':<17} "
              f"{e.location:<7} {e.user}@{e.station}  {e.message}")
    return 0


# --- users ------------------------------------------------------------------------------
def cmd_users_add(args: argparse.Namespace) -> int:
    from carrier_app.auth.service import SYSTEM, add_user
    from carrier_app.store import UnitOfWork

    password = args.password
    if password is None:
        if not sys.stdin.isatty():
            password = sys.stdin.readline().rstrip("\n")
        else:
            password = getpass.getpass("Password: ")
            if getpass.getpass("Again: ") != password:
                raise CliError("the two passwords differ")
    db = open_db(args)
    with UnitOfWork(db) as uow:
        u = add_user(uow, SYSTEM, args.name, password, args.role, args.display_name or "")
        uow.commit()
    print(f"user {u.username} ({u.role}) added")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="carrier-app", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=carrier_app.__version__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="create or migrate the schema")
    add_db_option(up)
    up.set_defaults(func=cmd_db_upgrade)

    demo = sub.add_parser("demo", help="seed a demo network, users and parcels")
    add_db_option(demo)
    demo.add_argument("--parcels", type=int, default=None, metavar="N")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)

    scan = sub.add_parser("scan", help="record scans of waybills")
    add_db_option(scan)
    scan.add_argument("--station", required=True, help="this workstation's name")
    scan.add_argument("--event", required=True, help="e.g. RECEIVE, SORT, ARRIVE, DELIVER")
    scan.add_argument("--location", help="hub/branch code (default: configured location)")
    scan.add_argument("--courier", help="courier code, for ASSIGN")
    scan.add_argument("--file", help="a text file with one code per line")
    scan.add_argument("--json", action="store_true")
    scan.add_argument("waybills", nargs="*", metavar="WAYBILL")
    scan.set_defaults(func=cmd_scan)

    tr = sub.add_parser("track", help="a parcel's event history")
    add_db_option(tr)
    tr.add_argument("waybill")
    tr.add_argument("--json", action="store_true")
    tr.set_defaults(func=cmd_track)

    users = sub.add_parser("users", help="user accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ua = usub.add_parser("add", help="add a user (asks for the password)")
    add_db_option(ua)
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument("--display-name")
    ua.add_argument("--password", help=argparse.SUPPRESS)  # for scripts; prefer the prompt
    ua.set_defaults(func=cmd_users_add)

    for mod in pkgutil.iter_modules(carrier_app.__path__):
        if mod.ispkg and mod.name not in ("ui", "core", "store"):
            try:
                plugin = importlib.import_module(f"carrier_app.{mod.name}.cli")
            except ModuleNotFoundError as exc:
                if exc.name != f"carrier_app.{mod.name}.cli":
                    raise
                continue
            plugin.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        from carrier_app.ui.app import run_gui
        return run_gui()
    if getattr(args, "db", "unset") is None:
        args.db = Settings().db_url
    try:
        return int(args.func(args))
    except CliError as exc:
        print(f"carrier-app: {exc}", file=sys.stderr)
        return 2
    except DomainError as exc:
        print(f"carrier-app: {exc.message}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("carrier-app: interrupted", file=sys.stderr)
        return 130
    except OSError as exc:  # a file read or written by the command (disk full, permissions)
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"carrier-app: {where}{exc.strerror or exc}", file=sys.stderr)
        return 1

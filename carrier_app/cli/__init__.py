"""`carrier-app`: the GUI without arguments; sub-commands for automation and support.

The command line is an entry point like the GUI: it builds the unit of work, logs the acting
user in and calls the same use cases as the screens (no logic of its own). Every sub-command
takes --db URL and --user NAME, prints one line and exits non-zero on bad input. The
sub-commands of a step of the flow live in this package (`scan.py`, `sorting.py`,
`dispatch.py`, `finance.py`, `waybill.py`), each with a `register(subparsers)`.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Sequence

import carrier_app
from carrier_app.cli import (
    acceptance, backup, dispatch, finance, install, lists, offline, pricing, problems, reports,
    scan, search,
    sorting, waybill,
)
from carrier_app.cli.common import (
    CliError, Parser, acting_user, add_db_option, close_databases, echo, echo_json, open_db,
    current_password, printable, reader, user_name,
)
from carrier_app.config import Settings
from carrier_app.core.errors import DomainError
from carrier_app.core.roles import Role

__all__ = ["CliError", "build_parser", "main"]

MAX_DEMO_PARCELS = 100_000


# --- db ---------------------------------------------------------------------------------
def cmd_db_upgrade(args: argparse.Namespace) -> int:
    from carrier_app.store.schema import head_revision, upgrade

    db = open_db(args, migrate=False, create=True)
    upgrade(db)
    echo(f"schema at {head_revision()}: {db.describe()}")
    return 0


# --- demo -------------------------------------------------------------------------------
def _parcel_count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not 0 <= n <= MAX_DEMO_PARCELS:
        raise argparse.ArgumentTypeError(f"from 0 to {MAX_DEMO_PARCELS}")
    return n


def cmd_demo(args: argparse.Namespace) -> int:
    from carrier_app.auth.install import is_empty
    from carrier_app.demo.seed import seed
    from carrier_app.store import UnitOfWork

    db = open_db(args, create=True)
    with UnitOfWork(db) as uow:
        empty = is_empty(uow)
    # An empty database has nobody to act as: the seed creates the demo users.
    actor = None if empty else acting_user(args, db)
    summary = seed(db, args.parcels, actor=actor)
    users = summary.users if summary.created_network else []
    if args.json:
        echo_json({"created_network": summary.created_network, "parcels": summary.parcels,
                   "users": [{"username": u, "password": p, "role": r} for u, p, r in users]})
        return 0
    echo("demo network created" if summary.created_network else "demo network already present")
    echo(f"{summary.parcels} parcels added")
    if users:
        echo("demo users (user / password / role):")
        for user, password, role in users:
            echo(f"  {user:<12} {password:<18} {role}")
    return 0


# --- track ------------------------------------------------------------------------------
def cmd_track(args: argparse.Namespace) -> int:
    from carrier_app.core.clock import local_text
    from carrier_app.core.scan_code import normalise
    from carrier_app.store.reads import database_for
    from carrier_app.store import UnitOfWork
    from carrier_app.tracking.history import track

    settings = Settings()
    code = normalise(args.waybill, settings.scan_prefixes, settings.scan_suffixes)
    db = open_db(args, migrate=False)
    actor = reader(args, db)
    with UnitOfWork(database_for(db, track)) as uow:
        h = track(uow, actor, code)
    if args.json:
        echo_json(h.as_dict())
        return 0
    echo(f"{h.waybill_no}  {h.status}  {h.sort_code or '(manual routing)'}  {h.destination}")
    echo(f"  to {h.recipient_name} {h.recipient_phone_masked}, {h.recipient_address}")
    for e in h.events:
        piece = f"#{e.piece_no} " if e.piece_no else ""
        echo(f"  {local_text(e.at, '%Y-%m-%d %H:%M:%S', offset=True)}  {piece}"
             f"{e.event:<16} {e.status_after or '-':<17} "
             f"{e.location:<7} {e.user}@{e.station}  {e.message}")
    return 0


# --- users ------------------------------------------------------------------------------
def _new_password(prompt: str = "New user's password: ") -> str:
    """The new user's password: CARRIER_NEW_PASSWORD, a prompt (twice), or a line of stdin
    from a script - never an option (it would sit in the process list and shell history)."""
    password = os.environ.get("CARRIER_NEW_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        return sys.stdin.readline().rstrip("\r\n")
    password = getpass.getpass(prompt)
    if getpass.getpass("Again: ") != password:
        raise CliError("the two passwords differ")
    return password


def cmd_users_add(args: argparse.Namespace) -> int:
    from carrier_app.auth.service import add_first_admin, add_user, has_users
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    with UnitOfWork(db) as uow:
        first = not has_users(uow)
    if first and args.role != Role.ADMIN.value:
        raise CliError("the first user of a database must be an admin (--role admin)")
    # A new depot database has nobody to act as: its first account is an administrator
    # added by nobody. Every later one is added by an administrator who logs in.
    actor = None if first else acting_user(args, db)
    password = _new_password()
    with UnitOfWork(db) as uow:
        if actor is None:
            admin = add_first_admin(uow, args.name, password, args.display_name or "")
            name, role = admin.username, admin.role.value
        else:
            u = add_user(uow, actor, args.name, password, args.role, args.display_name or "")
            name, role = u.username, u.role.value
    echo(f"user {name} ({role}) added")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    from carrier_app.auth.service import change_password
    from carrier_app.store import UnitOfWork

    db = open_db(args)
    name = user_name(args)
    if not name:
        raise CliError("say whose password to change with --user NAME or CARRIER_USER")
    current = current_password(name)
    new = _new_password(f"New password for {name}: ")
    with UnitOfWork(db) as uow:
        change_password(uow, name, current, new, station=Settings().station)
    echo(f"password of {name} changed")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(prog="carrier-app", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=carrier_app.__version__)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    db = sub.add_parser("db", help="database schema")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    up = dbsub.add_parser("upgrade", help="create or migrate the schema (needs no user)")
    add_db_option(up)
    up.set_defaults(func=cmd_db_upgrade)

    demo = sub.add_parser("demo", help="seed a demo network, users and parcels (on an empty "
                                       "database without a user)")
    add_db_option(demo)
    demo.add_argument("--parcels", type=_parcel_count, default=None, metavar="N")
    demo.add_argument("--json", action="store_true")
    demo.set_defaults(func=cmd_demo)

    tr = sub.add_parser("track", help="a parcel's event history")
    add_db_option(tr)
    tr.add_argument("waybill")
    tr.add_argument("--json", action="store_true")
    tr.set_defaults(func=cmd_track)

    users = sub.add_parser("users", help="user accounts")
    usub = users.add_subparsers(dest="users_command", metavar="ACTION", required=True)
    ua = usub.add_parser("add", help="add a user (as an admin; the password from a prompt, "
                                     "CARRIER_NEW_PASSWORD or standard input)")
    add_db_option(ua)
    ua.add_argument("name")
    ua.add_argument("--role", required=True, choices=[r.value for r in Role])
    ua.add_argument("--display-name")
    ua.set_defaults(func=cmd_users_add)
    up = usub.add_parser("passwd", help="change your password (the current one from "
                                        "CARRIER_PASSWORD or a prompt, the new one from "
                                        "CARRIER_NEW_PASSWORD, a prompt or standard input)")
    add_db_option(up)
    up.set_defaults(func=cmd_users_passwd)

    for module in (install, backup, scan, waybill, sorting, dispatch, finance, pricing,
                   problems, reports, lists, search, acceptance, offline):
        module.register(sub)
    return parser


def _fail(message: object) -> None:
    print(f"carrier-app: {printable(message)}", file=sys.stderr)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # --help, --version, a usage mistake (already printed)
        return exc.code if isinstance(exc.code, int) else 2
    if args.command is None:
        from carrier_app.ui.app import run_gui
        return run_gui()
    if getattr(args, "db", "unset") is None:
        args.db = Settings().db_url
    try:
        return int(args.func(args))
    except CliError as exc:
        _fail(exc)
        return 2
    except DomainError as exc:
        _fail(exc.message)  # may quote imported text: printed without control characters
        return 1
    except KeyboardInterrupt:
        _fail("interrupted")
        return 130
    except OSError as exc:  # a file read or written by the command (disk full, permissions)
        where = f"{exc.filename}: " if exc.filename else ""
        _fail(f"{where}{exc.strerror or exc}")
        return 1
    finally:
        close_databases()

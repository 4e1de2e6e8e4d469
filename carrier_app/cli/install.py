"""`carrier-app init`: a real depot database (the site, one administrator, no demo data);
the administrator's initial password must be changed (`users passwd`) before it acts."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from carrier_app.cli.common import CliError, add_db_option, echo, echo_json, open_db
from carrier_app.config import Settings


def _initial_password(args: argparse.Namespace) -> str:
    """The administrator's initial password: --password-file (its first line),
    CARRIER_PASSWORD or a prompt (twice) - never an option's value on the command line."""
    if args.password_file:
        try:
            lines = Path(args.password_file).read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"cannot read --password-file {args.password_file}: "
                           f"{getattr(exc, 'strerror', None) or exc}") from None
        if not lines or not lines[0]:
            raise CliError(f"--password-file {args.password_file}: the first line is empty")
        return lines[0]
    password = os.environ.get("CARRIER_PASSWORD")
    if password is not None:
        return password
    if not sys.stdin.isatty():
        raise CliError("no initial password: set CARRIER_PASSWORD, give --password-file or "
                       "run from a terminal to be asked")
    password = getpass.getpass(f"Initial password for {args.admin}: ")
    if getpass.getpass("Again: ") != password:
        raise CliError("the two passwords differ")
    return password


def cmd_init(args: argparse.Namespace) -> int:
    from carrier_app.auth.install import init_site, is_empty
    from carrier_app.store import UnitOfWork

    db = open_db(args, create=True)
    with UnitOfWork(db) as uow:
        if not is_empty(uow):  # said before asking for a password (init_site checks again)
            raise CliError(f"{db.describe()} is not empty (it has a network or users): "
                           "`init` sets up a new, empty database only")
    password = _initial_password(args)
    with UnitOfWork(db) as uow:
        done = init_site(uow, args.site, args.admin, password, site_name=args.name or "",
                         station=Settings().station)
    if args.json:
        echo_json({"site": done.site, "hub": done.hub, "branch": done.branch,
                   "admin": done.admin, "must_change_password": True})
        return 0
    echo(f"depot {done.site} set up on {db.describe()}; administrator {done.admin}")
    echo(f"next: `carrier-app users passwd --user {done.admin}` (the initial password must "
         f"be changed), then set CARRIER_LOCATION={done.site} on this site's workstations")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("init", help="set up a real depot on an empty database: its site and "
                                    "one administrator, no demo data (the initial password "
                                    "from CARRIER_PASSWORD, --password-file or a prompt)")
    add_db_option(p)
    p.add_argument("--site", required=True, metavar="CODE",
                   help="the hub code (571) or branch code (571-12) of this depot")
    p.add_argument("--name", default="", help="the site's name (default: its code)")
    p.add_argument("--admin", required=True, metavar="NAME", help="the administrator's user name")
    p.add_argument("--password-file", metavar="FILE",
                   help="read the initial password from the first line of FILE")
    p.add_argument("--password", action=_NoPasswordOnArgv, help=argparse.SUPPRESS)
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=cmd_init)


class _NoPasswordOnArgv(argparse.Action):
    """--password VALUE is refused, said plainly (and not taken as --password-file)."""

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: object, option_string: str | None = None) -> None:
        parser.error("a password is never given on the command line (others see it in the "
                     "process list and the shell history): use CARRIER_PASSWORD, "
                     "--password-file FILE or the prompt")

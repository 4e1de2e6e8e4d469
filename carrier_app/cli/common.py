"""What every sub-command shares: one-line errors, the --db and --user options, opening the
database, the acting user, output files and output a terminal can show safely."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
import unicodedata
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from carrier_app.config import Settings
from carrier_app.core.errors import PasswordChangeRequired
from carrier_app.core.roles import Actor, Role

if TYPE_CHECKING:  # the store (and SQLAlchemy) is imported only by the commands that use it
    from carrier_app.store import Database


class CliError(Exception):
    """Bad command-line input: printed as one line, exit status 2."""


class Parser(argparse.ArgumentParser):
    """Usage mistakes are one line too, like every other error (the usage is behind --help)."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"carrier-app: {message} (see `{self.prog} --help`)\n")


# --- output ---------------------------------------------------------------------------------
def printable(text: object) -> str:
    """`text` without control characters (C0, DEL, C1: ANSI/OSC escapes, BEL, backspace...):
    names, addresses and notes come from imported files and must not drive the terminal."""
    return "".join(ch for ch in str(text) if unicodedata.category(ch) != "Cc")


def echo(*parts: object, sep: str = " ") -> None:
    """print() for text output: every part through `printable`."""
    print(sep.join(printable(p) for p in parts))


def echo_json(data: Any) -> None:
    """JSON output; control characters are escaped (json.dumps leaves DEL and C1 raw)."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    print("".join(ch if unicodedata.category(ch) != "Cc" else f"\\u{ord(ch):04x}"
                  for ch in text))


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


def write_printed(db: Database, actor: Actor, path: Path, kind: str, ref: str,
                  document: bytes, *, fmt: str = "pdf", reprint: bool = False,
                  marked: bool = False) -> int:
    """A document a command prints into a file (`-o`): the same print path as a screen's
    打印 - a reprint stamped 补打 unless the document draws its own (reports.print_jobs.
    as_printed), the file written whole, then the job recorded in the print queue under the
    acting user (`record_print`: kind, ref, format, the file, the bytes). Returns the job id."""
    from carrier_app.core.files import write_atomic
    from carrier_app.reports.print_jobs import as_printed, record_print
    from carrier_app.store import UnitOfWork

    out = as_printed(document, fmt, reprint, marked)
    try:
        write_atomic(path, out)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from None
    with UnitOfWork(db) as uow:
        return record_print(uow, actor, kind, ref, fmt, str(path.resolve()), out, reprint).id


#: Dates a command takes: wide enough for any period, narrow enough that a period's bounds
#: (a day added, a time zone applied) stay inside what datetime can hold.
FIRST_DATE, LAST_DATE = date(1970, 1, 1), date(9998, 12, 31)


def date_arg(text: str) -> date:
    """argparse type of a YYYY-MM-DD date."""
    try:
        d = date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a date (YYYY-MM-DD)") from None
    if not FIRST_DATE <= d <= LAST_DATE:
        raise argparse.ArgumentTypeError(f"{text}: a date from {FIRST_DATE} to {LAST_DATE}")
    return d


def read_bytes(path: str, what: str = "") -> bytes:
    """A file the command was given (an image, a photo); unreadable: one line."""
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {what + ' ' if what else ''}{path}: {exc.strerror}") \
            from None


def read_text(path: str) -> str:
    """A text file a person made: UTF-8 (with or without BOM), else GB18030; else one line."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise CliError(f"cannot read {path}: {exc.strerror}") from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise CliError(f"{path}: not UTF-8 or GB18030 text")


# --- options ----------------------------------------------------------------------------------
def add_db_option(p: argparse.ArgumentParser) -> None:
    """--db, and --user (the acting user) that every sub-command accepts."""
    p.add_argument("--db", default=None, metavar="URL",
                   help="database URL (default: CARRIER_DB_URL or the embedded SQLite file)")
    p.add_argument("--user", default=None, metavar="NAME",
                   help="act as this user (default: CARRIER_USER); the password comes from "
                        "CARRIER_PASSWORD or a prompt")


# --- the database ---------------------------------------------------------------------------
SUPPORTED = ("sqlite", "postgresql")


_opened: list[Database] = []


def close_databases() -> None:
    """Dispose of every database the command opened (main() calls it on the way out)."""
    while _opened:
        _opened.pop().dispose()


def open_db(args: argparse.Namespace, *, migrate: bool = True,
            create: bool = False) -> Database:
    """The database named by --db, schema checked (and migrated if `migrate`). Only `create`
    (db upgrade, demo, init, restore) may create a database: for the others a mistyped SQLite
    path is an error, never a new empty file."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    from carrier_app.store import open_database
    from carrier_app.store.schema import check, ensure_current

    try:
        url = make_url(args.db)
    except ArgumentError:
        raise CliError(f"--db {args.db!r} is not a database URL (e.g. sqlite:///FILE or "
                       "postgresql+psycopg://user@host/db)") from None
    if url.get_backend_name() not in SUPPORTED:
        raise CliError(f"--db: {url.get_backend_name()} databases are not supported "
                       "(SQLite or PostgreSQL)")
    if url.get_backend_name() == "sqlite" and not create:
        name = url.database or ""
        if name in ("", ":memory:") or name.startswith("file:"):
            raise CliError(f"--db {args.db!r}: name an existing SQLite file")
        if not Path(name).expanduser().is_file():
            raise CliError(f"no database at {name} (check --db / CARRIER_DB_URL; "
                           "`carrier-app db upgrade` creates one)")
    try:
        db = open_database(args.db, read_url=Settings().db_read_url or None)
        _opened.append(db)
    except ArgumentError as exc:
        raise CliError(f"--db {args.db!r}: {exc}") from None
    except ModuleNotFoundError as exc:
        raise CliError(f"--db: the driver {exc.name} is not installed") from None
    with db.answer_within():  # a silent server: "cannot be reached", not a hung command
        state = check(db)
    if state == "empty" and not create:
        raise CliError(f"{db.describe()} has no schema: run `carrier-app db upgrade`")
    if migrate:
        ensure_current(db)
    elif state != "ok" and not create:
        raise CliError("the database schema is not current: run `carrier-app db upgrade`")
    return db


# --- who acts -------------------------------------------------------------------------------
def _where(args: argparse.Namespace, location: str | None) -> tuple[str, str]:
    settings = Settings()
    return (getattr(args, "station", None) or settings.station,
            location or getattr(args, "location", None) or settings.location)


def user_name(args: argparse.Namespace) -> str | None:
    return getattr(args, "user", None) or os.environ.get("CARRIER_USER") or None


def acting_user(args: argparse.Namespace, db: Database, *,
                location: str | None = None) -> Actor:
    """The user a command that changes data acts as, logged in as at the log-in screen (a
    wrong password or a locked account is refused and counts toward the lock-out)."""
    from carrier_app.auth.service import login
    from carrier_app.store import UnitOfWork

    name = user_name(args)
    if not name:
        raise CliError(f"`{args.command}` changes data: say who you are with --user NAME "
                       "or CARRIER_USER")
    password = current_password(name)
    station, where = _where(args, location)
    try:
        with UnitOfWork(db) as uow:
            return login(uow, name, password, station=station, location=where)
    except PasswordChangeRequired:
        raise CliError(f"{name} must change the initial password before working: run "
                       f"`carrier-app users passwd --user {name}`") from None


def current_password(name: str) -> str:
    """The acting user's password: CARRIER_PASSWORD or a prompt from a terminal."""
    password = os.environ.get("CARRIER_PASSWORD")
    if password is None:
        if not sys.stdin.isatty():
            raise CliError(f"no password for {name}: set CARRIER_PASSWORD or run from a "
                           "terminal to be asked")
        password = getpass.getpass(f"Password for {name}: ")
    return password


def reader(args: argparse.Namespace, db: Database | None = None, *,
           location: str | None = None) -> Actor:
    """Who a read-only command reads as: the named user when one is given, else an anonymous
    reader. Only read use cases are ever called with it."""
    if db is not None and user_name(args):
        return acting_user(args, db, location=location)
    station, where = _where(args, location)
    return Actor(None, "(read-only)", Role.SUPERVISOR, station=station, location=where)


def at(actor: Actor, location: str) -> Actor:
    return replace(actor, location=location)

"""`carrier-app backup -o FILE` and `carrier-app restore FILE` (store/backup.py)."""

from __future__ import annotations

import argparse
from pathlib import Path

from carrier_app.cli.common import CliError, add_db_option, echo, echo_json, open_db, output_file


def cmd_backup(args: argparse.Namespace) -> int:
    from carrier_app.store.backup import backup

    db = open_db(args, migrate=False)
    if args.output.resolve() == Path(db.url.database or "").expanduser().resolve():
        raise CliError("-o names the database itself: write the backup to another file")
    done = backup(db, args.output)
    if args.json:
        echo_json({"file": str(done.path), "kind": done.kind, "bytes": done.size,
                   "revision": done.revision})
        return 0
    echo(f"backed up {db.describe()} to {done.path} ({done.kind}, {done.size} bytes)")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from carrier_app.store.backup import restore
    from carrier_app.store.schema import upgrade

    if not Path(args.file).is_file():
        raise CliError(f"no backup file at {args.file}")
    db = open_db(args, migrate=False, create=True)
    done = restore(db, Path(args.file))
    upgrade(db)  # an older backup is brought to this version's schema
    if args.json:
        echo_json({"file": str(done.path), "kind": done.kind, "revision": done.revision})
        return 0
    echo(f"restored {done.path} into {db.describe()}")
    return 0


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    b = sub.add_parser("backup", help="back the database up into a file (SQLite: a consistent "
                                      "copy while others keep scanning; PostgreSQL: pg_dump)")
    add_db_option(b)
    b.add_argument("-o", "--output", type=output_file, required=True, metavar="FILE")
    b.add_argument("--json", action="store_true")
    b.set_defaults(func=cmd_backup)
    r = sub.add_parser("restore", help="restore a backup into an empty database")
    add_db_option(r)
    r.add_argument("file", metavar="FILE")
    r.add_argument("--json", action="store_true")
    r.set_defaults(func=cmd_restore)

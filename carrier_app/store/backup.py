"""Backups and restores of the whole database (issue 15 item 6).

SQLite: sqlite3's online backup API copies the file in one step under a read transaction,
so the copy is one consistent moment even while other processes keep scanning (WAL lets them
write meanwhile); written to a temp file, checked, then renamed over the target. PostgreSQL:
pg_dump's custom format when pg_dump is on PATH (pg_restore to restore), else a clear
message. A restore goes into an empty database only, and refuses a file that is not a
backup of this application. `daily_backup` keeps a dated copy of the SQLite file a day in
the data folder, the newest `keep` of them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import text

from carrier_app.config import ensure_private_dir
from carrier_app.core.errors import StoreUnavailable, ValidationError
from carrier_app.store.engine import Database
from carrier_app.store.schema import known_revisions

SQLITE_MAGIC = b"SQLite format 3\x00"
PG_MAGIC = b"PGDMP"
#: Tables whose rows make a database "not empty" for a restore.
_DATA_TABLES = ("users", "hubs", "parcels", "merchants")
DAILY_PREFIX = "carrier-"


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    kind: str               # "sqlite" or "pg_dump"
    size: int
    revision: str | None    # the schema revision inside (SQLite backups)


def backup(db: Database, target: Path) -> BackupInfo:
    """Back the database up into `target` (replaced whole, never left half-written)."""
    if db.is_sqlite:
        return _sqlite_backup(_sqlite_path(db), target)
    return _pg_dump(db, target)


def restore(db: Database, source: Path) -> BackupInfo:
    """Restore `source` into the empty database `db`; the caller migrates afterwards (an
    older backup is brought to the current schema)."""
    try:
        with source.open("rb") as f:
            head = f.read(len(SQLITE_MAGIC))
    except OSError as exc:
        raise ValidationError(f"cannot read {source}: {exc.strerror}", field="file",
                              reason="unreadable") from None
    if head == SQLITE_MAGIC:
        revision = _backup_revision(source)
        if revision not in known_revisions():
            raise _refused(f"{source} was made by a newer carrier_app (schema {revision}): "
                           "update the application first", "too_new")
        if not db.is_sqlite:
            raise _refused(f"{source} is an SQLite backup: restore it into an SQLite database "
                           "(--db sqlite:///FILE)", "wrong_kind")
        _require_empty(db)
        _sqlite_restore(source, _sqlite_path(db), db)
        return BackupInfo(source, "sqlite", source.stat().st_size, revision)
    if head.startswith(PG_MAGIC):
        if db.is_sqlite:
            raise _refused(f"{source} is a PostgreSQL (pg_dump) backup: restore it into a "
                           "PostgreSQL database", "wrong_kind")
        _require_empty(db)
        _pg_restore(db, source)
        return BackupInfo(source, "pg_dump", source.stat().st_size, None)
    raise _refused(f"{source} is not a carrier_app backup (neither an SQLite backup nor a "
                   "pg_dump archive); nothing was restored", "not_a_backup")


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime          # the file's modification time (UTC)
    size: int
    daily: bool             # one of the automatic daily copies (kept: the newest `keep`)


def list_backups(folder: Path) -> list[BackupFile]:
    """The backups in `folder` (daily copies and those made on request), newest first."""
    if not folder.is_dir():
        return []
    out = []
    for path in folder.iterdir():
        if path.suffix not in (".db", ".dump") or not path.is_file():
            continue
        st = path.stat()
        out.append(BackupFile(path, datetime.fromtimestamp(st.st_mtime, UTC), st.st_size,
                              path.name.startswith(DAILY_PREFIX)))
    return sorted(out, key=lambda b: (b.made, b.path.name), reverse=True)


def backup_now(db: Database, folder: Path, now: datetime) -> BackupInfo:
    """A backup on request into `folder`, named by the local time `now` (never replacing the
    daily copies, which are pruned by their own name)."""
    ensure_private_dir(folder)
    suffix = ".db" if db.is_sqlite else ".dump"
    return backup(db, folder / f"manual-{now:%Y-%m-%d-%H%M%S}{suffix}")


def daily_backup(db: Database, folder: Path, keep: int, today: date) -> Path | None:
    """Today's copy of the SQLite file in `folder` unless there is one; the oldest beyond
    `keep` are removed. None when nothing was made (PostgreSQL, keep 0, already done)."""
    if not db.is_sqlite or keep <= 0:
        return None
    ensure_private_dir(folder)
    target = folder / f"{DAILY_PREFIX}{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = _sqlite_backup(_sqlite_path(db), target).path
    dated = sorted(p for p in folder.glob(f"{DAILY_PREFIX}????-??-??.db"))
    for old in dated[:-keep]:
        old.unlink(missing_ok=True)
    return made


# --- SQLite ---------------------------------------------------------------------------------
def _sqlite_path(db: Database) -> Path:
    name = db.url.database or ""
    if name in ("", ":memory:") or name.startswith("file:"):
        raise _refused("an in-memory SQLite database has no file to back up or restore",
                       "no_file")
    return Path(name).expanduser()


def _sqlite_backup(source: Path, target: Path) -> BackupInfo:
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    src = sqlite3.connect(source, timeout=30)
    try:
        tmp.unlink(missing_ok=True)
        fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # private: personal data
        os.close(fd)
        dst = sqlite3.connect(tmp)
        try:
            # pages=-1: one step under one read transaction, a consistent snapshot; writers
            # carry on in the WAL meanwhile.
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
            ok = dst.execute("PRAGMA quick_check").fetchone()
            revision = _revision(dst)
        finally:
            dst.close()
        if ok is None or ok[0] != "ok":
            raise StoreUnavailable(f"the backup of {source} failed its check: {ok}",
                                   reason="backup_check")
        with tmp.open("rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        src.close()
    return BackupInfo(target, "sqlite", target.stat().st_size, revision)


def _revision(conn: sqlite3.Connection) -> str | None:
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None


def _backup_revision(source: Path) -> str:
    """The schema revision of an SQLite backup; refused when it is no database of this app
    or is damaged."""
    try:
        conn = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()
            revision = _revision(conn)
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise _refused(f"{source} is a damaged SQLite file ({exc}); nothing was restored",
                       "damaged") from None
    if ok is None or ok[0] != "ok":
        raise _refused(f"{source} is a damaged SQLite file ({ok and ok[0]}); nothing was "
                       "restored", "damaged")
    if revision is None or not {"parcels", "scan_events", "users"} <= tables:
        raise _refused(f"{source} is an SQLite file but not a carrier_app database; nothing "
                       "was restored", "not_a_backup")
    return revision


def _sqlite_restore(source: Path, target: Path, db: Database) -> None:
    db.engine.dispose()  # no pooled connection of ours holds the file meanwhile
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    dst = sqlite3.connect(target, timeout=30)
    try:
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=WAL")
    finally:
        dst.close()
        src.close()


# --- both -----------------------------------------------------------------------------------
def _require_empty(db: Database) -> None:
    with db.engine.connect() as conn:
        names = set(conn.dialect.get_table_names(conn))
        for table in _DATA_TABLES:
            if table in names and conn.execute(
                    text(f"SELECT 1 FROM {table} LIMIT 1")).first() is not None:
                raise _refused(f"{db.describe()} is not empty ({table} has rows): a backup is "
                               "restored into a new, empty database only", "not_empty")


def _refused(message: str, reason: str) -> ValidationError:
    return ValidationError(message, field="file", reason=reason)


# --- PostgreSQL -----------------------------------------------------------------------------
def _pg_tool(name: str) -> str:
    tool = shutil.which(name)
    if tool is None:
        raise StoreUnavailable(
            f"{name} is not on PATH: install the PostgreSQL client tools (the same major "
            f"version as the server) to back up or restore a PostgreSQL database, or use the "
            "server's own backups", reason="no_pg_tool", tool=name)
    return tool


def _libpq(db: Database) -> tuple[str, str | None]:
    """The database URL as libpq takes it, and the schema in use when it is not public."""
    url = db.url.set(drivername="postgresql").render_as_string(hide_password=False)
    with db.engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar()
    return url, (schema if schema and schema != "public" else None)


def _run(args: list[str], what: str) -> None:
    done = subprocess.run(args, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        last = (done.stderr.strip().splitlines() or ["failed"])[-1]
        raise StoreUnavailable(f"{what}: {last}", reason="pg_tool_failed")


def _pg_dump(db: Database, target: Path) -> BackupInfo:
    tool = _pg_tool("pg_dump")
    url, schema = _libpq(db)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.part")
    args = [tool, "--format=custom", "--no-owner", f"--file={tmp}"]
    if schema:
        args.append(f"--schema={schema}")
    try:
        _run([*args, url], "pg_dump failed")
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    return BackupInfo(target, "pg_dump", target.stat().st_size, None)


def _pg_restore(db: Database, source: Path) -> None:
    tool = _pg_tool("pg_restore")
    url, _schema = _libpq(db)
    # --clean --if-exists: an empty database the application already migrated (tables, no
    # rows: _require_empty passed) or a schema made by hand takes the backup without a manual
    # DROP first; only what the archive itself holds is dropped, in one transaction.
    _run([tool, "--no-owner", "--clean", "--if-exists", "--single-transaction",
          "--exit-on-error", f"--dbname={url}", str(source)], "pg_restore failed")

"""Settings read from the environment; the GUI keeps its own preferences in QSettings."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from carrier_app.core import clock


def bundle_dir() -> Path:
    """The folder the shipped files are found under: `resources/` (fonts, sounds, translations)
    and `carrier_app/store/migrations/`. From a source checkout, the checkout; in the build for
    depot PCs (`make dist`, packaging/carrier_app.spec) the bundle PyInstaller unpacked,
    `sys._MEIPASS`, where the spec copies the same folders."""
    meipass = getattr(sys, "_MEIPASS", None)
    if getattr(sys, "frozen", False) and meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


RESOURCES = bundle_dir() / "resources"


def data_dir() -> Path:
    """Where the embedded database lives: `$CARRIER_DATA_DIR`, else the platform's per-user
    data folder + `carrier_app` (XDG on Linux, %APPDATA% on Windows, Application Support on
    macOS). Computed without Qt so that the command line does not need it; DESIGN.md names
    Qt's AppDataLocation, which adds the organisation folder (CarrierApp/) on top."""
    env = os.environ.get("CARRIER_DATA_DIR")
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Application Support")
    else:
        base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "carrier_app"


def ensure_private_dir(path: Path, *, narrow: bool = False) -> Path:
    """`path` as a folder only this user can enter (0700): missing folders (and parents) are
    created so; with `narrow`, an existing one we own is narrowed if group or others can read
    it (the data folder: it holds recipients' names, phones and addresses)."""
    path = path.expanduser()
    missing = []
    p = path
    while not p.exists():
        missing.append(p)
        p = p.parent
    for folder in reversed(missing):
        try:
            folder.mkdir(mode=0o700)
        except FileExistsError:  # made meanwhile by another process
            pass
    if narrow and os.name == "posix" and path.is_dir():
        _narrow(path, 0o700)
    return path


def ensure_private_file(path: Path, *, narrow: bool = False) -> Path:
    """`path` (created empty if missing) readable and writable by this user only (0600);
    with `narrow`, an existing file we own is narrowed, with its -wal / -shm / -journal
    (SQLite gives those the mode of the database file when it creates them)."""
    path = path.expanduser()
    try:
        os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    except FileExistsError:
        pass
    if narrow and os.name == "posix":
        for f in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                  path.with_name(path.name + "-journal")):
            if f.exists():
                _narrow(f, 0o600)
    return path


def _narrow(path: Path, mode: int) -> None:
    st = path.stat()
    if st.st_uid == os.getuid() and st.st_mode & 0o077:
        path.chmod(mode)


def default_db_url() -> str:
    return os.environ.get("CARRIER_DB_URL") or f"sqlite:///{data_dir() / 'carrier.db'}"


@dataclass(frozen=True)
class Settings:
    db_url: str = field(default_factory=default_db_url)
    #: This workstation's name, recorded on every scan event.
    station: str = field(default_factory=lambda: os.environ.get("CARRIER_STATION")
                         or socket.gethostname())
    #: Hub or branch code where this workstation stands (e.g. `571` or `571-12`).
    location: str = field(default_factory=lambda: os.environ.get("CARRIER_LOCATION", "571"))
    language: str = field(default_factory=lambda: os.environ.get("CARRIER_LANG", ""))
    #: Scanner set-ups that add a prefix/suffix (e.g. an AIM identifier `]C1`).
    scan_prefixes: tuple[str, ...] = field(default_factory=lambda: tuple(
        p for p in os.environ.get("CARRIER_SCAN_PREFIXES", "]C0,]C1,]Q1,]E0").split(",") if p))
    scan_suffixes: tuple[str, ...] = ()
    #: The largest COD amount (yuan) a waybill may carry: a safety limit on cash at risk.
    cod_cap: Decimal = field(default_factory=lambda: Decimal(
        os.environ.get("CARRIER_COD_CAP", "20000")).quantize(Decimal("0.01")))
    waybill_prefix: str = field(default_factory=lambda: os.environ.get("CARRIER_WAYBILL_PREFIX",
                                                                          "AA"))
    #: The depot's time zone (`CARRIER_TZ`, an IANA name; default the system's): times are
    #: stored in UTC and shown, printed and exported in it (core/clock.py reads the same).
    tz: str = field(default_factory=clock.zone_name)
    #: Run sheets with the recipients' full phone numbers (couriers call ahead):
    #: `CARRIER_RUN_SHEET_PHONES=full`; default masked (138****5678).
    run_sheet_full_phones: bool = field(default_factory=lambda: os.environ.get(
        "CARRIER_RUN_SHEET_PHONES", "masked").strip().lower() == "full")
    #: An open problem parcel (问题件) older than this many hours is overdue (shown red).
    problem_age_hours: int = field(default_factory=lambda: int(
        os.environ.get("CARRIER_PROBLEM_AGE_HOURS", "24")))
    #: A read-only copy (a PostgreSQL streaming replica) the read use cases use (store/reads.py).
    db_read_url: str = field(default_factory=lambda: os.environ.get("CARRIER_DB_READ_URL", ""))
    #: Daily copies of the SQLite file kept in the data folder's backups/ (0: none).
    backup_keep: int = field(default_factory=lambda: max(0, int(
        os.environ.get("CARRIER_BACKUP_KEEP", "7"))))

"""Settings read from the environment; the GUI keeps its own preferences in QSettings."""

from __future__ import annotations

import os
import socket
import sys
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

RESOURCES = Path(__file__).resolve().parent.parent / "resources"


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
    #: An open problem parcel (问题件) older than this many hours is overdue (shown red).
    problem_age_hours: int = field(default_factory=lambda: int(
        os.environ.get("CARRIER_PROBLEM_AGE_HOURS", "24")))

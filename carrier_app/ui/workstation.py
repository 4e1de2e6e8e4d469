"""This workstation's settings as the GUI keeps them: QSettings values override the defaults,
environment variables override both (so a depot can pin them centrally)."""

from __future__ import annotations

import os
from dataclasses import replace

from PySide6.QtCore import QSettings

from carrier_app.config import Settings

KEYS = {"station": "CARRIER_STATION", "location": "CARRIER_LOCATION"}


def load(base: Settings | None = None) -> Settings:
    settings = base or Settings()
    qs = QSettings()
    changes: dict[str, object] = {}
    for field, env in KEYS.items():
        value = qs.value(f"workstation/{field}")
        if isinstance(value, str) and value and not os.environ.get(env):
            changes[field] = value
    prefixes = qs.value("workstation/scan_prefixes")
    if isinstance(prefixes, str) and not os.environ.get("CARRIER_SCAN_PREFIXES"):
        changes["scan_prefixes"] = tuple(p for p in prefixes.split(",") if p)
    suffixes = qs.value("workstation/scan_suffixes")
    if isinstance(suffixes, str):
        changes["scan_suffixes"] = tuple(p for p in suffixes.split(",") if p)
    return replace(settings, **changes) if changes else settings  # type: ignore[arg-type]


def save(station: str, location: str, prefixes: tuple[str, ...],
         suffixes: tuple[str, ...]) -> None:
    qs = QSettings()
    qs.setValue("workstation/station", station)
    qs.setValue("workstation/location", location)
    qs.setValue("workstation/scan_prefixes", ",".join(prefixes))
    qs.setValue("workstation/scan_suffixes", ",".join(suffixes))

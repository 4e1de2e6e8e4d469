"""Screens, one module each. `discover()` finds every module's `PAGES`."""

from __future__ import annotations

import importlib
import pkgutil

from carrier_app.ui.pages.base import Page


def discover() -> list[type[Page]]:
    found: list[type[Page]] = []
    for mod in pkgutil.iter_modules(__path__):
        if mod.name == "base":
            continue
        module = importlib.import_module(f"{__name__}.{mod.name}")
        found.extend(getattr(module, "PAGES", []))
    return sorted(found, key=lambda p: (p.section, p.order, p.__name__))

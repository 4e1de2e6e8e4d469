"""Settings kept per user on this workstation (QSettings "users/<name>/<key>"): the page a
user was on and the language they work in follow them across log-ins and shifts."""

from __future__ import annotations

from PySide6.QtCore import QSettings


def _key(username: str, name: str) -> str:
    # A user name may hold characters QSettings treats as separators.
    safe = username.replace("/", "_").replace("\\", "_")
    return f"users/{safe}/{name}"


def value(username: str, name: str) -> str | None:
    found = QSettings().value(_key(username, name))
    return found if isinstance(found, str) and found else None


def set_value(username: str, name: str, data: str) -> None:
    QSettings().setValue(_key(username, name), data)

"""Helpers for the command-line tests: what "one line on stderr" means, and acting as a demo
user (password `<user>-demo`) through the environment, as a script would."""

from __future__ import annotations

import subprocess

import pytest

ACTING = ("CARRIER_USER", "CARRIER_PASSWORD", "CARRIER_NEW_PASSWORD")


def one_line(stderr: str) -> str:
    """The error a command printed: exactly one line, `carrier-app: ...`, no traceback."""
    lines = stderr.strip().splitlines()
    assert "Traceback" not in stderr
    assert len(lines) == 1 and lines[0].startswith("carrier-app: "), stderr
    return lines[0]


def one_line_error(p: subprocess.CompletedProcess) -> str:  # type: ignore[type-arg]
    assert p.returncode != 0
    return one_line(p.stderr)


def act_as(monkeypatch: pytest.MonkeyPatch, user: str | None) -> None:
    """CARRIER_USER / CARRIER_PASSWORD for a demo user; None: nobody."""
    for name in ACTING:
        monkeypatch.delenv(name, raising=False)
    if user:
        monkeypatch.setenv("CARRIER_USER", user)
        monkeypatch.setenv("CARRIER_PASSWORD", f"{user}-demo")

"""Helpers for the command-line tests: what "one line on stderr" means, and acting as a demo
user (password `<user>-demo`) through the environment, as a script would."""

from __future__ import annotations

import os
import subprocess
import sys

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


def run_cli(*args: str, db: str, stdin: str | None = None, env: dict | None = None,
            user: str | None = None):
    """The command as a script runs it; `user` (a demo account) acts, its password from
    CARRIER_PASSWORD."""
    acting = {"CARRIER_USER": user, "CARRIER_PASSWORD": f"{user}-demo"} if user else {}
    clean = {k: v for k, v in os.environ.items() if k not in ACTING}
    return subprocess.run([sys.executable, "-m", "carrier_app", *args, "--db", db],
                          capture_output=True, text=True, input=stdin, timeout=120,
                          env={**clean, "CARRIER_ARGON2_FAST": "1", **acting, **(env or {})})

"""The README's command line section documents every command `carrier-app --help` lists
(each action of a command with actions too) and the exit statuses `main` returns, so the two
cannot drift apart again."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from carrier_app.cli import build_parser
from carrier_app.cli.waybill import PARTIAL

README = Path(__file__).resolve().parents[2] / "README.md"


def _actions(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def commands() -> list[tuple[str, ...]]:
    """("labels",), ("runs", "print"), ... : every command line `carrier-app --help` leads to."""
    out: list[tuple[str, ...]] = []
    for name, parser in _actions(build_parser()).items():
        inner = _actions(parser)
        out += [(name, action) for action in inner] if inner else [(name,)]
    return out


def section(text: str) -> str:
    """The README's "## Command line" section."""
    start = text.index("\n## Command line\n")
    end = text.find("\n## ", start + 1)
    return text[start:end if end != -1 else None]


def undocumented(text: str) -> list[str]:
    """The commands no `carrier-app NAME ...` line of the section names (for a command with
    actions: no such line names the action, e.g. `rules export|import FILE.csv`)."""
    lines = section(text).splitlines()
    missing = []
    for command in commands():
        name, *action = command
        usage = [line for line in lines
                 if re.search(rf"carrier-app {re.escape(name)}(?![\w-])", line)]
        if action:
            word = re.compile(rf"(?<![\w-]){re.escape(action[0])}(?![\w-])")
            usage = [line for line in usage if word.search(line)]
        if not usage:
            missing.append(" ".join(command))
    return missing


def test_every_command_is_in_the_readme():
    text = README.read_text(encoding="utf-8")
    assert len(commands()) > 40
    assert undocumented(text) == []
    # ...and the check sees a command that goes missing
    assert undocumented(text.replace("carrier-app bag void", "carrier-app bag")) == ["bag void"]
    assert "quote" in undocumented(re.sub(r"carrier-app quote\b", "carrier-app", text))


def test_the_exit_statuses_are_the_ones_the_command_line_returns():
    table = re.findall(r"^\| `(\d+)` \|", section(README.read_text(encoding="utf-8")), re.M)
    # main(): done 0, a DomainError 1, a CliError or usage mistake 2, import-orders' partial
    # import PARTIAL, Ctrl+C 130.
    assert table == ["0", "1", "2", str(PARTIAL), "130"]

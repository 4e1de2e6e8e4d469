"""The `carrier-app` entry point. Without arguments it opens the GUI at once, without importing
the command line's modules (they pull in every use case, reportlab and the store); with
arguments it is the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args:
        from carrier_app.ui.app import run_gui
        return run_gui()
    from carrier_app.cli import main as cli_main
    return cli_main(args)

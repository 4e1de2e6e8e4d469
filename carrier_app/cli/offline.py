"""`carrier-app offline status|replay`: the scans a workstation kept through an outage.

`scan` itself does not journal: a script gets a non-zero exit and one line when the server
cannot be reached, and runs again (its input is a file or arguments, nothing typed is lost).
The journal belongs to the scan screens (tracking.offline); these commands are for support:
see what waits on this workstation, and send a user's waiting scans (as that user) when the
screens are not opened again, e.g. the user has left the shift.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from carrier_app.cli.common import CliError, acting_user, add_db_option, echo, echo_json, open_db
from carrier_app.core.errors import StoreUnavailable

if TYPE_CHECKING:
    from carrier_app.store.journal import ScanJournal


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    off = sub.add_parser("offline", help="scans kept on this workstation through an outage")
    osub = off.add_subparsers(dest="offline_command", metavar="ACTION", required=True)
    st = osub.add_parser("status", help="how many scans wait, per user")
    rp = osub.add_parser("replay", help="send the acting user's waiting scans, oldest first")
    for p in (st, rp):
        p.add_argument("--journal", metavar="FILE", default=None,
                       help="the journal file (default: offline_scans.db in the data folder)")
        p.add_argument("--json", action="store_true")
        add_db_option(p)
    st.set_defaults(func=cmd_status)
    rp.set_defaults(func=cmd_replay)


def _journal(args: argparse.Namespace) -> ScanJournal:
    from carrier_app.store.journal import ScanJournal, default_path

    path = Path(args.journal) if args.journal else default_path()
    if not path.is_file():
        raise CliError(f"no offline journal at {path}: nothing was kept on this workstation")
    return ScanJournal(path)


def cmd_status(args: argparse.Namespace) -> int:
    waiting = _journal(args).waiting_by_user()
    if args.json:
        echo_json({"waiting": waiting, "total": sum(waiting.values())})
        return 0
    for user, n in waiting.items():
        echo(f"{user}: {n} scan(s) waiting")
    echo(f"{sum(waiting.values())} scan(s) waiting in all")
    return 0


def cmd_replay(args: argparse.Namespace) -> int:
    from carrier_app.tracking.offline import OfflineScans, Replay

    journal = _journal(args)
    db = open_db(args, migrate=False)
    actor = acting_user(args, db)
    run = OfflineScans(db, journal, actor).replay()
    counts = {o.value: run.count(o) for o in Replay}
    refused = [{"code": r.entry.code, "screen": r.entry.screen, "reason": r.message}
               for r in run.done if r.outcome is Replay.REFUSED]
    left = journal.count(actor.username)
    if args.json:
        echo_json({**counts, "refused_scans": refused, "waiting": left})
    else:
        for r in refused:
            echo(f"refused: {r['code']} ({r['screen']}): {r['reason']}")
        echo(f"{actor.username}: {counts['applied']} applied, {counts['duplicate']} already "
             f"there, {counts['refused']} refused; {left} still waiting")
    if run.stopped is not None:  # the server went away half-way: 1, as when it cannot be reached
        raise StoreUnavailable(f"{run.stopped.message} {left} scan(s) still wait in the journal.",
                               reason="unreachable")
    return 0

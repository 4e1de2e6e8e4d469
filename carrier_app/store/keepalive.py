"""TCP settings for PostgreSQL connections, so a workstation notices a server that vanished
(cable pulled, server rebooted, a switch dropped the flow) within seconds instead of the
operating system's default of about two hours: libpq's keepalives probe an idle connection,
and tcp_user_timeout gives up on data the server never acknowledges. The scan screens then
go offline (their journal) instead of hanging on a dead socket.

CARRIER_PG_DEAD_AFTER_S (default 15) is roughly how long a silent server is waited for; the
scans' answer deadline (store/deadline.py: a server that is there but never answers) is the
same time. A setting the database URL already names (?keepalives_idle=...) is kept as given."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULT_DEAD_AFTER_S = 15


def dead_after_s() -> int:
    try:
        value = int(os.environ.get("CARRIER_PG_DEAD_AFTER_S", DEFAULT_DEAD_AFTER_S))
    except ValueError:
        return DEFAULT_DEAD_AFTER_S
    return max(value, 3)


def dead_peer_args(given: Mapping[str, Any] = {}) -> dict[str, Any]:  # noqa: B006 - read only
    """libpq connection parameters for the dead-server detection, minus those in `given`."""
    dead = dead_after_s()
    idle = max(1, dead // 3)
    count = 4
    interval = max(1, (dead - idle) // count)
    args: dict[str, Any] = {"keepalives": 1, "keepalives_idle": idle,
                            "keepalives_interval": interval, "keepalives_count": count,
                            "tcp_user_timeout": dead * 1000}
    return {k: v for k, v in args.items() if k not in given}

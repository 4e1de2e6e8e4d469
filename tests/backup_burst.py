"""A workstation scanning as fast as it can (run as a separate process by the backup tests):
PICKUP, RECEIVE and SORT of every CREATED parcel, then notes on them until a stop file
appears. After each commit it appends "event_id waybill event" to the acknowledgement file
and flushes it: a line there is a scan the workstation was told was saved."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("CARRIER_ARGON2_FAST", "1")

from sqlalchemy import select  # noqa: E402

from carrier_app.core.errors import DomainError  # noqa: E402
from carrier_app.core.lifecycle import Event  # noqa: E402
from carrier_app.core.roles import Actor, Role  # noqa: E402
from carrier_app.store import UnitOfWork, open_database  # noqa: E402
from carrier_app.store.models import Parcel, User  # noqa: E402
from carrier_app.tracking.scans import append_note, append_scan  # noqa: E402


def main(url: str, acks_path: str, stop_path: str) -> None:
    db = open_database(url)
    with UnitOfWork(db) as uow:
        waybills = list(uow.session.scalars(select(Parcel.waybill_no).where(
            Parcel.status == "CREATED").order_by(Parcel.id)))
        sup = uow.session.scalars(select(User).where(User.username == "supervisor")).one()
        actor = Actor(sup.id, sup.username, Role.SUPERVISOR, station="burst", location="571")
    stop = Path(stop_path)
    with open(acks_path, "a", encoding="utf-8") as acks:
        def ack(event_id: int | None, wb: str, event: str) -> None:
            acks.write(f"{event_id} {wb} {event}\n")
            acks.flush()

        for wb in waybills:
            for event in (Event.PICKUP, Event.RECEIVE, Event.SORT):
                try:
                    with UnitOfWork(db) as uow:
                        result = append_scan(uow, actor, wb, event)
                        uow.commit()
                except DomainError:
                    break  # e.g. no sort code: not acknowledged
                ack(result.event_id, wb, event.value)
        n = 0
        while not stop.exists():
            wb = waybills[n % len(waybills)]
            with UnitOfWork(db) as uow:
                event_id = append_note(uow, actor, wb, Event.NOTE, f"burst {n}")
                uow.commit()
            ack(event_id, wb, "NOTE")
            n += 1
    db.dispose()


if __name__ == "__main__":
    main(*sys.argv[1:4])

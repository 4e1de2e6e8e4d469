"""An acknowledged scan survives kill -9: a scanning process is killed mid-run and every scan
it reported as done is in the database afterwards, with nothing half-written."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

from scan_support import make_parcels

from carrier_app.demo.seed import seed
from carrier_app.store import open_database
from carrier_app.store.schema import upgrade

SCANNER = r"""
import sys
from carrier_app.core.lifecycle import Event
from carrier_app.core.roles import Actor, Role
from carrier_app.store import UnitOfWork, open_database
from carrier_app.tracking.scans import append_scan
db = open_database(sys.argv[1])
actor = Actor(None, "t", Role.SORTER, station="crash", location="571")
for wb in sys.argv[2:]:
    with UnitOfWork(db) as uow:
        append_scan(uow, actor, wb, Event.RECEIVE)
        uow.commit()
    print(wb, flush=True)   # acknowledged only after commit returned
"""


def test_acknowledged_scans_survive_kill_9(tmp_path):
    url = f"sqlite:///{tmp_path / 'crash.db'}"
    db = open_database(url)
    upgrade(db)
    seed(db, parcels=0)
    waybills = make_parcels(db, 400)
    db.dispose()
    proc = subprocess.Popen([sys.executable, "-c", SCANNER, url, *waybills],
                            stdout=subprocess.PIPE, text=True)
    acknowledged = []
    assert proc.stdout is not None
    while len(acknowledged) < 50:
        acknowledged.append(proc.stdout.readline().strip())
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    proc.stdout.close()

    import sqlite3
    conn = sqlite3.connect(tmp_path / "crash.db")
    conn.execute("PRAGMA integrity_check")
    status = dict(conn.execute("SELECT waybill_no, status FROM parcels"))
    received = {wb for wb, s in status.items() if s == "RECEIVED"}
    assert set(acknowledged) <= received
    # every parcel that moved has exactly its event, every piece agrees with its parcel
    events = dict(conn.execute(
        "SELECT p.waybill_no, count(e.id) FROM parcels p JOIN scan_events e "
        "ON e.parcel_id = p.id AND e.event = 'RECEIVE' GROUP BY p.waybill_no"))
    assert set(events) == received and set(events.values()) == {1}
    assert conn.execute("SELECT count(*) FROM pieces pc JOIN parcels p ON p.id = pc.parcel_id "
                        "WHERE pc.status != p.status").fetchone() == (0,)
    conn.close()

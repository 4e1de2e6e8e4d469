"""Upgrading from every earlier schema revision keeps all data (issue 15 item 7).

For each published revision R: a new database is migrated to R, one row is written into
every table that exists at R (plain INSERTs against the schema as it is at R, read back
from the database itself: columns, types, foreign keys), then it is upgraded to the newest
revision. Every row is still there with the values written, and the app reads the parcel
(tracking, search), the network and the user. Runs on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

import pytest
from alembic.config import Config
from alembic.script import ScriptDirectory
from sqlalchemy import (
    Boolean, Date, DateTime, Integer, LargeBinary, MetaData, Numeric, String, Table, Text,
    insert, select,
)

from alembic import command
from carrier_app.auth.service import list_users
from carrier_app.core import s10
from carrier_app.network.service import locations
from carrier_app.store import Database, UnitOfWork
from carrier_app.store.schema import MIGRATIONS, check, head_revision, upgrade
from carrier_app.tracking.history import track
from carrier_app.tracking.search import search_parcels


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def _earlier_revisions() -> list[str]:
    script = ScriptDirectory.from_config(_config())
    revs = [r.revision for r in script.walk_revisions()]  # newest first
    return list(reversed(revs))[:-1]


EARLIER = _earlier_revisions()
WAYBILL = s10.make("AA", 1)  # AA000000014CN
AT = datetime(2026, 3, 1, 8, 30, tzinfo=UTC)

#: The values that matter, per table and column; the rest of a NOT NULL column is filled by
#: its type. Columns a revision does not have yet are left out.
KNOWN: dict[str, dict[str, Any]] = {
    "hubs": {"code": "571", "name": "杭州转运中心", "city": "杭州市", "active": True},
    "branches": {"number": "12", "code": "571-12", "name": "西湖营业部", "active": True},
    "routes": {"number": "01", "name": "西湖 1 线", "active": True},
    "couriers": {"code": "C5711201", "name": "王磊", "capacity": 60, "active": True},
    "users": {"username": "keeper", "display_name": "Keeper", "role": "supervisor",
              "password_hash": "$argon2id$v=19$m=256,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo",
              "active": True, "failed_logins": 0},
    "merchants": {"code": "M001", "name": "杭州云杉服饰", "fee_per_parcel_fen": 300},
    "parcels": {"waybill_no": WAYBILL, "status": "CREATED", "recipient_name": "张三",
                "recipient_phone": "13812345678", "recipient_phone_last4": "5678",
                "recipient_address": "文三路 90 号",
                "sort_code": "571-12-01", "pieces": 1, "weight_g": 1200, "cod_fen": 5990,
                "order_ref": "ORD-1", "last_location": "571-12", "is_return": False,
                "failed_attempts": 0},
    "pieces": {"piece_no": 1, "status": "CREATED", "last_location": "571-12"},
    "scan_events": {"event": "CREATE", "status_after": "CREATED", "location_code": "571-12",
                    "station": "ws-1", "message": "made before the upgrade", "details": "{}"},
}


def _filler(column: Any, table: str, n: int) -> Any:
    t = column.type
    if isinstance(t, Boolean):
        return False
    if isinstance(t, DateTime):
        return AT
    if isinstance(t, Date):
        return date(2026, 3, 1)
    if isinstance(t, (Integer, Numeric)):
        return 1 if column.name.endswith(("count", "pieces", "capacity")) else 0
    if isinstance(t, LargeBinary):
        return b"\x01"
    if isinstance(t, (String, Text)):
        length = getattr(t, "length", None) or 40
        return f"{table[:3]}{n}"[:length]
    return None


def _order(meta: MetaData) -> list[Table]:
    return [t for t in meta.sorted_tables if t.name != "alembic_version"]


def _write_one_row_per_table(db: Database) -> dict[str, dict[str, Any]]:
    """One row in every table of the schema as it is now; returns what was written."""
    meta = MetaData()
    written: dict[str, dict[str, Any]] = {}
    ids: dict[str, Any] = {}
    with db.engine.begin() as conn:
        meta.reflect(conn)
        for n, table in enumerate(_order(meta)):
            row: dict[str, Any] = {}
            for col in table.columns:
                fks = list(col.foreign_keys)
                if fks:
                    target = fks[0].column.table.name
                    if target in ids:
                        row[col.name] = ids[target]
                    elif not col.nullable:
                        pytest.fail(f"{table.name}.{col.name} -> {target}: no row yet")
                    continue
                if col.name in KNOWN.get(table.name, {}):
                    row[col.name] = KNOWN[table.name][col.name]
                elif col.primary_key and isinstance(col.type, Integer):
                    continue  # its own id
                elif not col.nullable and col.server_default is None:
                    row[col.name] = _filler(col, table.name, n)
            result = conn.execute(insert(table).values(row))
            pk = list(table.primary_key.columns)
            if len(pk) == 1:
                key = pk[0].name
                ids[table.name] = row.get(key, (result.inserted_primary_key or [None])[0])
            written[table.name] = row
    return written


def _counts(db: Database, tables: dict[str, Any]) -> dict[str, int]:
    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        return {name: len(conn.execute(select(meta.tables[name])).all()) for name in tables}


@pytest.mark.parametrize("revision", EARLIER)
def test_upgrading_from_an_earlier_revision_keeps_every_row(bare_db, revision, actor):
    db = bare_db
    with db.engine.connect() as conn:
        raw = conn.connection.driver_connection if db.is_sqlite else None
        if raw is not None:  # as store.schema.upgrade runs migrations on SQLite
            raw.execute("PRAGMA foreign_keys=OFF")
        with conn.begin():
            cfg = _config()
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        if raw is not None:
            raw.execute("PRAGMA foreign_keys=ON")
    written = _write_one_row_per_table(db)
    assert {"hubs", "parcels", "scan_events", "users"} <= set(written)
    before = _counts(db, written)

    upgrade(db)
    assert check(db) == "ok" and head_revision() != revision

    meta = MetaData()
    with db.engine.connect() as conn:
        meta.reflect(conn)
        for name, row in written.items():
            table = meta.tables[name]
            stored = conn.execute(select(table)).mappings().all()
            assert len(stored) == before[name], f"{name}: {len(stored)} rows after the upgrade"
            known = {c: v for c, v in row.items() if c in KNOWN.get(name, {})}
            assert any(all(r[c] == v for c, v in known.items()) for r in stored), name
    reader = actor("supervisor", location="571-12")
    with UnitOfWork(db) as uow:
        history = track(uow, reader, WAYBILL)
    assert (history.waybill_no, history.status, history.recipient_name) == \
        (WAYBILL, "CREATED", "张三")
    assert [e.message for e in history.events] == ["made before the upgrade"]
    with UnitOfWork(db) as uow:
        assert [h.waybill_no for h in search_parcels(uow, reader, "5678").hits] == [WAYBILL]
        assert {"571", "571-12"} <= {loc.code for loc in locations(uow)}
        assert "keeper" in {u.username for u in list_users(uow, actor("admin"))}

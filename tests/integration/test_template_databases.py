"""The tests' migrated databases are copies of one Alembic upgrade per test process
(conftest: `_sqlite_template`, `_pg_template`): a copy must be exactly what upgrade() makes on
an empty database - the same tables, columns, keys, indexes, sequences and rows."""

from __future__ import annotations

import sqlite3

from conftest import PgSchema, pg_dump_sql
from sqlalchemy import text

from carrier_app.store import Database, open_database
from carrier_app.store.schema import check, upgrade


def _sqlite_dump(db: Database) -> list[str]:
    conn = sqlite3.connect(db.url.database or "")
    try:
        mode = conn.execute("PRAGMA journal_mode").fetchone()
        return [*conn.iterdump(), f"journal_mode={mode}"]
    finally:
        conn.close()


def _pg_dump(db: Database) -> str:
    with db.engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    dumped = pg_dump_sql(schema)
    assert dumped is not None, "pg_dump is needed on PATH (the backups need it too)"
    # the header names pg_dump's and the server's versions; the schema name is the test's own
    return "\n".join(line for line in dumped.replace(schema, "S").splitlines()
                     if not line.startswith("-- Dumped "))


def test_a_migrated_database_is_what_upgrade_makes(db, tmp_path):
    assert check(db) == "ok"
    if db.is_sqlite:
        fresh = open_database(f"sqlite:///{tmp_path / 'fresh.db'}")
        upgrade(fresh)
        fresh.dispose()
        db.dispose()
        assert _sqlite_dump(db) == _sqlite_dump(fresh)
        assert len(_sqlite_dump(db)) > 100
        return
    schema = PgSchema()
    try:
        fresh = schema.open()
        try:
            upgrade(fresh)
            copied, migrated = _pg_dump(db), _pg_dump(fresh)
        finally:
            fresh.dispose()
        assert copied == migrated
        assert copied.count("CREATE TABLE") > 40
    finally:
        schema.drop()

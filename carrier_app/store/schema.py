"""Create / migrate the schema with Alembic, and refuse a schema newer than this app."""

from __future__ import annotations

from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.exc import DBAPIError

from alembic import command
from carrier_app.config import bundle_dir
from carrier_app.core.errors import SchemaTooNew
from carrier_app.store.engine import Database
from carrier_app.store.errors import translate

MIGRATIONS = bundle_dir() / "carrier_app" / "store" / "migrations"


def _config() -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    try:
        with db.engine.connect() as conn:
            return MigrationContext.configure(conn).get_current_revision()
    except DBAPIError as exc:
        raise translate(exc, db.url) from exc


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def check(db: Database) -> str:
    """'ok', 'empty' (no schema yet) or 'behind'; raises SchemaTooNew for an unknown revision."""
    current = current_revision(db)
    if current is None:
        return "empty"
    if current not in known_revisions():
        raise SchemaTooNew(
            f"The database schema ({current}) is newer than this version of carrier_app "
            f"knows (latest {head_revision()}). Update the application before using this "
            "database.", current=current, head=head_revision(), reason="schema_newer")
    return "ok" if current == head_revision() else "behind"


def upgrade(db: Database) -> None:
    """Bring the schema to the newest revision (creates it on an empty database)."""
    check(db)
    cfg = _config()
    try:
        with db.engine.connect() as conn:
            # SQLite rebuilds a table to alter it (batch mode): with foreign_keys=ON the DROP of
            # a table other rows point at is refused. SQLite's own procedure: keys off outside
            # the transaction, rebuild, check every key, keys on again.
            raw = conn.connection.driver_connection if db.is_sqlite else None
            if raw is not None:
                raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.begin():
                    cfg.attributes["connection"] = conn
                    command.upgrade(cfg, "head")
                    if raw is not None:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise RuntimeError(f"migration left {len(broken)} broken "
                                               f"reference(s), first {tuple(broken[0])}")
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys=ON")
    except DBAPIError as exc:
        raise translate(exc, db.url) from exc


def ensure_current(db: Database) -> None:
    """At start: migrate an empty or older schema; refuse a newer one."""
    if check(db) != "ok":
        upgrade(db)

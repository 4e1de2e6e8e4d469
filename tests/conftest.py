"""Shared fixtures: a real database on SQLite and on PostgreSQL, demo network, actors.

Qt runs offscreen (set here, before any Qt import). PostgreSQL is the local server on
127.0.0.1:5432 (override with CARRIER_TEST_PG_URL); each test gets its own schema so runs
never collide. Under CI=true an unreachable PostgreSQL fails the test instead of skipping.

A migrated database is the schema Alembic made once per test process, copied (see
`_sqlite_template` and `_pg_template`); CARRIER_TEST_MIGRATE_EACH=1 migrates each test's
database with Alembic instead.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CARRIER_ARGON2_FAST", "1")  # test-only: cheap hashes, same code path

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from carrier_app.core.roles import Actor, Role
from carrier_app.store import Database, open_database
from carrier_app.store.schema import upgrade

#: Screenshots and rendered pages the tests save for people to look at (git-ignored); made
#: here once so no test depends on another having run first.
SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"
SCREENSHOTS.mkdir(exist_ok=True)

PG_URL = os.environ.get("CARRIER_TEST_PG_URL",
                        "postgresql+psycopg://postgres@127.0.0.1:5432/test")
IN_CI = os.environ.get("CI", "").lower() in ("1", "true", "yes")
MIGRATE_EACH = os.environ.get("CARRIER_TEST_MIGRATE_EACH") == "1"

_pg_ok: bool | None = None


def pg_available() -> bool:
    global _pg_ok
    if _pg_ok is None:
        try:
            eng = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with eng.connect() as conn:
                conn.execute(text("select 1"))
            eng.dispose()
            _pg_ok = True
        except Exception:  # noqa: BLE001 - any failure means "not reachable"
            _pg_ok = False
    return _pg_ok


def require_pg() -> None:
    if not pg_available():
        if IN_CI:
            pytest.fail(f"PostgreSQL at {PG_URL} is unreachable (required under CI)")
        pytest.skip(f"PostgreSQL at {PG_URL} is unreachable")


class PgSchema:
    """A throw-away schema in the test database; `migrated`: at the newest revision."""

    def __init__(self, *, migrated: bool = False) -> None:
        self.name = f"t_{uuid.uuid4().hex[:12]}"
        self._admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        script = _pg_template() if migrated and not MIGRATE_EACH else None
        with self._admin.connect() as conn:
            if script is None:
                conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
            else:  # the dump's statements as they are: no parameters, so no placeholders
                conn.connection.driver_connection.execute(  # type: ignore[union-attr]
                    script.replace(_TEMPLATE_SCHEMA, self.name))
        self.url = PG_URL
        if migrated and script is None:
            database = self.open()
            try:
                upgrade(database)
            finally:
                database.dispose()

    def open(self, **kwargs: object) -> Database:
        return open_database(self.url, search_path=self.name, **kwargs)  # type: ignore[arg-type]

    def drop(self) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.name}" CASCADE'))
        self._admin.dispose()


# --- the migrated schema, made once per test process and copied for each test ---------------
# Alembic through every revision costs ~0.13 s on SQLite and ~0.5 s on PostgreSQL, before each
# of some 900 tests. The same upgrade() runs once here and each test gets a copy of what it
# made: SQLite the file, PostgreSQL pg_dump's plain SQL of the schema (tables, keys, indexes,
# sequences and the rows the migrations insert) run again under the test's schema name, ~0.17 s.
# The migrations themselves are tested revision by revision on `bare_db` (test_migrations,
# test_migration_upgrades); test_template_databases checks a copy is what upgrade() makes.
_TEMPLATE_SCHEMA = "carrier_template_schema"


@functools.cache
def _sqlite_template() -> bytes:
    """The bytes of an SQLite file upgrade() migrated (closed: no -wal beside it)."""
    with tempfile.TemporaryDirectory(prefix="carrier-template-") as folder:
        path = Path(folder) / "template.db"
        database = open_database(f"sqlite:///{path}")
        try:
            upgrade(database)
        finally:
            database.dispose()
        assert not path.with_name(path.name + "-wal").exists(), "template still open"
        return path.read_bytes()


def pg_dump_sql(schema: str) -> str | None:
    """pg_dump's plain SQL of `schema` with its rows as INSERTs (psql's backslash lines left
    out: it runs as one simple query); None without a pg_dump that can dump this server."""
    tool = shutil.which("pg_dump")
    if tool is None:
        return None
    url = make_url(PG_URL).set(drivername="postgresql").render_as_string(hide_password=False)
    done = subprocess.run([tool, "--no-owner", "--no-privileges", "--inserts",
                           f"--schema={schema}", f"--dbname={url}"],
                          capture_output=True, text=True, check=False)
    if done.returncode != 0:
        return None
    return "\n".join(line for line in done.stdout.splitlines() if not line.startswith("\\"))


@functools.cache
def _pg_template() -> str | None:
    """The SQL that makes a migrated schema named _TEMPLATE_SCHEMA; None: migrate each."""
    schema = PgSchema(migrated=False)
    try:
        database = schema.open()
        try:
            upgrade(database)
        finally:
            database.dispose()
        script = pg_dump_sql(schema.name)
    finally:
        schema.drop()
    return None if script is None else script.replace(schema.name, _TEMPLATE_SCHEMA)


def _sqlite(tmp_path: Path, *, migrated: bool = False) -> Database:
    path = tmp_path / "carrier.db"
    if migrated and not MIGRATE_EACH:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)  # as open_database makes it
        with os.fdopen(fd, "wb") as f:
            f.write(_sqlite_template())
    database = open_database(f"sqlite:///{path}")
    if migrated and MIGRATE_EACH:
        upgrade(database)
    return database


def _database(kind: str, tmp_path: Path, *, migrate: bool) -> Iterator[Database]:
    if kind == "sqlite":
        database = _sqlite(tmp_path, migrated=migrate)
        yield database
        database.dispose()
        return
    require_pg()
    schema = PgSchema(migrated=migrate)
    database = schema.open()
    try:
        yield database
    finally:
        database.dispose()
        schema.drop()


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """A migrated, empty database; each test runs once on SQLite and once on PostgreSQL."""
    yield from _database(request.param, tmp_path, migrate=True)


@pytest.fixture(params=["sqlite", "postgresql"])
def bare_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    """As `db`, without any schema (the migration tests build it revision by revision)."""
    yield from _database(request.param, tmp_path, migrate=False)


@pytest.fixture
def pg_schema() -> Iterator[PgSchema]:
    """A migrated PostgreSQL schema for tests that open several connections themselves."""
    require_pg()
    schema = PgSchema(migrated=True)
    yield schema
    schema.drop()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = _sqlite(tmp_path, migrated=True)
    yield database
    database.dispose()


@pytest.fixture
def demo_db(db: Database) -> Database:
    """`db` with the demo network and users, no parcels."""
    from carrier_app.demo.seed import seed
    seed(db, parcels=0)
    return db


@pytest.fixture
def demo_sqlite(sqlite_db: Database) -> Database:
    from carrier_app.demo.seed import seed
    seed(sqlite_db, parcels=0)
    return sqlite_db


@pytest.fixture
def actor() -> Callable[..., Actor]:
    """actor(role="supervisor", location="571") -> an Actor that did not need to log in."""
    def make(role: str = "supervisor", location: str = "571", user_id: int | None = None,
             station: str = "test-station") -> Actor:
        return Actor(user_id, role if isinstance(role, str) else role.value, Role(role),
                     station=station, location=location)
    return make

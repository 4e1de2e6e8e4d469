"""Shared fixtures: a real database on SQLite and on PostgreSQL, demo network, actors.

Qt runs offscreen (set here, before any Qt import). PostgreSQL is the local server on
127.0.0.1:5432 (override with CARRIER_TEST_PG_URL); each test gets its own schema so runs
never collide. Under CI=true an unreachable PostgreSQL fails the test instead of skipping.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("CARRIER_ARGON2_FAST", "1")  # test-only: cheap hashes, same code path

import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

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
    """A throw-away schema in the test database, migrated to head."""

    def __init__(self) -> None:
        self.name = f"t_{uuid.uuid4().hex[:12]}"
        self._admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
        with self._admin.connect() as conn:
            conn.execute(text(f'CREATE SCHEMA "{self.name}"'))
        self.url = PG_URL

    def open(self, **kwargs: object) -> Database:
        return open_database(self.url, search_path=self.name, **kwargs)  # type: ignore[arg-type]

    def drop(self) -> None:
        with self._admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{self.name}" CASCADE'))
        self._admin.dispose()


def _sqlite(tmp_path: Path) -> Database:
    return open_database(f"sqlite:///{tmp_path / 'carrier.db'}")


def _database(kind: str, tmp_path: Path, *, migrate: bool) -> Iterator[Database]:
    if kind == "sqlite":
        database = _sqlite(tmp_path)
        if migrate:
            upgrade(database)
        yield database
        database.dispose()
        return
    require_pg()
    schema = PgSchema()
    database = schema.open()
    try:
        if migrate:
            upgrade(database)
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
    schema = PgSchema()
    database = schema.open()
    upgrade(database)
    database.dispose()
    yield schema
    schema.drop()


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = _sqlite(tmp_path)
    upgrade(database)
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

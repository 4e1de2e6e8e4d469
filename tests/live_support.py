"""Live-update tests: the URL another process opens for the same database (PostgreSQL: the
test's schema in the URL's options, as a depot workstation names its database)."""

from __future__ import annotations

from sqlalchemy import text

from carrier_app.store import Database
from tests.conftest import PG_URL


def cli_url(db: Database) -> str:
    if db.is_sqlite:
        return db.url.render_as_string(hide_password=False)
    with db.engine.connect() as conn:
        schema = conn.execute(text("SELECT current_schema()")).scalar_one()
    return f"{PG_URL}?options=-csearch_path%3D{schema}"

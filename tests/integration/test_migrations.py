"""The Alembic history builds exactly the schema the models describe, on both databases,
and can be walked down to nothing and up again."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.config import Config
from sqlalchemy import inspect

from alembic import command
from carrier_app.store.models import Base
from carrier_app.store.schema import MIGRATIONS, check, head_revision


def _diff(db):
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        return compare_metadata(ctx, Base.metadata)


def test_migrated_schema_matches_the_models(db):
    assert check(db) == "ok"
    assert _diff(db) == []


def test_downgrade_to_base_and_up_again(db):
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    with db.engine.connect() as conn:
        assert set(inspect(conn).get_table_names()) <= {"alembic_version"}
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    assert check(db) == "ok" and head_revision()
    assert _diff(db) == []

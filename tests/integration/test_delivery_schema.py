"""Migration 0004 creates exactly what store/models/delivery.py declares."""

from __future__ import annotations

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from carrier_app.store.models import Base
from carrier_app.store.models import delivery

TABLES = {m.__tablename__ for m in vars(delivery).values()
          if isinstance(m, type) and issubclass(m, Base) and m is not Base}


def _table(diff) -> str | None:  # type: ignore[no-untyped-def]
    op = diff[0] if isinstance(diff, list) else diff
    for item in op[1:]:
        name = getattr(item, "name", None) if not isinstance(item, str) else item
        table = getattr(item, "table", None)
        if table is not None:
            return table.name
        if name in TABLES:
            return name
    return None


def test_migration_matches_models(db):
    assert len(TABLES) == 10
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = [d for d in compare_metadata(ctx, Base.metadata) if _table(d) in TABLES]
    assert diffs == []

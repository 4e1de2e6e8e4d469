"""waybill client key: idempotent creation per form session (issue 10 item 3)

Revision ID: 0009
Revises: 0008

A nullable, unique key the creating client sends with a new waybill: a second create with the
same key (Ctrl+S twice, a double click racing itself) finds the first waybill instead of making
a duplicate. Imported and older waybills have none.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A column and a unique index, not a unique constraint: on SQLite a constraint means a
    # batch copy of parcels, whose DROP TABLE foreign_keys=ON refuses once rows point at it.
    op.add_column("parcels", sa.Column("client_key", sa.String(length=64), nullable=True))
    op.create_index("ix_parcels_client_key", "parcels", ["client_key"], unique=True)


def downgrade() -> None:
    op.drop_index("ix_parcels_client_key", table_name="parcels")
    drop_column("parcels", "client_key")


def drop_column(table: str, name: str) -> None:
    """SQLite 3.35+: ALTER TABLE DROP COLUMN in place (no batch copy, see upgrade)."""
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
    else:
        op.drop_column(table, name)

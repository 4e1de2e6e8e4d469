"""location: parcels.forwarded_at, the off-path place a missorted parcel was forwarded from
(issue 10 item 2)

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("parcels", sa.Column("forwarded_at", sa.String(length=16), nullable=True))


def downgrade() -> None:
    # In place on SQLite: a batch copy of parcels is refused by foreign_keys=ON once rows
    # point at it.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE parcels DROP COLUMN forwarded_at")
    else:
        op.drop_column("parcels", "forwarded_at")

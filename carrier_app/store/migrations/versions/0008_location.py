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
    with op.batch_alter_table("parcels") as batch:
        batch.add_column(sa.Column("forwarded_at", sa.String(length=16), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("parcels") as batch:
        batch.drop_column("forwarded_at")

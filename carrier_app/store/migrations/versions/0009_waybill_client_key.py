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
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("client_key", sa.String(length=64), nullable=True))
        batch_op.create_unique_constraint(batch_op.f("uq_parcels_client_key"), ["client_key"])


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("uq_parcels_client_key"), type_="unique")
        batch_op.drop_column("client_key")

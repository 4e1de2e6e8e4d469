"""search: the recipient phone's last four digits and prefix indexes (issue 13 item 4)

Revision ID: 0012
Revises: 0011

parcels.recipient_phone_last4 (indexed, filled here for the rows already there: phones are
stored as digits), and indexes for prefix searches by merchant order ref and recipient name
(PostgreSQL: text_pattern_ops, so LIKE 'x%' uses them whatever the collation).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # In place (ALTER TABLE ADD COLUMN, CREATE INDEX), never a batch copy of parcels: SQLite's
    # copy drops the old table, which foreign_keys=ON refuses once rows point at it.
    op.add_column("parcels", sa.Column("recipient_phone_last4", sa.String(length=4),
                                       nullable=True))
    op.execute("UPDATE parcels SET recipient_phone_last4 = "
               "substr(recipient_phone, length(recipient_phone) - 3) "
               "WHERE length(recipient_phone) >= 4")
    op.create_index(op.f("ix_parcels_recipient_phone_last4"), "parcels",
                    ["recipient_phone_last4"], unique=False)
    op.create_index("ix_parcels_order_ref_prefix", "parcels", ["order_ref"], unique=False,
                    postgresql_ops={"order_ref": "text_pattern_ops"})
    op.create_index("ix_parcels_recipient_name_prefix", "parcels", ["recipient_name"],
                    unique=False, postgresql_ops={"recipient_name": "text_pattern_ops"})


def downgrade() -> None:
    op.drop_index("ix_parcels_recipient_name_prefix", table_name="parcels")
    op.drop_index("ix_parcels_order_ref_prefix", table_name="parcels")
    op.drop_index(op.f("ix_parcels_recipient_phone_last4"), table_name="parcels")
    # SQLite 3.35+: a plain DROP COLUMN (as 0008 and 0010 do), not a batch copy.
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE parcels DROP COLUMN recipient_phone_last4")
    else:
        op.drop_column("parcels", "recipient_phone_last4")

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
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("recipient_phone_last4", sa.String(length=4),
                                      nullable=True))
    op.execute("UPDATE parcels SET recipient_phone_last4 = "
               "substr(recipient_phone, length(recipient_phone) - 3) "
               "WHERE length(recipient_phone) >= 4")
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_parcels_recipient_phone_last4"),
                              ["recipient_phone_last4"], unique=False)
        batch_op.create_index("ix_parcels_order_ref_prefix", ["order_ref"], unique=False,
                              postgresql_ops={"order_ref": "text_pattern_ops"})
        batch_op.create_index("ix_parcels_recipient_name_prefix", ["recipient_name"],
                              unique=False,
                              postgresql_ops={"recipient_name": "text_pattern_ops"})


def downgrade() -> None:
    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.drop_index("ix_parcels_recipient_name_prefix")
        batch_op.drop_index("ix_parcels_order_ref_prefix")
        batch_op.drop_index(batch_op.f("ix_parcels_recipient_phone_last4"))
        batch_op.drop_column("recipient_phone_last4")

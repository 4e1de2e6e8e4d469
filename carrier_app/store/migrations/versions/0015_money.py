"""money at delivery: 到付 freight collected on the proof of delivery and counted in the
cash-up; freight charged back to the sender when a 到付 parcel goes back (issue 14 item 5)

Revision ID: 0015
Revises: 0014

Plain ADD COLUMN (no batch copy of a
table other rows point at, see 0010). Existing proofs and cash-up lines collected no freight.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("proofs_of_delivery", sa.Column("freight_fen", sa.Integer(), nullable=False,
                                                  server_default="0"))
    op.add_column("cash_up_parcels", sa.Column("freight_fen", sa.Integer(), nullable=False,
                                               server_default="0"))
    op.create_table(
        "freight_charges",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=True),
        sa.Column("party", sa.String(length=120), nullable=False),
        sa.Column("amount_fen", sa.Integer(), nullable=False),
        sa.Column("reason", sa.String(length=40), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"],
                                name=op.f("fk_freight_charges_parcel_id_parcels")),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"],
                                name=op.f("fk_freight_charges_merchant_id_merchants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_freight_charges")),
        sa.UniqueConstraint("parcel_id", name=op.f("uq_freight_charges_parcel_id")))
    op.create_index(op.f("ix_freight_charges_merchant_id"), "freight_charges", ["merchant_id"],
                    unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_freight_charges_merchant_id"), table_name="freight_charges")
    op.drop_table("freight_charges")
    for table in ("cash_up_parcels", "proofs_of_delivery"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE {table} DROP COLUMN freight_fen")
        else:
            op.drop_column(table, "freight_fen")

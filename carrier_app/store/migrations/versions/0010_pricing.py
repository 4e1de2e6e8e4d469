"""pricing: rate cards, a parcel's price and payer, merchant discount (issue 14)

Revision ID: 0010
Revises: 0009

Self-contained (the lead relinks the chain when merging). Existing parcels stay unpriced
(freight_fen NULL); their payer is MONTHLY for a merchant's parcel (the merchant is charged,
as the per-parcel fee did), SENDER_CASH for a walk-in's.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "rate_cards",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("service", sa.String(length=16), nullable=False),
        sa.Column("origin", sa.String(length=40), nullable=False),
        sa.Column("destination", sa.String(length=40), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=True),
        sa.Column("first_g", sa.Integer(), nullable=False),
        sa.Column("first_fen", sa.Integer(), nullable=False),
        sa.Column("step_g", sa.Integer(), nullable=False),
        sa.Column("step_fen", sa.Integer(), nullable=False),
        sa.Column("volumetric_divisor", sa.Integer(), nullable=False),
        sa.Column("min_charge_fen", sa.Integer(), nullable=False),
        sa.Column("remote_fen", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"],
                                name=op.f("fk_rate_cards_merchant_id_merchants")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rate_cards")),
    )
    with op.batch_alter_table("rate_cards", schema=None) as batch_op:
        batch_op.create_index("ix_rate_cards_service", ["service", "merchant_id"], unique=False)

    with op.batch_alter_table("parcels", schema=None) as batch_op:
        batch_op.add_column(sa.Column("payer", sa.String(length=12), nullable=False,
                                      server_default="SENDER_CASH"))
        batch_op.add_column(sa.Column("chargeable_weight_g", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("freight_fen", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("surcharge_fen", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("discount_fen", sa.Integer(), nullable=False,
                                      server_default="0"))
        batch_op.add_column(sa.Column("insurance_fen", sa.Integer(), nullable=False,
                                      server_default="0"))
    op.execute("UPDATE parcels SET payer = 'MONTHLY' WHERE merchant_id IS NOT NULL")

    with op.batch_alter_table("merchants", schema=None) as batch_op:
        batch_op.add_column(sa.Column("discount_bp", sa.Integer(), nullable=False,
                                      server_default="0"))
    with op.batch_alter_table("receipts", schema=None) as batch_op:
        batch_op.add_column(sa.Column("price_diff_fen", sa.Integer(), nullable=True))


def _drop_columns(table: str, *names: str) -> None:
    """SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy of the table - the
    copy drops the old table, which foreign_keys=ON refuses while other rows point at it
    (parcels, merchants with data)."""
    if op.get_bind().dialect.name == "sqlite":
        for name in names:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        return
    for name in names:
        op.drop_column(table, name)


def downgrade() -> None:
    _drop_columns("receipts", "price_diff_fen")
    _drop_columns("merchants", "discount_bp")
    _drop_columns("parcels", "insurance_fen", "discount_fen", "surcharge_fen", "freight_fen",
                  "chargeable_weight_g", "payer")
    with op.batch_alter_table("rate_cards", schema=None) as batch_op:
        batch_op.drop_index("ix_rate_cards_service")
    op.drop_table("rate_cards")

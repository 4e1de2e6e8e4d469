"""billing: the merchant's monthly freight bill (月结账单) and its netting against the COD
statement (issue 14 item 6)

Revision ID: 0018
Revises: 0017

Two new tables, one new column.
bill_lines.parcel_id is unique: a parcel is billed once. bills (merchant_id, month) is unique:
a month is issued once. bills.settlement_id: the statement the bill was netted on (once).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

_AMOUNTS = ("freight_fen", "surcharge_fen", "insurance_fen", "discount_fen", "total_fen")


def upgrade() -> None:
    op.create_table(
        "bills",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_no", sa.String(length=32), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.String(length=7), nullable=False),
        sa.Column("parcel_count", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _AMOUNTS),
        sa.Column("issued_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("issued_by", sa.String(length=40), nullable=False),
        sa.Column("settlement_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"],
                                name=op.f("fk_bills_merchant_id_merchants")),
        sa.ForeignKeyConstraint(["settlement_id"], ["settlements.id"],
                                name=op.f("fk_bills_settlement_id_settlements")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bills")),
        sa.UniqueConstraint("bill_no", name=op.f("uq_bills_bill_no")),
        sa.UniqueConstraint("merchant_id", "month", name=op.f("uq_bills_merchant_id")))
    op.create_index(op.f("ix_bills_settlement_id"), "bills", ["settlement_id"])
    op.create_table(
        "bill_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("bill_id", sa.Integer(), nullable=False),
        sa.Column("parcel_id", sa.Integer(), nullable=False),
        sa.Column("destination", sa.String(length=64), nullable=False),
        sa.Column("chargeable_weight_g", sa.Integer(), nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in _AMOUNTS),
        sa.ForeignKeyConstraint(["bill_id"], ["bills.id"],
                                name=op.f("fk_bill_lines_bill_id_bills")),
        sa.ForeignKeyConstraint(["parcel_id"], ["parcels.id"],
                                name=op.f("fk_bill_lines_parcel_id_parcels")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_bill_lines")),
        sa.UniqueConstraint("parcel_id", name=op.f("uq_bill_lines_parcel_id")))
    op.create_index(op.f("ix_bill_lines_bill_id"), "bill_lines", ["bill_id"])
    # Plain ADD COLUMN: the freight bill(s) netted on a statement, deducted from its net.
    op.add_column("settlements", sa.Column("bill_fen", sa.Integer(), nullable=False,
                                           server_default="0"))


def downgrade() -> None:
    with op.batch_alter_table("settlements") as batch:
        batch.drop_column("bill_fen")
    op.drop_index(op.f("ix_bill_lines_bill_id"), table_name="bill_lines")
    op.drop_table("bill_lines")
    op.drop_index(op.f("ix_bills_settlement_id"), table_name="bills")
    op.drop_table("bills")

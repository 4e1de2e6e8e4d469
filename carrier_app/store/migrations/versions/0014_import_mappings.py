"""import mappings: merchant files as they come (issue 12 item 5) - a saved column mapping per
merchant (or named, for a marketplace's export) and a merchant's default parcel weight for
shop exports that have no weight column

Revision ID: 0014
Revises: 0013
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "import_mappings",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("merchant_id", sa.Integer(), nullable=True),
        # JSON object: the file's header -> our field ("" = leave the column out)
        sa.Column("columns", sa.Text(), nullable=False),
        sa.Column("updated_by", sa.Integer(), nullable=True),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["merchant_id"], ["merchants.id"],
                                name=op.f("fk_import_mappings_merchant_id_merchants")),
        sa.ForeignKeyConstraint(["updated_by"], ["users.id"],
                                name=op.f("fk_import_mappings_updated_by_users")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_import_mappings")),
        sa.UniqueConstraint("name", name=op.f("uq_import_mappings_name")))
    op.create_index(op.f("ix_import_mappings_merchant_id"), "import_mappings", ["merchant_id"])
    # grams; 0 = none: a file without weights is then refused row by row
    op.add_column("merchants", sa.Column("default_weight_g", sa.Integer(), nullable=False,
                                         server_default="0"))
    op.add_column("parcels", sa.Column("weight_estimated", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))


def downgrade() -> None:
    op.drop_column("parcels", "weight_estimated")
    op.drop_column("merchants", "default_weight_g")
    op.drop_index(op.f("ix_import_mappings_merchant_id"), table_name="import_mappings")
    op.drop_table("import_mappings")

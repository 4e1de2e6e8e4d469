"""open_money: parcels.settled and parcels.billed, and a partial index on each, so a
merchant's statement and monthly bill read the parcels still open, not every parcel the
merchant ever had

Revision ID: 0020
Revises: 0019

The settlement preview read every delivered parcel of the merchant (and grouped the whole
proofs_of_delivery table) to find the few not settled yet; the bill read every MONTHLY
parcel. Two booleans (default false: instant on PostgreSQL, no rewrite of parcels), filled
from settled_parcels and bill_lines, and two partial indexes that hold only the open ones.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None

# PostgreSQL prints an IN list on a varchar column back in a form it then reads differently
# (a dump and restore would change the index); the OR is printed as it reads, and its planner
# proves it from the query's IN all the same. SQLite needs the query's own terms.
UNSETTLED = {"postgresql": "NOT settled AND (status = 'DELIVERED' OR status = 'RETURNED') "
                           "AND merchant_id IS NOT NULL",
             "sqlite": "settled = 0 AND status IN ('DELIVERED', 'RETURNED') "
                       "AND merchant_id IS NOT NULL"}
UNBILLED = {"postgresql": "NOT billed AND payer = 'MONTHLY' AND status <> 'CANCELLED'",
            "sqlite": "billed = 0 AND payer = 'MONTHLY' AND status <> 'CANCELLED'"}


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of parcels: other tables point at it).
    for name in ("settled", "billed"):
        op.add_column("parcels", sa.Column(name, sa.Boolean(), nullable=False,
                                           server_default=sa.false()))
    op.execute("UPDATE parcels SET settled = true WHERE EXISTS "
               "(SELECT 1 FROM settled_parcels s WHERE s.parcel_id = parcels.id)")
    op.execute("UPDATE parcels SET billed = true WHERE EXISTS "
               "(SELECT 1 FROM bill_lines b WHERE b.parcel_id = parcels.id)")
    op.create_index("ix_parcels_unsettled", "parcels", ["merchant_id"], unique=False,
                    postgresql_where=sa.text(UNSETTLED["postgresql"]),
                    sqlite_where=sa.text(UNSETTLED["sqlite"]))
    op.create_index("ix_parcels_unbilled", "parcels", ["merchant_id", "created_at"],
                    unique=False, postgresql_where=sa.text(UNBILLED["postgresql"]),
                    sqlite_where=sa.text(UNBILLED["sqlite"]))


def downgrade() -> None:
    op.drop_index("ix_parcels_unbilled", table_name="parcels")
    op.drop_index("ix_parcels_unsettled", table_name="parcels")
    # SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy (see 0013).
    for name in ("billed", "settled"):
        if op.get_bind().dialect.name == "sqlite":
            op.execute(f"ALTER TABLE parcels DROP COLUMN {name}")
        else:
            op.drop_column("parcels", name)

"""uncounted_deliveries: proofs_of_delivery.counted and a partial index on the deliveries
with money still to hand over, so a cash-up reads the courier's uncounted deliveries, not
every delivery ever made

Revision ID: 0021
Revises: 0020

A cash-up's new parcels were found by reading proofs_of_delivery whole (no index on the
courier): every delivery the depot ever made, on every cash-up. One boolean (default false:
instant on PostgreSQL), filled from cash_up_parcels, and a partial index on (counter pickup,
courier) that holds only the deliveries with COD or 到付 freight not yet counted: a courier's
cash-up reads his, a counter's the counter pickups.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0021"
down_revision = "0020"
branch_labels = None
depends_on = None

_MONEY = "(cod_fen > 0 OR freight_fen > 0)"
UNCOUNTED = {"postgresql": f"NOT counted AND {_MONEY}", "sqlite": f"counted = 0 AND {_MONEY}"}


def upgrade() -> None:
    op.add_column("proofs_of_delivery", sa.Column("counted", sa.Boolean(), nullable=False,
                                                  server_default=sa.false()))
    op.execute("UPDATE proofs_of_delivery SET counted = true WHERE EXISTS "
               "(SELECT 1 FROM cash_up_parcels c WHERE c.parcel_id = proofs_of_delivery.parcel_id)")
    op.create_index("ix_proofs_of_delivery_uncounted", "proofs_of_delivery",
                    ["counter_pickup", "courier_id"],
                    unique=False, postgresql_where=sa.text(UNCOUNTED["postgresql"]),
                    sqlite_where=sa.text(UNCOUNTED["sqlite"]))


def downgrade() -> None:
    op.drop_index("ix_proofs_of_delivery_uncounted", table_name="proofs_of_delivery")
    # SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy (see 0013).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE proofs_of_delivery DROP COLUMN counted")
    else:
        op.drop_column("proofs_of_delivery", "counted")

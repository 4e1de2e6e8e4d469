"""courier_loads: a partial index on the parcels a courier carries now, so scan-to-assign
counts the courier's load from his own rows

Revision ID: 0022
Revises: 0021

Every assignment counts the parcels its courier carries (ASSIGNED or OUT_FOR_DELIVERY) to
hold his capacity. parcels had no index on courier_id: the count read every parcel assigned
or out for delivery in the whole network (the status index) and kept the courier's. The
index holds only the carried parcels, so it stays as small as the parcels on the road, and a
parcel enters it twice in its life (assigned, out), not on every scan.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0022"
down_revision = "0021"
branch_labels = None
depends_on = None

# PostgreSQL: the OR, printed back as it reads (an IN list would not survive a dump and
# restore, see 0020); SQLite: the query's own terms.
CARRIED = {"postgresql": "(status = 'ASSIGNED' OR status = 'OUT_FOR_DELIVERY')",
           "sqlite": "status IN ('ASSIGNED', 'OUT_FOR_DELIVERY')"}


def upgrade() -> None:
    op.create_index("ix_parcels_carried", "parcels", ["courier_id"], unique=False,
                    postgresql_where=sa.text(CARRIED["postgresql"]),
                    sqlite_where=sa.text(CARRIED["sqlite"]))


def downgrade() -> None:
    op.drop_index("ix_parcels_carried", table_name="parcels")

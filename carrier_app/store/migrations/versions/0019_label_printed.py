"""label_printed: when a waybill's label was first printed, so a second print of it - from a
screen or from the command line - is a reprint (补打, REPRINT event, audited)

Revision ID: 0019
Revises: 0018

One new column, parcels.label_printed_at (NULL: never printed). Filled for the labels the
print queue (print_jobs, 0016) or a REPRINT event already shows as printed: a label job's ref
starts with the (first) waybill number; a REPRINT event is on its parcel.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMN (no batch copy of parcels: other tables point at it).
    op.add_column("parcels", sa.Column("label_printed_at", sa.DateTime(timezone=True),
                                       nullable=True))
    bind = op.get_bind()
    parcels = sa.table("parcels", sa.column("id", sa.Integer()),
                       sa.column("waybill_no", sa.String()),
                       sa.column("label_printed_at", sa.DateTime(timezone=True)))
    jobs = sa.table("print_jobs", sa.column("kind", sa.String()), sa.column("ref", sa.String()),
                    sa.column("at", sa.DateTime(timezone=True)))
    events = sa.table("scan_events", sa.column("parcel_id", sa.Integer()),
                      sa.column("event", sa.String()),
                      sa.column("occurred_at", sa.DateTime(timezone=True)))
    waybill = sa.func.substr(jobs.c.ref, 1, 13)
    by_waybill = bind.execute(sa.select(waybill, sa.func.min(jobs.c.at))
                              .where(jobs.c.kind == "label").group_by(waybill)).all()
    if by_waybill:
        bind.execute(parcels.update().where(parcels.c.waybill_no == sa.bindparam("wb"),
                                            parcels.c.label_printed_at.is_(None))
                     .values(label_printed_at=sa.bindparam("at")),
                     [{"wb": wb, "at": at} for wb, at in by_waybill])
    by_parcel = bind.execute(sa.select(events.c.parcel_id, sa.func.min(events.c.occurred_at))
                             .where(events.c.event == "REPRINT")
                             .group_by(events.c.parcel_id)).all()
    if by_parcel:
        bind.execute(parcels.update().where(parcels.c.id == sa.bindparam("pid"),
                                            parcels.c.label_printed_at.is_(None))
                     .values(label_printed_at=sa.bindparam("at")),
                     [{"pid": pid, "at": at} for pid, at in by_parcel])


def downgrade() -> None:
    # SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy (see 0013).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE parcels DROP COLUMN label_printed_at")
    else:
        op.drop_column("parcels", "label_printed_at")

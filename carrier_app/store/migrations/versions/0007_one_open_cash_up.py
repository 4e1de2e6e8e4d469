"""one open cash-up per courier and per branch counter (issue 11)

Revision ID: 0007
Revises: 0006

Partial unique indexes (SQLite and PostgreSQL both have them): at most one cash-up not yet
CLOSED per courier, and per branch counter. Without them, finance clerks opening a courier's
cash-up at the same moment on PostgreSQL could leave two open cash-ups, each with part of the
COD. Such leftovers are cleared first: an extra OPEN cash-up has had nothing declared, so it
is removed and its parcels become uncounted again (the next open counts them); extras that
were already declared (PENDING) need a person, and the upgrade says which.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

OPEN = "status <> 'CLOSED'"


def _clear_duplicates(owner: str, extra_where: str = "") -> None:
    bind = op.get_bind()
    rows = bind.execute(sa.text(
        f"SELECT id, {owner}, status FROM cash_ups WHERE {OPEN} AND {owner} IS NOT NULL "
        f"{extra_where} ORDER BY {owner}, id")).all()
    seen: dict[int, int] = {}
    drop: list[int] = []
    stuck: list[int] = []
    for cid, who, status in rows:
        if who not in seen:
            seen[who] = cid
        elif status == "OPEN":
            drop.append(cid)
        else:
            stuck.append(cid)
    if stuck:
        raise RuntimeError(
            f"cash-ups {', '.join(map(str, stuck))} are a second declared cash-up of the same "
            f"{owner.removesuffix('_id')}; approve or correct them with the previous version "
            "before upgrading")
    for cid in drop:
        for table in ("cash_up_parcels", "cash_up_lines"):
            bind.execute(sa.text(f"DELETE FROM {table} WHERE cash_up_id = :c"), {"c": cid})
        bind.execute(sa.text("DELETE FROM cash_ups WHERE id = :c"), {"c": cid})


def upgrade() -> None:
    _clear_duplicates("courier_id")
    _clear_duplicates("branch_id", "AND courier_id IS NULL")
    with op.batch_alter_table("cash_ups", schema=None) as batch_op:
        batch_op.create_index("uq_cash_ups_open_courier", ["courier_id"], unique=True,
                              sqlite_where=sa.text(OPEN), postgresql_where=sa.text(OPEN))
        batch_op.create_index("uq_cash_ups_open_branch", ["branch_id"], unique=True,
                              sqlite_where=sa.text(f"courier_id IS NULL AND {OPEN}"),
                              postgresql_where=sa.text(f"courier_id IS NULL AND {OPEN}"))


def downgrade() -> None:
    with op.batch_alter_table("cash_ups", schema=None) as batch_op:
        batch_op.drop_index("uq_cash_ups_open_branch")
        batch_op.drop_index("uq_cash_ups_open_courier")

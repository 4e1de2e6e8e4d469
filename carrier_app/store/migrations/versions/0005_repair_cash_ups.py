"""repair cash_ups: the branch counter column added to 0004 after it was published

Revision ID: 0005
Revises: 0004

0004 was changed after release (commit 7a67e6e: cash_ups.branch_id with its foreign key,
courier_id made nullable for branch counter cash-ups). A database migrated with the earlier
0004 reports itself current yet lacks the column, and every cash-up fails with "no such
column: cash_ups.branch_id". This revision brings such a database to what 0004 creates now,
and changes nothing on one that already has it (it inspects first). Published revisions are
never edited again: tests/integration/test_migrations.py pins their sha256.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    columns = {c["name"]: c for c in sa.inspect(op.get_bind()).get_columns("cash_ups")}
    add_branch = "branch_id" not in columns
    courier_required = not columns["courier_id"]["nullable"]
    if not (add_branch or courier_required):
        return
    # batch: SQLite rebuilds the table (it cannot add a foreign key or drop NOT NULL in place);
    # PostgreSQL gets plain ALTER TABLE statements.
    with op.batch_alter_table("cash_ups", schema=None) as batch_op:
        if add_branch:
            batch_op.add_column(sa.Column("branch_id", sa.Integer(), nullable=True))
            batch_op.create_foreign_key(op.f("fk_cash_ups_branch_id_branches"), "branches",
                                        ["branch_id"], ["id"])
        if courier_required:
            batch_op.alter_column("courier_id", existing_type=sa.Integer(), nullable=True)


def downgrade() -> None:
    # Nothing to undo: 0004 (as it is now) creates the column; a repaired database is simply
    # one that 0004 would have made.
    pass

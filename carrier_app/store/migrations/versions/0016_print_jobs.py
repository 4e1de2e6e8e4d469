"""print_jobs: every document printed or written to the documents folder, with its bytes,
so the print queue can list it and print it again (issue 12 item 1)

Revision ID: 0016
Revises: 0015

One new table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "print_jobs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("username", sa.String(length=40), nullable=False),
        sa.Column("station", sa.String(length=64), nullable=False, server_default=""),
        sa.Column("kind", sa.String(length=24), nullable=False),
        sa.Column("ref", sa.String(length=80), nullable=False, server_default=""),
        sa.Column("format", sa.String(length=8), nullable=False),
        sa.Column("target", sa.String(length=400), nullable=False),
        sa.Column("reprint_of", sa.Integer(), nullable=True),
        sa.Column("reprint", sa.Boolean(), nullable=False, server_default=sa.false()),
        sa.Column("document", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["user_id"], ["users.id"],
                                name=op.f("fk_print_jobs_user_id_users")),
        sa.ForeignKeyConstraint(["reprint_of"], ["print_jobs.id"],
                                name=op.f("fk_print_jobs_reprint_of_print_jobs")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_print_jobs")))
    op.create_index(op.f("ix_print_jobs_at"), "print_jobs", ["at"])


def downgrade() -> None:
    op.drop_index(op.f("ix_print_jobs_at"), table_name="print_jobs")
    op.drop_table("print_jobs")

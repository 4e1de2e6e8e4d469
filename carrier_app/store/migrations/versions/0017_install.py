"""install: a real depot install (issue 15 item 1) - the database's origin and site, and
an initial password that must be changed at first log-in

Revision ID: 0017
Revises: 0016

A database made before this revision
that carries the demo users is marked "demo" (so `demo` keeps working on it and the status
bar says so); any other keeps no origin.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0017"
down_revision = "0016"
branch_labels = None
depends_on = None


def upgrade() -> None:
    site = op.create_table(
        "site_settings",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_site_settings")))
    # Plain ADD COLUMN (no batch copy of users: other tables point at it).
    op.add_column("users", sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    demo = op.get_bind().execute(sa.text(
        "SELECT 1 FROM users WHERE display_name LIKE 'Demo %' LIMIT 1")).first()
    if demo is not None:
        op.bulk_insert(site, [{"name": "origin", "value": "demo"}])


def downgrade() -> None:
    # SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy (see 0013).
    if op.get_bind().dialect.name == "sqlite":
        op.execute("ALTER TABLE users DROP COLUMN must_change_password")
    else:
        op.drop_column("users", "must_change_password")
    op.drop_table("site_settings")

"""waybills: waybill/import/label tables (issue 4)

Revision ID: 0002
Revises: 0001

Reserved in the foundation so the capabilities built in parallel keep one linear history;
fill it in (or leave it empty) rather than adding a second head.
"""

from __future__ import annotations

import sqlalchemy as sa  # noqa: F401
from alembic import op  # noqa: F401

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass

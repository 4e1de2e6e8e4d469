"""acceptance: counter acceptance (收寄) - sender real-name, inspection, prohibited list,
merchant safety agreements (issue 14 item 1)

Revision ID: 0013
Revises: 0012

Self-contained (two new tables, new columns); the lead relinks down_revision when merging.
The prohibited-words list is seeded with core.acceptance.DEFAULT_LIST as it is today (a copy
here, so a later change of the default never changes what this revision did).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

_SEED = [
    ("打火机", "PROHIBITED", "lighters"), ("火柴", "PROHIBITED", "matches"),
    ("易燃", "PROHIBITED", "flammable"), ("汽油", "PROHIBITED", "petrol"),
    ("酒精", "PROHIBITED", "alcohol (flammable liquid)"), ("爆炸", "PROHIBITED", "explosives"),
    ("烟花", "PROHIBITED", "fireworks"), ("鞭炮", "PROHIBITED", "firecrackers"),
    ("枪", "PROHIBITED", "guns, also replicas"), ("弹药", "PROHIBITED", "ammunition"),
    ("管制刀具", "PROHIBITED", "controlled knives"), ("毒品", "PROHIBITED", "drugs"),
    ("现金", "PROHIBITED", "cash"), ("lighter", "PROHIBITED", ""),
    ("锂电池", "RESTRICTED", "lithium batteries: above 100 Wh refused"),
    ("充电宝", "RESTRICTED", "power banks (lithium)"),
    ("液体", "RESTRICTED", "liquids: sealed, limited volume"),
    ("刀具", "RESTRICTED", "knives: kitchen knives packed"),
]


def upgrade() -> None:
    words = op.create_table(
        "prohibited_words",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("word", sa.String(length=40), nullable=False),
        sa.Column("category", sa.String(length=16), nullable=False),
        sa.Column("note", sa.String(length=120), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_prohibited_words")),
        sa.UniqueConstraint("word", name=op.f("uq_prohibited_words_word")))
    op.bulk_insert(words, [{"word": w, "category": c, "note": n} for w, c, n in _SEED])
    # The ID-hash key is made by the first acceptance that needs it (waybill/acceptance.py).
    op.create_table(
        "app_secrets",
        sa.Column("name", sa.String(length=32), nullable=False),
        sa.Column("value", sa.LargeBinary(), nullable=False),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_app_secrets")))
    # Plain ADD COLUMN (no batch copy of parcels: other tables point at it, see 0010).
    op.add_column("parcels", sa.Column("sender_id_type", sa.String(length=16), nullable=False,
                                       server_default=""))
    op.add_column("parcels", sa.Column("sender_id_masked", sa.String(length=24),
                                       nullable=False, server_default=""))
    op.add_column("parcels", sa.Column("sender_id_hash", sa.String(length=64), nullable=True))
    op.add_column("parcels", sa.Column("inspected", sa.Boolean(), nullable=False,
                                       server_default=sa.false()))
    op.add_column("parcels", sa.Column("inspection_note", sa.String(length=120),
                                       nullable=False, server_default=""))
    op.create_index(op.f("ix_parcels_sender_id_hash"), "parcels", ["sender_id_hash"],
                    unique=False)
    op.add_column("merchants", sa.Column("safety_agreement_on", sa.Date(), nullable=True))


def downgrade() -> None:
    _drop_columns("merchants", "safety_agreement_on")
    op.drop_index(op.f("ix_parcels_sender_id_hash"), table_name="parcels")
    _drop_columns("parcels", "inspection_note", "inspected", "sender_id_hash",
                  "sender_id_masked", "sender_id_type")
    op.drop_table("app_secrets")
    op.drop_table("prohibited_words")


def _drop_columns(table: str, *names: str) -> None:
    """SQLite: a plain ALTER TABLE DROP COLUMN (3.35+), not a batch copy of the table (0010's
    reason: the copy drops a table other rows point at)."""
    if op.get_bind().dialect.name == "sqlite":
        for name in names:
            op.execute(f"ALTER TABLE {table} DROP COLUMN {name}")
        return
    for name in names:
        op.drop_column(table, name)

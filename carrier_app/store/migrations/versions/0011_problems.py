"""problems: problem parcels (问题件) and their contact log (issue 13)

Revision ID: 0011
Revises: 0010

Self-contained (two new tables); the lead relinks down_revision when merging.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('problems',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('open_parcel_id', sa.Integer(), nullable=True),
    sa.Column('reason', sa.String(length=16), nullable=False),
    sa.Column('note', sa.String(length=300), nullable=False),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('status', sa.String(length=8), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('opened_by', sa.String(length=40), nullable=False),
    sa.Column('opened_by_id', sa.Integer(), nullable=True),
    sa.Column('opened_location', sa.String(length=16), nullable=False),
    sa.Column('opened_station', sa.String(length=64), nullable=False),
    sa.Column('instruction', sa.String(length=16), nullable=False),
    sa.Column('new_address', sa.String(length=300), nullable=False),
    sa.Column('new_postcode', sa.String(length=6), nullable=False),
    sa.Column('new_sort_code', sa.String(length=16), nullable=True),
    sa.Column('pending_action', sa.String(length=16), nullable=False),
    sa.Column('pending_by', sa.String(length=40), nullable=False),
    sa.Column('pending_by_id', sa.Integer(), nullable=True),
    sa.Column('pending_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('claim_fen', sa.Integer(), nullable=True),
    sa.Column('resolution', sa.String(length=16), nullable=False),
    sa.Column('resolution_note', sa.String(length=300), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['opened_by_id'], ['users.id'],
                            name=op.f('fk_problems_opened_by_id_users')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'],
                            name=op.f('fk_problems_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['pending_by_id'], ['users.id'],
                            name=op.f('fk_problems_pending_by_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problems')),
    sa.UniqueConstraint('open_parcel_id', name=op.f('uq_problems_open_parcel_id'))
    )
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problems_parcel_id'), ['parcel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_problems_status'), ['status'], unique=False)

    op.create_table('problem_contacts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('problem_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('by', sa.String(length=40), nullable=False),
    sa.Column('contact', sa.String(length=80), nullable=False),
    sa.Column('outcome', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['problem_id'], ['problems.id'],
                            name=op.f('fk_problem_contacts_problem_id_problems')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_problem_contacts'))
    )
    with op.batch_alter_table('problem_contacts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_problem_contacts_problem_id'), ['problem_id'],
                              unique=False)



def downgrade() -> None:
    with op.batch_alter_table('problem_contacts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problem_contacts_problem_id'))

    op.drop_table('problem_contacts')
    with op.batch_alter_table('problems', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_problems_status'))
        batch_op.drop_index(batch_op.f('ix_problems_parcel_id'))

    op.drop_table('problems')

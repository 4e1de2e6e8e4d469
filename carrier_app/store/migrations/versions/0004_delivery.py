"""delivery: dispatch, delivery and finance tables (issue 6)

Revision ID: 0004
Revises: 0003

Reserved in the foundation so the capabilities built in parallel keep one linear history;
fill it in (or leave it empty) rather than adding a second head.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('settlements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('statement_no', sa.String(length=32), nullable=False),
    sa.Column('merchant_id', sa.Integer(), nullable=False),
    sa.Column('period_from', sa.Date(), nullable=False),
    sa.Column('period_to', sa.Date(), nullable=False),
    sa.Column('cod_fen', sa.Integer(), nullable=False),
    sa.Column('fee_fen', sa.Integer(), nullable=False),
    sa.Column('net_fen', sa.Integer(), nullable=False),
    sa.Column('delivered_count', sa.Integer(), nullable=False),
    sa.Column('returned_count', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['merchant_id'], ['merchants.id'], name=op.f('fk_settlements_merchant_id_merchants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settlements')),
    sa.UniqueConstraint('statement_no', name=op.f('uq_settlements_statement_no'))
    )
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settlements_merchant_id'), ['merchant_id'], unique=False)

    op.create_table('cash_ups',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('branch_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('expected_fen', sa.Integer(), nullable=False),
    sa.Column('declared_fen', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('declared_by', sa.String(length=40), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_cash_ups_branch_id_branches')),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_cash_ups_courier_id_couriers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_ups'))
    )
    with op.batch_alter_table('cash_ups', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_ups_courier_id'), ['courier_id'], unique=False)

    op.create_table('delivery_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_no', sa.String(length=24), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('run_date', sa.Date(), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.String(length=40), nullable=False),
    sa.Column('printed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('closed_by', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_delivery_runs_branch_id_branches')),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_delivery_runs_courier_id_couriers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_runs')),
    sa.UniqueConstraint('run_no', name=op.f('uq_delivery_runs_run_no'))
    )
    with op.batch_alter_table('delivery_runs', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_runs_courier_id'), ['courier_id'], unique=False)

    op.create_table('cash_up_approvals',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cash_up_id', sa.Integer(), nullable=False),
    sa.Column('variance_fen', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('approved_by', sa.String(length=40), nullable=False),
    sa.Column('approved_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['cash_up_id'], ['cash_ups.id'], name=op.f('fk_cash_up_approvals_cash_up_id_cash_ups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_up_approvals')),
    sa.UniqueConstraint('cash_up_id', name=op.f('uq_cash_up_approvals_cash_up_id'))
    )
    op.create_table('cash_up_lines',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cash_up_id', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.Column('expected_fen', sa.Integer(), nullable=False),
    sa.Column('declared_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['cash_up_id'], ['cash_ups.id'], name=op.f('fk_cash_up_lines_cash_up_id_cash_ups')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_up_lines')),
    sa.UniqueConstraint('cash_up_id', 'method', name=op.f('uq_cash_up_lines_cash_up_id'))
    )
    op.create_table('cash_up_parcels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('cash_up_id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('cod_fen', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=12), nullable=False),
    sa.ForeignKeyConstraint(['cash_up_id'], ['cash_ups.id'], name=op.f('fk_cash_up_parcels_cash_up_id_cash_ups')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_cash_up_parcels_parcel_id_parcels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cash_up_parcels')),
    sa.UniqueConstraint('parcel_id', name=op.f('uq_cash_up_parcels_parcel_id'))
    )
    with op.batch_alter_table('cash_up_parcels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_cash_up_parcels_cash_up_id'), ['cash_up_id'], unique=False)

    op.create_table('delivery_attempts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('attempt_no', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(length=24), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('next_attempt', sa.Date(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_delivery_attempts_courier_id_couriers')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_delivery_attempts_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['run_id'], ['delivery_runs.id'], name=op.f('fk_delivery_attempts_run_id_delivery_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_delivery_attempts'))
    )
    with op.batch_alter_table('delivery_attempts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_delivery_attempts_parcel_id'), ['parcel_id'], unique=False)

    op.create_table('proofs_of_delivery',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('piece_no', sa.Integer(), nullable=True),
    sa.Column('run_id', sa.Integer(), nullable=True),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('receiver_name', sa.String(length=60), nullable=False),
    sa.Column('relation', sa.String(length=16), nullable=False),
    sa.Column('strokes', sa.Text(), nullable=False),
    sa.Column('signature_png', sa.LargeBinary(), nullable=True),
    sa.Column('photo', sa.LargeBinary(), nullable=True),
    sa.Column('photo_name', sa.String(length=120), nullable=False),
    sa.Column('counter_pickup', sa.Boolean(), nullable=False),
    sa.Column('cod_fen', sa.Integer(), nullable=False),
    sa.Column('payment_method', sa.String(length=12), nullable=False),
    sa.Column('delivered_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_proofs_of_delivery_courier_id_couriers')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_proofs_of_delivery_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['run_id'], ['delivery_runs.id'], name=op.f('fk_proofs_of_delivery_run_id_delivery_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_proofs_of_delivery'))
    )
    with op.batch_alter_table('proofs_of_delivery', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_proofs_of_delivery_delivered_at'), ['delivered_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_proofs_of_delivery_parcel_id'), ['parcel_id'], unique=False)

    op.create_table('run_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('open_parcel_id', sa.Integer(), nullable=True),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=True),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_run_items_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['run_id'], ['delivery_runs.id'], name=op.f('fk_run_items_run_id_delivery_runs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_run_items')),
    sa.UniqueConstraint('open_parcel_id', name=op.f('uq_run_items_open_parcel_id')),
    sa.UniqueConstraint('run_id', 'parcel_id', name=op.f('uq_run_items_run_id'))
    )
    with op.batch_alter_table('run_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_run_items_parcel_id'), ['parcel_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_run_items_run_id'), ['run_id'], unique=False)

    op.create_table('settled_parcels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('settlement_id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('cod_fen', sa.Integer(), nullable=False),
    sa.Column('fee_fen', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_settled_parcels_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['settlement_id'], ['settlements.id'], name=op.f('fk_settled_parcels_settlement_id_settlements')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_settled_parcels')),
    sa.UniqueConstraint('parcel_id', name=op.f('uq_settled_parcels_parcel_id'))
    )
    with op.batch_alter_table('settled_parcels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_settled_parcels_settlement_id'), ['settlement_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('settled_parcels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settled_parcels_settlement_id'))

    op.drop_table('settled_parcels')
    with op.batch_alter_table('run_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_run_items_run_id'))
        batch_op.drop_index(batch_op.f('ix_run_items_parcel_id'))

    op.drop_table('run_items')
    with op.batch_alter_table('proofs_of_delivery', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_proofs_of_delivery_parcel_id'))
        batch_op.drop_index(batch_op.f('ix_proofs_of_delivery_delivered_at'))

    op.drop_table('proofs_of_delivery')
    with op.batch_alter_table('delivery_attempts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_attempts_parcel_id'))

    op.drop_table('delivery_attempts')
    with op.batch_alter_table('cash_up_parcels', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_up_parcels_cash_up_id'))

    op.drop_table('cash_up_parcels')
    op.drop_table('cash_up_lines')
    op.drop_table('cash_up_approvals')
    with op.batch_alter_table('delivery_runs', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_delivery_runs_courier_id'))

    op.drop_table('delivery_runs')
    with op.batch_alter_table('cash_ups', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_cash_ups_courier_id'))

    op.drop_table('cash_ups')
    with op.batch_alter_table('settlements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_settlements_merchant_id'))

    op.drop_table('settlements')

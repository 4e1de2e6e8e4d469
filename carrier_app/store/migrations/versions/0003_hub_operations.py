"""hub_operations: pickup, receiving, bag, manifest and arrival tables (issue 5)

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('arrival_sessions',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_arrival_sessions_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrival_sessions'))
    )
    op.create_table('bags',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bag_no', sa.String(length=12), nullable=False),
    sa.Column('destination', sa.String(length=16), nullable=False),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('opened_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('sealed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('opened_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['opened_by'], ['users.id'], name=op.f('fk_bags_opened_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bags')),
    sa.UniqueConstraint('bag_no', name=op.f('uq_bags_bag_no'))
    )
    with op.batch_alter_table('bags', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bags_status'), ['status'], unique=False)

    op.create_table('manifests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manifest_no', sa.String(length=12), nullable=False),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('destination', sa.String(length=16), nullable=False),
    sa.Column('vehicle', sa.String(length=20), nullable=False),
    sa.Column('seal_no', sa.String(length=30), nullable=False),
    sa.Column('driver', sa.String(length=60), nullable=False),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('departed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_manifests_created_by_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manifests')),
    sa.UniqueConstraint('manifest_no', name=op.f('uq_manifests_manifest_no'))
    )
    with op.batch_alter_table('manifests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manifests_destination'), ['destination'], unique=False)

    op.create_table('pickup_requests',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('merchant_id', sa.Integer(), nullable=False),
    sa.Column('pickup_date', sa.Date(), nullable=False),
    sa.Column('window_from', sa.String(length=5), nullable=False),
    sa.Column('window_to', sa.String(length=5), nullable=False),
    sa.Column('expected_pieces', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('status', sa.String(length=12), nullable=False),
    sa.Column('collected', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('closed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_pickup_requests_courier_id_couriers')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_pickup_requests_created_by_users')),
    sa.ForeignKeyConstraint(['merchant_id'], ['merchants.id'], name=op.f('fk_pickup_requests_merchant_id_merchants')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pickup_requests'))
    )
    with op.batch_alter_table('pickup_requests', schema=None) as batch_op:
        batch_op.create_index('ix_pickup_requests_date', ['pickup_date', 'status'], unique=False)

    op.create_table('arrival_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('session_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=12), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('bag_id', sa.Integer(), nullable=True),
    sa.Column('parcel_id', sa.Integer(), nullable=True),
    sa.Column('manifest_id', sa.Integer(), nullable=True),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['bag_id'], ['bags.id'], name=op.f('fk_arrival_items_bag_id_bags')),
    sa.ForeignKeyConstraint(['manifest_id'], ['manifests.id'], name=op.f('fk_arrival_items_manifest_id_manifests')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_arrival_items_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['session_id'], ['arrival_sessions.id'], name=op.f('fk_arrival_items_session_id_arrival_sessions')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_arrival_items'))
    )
    with op.batch_alter_table('arrival_items', schema=None) as batch_op:
        batch_op.create_index('ix_arrival_items_session', ['session_id', 'kind'], unique=False)

    op.create_table('bag_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('bag_id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('removed_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('remove_reason', sa.String(length=200), nullable=False),
    sa.ForeignKeyConstraint(['bag_id'], ['bags.id'], name=op.f('fk_bag_items_bag_id_bags')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_bag_items_parcel_id_parcels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_bag_items'))
    )
    with op.batch_alter_table('bag_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bag_items_bag_id'), ['bag_id'], unique=False)
        batch_op.create_index('ix_bag_items_parcel', ['parcel_id', 'removed_at'], unique=False)

    op.create_table('manifest_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('manifest_id', sa.Integer(), nullable=False),
    sa.Column('bag_id', sa.Integer(), nullable=True),
    sa.Column('parcel_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['bag_id'], ['bags.id'], name=op.f('fk_manifest_items_bag_id_bags')),
    sa.ForeignKeyConstraint(['manifest_id'], ['manifests.id'], name=op.f('fk_manifest_items_manifest_id_manifests')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_manifest_items_parcel_id_parcels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_manifest_items'))
    )
    with op.batch_alter_table('manifest_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_manifest_items_manifest_id'), ['manifest_id'], unique=False)

    op.create_table('pickup_items',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('request_id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('scanned_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_pickup_items_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['request_id'], ['pickup_requests.id'], name=op.f('fk_pickup_items_request_id_pickup_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pickup_items')),
    sa.UniqueConstraint('request_id', 'parcel_id', name=op.f('uq_pickup_items_request_id'))
    )
    with op.batch_alter_table('pickup_items', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_pickup_items_parcel_id'), ['parcel_id'], unique=False)

    op.create_table('receipts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('received_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('declared_weight_g', sa.Integer(), nullable=False),
    sa.Column('measured_weight_g', sa.Integer(), nullable=True),
    sa.Column('weight_flag', sa.Boolean(), nullable=False),
    sa.Column('without_pickup', sa.Boolean(), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_receipts_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_receipts_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_receipts')),
    sa.UniqueConstraint('parcel_id', name=op.f('uq_receipts_parcel_id'))
    )
    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_receipts_received_at'), ['received_at'], unique=False)

    with op.batch_alter_table('merchants', schema=None) as batch_op:
        batch_op.add_column(sa.Column('settlement_bank', sa.String(length=80), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('settlement_holder', sa.String(length=80), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('settlement_cycle', sa.String(length=10), nullable=False,
                                      server_default='weekly'))



def downgrade() -> None:
    with op.batch_alter_table('merchants', schema=None) as batch_op:
        batch_op.drop_column('settlement_cycle')
        batch_op.drop_column('settlement_holder')
        batch_op.drop_column('settlement_bank')

    with op.batch_alter_table('receipts', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_receipts_received_at'))

    op.drop_table('receipts')
    with op.batch_alter_table('pickup_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_pickup_items_parcel_id'))

    op.drop_table('pickup_items')
    with op.batch_alter_table('manifest_items', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manifest_items_manifest_id'))

    op.drop_table('manifest_items')
    with op.batch_alter_table('bag_items', schema=None) as batch_op:
        batch_op.drop_index('ix_bag_items_parcel')
        batch_op.drop_index(batch_op.f('ix_bag_items_bag_id'))

    op.drop_table('bag_items')
    with op.batch_alter_table('arrival_items', schema=None) as batch_op:
        batch_op.drop_index('ix_arrival_items_session')

    op.drop_table('arrival_items')
    with op.batch_alter_table('pickup_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_pickup_requests_date')

    op.drop_table('pickup_requests')
    with op.batch_alter_table('manifests', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_manifests_destination'))

    op.drop_table('manifests')
    with op.batch_alter_table('bags', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bags_status'))

    op.drop_table('bags')
    op.drop_table('arrival_sessions')

"""foundation: network, users, merchants, routing, parcels, scan events, numbering

Revision ID: 0001
Revises: 
Create Date: 2026-11-23 00:47:15.021811
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('hubs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=8), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hubs')),
    sa.UniqueConstraint('code', name=op.f('uq_hubs_code'))
    )
    op.create_table('number_blocks',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sequence', sa.String(length=32), nullable=False),
    sa.Column('first', sa.BigInteger(), nullable=False),
    sa.Column('last', sa.BigInteger(), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('reserved_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_number_blocks'))
    )
    op.create_table('number_sequences',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('next_value', sa.BigInteger(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_number_sequences'))
    )
    op.create_table('users',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('display_name', sa.String(length=80), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('password_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('failed_logins', sa.Integer(), nullable=False),
    sa.Column('locked_until', sa.DateTime(timezone=True), nullable=True),
    sa.Column('last_login_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_users')),
    sa.UniqueConstraint('username', name=op.f('uq_users_username'))
    )
    op.create_table('audit_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('username', sa.String(length=40), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('action', sa.String(length=40), nullable=False),
    sa.Column('entity', sa.String(length=40), nullable=False),
    sa.Column('entity_id', sa.String(length=64), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_audit_log_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_audit_log'))
    )
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.create_index('ix_audit_log_entity', ['entity', 'entity_id'], unique=False)

    op.create_table('branches',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('hub_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=4), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['hub_id'], ['hubs.id'], name=op.f('fk_branches_hub_id_hubs')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_branches')),
    sa.UniqueConstraint('code', name=op.f('uq_branches_code')),
    sa.UniqueConstraint('hub_id', 'number', name=op.f('uq_branches_hub_id'))
    )
    op.create_table('rejected_scans',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('raw_code', sa.String(length=64), nullable=False),
    sa.Column('reason', sa.String(length=40), nullable=False),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_rejected_scans_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_rejected_scans'))
    )
    op.create_table('merchants',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=120), nullable=False),
    sa.Column('contact_name', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('province', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('district', sa.String(length=40), nullable=False),
    sa.Column('address', sa.String(length=200), nullable=False),
    sa.Column('postcode', sa.String(length=6), nullable=False),
    sa.Column('home_branch_id', sa.Integer(), nullable=True),
    sa.Column('settlement_account', sa.String(length=120), nullable=False),
    sa.Column('fee_per_parcel_fen', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['home_branch_id'], ['branches.id'], name=op.f('fk_merchants_home_branch_id_branches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_merchants')),
    sa.UniqueConstraint('code', name=op.f('uq_merchants_code'))
    )
    op.create_table('routes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('number', sa.String(length=4), nullable=False),
    sa.Column('name', sa.String(length=80), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_routes_branch_id_branches')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routes')),
    sa.UniqueConstraint('branch_id', 'number', name=op.f('uq_routes_branch_id'))
    )
    op.create_table('couriers',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('code', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=60), nullable=False),
    sa.Column('phone', sa.String(length=32), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=True),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_couriers_branch_id_branches')),
    sa.ForeignKeyConstraint(['route_id'], ['routes.id'], name=op.f('fk_couriers_route_id_routes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_couriers')),
    sa.UniqueConstraint('code', name=op.f('uq_couriers_code'))
    )
    op.create_table('routing_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('postcode_prefix', sa.String(length=6), nullable=False),
    sa.Column('province', sa.String(length=20), nullable=False),
    sa.Column('city', sa.String(length=40), nullable=False),
    sa.Column('district', sa.String(length=40), nullable=False),
    sa.Column('branch_id', sa.Integer(), nullable=False),
    sa.Column('route_id', sa.Integer(), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['branch_id'], ['branches.id'], name=op.f('fk_routing_rules_branch_id_branches')),
    sa.ForeignKeyConstraint(['route_id'], ['routes.id'], name=op.f('fk_routing_rules_route_id_routes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_routing_rules'))
    )
    with op.batch_alter_table('routing_rules', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_routing_rules_postcode_prefix'), ['postcode_prefix'], unique=False)

    op.create_table('parcels',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('waybill_no', sa.String(length=13), nullable=False),
    sa.Column('merchant_id', sa.Integer(), nullable=True),
    sa.Column('order_ref', sa.String(length=64), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.Column('service', sa.String(length=16), nullable=False),
    sa.Column('pieces', sa.Integer(), nullable=False),
    sa.Column('weight_g', sa.Integer(), nullable=False),
    sa.Column('length_cm', sa.Integer(), nullable=True),
    sa.Column('width_cm', sa.Integer(), nullable=True),
    sa.Column('height_cm', sa.Integer(), nullable=True),
    sa.Column('cod_fen', sa.Integer(), nullable=False),
    sa.Column('declared_value_fen', sa.Integer(), nullable=False),
    sa.Column('contents', sa.String(length=200), nullable=False),
    sa.Column('note', sa.String(length=200), nullable=False),
    sa.Column('recipient_name', sa.String(length=60), nullable=False),
    sa.Column('recipient_phone', sa.String(length=32), nullable=False),
    sa.Column('recipient_province', sa.String(length=20), nullable=False),
    sa.Column('recipient_city', sa.String(length=40), nullable=False),
    sa.Column('recipient_district', sa.String(length=40), nullable=False),
    sa.Column('recipient_address', sa.String(length=300), nullable=False),
    sa.Column('recipient_postcode', sa.String(length=6), nullable=False),
    sa.Column('sender_name', sa.String(length=120), nullable=False),
    sa.Column('sender_phone', sa.String(length=32), nullable=False),
    sa.Column('sender_address', sa.String(length=300), nullable=False),
    sa.Column('origin_branch_id', sa.Integer(), nullable=True),
    sa.Column('dest_branch_id', sa.Integer(), nullable=True),
    sa.Column('route_id', sa.Integer(), nullable=True),
    sa.Column('sort_code', sa.String(length=16), nullable=True),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('status_before_hold', sa.String(length=20), nullable=True),
    sa.Column('is_return', sa.Boolean(), nullable=False),
    sa.Column('failed_attempts', sa.Integer(), nullable=False),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('last_location', sa.String(length=16), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('created_by', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_parcels_courier_id_couriers')),
    sa.ForeignKeyConstraint(['created_by'], ['users.id'], name=op.f('fk_parcels_created_by_users')),
    sa.ForeignKeyConstraint(['dest_branch_id'], ['branches.id'], name=op.f('fk_parcels_dest_branch_id_branches')),
    sa.ForeignKeyConstraint(['merchant_id'], ['merchants.id'], name=op.f('fk_parcels_merchant_id_merchants')),
    sa.ForeignKeyConstraint(['origin_branch_id'], ['branches.id'], name=op.f('fk_parcels_origin_branch_id_branches')),
    sa.ForeignKeyConstraint(['route_id'], ['routes.id'], name=op.f('fk_parcels_route_id_routes')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_parcels')),
    sa.UniqueConstraint('merchant_id', 'order_ref', name=op.f('uq_parcels_merchant_id')),
    sa.UniqueConstraint('waybill_no', name=op.f('uq_parcels_waybill_no'))
    )
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_parcels_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_parcels_status'), ['status'], unique=False)
        batch_op.create_index('ix_parcels_status_dest', ['status', 'dest_branch_id'], unique=False)

    op.create_table('pieces',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('piece_no', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('updated_at', sa.DateTime(timezone=True), nullable=False),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_pieces_parcel_id_parcels')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_pieces')),
    sa.UniqueConstraint('parcel_id', 'piece_no', name=op.f('uq_pieces_parcel_id'))
    )
    op.create_table('scan_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('parcel_id', sa.Integer(), nullable=False),
    sa.Column('piece_no', sa.Integer(), nullable=True),
    sa.Column('event', sa.String(length=20), nullable=False),
    sa.Column('status_before', sa.String(length=20), nullable=True),
    sa.Column('status_after', sa.String(length=20), nullable=True),
    sa.Column('location_code', sa.String(length=16), nullable=False),
    sa.Column('station', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=True),
    sa.Column('courier_id', sa.Integer(), nullable=True),
    sa.Column('occurred_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('client_event_id', sa.String(length=64), nullable=True),
    sa.Column('message', sa.String(length=300), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['courier_id'], ['couriers.id'], name=op.f('fk_scan_events_courier_id_couriers')),
    sa.ForeignKeyConstraint(['parcel_id'], ['parcels.id'], name=op.f('fk_scan_events_parcel_id_parcels')),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], name=op.f('fk_scan_events_user_id_users')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_scan_events')),
    sa.UniqueConstraint('client_event_id', name=op.f('uq_scan_events_client_event_id'))
    )
    with op.batch_alter_table('scan_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_scan_events_occurred_at'), ['occurred_at'], unique=False)
        batch_op.create_index('ix_scan_events_parcel', ['parcel_id', 'id'], unique=False)

    # Serials start at 1; the allocator advances this row a block at a time.
    op.bulk_insert(sa.table("number_sequences", sa.column("name", sa.String),
                            sa.column("next_value", sa.BigInteger)),
                   [{"name": "waybill", "next_value": 1}])


def downgrade() -> None:

    with op.batch_alter_table('scan_events', schema=None) as batch_op:
        batch_op.drop_index('ix_scan_events_parcel')
        batch_op.drop_index(batch_op.f('ix_scan_events_occurred_at'))

    op.drop_table('scan_events')
    op.drop_table('pieces')
    with op.batch_alter_table('parcels', schema=None) as batch_op:
        batch_op.drop_index('ix_parcels_status_dest')
        batch_op.drop_index(batch_op.f('ix_parcels_status'))
        batch_op.drop_index(batch_op.f('ix_parcels_batch_id'))

    op.drop_table('parcels')
    with op.batch_alter_table('routing_rules', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_routing_rules_postcode_prefix'))

    op.drop_table('routing_rules')
    op.drop_table('couriers')
    op.drop_table('routes')
    op.drop_table('merchants')
    op.drop_table('rejected_scans')
    op.drop_table('branches')
    with op.batch_alter_table('audit_log', schema=None) as batch_op:
        batch_op.drop_index('ix_audit_log_entity')

    op.drop_table('audit_log')
    op.drop_table('users')
    op.drop_table('number_sequences')
    op.drop_table('number_blocks')
    op.drop_table('hubs')


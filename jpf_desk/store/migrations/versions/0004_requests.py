"""Data-subject requests: requests, steps, update fields, follow-up tasks, restrictions,
erasure tombstones, the public-holiday calendar and the request periods.

Revision ID: 0004_requests
Revises: 0001_foundation
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0004_requests'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('public_holidays',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=30), nullable=False),
    sa.Column('confirmed', sa.Boolean(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_public_holidays')),
    sa.UniqueConstraint('day', name=op.f('uq_public_holidays_day'))
    )
    with op.batch_alter_table('public_holidays', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_public_holidays_centre_id'), ['centre_id'], unique=False)

    op.create_table('request_periods',
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('days', sa.Integer(), nullable=False),
    sa.Column('with_partners_days', sa.Integer(), nullable=False),
    sa.Column('max_extension_days', sa.Integer(), nullable=False),
    sa.Column('day_count', sa.String(length=10), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_request_periods')),
    sa.UniqueConstraint('kind', name=op.f('uq_request_periods_kind'))
    )
    with op.batch_alter_table('request_periods', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_request_periods_centre_id'), ['centre_id'], unique=False)

    op.create_table('data_requests',
    sa.Column('number', sa.String(length=20), nullable=False),
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=False),
    sa.Column('requester', sa.String(length=10), nullable=False),
    sa.Column('requester_guardian_id', sa.String(length=36), nullable=True),
    sa.Column('identity_check', sa.String(length=20), nullable=False),
    sa.Column('identity_note', sa.Text(), nullable=False),
    sa.Column('details', sa.Text(), nullable=False),
    sa.Column('purposes', sa.String(length=200), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('partners_involved', sa.Boolean(), nullable=False),
    sa.Column('acknowledge_due', sa.Date(), nullable=False),
    sa.Column('answer_due', sa.Date(), nullable=False),
    sa.Column('day_count', sa.String(length=10), nullable=False),
    sa.Column('extension_days', sa.Integer(), nullable=False),
    sa.Column('extension_reason', sa.Text(), nullable=False),
    sa.Column('outcome', sa.Text(), nullable=False),
    sa.Column('refusal_reason', sa.Text(), nullable=False),
    sa.Column('decided_by', sa.String(length=36), nullable=True),
    sa.Column('customer_told_on', sa.Date(), nullable=True),
    sa.Column('closed_at', UtcDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_data_requests_customer_id_customers')),
    sa.ForeignKeyConstraint(['decided_by'], ['staff.id'], name=op.f('fk_data_requests_decided_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_requests')),
    sa.UniqueConstraint('number', name=op.f('uq_data_requests_number'))
    )
    with op.batch_alter_table('data_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_requests_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_requests_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index('ix_data_requests_status_due', ['status', 'answer_due'], unique=False)

    op.create_table('erasure_tombstones',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('erased_at', UtcDateTime(), nullable=False),
    sa.Column('erased_by', sa.String(length=36), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.Column('erased', sa.Text(), nullable=False),
    sa.Column('kept', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['erased_by'], ['staff.id'], name=op.f('fk_erasure_tombstones_erased_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_erasure_tombstones'))
    )
    with op.batch_alter_table('erasure_tombstones', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_erasure_tombstones_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_erasure_tombstones_customer_id'), ['customer_id'], unique=False)

    op.create_table('data_request_fields',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['data_requests.id'], name=op.f('fk_data_request_fields_request_id_data_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_request_fields'))
    )
    with op.batch_alter_table('data_request_fields', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_request_fields_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_request_fields_request_id'), ['request_id'], unique=False)

    op.create_table('data_request_steps',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('step', sa.String(length=20), nullable=False),
    sa.Column('staff_id', sa.String(length=36), nullable=False),
    sa.Column('at', UtcDateTime(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['request_id'], ['data_requests.id'], name=op.f('fk_data_request_steps_request_id_data_requests')),
    sa.ForeignKeyConstraint(['staff_id'], ['staff.id'], name=op.f('fk_data_request_steps_staff_id_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_data_request_steps'))
    )
    with op.batch_alter_table('data_request_steps', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_data_request_steps_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_data_request_steps_request_id'), ['request_id'], unique=False)

    op.create_table('follow_up_tasks',
    sa.Column('request_id', sa.String(length=36), nullable=False),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('partner_name', sa.String(length=200), nullable=False),
    sa.Column('fields', sa.String(length=400), nullable=False),
    sa.Column('status', sa.String(length=10), nullable=False),
    sa.Column('done_at', UtcDateTime(), nullable=True),
    sa.Column('done_by', sa.String(length=36), nullable=True),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['done_by'], ['staff.id'], name=op.f('fk_follow_up_tasks_done_by_staff')),
    sa.ForeignKeyConstraint(['request_id'], ['data_requests.id'], name=op.f('fk_follow_up_tasks_request_id_data_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_follow_up_tasks'))
    )
    with op.batch_alter_table('follow_up_tasks', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_follow_up_tasks_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_follow_up_tasks_request_id'), ['request_id'], unique=False)

    op.create_table('processing_restrictions',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('purposes', sa.String(length=200), nullable=False),
    sa.Column('request_id', sa.String(length=36), nullable=True),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('started_at', UtcDateTime(), nullable=False),
    sa.Column('lifted_at', UtcDateTime(), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_processing_restrictions_customer_id_customers')),
    sa.ForeignKeyConstraint(['request_id'], ['data_requests.id'], name=op.f('fk_processing_restrictions_request_id_data_requests')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_processing_restrictions'))
    )
    with op.batch_alter_table('processing_restrictions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_processing_restrictions_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_processing_restrictions_customer_id'), ['customer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('processing_restrictions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_processing_restrictions_customer_id'))
        batch_op.drop_index(batch_op.f('ix_processing_restrictions_centre_id'))

    op.drop_table('processing_restrictions')
    with op.batch_alter_table('follow_up_tasks', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_follow_up_tasks_request_id'))
        batch_op.drop_index(batch_op.f('ix_follow_up_tasks_centre_id'))

    op.drop_table('follow_up_tasks')
    with op.batch_alter_table('data_request_steps', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_request_steps_request_id'))
        batch_op.drop_index(batch_op.f('ix_data_request_steps_centre_id'))

    op.drop_table('data_request_steps')
    with op.batch_alter_table('data_request_fields', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_data_request_fields_request_id'))
        batch_op.drop_index(batch_op.f('ix_data_request_fields_centre_id'))

    op.drop_table('data_request_fields')
    with op.batch_alter_table('erasure_tombstones', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_erasure_tombstones_customer_id'))
        batch_op.drop_index(batch_op.f('ix_erasure_tombstones_centre_id'))

    op.drop_table('erasure_tombstones')
    with op.batch_alter_table('data_requests', schema=None) as batch_op:
        batch_op.drop_index('ix_data_requests_status_due')
        batch_op.drop_index(batch_op.f('ix_data_requests_customer_id'))
        batch_op.drop_index(batch_op.f('ix_data_requests_centre_id'))

    op.drop_table('data_requests')
    with op.batch_alter_table('request_periods', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_request_periods_centre_id'))

    op.drop_table('request_periods')
    with op.batch_alter_table('public_holidays', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_public_holidays_centre_id'))

    op.drop_table('public_holidays')

"""Foundation: centres, staff, customers, guardians, courses, classes, enrolments,
payments, field history, outbox, settings; the accent-free name index (FTS5).

Revision ID: 0001_foundation
Revises:
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0001_foundation'
down_revision: str | Sequence[str] | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('centres',
    sa.Column('code', sa.String(length=20), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('address', sa.String(length=400), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_centres')),
    sa.UniqueConstraint('code', name=op.f('uq_centres_code'))
    )
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_centres_centre_id'), ['centre_id'], unique=False)

    op.create_table('courses',
    sa.Column('code', sa.String(length=30), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('level', sa.String(length=2), nullable=True),
    sa.Column('exam', sa.String(length=10), nullable=True),
    sa.Column('hours', sa.Integer(), nullable=False),
    sa.Column('fee_vnd', sa.Integer(), nullable=False),
    sa.Column('description', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_courses')),
    sa.UniqueConstraint('code', name=op.f('uq_courses_code'))
    )
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_courses_centre_id'), ['centre_id'], unique=False)

    op.create_table('customers',
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('middle_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('search_key', sa.String(length=300), nullable=False),
    sa.Column('sort_key', sa.String(length=320), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=10), nullable=True),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('phone_digits', sa.String(length=20), nullable=True),
    sa.Column('phone_rev', sa.String(length=20), nullable=True),
    sa.Column('email', sa.String(length=200), nullable=True),
    sa.Column('id_kind', sa.String(length=10), nullable=True),
    sa.Column('id_number', sa.String(length=20), nullable=True),
    sa.Column('id_rev', sa.String(length=20), nullable=True),
    sa.Column('id_expiry', sa.Date(), nullable=True),
    sa.Column('province_code', sa.String(length=10), nullable=True),
    sa.Column('commune_code', sa.String(length=10), nullable=True),
    sa.Column('street', sa.String(length=300), nullable=False),
    sa.Column('address_as_written', sa.Text(), nullable=False),
    sa.Column('notes', sa.Text(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_customers'))
    )
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_customers_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_id_number'), ['id_number'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_id_rev'), ['id_rev'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone_digits'), ['phone_digits'], unique=False)
        batch_op.create_index(batch_op.f('ix_customers_phone_rev'), ['phone_rev'], unique=False)
        batch_op.create_index('ix_customers_list', ['sort_key', 'search_key', 'status', 'id'], unique=False)

    op.create_table('field_changes',
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('field', sa.String(length=60), nullable=False),
    sa.Column('old_value', sa.Text(), nullable=True),
    sa.Column('new_value', sa.Text(), nullable=True),
    sa.Column('reason', sa.String(length=200), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_field_changes'))
    )
    with op.batch_alter_table('field_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_field_changes_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index('ix_field_changes_row', ['table_name', 'row_id'], unique=False)

    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('table_name', sa.String(length=60), nullable=False),
    sa.Column('row_id', sa.String(length=36), nullable=False),
    sa.Column('op', sa.String(length=10), nullable=False),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.Column('changed_at', UtcDateTime(), nullable=False),
    sa.Column('batch_id', sa.String(length=36), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_batch', ['batch_id'], unique=False)

    op.create_table('staff',
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=20), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_staff'))
    )
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_staff_centre_id'), ['centre_id'], unique=False)

    op.create_table('store_settings',
    sa.Column('key', sa.String(length=60), nullable=False),
    sa.Column('value', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_store_settings'))
    )
    op.create_table('classes',
    sa.Column('course_id', sa.String(length=36), nullable=False),
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('room', sa.String(length=40), nullable=False),
    sa.Column('teacher', sa.String(length=200), nullable=False),
    sa.Column('schedule', sa.String(length=200), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=False),
    sa.Column('end_date', sa.Date(), nullable=False),
    sa.Column('capacity', sa.Integer(), nullable=False),
    sa.Column('fee_vnd', sa.Integer(), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['courses.id'], name=op.f('fk_classes_course_id_courses')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_classes'))
    )
    with op.batch_alter_table('classes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_classes_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_classes_course_id'), ['course_id'], unique=False)

    op.create_table('guardians',
    sa.Column('minor_id', sa.String(length=36), nullable=False),
    sa.Column('linked_customer_id', sa.String(length=36), nullable=True),
    sa.Column('relationship', sa.String(length=20), nullable=False),
    sa.Column('family_name', sa.String(length=100), nullable=False),
    sa.Column('middle_name', sa.String(length=100), nullable=False),
    sa.Column('given_name', sa.String(length=100), nullable=False),
    sa.Column('full_name', sa.String(length=300), nullable=False),
    sa.Column('phone_e164', sa.String(length=20), nullable=True),
    sa.Column('id_kind', sa.String(length=10), nullable=True),
    sa.Column('id_number', sa.String(length=20), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['linked_customer_id'], ['customers.id'], name=op.f('fk_guardians_linked_customer_id_customers')),
    sa.ForeignKeyConstraint(['minor_id'], ['customers.id'], name=op.f('fk_guardians_minor_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_guardians'))
    )
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_guardians_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index('ix_guardians_minor', ['minor_id'], unique=False)

    op.create_table('enrolments',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('class_id', sa.String(length=36), nullable=False),
    sa.Column('status', sa.String(length=20), nullable=False),
    sa.Column('waitlist_position', sa.Integer(), nullable=True),
    sa.Column('placement_result', sa.String(length=100), nullable=False),
    sa.Column('fee_vnd', sa.Integer(), nullable=False),
    sa.Column('enrolled_on', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['class_id'], ['classes.id'], name=op.f('fk_enrolments_class_id_classes')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_enrolments_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_enrolments'))
    )
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_enrolments_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index('ix_enrolments_class_status', ['class_id', 'status'], unique=False)
        batch_op.create_index(batch_op.f('ix_enrolments_customer_id'), ['customer_id'], unique=False)

    op.create_table('payments',
    sa.Column('enrolment_id', sa.String(length=36), nullable=False),
    sa.Column('amount_vnd', sa.Integer(), nullable=False),
    sa.Column('method', sa.String(length=20), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=False),
    sa.Column('instalment_no', sa.Integer(), nullable=False),
    sa.Column('reference', sa.String(length=100), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['enrolment_id'], ['enrolments.id'], name=op.f('fk_payments_enrolment_id_enrolments')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_payments'))
    )
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_payments_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_payments_enrolment_id'), ['enrolment_id'], unique=False)



    # Name search: an FTS5 index over customers.search_key (external content, keyed by
    # the customers rowid) kept in step by triggers, so every writer is covered.
    # Prefix indexes for 1-3 letters: a half-typed last word stays cheap.
    op.execute(
        "CREATE VIRTUAL TABLE customers_fts USING fts5("
        "search_key, content='customers', content_rowid='rowid', "
        "tokenize='unicode61 remove_diacritics 0', prefix='1 2 3')"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_ai AFTER INSERT ON customers BEGIN "
        "INSERT INTO customers_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_ad AFTER DELETE ON customers BEGIN "
        "INSERT INTO customers_fts(customers_fts, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); END"
    )
    op.execute(
        "CREATE TRIGGER customers_fts_au AFTER UPDATE OF search_key ON customers BEGIN "
        "INSERT INTO customers_fts(customers_fts, rowid, search_key) "
        "VALUES ('delete', old.rowid, old.search_key); "
        "INSERT INTO customers_fts(rowid, search_key) VALUES (new.rowid, new.search_key); END"
    )

def downgrade() -> None:
    for trigger in ('customers_fts_ai', 'customers_fts_ad', 'customers_fts_au'):
        op.execute(f'DROP TRIGGER IF EXISTS {trigger}')
    op.execute('DROP TABLE IF EXISTS customers_fts')
    with op.batch_alter_table('payments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_payments_enrolment_id'))
        batch_op.drop_index(batch_op.f('ix_payments_centre_id'))

    op.drop_table('payments')
    with op.batch_alter_table('enrolments', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_enrolments_customer_id'))
        batch_op.drop_index('ix_enrolments_class_status')
        batch_op.drop_index(batch_op.f('ix_enrolments_centre_id'))

    op.drop_table('enrolments')
    with op.batch_alter_table('guardians', schema=None) as batch_op:
        batch_op.drop_index('ix_guardians_minor')
        batch_op.drop_index(batch_op.f('ix_guardians_centre_id'))

    op.drop_table('guardians')
    with op.batch_alter_table('classes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_classes_course_id'))
        batch_op.drop_index(batch_op.f('ix_classes_centre_id'))

    op.drop_table('classes')
    op.drop_table('store_settings')
    with op.batch_alter_table('staff', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_staff_centre_id'))

    op.drop_table('staff')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_batch')

    op.drop_table('outbox')
    with op.batch_alter_table('field_changes', schema=None) as batch_op:
        batch_op.drop_index('ix_field_changes_row')
        batch_op.drop_index(batch_op.f('ix_field_changes_centre_id'))

    op.drop_table('field_changes')
    with op.batch_alter_table('customers', schema=None) as batch_op:
        batch_op.drop_index('ix_customers_list')
        batch_op.drop_index(batch_op.f('ix_customers_phone_rev'))
        batch_op.drop_index(batch_op.f('ix_customers_phone_digits'))
        batch_op.drop_index(batch_op.f('ix_customers_id_rev'))
        batch_op.drop_index(batch_op.f('ix_customers_id_number'))
        batch_op.drop_index(batch_op.f('ix_customers_centre_id'))

    op.drop_table('customers')
    with op.batch_alter_table('courses', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_courses_centre_id'))

    op.drop_table('courses')
    with op.batch_alter_table('centres', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_centres_centre_id'))

    op.drop_table('centres')

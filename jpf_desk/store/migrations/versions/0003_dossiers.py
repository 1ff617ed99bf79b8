"""Study-in-France dossiers: stages, programme choices, document checklist, partners
with their agreed scope, the disclosure log and partners' requests.

The stage log and the disclosure log are append-only: triggers refuse UPDATE and DELETE.

Revision ID: 0003_dossiers
Revises: 0001_foundation
Create Date: 2026-11-25
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from jpf_desk.store.base import UtcDateTime

revision: str = '0003_dossiers'
down_revision: str | Sequence[str] | None = '0001_foundation'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APPEND_ONLY = ("dossier_stage_changes", "disclosures")


def upgrade() -> None:
    op.create_table('document_kinds',
    sa.Column('code', sa.String(length=40), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('expires', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_document_kinds')),
    sa.UniqueConstraint('code', name=op.f('uq_document_kinds_code'))
    )
    with op.batch_alter_table('document_kinds', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_document_kinds_centre_id'), ['centre_id'], unique=False)

    op.create_table('partners',
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('country', sa.String(length=2), nullable=False),
    sa.Column('contact', sa.Text(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partners'))
    )
    with op.batch_alter_table('partners', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partners_centre_id'), ['centre_id'], unique=False)

    op.create_table('dossiers',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('consultant_id', sa.String(length=36), nullable=False),
    sa.Column('intake_season', sa.String(length=10), nullable=False),
    sa.Column('intake_year', sa.Integer(), nullable=False),
    sa.Column('level_sought', sa.String(length=40), nullable=False),
    sa.Column('budget_vnd', sa.Integer(), nullable=True),
    sa.Column('stage', sa.String(length=30), nullable=False),
    sa.Column('stage_since', sa.Date(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultant_id'], ['staff.id'], name=op.f('fk_dossiers_consultant_id_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_dossiers_customer_id_customers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossiers'))
    )
    with op.batch_alter_table('dossiers', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossiers_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_consultant_id'), ['consultant_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossiers_customer_id'), ['customer_id'], unique=False)

    op.create_table('partner_scopes',
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('item', sa.String(length=60), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_partner_scopes_partner_id_partners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_scopes')),
    sa.UniqueConstraint('partner_id', 'purpose', 'item', name=op.f('uq_partner_scopes_partner_id'))
    )
    with op.batch_alter_table('partner_scopes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_scopes_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_scopes_partner_id'), ['partner_id'], unique=False)

    op.create_table('disclosures',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=True),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('items', sa.Text(), nullable=False),
    sa.Column('consent_receipt_id', sa.String(length=36), nullable=False),
    sa.Column('sent_at', UtcDateTime(), nullable=False),
    sa.Column('channel', sa.String(length=10), nullable=False),
    sa.Column('sent_by', sa.String(length=36), nullable=False),
    sa.Column('cross_border', sa.Boolean(), nullable=False),
    sa.Column('legal_basis', sa.String(length=20), nullable=False),
    sa.Column('package_sha256', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_disclosures_customer_id_customers')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_disclosures_dossier_id_dossiers')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_disclosures_partner_id_partners')),
    sa.ForeignKeyConstraint(['sent_by'], ['staff.id'], name=op.f('fk_disclosures_sent_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_disclosures'))
    )
    with op.batch_alter_table('disclosures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_disclosures_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosures_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_disclosures_partner_id'), ['partner_id'], unique=False)

    op.create_table('dossier_documents',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('kind_code', sa.String(length=40), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('sensitive', sa.Boolean(), nullable=False),
    sa.Column('received_on', sa.Date(), nullable=True),
    sa.Column('received_by', sa.String(length=36), nullable=True),
    sa.Column('checked', sa.Boolean(), nullable=False),
    sa.Column('expiry_date', sa.Date(), nullable=True),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('file_path', sa.String(length=300), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('file_size', sa.Integer(), nullable=False),
    sa.Column('encrypted', sa.Boolean(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_documents_dossier_id_dossiers')),
    sa.ForeignKeyConstraint(['received_by'], ['staff.id'], name=op.f('fk_dossier_documents_received_by_staff')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_documents')),
    sa.UniqueConstraint('dossier_id', 'kind_code', name=op.f('uq_dossier_documents_dossier_id'))
    )
    with op.batch_alter_table('dossier_documents', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_documents_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_documents_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('dossier_stage_changes',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('from_stage', sa.String(length=30), nullable=True),
    sa.Column('to_stage', sa.String(length=30), nullable=False),
    sa.Column('changed_on', sa.Date(), nullable=False),
    sa.Column('consultant_id', sa.String(length=36), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['consultant_id'], ['staff.id'], name=op.f('fk_dossier_stage_changes_consultant_id_staff')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_dossier_stage_changes_dossier_id_dossiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_dossier_stage_changes'))
    )
    with op.batch_alter_table('dossier_stage_changes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_dossier_stage_changes_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dossier_stage_changes_dossier_id'), ['dossier_id'], unique=False)

    op.create_table('partner_requests',
    sa.Column('customer_id', sa.String(length=36), nullable=False),
    sa.Column('dossier_id', sa.String(length=36), nullable=True),
    sa.Column('partner_id', sa.String(length=36), nullable=False),
    sa.Column('purpose', sa.String(length=40), nullable=False),
    sa.Column('requested_items', sa.Text(), nullable=False),
    sa.Column('request_note', sa.Text(), nullable=False),
    sa.Column('asked_on', sa.Date(), nullable=False),
    sa.Column('outcome', sa.String(length=20), nullable=False),
    sa.Column('answer', sa.Text(), nullable=False),
    sa.Column('answered_on', sa.Date(), nullable=True),
    sa.Column('answered_by', sa.String(length=36), nullable=True),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['answered_by'], ['staff.id'], name=op.f('fk_partner_requests_answered_by_staff')),
    sa.ForeignKeyConstraint(['customer_id'], ['customers.id'], name=op.f('fk_partner_requests_customer_id_customers')),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_partner_requests_dossier_id_dossiers')),
    sa.ForeignKeyConstraint(['partner_id'], ['partners.id'], name=op.f('fk_partner_requests_partner_id_partners')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_partner_requests'))
    )
    with op.batch_alter_table('partner_requests', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_partner_requests_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_requests_customer_id'), ['customer_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_partner_requests_partner_id'), ['partner_id'], unique=False)

    op.create_table('programme_choices',
    sa.Column('dossier_id', sa.String(length=36), nullable=False),
    sa.Column('rank', sa.Integer(), nullable=False),
    sa.Column('school', sa.String(length=200), nullable=False),
    sa.Column('city', sa.String(length=100), nullable=False),
    sa.Column('programme', sa.String(length=200), nullable=False),
    sa.Column('level', sa.String(length=40), nullable=False),
    sa.Column('applied_on', sa.Date(), nullable=True),
    sa.Column('answer', sa.String(length=20), nullable=False),
    sa.Column('id', sa.String(length=36), nullable=False),
    sa.Column('centre_id', sa.String(length=36), nullable=False),
    sa.Column('created_at', UtcDateTime(), nullable=False),
    sa.Column('updated_at', UtcDateTime(), nullable=False),
    sa.Column('changed_by', sa.String(length=36), nullable=True),
    sa.Column('revision', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['dossier_id'], ['dossiers.id'], name=op.f('fk_programme_choices_dossier_id_dossiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_programme_choices'))
    )
    with op.batch_alter_table('programme_choices', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_programme_choices_centre_id'), ['centre_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_programme_choices_dossier_id'), ['dossier_id'], unique=False)

    for table in APPEND_ONLY:
        for action in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER {table}_no_{action.lower()} BEFORE {action} ON {table} "
                f"BEGIN SELECT RAISE(ABORT, 'append-only table {table}'); END"
            )


def downgrade() -> None:
    for table in APPEND_ONLY:
        for action in ("update", "delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{action}")
    op.drop_table('programme_choices')
    op.drop_table('partner_requests')
    op.drop_table('dossier_stage_changes')
    op.drop_table('dossier_documents')
    op.drop_table('disclosures')
    op.drop_table('partner_scopes')
    op.drop_table('dossiers')
    op.drop_table('partners')
    op.drop_table('document_kinds')

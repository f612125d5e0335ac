"""database identity: a random id made once per database, which its tensor store records

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-03 17:00:00
"""
import time
import uuid
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa
import sqlmodel


revision: str = '0006'
down_revision: Union[str, None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    table = op.create_table(
        'database_identity',
        sa.Column('id', sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column('created_at', sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint('id'),
    )
    # Made here, once: a database created before this revision gets its id on upgrade.
    op.bulk_insert(table, [{'id': uuid.uuid4().hex, 'created_at': time.time()}])


def downgrade() -> None:
    op.drop_table('database_identity')

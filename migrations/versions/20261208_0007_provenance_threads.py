"""provenance threads: how many threads the process that computed a row ran with

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-08 03:35:00
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    # Rows computed before this revision did not record it: NULL, not a guess.
    with op.batch_alter_table('provenance', schema=None) as batch_op:
        batch_op.add_column(sa.Column('threads', sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('provenance', schema=None) as batch_op:
        batch_op.drop_column('threads')

"""The core's relational schema: studies, cells (the unit of work: state, lease, attempts),
their dependencies and study links, provenance, tensors and recorded verdicts. Alembic
migrations in migrations/ create these tables; ``alembic check`` in CI keeps the two in step.

A study's results are rows of the tables its study shape declares (expdb.shapes), written in
the transaction that marks their cell done; the core never names them.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, Float, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from .store.revision_files import VERSION_TABLE  # noqa: F401  (where Alembic keeps the revision)

CELL_STATES = ("pending", "running", "done", "failed")

metadata = SQLModel.metadata


class Study(SQLModel, table=True):
    __tablename__ = "study"
    id: Optional[int] = Field(default=None, primary_key=True)
    name: str = Field(max_length=200, unique=True)
    description: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    spec_sha256: str = Field(max_length=64)
    spec_text: str = Field(sa_column=Column(Text, nullable=False))
    created_at: float = Field(sa_column=Column(Float, nullable=False))
    updated_at: float = Field(sa_column=Column(Float, nullable=False))


class DatabaseIdentity(SQLModel, table=True):
    """One row: a random id made when the database was created (or first upgraded to carry one).
    Its tensor store records it, so that a store is never used with another database."""

    __tablename__ = "database_identity"
    id: str = Field(max_length=32, primary_key=True)
    created_at: float = Field(sa_column=Column(Float, nullable=False))


class Provenance(SQLModel, table=True):
    """Where and with what a computed row was made."""

    __tablename__ = "provenance"
    id: Optional[int] = Field(default=None, primary_key=True)
    expdb_version: str = Field(max_length=40)
    git_commit: Optional[str] = Field(default=None, max_length=40)
    python_version: str = Field(max_length=40)
    numpy_version: Optional[str] = Field(default=None, max_length=40)
    torch_version: Optional[str] = Field(default=None, max_length=40)
    sklearn_version: Optional[str] = Field(default=None, max_length=40)
    device: str = Field(max_length=80)
    host: str = Field(max_length=200)
    worker: str = Field(max_length=200)
    started_at: float = Field(sa_column=Column(Float, nullable=False))
    finished_at: float = Field(sa_column=Column(Float, nullable=False))
    # A gang is how a cell was computed (several cells trained as one stacked computation),
    # never what it is: the same cell alone or in any gang has the same key.
    gang_id: Optional[str] = Field(default=None, max_length=32)
    gang_size: Optional[int] = None
    # Threads the computing process ran with (OMP_NUM_THREADS, else its usable cores): a cell
    # computed again with another count may differ in its last bits (kernels add in another order).
    threads: Optional[int] = None


class Cell(SQLModel, table=True):
    """One unit of work, keyed by the hash of its canonical content."""

    __tablename__ = "cell"
    __table_args__ = (
        Index("ix_cell_state_kind", "state", "kind"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    key: str = Field(max_length=32, unique=True)
    kind: str = Field(max_length=16)
    runner: str = Field(max_length=100)
    # The canonical content the key hashes, kept so any worker can compute the cell;
    # its typed meaning lives in the result tables below.
    content: str = Field(sa_column=Column(Text, nullable=False))
    state: str = Field(default="pending", max_length=16)
    lease_owner: Optional[str] = Field(default=None, max_length=200)
    lease_expires: Optional[float] = Field(default=None, sa_column=Column(Float))
    attempts: int = Field(default=0)
    last_error: Optional[str] = Field(default=None, sa_column=Column(Text))
    traceback: Optional[str] = Field(default=None, sa_column=Column(Text))
    created_at: float = Field(sa_column=Column(Float, nullable=False))
    started_at: Optional[float] = Field(default=None, sa_column=Column(Float))
    finished_at: Optional[float] = Field(default=None, sa_column=Column(Float))
    provenance_id: Optional[int] = Field(default=None, foreign_key="provenance.id")


class CellDependency(SQLModel, table=True):
    """child needs parent done before it can run (evaluate -> represent -> train)."""

    __tablename__ = "cell_dependency"
    child_id: int = Field(foreign_key="cell.id", primary_key=True)
    parent_id: int = Field(foreign_key="cell.id", primary_key=True, index=True)


class StudyCell(SQLModel, table=True):
    """A cell belongs to every study whose spec asks for it."""

    __tablename__ = "study_cell"
    study_id: int = Field(foreign_key="study.id", primary_key=True)
    cell_id: int = Field(foreign_key="cell.id", primary_key=True, index=True)


class Tensor(SQLModel, table=True):
    """An array in the Zarr store, written and verified before this row exists."""

    __tablename__ = "tensor"
    __table_args__ = (UniqueConstraint("cell_id", "name", name="uq_tensor_cell_name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    cell_id: int = Field(foreign_key="cell.id", index=True)
    name: str = Field(max_length=100)
    path: str = Field(max_length=300)
    shape: str = Field(max_length=100)
    dtype: str = Field(max_length=20)
    nbytes: int
    checksum: str = Field(max_length=64)


class Verdict(SQLModel, table=True):
    """One claim's result on a study, as `expdb verify --record` found it: a study's history
    of verdicts is a query (expdb query verdicts)."""

    __tablename__ = "verdict"
    __table_args__ = (Index("ix_verdict_study_claim", "study_id", "claim", "recorded_at"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    study_id: int = Field(foreign_key="study.id")
    claim: str = Field(max_length=100)
    profile: Optional[str] = Field(default=None, max_length=40)
    verdict: str = Field(max_length=20)
    severity: str = Field(max_length=10)
    measured: Optional[float] = Field(default=None, sa_column=Column(Float))
    interval_low: Optional[float] = Field(default=None, sa_column=Column(Float))
    interval_high: Optional[float] = Field(default=None, sa_column=Column(Float))
    n: int = 0
    offending_rows: int = 0
    # everything verify --json says of the claim: figures, checks, offending rows, reasons
    result: str = Field(sa_column=Column(Text, nullable=False))
    expdb_version: str = Field(max_length=40)
    git_commit: Optional[str] = Field(default=None, max_length=40)
    recorded_at: float = Field(sa_column=Column(Float, nullable=False))

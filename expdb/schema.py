"""The relational schema: every cell, model, hyperparameter, representation and score
is a typed row. Alembic migrations in migrations/ create exactly these tables;
``alembic check`` in CI keeps the two in step.

Cells are the unit of work (state, lease, attempts); the domain tables (model,
representation, evaluation, score, ...) are the results, written in the same
transaction that marks their cell done.
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


class Model(SQLModel, table=True):
    __tablename__ = "model"
    __table_args__ = (Index("ix_model_dataset_method_seed", "dataset", "method", "seed"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    cell_id: Optional[int] = Field(default=None, foreign_key="cell.id", unique=True)
    source: str = Field(default="expdb", max_length=40)
    external_id: Optional[str] = Field(default=None, max_length=100, index=True)
    dataset: str = Field(max_length=100)
    method: str = Field(max_length=100)
    seed: int
    # The reference library numbers its models by grid position; kept for interoperability.
    model_num: Optional[int] = None
    runner: str = Field(max_length=100)
    steps: Optional[int] = None
    batch_size: Optional[int] = None
    learning_rate: Optional[float] = Field(default=None, sa_column=Column(Float))
    latent_dim: Optional[int] = None
    resolution: Optional[int] = None
    data_source: Optional[str] = Field(default=None, max_length=100)
    reconstruction_loss: Optional[float] = Field(default=None, sa_column=Column(Float))
    kl_loss: Optional[float] = Field(default=None, sa_column=Column(Float))
    elbo: Optional[float] = Field(default=None, sa_column=Column(Float))
    regularizer: Optional[float] = Field(default=None, sa_column=Column(Float))
    loss: Optional[float] = Field(default=None, sa_column=Column(Float))
    provenance_id: Optional[int] = Field(default=None, foreign_key="provenance.id")


class Hyperparameter(SQLModel, table=True):
    __tablename__ = "hyperparameter"
    __table_args__ = (UniqueConstraint("model_id", "name", name="uq_hyperparameter_model_name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    model_id: int = Field(foreign_key="model.id", index=True)
    name: str = Field(max_length=100)
    value: float = Field(sa_column=Column(Float, nullable=False))


class ModelSetting(SQLModel, table=True):
    """Every training setting of a model, typed: a number or a text, never both."""

    __tablename__ = "model_setting"
    __table_args__ = (UniqueConstraint("model_id", "name", name="uq_model_setting_model_name"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    model_id: int = Field(foreign_key="model.id", index=True)
    name: str = Field(max_length=100)
    value_number: Optional[float] = Field(default=None, sa_column=Column(Float))
    value_text: Optional[str] = Field(default=None, max_length=200)


class TrainingCurve(SQLModel, table=True):
    __tablename__ = "training_curve"
    __table_args__ = (UniqueConstraint("model_id", "step", "name", name="uq_training_curve_point"),)
    id: Optional[int] = Field(default=None, primary_key=True)
    model_id: int = Field(foreign_key="model.id", index=True)
    step: int
    name: str = Field(max_length=100)
    value: float = Field(sa_column=Column(Float, nullable=False))


class Representation(SQLModel, table=True):
    """A way the arrays of one represent (encode) cell are read: its mean and its sampled
    representation are two rows of one cell (revision 0005; one cell each before)."""

    __tablename__ = "representation"
    __table_args__ = (Index("ix_representation_model_kind", "model_id", "kind"),
                      UniqueConstraint("cell_id", "kind", name="uq_representation_cell_kind"))
    id: Optional[int] = Field(default=None, primary_key=True)
    cell_id: Optional[int] = Field(default=None, foreign_key="cell.id")
    model_id: int = Field(foreign_key="model.id")
    kind: str = Field(max_length=20)
    store_path: Optional[str] = Field(default=None, max_length=300)
    n_points: Optional[int] = None
    n_dims: Optional[int] = None
    dtype: Optional[str] = Field(default=None, max_length=20)
    checksum: Optional[str] = Field(default=None, max_length=64)
    provenance_id: Optional[int] = Field(default=None, foreign_key="provenance.id")


class Evaluation(SQLModel, table=True):
    __tablename__ = "evaluation"
    __table_args__ = (
        Index("ix_evaluation_representation_metric", "representation_id", "metric"),
        # covering the query layer's join from a study's cells to its scores: no table reads
        Index("ix_evaluation_cell_cover", "cell_id", "metric", "profile", "representation_id", "eval_seed"),
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    cell_id: Optional[int] = Field(default=None, foreign_key="cell.id", unique=True)
    representation_id: int = Field(foreign_key="representation.id")
    metric: str = Field(max_length=100)
    profile: Optional[str] = Field(default=None, max_length=40)
    eval_seed: Optional[int] = None
    provenance_id: Optional[int] = Field(default=None, foreign_key="provenance.id")


class Score(SQLModel, table=True):
    __tablename__ = "score"
    __table_args__ = (
        UniqueConstraint("evaluation_id", "name", name="uq_score_evaluation_name"),
        Index("ix_score_name", "name"),
        Index("ix_score_evaluation_cover", "evaluation_id", "name", "value"),  # scores read without table reads
    )
    id: Optional[int] = Field(default=None, primary_key=True)
    evaluation_id: int = Field(foreign_key="evaluation.id", index=True)
    name: str = Field(max_length=100)
    # NULL where a metric is undefined (NaN): SQLite cannot store NaN.
    value: Optional[float] = Field(default=None, sa_column=Column(Float))


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

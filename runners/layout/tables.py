"""The reference layout's result tables: a model per train cell (with its hyperparameters,
settings and training curve), a row per representation an encode cell's arrays are read as,
an evaluation per evaluate cell and its named scores.

They live on SQLModel's metadata beside the core's tables (cell, provenance) they refer to.
Migrations 0001-0005 in migrations/ created and changed them together with the core's tables;
that history stays as it was written, and ``alembic check`` compares these classes with it.
"""

from __future__ import annotations

from typing import Optional

from sqlalchemy import Column, Float, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from expdb.plugin import CellDependency  # noqa: F401  (loads the core's tables, cell and provenance among them, that these refer to)


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


TABLES = (Model, Hyperparameter, ModelSetting, TrainingCurve, Representation, Evaluation, Score)

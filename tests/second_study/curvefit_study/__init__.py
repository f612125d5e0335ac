"""A second study, small and of another shape than the reference's, declared to expdb only
through entry points (curvefit_study-0.1.dist-info/entry_points.txt): polynomials of several
degrees fitted to noisy samples of a curve (kind "fit", one per grid assignment), each scored
on fresh samples by several measures (kind "score"). Its results go to its own two tables.
tests/test_second_study.py fills, verifies, queries and reports it with nothing in expdb/
knowing of it."""

from sqlalchemy import Column, Float, Integer, MetaData, String, Table

from expdb.plugin import Kind, Shape

METADATA = MetaData()
CURVE_FIT = Table(
    "curve_fit", METADATA,
    Column("id", Integer, primary_key=True),
    Column("cell_id", Integer, nullable=False, index=True),
    Column("degree", Integer, nullable=False),
    Column("seed", Integer, nullable=False),
    Column("train_mse", Float),
)
CURVE_SCORE = Table(
    "curve_score", METADATA,
    Column("id", Integer, primary_key=True),
    Column("cell_id", Integer, nullable=False, index=True),
    Column("measure", String(40), nullable=False),
    Column("value", Float),
)

SHAPES = {
    "curvefit": Shape("curvefit", (
        Kind("fit", default_runner="curve-fit"),
        Kind("score", parent="fit", choices="measures", label="measure", default_runner="curve-score"),
    ), tables=lambda: METADATA, description="fit -> score, written to curve_fit and curve_score"),
}

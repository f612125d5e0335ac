"""The reference study's shape, declared to expdb (entry point ``expdb.shapes``): its kinds
train -> represent -> evaluate, its tables (model with hyperparameters, settings and training
curve; representation; evaluation with scores), how it plans, checks and writes them, and how
results bundles carry them.

Nothing here imports torch, and nothing imports SQLAlchemy until a hook runs: `expdb verify`
reads the declaration without touching either.
"""

from __future__ import annotations

from expdb.plugin import Kind, Shape

# The reference study's kinds, named here once (its runners, planner, writer and importer use these).
TRAIN, REPRESENT, EVALUATE = "train", "represent", "evaluate"


def _tables():
    from .tables import TABLES

    return [t.__table__ for t in TABLES]


def _check_spec(spec):
    from .plan import check_spec

    return check_spec(spec)


def _plan(spec):
    from .plan import plan

    return plan(spec)


def _labels(cells):
    from .plan import labels

    return labels(cells)


def _check_content(kind, content):
    from .limits import check_content

    return check_content(kind, content)


def _write(conn, stored, result, tensors, provenance_id):
    from .write import write

    return write(conn, stored, result, tensors, provenance_id)


def _frame(name):
    def frame(tables, *args, **kwargs):
        from . import frames

        return getattr(frames, name)(tables, *args, **kwargs)

    frame.__name__ = name
    return frame


# what the reference study adds to expdb.tables.Tables (layout.frames)
FRAMES = {name: _frame(name) for name in ("models", "hyperparameters", "scores", "scores_per_model", "wide",
                                          "profiles", "resolve_profile", "spec_profile")}


class _Bundle:
    """The reference tables in results bundles (their format predates shapes: rows refer to
    their model's, representation's or evaluation's cell by key); see .bundle."""

    def __getattr__(self, name):
        from . import bundle

        return getattr(bundle, name)


REFERENCE = Shape(
    "reference",
    (
        Kind(TRAIN, default_runner="vae"),
        Kind(REPRESENT, parent=TRAIN, choices="kinds", label="representation", default_runner="represent",
             default_choices=("mean", "sampled")),
        Kind(EVALUATE, parent=REPRESENT, choices="metrics", label="metric", default_runner="metrics"),
    ),
    tables=_tables,
    description="train -> represent -> evaluate, written to model, representation, evaluation and score",
    default=True,
    check_spec=_check_spec,
    plan=_plan,
    labels=_labels,
    check_content=_check_content,
    write=_write,
    counted=(("models", "model"), ("representations", "representation"), ("evaluations", "evaluation"),
             ("scores", "score")),
    frames=FRAMES,
    bundle=_Bundle(),
)

SHAPES = {"reference": REFERENCE}

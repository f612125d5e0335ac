"""Did the models learn: the mean-image baselines kept for verify, and the per-data-set count."""

from __future__ import annotations

import sqlite3

import pytest

from expdb.tables import Tables
from expdb_queries.learning import BASELINES, KL_FLOOR, PROCEDURAL, learning, summary
from expdb_runners.baseline import mean_image_loss

from planted import build, load_into, quality_scores


@pytest.mark.slow
@pytest.mark.parametrize("dataset,resolution", sorted(k for k in BASELINES if k[1] == 32 or k[0] == "dsprites_full"))
def test_kept_baselines_equal_the_runner_computation(dataset, resolution):
    # verify reads the kept value without torch; it must be what the runner computes
    assert BASELINES[(dataset, resolution)] == pytest.approx(mean_image_loss(dataset, resolution), abs=0.05)


def planted_models(tmp_path, recon, kl, source=PROCEDURAL):
    """Two data sets x 2 seeds x 2 strengths; losses chosen per (seed, strength)."""
    url = f"sqlite:///{tmp_path / 'l.db'}"
    build(tmp_path / "l.json", ["dsprites_full", "cars3d"], [0, 1], quality_scores(), methods=["beta_vae"],
          strengths=2, metrics=["mig"],
          losses=lambda d, m, i, s: {"reconstruction_loss": recon(i, s), "kl_loss": kl(i, s), "elbo": 0.0})
    load_into(url, tmp_path / "l.json")
    with sqlite3.connect(tmp_path / "l.db") as con:  # as a procedural 32x32 training run records it
        con.execute("UPDATE model SET data_source = ?, resolution = 32", (source,))
    return url


def test_learning_counts_models_below_the_baseline_and_above_the_kl_floor(tmp_path):
    base = BASELINES[("dsprites_full", 32)]
    url = planted_models(tmp_path, recon=lambda i, s: base - 1 if s == 0 else base + 1,
                         kl=lambda i, s: KL_FLOOR + 0.5 if i == 0 else KL_FLOOR / 2)
    with Tables(url) as tables:
        rows = {r["dataset"]: r for r in learning(tables, "planted").iter_rows(named=True)}
        line, _ = summary(tables, "planted")
    dsprites = rows["dsprites_full"]
    assert (dsprites["models"], dsprites["below_baseline"], dsprites["kl_above_1"], dsprites["learned"]) == (4, 2, 2, 1)
    assert dsprites["baseline"] == base
    # cars3d has no procedural version and no kept baseline: unknown, not zero
    assert rows["cars3d"]["baseline"] is None and rows["cars3d"]["learned"] is None
    assert "dsprites_full 1/4" in line and "cars3d ?/4" in line


def test_models_from_the_original_files_have_no_baseline(tmp_path):
    url = planted_models(tmp_path, recon=lambda i, s: 1.0, kl=lambda i, s: 5.0, source="original")
    with Tables(url) as tables:
        rows = learning(tables, "planted")
    assert rows["learned"].null_count() == rows.height
    assert rows["kl_above_1"].to_list() == [4, 4]

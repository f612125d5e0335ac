"""The statistics claims rest on, against scipy and brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.stats import rankdata, spearmanr

from expdb.stats import RankedColumns, rank, seed_bootstrap, seed_weights, spearman, spearman_matrix
from expdb_queries.claims.seed_dominance import beat_rate, variance_share


def test_rank_and_spearman_match_scipy():
    rng = np.random.default_rng(3)
    x = rng.integers(0, 6, (5, 40)).astype(float)  # many ties
    assert np.allclose(rank(x), rankdata(x, axis=-1))
    a, b = rng.normal(size=50), rng.integers(0, 4, 50)
    assert spearman(a, b) == pytest.approx(spearmanr(a, b)[0])
    cols = np.c_[a, b, a * 2 + rng.normal(size=50)]
    assert np.allclose(spearman_matrix(cols), spearmanr(cols)[0])


def test_weighted_ranks_equal_expanded_rows():
    """A bootstrap replicate as row weights gives the Spearman matrix of the rows repeated."""
    rng = np.random.default_rng(4)
    values = np.c_[rng.integers(0, 5, 80), rng.normal(size=80), rng.integers(0, 3, 80)].astype(float)
    seeds = np.repeat(np.arange(8), 10)
    ranked, weights_of = RankedColumns(values), seed_weights(seeds, seeds)
    for _ in range(10):
        counts = np.bincount(rng.integers(0, 8, 8), minlength=8)
        rows = np.concatenate([np.flatnonzero(seeds == s) for s in range(8) for _ in range(counts[s])])
        assert np.allclose(ranked.spearman(weights_of(counts)), spearman_matrix(values[rows]))


def test_beat_rate_and_variance_share_by_brute_force():
    rng = np.random.default_rng(5)
    configs = np.repeat(np.arange(5), 7)
    y = configs * 0.3 + rng.normal(size=35).round(1)  # ties included
    rates = []
    medians = {c: np.median(y[configs == c]) for c in range(5)}
    for a, b in itertools.permutations(range(5), 2):
        if medians[a] < medians[b]:
            pairs = [(u > v) + 0.5 * (u == v) for u in y[configs == a] for v in y[configs == b]]
            rates.append(np.mean(pairs))
    assert beat_rate(y, configs) == pytest.approx(np.mean(rates))
    total = ((y - y.mean()) ** 2).sum()
    between = sum(7 * (y[configs == c].mean() - y.mean()) ** 2 for c in range(5))
    assert variance_share(y, configs) == pytest.approx(between / total)
    w = rng.integers(0, 3, 35).astype(float)
    rows = np.repeat(np.arange(35), w.astype(int))
    assert variance_share(y, configs, w) == pytest.approx(variance_share(y[rows], configs[rows]))


def test_seed_bootstrap_is_deterministic_and_brackets_the_estimate():
    rng = np.random.default_rng(6)
    seeds = np.repeat(np.arange(20), 5)
    values = rng.normal(size=100) + 1.0
    weights_of = seed_weights(seeds, seeds)

    def mean(counts):
        w = weights_of(counts)
        return float((w * values).sum() / w.sum())
    first, second = seed_bootstrap(seeds, mean), seed_bootstrap(seeds, mean)
    assert first == second
    assert first[0] < values.mean() < first[1]
    assert all(np.isnan(v) for v in seed_bootstrap(np.zeros(5), mean))  # one seed: no interval

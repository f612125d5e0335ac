"""The statistics claims rest on, against scipy and brute force."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
from scipy.stats import rankdata, spearmanr

from expdb_queries.stats import (GroupedRankedColumns, RankedColumns, rank, seed_bootstrap, seed_jackknife, seed_weights, spearman, spearman_matrix,
                         too_few_seeds)
from expdb_queries.claims.seed_dominance import BeatRate, beat_rate, variance_share


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


def test_weighted_ranks_by_definition_for_whole_and_fractional_weights():
    """Whole counts take an integer running sum, other weights a float one: both give each row
    the weight below its value plus half of (the weight tied with it + 1)."""
    rng = np.random.default_rng(5)
    values = np.c_[rng.integers(0, 4, 30), rng.normal(size=30)].astype(float)
    ranked = RankedColumns(values)
    for weights in (rng.integers(0, 4, 30).astype(float), rng.random(30) * 3):
        below = (values[None, :, :] < values[:, None, :]) * weights[None, :, None]
        tied = (values[None, :, :] == values[:, None, :]) * weights[None, :, None]
        expected = below.sum(1) + (tied.sum(1) + 1) / 2
        assert np.allclose(ranked.ranks(weights), expected)


def test_grouped_spearman_equals_each_group_alone():
    """Many groups ranked at once give each group's own weighted Spearman matrix, with NaN
    for a group left with fewer than 3 weighted rows; groups need not be contiguous."""
    rng = np.random.default_rng(6)
    sizes = [2, 5, 40, 17, 3]
    groups = np.repeat(np.arange(len(sizes)), sizes)
    order = rng.permutation(len(groups))
    groups = groups[order]
    values = np.c_[rng.integers(0, 4, len(groups)), rng.normal(size=len(groups)), rng.integers(0, 2, len(groups))]
    grouped = GroupedRankedColumns(values.astype(float), groups)
    for _ in range(5):
        weights = rng.integers(0, 3, len(groups)).astype(float)
        together = grouped.spearman(weights)
        for g in range(len(sizes)):
            rows = groups == g
            alone = RankedColumns(values[rows].astype(float)).spearman(weights[rows])
            assert np.allclose(together[g], alone, equal_nan=True)
        assert np.isnan(together[0]).all()  # two rows are never enough


def test_weighted_beat_rate_equals_beat_rate_on_the_runs_repeated_by_their_weights():
    """What seed_dominance's bootstraps use: every run counted as often as a replicate drew it
    (medians of the repeated runs, every pair of repeated runs), against beat_rate on the
    expanded runs, with ties, missing (NaN) runs and runs drawn zero times."""
    rng = np.random.default_rng(11)
    for trial in range(60):
        n_config, n_seed = rng.integers(2, 6), rng.integers(1, 8)
        y = rng.normal(size=n_config * n_seed).round(1)
        y[rng.random(len(y)) < 0.1] = np.nan
        configs = np.repeat(np.arange(n_config), n_seed)
        rate = BeatRate(y, configs)
        present = np.isfinite(y)
        assert rate.value() == pytest.approx(beat_rate(y[present], configs[present]), nan_ok=True)
        weights = rng.integers(0, 4, len(y)).astype(float)
        expanded = np.repeat(np.arange(len(y)), weights.astype(int))
        expanded = expanded[present[expanded]]
        expected = beat_rate(y[expanded], configs[expanded]) if len(expanded) else float("nan")
        assert rate.value(weights) == pytest.approx(expected, nan_ok=True), trial


def test_beat_rate_under_configuration_counts_equals_beat_rate_with_the_configurations_repeated():
    """A configuration drawn c times (seed_dominance's bootstrap over configurations at few
    seeds) counts as c copies of itself: every pair with another configuration counts the product
    of their counts, and a pair of its own copies (equal medians) never counts."""
    rng = np.random.default_rng(12)
    for trial in range(40):
        n_config, n_seed = int(rng.integers(2, 6)), int(rng.integers(1, 5))
        y = rng.normal(size=n_config * n_seed).round(1)
        configs = np.repeat(np.arange(n_config), n_seed)
        counts = rng.integers(0, 3, n_config)
        # the copies, as configurations of their own: copy k of configuration c is c * 10 + k
        copies = [(c, k) for c in range(n_config) for k in range(counts[c])]
        y_copies = np.concatenate([y[configs == c] for c, _ in copies]) if copies else np.array([])
        labels = np.concatenate([np.full(n_seed, c * 10 + k) for c, k in copies]) if copies else np.array([])
        expected = beat_rate(y_copies, labels) if len(copies) >= 2 else float("nan")
        assert BeatRate(y, configs).value(config_weights=counts) == pytest.approx(expected, nan_ok=True), trial


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
    both = seed_bootstrap(seeds, lambda counts: np.array([mean(counts), 2 * mean(counts)]))  # a vector statistic
    assert both.shape == (2, 2) and tuple(both[0]) == pytest.approx(first) and tuple(both[1]) == pytest.approx(
        (2 * first[0], 2 * first[1]))
    few = np.repeat(np.arange(4), 5)  # 4 seeds: 35 distinct resamples, no interval
    assert all(np.isnan(v) for v in seed_bootstrap(few, lambda counts: float(counts.sum())))
    assert too_few_seeds(few) == "too few seeds for an interval (4; at least 5)" and too_few_seeds(seeds) is None


def test_seed_jackknife_removes_a_known_bias():
    """The plug-in variance of per-seed means (dividing by n) is biased by (n - 1) / n; the jackknife's
    bias-corrected centre is exactly the unbiased variance (dividing by n - 1)."""
    rng = np.random.default_rng(2)
    seeds = np.arange(8)
    x = rng.normal(size=8) * 3

    def plug_in(counts):
        w = np.asarray(counts, dtype=float)
        m = (w * x).sum() / w.sum()
        return float((w * (x - m) ** 2).sum() / w.sum())
    low, high = seed_jackknife(seeds, plug_in)
    assert (low + high) / 2 == pytest.approx(x.var(ddof=1))
    assert low < plug_in(np.ones(8)) < high
    assert all(np.isnan(v) for v in seed_jackknife(np.arange(3), lambda counts: float(counts.sum())))  # too few seeds



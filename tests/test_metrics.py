"""Metrics on cases whose answer is known without the code under test."""

import math

import numpy as np
import pytest

from expdb_runners.metrics import METRICS, EvaluationSet, compute
from expdb_runners.metrics.dci import scores_from_importance
from expdb_runners.metrics.information import discretize, entropy, mutual_information
from expdb_runners.metrics.modularity import modularity_score
from expdb_runners.metrics.unsupervised import gaussian_total_correlation, gaussian_wasserstein_correlation

SIZES = np.array([4, 5, 6])


def evaluation_set(codes_from, n=4000, seed=0, kind="mean"):
    rng = np.random.default_rng(seed)
    factors = np.stack([rng.integers(0, s, n) for s in SIZES], axis=1)
    mean = codes_from(factors, rng)
    return EvaluationSet(SIZES, factors, mean, np.full_like(mean, -8.0), kind)


def aligned(factors, rng):
    """Each factor on its own code (scaled to [-1, 1], a little noise), plus two noise codes."""
    scaled = factors / (SIZES - 1) * 2 - 1
    return np.concatenate([scaled + 0.02 * rng.standard_normal(scaled.shape), rng.standard_normal((len(factors), 2))], axis=1)


def independent(factors, rng):
    return rng.standard_normal((len(factors), 5))


def rotated(factors, rng):
    """The aligned codes with factors 0 and 1 mixed by a 45 degree rotation."""
    codes = aligned(factors, rng)
    c, s = math.cos(math.pi / 4), math.sin(math.pi / 4)
    codes[:, :2] = codes[:, :2] @ np.array([[c, -s], [s, c]])
    return codes


SCORES = {}


def scores(name, metric):
    if (name, metric) not in SCORES:
        make = {"aligned": aligned, "independent": independent, "rotated": rotated}[name]
        SCORES[name, metric] = compute(metric, evaluation_set(make), np.random.default_rng(1), "fast")
    return SCORES[name, metric]


@pytest.mark.parametrize("metric, key, high, low", [
    ("beta_vae", "eval_accuracy", 0.9, 0.5),
    ("factor_vae", "eval_accuracy", 0.9, 0.6),
    ("mig", "discrete_mig", 0.5, 0.05),
    ("dci", "disentanglement", 0.6, 0.25),
    ("dci", "informativeness_test", 0.9, 0.4),
    ("sap", "SAP_score", 0.2, 0.05),
    ("modularity", "explicitness_score_test", 0.9, 0.6),
    ("downstream_logistic", "1000:mean_test_accuracy", 0.6, 0.4),
    ("downstream_boosted", "1000:mean_test_accuracy", 0.9, 0.4),
])
def test_aligned_codes_score_high_and_independent_codes_low(metric, key, high, low):
    assert scores("aligned", metric)[key] > high, scores("aligned", metric)
    assert scores("independent", metric)[key] < low, scores("independent", metric)


def test_independent_codes_are_at_chance_on_accuracies():
    chance = 1 / len(SIZES)
    assert abs(scores("independent", "beta_vae")["eval_accuracy"] - chance) < 0.1
    mean_chance = np.mean(1 / SIZES)
    assert abs(scores("independent", "downstream_logistic")["1000:mean_test_accuracy"] - mean_chance) < 0.08


def test_modularity_of_aligned_codes_beats_independent():
    assert scores("aligned", "modularity")["modularity_score"] > scores("independent", "modularity")["modularity_score"] + 0.2


@pytest.mark.parametrize("metric, key", [
    ("mig", "discrete_mig"), ("dci", "disentanglement"), ("sap", "SAP_score"), ("modularity", "modularity_score"),
])
def test_a_rotation_that_mixes_factors_lowers_the_score(metric, key):
    assert scores("rotated", metric)[key] < scores("aligned", metric)[key] - 0.05, (scores("rotated", metric), scores("aligned", metric))


def test_gaussian_total_correlation():
    rng = np.random.default_rng(0)
    independent_codes = rng.standard_normal((20000, 4)) * np.array([1, 2, 3, 0.5])
    assert abs(gaussian_total_correlation(np.cov(independent_codes, rowvar=False))) < 0.005
    rho = 0.6
    cov = np.array([[1.0, rho, 0], [rho, 1.0, 0], [0, 0, 2.0]])
    assert gaussian_total_correlation(cov) == pytest.approx(-0.5 * math.log(1 - rho ** 2), rel=1e-9)
    assert gaussian_wasserstein_correlation(np.diag([1.0, 4.0])) == pytest.approx(0.0, abs=1e-9)
    # 2x2 case by hand: sqrt(diag(cov) cov) for cov = [[1, r], [r, 1]] is [[a, b], [b, a]] with
    # a^2 + b^2 = 1, 2ab = r, so tr = 2a, a = (sqrt(1 + r) + sqrt(1 - r)) / 2
    a = (math.sqrt(1 + rho) + math.sqrt(1 - rho)) / 2
    assert gaussian_wasserstein_correlation(np.array([[1, rho], [rho, 1]])) == pytest.approx(4 - 4 * a, rel=1e-9)


def test_discretisation_and_mutual_information_by_hand():
    codes = np.array([[0.0], [1.0], [2.0], [3.0]])
    assert discretize(codes, bins=2)[:, 0].tolist() == [1, 1, 2, 2]
    assert discretize(np.array([[0.0], [0.12], [0.97], [1.0]]), bins=20)[:, 0].tolist() == [1, 3, 20, 20]
    y = np.array([[0], [0], [1], [1]])
    assert mutual_information(discretize(codes, bins=2), y)[0, 0] == pytest.approx(math.log(2))
    assert entropy(np.array([[0], [1], [2], [3]]))[0] == pytest.approx(math.log(4))
    assert mutual_information(np.array([[1], [2], [1], [2]]), y)[0, 0] == pytest.approx(0.0, abs=1e-12)


def test_importance_and_modularity_formulas():
    assert scores_from_importance(np.eye(3)) == pytest.approx((1.0, 1.0))
    assert scores_from_importance(np.ones((3, 3)))[0] == pytest.approx(0.0, abs=1e-12)
    # one code carries two factors equally: its entropy over 2 of 2 factors is 1
    d, c = scores_from_importance(np.array([[1.0, 1.0], [0.0, 0.0]]))
    assert d == pytest.approx(0.0) and c == pytest.approx(1.0)
    assert modularity_score(np.array([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0]])) == pytest.approx(1.0)
    mi = np.array([[1.0, 1.0]])
    assert modularity_score(mi) == pytest.approx(0.0)  # theta 1, delta (2 - 1) / (1 * 1) = 1


def test_sampled_representation_is_noisier_and_reproducible():
    make = lambda f, r: aligned(f, r)  # noqa: E731
    sampled = evaluation_set(make, kind="sampled")
    sampled.logvar[:] = 0.0  # unit noise on every code
    a = compute("mig", sampled, np.random.default_rng(5), "fast")
    b = compute("mig", sampled, np.random.default_rng(5), "fast")
    assert a == b
    assert a["discrete_mig"] < scores("aligned", "mig")["discrete_mig"] - 0.2


def test_bad_input_is_refused():
    rng = np.random.default_rng(0)
    with pytest.raises(ValueError, match="NaN or infinity"):
        EvaluationSet(SIZES, rng.integers(0, 3, (10, 3)), np.full((10, 2), np.nan), np.zeros((10, 2)))
    with pytest.raises(ValueError, match="inconsistent shapes"):
        EvaluationSet(SIZES, rng.integers(0, 3, (10, 3)), np.zeros((9, 2)), np.zeros((9, 2)))
    with pytest.raises(ValueError, match="unknown metric"):
        compute("accuracy", evaluation_set(aligned, n=50), rng)
    assert len(METRICS) == 9


@pytest.mark.slow
def test_parallel_fits_do_not_change_scores(monkeypatch):
    from expdb_runners.metrics import dci

    monkeypatch.setattr(dci, "POINTS", {"paper": (800, 400), "fast": (800, 400)})
    data = evaluation_set(aligned, n=1500)
    for profile in ("paper", "fast"):  # per-factor processes; the fast profile's forest threads
        results = []
        for jobs in ("1", "2"):
            monkeypatch.setenv("EXPDB_METRIC_JOBS", jobs)
            results.append(compute("dci", data, np.random.default_rng(3), profile))
        assert results[0] == results[1]

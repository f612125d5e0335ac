"""The paper profile's batched gradient boosting against sklearn's GradientBoostingClassifier:
tree for tree, split for split, on the data shapes the metrics meet."""

import numpy as np
import pytest
from sklearn.ensemble import GradientBoostingClassifier

from expdb_runners.metrics import EvaluationSet, dci, downstream
from expdb_runners.metrics.boosting import _pairwise_sum, fit_boosted

STAGES = 25


def _reference(x, y, seed, stages=STAGES):
    return GradientBoostingClassifier(n_estimators=stages, random_state=seed).fit(x, y)


def differing_trees(model, fit) -> list[tuple[int, int]]:
    """(stage, class) of every tree whose nodes (count, features, thresholds, leaf values) differ."""
    out = []
    for stage in range(model.estimators_.shape[0]):
        for k in range(model.estimators_.shape[1]):
            tree, ours = model.estimators_[stage, k].tree_, fit.trees
            c = tree.node_count
            leaves = tree.children_left[:c] == -1
            same = (c == ours.count[stage, k]
                    and np.array_equal(tree.feature[:c], ours.feature[stage, k, :c])
                    and np.array_equal(tree.threshold[:c], ours.threshold[stage, k, :c])
                    and np.array_equal(tree.children_left[:c], ours.left[stage, k, :c])
                    and np.array_equal(tree.value[:c, 0, 0][leaves], ours.value[stage, k, :c][leaves]))
            if not same:
                out.append((stage, k))
    return out


def assert_same_models(x, labels, x_test, seeds, stages=STAGES):
    fits = fit_boosted(x, labels, x_test, seeds, n_stages=stages)
    for j, fit in enumerate(fits):
        model = _reference(x, labels[:, j], seeds[j], stages)
        assert differing_trees(model, fit) == [], f"label column {j}"
        assert np.array_equal(model.classes_, fit.classes)
        np.testing.assert_allclose(fit.importances, model.feature_importances_, rtol=1e-9, atol=0)
        assert np.array_equal(model.predict(x), fit.train_prediction)
        assert np.array_equal(model.predict(x_test), fit.test_prediction)
    return fits


def _codes(rng, n, labels, noise_codes=3):
    """Codes that follow the labels (so the trees have structure to find), plus noise codes."""
    signal = labels / np.maximum(labels.max(axis=0), 1) + 0.3 * rng.standard_normal(labels.shape)
    return np.concatenate([signal, rng.standard_normal((n, noise_codes))], axis=1)


@pytest.fixture
def data():
    rng = np.random.default_rng(3)
    n = 1500
    labels = np.stack([rng.integers(0, 2, n), rng.integers(0, 3, n), rng.integers(0, 12, n)], axis=1)
    return rng, labels, _codes(rng, n, labels), _codes(rng, 600, np.stack(
        [rng.integers(0, 2, 600), rng.integers(0, 3, 600), rng.integers(0, 12, 600)], axis=1))


def test_binary_few_and_many_classes_give_sklearn_s_trees(data):
    _, labels, x, x_test = data
    assert_same_models(x, labels, x_test, [1, 2, 3])


def test_labels_with_gaps_and_a_test_class_never_seen_in_training(data):
    rng, labels, x, x_test = data
    labels = labels.copy()
    labels[:, 2] = np.array([0, 2, 7])[labels[:, 2] % 3]  # classes 0, 2 and 7 of 0..7 seen
    fits = assert_same_models(x, labels, x_test, [5, 6, 7])
    assert list(fits[2].classes) == [0, 2, 7]


def test_repeated_rows_as_drawn_with_replacement(data):
    rng, labels, x, x_test = data
    rows = rng.integers(0, 700, len(x))
    assert len(np.unique(rows)) < len(rows)
    assert_same_models(x[rows], labels[rows], x_test, [1, 2, 3])


def test_a_constant_code_and_a_duplicated_code(data):
    """A constant code is never split on; two identical codes tie exactly on every split, and
    sklearn's random feature order (replayed here) decides which one is used."""
    _, labels, x, x_test = data
    x = x.copy()
    x[:, 4] = 0.25
    x = np.concatenate([x, x[:, [1]]], axis=1)
    x_test = np.concatenate([x_test, x_test[:, [1]]], axis=1)
    fits = assert_same_models(x, labels, x_test, [1, 2, 3])
    assert fits[1].importances[4] == 0
    # both copies of code 1 are used, each where the draws visit it first
    used = set(fits[1].trees.feature.ravel())
    assert {1, x.shape[1] - 1} <= used


def test_values_that_tie_between_different_rows_are_the_one_place_trees_can_differ(data):
    """Codes rounded to one decimal: equal values of different rows, whose order sklearn's
    introsort leaves its own way, so their sums can differ in the last bits and a split that
    ties to those bits can go another way. The models stay close: bounded here."""
    _, labels, x, x_test = data
    x, x_test = np.round(x, 1), np.round(x_test, 1)
    fits = fit_boosted(x, labels, x_test, [1, 2, 3], n_stages=STAGES)
    for j, fit in enumerate(fits):
        model = _reference(x, labels[:, j], [1, 2, 3][j])
        trees = model.estimators_.size
        assert len(differing_trees(model, fit)) <= trees // 10
        assert np.abs(fit.importances - model.feature_importances_).max() < 0.02
        assert np.mean(model.predict(x_test) == fit.test_prediction) > 0.98


def test_a_single_class_is_refused_as_sklearn_refuses_it():
    x = np.random.default_rng(0).standard_normal((50, 3))
    with pytest.raises(ValueError, match="single class"):
        fit_boosted(x, np.zeros((50, 1), int), x, [0])
    with pytest.raises(ValueError):
        GradientBoostingClassifier(n_estimators=2).fit(x, np.zeros(50, int))


def test_pairwise_sum_is_numpy_s_sum_to_the_bit():
    rng = np.random.default_rng(0)
    for n in (1, 7, 8, 9, 127, 128, 129, 1000, 4097, 20_001):
        a = rng.standard_normal(n) * 10 ** rng.uniform(-3, 3, n)
        assert _pairwise_sum(a, 0, n) == np.sum(a)


def _small_paper_set(n=2600):
    """Distinct codes for three factors (2, 3 and 4 classes) and two noise codes."""
    rng = np.random.default_rng(11)
    sizes = np.array([2, 3, 4])
    factors = np.stack([rng.integers(0, s, n) for s in sizes], axis=1)
    mean = np.concatenate([factors / (sizes - 1) + 0.2 * rng.standard_normal(factors.shape),
                           rng.standard_normal((n, 2))], axis=1)
    return EvaluationSet(sizes, factors, mean, np.full_like(mean, -2.0), "mean")


@pytest.mark.slow
def test_paper_dci_and_boosted_downstream_score_the_same_batched_or_with_sklearn(monkeypatch):
    """Both paper-profile metrics that boost, each way, at sizes a test can afford (the paper's
    point counts are what makes the sklearn side take minutes)."""
    monkeypatch.setitem(dci.POINTS, "paper", (1500, 600))
    monkeypatch.setitem(downstream.SIZES, "paper", (10, 100, 1500))
    monkeypatch.setitem(downstream.TEST, "paper", 600)
    scores = {}
    for way in ("batched", "sklearn"):
        monkeypatch.setenv("EXPDB_PAPER_BOOSTING", way)
        scores[way] = (dci.dci(_small_paper_set(), np.random.default_rng(4), "paper"),
                       downstream.downstream_boosted(_small_paper_set(), np.random.default_rng(4), "paper"))
    assert scores["batched"] == scores["sklearn"]
    assert scores["batched"][0]["disentanglement"] > 0.3  # the codes follow the factors


def test_an_unknown_boosting_choice_is_refused(monkeypatch):
    monkeypatch.setenv("EXPDB_PAPER_BOOSTING", "fastest")
    with pytest.raises(ValueError, match="batched or sklearn"):
        dci.dci(_small_paper_set(200), np.random.default_rng(0), "paper")

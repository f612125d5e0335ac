"""Every check has an interval at any number of seeds, and a claim's verdict follows its rule:
every check holding at 95% for holds, a check refuted at the family-wise level for fails."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from scipy import stats as scipy_stats

from conftest import run_cli
from expdb.claims import FAILS, HOLDS, INCONCLUSIVE, Check, EveryCheck, family_level
from expdb_queries.stats import unit_bootstrap
from expdb_queries.uncertainty import agreement_box, agreement_interval, clopper_pearson, fisher_z_interval
from planted import quality_scores
from test_claims import planted_db

CLAIMS = ["mean_vs_sampled", "metric_agreement", "seed_dominance", "unsupervised_selection", "transfer", "downstream"]


def test_fisher_z_interval_is_bonett_wright_on_the_z_scale():
    low, high = fisher_z_interval(0.5, 30)
    half = scipy_stats.norm.ppf(0.975) * math.sqrt((1 + 0.5 ** 2 / 2) / 27)
    assert (low, high) == pytest.approx((math.tanh(math.atanh(0.5) - half), math.tanh(math.atanh(0.5) + half)))
    wider = fisher_z_interval(0.5, 30, level=0.999)
    assert wider[0] < low and wider[1] > high
    assert fisher_z_interval(0.5, 3) is None and fisher_z_interval(float("nan"), 30) is None
    top = fisher_z_interval(1.0, 30)  # a perfect correlation still gets a finite interval reaching 1
    assert top[0] < 1 and top[1] == pytest.approx(1.0)


@pytest.mark.parametrize("k,n", [(0, 10), (5, 10), (10, 10), (3, 7), (1, 200)])
def test_clopper_pearson_equals_the_beta_quantiles(k, n):
    low, high = clopper_pearson(k, n)
    want_low = 0.0 if k == 0 else scipy_stats.beta.ppf(0.025, k, n - k + 1)
    want_high = 1.0 if k == n else scipy_stats.beta.ppf(0.975, k + 1, n - k)
    assert (low, high) == pytest.approx((want_low, want_high), abs=1e-9)
    assert clopper_pearson(0, 0) is None


def _agreement(rhos):
    rhos = np.asarray(rhos)
    return float(np.abs(rhos).min()) if (rhos > 0).all() or (rhos < 0).all() else 0.0


def test_agreement_box_is_the_range_of_the_agreement_over_the_box():
    rng = np.random.default_rng(3)
    for _ in range(200):
        centres = rng.uniform(-1, 1, rng.integers(2, 4))
        widths = rng.uniform(0, 0.6, len(centres))
        box = [(c - w, c + w) for c, w in zip(centres, widths)]
        low, high = agreement_box(box)
        corners = [np.array(p) for p in np.array(np.meshgrid(*[np.linspace(a, b, 9) for a, b in box])).reshape(len(box), -1).T]
        values = [_agreement(p) for p in corners]
        assert low <= min(values) + 1e-12 and max(values) <= high + 1e-12
        assert min(values) == pytest.approx(low, abs=0.08) and max(values) == pytest.approx(high, abs=0.08)
    assert agreement_box([(0.1, 0.2)]) is None and agreement_box([(0.1, 0.2), None]) is None
    # each data set's interval at a Bonferroni level: wider than at 95% alone
    both, each = agreement_interval([0.6, 0.5], [40, 40]), fisher_z_interval(0.5, 40)
    assert both[0] < each[0]


def test_unit_bootstrap_resamples_within_each_stratum():
    strata = np.array([0, 0, 0, 1, 1, 2])
    seen = []

    def statistic(counts):
        seen.append(counts.copy())
        return np.array([counts[:3].sum(), counts[3:5].sum(), counts[5]])

    bounds, family = unit_bootstrap(strata, statistic, family_level=0.99)
    assert all((c[:3].sum(), c[3:5].sum(), c[5]) == (3, 2, 1) for c in seen)  # every stratum keeps its size
    assert np.allclose(bounds, [[3, 3], [2, 2], [1, 1]]) and np.allclose(family, [[3, 3], [2, 2], [1, 1]])


def test_every_check_rule_fails_only_on_a_family_wise_refutation():
    holds = Check("a", 0.9, ">", 0.0, interval=(0.5, 0.99), family_interval=(0.3, 0.99))
    fails_at_95_only = Check("b", -0.2, ">", 0.0, interval=(-0.4, -0.01), family_interval=(-0.5, 0.1))
    refuted = Check("c", -0.6, ">", 0.0, interval=(-0.8, -0.3), family_interval=(-0.9, -0.1))
    undefined = Check("d", float("nan"), ">", 0.0, reason="constant")
    rule = EveryCheck()
    assert fails_at_95_only.outcome == FAILS and not fails_at_95_only.refuted and refuted.refuted
    assert rule.verdict([holds, undefined]) == HOLDS
    assert rule.verdict([holds, fails_at_95_only]) == INCONCLUSIVE  # the old rule: any failing check fails
    assert rule.verdict([holds, fails_at_95_only, refuted]) == FAILS
    # without intervals a check is decided by its figure, so it is refuted when it fails
    assert Check("e", -0.1, ">", 0.0).refuted
    # Bonferroni over the defined deciding checks; warnings and undefined figures do not count
    assert family_level([holds, fails_at_95_only, refuted, undefined, Check("w", 1.0, "<", 0.5, severity="warn")]) \
        == pytest.approx(1 - 0.05 / 3)


def test_every_check_has_an_interval_and_names_it_at_three_seeds(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    report = json.loads(run_cli("--db", url, "verify", "--json").stdout)
    by_name = {c["claim"]: c for c in report["claims"]}
    assert set(by_name) == set(CLAIMS)
    for name, claim in by_name.items():
        assert claim["rule"] == "every check" and claim["wording"], name
        m = sum(v for k, v in claim["checks"].items() if k in (HOLDS, FAILS, INCONCLUSIVE))
        assert 0.95 < claim["family_level"] < 1, name
        for check in claim["offending"] + claim["warnings"]:
            assert check["interval"] is not None and check["uncertainty"], (name, check["check"])
            low, high = check["interval"]
            f_low, f_high = check["family_interval"]
            assert f_low <= low <= high <= f_high, (name, check["check"])
        assert m >= 1
    assert by_name["mean_vs_sampled"]["checks"]["refuted"] == 2 and by_name["mean_vs_sampled"]["verdict"] == FAILS

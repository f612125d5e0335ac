"""What a claim's verdict rests on (issue 15): undefined figures count neither way, one profile
and the mean over evaluation seeds, exact or interval-bounded comparisons with stated thresholds,
severities, reasons in full, and verdicts kept as rows."""

from __future__ import annotations

import json
import time

import numpy as np
import pytest
from sqlalchemy import insert, select, update

from conftest import run_cli
from expdb.canonical import canonical, content_key, dumps
from expdb.claims import FAILS, HOLDS, INCONCLUSIVE, NOT_ENOUGH, UNDEFINED
from expdb.tables import Tables
from expdb.schema import Cell, Study, StudyCell
from expdb_runners.layout.tables import Evaluation, Score
from expdb.store import open_store
from expdb_queries import CLAIMS
from planted import build, headline, load_into, quality_scores, rng_for
from test_claims import DATASETS, planted_db

FIVE_SEEDS = range(5)


def evaluate(url, name, profile=None):
    with Tables(url) as tables:
        return CLAIMS[name].evaluate(tables, profile=profile)


def with_constant(metric, dataset, base=None):
    base = base or quality_scores(noise=0.3)

    def scores(d, m, i, s, name, rep):
        out = base(d, m, i, s, name, rep)
        if name == metric and d == dataset:
            out = {k: 0.5 if k == "SAP_score" else v for k, v in out.items()}
        return out
    return scores


def test_an_undefined_correlation_is_reported_with_its_reason_and_counts_neither_way(tmp_path):
    url, _ = planted_db(tmp_path, with_constant("sap", "dsprites_full"))
    result = evaluate(url, "metric_agreement")
    undefined = [c for c in result.checks if c.outcome == UNDEFINED]
    assert {c.where["dataset"] for c in undefined} == {"dsprites_full"}
    assert len(undefined) == 4 and all("sap" in (c.where["metric_a"], c.where["metric_b"]) for c in undefined)
    assert all(c.reason == "SAP is constant on dsprites_full" for c in undefined)
    # the other pairs are positive: the NaN no longer counts as support, and no longer fails it either
    assert result.verdict == HOLDS
    defined = [c.value for c in result.checks if c.outcome != UNDEFINED]
    assert result.measured == pytest.approx(np.mean(defined))
    downstream = evaluate(url, "downstream")
    missing = [c for c in downstream.checks if c.outcome == UNDEFINED and c.where.get("metric") == "sap"
               and c.where["target"].endswith("_accuracy")]
    assert len(missing) == 2 and all(c.reason == "SAP is constant on dsprites_full" for c in missing)
    # planted efficiency is one number everywhere: every efficiency relation is undefined, and says why
    efficiency = [c for c in downstream.checks if c.where["target"].endswith("_efficiency")]
    assert efficiency and all(c.outcome == UNDEFINED and "efficiency is constant" in c.reason for c in efficiency)
    assert downstream.measured == pytest.approx(1.0)  # a share of the defined figures only


def test_a_claim_without_a_defined_figure_says_not_enough_data(tmp_path):
    def flat(d, m, i, s, metric, rep):
        if metric == "unsupervised":
            return {"gaussian_total_correlation": 1.0}  # constant everywhere
        return headline(metric, float(rng_for(d, m, i, s, metric).normal()))
    url, _ = planted_db(tmp_path, flat)
    result = evaluate(url, "mean_vs_sampled")
    assert result.verdict == NOT_ENOUGH
    assert "no defined figure" in result.reason and "the sampled total correlation is constant" in result.reason


def _add_evaluations(url, study, profile, eval_seed, transform):
    """Copy every evaluation of a study as another evaluation of the same representation (under
    `profile`, with `eval_seed`), its scores transformed: as if a second run had been added."""
    store = open_store(url)
    cell, ev, score, link = Cell.__table__, Evaluation.__table__, Score.__table__, StudyCell.__table__
    with store.engine.begin() as conn:
        study_id = conn.execute(select(Study.__table__.c.id).where(Study.__table__.c.name == study)).scalar_one()
        rows = conn.execute(select(ev, cell.c.content, cell.c.runner).join(cell, cell.c.id == ev.c.cell_id)
                            .where(ev.c.eval_seed.is_(None))).all()  # the imported ones: no evaluation seed
        for row in rows:
            content = json.loads(row.content)
            content["settings"] = {**content.get("settings", {}), "profile": profile, "seed": eval_seed}
            text = dumps(canonical(content))
            cell_id = conn.execute(insert(cell).values(key=content_key(text), kind="evaluate", runner=row.runner,
                                                      content=text, state="done", attempts=1,
                                                      created_at=time.time())).inserted_primary_key[0]
            conn.execute(insert(link).values(study_id=study_id, cell_id=cell_id))
            new = conn.execute(insert(ev).values(cell_id=cell_id, representation_id=row.representation_id,
                                                 metric=row.metric, profile=profile, eval_seed=eval_seed)).inserted_primary_key[0]
            scores = conn.execute(select(score.c.name, score.c.value).where(score.c.evaluation_id == row.id)).all()
            conn.execute(insert(score), [{"evaluation_id": new, "name": n, "value": None if v is None else transform(v)}
                                         for n, v in scores])
    store.dispose()


@pytest.mark.slow
def test_claims_read_one_profile_and_average_over_evaluation_seeds(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores(noise=0.5))
    before = {name: evaluate(url, name) for name in CLAIMS}
    # a second evaluation seed whose scores differ: every figure is that of the per-model means
    _add_evaluations(url, "planted", "reference", 1, lambda v: v + 0.25)
    shifted = {name: evaluate(url, name) for name in CLAIMS}
    for name in ("metric_agreement", "seed_dominance", "transfer"):  # rank-based: a common shift changes nothing
        assert shifted[name].measured == pytest.approx(before[name].measured), name
        assert shifted[name].n == before[name].n, name
    with Tables(url) as tables:
        per_model = tables.scores_per_model("planted", metrics=["mig"], names=["discrete_mig"]).collect()
        tidy = tables.scores("planted", metrics=["mig"], names=["discrete_mig"]).collect()
    assert set(per_model["eval_seeds"]) == {2} and tidy.height == 2 * per_model.height
    # a second profile: the study's spec names none, so the claims refuse to mix them
    _add_evaluations(url, "planted", "fast", 0, lambda v: -v)
    refused = run_cli("--db", url, "verify")
    assert refused.returncode == 2 and "holds evaluations under profiles fast, reference: choose one with --profile" \
        in refused.stderr and len(refused.stderr.strip().splitlines()) == 1
    chosen = json.loads(run_cli("--db", url, "verify", "--profile", "reference", "--json").stdout)
    assert {c["claim"]: c["measured"] for c in chosen["claims"]}["metric_agreement"] == \
        pytest.approx(before["metric_agreement"].measured, abs=1e-6)
    other = evaluate(url, "metric_agreement", profile="fast")  # every score negated: Modularity agrees, the rest too
    assert other.profile == "fast" and other.measured == pytest.approx(before["metric_agreement"].measured)
    missing = run_cli("--db", url, "verify", "--profile", "paper")
    assert missing.returncode == 2 and "no evaluations under profile 'paper'" in missing.stderr


def test_import_dlib_derives_statistical_efficiency(tmp_path):
    def scores(d, m, i, s, metric, rep):
        if metric.startswith("downstream"):
            return {"100:mean_test_accuracy": 0.4 + 0.01 * i, "10000:mean_test_accuracy": 0.8}  # no ratio recorded
        return quality_scores()(d, m, i, s, metric, rep)
    url, _ = planted_db(tmp_path, scores)
    with Tables(url) as tables:
        frame = tables.scores("planted", metrics=["downstream_boosted"], names=["statistical_efficiency"]).collect()
    assert frame.height > 0 and frame["value"].min() == pytest.approx(0.5) and frame["value"].max() == pytest.approx(0.525)
    result = evaluate(url, "downstream")
    assert "relations with statistical efficiency" in result.measured_text


def test_a_figure_whose_interval_contains_its_threshold_is_inconclusive(tmp_path):
    base = quality_scores(noise=0.3)

    def scores(d, m, i, s, metric, rep):
        out = base(d, m, i, s, metric, rep)
        if metric == "sap" and d == "shapes3d":  # SAP unrelated to the others on one data set
            out = {k: float(rng_for("sap", d, m, i, s).normal()) if k == "SAP_score" else v for k, v in out.items()}
        return out
    url, _ = planted_db(tmp_path, scores, seeds=FIVE_SEEDS)
    result = evaluate(url, "metric_agreement")
    noisy = [c for c in result.checks if c.where["dataset"] == "shapes3d" and "sap" in (c.where["metric_a"], c.where["metric_b"])]
    assert all(c.interval is not None and c.interval[0] < 0 < c.interval[1] for c in noisy)
    assert {c.outcome for c in noisy} == {INCONCLUSIVE}
    assert result.verdict == INCONCLUSIVE
    clear = [c for c in result.checks if c not in noisy]
    assert all(c.outcome == HOLDS and c.interval[0] > 0 for c in clear)
    assert all(c.margin == pytest.approx(c.value - c.threshold) for c in result.checks)


def test_seed_dominance_reports_an_adjusted_share_and_a_bias_corrected_interval(tmp_path):
    def null(d, m, i, s, metric, rep):  # no method effect at all: all variance is seed
        if metric == "unsupervised":
            return {"gaussian_total_correlation": 0.0}
        return headline(metric, float(rng_for(d, m, i, s, metric).normal()))
    url, _ = planted_db(tmp_path, null, seeds=FIVE_SEEDS)
    result = evaluate(url, "seed_dominance")
    low, high = result.interval
    assert result.adjusted < result.measured  # omega^2 takes out R^2's upward bias
    assert low < result.measured < high  # the interval is around the estimate, not above it
    few, _ = planted_db(tmp_path, null, name="few")
    thin = evaluate(few, "seed_dominance")
    # three seeds: the jackknife's t interval (2 degrees of freedom) still exists, wider
    low_few, high_few = thin.interval
    assert 0 <= low_few < high_few <= 1 and high_few - low_few > high - low
    assert thin.interval_note == "3 seeds, fewer than 5: intervals over models, configurations or selections instead of seeds"
    assert {c.uncertainty for c in thin.checks} == {
        "jackknife over seeds (t interval, bias-corrected)",
        "bootstrap over configurations within each method (bias-corrected percentile)"}
    for check in thin.checks:  # each interval is around its own figure
        assert check.interval[0] <= check.value <= check.interval[1], check.name


def test_severities_thresholds_and_strict(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    report = json.loads(run_cli("--db", url, "verify", "--json").stdout)
    by_name = {c["claim"]: c for c in report["claims"]}
    assert by_name["unsupervised_selection"]["severity"] == "warn"
    assert by_name["metric_agreement"]["thresholds"] == {"rho": 0.0}
    assert by_name["seed_dominance"]["thresholds"] == {"method_share": 0.5, "beat_rate": 0.1}
    # a failing claim of severity warn does not fail --strict; one of severity error does
    consistent = run_cli("--db", url, "verify", "--claim", "unsupervised_selection", "--strict")
    assert by_name["mean_vs_sampled"]["verdict"] == FAILS and by_name["mean_vs_sampled"]["severity"] == "error"
    assert run_cli("--db", url, "verify", "--claim", "mean_vs_sampled", "--strict").returncode == 1
    assert consistent.returncode == 0


def test_reasons_are_printed_whole(tmp_path):
    url, _ = planted_db(tmp_path, with_constant("sap", "dsprites_full"))
    out = run_cli("--db", url, "verify", "--claim", "downstream").stdout
    joined = " ".join(line.strip() for line in out.splitlines())
    assert "why: SAP is constant on dsprites_full" in joined
    assert "…" not in out


@pytest.mark.slow
def test_verdicts_are_recorded_as_rows(tmp_path):
    url, _ = planted_db(tmp_path, quality_scores())
    first = run_cli("--db", url, "verify", "--record")
    assert first.returncode == 0 and "recorded 6 verdict(s)" in first.stdout
    assert run_cli("--db", url, "verify", "--record", "--claim", "transfer").returncode == 0
    history = json.loads(run_cli("--db", url, "query", "verdicts", "--format", "json").stdout)
    assert len(history) == 7 and [h["claim"] for h in history].count("transfer") == 2
    assert {h["verdict"] for h in history} <= {HOLDS, FAILS, INCONCLUSIVE, NOT_ENOUGH}
    assert all(h["expdb_version"] and h["profile"] == "reference" for h in history)
    store = open_store(url)
    from expdb.schema import Verdict

    with store.read_engine.connect() as conn:
        stored = json.loads(conn.execute(select(Verdict.__table__.c.result)).scalars().first())
    store.dispose()
    assert stored["claim"] == "mean_vs_sampled" and stored["offending"]  # the whole result, offending rows too
    report = run_cli("--db", url, "report", tmp_path / "report")
    assert report.returncode == 0
    html = (tmp_path / "report" / "index.html").read_text()
    history_table = html.split("Recorded verdicts")[1].split("</table>")[0]
    assert history_table.count("<th>20") == 2  # a column per recording
    assert "<td>transfer</td>" in history_table and "<td>mean_vs_sampled</td>" in history_table
    assert "<td class='note'>code</td>" in history_table  # the code version of each recording
    # a time series for the claim recorded twice, none for a claim recorded once
    series = html.split("Recorded verdicts")[1]
    assert "transfer: measured, oldest to newest" in series and "mean_vs_sampled: measured" not in series
    assert series.split("transfer: measured")[1].split("</svg>")[0].count("<circle") == 2
    # the saved query says how each claim moved since its previous record
    moved = {(h["claim"], h["verdict_before"]) for h in history}
    assert ("transfer", None) in moved and any(c == "transfer" and before is not None for c, before in moved)
    second = [h for h in history if h["claim"] == "transfer"][1]
    assert second["measured_change"] == 0.0 and second["verdict_before"] == second["verdict"]

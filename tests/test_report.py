"""`expdb report`: one self-contained HTML page with every figure and verdict."""

from __future__ import annotations

import re

from expdb_queries import CLAIMS

from conftest import run_cli
from planted import build, load_into, quality_scores


def test_report_renders_every_figure(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    path = tmp_path / "r.json"
    build(path, ["dsprites_full", "shapes3d"], [0, 1, 2], quality_scores(), strengths=3,
          losses=lambda d, m, i, s: {"reconstruction_loss": float(i + s), "kl_loss": float(s), "elbo": -float(i)})
    load_into(url, path)
    result = run_cli("--db", url, "report", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "index.html").read_text()
    # self-contained: no scripts, stylesheets or images fetched from elsewhere
    assert "<script" not in html and "src=" not in html and "href=" not in html
    svgs = re.findall(r"<svg .*?</svg>", html, re.S)
    # per data set: a metric heatmap, six score-vs-strength panels, two total-correlation panels
    # (sampled and mean, each on its own axis), an unsupervised heatmap and a downstream heatmap
    assert len(svgs) == 2 * (1 + 6 + 2 + 1 + 1)
    for title in ("Metric agreement", "Scores against regularisation strength", "Total correlation of the mean",
                  "Unsupervised scores", "Transfer of model selection", "downstream performance",
                  "Did the models learn?"):
        assert title in html
    for claim in CLAIMS.values():
        assert claim.title in html
    assert len(re.findall(r'class="verdict (holds|fails|inconclusive|enough)"', html)) == 2 * len(CLAIMS)
    assert "published 80.7%" in html  # the transfer table shows the published figures beside ours
    # every heatmap cell carries its value; the planted agreement is strong and positive
    assert re.search(r"BetaVAE / FactorVAE: 0\.9\d", html)


def test_report_with_too_little_data_still_renders(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    path = tmp_path / "r.json"
    build(path, ["cars3d"], [0], quality_scores(), methods=["beta_vae"], strengths=2, metrics=["mig", "unsupervised"])
    load_into(url, path)
    result = run_cli("--db", url, "report", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    html = (tmp_path / "out" / "index.html").read_text()
    assert html.count("not enough data") >= 4


def test_report_names_axes_and_marks_configurations_that_are_the_same_model(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    path = tmp_path / "r.json"
    methods = ["beta_vae", "beta_tc_vae", "factor_vae"]

    def losses(d, m, i, s):
        # beta-TCVAE at its first strength (beta 1) trains beta-VAE's model at beta 1: equal losses
        twin = m == "beta_tc_vae" and i == 0
        return {"reconstruction_loss": 100.0 + s + (0 if twin else 10 * methods.index(m) + i),
                "kl_loss": 5.0 + s, "elbo": 0.0}

    build(path, ["dsprites_full"], [0, 1, 2], quality_scores(), methods=methods, strengths=3, losses=losses)
    load_into(url, path)
    assert run_cli("--db", url, "report", tmp_path / "out").returncode == 0
    html = (tmp_path / "out" / "index.html").read_text()
    assert "beta_tc_vae at beta 1 is beta_vae at beta 1 (3 seeds: equal final losses)" in html
    # that pair only (under the strength figures and under the total-correlation figures)
    assert set(re.findall(r"(\w+) at (\w+) ([\d.]+) is (\w+) at", html)) == {("beta_tc_vae", "beta", "1", "beta_vae")}
    assert ">1*</text>" in html  # the repeated strength is starred on the x axis
    # x axes name the swept hyperparameter, y axes the score
    for group in ("beta_vae: beta", "beta_tc_vae: beta", "factor_vae: gamma"):
        assert f">{group}</text>" in html
    assert ">MIG (discrete_mig)</text>" in html and ">Gaussian TC, sampled (nats)</text>" in html
    # round ticks only: no tick label with more than 3 significant digits
    ticks = re.findall(r'text-anchor="end">(-?[0-9.]+)</text>', html)
    assert ticks and all(len(t.replace("-", "").replace(".", "").lstrip("0")) <= 3 for t in ticks), ticks

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
    # per data set: a metric heatmap, six score-vs-strength panels, a total-correlation panel,
    # an unsupervised heatmap and a downstream heatmap
    assert len(svgs) == 2 * (1 + 6 + 1 + 1 + 1)
    for title in ("Metric agreement", "Scores against regularisation strength", "Total correlation of the mean",
                  "Unsupervised scores", "Transfer of model selection", "downstream performance"):
        assert title in html
    for claim in CLAIMS.values():
        assert claim.title in html
    assert len(re.findall(r'class="verdict (holds|fails|enough)"', html)) == 2 * len(CLAIMS)
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

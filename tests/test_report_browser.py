"""The report in a real browser: headless Chromium (Debian's `chromium` package, which
.ci/run installs) lays the page out, and a script measures every figure: each must have a
non-empty box, and no label may run outside its figure."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from conftest import ROOT, run_cli
from planted import build, load_into, quality_scores

# Runs in the page after layout; writes what it measured into the DOM that --dump-dom prints.
MEASURE = """
<script>
(function () {
  const problems = [];
  const figures = Array.from(document.querySelectorAll('svg'));
  figures.forEach(function (figure, i) {
    const box = figure.getBoundingClientRect();
    const title = (figure.querySelector('text') || {}).textContent || ('figure ' + i);
    if (!(box.width > 0 && box.height > 0)) problems.push(title + ': empty box');
    figure.querySelectorAll('text').forEach(function (label) {
      if (!label.textContent.trim()) return;
      const b = label.getBoundingClientRect();
      if (!(b.width > 0 && b.height > 0)) { problems.push(title + ': label "' + label.textContent + '" has no box'); return; }
      const slack = 0.5;
      if (b.left < box.left - slack || b.right > box.right + slack || b.top < box.top - slack || b.bottom > box.bottom + slack)
        problems.push(title + ': label "' + label.textContent + '" runs outside its figure (' +
                      [b.left - box.left, box.right - b.right, b.top - box.top, box.bottom - b.bottom].map(Math.round) + ')');
    });
  });
  const out = document.createElement('pre');
  out.id = 'layout-check';
  out.textContent = JSON.stringify({figures: figures.length, problems: problems});
  document.body.appendChild(out);
})();
</script>
"""


def chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    assert found, "the browser test needs Chromium: apt-get install chromium (.ci/run installs it)"
    return found


def measure(html_path, tmp_path) -> dict:
    page = tmp_path / "measured.html"
    page.write_text(html_path.read_text().replace("</body>", MEASURE + "</body>"))
    result = subprocess.run([chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--window-size=1250,900",
                             "--virtual-time-budget=10000", "--dump-dom", page.as_uri()],
                            capture_output=True, text=True, timeout=120)
    found = re.search(r'<pre id="layout-check">(.*?)</pre>', result.stdout, re.S)
    assert found, f"no measurement in the page Chromium returned: {result.stderr[-2000:]}"
    return json.loads(found.group(1).replace("&quot;", '"').replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">"))


def report_of(url, tmp_path):
    result = run_cli("--db", url, "report", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    return tmp_path / "out" / "index.html"


def test_planted_report_lays_out_in_a_browser(tmp_path):
    url = f"sqlite:///{tmp_path / 'r.db'}"
    build(tmp_path / "r.json", ["dsprites_full", "scream_dsprites"], [0, 1, 2], quality_scores(), strengths=3,
          losses=lambda d, m, i, s: {"reconstruction_loss": float(i + s), "kl_loss": float(s), "elbo": -float(i)})
    load_into(url, tmp_path / "r.json")
    html = report_of(url, tmp_path)
    layout = measure(html, tmp_path)
    assert layout["figures"] == html.read_text().count("<svg") > 0
    assert layout["problems"] == []


@pytest.mark.slow
def test_committed_cpu_study_report_lays_out_in_a_browser(tmp_path):
    url = f"sqlite:///{tmp_path / 'cpu.db'}"
    assert run_cli("--db", url, "--tensors", tmp_path / "cpu.zarr", "init").returncode == 0
    assert run_cli("--db", url, "load", ROOT / "results" / "cpu").returncode == 0
    layout = measure(report_of(url, tmp_path), tmp_path)
    # per data set: metric heatmap, 6 strength panels, 2 total-correlation panels, 2 rho heatmaps
    assert layout["figures"] == 2 * 11
    assert layout["problems"] == []


def test_the_check_sees_a_label_that_runs_outside(tmp_path):
    # the measurement itself can fail: a label placed past its figure's edge is reported
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><body><svg xmlns="http://www.w3.org/2000/svg" width="100" height="40">'
                    '<text x="4" y="14">title</text><text x="60" y="30">boosted_efficiency</text></svg></body></html>')
    layout = measure(page, tmp_path)
    assert layout["figures"] == 1
    assert len(layout["problems"]) == 1 and "boosted_efficiency" in layout["problems"][0]

"""`expdb report OUT_DIR`: one self-contained HTML page with the figures a reader of the
paper expects, each beside its claim's verdict. SVG drawn inline (expdb_queries.svg): no scripts,
no fonts, no files beside it."""

from __future__ import annotations

import time
from html import escape
from pathlib import Path

import numpy as np
import polars as pl

from expdb.plugin import ClaimResult, known_claims

from . import svg

from .common import HEADLINE, LABEL, METRICS, headline_long
from .learning import learning
from .same_models import describe as describe_same, same_models

FIGURE_WIDTH = 1150  # px: the page's width (1200) less its padding

STYLE = """
body{font-family:sans-serif;max-width:1200px;margin:2em auto;padding:0 1em;color:#222}
h1{margin-bottom:0} h2{margin-top:2em;border-bottom:1px solid #ccc}
table{border-collapse:collapse;margin:1em 0} td,th{border:1px solid #ccc;padding:4px 8px;text-align:left}
.verdict{display:inline-block;padding:2px 8px;border-radius:4px;color:#fff;font-weight:bold}
.holds{background:#2e7d32} .fails{background:#c62828} .inconclusive{background:#ef6c00} .enough{background:#757575}
.figs{display:flex;flex-wrap:wrap;gap:12px} .note{color:#555;font-size:90%}
"""


def _verdict_span(result: ClaimResult) -> str:
    css = {"holds": "holds", "fails": "fails", "inconclusive": "inconclusive"}.get(result.verdict, "enough")
    return f'<span class="verdict {css}">{escape(result.verdict)}</span>'


def _badge(result: ClaimResult | None) -> str:
    if result is None:
        return ""
    detail = escape(result.measured_text or result.reason)
    note = f" ({escape(result.interval_note)})" if result.interval_note else ""
    return (f'<p>{_verdict_span(result)} '
            f'<b>{escape(result.title)}</b>. Published: {escape(result.published)}. '
            f'Measured: {escape(result.measured_label)} {escape(result.interval_label)}{note} '
            f'(n = {result.n}, severity {escape(result.severity)}). <span class="note">{detail}</span></p>')


def _levels(frame: pl.DataFrame, value: str, series: list[str] | None = None, names: dict | None = None,
            repeats: set | None = None):
    """[("method: swept hyperparameter", [(strength label, arrays)])] for svg.spread, strengths in
    ascending order; a strength in repeats (method, strength) is labelled with a star."""
    groups = []
    for (method,), g in frame.sort("method").group_by(["method"], maintain_order=True):
        levels = []
        for strength in sorted(g["strength"].drop_nulls().unique().to_list()):
            at = g.filter(pl.col("strength") == strength)
            arrays = [at[s].to_numpy() for s in series] if series else at[value].to_numpy()
            star = "*" if repeats and (method, strength) in repeats else ""
            levels.append((f"{strength:g}{star}", arrays))
        swept = (names or {}).get(method)
        groups.append((f"{method}: {swept}" if swept else method, levels))
    return groups


def _same_models(tables, study) -> dict[str, tuple[set, str]]:
    """Per data set: the (method, strength) pairs that repeat another configuration's models,
    and the note that says so under its figures."""
    found: dict[str, tuple[set, str]] = {}
    for (dataset,), g in same_models(tables, study).group_by(["dataset"], maintain_order=True):
        rows = list(g.iter_rows(named=True))
        found[dataset] = ({(r["method"], r["strength"]) for r in rows},
                          f"{dataset}: * marks the same model as another configuration: "
                          + "; ".join(describe_same(r) for r in rows) + ".")
    return found


def _note(text: str) -> str:
    return f'<p class="note">{escape(text)}</p>' if text else ""


def _learning(tables, study) -> str:
    table = learning(tables, study)
    if table.is_empty():
        return "<p>no models</p>"

    def known(value, digits=None):
        if value is None:
            return "unknown"
        return f"{value:.{digits}f}" if digits is not None else str(value)

    rows = "".join(
        f"<tr><td>{escape(r['dataset'])}</td><td>{r['resolution'] or ''}</td><td>{r['models']}</td>"
        f"<td>{known(r['baseline'], 1)}</td><td>{known(r['below_baseline'])}</td><td>{r['kl_above_1']}</td>"
        f"<td><b>{known(r['learned'])}</b></td></tr>"
        for r in table.iter_rows(named=True))
    return ("<table><tr><th>data set</th><th>resolution</th><th>models</th><th>mean-image loss</th>"
            "<th>reconstruct below it</th><th>KL above 1 nat</th><th>learned (both)</th></tr>" + rows + "</table>"
            '<p class="note">A model learned when it reconstructs better than the data set\'s mean image does and '
            'its code carries more than 1 nat of KL. The claims below are computed on every model, learned or not: on a '
            'data set where few learned they describe the training more than disentanglement. The mean-image loss is known for '
            'procedural data; for the original files it is not kept (unknown).</p>')


def _verify_table(results: list[ClaimResult]) -> str:
    rows = "".join(
        f"<tr><td>{escape(r.name)}</td><td>{escape(r.figure)}</td><td>{escape(r.measured_label)}</td>"
        f"<td>{escape(r.interval_label)}</td><td>{r.n}</td><td>{escape(r.severity)}</td><td>{_verdict_span(r)}</td></tr>"
        for r in results)
    return ("<table><tr><th>claim</th><th>published</th><th>measured</th><th>95% interval (seeds)</th>"
            f"<th>n models</th><th>severity</th><th>verdict</th></tr>{rows}</table>")


def _history(tables, study: str) -> str:
    """How each claim moved over the verdicts recorded with expdb verify --record: a table of the
    last recordings (verdict and measured figure, the code version of each), and per claim a
    small time series of its measured figure with its interval."""
    history = tables.verdicts(study).collect()
    if history.is_empty():
        return ('<p class="note">No verdicts recorded yet: <code>expdb verify --record</code> stores each run\'s, '
                'and this table then shows how they moved.</p>')
    when = history["recorded_at"].unique().sort().to_list()[-8:]
    claims = list(dict.fromkeys(history["claim"].to_list()))
    head = "".join(f"<th>{time.strftime('%Y-%m-%d %H:%M', time.gmtime(t))}</th>" for t in when)
    code = ""
    for t in when:
        at = history.filter(pl.col("recorded_at") == t).row(0, named=True)
        version = at["expdb_version"] + (f" {at['git_commit'][:8]}" if at["git_commit"] else "")
        code += f"<td class='note'>{escape(version)}</td>"
    body = f"<tr><td class='note'>code</td>{code}</tr>"
    for claim in claims:
        cells = ""
        for t in when:
            row = history.filter((pl.col("claim") == claim) & (pl.col("recorded_at") == t))
            if row.is_empty():
                cells += "<td></td>"
                continue
            r = row.row(0, named=True)
            measured = "" if r["measured"] is None else f" {r['measured']:.3g}"
            cells += f"<td>{escape(r['verdict'])}{escape(measured)}</td>"
        body += f"<tr><td>{escape(claim)}</td>{cells}</tr>"
    series = "".join(_series(claim, history.filter(pl.col("claim") == claim)) for claim in claims)
    return f"<table><tr><th>claim</th>{head}</tr>{body}</table><div class='figs'>{series}</div>"


def _series(claim: str, rows: pl.DataFrame, width: int = 260, height: int = 110) -> str:
    """One claim's measured figure over its recordings (oldest left), its interval as a bar, and
    the verdict and code version of each point in its tooltip."""
    rows = rows.filter(pl.col("measured").is_not_null())
    if rows.height < 2:
        return ""
    values = rows["measured"].to_list() + [v for v in rows["interval_low"].to_list() + rows["interval_high"].to_list()
                                           if v is not None]
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    left, right, top, bottom = 34, width - 8, 22, height - 16

    def x(i):
        return left + (right - left) * i / max(1, rows.height - 1)

    def y(v):
        return bottom - (bottom - top) * (v - low) / span

    marks = []
    for i, r in enumerate(rows.iter_rows(named=True)):
        if r["interval_low"] is not None and r["interval_high"] is not None:
            marks.append(f'<line x1="{x(i):.1f}" x2="{x(i):.1f}" y1="{y(r["interval_low"]):.1f}" '
                         f'y2="{y(r["interval_high"]):.1f}" stroke="#999"/>')
        version = r["expdb_version"] + (f" {r['git_commit'][:8]}" if r["git_commit"] else "")
        color = {"holds": "#2e7d32", "fails": "#c62828", "inconclusive": "#ef6c00"}.get(r["verdict"], "#757575")
        stamp = time.strftime("%Y-%m-%d %H:%M", time.gmtime(r["recorded_at"]))
        label = f"{stamp}: {r['verdict']} {r['measured']:.4g} ({version})"
        marks.append(f'<circle cx="{x(i):.1f}" cy="{y(r["measured"]):.1f}" r="3.5" fill="{color}">'
                     f'<title>{escape(label)}</title></circle>')
    path = " ".join(f"{'M' if i == 0 else 'L'}{x(i):.1f},{y(v):.1f}" for i, v in enumerate(rows["measured"].to_list()))
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img">'
            f'<text x="{left}" y="14" font-size="12">{escape(claim)}: measured, oldest to newest</text>'
            f'<text x="4" y="{top + 4}" font-size="10">{high:.3g}</text>'
            f'<text x="4" y="{bottom}" font-size="10">{low:.3g}</text>'
            f'<path d="{path}" fill="none" stroke="#555"/>{"".join(marks)}</svg>')


def _table(frame: pl.DataFrame, digits: int = 3) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in frame.columns)
    body = ""
    for row in frame.iter_rows():
        body += "<tr>" + "".join(f"<td>{v:.{digits}f}</td>" if isinstance(v, float) else f"<td>{escape(str(v))}</td>"
                                 for v in row) + "</tr>"
    return f"<table><tr>{head}</tr>{body}</table>"


def build_html(tables, study: str, queries_dir: str | None = None) -> str:
    claims = known_claims(queries_dir)
    results = {name: claim.evaluate(tables, study) for name, claim in claims.items()}
    models = tables.models(study).collect()
    sections = [f"<h1>expdb report: study {escape(study)}</h1>",
                f'<p class="note">{models.height} models over {models["dataset"].n_unique()} data sets and '
                f'{models["method"].n_unique()} methods; written {time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())} '
                f'from {escape(tables.url)}.</p>',
                "<h2>Claims</h2>", _verify_table(list(results.values())),
                "<h3>Recorded verdicts</h3>", _history(tables, study),
                "<h2>Did the models learn?</h2>", _learning(tables, study)]
    swept = {m: n for m, n in models.select("method", "strength_name").unique().iter_rows() if n}
    repeats = _same_models(tables, study)

    # 1. metric agreement
    sections.append("<h2>Metric agreement: Spearman rank correlation of the metrics, per data set</h2>")
    sections.append(_badge(results.get("metric_agreement")))
    pairs = results.get("metric_agreement").figures.get("pairs") if "metric_agreement" in results else None
    figs = []
    if pairs is not None:
        for (dataset,), g in pairs.group_by(["dataset"], maintain_order=True):
            names = [m for m in METRICS if m in set(g["metric_a"]) | set(g["metric_b"])]
            matrix = np.eye(len(names))
            for a, b, rho in g.select("metric_a", "metric_b", "rho").iter_rows():
                i, j = names.index(a), names.index(b)
                matrix[i, j] = matrix[j, i] = rho
            labels = [LABEL[n] for n in names]
            figs.append(svg.heatmap(matrix, labels, labels, dataset))
    sections.append(f'<div class="figs">{"".join(figs) or "<p>no data</p>"}</div>')

    # 2. scores against strength
    sections.append("<h2>Scores against regularisation strength, per method (spread over random seeds)</h2>")
    sections.append(_badge(results.get("seed_dominance")))
    sections.append('<p class="note">Each column is one strength of one method: the line spans all seeds, the box '
                    'their interquartile range, the tick their median; with few seeds each seed is a dot. '
                    'Strengths are the swept values; for AnnealedVAE (capacity c_max) larger values regularise less.</p>')
    long = headline_long(tables, study)
    for (dataset,), g in long.sort("dataset").group_by(["dataset"], maintain_order=True):
        same, note = repeats.get(dataset, (set(), ""))
        figs = [svg.spread(_levels(g.filter(pl.col("metric") == m), "value", names=swept, repeats=same),
                           f"{dataset}: {LABEL[m]} against strength", f"{LABEL[m]} ({HEADLINE[m]})",
                           width=FIGURE_WIDTH)
                for m in METRICS if m in set(g["metric"])]
        sections.append(f'<div class="figs">{"".join(figs)}</div>{_note(note)}')
    seed = results.get("seed_dominance")
    if seed is not None and "by_dataset" in seed.figures:
        sections.append(_table(seed.figures["by_dataset"]))

    # 3. mean vs sampled total correlation
    sections.append("<h2>Total correlation of the mean and the sampled representation against strength</h2>")
    mvs = results.get("mean_vs_sampled")
    sections.append(_badge(mvs))
    if mvs is not None and "total_correlation" in mvs.figures:
        tc = mvs.figures["total_correlation"]
        # one panel per representation, each on its own axis: the mean's TC runs to tens of nats,
        # the sampled one's stays below one, and the claim is about the sampled trend
        figs = []
        for (dataset,), g in tc.sort("dataset").group_by(["dataset"], maintain_order=True):
            same, note = repeats.get(dataset, (set(), ""))
            for representation in ("sampled", "mean"):
                figs.append(svg.spread(_levels(g, representation, names=swept, repeats=same),
                                       f"{dataset}: total correlation of the {representation} representation",
                                       f"Gaussian TC, {representation} (nats)", width=FIGURE_WIDTH))
            figs.append(_note(note))
        sections.append(f'<div class="figs">{"".join(figs)}</div>')
        sections.append(_table(mvs.figures["rho_by_method"]))

    # 4. unsupervised scores
    sections.append("<h2>Unsupervised scores against the metrics (Spearman, per data set)</h2>")
    uns = results.get("unsupervised_selection")
    sections.append(_badge(uns))
    if uns is not None and "rho" in uns.figures:
        sections.append(f'<div class="figs">{_rho_heatmaps(uns.figures["rho"], "score")}</div>')

    # 5. transfer
    sections.append("<h2>Transfer of model selection</h2>")
    tr = results.get("transfer")
    sections.append(_badge(tr))
    if tr is not None and "table" in tr.figures:
        t = tr.figures["table"]
        cell = {(r["metric"], r["dataset"]): r for r in t.iter_rows(named=True)}
        rows = "".join(
            f"<tr><th>{m} metric</th>" + "".join(
                f"<td>{cell[(m, d)]['probability']:.1%} <span class='note'>(published {cell[(m, d)]['published']:.1%})</span></td>"
                for d in ("same", "other")) + "</tr>" for m in ("same", "other"))
        sections.append(f"<table><tr><th></th><th>same data set</th><th>other data set</th></tr>{rows}</table>"
                        '<p class="note">Probability that the configuration selected on one random seed beats a '
                        'randomly chosen configuration on a different random seed (computed exactly over every '
                        'equally likely draw).</p>')

    # 6. downstream
    sections.append("<h2>Disentanglement against downstream performance (Spearman, per data set)</h2>")
    down = results.get("downstream")
    sections.append(_badge(down))
    if down is not None and "rho" in down.figures:
        sections.append(f'<div class="figs">{_rho_heatmaps(down.figures["rho"], "target", transpose=True)}</div>')

    extra = [name for name in results if name not in
             ("mean_vs_sampled", "metric_agreement", "seed_dominance", "unsupervised_selection", "transfer", "downstream")]
    for name in extra:
        sections.append(f"<h2>{escape(results[name].title)}</h2>{_badge(results[name])}")
    body = "\n".join(sections)
    return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>expdb report: {escape(study)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>\n")


def _rho_heatmaps(rho: pl.DataFrame, row_column: str, transpose: bool = False) -> str:
    figs = []
    for (dataset,), g in rho.sort("dataset").group_by(["dataset"], maintain_order=True):
        rows = list(dict.fromkeys(g[row_column].to_list()))
        metrics = [m for m in METRICS if m in set(g["metric"])]
        matrix = np.full((len(rows), len(metrics)), np.nan)
        for r, m, v in g.select(row_column, "metric", "rho").iter_rows():
            matrix[rows.index(r), metrics.index(m)] = v
        labels = [LABEL[m] for m in metrics]
        if transpose:
            figs.append(svg.heatmap(matrix.T, labels, rows, dataset))
        else:
            figs.append(svg.heatmap(matrix, rows, labels, dataset))
    return "".join(figs)


def write_report(tables, study: str, out_dir: Path, queries_dir: str | None = None) -> Path:
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / "index.html"
    path.write_text(build_html(tables, study, queries_dir))
    return path

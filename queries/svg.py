"""Just enough SVG for a self-contained report: heatmaps and per-group spread plots.
No plotting library: the report is one HTML file that opens anywhere."""

from __future__ import annotations

import math
from html import escape

import numpy as np

BLUE, RED, GREY = (33, 102, 172), (178, 24, 43), (247, 247, 247)
SERIES = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b"]


def diverging(value: float, limit: float = 1.0) -> str:
    """Red (negative) through light grey (0) to blue (positive); white-ish for NaN."""
    if value is None or not math.isfinite(value):
        return "#ffffff"
    t = max(-1.0, min(1.0, value / limit))
    end = BLUE if t > 0 else RED
    mix = [round(g + (e - g) * abs(t)) for g, e in zip(GREY, end)]
    return "#%02x%02x%02x" % tuple(mix)


CHAR = 7  # px per character at font-size 12, a generous estimate


def heatmap(matrix, rows: list[str], columns: list[str], title: str, cell: int = 44, limit: float = 1.0) -> str:
    matrix = np.asarray(matrix, dtype=float)
    longest = max((len(c) for c in columns), default=4)
    left, top = 10 + 8 * max((len(r) for r in rows), default=4), 30 + CHAR * longest
    # column labels are turned 45 degrees up and to the right: the last one needs room beyond the grid
    right = max(10, int(CHAR * longest * 0.72) - cell // 2 + 10)
    width = max(left + cell * len(columns) + right, 10 + CHAR * len(title))
    height = top + cell * len(rows) + 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="12">',
             f'<text x="4" y="14" font-weight="bold">{escape(title)}</text>']
    for j, name in enumerate(columns):
        x = left + cell * j + cell / 2
        parts.append(f'<text transform="translate({x},{top - 6}) rotate(-45)">{escape(name)}</text>')
    for i, name in enumerate(rows):
        y = top + cell * i
        parts.append(f'<text x="{left - 6}" y="{y + cell / 2 + 4}" text-anchor="end">{escape(name)}</text>')
        for j in range(len(columns)):
            value = matrix[i, j]
            label = "" if not math.isfinite(value) else f"{value:.2f}"
            colour = "#fff" if math.isfinite(value) and abs(value) / limit > 0.6 else "#000"
            parts.append(f'<rect x="{left + cell * j}" y="{y}" width="{cell - 1}" height="{cell - 1}" '
                         f'fill="{diverging(value, limit)}"><title>{escape(rows[i])} / {escape(columns[j])}: {label}</title></rect>')
            parts.append(f'<text x="{left + cell * j + cell / 2}" y="{y + cell / 2 + 4}" text-anchor="middle" '
                         f'fill="{colour}" font-size="11">{label}</text>')
    parts.append("</svg>")
    return "".join(parts)


def nice_ticks(low: float, high: float, count: int = 5) -> tuple[list[float], int]:
    """Round tick values (1, 2 or 5 times a power of ten) inside [low, high], and the decimals
    that print them exactly (0.005, 0.010, 0.015 rather than 0.00771)."""
    span = high - low
    raw = span / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    first = math.ceil(low / step) * step
    ticks = [first + i * step for i in range(int((high - first) / step + 1e-9) + 1)]
    decimals = max(0, -math.floor(math.log10(step) + 1e-9))
    return ticks, decimals


def spread(groups: list[tuple[str, list[tuple[str, np.ndarray]]]], title: str, y_label: str,
           series: list[str] | None = None, width: int = 560, height: int = 230) -> str:
    """Per group (a method), per level (a strength), the spread over seeds: a min-max line, an
    interquartile box, a median tick and, for up to 12 seeds, the seeds as dots.
    groups: [(group label, [(level label, values) ...])]; with series, each level entry holds a
    list of arrays, one per series, drawn side by side. y_label names the score; the x axis is
    labelled per group (say "beta_vae: beta")."""
    left, right, top, bottom = 64, 8, 24, 46
    values = [v for _, levels in groups for _, arrays in levels for v in _arrays(arrays)]
    finite = np.concatenate([a[np.isfinite(a)] for a in values]) if values else np.array([])
    if finite.size == 0:
        return f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="40"><text x="4" y="20">{escape(title)}: no data</text></svg>'
    low, high = float(finite.min()), float(finite.max())
    if high - low < 1e-12:
        low, high = low - 0.5, high + 0.5
    pad = (high - low) * 0.05
    low, high = low - pad, high + pad
    plot_w, plot_h = width - left - right, height - top - bottom
    slots = sum(len(levels) for _, levels in groups) + len(groups) - 1
    step = plot_w / max(slots, 1)

    def y(v):
        return top + plot_h * (1 - (v - low) / (high - low))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" font-family="sans-serif" font-size="11">',
             f'<text x="4" y="14" font-weight="bold" font-size="12">{escape(title)}</text>',
             f'<rect x="{left}" y="{top}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#999"/>',
             f'<text transform="translate(12,{top + plot_h / 2}) rotate(-90)" text-anchor="middle">{escape(y_label)}</text>']
    ticks, decimals = nice_ticks(low + pad, high - pad)
    for tick in ticks:
        parts.append(f'<text x="{left - 4}" y="{y(tick) + 4}" text-anchor="end">{tick:.{decimals}f}</text>')
        parts.append(f'<line x1="{left}" x2="{left + plot_w}" y1="{y(tick)}" y2="{y(tick)}" stroke="#eee"/>')
    slot = 0
    for g, (group, levels) in enumerate(groups):
        start = slot
        for level, arrays in levels:
            centre = left + step * (slot + 0.5)
            arrays = _arrays(arrays)
            for k, a in enumerate(arrays):
                a = a[np.isfinite(a)]
                if a.size == 0:
                    continue
                offset = (k - (len(arrays) - 1) / 2) * min(step / (len(arrays) + 1), 8)
                x = centre + offset
                colour = SERIES[k % len(SERIES)] if series else "#333"
                q0, q1, q2, q3, q4 = np.percentile(a, [0, 25, 50, 75, 100])
                parts.append(f'<line x1="{x}" x2="{x}" y1="{y(q0)}" y2="{y(q4)}" stroke="{colour}" stroke-width="1"/>')
                parts.append(f'<rect x="{x - 3}" y="{y(q3)}" width="6" height="{max(y(q1) - y(q3), 1)}" fill="{colour}" opacity="0.35"/>')
                parts.append(f'<line x1="{x - 5}" x2="{x + 5}" y1="{y(q2)}" y2="{y(q2)}" stroke="{colour}" stroke-width="2"/>')
                if a.size <= 12:
                    for v in a:
                        parts.append(f'<circle cx="{x}" cy="{y(v)}" r="1.8" fill="{colour}"/>')
            parts.append(f'<text x="{centre}" y="{top + plot_h + 12}" text-anchor="middle" font-size="9">{escape(level)}</text>')
            slot += 1
        mid = left + step * (start + (slot - start) / 2)
        parts.append(f'<text x="{mid}" y="{top + plot_h + 28}" text-anchor="middle">{escape(group)}</text>')
        if g < len(groups) - 1:
            boundary = left + step * (slot + 0.5)
            parts.append(f'<line x1="{boundary}" x2="{boundary}" y1="{top}" y2="{top + plot_h}" stroke="#ccc" stroke-dasharray="3,3"/>')
            slot += 1
    if series:
        x = left
        for k, name in enumerate(series):
            parts.append(f'<rect x="{x}" y="{height - 12}" width="10" height="10" fill="{SERIES[k % len(SERIES)]}"/>'
                         f'<text x="{x + 14}" y="{height - 3}">{escape(name)}</text>')
            x += 24 + 7 * len(name)
    parts.append("</svg>")
    return "".join(parts)


def _arrays(arrays):
    if isinstance(arrays, np.ndarray):
        return [arrays.astype(float)]
    return [np.asarray(a, dtype=float) for a in arrays]

"""The second study's report: its claims' verdicts and its fits, as one HTML table each."""

from html import escape
from pathlib import Path

from expdb.plugin import run_claims

from .claims import fits


def write_report(tables, study, out_dir: Path, queries_dir=None) -> Path:
    out_dir.mkdir(parents=True, exist_ok=True)
    results = run_claims(tables, study, queries_dir=queries_dir)
    rows = "".join(f"<tr><td>{escape(r.name)}</td><td>{escape(r.verdict)}</td><td>{escape(r.measured_label)}</td></tr>"
                   for r in results)
    frame = fits(tables, study).collect()
    cells = "".join("<tr>" + "".join(f"<td>{escape(str(v))}</td>" for v in row) + "</tr>" for row in frame.iter_rows())
    path = out_dir / "index.html"
    path.write_text(f"<html><body><h1>{escape(study)}</h1><table>{rows}</table>"
                    f"<table><tr>{''.join(f'<th>{escape(c)}</th>' for c in frame.columns)}</tr>{cells}</table>"
                    "</body></html>")
    return path


write_report.shape = "curvefit"

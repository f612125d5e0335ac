"""The commands that read results: query, sql, verify, report; and the ones that move them
between databases: dump, load (a study package adds its own, as the reference study adds import-dlib)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from .cli import Context, cli
from .errors import ExpdbError

FORMATS = ["table", "csv", "json", "parquet"]


def _study_option(fn):
    return click.option("--study", default=None, help="Study name (default: the only study in the database).")(fn)


def _queries_option(fn):
    return click.option("--queries", "queries_dir", default=None, metavar="DIR",
                        help="A folder of your own saved queries and claims (NAME.py files).")(fn)


def write_frame(frame, fmt: str, out: str | None) -> None:
    import polars as pl

    if fmt == "parquet" and out is None:
        raise ExpdbError("--format parquet needs --out FILE")
    if out is not None and not Path(out).parent.exists():
        raise ExpdbError(f"--out {out}: folder {Path(out).parent} does not exist")
    if fmt == "table":
        with pl.Config(tbl_rows=-1, tbl_cols=-1, fmt_str_lengths=80, tbl_width_chars=250,
                       tbl_hide_dataframe_shape=True, tbl_hide_column_data_types=True):
            text = str(frame)
        _emit(text + "\n", out)
    elif fmt == "csv":
        _emit(frame.write_csv(), out)
    elif fmt == "json":
        _emit(json.dumps(frame.to_dicts(), default=str) + "\n", out)
    else:
        frame.write_parquet(out)


def _emit(text: str, out: str | None) -> None:
    if out is None:
        sys.stdout.write(text)
    else:
        Path(out).write_text(text)


@cli.command()
@click.argument("name", required=False)
@_study_option
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", default=None, metavar="FILE", help="Write to FILE instead of standard output.")
@click.option("--profile", default=None, help="The profile (named settings of a study's runs) whose results claims read (default: the study's).")
@click.option("--fill", "fill", is_flag=True, help="First compute the cells the query reads that do not exist yet.")
@click.option("--spec", "spec_path", default=None, metavar="SPEC",
              help="With --fill: the study's spec to fill by (default: the one it was last filled with).")
@click.option("--workers", type=int, default=1, show_default=True, help="With --fill: worker processes on this machine.")
@_queries_option
@click.pass_obj
def query(obj: Context, name, study, fmt, out, profile, fill, spec_path, workers, queries_dir):
    """Run the saved query NAME (without NAME: list the saved queries)."""
    from . import catalogue
    from .progress import Progress

    if name is None:
        for query_name, fn in sorted(catalogue.queries(queries_dir).items()):
            click.echo(f"{query_name:24s} {(fn.__doc__ or '').strip().splitlines()[0] if fn.__doc__ else ''}")
        return
    if workers < 1:
        raise click.BadParameter("must be 1 or more", param_hint="--workers")
    if spec_path is not None and not fill:
        raise ExpdbError("--spec goes with --fill")
    progress = Progress(total=0, quiet=not fill)
    try:
        frame = obj.workspace.query(name, study, profile, queries_dir, fill=fill, spec=spec_path, workers=workers,
                                    progress=progress)
    finally:
        progress.close()
    write_frame(frame, fmt, out)


@cli.command()
@click.argument("statement", metavar="SQL")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True)
@click.option("--out", default=None, metavar="FILE", help="Write to FILE instead of standard output.")
@click.option("--limit", type=int, default=None, help="At most N rows.")
@click.pass_obj
def sql(obj: Context, statement, fmt, out, limit):
    """Run one SQL statement on a read-only connection (writes fail and change nothing)."""
    from .tables import run_sql

    write_frame(run_sql(obj.db, statement, limit), fmt, out)


@cli.command()
@_study_option
@click.option("--claim", "names", multiple=True, help="Only this claim (repeatable).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option("--strict", is_flag=True, help="Exit with status 1 when a claim of severity error fails or is incomplete.")
@click.option("--profile", default=None, help="The profile to verify on (default: the study's).")
@click.option("--record", is_flag=True, help="Store each claim's result as a row (expdb query verdicts).")
@click.option("--junit-xml", "junit_path", default=None, metavar="FILE",
              help="Also write the checks as JUnit XML test cases (a failure per check that fails or is inconclusive).")
@click.option("--against", "against", default=None, metavar="FILE",
              help="Compare with a committed `expdb verify --json` output; exit 1 naming what moved.")
@click.option("--tolerance", type=float, default=None, metavar="X",
              help="With --against: how far any figure may move (default: each claim's own, else 0).")
@click.option("--fill", "fill", is_flag=True, help="First compute the cells the claims read that do not exist yet.")
@click.option("--spec", "spec_path", default=None, metavar="SPEC",
              help="The study's spec to judge and fill by (default: the one it was last filled with).")
@click.option("--workers", type=int, default=1, show_default=True, help="With --fill: worker processes on this machine.")
@_queries_option
@click.pass_obj
def verify(obj: Context, study, names, as_json, strict, profile, record, junit_path, against, tolerance, fill,
           spec_path, workers, queries_dir):
    """Re-check the study's claims against the database (a claim whose cells do not all exist is
    incomplete; --fill computes them first)."""
    from .drift import check_tolerance, compare, declared_tolerances, read_committed
    from .junit import check_writable, write_junit
    from .verify import findings, strict_failures, verify_table

    if junit_path is not None:
        check_writable(junit_path)  # refused before anything runs or is recorded
    if tolerance is not None and against is None:
        raise ExpdbError("--tolerance goes with --against FILE")
    committed = read_committed(against) if against is not None else None
    tolerance = check_tolerance(tolerance)
    if committed is not None:
        with obj.workspace.tables() as tables:  # another study's file is refused before anything runs
            resolved = tables.resolve_study(study)
        if committed["study"] != resolved:
            raise ExpdbError(f"--against {against}: the file verifies study {committed['study']!r}, not {resolved!r}")
    if not as_json:
        obj.announce(tensors=False)
    if workers < 1:
        raise click.BadParameter("must be 1 or more", param_hint="--workers")
    from .progress import Progress

    progress = Progress(total=0, quiet=as_json or not fill)
    try:
        results = obj.workspace.verify(study, names, profile, queries_dir, record=record, fill=fill, spec=spec_path,
                                       workers=workers, progress=progress)
    finally:
        progress.close()
    study, summaries = results.study, results.summaries
    if junit_path is not None:
        write_junit(junit_path, study, results)
    if as_json:
        click.echo(json.dumps(results.as_dict(), indent=1))
    else:
        profiles = sorted({r.profile for r in results if r.profile})
        click.echo(f"study {study}: {len(results)} claim{'s' if len(results) != 1 else ''}"
                   + (f", profile {', '.join(profiles)}" if profiles else ""))
        click.echo(verify_table(results))
        for text, _ in summaries.values():
            click.echo(f"\n{text}")
        text = findings(results)
        if text:
            click.echo(text)
        if record:
            click.echo(f"\nrecorded {len(results)} verdict(s); see expdb query verdicts")
    if committed is not None:
        moved = compare(committed, results.as_dict(), declared_tolerances(queries_dir), tolerance)
        stream = sys.stderr if as_json else sys.stdout
        if moved:
            click.echo(f"\n{len(moved)} figure(s) moved since {against}:", file=stream)
            for line in moved:
                click.echo(f"  {line}", file=stream)
            from .drift import computed_since

            with obj.workspace.tables() as tables:  # which cells changed since, and what computed them
                changed = computed_since(tables, study, committed.get("data_as_of"))
            for i, line in enumerate(changed):
                click.echo(("  " if i else "") + line, file=stream)
        else:
            click.echo(f"\nnothing moved since {against}", file=stream)
    if (strict and strict_failures(results)) or (committed is not None and moved):
        sys.exit(1)


@cli.command()
@click.argument("out_dir", metavar="OUT_DIR")
@_study_option
@click.option("--profile", default=None, help="The profile to report on (default: the study's).")
@_queries_option
@click.option("--writer", default=None, help="Which installed report writer (default: the only one).")
@click.pass_obj
def report(obj: Context, out_dir, study, profile, queries_dir, writer):
    """Write OUT_DIR/index.html: the study's figures, each with its claim's verdict."""
    from .extensions import report_writer
    from .tables import Tables

    # a writer named is checked before anything is opened; else the study's shape picks one
    write_report = report_writer(writer) if writer is not None else None
    obj.announce(tensors=False)
    with Tables(obj.db) as tables:
        tables.profile = profile
        study = tables.resolve_study(study)
        write_report = write_report or report_writer(None, tables.study_shape(study))
        path = write_report(tables, study, Path(out_dir), queries_dir)
    click.echo(f"wrote {path}")


@cli.command()
@click.argument("out_dir", metavar="OUT_DIR")
@_study_option
@click.pass_obj
def dump(obj: Context, out_dir, study):
    """Write every done cell of a study and its rows (not the tensors) as a results bundle."""
    from .tables import Tables

    obj.announce(tensors=False)
    with Tables(obj.db) as tables:
        name = tables.resolve_study(study)
        bundle = tables.store.export_study(name)
    path = bundle.write(out_dir)
    counts = bundle.counts()
    click.echo(f"wrote {path}: study {name}, " + ", ".join(f"{counts[t]} {t}" for t in _reported(bundle, counts)))


@cli.command()
@click.argument("bundle_dir", metavar="DIR")
@click.pass_obj
def load(obj: Context, bundle_dir):
    """Load a results bundle written by `expdb dump` (rows already present are kept)."""
    from .bundle import Bundle

    obj.announce(tensors=False)
    bundle = Bundle.read(bundle_dir)
    load_into(obj, bundle, f"loaded {bundle_dir} (study {bundle.study['name']})")


def load_into(workspace, bundle, what: str) -> None:
    """Load a results bundle into the command's database and say how many rows were new (for
    commands that build bundles: load, and study packages' importers). workspace: the command's
    Workspace (or the Context that holds it)."""
    added, total = getattr(workspace, "workspace", workspace).load(bundle)
    click.echo(f"{what}: " + ", ".join(f"{added[t]} of {total[t]} {t} rows new" for t in _reported(bundle, total)))


def _reported(bundle, counts: dict) -> list[str]:
    """The bundle tables a dump or load reports: cells, the tables study shapes count (expdb
    status) that have rows here, and a shape's flat tables."""
    from .shapes import declared_shapes

    counted = [table for shape in declared_shapes().values() for _, table in shape.counted]
    return ["cell", *(t for t in counted if counts.get(t)), *bundle.shape_tables]

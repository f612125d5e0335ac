"""The expdb command. Every user error is one line on stderr and exit code 2."""

from __future__ import annotations

import json
import math
import sys

import click

from . import __version__
from .errors import ExpdbError
from .locations import DEFAULT_STORE, DEFAULT_URL

# Commands import what they use when they run: `expdb --help` and a mistyped command answer at
# once, without loading SQLAlchemy, Zarr, NumPy or Polars (benchmarks/bench_startup.py).


class Context:
    """What the global options name: a Workspace (expdb.workspace), which the commands drive."""

    def __init__(self, db: str, tensors: str, data: str | None):
        from .workspace import Workspace

        self.workspace = Workspace(db, tensors, data)
        self.db, self.store_path, self.data = db, tensors, data

    def open(self, **kwargs):
        return self.workspace.open(**kwargs)

    def announce(self, tensors: bool = True) -> None:
        """The first line of a command's human output (Workspace.location)."""
        click.echo(self.workspace.location(tensors))


def _selection_options(fn):
    fn = click.option("--limit", type=int, default=None, help="At most N cells (in plan order).")(fn)
    fn = click.option("--where", "where", multiple=True, metavar="KEY=VALUE",
                      help="Only cells whose label KEY equals VALUE: a grid axis or setting, or the choice a kind fans "
                           "out over (`expdb shapes` names each kind's).")(fn)
    fn = click.option("--kind", "kinds", multiple=True, metavar="KIND",
                      help="Only cells of this kind (repeatable): a kind of the spec's study shape (`expdb shapes`).")(fn)
    return fn


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", envvar="EXPDB_DB", default=DEFAULT_URL, show_default=True,
              help="Database URL (sqlite:///FILE or postgresql+psycopg://USER@HOST/DB); env EXPDB_DB.")
@click.option("--tensors", envvar="EXPDB_TENSORS", default=None,
              help=f"Zarr tensor store (a folder or fsspec URL) [default: {DEFAULT_STORE}]; env EXPDB_TENSORS.")
@click.option("--store", "old_store", envvar="EXPDB_STORE", default=None, hidden=True,
              help="The tensor store's former option name (--tensors).")
@click.option("--data", envvar="EXPDB_DATA", default=None, help="Folder of original data set files; env EXPDB_DATA.")
@click.version_option(__version__, prog_name="expdb")
@click.pass_context
def cli(ctx, db, tensors, old_store, data):
    """A declarative experiment database: a spec says what should exist, the database
    says what does, fill computes the difference."""
    ctx.obj = Context(db, tensors or old_store or DEFAULT_STORE, data)


@cli.command()
@click.pass_obj
def init(obj: Context):
    """Create the database and tensor store at the current schema (safe to repeat)."""
    obj.announce()
    before, head = obj.workspace.init()
    click.echo(f"already at schema {head}" if before == head else f"created at schema {head}")


@cli.command()
@click.argument("spec_path", metavar="SPEC")
@_selection_options
@click.option("--max-attempts", default=3, show_default=True, help="A cell that failed this often is left alone.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def plan(obj: Context, spec_path, kinds, where, limit, max_attempts, as_json):
    """Cells the spec wants, and how many are done, missing, running and failed."""
    from .fill import STATE_COLUMNS
    from .spec import load_spec

    if not as_json:
        obj.announce(tensors=False)
    spec = load_spec(spec_path)
    report = obj.workspace.plan(spec, kinds, where, limit, max_attempts)
    stale = report.stale
    if as_json:
        click.echo(json.dumps({"study": spec.name, "kinds": {k: {c: v[c] for c in STATE_COLUMNS} for k, v in report.rows.items()},
                               "exhausted": report.exhausted, "dropped": len(stale)}, indent=2))
        return
    click.echo(f"study {spec.name} ({spec_path})")
    _table(["kind", *STATE_COLUMNS], [[kind, *(row[c] for c in STATE_COLUMNS)] for kind, row in report.rows.items()]
           + [["total", *(report.total(c) for c in STATE_COLUMNS)]])
    if report.exhausted:
        click.echo(f"{report.exhausted} failed cell(s) used all {max_attempts} attempts and are left alone; "
                   f"see expdb status (fill --retry-failed --max-attempts {max_attempts + 1} gives them one more)")
    if stale:
        click.echo(f"{len(stale)} cell(s) of study {spec.name} are no longer in its spec: fill drops them from the "
                   "study (they stay in the database; expdb gc removes cells no study wants)")


@cli.command(name="fill")
@click.argument("spec_path", metavar="SPEC")
@_selection_options
@click.option("--workers", type=int, default=None,
              help="Worker processes on this machine (default 1); with --executor, claim loops per resource group "
                   "(default: dask, the cluster's threads; slurm, 4 jobs).")
@click.option("--retry-failed", is_flag=True, help="Retry failed cells that have attempts left.")
@click.option("--max-attempts", default=3, show_default=True, help="Attempts per cell before it is left alone.")
@click.option("--lease", "lease_s", default=120.0, show_default=True, help="Seconds a claim lasts without a heartbeat.")
@click.option("--device", default="auto", show_default=True, help="auto (CUDA when present), cpu, cuda or cuda:N.")
@click.option("--gang", type=int, default=None,
              help="Cells a worker computes as one stacked computation, for runners that can (cells the runner's "
                   "gang key puts together). Default: the runner's choice for the device. 1 turns gangs off.")
@click.option("--quiet", is_flag=True, help="No progress output.")
@click.option("--executor", type=click.Choice(["local", "dask", "slurm"]), default="local", show_default=True,
              help="Who starts the workers: processes here, a Dask cluster, or Slurm (via submitit).")
@click.option("--scheduler", default=None, metavar="ADDRESS", help="Dask scheduler, e.g. tcp://host:8786.")
@click.option("--resource", "resources", multiple=True, metavar="KIND:NAME=N",
              help="Resources a kind's workers need, e.g. KIND:GPU=1 (Dask resources; Slurm: GPU jobs).")
@click.option("--partition", default=None, help="Slurm partition.")
@click.option("--time-min", default=60, show_default=True, help="Slurm time limit per worker job, minutes.")
@click.option("--gpus", default=1, show_default=True, help="Slurm GPUs per job of a kind given a GPU resource.")
@click.option("--slurm-folder", default=".expdb-slurm", show_default=True, help="Where submitit keeps job files and logs.")
@click.option("--slurm-cluster", type=click.Choice(["auto", "slurm", "local"]), default="auto", show_default=True,
              help="local runs the Slurm jobs as processes on this machine (for testing).")
@click.pass_obj
def fill_command(obj: Context, spec_path, kinds, where, limit, workers, retry_failed, max_attempts, lease_s, device, gang,
                 quiet, executor, scheduler, resources, partition, time_min, gpus, slurm_folder, slurm_cluster):
    """Compute the cells the spec wants and the database lacks. Safe to kill and rerun."""
    from .progress import Progress
    from .spec import load_spec

    if workers is not None and workers < 1:
        raise click.BadParameter("must be 1 or more", param_hint="--workers")
    if max_attempts < 1:
        raise click.BadParameter("must be 1 or more", param_hint="--max-attempts")
    if gang is not None and gang < 1:
        raise click.BadParameter("must be 1 or more", param_hint="--gang")
    from .engine import MAX_LEASE_S

    if not math.isfinite(lease_s) or lease_s <= 0 or lease_s > MAX_LEASE_S:
        raise click.BadParameter(f"must be a number of seconds above 0 and at most {MAX_LEASE_S:.0f} (30 days), "
                                 f"not {lease_s}", param_hint="--lease")
    if not quiet:
        obj.announce()
    spec = load_spec(spec_path)
    runner_pool = _executor(executor, obj, workers, scheduler, resources, partition, time_min, gpus,
                            slurm_folder, slurm_cluster)
    progress = Progress(total=0, quiet=quiet)
    try:
        result = obj.workspace.fill(spec, kinds, where, limit, gang=gang, lease=lease_s, max_attempts=max_attempts,
                                    device=device, retry_failed=retry_failed, executor=runner_pool, progress=progress)
    finally:
        progress.close()
    after, report = result.after, result.report
    if not quiet:
        click.echo(f"{spec.name}: {result.selected} cells selected, {result.already_done} already done, "
                   f"{report.computed} computed, {report.failed} failed"
                   + (f", {result.retried} retried" if result.retried else "")
                   + (f", {report.lost} lost to another worker" if report.lost else ""))
        left = after.total("missing") + after.total("running")
        if left:
            click.echo(f"{left} cell(s) not done: they wait on cells outside this selection, on failed cells "
                       "or on a worker's lease")
    if result.dropped:  # said even when quiet: the study's membership changed
        click.echo(f"dropped {result.dropped} cell(s) its spec no longer asks for from study {spec.name} "
                   "(they stay in the database; expdb gc removes cells no study wants)")
    for line in report.notes if not quiet else ():
        click.echo(line)
    for line in report.errors[:10]:
        click.echo(f"error: {line}", err=True)
    if after.total("failed"):
        exhausted = (f"; {after.exhausted} of them used all {max_attempts} attempts, which --retry-failed leaves "
                     f"alone unless --max-attempts is raised above {max_attempts}") if after.exhausted else ""
        click.echo(f"{after.total('failed')} failed cell(s); see expdb status, retry with --retry-failed{exhausted}",
                   err=True)
    if after.total("failed") or report.errors:
        sys.exit(1)


def _executor(name, obj, workers, scheduler, resources, partition, time_min, gpus, slurm_folder, slurm_cluster):
    """The executor --executor names, built from its options, after refusing what cannot be shared."""
    from . import executors

    parsed = executors.parse_resources(resources)

    def on_this_machine():
        if scheduler or parsed:
            raise click.UsageError("--scheduler and --resource need --executor dask or slurm")
        return executors.local(workers or 1)

    def dask():
        executors.require_shared(obj.db, obj.store_path, name)
        if not scheduler:
            raise click.UsageError("--executor dask needs --scheduler tcp://HOST:PORT")
        return executors.DaskExecutor(scheduler, workers, parsed)

    def slurm():
        executors.require_shared(obj.db, obj.store_path, name)
        return executors.SlurmExecutor(folder=slurm_folder, workers=workers or 4, partition=partition,
                                       time_min=time_min, gpus=gpus,
                                       cluster=None if slurm_cluster == "auto" else slurm_cluster, resources=parsed)

    return {"local": on_this_machine, "dask": dask, "slurm": slurm}[name]()


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def status(obj: Context, as_json):
    """What the database holds, per study and kind."""
    if not as_json:
        obj.announce(tensors=False)
    store = obj.open()
    try:
        rows, counts, failures = store.summary(), store.table_counts(), store.failures()
        unwanted = len(store.unwanted_cells())
    finally:
        store.dispose()
    if as_json:
        click.echo(json.dumps({"cells": rows, "tables": counts, "failures": failures, "unwanted": unwanted}, indent=2))
        return
    grouped: dict[tuple[str, str], dict] = {}
    for row in rows:
        grouped.setdefault((row["name"], row["kind"]), {})[row["state"]] = row["n"]
    states = ("done", "pending", "running", "failed")
    if grouped:
        _table(["study", "kind", *states],
               [[study, kind, *(v.get(s, 0) for s in states)] for (study, kind), v in grouped.items()])
    else:
        click.echo("no studies yet: run expdb fill SPEC")
    click.echo(", ".join(f"{n} {name}" for name, n in counts.items()))
    if unwanted:
        click.echo(f"{unwanted} cell(s) belong to no study (dropped from edited specs): expdb gc removes them")
    if failures:
        click.echo("recent failures:")
        for f in failures:
            click.echo(f"  {f['kind']} {f['key']} (attempts {f['attempts']}): {f['last_error']}")


@cli.command()
@click.option("--repair", is_flag=True, help="Return cells with corrupt, missing or unreadable tensors to pending; remove "
                                            "what no row points at; give shared folders their metadata again.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.pass_obj
def check(obj: Context, repair, as_json):
    """Read back every tensor a done row points at; list corrupt, missing, orphan, unreadable and leftover arrays.
    Exit 1 on any finding. Safe beside a running fill: only what it judged is removed."""
    if not as_json:
        obj.announce()
    report, fixed = obj.workspace.check(repair)
    if as_json:
        click.echo(json.dumps({"tensors_read": report.tensors_read, "arrays": report.arrays_seen,
                               "in_flight": report.in_flight,
                               "findings": [f.__dict__ for f in report.findings],
                               "reset": fixed[0] if fixed else [], "removed": fixed[1] if fixed else 0}, indent=2))
    else:
        click.echo(f"{report.tensors_read} tensors read back, "
                   f"{report.arrays_seen} arrays, {report.in_flight} in flight, {len(report.findings)} finding(s)")
        for finding in report.findings[:50]:
            click.echo(finding.line())
        if len(report.findings) > 50:
            click.echo(f"... and {len(report.findings) - 50} more (--json lists all)")
        if fixed:
            click.echo(f"repaired: {len(fixed[0])} cell(s) back to pending (fill recomputes them), "
                       f"{fixed[1]} folder(s), array(s) or file(s) removed or given their metadata again")
        elif report.findings:
            click.echo("run expdb check --repair to recompute cells with bad tensors and remove orphans")
    if report.findings and not fixed:
        sys.exit(1)


@cli.command()
@click.option("--yes", "confirmed", is_flag=True, help="Delete (without it, only say what would go).")
@click.pass_obj
def gc(obj: Context, confirmed):
    """Remove cells no study wants (with their rows and tensors), orphan arrays and leftovers. A dry run unless
    --yes. Safe beside a running fill: a cell a study wants again or a worker took by then is kept."""
    from . import maintenance

    obj.announce()
    store = obj.open()
    try:
        tensors = obj.workspace.tensor_store(store, create=False)
        found = maintenance.plan_gc(store, tensors)
        kinds = ", ".join(f"{n} {kind}" for kind, n in sorted(found.by_kind().items())) or "none"
        if not confirmed:
            click.echo(f"would delete {len(found.cells)} cell(s) no study wants ({kinds}) and "
                       f"{len(found.orphans)} orphan array(s) or leftover(s); run expdb gc --yes to delete them")
            return
        cells, arrays = maintenance.run_gc(store, tensors, found)
    finally:
        store.dispose()
    kept = len(found.cells) - cells
    click.echo(f"deleted {cells} cell(s) no study wants ({kinds}) and {arrays} tensor folder(s), orphan array(s) "
               "or leftover(s)" + (f"; kept {kept} cell(s) that a study wants again or a worker took meanwhile"
                                   if kept else ""))


@cli.group()
def db():
    """Schema management."""


@db.command()
@click.pass_obj
def upgrade(obj: Context):
    """Migrate the database to this version's schema."""
    obj.announce(tensors=False)
    store = obj.open(check=False)
    try:
        before, head = store.upgrade()
    finally:
        store.dispose()
    click.echo(f"schema {before or 'none'} -> {head}" if before != head else f"already at schema {head}")


@db.command()
@click.pass_obj
def current(obj: Context):
    """Print the database's schema revision and the one this code needs."""
    obj.announce(tensors=False)
    store = obj.open(check=False)
    try:
        current, head = store.schema_revision()
    finally:
        store.dispose()
    click.echo(f"schema: database {current or 'none'}, code {head}")


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def shapes(as_json):
    """The installed study shapes: each one's kinds (a spec's sections), what each kind fans out
    over, and its result tables."""
    from .shapes import declared_shapes

    out = []
    for shape in declared_shapes().values():
        out.append({"shape": shape.name, "default": shape.default, "description": shape.description,
                    "plans_itself": shape.plan is not None,
                    "kinds": [{"kind": k.name, "parent": k.parent, "choices": k.choices, "label": k.label,
                               "default_runner": k.default_runner} for k in shape.kinds],
                    "tables": [t.name for t in shape.table_list()]})
    if as_json:
        click.echo(json.dumps(out, indent=1))
        return
    for entry in out:
        click.echo(f"{entry['shape']}{' (default)' if entry['default'] else ''}: {entry['description']}"
                   + (" (plans its own cells)" if entry["plans_itself"] else ""))
        for k in entry["kinds"]:
            if k["parent"] is None:
                fans = " (root: one per grid assignment)"
            elif entry["plans_itself"]:
                fans = f" <- {k['parent']}, [{k['kind']}] lists {k['choices']}"
            else:
                fans = f" <- {k['parent']}, one per parent and name in [{k['kind']}] {k['choices']} (label {k['label']})"
            click.echo(f"  kind {k['kind']}{fans}; default runner {k['default_runner'] or '-'}")
        click.echo(f"  tables: {', '.join(entry['tables']) or 'none'}")


def _table(header, rows):
    widths = [max(len(str(x)) for x in col) for col in zip(header, *rows)]
    for row in [header, *rows]:
        click.echo("  ".join(str(x).ljust(w) if i == 0 else str(x).rjust(w) for i, (x, w) in enumerate(zip(row, widths))))


from . import cli_query  # noqa: E402,F401  (registers query, sql, verify, report, dump, load)


def _add_study_commands() -> None:
    """The commands study packages declare (entry point group expdb.commands), such as the
    reference study's import-dlib."""
    from .extensions import commands

    for name, command in commands():
        if isinstance(command, BaseException):  # a broken package must not take the whole command line down
            click.echo(f"expdb: warning: the command {name!r} of an installed study package could not be "
                       f"loaded ({type(command).__name__}: {command})", err=True)
        elif command.name not in cli.commands:  # a package cannot replace a core command
            cli.add_command(command)


_add_study_commands()


GLOBAL_OPTIONS = ("--db", "--tensors", "--store", "--data")  # each takes a value


def globals_first(argv: list[str]) -> list[str]:
    """The arguments with every global option given after the command (`expdb fill SPEC --db
    URL`) moved before it, where click looks for them: a user need not know which options
    belong to the group. Nothing after `--` moves."""
    argv = list(argv)
    i = 0
    while i < len(argv) and argv[i].startswith("-"):  # the global options already in front
        i += 2 if argv[i] in GLOBAL_OPTIONS else 1
    if i >= len(argv):
        return argv
    front, rest, moved = argv[:i], [], []
    j = i
    while j < len(argv):
        arg = argv[j]
        if arg == "--":
            rest += argv[j:]
            break
        if arg in GLOBAL_OPTIONS and j + 1 < len(argv):
            moved += argv[j:j + 2]
            j += 2
            continue
        if arg.split("=", 1)[0] in GLOBAL_OPTIONS and "=" in arg:
            moved.append(arg)
        else:
            rest.append(arg)
        j += 1
    return front + moved + rest


def main(argv=None):
    argv = globals_first(sys.argv[1:] if argv is None else list(argv))
    try:
        cli.main(args=argv, prog_name="expdb", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("expdb: interrupted", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except ExpdbError as exc:
        click.echo(f"expdb: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        click.echo("expdb: interrupted", err=True)
        sys.exit(130)
    sys.exit(0)


if __name__ == "__main__":
    # run as `python -m expdb.cli`: use the importable module, where every command is registered
    from expdb.cli import main as _main

    _main()

"""What study packages add to expdb, found through entry points, so that the core never imports
a study by name (runners are found the same way, in expdb.runner).

A study package declares, in its pyproject.toml, under these entry point groups:

- ``expdb.claims``: an ordered dict of claim name -> expdb.claims.Claim;
- ``expdb.queries``: a dict of saved-query name -> callable(tables, study);
- ``expdb.summaries``: a dict of name -> summary(tables, study), the lines verify prints beside
  its claims;
- ``expdb.report``: a function write_report(tables, study, out_dir, queries_dir) -> path;
- ``expdb.commands``: a click command, added to the ``expdb`` command line under its own name;
- ``expdb.shapes``: a dict of name -> expdb.shapes.Shape: a study's kinds, result tables and
  how it plans, writes, bundles and reads them.

(A study package may define groups of its own for its plug-ins: the reference study reads what
each method sweeps from ``expdb.strengths``, expdb_runners.layout.strength.)

Claims, summaries and report writers belong to the study shape named by their attribute
``shape`` (none: the default shape), so that each study is verified and reported by its own.

Several packages may declare the same group: their dicts are merged in package name order.
"""

from __future__ import annotations

from importlib.metadata import entry_points

from .errors import ExpdbError

CLAIMS, QUERIES, SUMMARIES, REPORT, COMMANDS = (
    "expdb.claims", "expdb.queries", "expdb.summaries", "expdb.report", "expdb.commands")


class MissingExtension(ExpdbError):
    pass


def declared(group: str) -> list:
    """The entry points of a group, in a stable order (by distribution, then name)."""
    found = entry_points(group=group)
    return sorted(found, key=lambda ep: ((ep.dist.name if ep.dist else ""), ep.name))


def merged(group: str) -> dict:
    """The dicts that every package declares under a group, merged."""
    out: dict = {}
    for ep in declared(group):
        out.update(ep.load())
    return out


def report_writer(name: str | None = None, shape: str | None = None):
    """The installed report writer: the one named; else the only one for the study's shape (a
    writer says its shape with an attribute `shape`, none meaning the default shape's); else
    the only one installed."""
    found = {ep.name: ep for ep in declared(REPORT)}
    if not found:
        raise MissingExtension(f"no report writer is installed (a study package declares one under the entry "
                               f"point group {REPORT})")
    if name is None:
        if len(found) > 1 and shape is not None:
            from .shapes import for_shape

            fitting = for_shape({n: ep.load() for n, ep in found.items()}, shape)
            if len(fitting) == 1:
                return next(iter(fitting.values()))
        if len(found) > 1:
            raise MissingExtension(f"several report writers are installed ({', '.join(sorted(found))}): "
                                   "choose one with --writer")
        name = next(iter(found))
    if name not in found:
        raise MissingExtension(f"no report writer {name!r} (installed: {', '.join(sorted(found))})")
    return found[name].load()


def commands() -> list[tuple[str, object]]:
    """(name, click command) for each command study packages add to the command line; in place
    of the command, the exception that loading it raised."""
    out = []
    for ep in declared(COMMANDS):
        try:
            out.append((ep.name, ep.load()))
        except Exception as exc:
            out.append((ep.name, exc))
    return out

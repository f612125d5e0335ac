"""Finding saved queries and claims: the installed study packages' (expdb.extensions) and a
user's folder.

A user folder holds Python files; a file NAME.py that defines ``query(tables, study)`` is the
saved query NAME, and one that defines ``CLAIM`` (an expdb.claims.Claim) adds a claim.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

from . import extensions
from .errors import ExpdbError


class UnknownQuery(ExpdbError):
    pass


def _user_modules(folder: str | None):
    if folder is None:
        return []
    path = Path(folder)
    if not path.is_dir():
        raise UnknownQuery(f"--queries {folder}: not a folder")
    modules = []
    for file in sorted(path.glob("*.py")):
        if file.name.startswith("_"):
            continue
        spec = importlib.util.spec_from_file_location(f"expdb_user_queries.{file.stem}", file)
        module = importlib.util.module_from_spec(spec)
        try:
            spec.loader.exec_module(module)
        except Exception as exc:  # a user's file: say which one broke, in one line
            raise UnknownQuery(f"{file}: {exc.__class__.__name__}: {exc}") from None
        modules.append((file.stem, module))
    return modules


def claims(folder: str | None = None) -> dict:
    found = extensions.merged(extensions.CLAIMS)
    for _, module in _user_modules(folder):
        claim = getattr(module, "CLAIM", None)
        if claim is not None:
            found[claim.name] = claim
    return found


def summaries() -> dict:
    """name -> summary(tables, study) -> (one line, a table): what verify and the report say
    beside the claims (the installed study packages')."""
    return extensions.merged(extensions.SUMMARIES)


def queries(folder: str | None = None) -> dict:
    """name -> callable(tables, study) returning a LazyFrame or DataFrame. A claim's name
    gives its figure table."""
    found = extensions.merged(extensions.QUERIES)
    for name, claim in claims(folder).items():
        found.setdefault(name, _claim_figure(claim))
    for name, module in _user_modules(folder):
        if callable(getattr(module, "query", None)):
            found[name] = module.query
    return found


def _claim_figure(claim):
    def query(tables, study):
        result = claim.evaluate(tables, study)
        if not result.figures:
            raise ExpdbError(f"claim {claim.name}: {result.verdict}: {result.reason}")
        return next(iter(result.figures.values()))
    query.__doc__ = f"The figures of claim {claim.name}: {claim.title}"
    return query


def find(name: str, folder: str | None = None):
    found = queries(folder)
    if name not in found:
        raise UnknownQuery(f"no saved query {name!r} (known: {', '.join(sorted(found))})")
    return found[name]

"""The core knows no study: it imports neither study package by name, and what the reference
study adds (claims, saved queries, summaries, the report, import-dlib) arrives through entry
points."""

import ast
from pathlib import Path

from conftest import ROOT, run_cli
from expdb import catalogue, extensions
from expdb.cli import cli

STUDY_PACKAGES = ("expdb_runners", "expdb_queries", "runners", "queries", "torch", "sklearn")


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.module


def test_the_core_imports_no_study_package():
    offenders = [(str(path.relative_to(ROOT)), name) for path in sorted((ROOT / "expdb").rglob("*.py"))
                 for name in imported_modules(path) if name.split(".")[0] in STUDY_PACKAGES]
    assert offenders == []


def test_the_reference_study_arrives_through_entry_points():
    from expdb_queries import CLAIMS, SAVED, SUMMARIES
    from expdb_queries.report import write_report

    assert list(catalogue.claims()) == list(CLAIMS)  # in the package's order: verify prints them so
    assert set(SAVED) <= set(catalogue.queries()) and catalogue.summaries() == SUMMARIES
    assert extensions.report_writer() is write_report
    assert "import-dlib" in cli.commands


def test_an_unknown_report_writer_is_refused(tmp_path):
    result = run_cli("--db", f"sqlite:///{tmp_path}/x.db", "report", tmp_path / "r", "--writer", "nonesuch")
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == ["expdb: error: no report writer 'nonesuch' (installed: locatello2019)"]
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_study_command_that_fails_to_load_is_a_warning_not_a_broken_command_line(monkeypatch, capsys):
    from importlib.metadata import EntryPoint

    import expdb.cli as cli_module

    broken = EntryPoint(name="broken", value="expdb_no_such_module:command", group=extensions.COMMANDS)
    monkeypatch.setattr(extensions, "entry_points", lambda group: [broken] if group == extensions.COMMANDS else [])
    ((name, error),) = extensions.commands()
    assert name == "broken" and isinstance(error, ModuleNotFoundError)
    before = set(cli.commands)
    cli_module._add_study_commands()
    assert set(cli.commands) == before
    assert "the command 'broken' of an installed study package could not be loaded" in capsys.readouterr().err

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


# The reference study's own words: its kinds, tables, identity columns, losses, methods and
# metrics, its importer and its claims. None may appear in the core's code as a name or in a
# string (docstrings and comments may mention the reference study as an example).
REFERENCE_WORDS = {
    "train", "represent", "evaluate", "model", "representation", "evaluation", "hyperparameter",
    "model_setting", "training_curve", "dataset", "method", "metric", "vae", "beta_vae", "factor_vae",
    "kl_loss", "reconstruction_loss", "elbo", "model_num", "mig", "dci", "dlib", "mean", "sampled",
    "seed_dominance", "metric_agreement", "transfer", "downstream", "mean_vs_sampled", "unsupervised_selection",
}
KIND_WORDS = {"train", "represent", "evaluate"}  # also method names (Claim.evaluate): only strings count


def code_words(path: Path):
    """(line, word, where) for every name and every word of a string literal in a file's code,
    docstrings and comments left out."""
    import io
    import re
    import tokenize

    previous = tokenize.NEWLINE
    for token in tokenize.generate_tokens(io.StringIO(path.read_text()).readline):
        if token.type == tokenize.NAME:
            yield token.start[0], token.string, "name"
        elif token.type == tokenize.STRING and previous not in (tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                                                                 tokenize.NL):
            for word in re.findall(r"[A-Za-z_][A-Za-z_0-9]*", token.string):
                yield token.start[0], word, "string"
        if token.type not in (tokenize.COMMENT, tokenize.NL):
            previous = token.type


def test_the_core_names_nothing_of_the_reference_study():
    """The reference study (train -> represent -> evaluate, VAEs, metrics, claims) lives in its
    packages and reaches the core through its shape's declaration (expdb_runners.layout)."""
    offenders = []
    for path in sorted((ROOT / "expdb").rglob("*.py")):
        for line, word, where in code_words(path):
            if word.lower() in REFERENCE_WORDS and (where == "string" or word.lower() not in KIND_WORDS):
                offenders.append(f"{path.relative_to(ROOT)}:{line}: {word} ({where})")
    assert offenders == []

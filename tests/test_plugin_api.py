"""Study packages reach expdb through one door, expdb.plugin: this repository's two study
packages (the reference study's runners and queries, and the second study of the tests) import
nothing else of expdb, anywhere in their code."""

from __future__ import annotations

import ast
from pathlib import Path

import expdb.plugin as plugin

ROOT = Path(__file__).resolve().parent.parent
STUDY_PACKAGES = [ROOT / "runners", ROOT / "queries", ROOT / "tests" / "second_study"]


def _expdb_imports(path: Path):
    """(line, module) for every import of an expdb module in a file, at any depth."""
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module and \
                (node.module == "expdb" or node.module.startswith("expdb.")):
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                if alias.name == "expdb" or alias.name.startswith("expdb."):
                    yield node.lineno, alias.name


def test_study_packages_import_only_the_plugin_api():
    files = [f for package in STUDY_PACKAGES for f in package.rglob("*.py")]
    assert len(files) > 30  # the packages are where this test looks
    outside = [f"{f.relative_to(ROOT)}:{line}: {module}" for f in files for line, module in _expdb_imports(f)
               if module != "expdb.plugin"]
    assert outside == []


def test_every_name_the_plugin_api_lists_exists():
    missing = [name for name in plugin.__all__ if not hasattr(plugin, name)]
    assert missing == [] and len(plugin.__all__) == len(set(plugin.__all__))
    # what a study's claims decide with is the same object the core's claims use
    from expdb.claims import Claim

    assert plugin.Claim is Claim

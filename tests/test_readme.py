"""The README's commands are real: every `expdb ...` line parses as a command with its options,
and the install and test commands are the ones CI runs."""

import re
import shlex

from click.testing import CliRunner

from conftest import ROOT
from expdb.cli import cli

README = (ROOT / "README.md").read_text()


def shell_lines():
    for block in re.findall(r"```sh\n(.*?)```", README, re.S):
        for line in block.splitlines():
            line = line.split("  #")[0].strip()
            if line:
                yield line


def expdb_invocations():
    for line in shell_lines():
        for part in line.split("&&"):
            words = shlex.split(part.strip())
            if words and words[0] == "expdb":
                yield words[1:]


def test_every_documented_command_parses():
    found = list(expdb_invocations())
    assert len(found) >= 8
    runner = CliRunner()
    for args in found:
        # --help after the whole line: click still rejects an unknown command or option
        result = runner.invoke(cli, args + ["--help"])
        assert result.exit_code == 0, (args, result.output)
    assert runner.invoke(cli, ["plan", "x.toml", "--colour", "red", "--help"]).exit_code != 0


def test_readme_opens_with_install_and_test_commands_that_ci_runs():
    lines = list(shell_lines())
    main_job, tests = lines[0], lines[1]
    assert "pip install -e" in main_job and "expdb fill" in main_job
    assert tests.endswith("python -m pytest -q")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install -q torch==2.13.0" in ci and "pip install -q -e '.[runners,dev]'" in ci
    assert "python -m pytest -q" in ci

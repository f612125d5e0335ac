"""The README's commands are real: every `expdb ...` line parses as a command with its options,
and the install and test commands are the ones CI runs."""

import re
import shlex
import pytest

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
    main_job = lines[0]
    assert "pip install -e" in main_job and "expdb fill" in main_job
    # the CPU-only route swaps the torch step alone; the test command is the README's first with pytest
    cpu_route = [line for line in lines if "download.pytorch.org/whl/cpu" in line]
    assert cpu_route and all(line.startswith("pip install torch==2.13.0") for line in cpu_route)
    tests = next(line for line in lines if "pytest" in line)
    assert "pip install torch==2.13.0 && pip install -e '.[runners,dev]'" in tests
    assert tests.endswith("python -m pytest -q")
    ci = (ROOT / ".ci" / "run").read_text()
    assert "pip install -q torch==2.13.0" in ci and "pip install -q -e '.[runners,dev]'" in ci
    assert "python -m pytest -q" in ci


def python_blocks():
    return re.findall(r"```python\n(.*?)```", README, re.S)


@pytest.mark.slow
def test_every_python_block_runs(tmp_path):
    """The README's Python, run as a reader would: in a folder with the clone's studies/ and
    results/, after the README's own command that loads the committed CPU study."""
    import os
    import subprocess
    import sys

    for folder in ("studies", "results"):
        (tmp_path / folder).symlink_to(ROOT / folder)
    env = {**os.environ, "PATH": f"{os.path.dirname(sys.executable)}:{os.environ['PATH']}"}
    load = next(line for line in shell_lines() if "load results/cpu" in line and "cpu.db" in line)
    loaded = subprocess.run(load, shell=True, cwd=tmp_path, env=env, capture_output=True, text=True)
    assert loaded.returncode == 0, loaded.stderr
    blocks = python_blocks()
    assert len(blocks) >= 2
    for block in blocks:
        ran = subprocess.run([sys.executable, "-c", block], cwd=tmp_path, env=env, capture_output=True, text=True,
                             timeout=600)
        assert ran.returncode == 0, f"{block}\n{ran.stderr}"

"""fill's progress: a bar with done/total, rate and ETA on a terminal; per-cell lines in a log;
the same for one worker or several, and nothing counted twice."""

from __future__ import annotations

import fcntl
import os
import pty
import re
import struct
import subprocess
import sys
import termios

import pytest

from conftest import run_cli, toy_counts, toy_spec


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_log_has_a_line_per_slow_cell_with_done_over_total(tmp_path, workers):
    db, spec = f"sqlite:///{tmp_path / 'p.db'}", toy_spec(tmp_path, steps=3)
    trains = toy_counts()["train"]
    assert run_cli("--db", db, "--tensors", tmp_path / "p.zarr", "init").returncode == 0
    # a toy step sleeps 0.4 s: every train cell takes over a second, so each gets its line
    result = run_cli("--db", db, "--tensors", tmp_path / "t.zarr", "fill", spec, "--kind", "train",
                     "--workers", workers, env={"EXPDB_TOY_SLEEP": "0.4"})
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if re.search(r"\] done train \w+ in \d+\.\ds ", line)]
    assert len(lines) == trains, result.stderr
    counts = [tuple(map(int, re.search(r"\[(\d+)/(\d+) done", line).groups())) for line in lines]
    assert all(total == trains and 0 <= done <= trains for done, total in counts), counts
    assert all("eta" in line for line in lines)


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_terminal_bar_shows_total_and_eta_and_never_overcounts(tmp_path, workers):
    db, spec = f"sqlite:///{tmp_path / 'p.db'}", toy_spec(tmp_path)
    total = sum(toy_counts().values())
    assert run_cli("--db", db, "--tensors", tmp_path / "p.zarr", "init").returncode == 0
    leader, follower = pty.openpty()  # stderr is a real terminal: tqdm draws its bar
    if workers == 2:  # a sized terminal; the unsized one (as in some CI) gets a fixed width
        fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "expdb.cli", "--db", db, "--tensors", str(tmp_path / "t.zarr"),
                             "fill", str(spec), "--workers", str(workers)],
                            stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "EXPDB_TOY_SLEEP": "0.05"})
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the terminal closes when the process exits
            break
        if not chunk:
            break
        screen += chunk
    assert proc.wait(timeout=120) == 0
    os.close(leader)
    text = screen.decode(errors="replace")
    # "n/total [elapsed, rate, eta ...]" with the selection's total, never past it; the time
    # left is the fill's own estimate per kind, not tqdm's single rate
    shown = [(int(n), int(t)) for n, t in re.findall(r"(\d+)/(\d+) \[\d\d:\d\d, [^\]]*eta ", text)]
    assert shown and all(t == total and n <= total for n, t in shown), text[-2000:]
    assert shown[-1][0] == total
    assert re.search(r"cell/s", text)

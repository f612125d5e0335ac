"""Progress for fill: a bar on a terminal, plain timestamped lines in a log, nothing when quiet."""

from __future__ import annotations

import os
import sys
import time

LOG_EVERY_S = 10.0  # a summary line in a log at least this often while cells finish


class Progress:
    """Two counts, each a lower bound of the truth: the database's (set, from the executor's
    poll; it sees every worker, here or elsewhere, but only every few seconds) and this run's
    cell events (cell, from this process or its local workers, at once). What is shown is the
    larger of the two, so a cell is never counted twice and a finished cell shows at once."""

    def __init__(self, total: int = 0, done: int = 0, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.total = total
        self.start_done = self.seen_done = self.done = done
        self.start_failed = self.seen_failed = self.failed = 0
        self.events_done = self.events_failed = 0
        self.started = time.time()
        self.last_line = 0.0
        self.bar = None

    def begin(self, total: int, done: int, failed: int) -> None:
        """The selection is known: total cells, and how many were done or failed before."""
        self.total = total
        self.start_done = self.seen_done = self.done = done
        self.start_failed = self.seen_failed = self.failed = failed
        self.started = time.time()
        if not self.quiet and self.stream.isatty() and self.bar is None:
            from tqdm import tqdm

            # initial= keeps cells done before this run out of the rate and so out of the ETA
            # a terminal that reports no width (some CI and container ttys) gets a fixed one;
            # tqdm would draw nothing at all on it
            sized = _columns(self.stream) > 0
            self.bar = tqdm(total=total, initial=done, unit="cell", dynamic_ncols=sized, ncols=None if sized else 100,
                            nrows=None if sized else 24,
                            file=self.stream, desc="fill", smoothing=0.1)
            if failed:
                self.bar.set_postfix(failed=failed, refresh=False)

    def cell(self, kind: str, key: str, outcome: str, seconds: float, error: str | None = None) -> None:
        """One cell finished, in this process or a local worker."""
        self.events_done += outcome == "done"
        self.events_failed += outcome == "failed"
        self._show()
        if self.quiet:
            return
        if self.bar is not None:
            if error:
                self.bar.write(f"failed {kind} {key}: {error}")
            return
        if outcome != "done" or seconds >= 1.0:
            note = f": {error}" if error else ""
            self._line(f"{outcome} {kind} {key} in {seconds:.1f}s{note}")
        elif time.time() - self.last_line > LOG_EVERY_S:
            self._line("")

    def set(self, done: int, failed: int) -> None:
        """The totals the database holds now."""
        self.seen_done, self.seen_failed = done, failed
        if self._show() and self.bar is None and not self.quiet and time.time() - self.last_line > LOG_EVERY_S \
                and self.total:
            self._line("")

    def _show(self) -> bool:
        """Update the counts shown; True when they changed."""
        done = max(self.seen_done, self.start_done + self.events_done)
        failed = max(self.seen_failed, self.start_failed + self.events_failed)
        if (done, failed) == (self.done, self.failed):
            return False
        self.done, self.failed = done, failed
        if self.bar is not None:
            self.bar.n = done  # absolute, not a step: a poll and a cell event never add up twice
            if failed:
                self.bar.set_postfix(failed=failed, refresh=False)
            self.bar.refresh()
        return True

    def _line(self, what: str) -> None:
        self.last_line = time.time()
        print(f"[{time.strftime('%H:%M:%S')}] {what + ' ' if what else ''}[{self.summary()}]",
              file=self.stream, flush=True)

    def summary(self) -> str:
        """done/total, failures, the rate of this run and the time left at that rate."""
        elapsed = time.time() - self.started
        rate = (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0
        left = self.total - self.done - self.failed
        eta = _duration(left / rate) if rate > 0 else "?"
        return f"{self.done}/{self.total} done, {self.failed} failed, {rate:.2f} cells/s, eta {eta}"

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _columns(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"

"""Progress for fill: a bar on a terminal, plain timestamped lines in a log, nothing when quiet.

What it shows comes from two sources, each a lower bound of the truth: the database's counts
(set, from the fill's periodic read; it sees every worker, here or elsewhere) and this run's cell
events (cell, from this process or its local workers, at once). The larger of the two is shown,
so a cell is never counted twice and a finished cell shows at once. A clock of its own keeps the
bar's time moving and writes a summary line into a log at least every LOG_EVERY_S seconds,
whatever finishes.

The time left is estimated per kind: a kind's cells left times the average time of its cells that
finished in this run, over the number of cells that ran at once (the cells' summed time over the
run's wall time). A fill trains first and evaluates last, so one rate for every cell is wrong by
the ratio of their costs until the last kind has run; a kind none of whose cells has finished yet
makes the estimate a lower bound ("eta > 5m").
"""

from __future__ import annotations

import os
import sys
import threading
import time
from dataclasses import dataclass

LOG_EVERY_S = 10.0  # a summary line in a log at least this often
TICK_S = 1.0  # how often the clock looks
RUNNING_SHOWN = 3  # running cells named in a summary line


@dataclass
class KindCount:
    total: int = 0
    done: int = 0  # the larger of the database's count and this run's events
    failed: int = 0
    done_before: int = 0
    events_done: int = 0
    events_failed: int = 0
    seconds: float = 0.0  # summed time of this run's finished cells of the kind

    @property
    def left(self) -> int:
        return max(0, self.total - self.done - self.failed)

    @property
    def average_s(self) -> float | None:
        return self.seconds / self.events_done if self.events_done else None


class Progress:
    def __init__(self, total: int = 0, done: int = 0, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.total = total
        self.start_done = self.seen_done = self.done = done
        self.start_failed = self.seen_failed = self.failed = 0
        self.events_done = self.events_failed = 0
        self.kinds: dict[str, KindCount] = {}
        self.running: list[dict] = []  # kind, key, started (local clock), from the last read
        self.started = time.time()
        self.last_line = 0.0
        self.bar = None
        self._lock = threading.RLock()
        self._stop = threading.Event()
        self._clock: threading.Thread | None = None

    # what the fill tells it ------------------------------------------------------------
    def begin(self, total: int, done: int, failed: int, kinds: dict[str, tuple[int, int, int]] | None = None) -> None:
        """The selection is known: total cells, how many were done or failed before, and per
        kind (total, done, failed)."""
        with self._lock:
            self.total = total
            self.start_done = self.seen_done = self.done = done
            self.start_failed = self.seen_failed = self.failed = failed
            self.kinds = {k: KindCount(total=t, done=d, failed=f, done_before=d) for k, (t, d, f) in (kinds or {}).items()}
            self.started = time.time()
            if not self.quiet and self.stream.isatty() and self.bar is None:
                from tqdm import tqdm

                # a terminal that reports no width (some CI and container ttys) gets a fixed one;
                # tqdm would draw nothing at all on it. The time left is ours (per kind), not tqdm's.
                sized = _columns(self.stream) > 0
                self.bar = tqdm(total=total, initial=done, unit="cell", dynamic_ncols=sized,
                                ncols=None if sized else 100, nrows=None if sized else 24, file=self.stream,
                                desc="fill", bar_format="{desc}: {percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} "
                                                        "[{elapsed}, {rate_fmt}{postfix}]")
                self._bar_postfix()
            if not self.quiet:
                self._clock = threading.Thread(target=self._tick, name="fill-progress", daemon=True)
                self._clock.start()

    def cell(self, kind: str, key: str, outcome: str, seconds: float, error: str | None = None) -> None:
        """One cell finished, in this process or a local worker."""
        with self._lock:
            self.events_done += outcome == "done"
            self.events_failed += outcome == "failed"
            count = self.kinds.setdefault(kind, KindCount())
            if outcome == "done":
                count.events_done += 1
                count.seconds += seconds
                count.done = max(count.done, count.done_before + count.events_done)
            elif outcome == "failed":
                count.events_failed += 1
                count.failed += 1
            self.running = [r for r in self.running if r["key"] != key]
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

    def set(self, done: int, failed: int, by_kind: dict[str, tuple[int, int]] | None = None,
            running: list[dict] | None = None) -> None:
        """What the database holds now: done and failed in all, per kind (done, failed), and the
        cells running (kind, key, age in seconds)."""
        with self._lock:
            self.seen_done, self.seen_failed = done, failed
            for kind, (d, f) in (by_kind or {}).items():
                count = self.kinds.setdefault(kind, KindCount())
                count.done, count.failed = max(count.done, d), max(count.failed, f)
            if running is not None:
                now = time.time()
                self.running = [{"kind": r["kind"], "key": r["key"], "started": now - r["age"]} for r in running]
            self._show()

    def note(self, text: str) -> None:
        """A line worth saying now (a lease the fill waits for)."""
        if self.quiet:
            return
        with self._lock:
            if self.bar is not None:
                self.bar.write(text)
            else:
                print(text, file=self.stream, flush=True)

    def close(self) -> None:
        self._stop.set()
        if self._clock is not None:
            self._clock.join(timeout=2 * TICK_S)
        with self._lock:
            if self.bar is not None:
                self._bar_postfix()
                self.bar.close()

    # what it shows -----------------------------------------------------------------------
    def _tick(self) -> None:
        while not self._stop.wait(TICK_S):
            with self._lock:
                if self.bar is not None:
                    self._bar_postfix()  # the elapsed time and the estimate move between cells too
                elif time.time() - self.last_line >= LOG_EVERY_S and self.total:
                    self._line("")

    def _show(self) -> None:
        done = max(self.seen_done, self.start_done + self.events_done)
        failed = max(self.seen_failed, self.start_failed + self.events_failed)
        if (done, failed) == (self.done, self.failed):
            return
        self.done, self.failed = done, failed
        if self.bar is not None:
            self.bar.n = done  # absolute, not a step: a poll and a cell event never add up twice
            self._bar_postfix()

    def _bar_postfix(self) -> None:
        parts = [f"eta {self.eta()}"]
        if self.failed:
            parts.append(f"{self.failed} failed")
        if self.running:
            parts.append(f"{len(self.running)} running")
        self.bar.set_postfix_str(", ".join(parts), refresh=False)
        self.bar.refresh()

    def _line(self, what: str) -> None:
        self.last_line = time.time()
        print(f"[{time.strftime('%H:%M:%S')}] {what + ' ' if what else ''}[{self.summary()}]",
              file=self.stream, flush=True)

    def concurrency(self) -> float:
        """How many cells ran at once in this run, on average: their summed time over its wall time."""
        elapsed = time.time() - self.started
        busy = sum(c.seconds for c in self.kinds.values())
        return max(1.0, busy / elapsed) if elapsed > 0 else 1.0

    def eta(self) -> str:
        """The time left, per kind (see the module's docstring); '?' before any cell finished."""
        left = {k: c for k, c in self.kinds.items() if c.left}
        if not left:
            return "0s" if self.kinds else "?"
        timed = {k: c.left * c.average_s for k, c in left.items() if c.average_s is not None}
        if not timed:
            return "?"
        seconds = sum(timed.values()) / self.concurrency()
        return ("" if len(timed) == len(left) else ">") + _duration(seconds)

    def summary(self) -> str:
        """done/total, failures, this run's rate, the time left per kind, and what is running."""
        elapsed = time.time() - self.started
        rate = (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0
        text = f"{self.done}/{self.total} done, {self.failed} failed, {rate:.2f} cells/s, eta {self.eta()}"
        untimed = [k for k, c in self.kinds.items() if c.left and c.average_s is None]
        if untimed and any(c.average_s is not None for c in self.kinds.values() if c.left):
            text += f" ({', '.join(untimed)} not timed yet)"
        if self.running:
            now = time.time()
            shown = []
            for r in sorted(self.running, key=lambda r: r["started"])[:RUNNING_SHOWN]:
                typical = self.kinds.get(r["kind"], KindCount()).average_s
                of = f" of ~{_duration(typical)}" if typical is not None else ""
                shown.append(f"{r['kind']} {r['key'][:8]} {_duration(now - r['started'])}{of}")
            more = f" and {len(self.running) - RUNNING_SHOWN} more" if len(self.running) > RUNNING_SHOWN else ""
            text += f"; running {len(self.running)}: {', '.join(shown)}{more}"
        return text


def _columns(stream) -> int:
    try:
        return os.get_terminal_size(stream.fileno()).columns
    except (OSError, ValueError, AttributeError):
        return 0


def _duration(seconds: float) -> str:
    seconds = int(round(max(0.0, seconds)))
    if seconds < 60:
        return f"{seconds}s"
    if seconds < 3600:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"

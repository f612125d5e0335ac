"""Progress for fill: a bar on a terminal, plain timestamped lines in a log, nothing when quiet."""

from __future__ import annotations

import sys
import time


class Progress:
    def __init__(self, total: int, done: int = 0, quiet: bool = False, stream=None):
        self.stream = stream or sys.stderr
        self.total, self.start_done, self.quiet = total, done, quiet
        self.done, self.failed = done, 0
        self.started = time.time()
        self.last_line = 0.0
        self.bar = None
        if not quiet and self.stream.isatty():
            from tqdm import tqdm

            self.bar = tqdm(total=total, initial=done, unit="cell", dynamic_ncols=True, file=self.stream,
                            desc="fill", smoothing=0.1)

    def cell(self, kind: str, key: str, outcome: str, seconds: float, error: str | None = None) -> None:
        """One cell finished in this process."""
        done, failed = self.done + (outcome == "done"), self.failed + (outcome == "failed")
        if self.bar is not None:
            self.set(done, failed)
        self.done, self.failed = done, failed
        if self.quiet or self.bar is not None:
            if self.bar is not None and error:
                self.bar.write(f"failed {kind} {key}: {error}")
            return
        if outcome != "done" or seconds >= 1.0:
            note = f": {error}" if error else ""
            self._line(f"{outcome} {kind} {key} in {seconds:.1f}s{note}")
        elif time.time() - self.last_line > 10:
            self._line("")

    def set(self, done: int, failed: int) -> None:
        """Totals seen in the database (several workers) or counted here."""
        step = done - self.done
        self.done, self.failed = done, failed
        if self.bar is not None:
            if step > 0:
                self.bar.update(step)
            self.bar.set_postfix(failed=failed, refresh=False)
        elif not self.quiet and time.time() - self.last_line > 10 and self.total:
            self._line("")

    def _line(self, what: str) -> None:
        self.last_line = time.time()
        elapsed = self.last_line - self.started
        rate = (self.done - self.start_done) / elapsed if elapsed > 0 else 0.0
        left = self.total - self.done - self.failed
        eta = f"{left / rate:.0f}s" if rate > 0 else "?"
        stamp = time.strftime("%H:%M:%S")
        prefix = f"{what} " if what else ""
        print(f"[{stamp}] {prefix}[{self.done}/{self.total} done, {self.failed} failed, "
              f"{rate:.2f} cells/s, eta {eta}]", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()

"""Batch progress: a rich progress bar on a terminal, plain periodic lines otherwise."""
from __future__ import annotations

import sys
import time
from collections import Counter


class Progress:
    def __init__(self, total: int, stream=None, interval: float = 5.0):
        self.total = total
        self.stream = stream or sys.stderr
        self.counts: Counter = Counter()
        self.start = time.monotonic()
        self.interval = interval
        self.last_line = self.start
        self.bar = None
        if getattr(self.stream, "isatty", lambda: False)():
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as Bar
            self.bar = Bar(TextColumn("converting"), BarColumn(), MofNCompleteColumn(),
                           TextColumn("{task.fields[rate]:.1f} docs/s"), TimeRemainingColumn(),
                           TextColumn("[red]{task.fields[failures]} failed"),
                           console=Console(file=self.stream))
            self.task = self.bar.add_task("batch", total=total, rate=0.0, failures=0)
            self.bar.start()

    @property
    def done(self) -> int:
        return sum(self.counts.values())

    @property
    def failures(self) -> int:
        return self.counts["failed"] + self.counts["invalid"]

    def advance(self, status: str) -> None:
        self.counts[status] += 1
        now = time.monotonic()
        rate = self.done / max(now - self.start, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, advance=1, rate=rate, failures=self.failures)
        elif now - self.last_line >= self.interval or self.done == self.total:
            self.last_line = now
            eta = (self.total - self.done) / rate if rate else 0
            print(f"[batch] {self.done}/{self.total} done, {self.failures} failed, "
                  f"{rate:.1f} docs/s, ETA {eta:.0f} s", file=self.stream, flush=True)

    def close(self) -> None:
        if self.bar is not None:
            self.bar.stop()

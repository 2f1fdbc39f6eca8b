"""The local engine: N worker processes, each loading the XSD once, fed one document at
a time through a pipe. A worker that passes the timeout is killed and replaced (a
hanging PDF parser cannot hold the batch); one that dies is replaced too. While it
converts, a worker's address space is limited (``--max-memory-mb``): a document that
needs more fails with that reason instead of exhausting the machine."""
from __future__ import annotations

import multiprocessing as mp
import os
import shutil
import signal
import tempfile
import time
from collections import deque
from multiprocessing.connection import wait
from typing import Callable, Iterable

from ..extractor.child import signal_when_parent_dies
from .limits import memory_limit
from .task import Result, convert_item

Job = tuple[str, str, bytes]           # key, name, bytes
READY = "ready"                        # a worker's first message: imports and XSD loaded
MAX_FAILED_STARTS = 3
Done = Callable[[str, Result, bytes | None], None]


def _worker_main(conn, markup_date, memory_mb, ocr=False, tmpdir=None, task=None,
                 review=False, reader=None) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)      # Ctrl-C is the coordinator's
    # The worker leads its own process group, and its temporary files go to its own
    # folder: a worker stopped by --timeout is killed with the programs it started
    # (OCR), and the coordinator removes what they left.
    os.setpgrp()
    if tmpdir:
        os.environ["TMPDIR"] = tempfile.tempdir = tmpdir
    _end_with_coordinator()
    try:
        _serve(conn, markup_date, memory_mb, ocr, task, review, reader)
    finally:
        # A coordinator killed outside (SIGKILL, the machine's OOM killer) removes
        # nothing: the worker removes its own folder as it ends.
        if tmpdir:
            shutil.rmtree(tmpdir, ignore_errors=True)


def _end_with_coordinator() -> None:
    """On Linux, the worker is told (SIGTERM) when its coordinator dies, and ends
    (with its folder removed, see _worker_main) instead of converting on for no one;
    elsewhere it ends at its next job, when the pipe is closed."""
    def end(signum, frame):
        raise SystemExit(0)
    signal.signal(signal.SIGTERM, end)
    # (SIGTERM, not the SIGKILL the extractor's programs get: the worker's folder is
    # removed as it ends)
    if not signal_when_parent_dies(signal.SIGTERM):
        return
    parent = mp.parent_process()
    if parent is not None and os.getppid() != parent.pid:   # it died already
        raise SystemExit(0)


def _serve(conn, markup_date, memory_mb, ocr, task, review, reader) -> None:
    """Load once, then convert one job after another until told to stop."""
    from .. import validator
    from ..extractor.pdf import quiet_pdfminer
    quiet_pdfminer()
    validator.lxml_schema()                            # once per process
    conn.send(READY)        # only now does the clock of --timeout start for this worker
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        key, name, data = job
        try:
            with memory_limit(memory_mb):
                if task is None:
                    result, xml = convert_item(name, data, markup_date, memory_mb, ocr=ocr,
                                               review=review, reader=reader)
                else:
                    result, xml = task(name, data)
        except MemoryError:
            result, xml = Result("failed", f"{name}: needs more than {memory_mb} MB of "
                                 "memory"), None
        conn.send((key, result, xml, _peak_rss_mb()))


def _peak_rss_mb() -> float:
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class _Worker:
    def __init__(self, ctx, markup_date, memory_mb, ocr=False, task=None, review=False,
                 reader=None):
        self.conn, child = ctx.Pipe()
        self.tmpdir = tempfile.mkdtemp(prefix="akn-worker-")
        self.process = ctx.Process(target=_worker_main,
                                   args=(child, markup_date, memory_mb, ocr, self.tmpdir, task,
                                         review, reader),
                                   daemon=True)
        self.process.start()
        child.close()
        self.ready = False
        self.job: Job | None = None
        self.started = 0.0

    def give(self, job: Job) -> None:
        self.job, self.started = job, time.monotonic()
        self.conn.send(job)

    def stop(self, kill: bool = False) -> None:
        if kill:
            try:
                os.killpg(self.process.pid, signal.SIGKILL)   # with its OCR programs
            except (ProcessLookupError, PermissionError):     # not yet leading its group
                self.process.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.process.join(timeout=5)
        if self.process.is_alive():
            self.process.kill()
            self.process.join()
        self.conn.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)


class LocalPool:
    """``task``: what a worker does with a job's (name, bytes), a picklable function
    that returns (result, payload); by default the batch's conversion (convert_item).
    Whatever the task, a job past the timeout, or whose worker dies or runs out of
    memory, is done with a failed :class:`Result` saying so. ``start``: how workers
    start ("spawn", the safe default; "fork" when the caller knows it has one thread)."""

    def __init__(self, workers: int, timeout: float | None, markup_date: str | None = None,
                 memory_mb: int | None = None, ocr: bool = False, task=None,
                 start: str = "spawn", review: bool = False, reader: str | None = None):
        self.ctx = mp.get_context(start)
        self.task = task
        self.memory_mb = memory_mb
        self.size = max(1, workers)
        self.timeout = timeout
        self.markup_date = markup_date
        self.ocr = ocr
        self.review = review
        self.reader = reader
        self.peak_rss_mb = 0.0

    def run(self, jobs: Iterable[Job], done: Done) -> None:
        queue = iter(jobs)
        workers = [_Worker(self.ctx, self.markup_date, self.memory_mb, self.ocr, self.task,
                           self.review, self.reader)
                   for _ in range(self.size)]
        backlog: deque[Job] = deque()
        self.failed_starts = 0
        try:
            exhausted = False
            while True:
                for worker in workers:
                    if worker.ready and worker.job is None:
                        if not backlog and not exhausted:
                            nxt = next(queue, None)
                            if nxt is None:
                                exhausted = True
                            else:
                                backlog.append(nxt)
                        if backlog:
                            worker.give(backlog.popleft())
                busy = [w for w in workers if w.job is not None]
                starting = [w for w in workers if not w.ready]
                if not busy and exhausted and not backlog:
                    return
                ready = wait([w.conn for w in busy + starting], timeout=0.2)
                for worker in starting:
                    if worker.conn in ready:
                        self._started(worker, workers)
                for worker in busy:
                    if worker.conn in ready:
                        self._collect(worker, workers, done)
                    elif self.timeout and time.monotonic() - worker.started > self.timeout:
                        key = worker.job[0]
                        self._replace(worker, workers, kill=True)
                        done(key, Result("failed", f"{key}: timed out after {self.timeout:g} s "
                                         "(the worker was stopped)", seconds=self.timeout), None)
        finally:
            for worker in workers:
                worker.stop(kill=True)

    def _started(self, worker: _Worker, workers: list[_Worker]) -> None:
        """A starting worker says it is ready, or it died while starting."""
        try:
            worker.ready = worker.conn.recv() == READY
            self.failed_starts = 0
        except (EOFError, OSError):
            self.failed_starts += 1
            if self.failed_starts >= MAX_FAILED_STARTS:
                raise SystemExit("error: the worker processes die as they start "
                                 f"(exit code {worker.process.exitcode})") from None
            self._replace(worker, workers, kill=True)

    def _collect(self, worker: _Worker, workers: list[_Worker], done: Done) -> None:
        key = worker.job[0]
        try:
            _key, result, xml, rss = worker.conn.recv()
        except (EOFError, OSError):
            code = worker.process.exitcode
            self._replace(worker, workers, kill=True)
            why = f" (with at most {self.memory_mb} MB of memory)" if self.memory_mb else ""
            done(key, Result("failed", f"{key}: the worker process died (exit code {code})"
                             + why), None)
            return
        self.peak_rss_mb = max(self.peak_rss_mb, rss)
        worker.job = None
        done(key, result, xml)

    def _replace(self, worker: _Worker, workers: list[_Worker], kill: bool) -> None:
        worker.stop(kill=kill)
        workers[workers.index(worker)] = _Worker(self.ctx, self.markup_date, self.memory_mb,
                                                self.ocr, self.task, self.review, self.reader)

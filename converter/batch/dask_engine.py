"""The Dask engine: the same batch on a dask.distributed cluster (``pip install .[dask]``).

The coordinator reads each input and sends its bytes with the task; the worker returns
the result and the XML; the coordinator writes the output and the manifest. So workers
need no shared file system, and manifest and resume behave as with the local engine.
A task past the timeout is cancelled and recorded as failed (Dask cannot stop a running
task thread: a worker stuck in a parser stays busy until it returns).
"""
from __future__ import annotations

import time
from typing import Iterable

from .pool import Done, Job
from .task import Result, convert_item


def _convert_remote(name: str, data: bytes, markup_date, ocr=False, review=False):
    from .. import validator
    from ..extractor.pdf import quiet_pdfminer
    quiet_pdfminer()
    validator.lxml_schema()           # cached per worker process
    return convert_item(name, data, markup_date, ocr=ocr, review=review)


class DaskPool:
    def __init__(self, workers: int, timeout: float | None, scheduler: str | None,
                 markup_date: str | None = None, ocr: bool = False, review: bool = False):
        try:
            from dask.distributed import Client, LocalCluster
        except ImportError:
            raise SystemExit("error: the dask engine needs dask.distributed: "
                             "pip install -e '.[dask]'") from None
        self.timeout = timeout
        self.markup_date = markup_date
        self.ocr = ocr
        self.review = review
        self.cluster = None
        if scheduler:
            self.client = Client(scheduler)
        else:
            self.cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1,
                                        processes=True, dashboard_address=None)
            self.client = Client(self.cluster)
        self.size = max(1, sum(self.client.nthreads().values()))
        self.peak_rss_mb = 0.0

    def run(self, jobs: Iterable[Job], done: Done) -> None:
        from dask.distributed import TimeoutError as WaitTimeout
        from dask.distributed import wait
        queue = iter(jobs)
        running: dict = {}                     # future -> (key, submitted at)
        try:
            while True:
                # With a timeout, one task per worker thread: a task's clock starts when
                # it is submitted, so it must not wait in a queue behind another.
                while len(running) < (self.size if self.timeout else 2 * self.size):
                    job = next(queue, None)
                    if job is None:
                        break
                    key, name, data = job
                    future = self.client.submit(_convert_remote, name, data, self.markup_date, self.ocr,
                                                self.review, pure=False, key=f"akn-{len(running)}-{time.time_ns()}")
                    running[future] = (key, time.monotonic())
                if not running:
                    return
                try:
                    finished, _ = wait(list(running), timeout=0.5, return_when="FIRST_COMPLETED")
                except (TimeoutError, WaitTimeout):
                    # Unlike concurrent.futures.wait, distributed's wait raises when
                    # nothing finished in time: then look at the timeouts and wait again.
                    finished = []
                for future in finished:
                    key, _ = running.pop(future)
                    try:
                        result, xml = future.result()
                    except Exception:       # the task's own failures come as a Result
                        result, xml = Result("failed", f"{key}: the Dask worker converting it "
                                             "failed or was lost"), None
                    done(key, result, xml)
                now = time.monotonic()
                for future, (key, started) in list(running.items()):
                    if self.timeout and now - started > self.timeout:
                        future.cancel()
                        running.pop(future)
                        done(key, Result("failed", f"{key}: timed out after {self.timeout:g} s",
                                         seconds=self.timeout), None)
        finally:
            for future in running:
                future.cancel()
            self.client.close()
            if self.cluster is not None:
                self.cluster.close()

"""The garbage collector's pace while a document is converted.

Takes nothing; gives :func:`fewer_collections`, which the API's stages run under.

A conversion allocates millions of small objects (the page model's characters, lines,
their marked text, the tree's builders) and frees nearly all of them by reference
counting; almost none of them are in a reference cycle. Python's collector still runs
its youngest generation every 700 allocations, and every run walks what survived: the
older generations, where a document's characters wait to be written, are walked again
and again. On the corpus that was a fifth of a PDF conversion's time (5 ms a page of
25). Run less often, it finds the same few cycles, later: at 10,000 its cost fell to
under 1 ms a page (bench/bench_stages.py). Since the PDFium reader's C loop leaves its
characters out of the collector's walks (they can be in no cycle), a run walks mostly
what a page makes while it is read and laid out; at 50,000 the corpus's collections
take 0.2 ms a page (0.4 at 10,000), and what may wait for one is what 50,000
allocations make, a few megabytes at most (nearly all of it is freed at once by
reference counting, not left for the collector).
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

# Allocations (less deallocations) between two runs of the youngest generation, while
# a document is converted (Python's own: 700).
YOUNGEST = 50_000


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Within it, the collector's youngest generation runs every ``YOUNGEST``
    allocations (older ones as Python paces them); as it was after. A caller that has
    set a slower pace of its own, or turned the collector off, keeps it."""
    before = gc.get_threshold()
    if not gc.isenabled() or before[0] == 0 or before[0] >= YOUNGEST:
        yield
        return
    gc.set_threshold(YOUNGEST, *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)

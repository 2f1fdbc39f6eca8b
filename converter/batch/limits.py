"""What one input of a batch may cost, so that one bad input cannot stall the batch:
the size of a document (a file, or an archive member once uncompressed), the
compression ratio of an archive member (an "archive bomb" is tiny compressed and
huge uncompressed), and the memory a worker process may use while converting it."""
from __future__ import annotations

import contextlib
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    max_input_mb: float = 256        # a document's (uncompressed) size
    max_ratio: float = 100           # uncompressed / compressed size of an archive member
    max_memory_mb: int | None = 4096   # address space of a local worker process; None: none


class Refused(Exception):
    """An input past a limit: it is not converted; the message says why, in one line."""


def check_size(name: str, size: int, limits: Limits) -> None:
    if size > limits.max_input_mb * MB:
        raise Refused(f"{name}: refused: {size / MB:.1f} MB uncompressed, more than the "
                      f"limit of {limits.max_input_mb:g} MB (--max-input-mb)")


def check_ratio(name: str, size: int, compressed: int, limits: Limits) -> None:
    ratio = size / max(compressed, 1)
    if size > MB and ratio > limits.max_ratio:      # small members never matter
        raise Refused(f"{name}: refused: compressed {ratio:.0f} to 1, more than the limit "
                      f"of {limits.max_ratio:g} to 1 (--max-ratio): an archive bomb?")


def read_capped(stream, name: str, limits: Limits) -> bytes:
    """The whole of ``stream``, refusing it as soon as it passes the size limit (the
    sizes an archive declares can lie)."""
    cap = int(limits.max_input_mb * MB)
    data = stream.read(cap + 1)
    if len(data) > cap:
        raise Refused(f"{name}: refused: more than the limit of {limits.max_input_mb:g} MB "
                      "uncompressed (--max-input-mb)")
    return data


@contextlib.contextmanager
def memory_limit(mb: int | None):
    """Within the block, the process cannot grow past ``mb`` MB of address space: an
    allocation past it raises MemoryError instead of exhausting the machine. The limit
    is lifted afterwards, so that the worker can report and go on."""
    if not mb:
        yield
        return
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    wanted = mb * MB if hard == resource.RLIM_INFINITY else min(mb * MB, hard)
    resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))

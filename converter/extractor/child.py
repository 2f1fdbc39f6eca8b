"""Programs the extractor runs (OCRmyPDF, Ghostscript) as child processes that die with
the process that started them: a batch worker stopped by ``--timeout`` takes them with
it. Passed as ``preexec_fn`` to :func:`subprocess.run`.
"""
from __future__ import annotations

import signal
import sys


def signal_when_parent_dies(signum: int) -> bool:
    """Ask the kernel to send ``signum`` to this process when its parent dies (Linux's
    PR_SET_PDEATHSIG); False where that cannot be asked."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes
    try:
        return ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signum) == 0
    except (OSError, AttributeError):
        return False


def die_with_parent() -> None:       # pragma: no cover - runs in the child
    """In the child process: be killed when the process that started it dies."""
    signal_when_parent_dies(signal.SIGKILL)
    # A batch worker limits its own address space; the child runs in its own.
    import resource
    _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    resource.setrlimit(resource.RLIMIT_AS, (hard, hard))

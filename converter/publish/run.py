"""``akn publish``: publish files one by one, one line per file; stop at the first
repository failure (the documents already published stay as they are)."""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import EXIT_BAD_INPUT, EXIT_INVALID, EXIT_OK
from . import Publisher
from .document import Refused
from .errors import EXIT_REPOSITORY, PublishError


def publish_files(files: list[Path], publisher: Publisher, out: Callable[[str], None],
                  err: Callable[[str], None]) -> int:
    """The exit code: 0 all stored (or unchanged), 1 some refused (invalid, provisional),
    2 some unreadable or not AKN, 4 the repository failed (publishing stopped)."""
    worst = EXIT_OK
    for file in files:
        try:
            data = file.read_bytes()
        except OSError as error:
            err(f"error: {file}: cannot be read ({error.strerror or error})")
            worst = max(worst, EXIT_BAD_INPUT)
            continue
        try:
            outcome, doc = publisher.publish(data, str(file))
        except Refused as refused:
            err(f"error: {refused}")
            worst = max(worst, EXIT_BAD_INPUT if refused.not_akn else EXIT_INVALID)
            continue
        except PublishError as error:
            err(f"error: {error}")
            return EXIT_REPOSITORY
        out(f"{outcome}: {doc.path} ({file})")
    return worst

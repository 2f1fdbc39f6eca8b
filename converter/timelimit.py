"""One conversion under a time limit: ``akn convert --timeout S`` and
``converter.convert(…, timeout=S)``.

The conversion runs in a child process, the batch's own worker (one worker of
:class:`converter.batch.pool.LocalPool`, with its timeout, memory limit, process group and
temporary folder), killed when the time is up. Why a child process and not an alarm
signal (``signal.alarm`` raising in the converting thread):

* A signal handler runs between two Python instructions only. A reader that spends its
  time in C (PDFium, lxml, a regular expression) would not be stopped until that call
  returns, which may be never; a killed process stops whatever it is doing.
* An alarm works in the main thread only: an application that converts in a worker
  thread (a web server) could not use it. A child process works from any thread.
* What a stopped conversion held (memory, temporary files, the OCR programs it started)
  goes with its process and its process group; an exception raised in the middle of a
  parser may leave caches and half-built objects behind.
* The child can run under a memory limit (RLIMIT_AS) without limiting its caller.

The cost is the child's start: forked, it shares what the caller has already imported
(a few milliseconds); spawned (when the caller runs other threads, which fork would copy
in whatever state their locks are), it imports the converter again (about 0.8 s).
The child sends back the output (serialized) and the problems, or the error it met;
the caller sees the same tree or the same exception as without a time limit.
"""
from __future__ import annotations

import functools
import sys
import threading
import traceback
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from . import errors

# Seconds `akn convert` and `akn batch` allow one document by default: the slowest
# corpus document takes 2 s alone (S/2025/509, 16 pages; a minute in a batch on a
# machine loaded eight times over); a 3,000-page resolution 4 to 9 minutes on a shared
# 2-core machine (bench/bench_scale.py). A conversion still running after that is stuck on
# something hostile, not working.
DEFAULT_TIMEOUT = 900.0


@dataclass
class Outcome:
    """What the child sends back: the output (XML) and its problems, or the error."""
    xml: bytes | None = None
    problems: list = field(default_factory=list)
    error: str | None = None            # the class name of the converter's error
    message: str = ""
    pages: tuple[int, ...] = ()         # NoTextLayer's image pages
    debug: str = ""                     # the traceback, for --debug
    layout: dict | None = None          # where each element was printed (review/layout.py)


def _in_child(name: str, data: bytes, options: dict) -> tuple[Outcome, None]:
    """Runs in the child: the whole conversion of one input, as :func:`api.convert`."""
    from . import api
    from .failures import converting
    try:
        with converting(name, "pdf" if options["is_pdf"] else "text"):
            if options["text"] is not None:
                document = api.extract(options["text"], language=options["language"])
            else:
                document = api.extract_bytes(data, name, language=options["language"],
                                             ocr=options["ocr"])
            tree = api.convert_document(document, symbol=options["symbol"],
                                        date=options["date"],
                                        markup_date=options["markup_date"],
                                        check=options["check"])
        return Outcome(xml=api.to_bytes(tree), layout=_layout(tree)), None
    except errors.InvalidOutput as invalid:
        return Outcome(xml=api.to_bytes(invalid.tree), problems=invalid.problems,
                       error="InvalidOutput", message=invalid.message,
                       layout=_layout(invalid.tree)), None
    except errors.ConversionError as error:
        return Outcome(error=type(error).__name__, message=error.message,
                       pages=tuple(getattr(error, "pages", ())),
                       debug=traceback.format_exc()), None
    except errors.BadOption as error:
        return Outcome(error="BadOption", message=str(error)), None


def _layout(tree) -> dict | None:
    """The sidecar of the tree built in the child, to go back with its output."""
    from .review.layout import of
    return of(tree)


def _start_method() -> str:
    """fork when only this thread runs (fast, and safe: no other thread holds a lock
    the child would inherit locked), spawn otherwise."""
    return "fork" if sys.platform != "win32" and threading.active_count() == 1 else "spawn"


def convert_within(timeout: float, name: str, data: bytes | None, text: str | None = None,
                   *, language=None, symbol=None, date=None, markup_date=None,
                   check=True, ocr=False, memory_mb: int | None = -1):
    """Convert one input (``data``, the file's bytes, or ``text``) in a child process
    stopped after ``timeout`` seconds; the tree, or the error the conversion raised
    (:class:`TooCostly` when it was stopped). ``memory_mb``: the child's memory limit
    (default: the batch's, --max-memory-mb; None: none)."""
    from .batch.limits import Limits
    from .batch.pool import LocalPool
    from .batch.task import Result
    if memory_mb == -1:
        memory_mb = Limits.max_memory_mb
    is_pdf = text is None and (data.startswith(b"%PDF") or name.lower().endswith(".pdf"))
    options = dict(text=text, language=language, symbol=symbol, date=date,
                   markup_date=markup_date, check=check, ocr=ocr, is_pdf=is_pdf)
    answers = []
    pool = LocalPool(1, timeout, markup_date, memory_mb, ocr,
                     task=functools.partial(_in_child, options=options),
                     start=_start_method())
    pool.run([(name, name, data or b"")], lambda key, result, _: answers.append(result))
    answer = answers[0]
    if isinstance(answer, Result):        # the pool stopped it: time, memory, a crash
        raise errors.TooCostly(_stopped(answer.error or "", name, timeout, memory_mb))
    return _rebuilt(answer)


def _stopped(message: str, name: str, timeout: float, memory_mb: int | None) -> str:
    if "timed out" in message:
        return (f"{name}: timed out after {timeout:g} s (--timeout): stopped; a document "
                "that needs more time can be given it with --timeout")
    if "memory" in message:
        return (f"{name}: stopped: it needs more than {memory_mb} MB of memory to be "
                "converted")
    return message


def _rebuilt(outcome: Outcome):
    """The child's answer as the in-process conversion gives it: the tree, or the same
    exception (its traceback in ``debug``)."""
    from .serialize import parser
    tree = etree.fromstring(outcome.xml, parser()).getroottree() if outcome.xml else None
    if tree is not None:
        from .review.layout import keep_sidecar
        keep_sidecar(tree.getroot(), outcome.layout)
    if outcome.error is None:
        return tree
    if outcome.error == "InvalidOutput":
        raise errors.InvalidOutput(outcome.message, outcome.problems, tree)
    if outcome.error == "BadOption":
        raise errors.BadOption(outcome.message)
    kind = getattr(errors, outcome.error, errors.BadInput)
    error = kind(outcome.message, outcome.pages) if kind is errors.NoTextLayer \
        else kind(outcome.message)
    error.debug = outcome.debug
    raise error


def read_input(path: Path, max_mb: float | None = None) -> bytes:
    """The file's bytes, refused in one line when it cannot be read (or, with
    ``max_mb``, when it is larger: the size limit of a batch's documents)."""
    if not path.exists():
        raise errors.BadInput(f"{path}: no such file")
    if path.is_dir():
        raise errors.BadInput(f"{path}: is a folder, not a file")
    try:
        if max_mb is not None and path.stat().st_size > max_mb * 1024 * 1024:
            raise errors.TooCostly(f"{path.name}: refused: {path.stat().st_size / 2 ** 20:.1f} MB, "
                                   f"more than the limit of {max_mb:g} MB")
        return path.read_bytes()
    except OSError as error:
        raise errors.BadInput(f"{path}: cannot be read ({error.strerror})") from None

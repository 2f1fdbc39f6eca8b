"""Readers: a PDF into the page model of :mod:`..page`, the bottom of the PDF path.

Two readers fill the same model, and everything after them (regions, furniture, notes,
tables, paragraphs, pages read by OCR) reads only the model:

- ``pdfium``: PDFium through ``pypdfium2`` (the ``fast`` extra,
  ``pip install -e '.[fast]'``): a conversion about three times faster;
- ``pdfminer``: pdfminer.six, always installed.

``auto`` (the default) takes PDFium when it is installed, else pdfminer. Each returns
the pages and the day the file says it was made; :func:`read_pdf` says which reader read
them, for the manifest and the output's metadata.
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Callable

from ..page import Page
from .pdfminer import creation_date, quiet_pdfminer  # noqa: F401  (callers import them here)

READERS = ("pdfium", "pdfminer")
CHOICES = ("auto",) + READERS
FAST_HINT = "pip install -e '.[fast]' (the pypdfium2 package)"


@lru_cache(maxsize=1)
def pdfium_installed() -> bool:
    """Whether the PDFium reader can run (pypdfium2 imports)."""
    try:
        from . import pdfium  # noqa: F401
    except ImportError:
        return False
    return True


def resolve(reader: str | None) -> str:
    """The reader a choice names: ``auto`` (or None) is PDFium when installed. A reader
    that cannot run is a ValueError that says how to get it."""
    reader = reader or "auto"
    if reader not in CHOICES:
        raise ValueError(f"unknown reader {reader!r}: one of {', '.join(CHOICES)}")
    if reader == "auto":
        return "pdfium" if pdfium_installed() else "pdfminer"
    if reader == "pdfium" and not pdfium_installed():
        raise ValueError(f"the PDFium reader is not installed: {FAST_HINT}")
    return reader


def read_pdf(source: Path | bytes | BinaryIO, name: str | None = None,
             reader: str | None = None,
             each: Callable[[Page], Page] | None = None) -> tuple[list[Page], str | None, str]:
    """Every page of the PDF (a path, its bytes or an open file), the day the file says
    it was made (ISO), and the reader that read it. ``each``: what the caller does with
    a page as soon as it is read (the layout puts it in order), before the next is read:
    the reading of one page (its characters' reader objects, what it set apart) is held
    at a time, not the whole document's. Each reader gives its pages with their figures
    shared (:func:`..page.share_figures`)."""
    if isinstance(source, Path):
        name = name or source.name
        source = source.read_bytes()
    elif not isinstance(source, (bytes, bytearray)):
        source = source.read()
    name = name or "<pdf>"
    each = each or (lambda page: page)
    used = resolve(reader)
    if used == "pdfium":
        from . import pdfium
        try:
            pages, created = pdfium.open_pdf(bytes(source), name)
            return [each(page) for page in pages], created, used
        except pdfium.Unopenable:
            # PDFium says little of why it cannot open a file; pdfminer says more (the
            # file cut short, an unsupported encryption), or reads it. PDFium may give
            # up on a page too (text it finds no width for): pdfminer reads the whole
            # file then, the pages read so far dropped.
            used = "pdfminer"
    from . import pdfminer
    pages, created = pdfminer.open_pdf(io.BytesIO(source), name)
    return [each(page) for page in pages], created, used


def read_pages(source: Path | bytes | BinaryIO, name: str | None = None,
               reader: str | None = None) -> list[Page]:
    """Every page of the PDF (see :func:`read_pdf`)."""
    return read_pdf(source, name, reader)[0]

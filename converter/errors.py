"""Errors the converter reports to its users: each has a one-line message and an exit code.

Exit codes of the command line:
  0  success
  1  the output (or the file given to ``akn validate``) is not valid Akoma Ntoso
  2  the input cannot be used (missing, empty, corrupt, encrypted, wrong encoding,
     not a UN document, unsupported format, too costly: past --timeout or a limit)
  3  the PDF has no text layer (a scanned image): it needs OCR (--ocr), or OCR failed
"""
from __future__ import annotations

EXIT_OK = 0
EXIT_INVALID = 1
EXIT_BAD_INPUT = 2
EXIT_NO_TEXT = 3


class ConversionError(Exception):
    """Base: the input cannot be turned into Akoma Ntoso."""
    exit_code = EXIT_BAD_INPUT
    status = "failed"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class BadInput(ConversionError):
    """Unreadable, empty, wrongly encoded or unsupported input."""


class TooCostly(ConversionError):
    """Converting the input took longer than the time limit (or more memory than the
    limit): it was stopped."""


class BadOption(ValueError):
    """An option's value is wrong (an unknown language, a date that is not one): the
    caller's mistake, not the input's."""


class NotAUNDocument(ConversionError):
    """Readable text, but nothing in it looks like a UN resolution or decision."""


class NoTextLayer(ConversionError):
    """A PDF whose pages are images only, or whose text cannot be read: it needs OCR.
    ``pages``: the pages that are images (empty when the fonts are unreadable)."""
    exit_code = EXIT_NO_TEXT

    def __init__(self, message: str, pages: tuple[int, ...] = ()):
        super().__init__(message)
        self.pages = pages


class OCRFailed(ConversionError):
    """OCR (``--ocr``) was asked for and could not read the document."""
    exit_code = EXIT_NO_TEXT


class InvalidOutput(ConversionError):
    """The converter produced XML that fails validation; ``problems`` says why."""
    exit_code = EXIT_INVALID
    status = "invalid"

    def __init__(self, message: str, problems: list, tree=None):
        super().__init__(message)
        self.problems = problems
        self.tree = tree

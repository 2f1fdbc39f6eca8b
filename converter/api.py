"""The Python API: extract, convert, validate. The command line only calls these."""
from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from . import languages, validator
from .collection import fewer_collections
from .errors import BadOption, InvalidOutput
from .failures import converting
from .extractor.text import decode_text, extract_text
from .model import ExtractedDocument
from .namespaces import SOURCE_NS
from .serialize import to_bytes  # noqa: F401  (part of the API)
from .structurer.akn import build, build_generic

PathOrText = str | os.PathLike


def _as_path(source: PathOrText) -> Path | None:
    """``source`` as a file path, or None when it is the text itself."""
    if isinstance(source, os.PathLike):
        return Path(source)
    if "\n" not in source and len(source) < 4096:
        path = Path(source)
        if path.exists() or path.suffix.lower() in {".pdf", ".txt", ".text"}:
            return path
    return None


@fewer_collections()
def extract(source: PathOrText, language: str | None = None,
            ocr: bool = False, reader: str | None = None) -> ExtractedDocument:
    """Stage 1: read a file (PDF or PDF-derived text) or a text into clean content.
    With ``ocr``, a PDF's pages that have no text layer, or one that looks wrong, are
    read by OCR (OCRmyPDF and Tesseract; see :mod:`converter.extractor.ocr`).
    ``reader``: the PDF reader, ``auto`` (the default: PDFium when installed),
    ``pdfium`` or ``pdfminer`` (see :mod:`converter.extractor.readers`)."""
    path = _as_path(source)
    if path is None:
        _check_language(language)
        with converting("<text>", "text"):
            return extract_text(str(source), language=language)
    _check_reader(reader)
    from .timelimit import read_input
    return extract_bytes(read_input(path), path.name, language=language, ocr=ocr,
                         reader=reader)


@fewer_collections()
def extract_bytes(data: bytes, name: str, language: str | None = None,
                  ocr: bool = False, reader: str | None = None) -> ExtractedDocument:
    """Stage 1 on a file's content: a PDF (by its signature or name) or UTF-8 text.
    Whatever fails while reading it is one :class:`BadInput` line (converter.failures)."""
    _check_language(language)
    if data.startswith(b"%PDF") or name.lower().endswith(".pdf"):
        _check_reader(reader)
        with converting(name, "pdf"):
            if ocr:
                from .extractor.ocr import extract_pdf_ocr
                return extract_pdf_ocr(data, name, language=language, reader=reader)
            from .extractor.pdf import extract_pdf
            return extract_pdf(data, language=language, name=name, reader=reader)
    with converting(name, "text"):
        return extract_text(decode_text(data, name), name=name, language=language)


def _check_reader(reader: str | None) -> None:
    """An unknown reader, or one not installed, is said before any work (BadOption)."""
    from .extractor.readers import resolve
    try:
        resolve(reader)
    except ValueError as error:
        raise BadOption(str(error)) from None


def _check_language(language: str | None) -> None:
    if language is not None:
        try:
            languages.get(language)
        except ValueError as error:
            raise BadOption(str(error)) from None


def convert(source: PathOrText, *, language: str | None = None, symbol: str | None = None,
            date: str | None = None, markup_date: str | None = None,
            check: bool = True, ocr: bool = False, reader: str | None = None,
            timeout: float | None = None) -> etree._ElementTree:
    """Convert a UN document into an Akoma Ntoso tree.

    ``source`` is a path (PDF or text) or the text itself. ``language`` (ISO 639-2),
    ``symbol`` and ``date`` (ISO) override what is read from the document;
    ``markup_date`` fixes the manifestation date (default: today) for reproducible
    output. With ``check`` (the default) the result is validated, and an invalid one
    raises :class:`InvalidOutput` carrying the problems and the tree. With ``ocr``, a
    scanned PDF, or pages whose text layer looks wrong, are read by OCR (OCRmyPDF and
    Tesseract must be installed); without it such a scan raises :class:`NoTextLayer`.
    ``reader``: the PDF reader, ``auto`` (PDFium when installed), ``pdfium`` or
    ``pdfminer``; the output's metadata names the one used.

    Whatever goes wrong with the input raises a :class:`ConversionError` whose message
    is one line naming it (never another exception; MemoryError aside). ``timeout``
    (seconds) converts in a child process stopped when the time is up, raising
    :class:`TooCostly` (see :mod:`converter.timelimit`; ``timelimit.DEFAULT_TIMEOUT`` is
    what ``akn convert`` allows), and refuses a file larger than a batch's documents may
    be (256 MB); None, the default, converts here, with no limit.
    """
    _check_options(language, date, markup_date)
    _check_reader(reader)
    if timeout is not None:
        from .timelimit import convert_within, read_input
        path = _as_path(source)
        options = dict(language=language, symbol=symbol, date=date, markup_date=markup_date,
                       check=check, ocr=ocr, reader=reader)
        if path is None:
            return convert_within(timeout, "<text>", None, str(source), **options)
        from .batch.limits import Limits      # bounded: a batch document's size too
        return convert_within(timeout, path.name, read_input(path, Limits.max_input_mb),
                              **options)
    return convert_document(extract(source, language=language, ocr=ocr, reader=reader),
                            symbol=symbol, date=date, markup_date=markup_date, check=check)


@fewer_collections()
def convert_document(document: ExtractedDocument, *, symbol: str | None = None,
                     date: str | None = None, markup_date: str | None = None,
                     check: bool = True) -> etree._ElementTree:
    """Stages 2 and 3 on an extracted document (see :func:`convert`)."""
    _check_options(None, date, markup_date)
    with converting(document.source.name, document.source.kind):
        tree = build(document, symbol=symbol, date=date, markup_date=markup_date)
        if not check:
            return tree
        problems = validator.validate(tree, source_text=document.source_text)
        errors = validator.errors(problems)
    if errors:
        # Its kind's markup failed: a valid generic doc with all the text is worth
        # more to an archive than an invalid letter or record.
        where = f" (eId {errors[0].eid})" if errors[0].eid else ""
        with converting(document.source.name, document.source.kind):
            generic = build_generic(document, f"that markup was not valid{where}: "
                                    f"{errors[0].message}",
                                    symbol=symbol, date=date, markup_date=markup_date)
            if generic is not None and not validator.errors(
                    validator.validate(generic, source_text=document.source_text)):
                return generic
        raise InvalidOutput(f"{document.source.name}: the output is not valid "
                            f"({len(errors)} problem(s))", problems, tree)
    return tree


def _check_options(language: str | None, date: str | None, markup_date: str | None) -> None:
    """A wrong option is the caller's mistake, said before any work (:class:`BadOption`)."""
    _check_language(language)
    for name, value in (("date", date), ("markup date", markup_date)):
        if value is not None:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                raise BadOption(f"the {name} {value!r} is not a date YYYY-MM-DD") from None


def validate(tree, source_text: str | None = None) -> list[validator.Problem]:
    """Problems of an Akoma Ntoso tree (see :func:`converter.validator.validate`);
    an empty list means valid."""
    return validator.validate(tree, source_text=source_text)




@dataclass(frozen=True)
class Doubt:
    about: str          # kind, symbol, date, title
    why: str


def doubts(tree) -> list[Doubt]:
    """What the converter inferred rather than read in ``tree`` (the kind without a kind
    line, a symbol found elsewhere than the masthead, a date or symbol not printed, a
    title chosen among candidates), each with why; empty when everything was read."""
    return [Doubt(el.get("about"), el.text or "")
            for el in tree.getroot().iterfind(f".//{{{SOURCE_NS}}}doubt")]


def identity(tree):
    """How a converted tree is identified: its Work and Expression IRIs, language and
    ``status`` ("printed", "given" with a symbol passed in, or "provisional" when the
    document prints no symbol; see docs/markup.md, Identity)."""
    from .compare import identity as read_identity
    return read_identity(tree)

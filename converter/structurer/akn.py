"""Building the Akoma Ntoso document: decide the kind, then let its family write it.

Each family is a module with ``build(doc, kind, symbol, date, markup_date)`` returning
the tree; it writes through the shared :class:`writer.Writer`. Adding a family means
one module and one row here."""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Callable

from lxml import etree

from .. import languages
from ..errors import ConversionError, NotAUNDocument
from ..model import ExtractedDocument
from .families import (agenda, amendment, corrigendum, debate, judgment, letter, presidential,
                       report, statement)
from .analysis.kinds import Kind, classify_kind, has_un_mark, kind_of
from .writing.writer import UNPLACED  # noqa: F401  (where unplaced text goes, for callers)

Family = Callable[[ExtractedDocument, Kind, "str | None", "str | None", str], etree._ElementTree]

# Kind.name (looked up first) or Kind.element -> the family that writes it.
FAMILIES: dict[str, Family] = {
    "statement": statement.build,
    "doc": report.build,
    "debate": debate.build,
    "judgment": judgment.build,        # a treaty body's Views or decision on a communication
    # A kind with a family of its own within its element (looked up first by Kind.name).
    "letter": letter.build,
    "noteVerbale": letter.build,
    "agenda": agenda.build,
    "corrigendum": corrigendum.build,
    "presidentialStatement": presidential.build,
    "amendment": amendment.build,
}


def build(doc: ExtractedDocument, symbol: str | None = None, date: str | None = None,
          markup_date: str | None = None) -> etree._ElementTree:
    """The Akoma Ntoso document for ``doc``."""
    if symbol:
        doc = replace(doc, given_symbol=symbol)
    try:
        kind = classify_kind(doc, languages.get(doc.language), symbol)
    except NotAUNDocument as refused:
        if 1 not in doc.scanned_pages:
            raise
        # A scan's OCR layer may garble the masthead ("E / C N A/109"): say so, for the
        # archivist to look at the page rather than throw the file away.
        raise NotAUNDocument(f"{refused.message}; page 1 is a scan, whose text layer (an "
                             "earlier OCR) may be too poor to show its masthead: look at "
                             "the page, or read it again with --ocr") from None
    markup_date = markup_date or dt.date.today().isoformat()
    try:
        return _family(kind)(doc, kind, symbol, date, markup_date)
    except NotAUNDocument:
        if kind.element == "doc" or not has_un_mark(doc):
            raise
        # The symbol said resolution, but no resolution is printed: a UN document is
        # never refused, it becomes a generic doc with all its text.
        generic = kind_of("document", doc.masthead.symbol,
                          f"no {kind.name} is printed, as its {'kind line' if kind.doubt is None else 'symbol'} "
                          f"said: written as a generic document")
        return _family(generic)(doc, generic, symbol, date, markup_date)
    except (ConversionError, MemoryError):
        raise
    except Exception:
        # A fault of a kind's own family (a layout it does not foresee) must not cost
        # the archivist the document: the report-like family writes it with all its text.
        if _generic(kind) is None:
            raise
        return build_generic(doc, "the converter could not read its layout",
                             symbol, date, markup_date)


def build_generic(doc: ExtractedDocument, why: str, symbol: str | None = None,
                  date: str | None = None,
                  markup_date: str | None = None) -> etree._ElementTree | None:
    """``doc`` written by the report-like family (headings, paragraphs, notes, tables),
    the fallback when its kind's own family fails: ``why`` says what failed, in a warning.
    None when the report-like family is already the kind's own."""
    if symbol:
        doc = replace(doc, given_symbol=symbol)
    kind = classify_kind(doc, languages.get(doc.language), symbol)
    generic = _generic(kind)
    if generic is None:
        return None
    doc = replace(doc, warnings=[*doc.warnings, f"not marked up as {kind.label} ({why}): "
                                 f"marked up as a generic doc, with all its text"])
    markup_date = markup_date or dt.date.today().isoformat()
    return report.build(doc, generic, symbol, date, markup_date)


def _generic(kind: Kind) -> Kind | None:
    """The kind as the report-like family writes it (a doc keeping the kind's name, so a
    letter stays doc/letter), or None when that family is already its own."""
    if _family(kind) is report.build:
        return None
    return replace(kind, element="doc")


def _family(kind: Kind) -> Family:
    """The writer of a kind: its own (letters, agendas, corrigenda) or its element's."""
    return FAMILIES.get(kind.name) or FAMILIES[kind.element]

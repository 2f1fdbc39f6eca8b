"""Building the Akoma Ntoso document: decide the kind, then let its family write it.

Each family is a module with ``build(doc, kind, symbol, date, markup_date)`` returning
the tree; it writes through the shared :class:`writer.Writer`. Adding a family means
one module and one row here."""
from __future__ import annotations

import datetime as dt
from typing import Callable

from lxml import etree

from .. import languages
from ..model import ExtractedDocument
from . import agenda, corrigendum, report, statement
from .kinds import Kind, classify_kind
from .writer import UNPLACED  # noqa: F401  (where unplaced text goes, for callers)

Family = Callable[[ExtractedDocument, Kind, "str | None", "str | None", str], etree._ElementTree]

# Kind.element -> the family that writes it. Records stay on the generic doc writer
# until a debate family exists (a doc named after the record's kind).
FAMILIES: dict[str, Family] = {
    "statement": statement.build,
    "doc": report.build,
    "debate": report.build,
}
# Kind.name -> a family of its own within its element (doc name="agenda").
NAMED_FAMILIES: dict[str, Family] = {
    "agenda": agenda.build,
    "corrigendum": corrigendum.build,
}


def build(doc: ExtractedDocument, symbol: str | None = None, date: str | None = None,
          markup_date: str | None = None) -> etree._ElementTree:
    """The Akoma Ntoso document for ``doc``."""
    kind = classify_kind(doc, languages.get(doc.language), symbol)
    family = NAMED_FAMILIES.get(kind.name) or FAMILIES[kind.element]
    return family(doc, kind, symbol, date,
                  markup_date or dt.date.today().isoformat())

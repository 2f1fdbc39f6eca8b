"""A document offered for publication: its bytes, checked (Akoma Ntoso, valid, not of a
provisional identity), and what a catalog says of it, read from its own metadata."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import PurePosixPath

from lxml import etree

from .. import validator
from ..namespaces import AKN_NS, SOURCE_NS
from .paths import UnsafeIRI, document_path

NS = {"a": AKN_NS, "src": SOURCE_NS}
CATALOG_FIELDS = ("work", "expression", "symbol", "type", "date", "language", "title",
                  "sha256", "converter", "path")


class Refused(Exception):
    """The document is not published: a one-line reason. ``not_akn`` tells a file that is
    not Akoma Ntoso at all (unusable input) from an AKN document refused (invalid,
    provisional)."""

    def __init__(self, message: str, not_akn: bool = False):
        super().__init__(message)
        self.not_akn = not_akn


@dataclass(frozen=True)
class Document:
    name: str                  # where it came from, for messages
    data: bytes
    work: str
    expression: str
    path: PurePosixPath        # in the repository (paths.document_path)
    symbol: str | None
    type: str | None
    date: str | None           # the Work's date
    language: str | None
    title: str | None
    converter: str | None
    sha256: str

    def catalog_entry(self) -> dict:
        entry = {f: getattr(self, f) for f in CATALOG_FIELDS}
        entry["path"] = str(self.path)
        return entry


def read_document(data: bytes, name: str, allow_provisional: bool = False,
                  validate: bool = True) -> Document:
    """The document in ``data``, or :class:`Refused` with a one-line reason."""
    try:
        root = etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True,
                                                      huge_tree=True))
    except etree.XMLSyntaxError as error:
        raise Refused(f"{name}: not Akoma Ntoso: not well-formed XML ({error.msg})", not_akn=True)
    if root.tag != f"{{{AKN_NS}}}akomaNtoso":
        raise Refused(f"{name}: not Akoma Ntoso: its root element is "
                      f"{etree.QName(root).localname!r}, not akomaNtoso", not_akn=True)

    def first(path: str) -> str | None:
        found = root.xpath(path, namespaces=NS)
        return str(found[0]) if found else None

    # The document's own identification: its first one (an annex has its own after it).
    ident = "/a:akomaNtoso/*/a:meta/a:identification"
    work = first(f"{ident}/a:FRBRWork/a:FRBRuri/@value")
    expression = first(f"{ident}/a:FRBRExpression/a:FRBRuri/@value")
    if not work or not expression:
        raise Refused(f"{name}: no FRBR Work or Expression IRI (meta/identification)")
    source = f"/a:akomaNtoso/*/a:meta/a:proprietary/src:source"
    if first(f"{source}/@provisional") == "true" and not allow_provisional:
        raise Refused(f"{name}: provisional identity ({work}): the document prints no symbol; "
                      "convert it with --symbol, or publish with --allow-provisional")
    try:
        path = document_path(work, expression)
    except UnsafeIRI as error:
        raise Refused(f"{name}: {error}")
    if validate:
        errors = validator.errors(validator.validate(etree.ElementTree(root), explain=False))
        if errors:
            raise Refused(f"{name}: not valid Akoma Ntoso ({len(errors)} error(s); first: "
                          f"{errors[0]})")
    return Document(
        name=name, data=data, work=work, expression=expression, path=path,
        symbol=first(f"{ident}/a:FRBRWork/a:FRBRalias[@name='symbol']/@value"),
        type=first(f"{source}/@type"),
        date=first(f"{ident}/a:FRBRWork/a:FRBRdate/@date"),
        language=first(f"{ident}/a:FRBRExpression/a:FRBRlanguage/@language"),
        title=first(f"{ident}/a:FRBRWork/a:FRBRalias[@name='title']/@value"),
        converter=first(f"{source}/@converter"),
        sha256=hashlib.sha256(data).hexdigest())

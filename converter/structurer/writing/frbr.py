"""FRBR identification: Work, Expression and Manifestation IRIs of a UN document.

Pattern: ``/akn/un/{type}/{subtype}/{actor}/{date}/{number}``: ``statement/deliberation``
for resolutions and decisions, ``doc/report``, ``doc/letter`` … for the others with the number the
full symbol, ``/`` -> ``-`` (``A/C.3/76/L.99`` -> ``A-C.3-76-L.99``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from .inline import akn


@dataclass
class Identity:
    actor: str               # un-ga, un-ga-c3, un-sc …
    date: str                # ISO date of the Work
    date_name: str           # what that date is: issuance, adoption, conversion
    number: str              # URI-safe number
    symbol: str | None       # the printed symbol, when known
    language: str            # ISO 639-2
    markup_date: str         # when this XML was made
    original_language: str | None = None   # ISO 639-2 of "Original:", when another
    expression_date: str | None = None     # this language version's date, when another
    title: str | None = None               # the printed title, for FRBRalias name="title"
    doc_type: str = "statement"            # the document element: statement, doc, debate
    subtype: str = "deliberation"          # statement: deliberation; doc: its kind (report…)

    @property
    def expression_day(self) -> str:
        return self.expression_date or self.date

    @property
    def work(self) -> str:
        return f"/akn/un/{self.doc_type}/{self.subtype}/{self.actor}/{self.date}/{self.number}"

    @property
    def expression(self) -> str:
        return f"{self.work}/{self.language}@{self.expression_day}"


def number_from_symbol(symbol: str) -> str:
    return re.sub(r"\s+", "_", symbol.strip()).replace("/", "-")


PROVISIONAL = "provisional-"


def provisional_number(sha256: str) -> str:
    """The Work number of a document that prints no symbol and was given none:
    visibly not a symbol, and the same for the same input (the first 12 hex digits of
    its sha256), whatever the file is called."""
    return f"{PROVISIONAL}{sha256[:12]}"


def identification(ident: Identity, component: str = "main") -> etree._Element:
    """The FRBR block of the document, or of one of its components ("annex_1")."""
    e = etree.Element(akn("identification"), source="#converter")
    work = etree.SubElement(e, akn("FRBRWork"))
    _sub(work, "FRBRthis", value=f"{ident.work}/!{component}")
    _sub(work, "FRBRuri", value=ident.work)
    if ident.symbol:
        _sub(work, "FRBRalias", value=ident.symbol, name="symbol")
    if ident.title:
        _sub(work, "FRBRalias", value=ident.title, name="title")
    _sub(work, "FRBRdate", date=ident.date, name=ident.date_name)
    _sub(work, "FRBRauthor", href=f"#{ident.actor}")
    _sub(work, "FRBRcountry", value="un")
    _sub(work, "FRBRsubtype", value=ident.subtype)
    _sub(work, "FRBRnumber", value=ident.number, showAs=ident.symbol or ident.number)

    expr = etree.SubElement(e, akn("FRBRExpression"))
    _sub(expr, "FRBRthis", value=f"{ident.expression}/!{component}")
    _sub(expr, "FRBRuri", value=ident.expression)
    _sub(expr, "FRBRdate", date=ident.expression_day,
         name="issuance" if ident.expression_date else ident.date_name)
    _sub(expr, "FRBRauthor", href=f"#{ident.actor}")
    _sub(expr, "FRBRauthoritative", value="true")
    _sub(expr, "FRBRlanguage", language=ident.language)
    if ident.original_language and ident.original_language != ident.language:
        _sub(expr, "FRBRtranslation",
             href=f"{ident.work}/{ident.original_language}@{ident.expression_day}",
             fromLanguage=ident.original_language, by="#un-dgacm")

    man = etree.SubElement(e, akn("FRBRManifestation"))
    _sub(man, "FRBRthis", value=f"{ident.expression}/!{component}.xml")
    _sub(man, "FRBRuri", value=f"{ident.expression}.xml")
    _sub(man, "FRBRdate", date=ident.markup_date, name="markup")
    _sub(man, "FRBRauthor", href="#converter")
    _sub(man, "FRBRformat", value="application/akn+xml")
    return e


def _sub(parent, tag, **attrs):
    return etree.SubElement(parent, akn(tag), {k: v for k, v in attrs.items()})

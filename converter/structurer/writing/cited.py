"""The UN documents one document cites, written as Akoma Ntoso: each cited symbol a
``ref`` to the UN's document address in the document's language; a cited resolution
whose adoption date is printed beside it also a ``TLCReference`` in ``references`` with
its Work IRI, which the ``ref`` names with ``refersTo``.

A link the PDF carries is kept as printed; when its target contradicts the organ printed
beside it ("résolution 47/9 du Conseil des droits de l’homme" linked to ``A/RES/47/9``)
a warning names the ``ref`` and both symbols.
"""
from __future__ import annotations

import re

from lxml import etree

from ... import citations
from ...citations import Citation, ShortCitations, document_href, same_symbol
from ...extractor.layout.links import symbol_of
from ...languages import Language
from ...model import Block
from ...organs import actor_of
from .frbr import number_from_symbol
from .ids import IdRegistry
from .inline import Mark, akn

def resolution_actor(symbol: str) -> str | None:
    """The actor of a cited resolution's Work IRI: the organ its symbol names (the one
    symbol -> actor table of converter/organs.py), for the resolution series only."""
    return actor_of(symbol) if citations.series_of(symbol) else None


def resolution_work(symbol: str, date: str) -> str | None:
    """The Work IRI a resolution has when converted itself (frbr.Identity.work):
    ``/akn/un/statement/deliberation/un-ga/2015-09-25/A-RES-70-1``."""
    actor = resolution_actor(symbol)
    if actor is None:
        return None
    return f"/akn/un/statement/deliberation/{actor}/{date}/{number_from_symbol(symbol)}"


class Cited:
    """The citations of one document: marks for its blocks, TLCReferences, warnings."""

    def __init__(self, lang: Language, actor: str, own_symbol: str | None,
                 ids: IdRegistry, warnings: list[str], texts: list[str] = ()) -> None:
        self.lang = lang
        # The first parts of the joint symbols the document prints ("E/2025/24-" before
        # "E/CN.3/2025/37", perhaps in another cell): the UN links each part to the first.
        self.joint_firsts = {citations.url_symbol(c.symbol).upper() for text in texts
                             for c in citations.full_symbols(text)
                             if re.match(r"\s*-", text[c.end:c.end + 3])}
        self.short = ShortCitations(lang, actor, own_symbol)
        self.own_symbol = own_symbol
        self.ids = ids
        self.warnings = warnings
        self.tlcs: dict[str, etree._Element] = {}      # Work IRI -> its TLCReference
        # (eId of the ref, symbols) of each printed range: the symbols it implies
        # without printing them, for analysis/otherReferences.
        self.implicit: list[tuple[str, tuple[str, ...]]] = []
        self.by_symbol: dict[str, str] = {}            # symbol (URL form) -> TLC eId

    def dates(self, text: str) -> list[tuple[int, int, str]]:
        """The full dates of ``text`` (dates.find_dates in the document's language), read
        once for the block the citations read."""
        return self.short.dates(text)

    def citations(self, text: str) -> list[Citation]:
        """The citations of ``text``, in order, none overlapping another."""
        found = self.short.find(text)
        for citation in citations.full_symbols(text):
            if citations.series_of(citation.symbol):
                self.short.date_after(text, citation)
            found.append(citation)
        kept: list[Citation] = []
        for c in sorted(found, key=lambda c: (c.start, -c.end)):
            if not any(k.start < c.end and c.start < k.end for k in kept):
                kept.append(c)
        return kept

    def marks(self, block: Block, links: list[Mark]) -> list[Mark]:
        """Refs for the citations no link covers; the links themselves checked against the
        citation they cover and given the cited resolution's TLCReference."""
        marks = []
        found = self.citations(block.text)
        # A joint symbol ("A/79/973-S/2025/450", maybe cut after its hyphen) is one
        # document: a link on any of its parts may go to any of them.
        joint: dict[int, list[str]] = {}
        for i, c in enumerate(found):
            if i and re.fullmatch(r"\s*-\s*", block.text[found[i - 1].end:c.start]):
                joint[i] = joint[i - 1]
                joint[i].append(c.symbol)
            else:
                joint[i] = [c.symbol]
        for i, c in enumerate(found):
            if self.own_symbol and same_symbol(c.symbol, self.own_symbol):
                continue                    # the document's own symbol cites nothing
            covering = [m for m in links if m.start < c.end and c.start < m.end]
            # A resolution cited again without its date names the same TLCReference.
            tlc = self._tlc(c) or self.by_symbol.get(citations.url_symbol(c.symbol))
            if covering:
                for link in covering:
                    self._check(link, c, joint[i])
                    if tlc and "refersTo" not in link.attrs:
                        link.attrs["refersTo"] = f"#{tlc}"
                continue
            attrs = {"href": document_href(c.symbol, self.lang)}
            if tlc:
                attrs["refersTo"] = f"#{tlc}"
            mark = Mark(c.start, c.end, "ref", attrs, rank=1)
            if c.implied:
                mark.on_written = lambda eid, implied=c.implied: \
                    self.implicit.append((eid, implied))
            marks.append(mark)
        return marks

    def implicit_references(self) -> etree._Element | None:
        """``otherReferences``: each document a printed range implies ("A/C.4/53/SR.3–6":
        SR.4 and SR.5) as an ``implicitReference`` for the ref of the range's end, with
        the UN's address of the document."""
        if not self.implicit:
            return None
        el = etree.Element(akn("otherReferences"), source="#converter")
        for eid, symbols in self.implicit:
            for symbol in symbols:
                etree.SubElement(el, akn("implicitReference"), {"for": f"#{eid}"},
                                 href=document_href(symbol, self.lang), showAs=symbol)
        return el

    def _check(self, link: Mark, citation: Citation, joint: list[str]) -> None:
        """Warn, once the ref has its eId, when the link's target is not what the text
        prints: a full symbol other than the one the link covers exactly ("E/2025/76"
        linked to E/2024/63), or a short number whose organ, printed beside it, names
        another series than the link's ("47/9 du Conseil des droits de l’homme" linked to
        A/RES/47/9)."""
        target = symbol_of(link.attrs.get("href", ""))
        if not target:
            return
        if citation.short:
            if not (citation.named_organ and citations.series_of(target)) or \
                    citations.short_number(target) != citations.short_number(citation.symbol) or \
                    same_symbol(target, citation.symbol):
                return
            verb = "cites"
        else:
            if (link.start, link.end) != (citation.start, citation.end) or any(
                    citations.url_symbol(target).upper().startswith(
                        citations.url_symbol(part).upper()) for part in joint) or \
                    citations.url_symbol(target).upper() in self.joint_firsts:
                return              # a joint symbol, or the address adds "(Supp)"
            verb = "prints"
        printed = citations.canonical(target)

        def warn(eid: str) -> None:
            self.warnings.append(f"{eid}: the link points to {printed} but the text {verb} "
                                 f"{citation.symbol} (link kept as printed)")
        link.on_written = warn

    def _tlc(self, citation: Citation) -> str | None:
        """The eId of the TLCReference of a dated cited resolution (made once)."""
        if not citation.date:
            return None
        work = resolution_work(citation.symbol, citation.date)
        if work is None:
            return None
        if work not in self.tlcs:
            eid = re.sub(r"[^A-Za-z0-9.]+", "-", citation.symbol).strip("-")
            if eid in self.ids.used:          # the same symbol printed with another date
                eid = f"{eid}-{citation.date}"
            eid = self.ids.claim(eid)
            self.tlcs[work] = etree.Element(akn("TLCReference"), eId=eid, href=work,
                                            showAs=citation.symbol, name="resolution")
            self.by_symbol.setdefault(citations.url_symbol(citation.symbol), eid)
        return self.tlcs[work].get("eId")

    def references(self) -> list[etree._Element]:
        return list(self.tlcs.values())

    def eids(self) -> set[str]:
        return {e.get("eId") for e in self.tlcs.values()}

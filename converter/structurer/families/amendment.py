"""The amendment family: amendments proposed to a draft (Akoma Ntoso's ``amendment``).

"Russian Federation: amendment to the draft resolution contained in document S/2025/112",
then what to change ("Amend the operative paragraph, so that it reads as follows:") and the
text quoted. Written as ``amendment name="amendment"``: ``coverPage`` from the masthead;
``preface`` with the sponsor line as ``docType`` and the amended draft's title as
``docTitle`` when printed (else the sponsor line is the title);
``amendmentBody`` with one ``amendmentContent`` holding the instructions and quoted text
as printed; the draft it amends as an ``activeRef`` of ``meta/references`` (by the symbol
the kind line cites) and in the proprietary metadata (``parent``, ``modifier="amendment"``).
"""
from __future__ import annotations

from dataclasses import replace

from lxml import etree

from ... import languages
from ...citations import FULL_SYMBOL
from ...model import Block, ExtractedDocument
from ...organs import principal_organ
from ..writing.frbr import identification, number_from_symbol
from ..writing.ids import IdScope
from ..writing.inline import akn
from ..analysis.kinds import Kind
from ..analysis.outline import Para, Part, _title_like, read_outline
from .report import DocWriter


class AmendmentWriter(DocWriter):
    def __init__(self, doc: ExtractedDocument, kind: Kind, outline):
        super().__init__(doc, kind, outline)
        self.element = "amendment"

    def main_body(self, top, items: list, scope: IdScope | None = None) -> etree._Element:
        """One amendmentContent: each printed paragraph (instruction or quoted text) a p."""
        body = etree.SubElement(top, akn("amendmentBody"))
        scope = scope or IdScope("", self.ids)
        eid = scope.next("amendmentContent")
        content = etree.SubElement(body, akn("amendmentContent"), eId=eid)
        inner = scope.inside(eid)
        if self.body is None:
            self.body, self.body_scope = content, inner     # notes never called go here
        for num, block in _printed(items):
            p = self.paragraph(content, inner, block)
            if num and p.tag == akn("p"):
                p.text = f"{num} {p.text or ''}"
        if not len(content):
            etree.SubElement(content, akn("p"), eId=inner.next("p"))
        return body

    def parent_ref(self) -> etree._Element:
        """The draft amended, by the symbol its kind line cites."""
        href = f"/akn/un/statement/deliberation/{self.actor()}/{number_from_symbol(self.kind.parent)}"
        return etree.Element(akn("activeRef"), eId=self.ids.claim("parent"), href=href,
                             showAs=self.kind.parent)


def _printed(items: list) -> list[tuple[str | None, Block]]:
    """(number, block) of an outline's items in printed order, headings included: a
    quoted paragraph keeps the number it is printed with."""
    out: list[tuple[str | None, Block]] = []
    for item in items:
        if isinstance(item, Part):
            if item.heading is not None:
                out.append((item.num, item.heading))
            out += _printed(item.items)
        else:
            out.append((item.num, item.block))
    return out


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    outline = read_outline(doc.blocks, lang)
    kind_line = next((b for b in outline.preface if lang.kind_title(b.text) == "amendment"), None)
    # The amended draft's title, printed under the kind line, is the title; else the
    # kind line is ("Russian Federation: amendment to the draft resolution …").
    after = outline.preface[outline.preface.index(kind_line) + 1:] if kind_line else []
    first = outline.items[0] if outline.items else None
    if kind_line and not after and isinstance(first, Part) and first.num is None \
            and first.heading is not None and _title_like(first.heading):
        # The title set in bold, read as a heading over the instructions: the title.
        outline.items[0:1] = [Para(None, first.heading)] + first.items
        first = outline.items[0]
    if kind_line and not after and isinstance(first, Para) and first.num is None \
            and _title_like(first.block):
        # The draft's title, printed long under the kind line, before the instructions.
        outline.items.pop(0)
        outline.preface.append(first.block)
        after = [first.block]
    outline.title = after[0] if after else kind_line
    outline.kind_line = kind_line if after else None
    amended = FULL_SYMBOL.search(kind_line.text) if kind_line else None
    if amended:
        kind = replace(kind, modifier="amendment", parent=amended.group(0))
    writer = AmendmentWriter(doc, kind, outline)
    writer.organ = doc.masthead.actor or principal_organ(doc.masthead.symbol)
    writer.warnings += [f"{doc.source.name}: {w}" for w in outline.warnings]
    if outline.title is None:
        writer.doubts["title"] = "no title found on page 1"
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.preface(top)
    writer.main_body(top, outline.items)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    if outline.annexes:
        writer.attachments(top, ident)
    return writer.finish(root, top, meta)

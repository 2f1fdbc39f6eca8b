"""Corrigenda (``…/Corr.1``): ``doc name="corrigendum"``, its parent recorded in
``meta/references`` as an ``activeRef`` (see ``Writer.parent_ref``).

``preface``: the corrected document's title (``docTitle``), its kind line ("Report of the
Secretary-General", ``docType``) and the line "Corrigendum" (``docStatus``). ``mainBody``:
each numbered correction ("1. Paragraph 44") is a ``paragraph`` with ``num`` whose
``content`` holds every line up to the next one ("The paragraph should read", the new
text); unnumbered corrections ("Paragraph 5, line 3: For … read …") are unnumbered
``paragraph``s. No ``mod`` markup: the instructions stay text as printed."""
from __future__ import annotations

import re

from lxml import etree

from ... import languages
from ...model import Block, ExtractedDocument
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn
from ..analysis.kinds import Kind
from ..analysis.outline import Outline, Para, _annexes, _preface
from ..analysis.classify import _repeated_lines, cut
from .report import DocWriter, write

# The line that says the document is a corrigendum, per language (ISO 639-2).
CORRIGENDUM_LINE = {
    "eng": r"^Corrigendum$",
    "fra": r"^Rectificatif$",
    "spa": r"^Corrección$",
    "rus": r"^Исправление$",
    "ara": r"^تصويب$",
    "zho": r"^更正$",
}


class CorrigendumWriter(DocWriter):
    def __init__(self, doc, kind, outline, status: Block | None):
        super().__init__(doc, kind, outline)
        self.status = status

    def preface(self, top) -> None:
        super().preface(top)
        if self.status is None:
            return
        preface = top.find(akn("preface"))
        if preface is None:
            preface = etree.SubElement(top, akn("preface"))
        scope = IdScope("preface", self.ids)
        scope.counts["p"] = len(preface)
        self.paragraph(preface, scope, self.status,
                       [Mark(0, len(self.status.text), "docStatus", rank=0)])

    def para(self, parent, scope: IdScope, para) -> None:
        if not isinstance(para, Correction):
            return super().para(parent, scope, para)
        eid = scope.next("paragraph", para.num) if para.num else \
            scope.next("paragraph", f"u{_bump(scope)}")
        content = self.numbered_paragraph(parent, eid, para.num)
        inner = scope.inside(eid)
        for block in para.blocks:
            self.paragraph(content, inner, block)


class Correction(Para):
    """A numbered correction and the lines under it."""

    def __init__(self, num: str | None, blocks: list[Block]):
        super().__init__(num, blocks[0])
        self.blocks = blocks


def _bump(scope: IdScope) -> int:
    scope.counts["unnumbered"] += 1
    return scope.counts["unnumbered"]


def read_corrections(blocks: list[Block], lang) -> list:
    """Numbered corrections with the lines under each; lines before the first numbered
    one (or all lines, when none is numbered) are paragraphs of their own."""
    op_re = re.compile(lang.op_number)
    items: list = []
    current: Correction | None = None
    for block in blocks:
        match = op_re.match(block.text.lstrip())
        if match:
            lead = len(block.text) - len(block.text.lstrip())
            current = Correction(block.text.lstrip()[:match.end()].strip(),
                                 [cut(block, lead + match.end())])
            items.append(current)
        elif current is not None:
            current.blocks.append(block)
        else:
            items.append(Correction(None, [block]))
    return items


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    blocks = doc.blocks
    annex_at = next((k for k, b in enumerate(blocks)
                     if k > 0 and lang.regexes.annex_pattern.match(b.text.strip())), len(blocks))
    head, tail = blocks[:annex_at], blocks[annex_at:]
    preface, title, kind_line, body_at = _preface(head, lang)
    body = head[body_at:]
    status = None
    line = re.compile(CORRIGENDUM_LINE.get(lang.code, CORRIGENDUM_LINE["eng"]), re.IGNORECASE)
    if body and line.match(body[0].text.strip()):
        status, body = body[0], body[1:]
    elif preface and line.match(preface[-1].text.strip()) and preface[-1] is not title:
        status, preface = preface[-1], preface[:-1]
    outline = Outline(preface, title, kind_line, read_corrections(body, lang),
                      _annexes(tail, lang, _repeated_lines(blocks)))
    return write(CorrigendumWriter(doc, kind, outline, status), symbol, date, markup_date)

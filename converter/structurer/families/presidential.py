"""The presidential statement family: a statement the President of the Security Council
makes on behalf of the Council (symbol S/PRST/yyyy/n).

Takes the extracted blocks; gives ``statement name="presidentialStatement"``: the
masthead as ``coverPage``; the title line ("Statement by the President of the Security
Council") as the preface's ``docTitle``; the introductory sentence ("At the … meeting of
the Security Council, held on …, in connection with the Council's consideration of the
item entitled "…", the President of the Security Council made the following statement on
behalf of the Council:") as the preamble's ``formula name="introductoryFormula"``; the
statement's paragraphs (printed in quotation marks) as the ``mainBody``'s unnumbered
paragraphs, their text as printed.
"""
from __future__ import annotations

import re

from lxml import etree

from ...model import Block, ExtractedDocument
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn
from ..analysis.kinds import Kind
from ..writing.writer import Writer

# The title line, per language (matched at the start of a line, case ignored).
TITLES: dict[str, str] = {
    "eng": r"statement\s+by\s+the\s+president\s+of\s+the\s+security\s+council",
    "fra": r"déclaration\s+(?:du\s+président|de\s+la\s+présidente|de\s+la\s+présidence)"
           r"\s+du\s+conseil\s+de\s+sécurité",
    "spa": r"declaración\s+(?:de\s+la\s+presidencia|del\s+presidente|de\s+la\s+presidenta)"
           r"\s+del\s+consejo\s+de\s+seguridad",
    "rus": r"заявление\s+председателя\s+совета\s+безопасности",
    "ara": r"بيان\s+(?:من\s+)?رئيس(?:ة)?\s+مجلس\s+الأمن",
    "zho": r"安全理事会主席(?:的)?声明",
}
# The introductory sentence ends with a colon, before the statement's first paragraph.
_INTRO_END = re.compile(r"[:：]\s*$")
_LOOK = 3                  # lines after the title where the introductory sentence may be


def is_title(text: str, language: str) -> bool:
    pattern = TITLES.get(language)
    return bool(pattern and re.match(pattern, " ".join(text.split()), re.IGNORECASE))


class PresidentialWriter(Writer):
    def __init__(self, doc: ExtractedDocument, kind: Kind):
        super().__init__(doc, kind, "un-sc")
        blocks = list(doc.blocks)
        at = next((k for k, b in enumerate(blocks[:12]) if is_title(b.text, doc.language)), None)
        self.preface_blocks = blocks[:at + 1] if at is not None else []
        self.title = blocks[at] if at is not None else None
        rest = blocks[at + 1:] if at is not None else blocks
        intro = next((k for k, b in enumerate(rest[:_LOOK]) if _INTRO_END.search(b.text)), None)
        # Lines between the title and the introductory sentence stay in the preface.
        if intro is not None:
            self.preface_blocks += rest[:intro]
            self.intro, self.paragraphs = rest[intro], rest[intro + 1:]
        else:
            self.intro, self.paragraphs = None, rest

    def title_text(self) -> str | None:
        return " ".join(self.title.text.split()) if self.title is not None else None

    def preface(self, top) -> None:
        if not self.preface_blocks:
            return
        preface = etree.SubElement(top, akn("preface"))
        scope = IdScope("preface", self.ids)
        for block in self.preface_blocks:
            marks = [Mark(0, len(block.text), "docTitle", rank=0)] if block is self.title else []
            self.paragraph(preface, scope, block, marks)

    def preamble(self, top) -> None:
        if self.intro is None:
            return
        preamble = etree.SubElement(top, akn("preamble"))
        scope = IdScope("preamble", self.ids)
        eid = scope.next("formula")
        formula = etree.SubElement(preamble, akn("formula"), name="introductoryFormula", eId=eid)
        self.paragraph(formula, scope.inside(eid), self.intro)

    def main_body(self, top) -> None:
        body = self.body = etree.SubElement(top, akn("mainBody"))
        scope = self.body_scope = IdScope("", self.ids)
        for block in self.paragraphs:
            self.para(body, scope, block)
        if not len(body):
            etree.SubElement(body, akn("p"), eId=scope.next("p"))    # the XSD wants one

    def para(self, parent, scope: IdScope, block: Block) -> None:
        scope.counts["unnumbered"] += 1
        eid = scope.next("paragraph", f"u{scope.counts['unnumbered']}")
        el = etree.SubElement(parent, akn("paragraph"), eId=eid)
        content = etree.SubElement(el, akn("content"))
        self.paragraph(content, scope.inside(eid), block)


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    writer = PresidentialWriter(doc, kind)
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.preface(top)
    writer.preamble(top)
    writer.main_body(top)
    meta.append(identification(writer.identity(symbol, date, markup_date)))
    return writer.finish(root, top, meta)

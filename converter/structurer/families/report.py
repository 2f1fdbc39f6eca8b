"""The report-like ``doc`` family: reports, notes, information circulars, NGO statements
(and, until their own families exist, letters, notes verbales, agendas and records).

``coverPage`` from the masthead; ``preface`` with the title lines (``docTitle``, the kind
line as ``docType``) and the front matter (the summary box as ``container name="summary"``,
the table of contents as ``container name="contents"`` with its ``toc``); ``mainBody`` with the printed parts ("I.", "A.", "1." headings) as
nested ``section``/``subsection`` with ``num`` and ``heading``, numbered paragraphs as
``paragraph`` with ``num``, other text as unnumbered ``paragraph``s; annexes as
``attachments``. The layout is read by ``outline.py``."""
from __future__ import annotations

from lxml import etree

from ... import languages
from ...organs import principal_organ
from ...model import ExtractedDocument
from ..analysis import lists
from ..writing import listwriter
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn
from ..analysis.kinds import Kind
from .decisions import Decision, group, group_annexes
from .decisions import write as write_decision
from ..analysis.contents import Contents
from ..analysis.outline import Outline, Para, Part, Summary, old_layout_subject, read_outline
from ..writing.tocwriter import write_contents, write_summary
from ..writing.writer import Writer

# Part levels -> AKN element: "I." section, "A." subsection, "1." (heading) division.
LEVELS = {1: "section", 2: "subsection", 3: "division"}


class DocWriter(Writer):
    def __init__(self, doc: ExtractedDocument, kind: Kind, outline: Outline):
        super().__init__(doc, kind, doc.masthead.actor or principal_organ(doc.masthead.symbol),
                         element="doc")
        self.outline = outline

    def title_text(self) -> str | None:
        title = self.outline.title
        return " ".join(title.text.split()) if title is not None else None

    def preface(self, top) -> None:
        o = self.outline
        if not o.preface and not o.front:
            return
        preface = etree.SubElement(top, akn("preface"))
        scope = IdScope("preface", self.ids)
        for block in o.preface:
            marks = []
            if block is o.title or o.title is not None and o.title not in o.preface \
                    and block.text and block.text in o.title.text:
                # (a title printed over several lines is marked on each)
                marks = [Mark(0, len(block.text), "docTitle", rank=0)]
            elif block is o.kind_line:
                marks = [Mark(0, len(block.text), "docType", rank=0)]
            self.paragraph(preface, scope, block, marks)
        for item in o.front:
            # The front matter after the title: the summary box, the contents, the lines
            # printed around them.
            if isinstance(item, Summary):
                write_summary(self, preface, scope, item)
            elif isinstance(item, Contents):
                write_contents(self, preface, scope, item)
            else:
                self.paragraph(preface, scope, item)

    def main_body(self, top, items: list, scope: IdScope | None = None) -> etree._Element:
        body = etree.SubElement(top, akn("mainBody"))
        scope = scope or IdScope("", self.ids)
        if self.body is None:
            self.body, self.body_scope = body, scope    # notes never called go here
        for item in items:
            self.item(body, scope, item)
        if not len(body):
            # The XSD wants content in mainBody.
            etree.SubElement(body, akn("p"), eId=scope.next("p"))
        return body

    def item(self, parent, scope: IdScope, item) -> None:
        if isinstance(item, Part):
            self.part(parent, scope, item)
        elif isinstance(item, Decision):
            write_decision(self, parent, scope, item)      # printed inside the report
        elif isinstance(item, Contents):
            write_contents(self, parent, scope, item)      # an annex's, or later in the text
        elif isinstance(item, Summary):
            write_summary(self, parent, scope, item)       # a text's passed on in a letter
        else:
            self.para(parent, scope, item)

    def part(self, parent, scope: IdScope, part: Part) -> None:
        if part.num is None:
            # An unnumbered heading ("Summary", "Recommendations"): what follows it.
            eid = scope.next("hcontainer")
            el = etree.SubElement(parent, akn("hcontainer"), name=part.name or "subheading",
                                  eId=eid)
        else:
            tag = LEVELS.get(part.level, "division")
            eid = scope.next(tag, part.eid_num or part.num)
            el = etree.SubElement(parent, akn(tag), eId=eid)
            etree.SubElement(el, akn("num")).text = part.num
        inner = scope.inside(eid)
        if part.heading is not None:
            self.heading(el, part.heading, inner)
        for item in part.items:
            self.item(el, inner, item)

    def numbered_paragraph(self, parent, eid: str, num: str | None):
        """A ``paragraph`` with its number as printed (none when unnumbered) and an
        empty ``content``, returned for the caller's text."""
        el = etree.SubElement(parent, akn("paragraph"), eId=eid)
        if num is not None:
            etree.SubElement(el, akn("num")).text = num
        return etree.SubElement(el, akn("content"))

    def para(self, parent, scope: IdScope, para: Para) -> None:
        eid = scope.paragraph(para.num)
        content = self.numbered_paragraph(parent, eid, para.num)
        if para.block.text or not para.items:          # (a list with no lead-in: none)
            self.paragraph(content, scope.inside(eid), para.block)
        if para.items:
            listwriter.write(self, content, scope.inside(eid), para.items)   # the list it leads into

    def attachments(self, top, ident) -> None:
        """Each annex: an attachment holding a doc of its own (FRBRthis …/!annex_1)."""
        attachments = etree.SubElement(top, akn("attachments"))
        scope = IdScope("", self.ids)
        for k, annex in enumerate(self.outline.annexes, start=1):
            doc, inner = self.annex_doc(attachments, scope, k, ident)
            lines, items = list(annex.preface), annex.items
            if not items:
                items = [Para(None, lines.pop())]    # an annex that is only its title
            if lines:
                preface = etree.SubElement(doc, akn("preface"))
                pscope = inner.bare("preface")
                for n, block in enumerate(lines):
                    marks = [Mark(0, len(block.text), "docTitle", rank=0)] if n == 0 else []
                    self.paragraph(preface, pscope, block, marks)
            self.main_body(doc, items, inner)


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    outline = read_outline(doc.blocks, lang, old_layout_subject(doc.masthead.lines))
    if not outline.items and outline.preface:
        # Title lines alone: the last one is the body (the XSD wants one, with text).
        outline.items = [Para(None, outline.preface.pop())]
    outline.items = lists.gather(group(outline.items, lang.code))
    group_annexes(outline.annexes, lang.code)
    for annex in outline.annexes:
        annex.items = lists.gather(lists.only_titles(annex.items))
    writer = DocWriter(doc, kind, outline)
    writer.warnings += [f"{doc.source.name}: {w}" for w in outline.warnings]
    if outline.title_doubt:
        writer.doubts["title"] = outline.title_doubt
    return write(writer, symbol, date, markup_date)


def write(writer: DocWriter, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    """A report-like doc in its order: cover page, preface, body, identity, annexes."""
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.preface(top)
    writer.main_body(top, writer.outline.items)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    if writer.outline.annexes:
        writer.attachments(top, ident)
    return writer.finish(root, top, meta)

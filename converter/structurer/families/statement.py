"""The statement family: resolutions, decisions and their drafts (``statement``, with
preface, preamble, operative paragraphs, conclusions and annexes)."""
from __future__ import annotations

import re
from dataclasses import replace

from lxml import etree

from ... import languages
from ...extractor.layout.masthead import NOTE_MARKER
from ...model import Block, ExtractedDocument
from ...states import state_id
from ..analysis.annexed import read_annexes
from ..writing.annexwriter import write_annexes
from ..analysis.classify import Operative, Point, Structure, classify
from ..writing.frbr import Identity, identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn, block_marks, write_inline
from ..analysis.kinds import Kind
from ..analysis.preambular import preambular_name
from ..writing.writer import UNPLACED, Writer, tlc_slug


class StatementWriter(Writer):
    def __init__(self, doc: ExtractedDocument, kind: Kind, structure: Structure):
        super().__init__(doc, kind, structure.organ)
        self.structure = structure

    def adoption_date(self) -> str | None:
        adoption = self.structure.adoption
        return adoption.date[2] if adoption and adoption.date else None

    def preface(self, root) -> None:
        """Sponsors, adoption line, number and title, other lines: in printed order."""
        s = self.structure
        if not s.preface:
            return
        preface = etree.SubElement(root, akn("preface"))
        scope = IdScope("preface", self.ids)
        for block in s.preface:
            if s.sponsor_line and block is s.sponsor_line.block:
                marks = self.sponsor_marks(s.sponsor_line)
            elif s.adoption and block is s.adoption.block:
                marks = [Mark(start, end, "docDate", {"date": iso}, rank=0)
                         for start, end, iso in [s.adoption.date] if s.adoption.date]
            elif block is s.title:
                marks = self.title_marks(block, s.title_number)
            elif block is s.heading:
                # "Resolution 2686 (2023)": the type, then the number.
                number = re.match(self.lang.resolution_heading, block.text).span("number")
                marks = [Mark(*number, "docNumber", rank=0)]
                if block.text[:number[0]].strip():
                    marks.append(Mark(0, len(block.text[:number[0]].rstrip()), "docType", rank=0))
            else:
                marks = []
            self.paragraph(preface, scope, block, marks)

    def sponsor_marks(self, line) -> list[Mark]:
        marks = []
        for start, end in line.sponsors:
            name = line.block.text[start:end]
            tlc = state_id(name)
            self.tlc_names.setdefault(tlc, name)
            marks.append(Mark(start, end, "docProponent",
                              {"as": "#sponsor", "refersTo": f"#{tlc}"}, rank=0))
        text = line.block.text
        role = tlc_slug(text[slice(*line.role)]) if line.role else None
        if line.role:
            self.tlc_kinds[role] = ("TLCRole", "role", text[slice(*line.role)])
            marks.append(Mark(*line.role, "role", {"refersTo": f"#{role}"}, rank=0))
        if line.person:
            person = tlc_slug(text[slice(*line.person)])
            self.tlc_kinds[person] = ("TLCPerson", "person", text[slice(*line.person)])
            marks.append(Mark(*line.person, "person", {"refersTo": f"#{person}",
                                                       **({"as": f"#{role}"} if role else {})},
                              rank=0))
        if line.state:
            tlc = state_id(text[slice(*line.state)])
            self.tlc_names.setdefault(tlc, text[slice(*line.state)])
            marks.append(Mark(*line.state, "organization", {"refersTo": f"#{tlc}"}, rank=0))
        if line.doc_type:
            attrs = {"refersTo": f"#{line.concept}"} if line.concept else {}
            tag = "docStatus" if line.concept else "docType"
            marks.append(Mark(*line.doc_type, tag, attrs, rank=0))
        return marks

    @staticmethod
    def title_marks(title: Block, number: tuple[int, int] | None) -> list[Mark]:
        """docNumber for "77/198." when printed, then docTitle for the rest."""
        marks, start = [], 0
        if number:
            marks.append(Mark(*number, "docNumber", rank=0))
            start = number[1]
            while start < len(title.text) and title.text[start].isspace():
                start += 1
        return marks + [Mark(start, len(title.text), "docTitle", rank=0)]

    def title_text(self) -> str | None:
        """The printed title without its number ("77/198."), or the heading
        "Resolution 2686 (2023)" of a resolution that has no title: the Work's alias."""
        s = self.structure
        if s.title is not None:
            start = s.title_number[1] if s.title_number else 0
            title = NOTE_MARKER.sub("", s.title.text[start:])     # "… on Italy*": a note
            return " ".join(title.split()) or None
        return " ".join(s.heading.text.split()) if s.heading is not None else None

    def preamble(self, root) -> None:
        s = self.structure
        if not (s.formula or s.preamble):
            return
        preamble = etree.SubElement(root, akn("preamble"))
        scope = IdScope("preamble", self.ids)
        if s.formula:
            eid = scope.next("formula")
            formula = etree.SubElement(preamble, akn("formula"), name="enactingFormula", eId=eid)
            self.paragraph(formula, scope.inside(eid), s.formula)
        for pp in s.preamble:
            marks = self.opening_marks(pp.block, 0)
            if pp.heading:
                # A subheading among the preambular paragraphs: not one of them.
                eid = scope.next("container")
                container = etree.SubElement(preamble, akn("container"), name="subheading",
                                             eId=eid)
                self.paragraph(container, scope.inside(eid), pp.block)
                continue
            # A preambular paragraph in a container named by its participle, in no
            # language ("recalling", AKN4UN): versions align by name. The container adds
            # no eId level, so the paragraph keeps its eId (preamble__p_3).
            holder = etree.SubElement(preamble, akn("container"),
                                      name=preambular_name(pp.block.text, self.lang.code))
            if not pp.items:
                self.paragraph(holder, scope, pp.block, marks)
                continue
            # "Recalling: (a) …; (b) …," : a blockList, its lead as listIntroduction.
            eid = scope.next("blockList")
            block_list = etree.SubElement(holder, akn("blockList"), eId=eid)
            inner = scope.inside(eid)
            intro = etree.SubElement(block_list, akn("listIntroduction"))
            write_inline(intro, pp.block, marks + block_marks(pp.block, self.lang, self.cited), inner, self.note)
            for item in pp.items:
                item_id = inner.next("item", self.point_num(item.num))
                el = etree.SubElement(block_list, akn("item"), eId=item_id)
                etree.SubElement(el, akn("num")).text = item.num
                self.paragraph(el, inner.inside(item_id), item.block)

    def main_body(self, root) -> None:
        body = self.body = etree.SubElement(root, akn("mainBody"))
        scope = self.body_scope = IdScope("", self.ids)    # kept: notes gathered later
        if self.structure.sections:
            for section in self.structure.sections:
                self.section(body, scope, section)
        else:
            for op in self.structure.operative:
                self.operative(body, scope, op)
        for block in self.structure.unplaced:
            # Text the structurer could not place stays visible, marked as such.
            eid = scope.next("hcontainer")
            container = etree.SubElement(body, akn("hcontainer"), name=UNPLACED, eId=eid)
            content = etree.SubElement(container, akn("content"))
            self.paragraph(content, scope.inside(eid), block)
        if not len(body):
            # The XSD wants content in mainBody, even for a text with no operative part.
            container = etree.SubElement(body, akn("hcontainer"), name="noOperativePart",
                                         eId=scope.next("hcontainer"))
            etree.SubElement(etree.SubElement(container, akn("content")), akn("p"))

    def conclusions(self, root) -> None:
        if not self.structure.conclusions:
            return
        conclusions = etree.SubElement(root, akn("conclusions"))
        scope = IdScope("conclusions", self.ids)
        for block in self.structure.conclusions:
            self.paragraph(conclusions, scope, block)

    def section(self, parent, scope: IdScope, section) -> None:
        """A printed part (``section``, its numeral and heading) or an unnumbered
        subheading (``hcontainer name="subheading"`` with its heading), with the
        paragraphs under it; a part's subheadings inside it."""
        if not section.all_operative() and not section.preamble:
            # A part with no paragraph: its lines stay visible, reported as unplaced.
            self.structure.unplaced.extend(section.printed)
            self.structure.unplaced.extend(b for g in section.groups for b in g.printed)
            return
        if section.kind == "subheading":
            eid = scope.next("hcontainer")
            el = etree.SubElement(parent, akn("hcontainer"), name="subheading", eId=eid)
        else:
            eid = scope.next("section", section.eid_num or section.num or None)
            el = etree.SubElement(parent, akn("section"), eId=eid)
        if section.num:
            etree.SubElement(el, akn("num")).text = section.num
        inner = scope.inside(eid)
        if section.heading is not None:
            self.heading(el, section.heading, inner)
        for block in section.preamble:
            # A part's own preambular paragraph: a crossHeading referring to the preamble
            # concept (AKN4UN: "Preambular text inside an operative part").
            self.tlc_kinds["preamble"] = ("TLCConcept", "concept", "preamble")
            cross = etree.SubElement(el, akn("crossHeading"), refersTo="#preamble",
                                     eId=inner.next("crossHeading"))
            write_inline(cross, block, self.opening_marks(block, 0)
                         + block_marks(block, self.lang, self.cited), inner.inside(cross.get("eId")),
                         self.note)
        for op in section.operative:
            self.operative(el, inner, op)
        for group in section.groups:
            self.section(el, inner, group)

    def attachments(self, root, ident: Identity) -> None:
        """Each annex: an attachment holding a doc of its own, with its identification
        (FRBRthis …/!annex_1), its title and its text as printed (annexwriter.py)."""
        blocks = [b for annex in self.structure.annexes for b in (annex.heading, *annex.blocks)]
        write_annexes(self, root, read_annexes(blocks, self.lang), ident)

    def operative(self, parent, scope: IdScope, op: Operative) -> None:
        eid = scope.next("paragraph", op.num)
        para = etree.SubElement(parent, akn("paragraph"), eId=eid)
        if op.num is not None:                 # a decision's paragraph has no number
            etree.SubElement(para, akn("num")).text = op.num
        self.body_with_points(para, scope.inside(eid), op.block, op.points, op.wrap_up,
                              self.opening_marks(op.block, 1))
        if op.embedded is not None:
            self.embedded(para.find(f"{akn('content')}/{akn('p')}"), op.embedded)

    def embedded(self, p, text) -> None:
        """The text a paragraph adopts, printed after its colon: an embeddedStructure at
        the end of the paragraph's text, holding its own paragraphs and parts."""
        scope = IdScope(p.get("eId"), self.ids)
        eid = scope.next("embeddedStructure")
        structure = etree.SubElement(p, akn("embeddedStructure"), eId=eid)
        inner = scope.inside(eid)
        if text.sections:
            for section in text.sections:
                self.section(structure, inner, section)
        else:
            for op in text.operative:
                self.operative(structure, inner, op)

    def opening_marks(self, block: Block, which: int) -> list[Mark]:
        """Italics for the opening participle (which=0) or operative verb (which=1), from
        the language's tables, when the input had no italics (text): UN documents print
        them in italics."""
        regex = self.lang.opening_regexes[which]
        if block.italics or regex is None:
            return []
        match = regex.match(block.text)
        return [Mark(0, match.end(), "i", rank=2)] if match else []

    def body_with_points(self, elem, scope: IdScope, block: Block, points: list[Point],
                         wrap_up: Block | None, marks: list[Mark] = ()) -> None:
        if not points:
            content = etree.SubElement(elem, akn("content"))
            self.paragraph(content, scope, block, marks)
            return
        list_id = scope.next("list")
        lst = etree.SubElement(elem, akn("list"), eId=list_id)
        inner = scope.inside(list_id)
        intro = etree.SubElement(lst, akn("intro"))
        self.paragraph(intro, inner.bare("intro"), block, marks)
        for point in points:
            pid = inner.next("point", self.point_num(point.num))
            el = etree.SubElement(lst, akn("point"), eId=pid)
            etree.SubElement(el, akn("num")).text = point.num
            self.body_with_points(el, inner.inside(pid), point.block, point.points, None)
        if wrap_up is not None:
            wrap = etree.SubElement(lst, akn("wrapUp"))
            self.paragraph(wrap, inner.bare("wrapUp"), wrap_up)


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    """The statement for ``doc``; its name (resolution, decisionDraft…) as the text says."""
    structure = classify(doc, languages.get(doc.language))
    writer = StatementWriter(doc, replace(kind, name=structure.doc_name), structure)
    writer.warnings += structure.warnings
    root, statement, meta = writer.start()
    writer.cover_page(statement)
    writer.preface(statement)
    writer.preamble(statement)
    writer.main_body(statement)
    if structure.conclusions:
        writer.conclusions(statement)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    if structure.annexes:
        writer.attachments(statement, ident)
    return writer.finish(root, statement, meta)

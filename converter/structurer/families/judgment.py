"""The judgment family: a treaty body's Views, opinion or decision on an individual
communication (CCPR/C/130/D/2500/2014 …). They are quasi-judicial: parties, facts,
admissibility, findings; Akoma Ntoso's ``judgment`` has a place for each.

Written as ``judgment name="views"`` (or ``"decision"``, ``"opinion"``): ``coverPage`` from
the masthead, as in every family; ``header`` with the lines above the kind line (the
Committee's name as ``docAuthority``), the kind line as ``docTitle`` (its starred notes
inside), and the field block one ``p`` per field: the parties as ``party`` (``refersTo`` a
TLCPerson or the State's TLCOrganization, ``as`` the TLCRole author, victim or stateParty),
counsel as ``lawyer``, the dates as ``docDate``, the other values as ``inline`` named by
the field; ``judgmentBody`` with ``introduction`` (the paragraphs before the first
heading), ``background`` (facts, complaint, the parties' submissions), ``motivation`` (the
Committee's consideration of admissibility and merits) and ``decision`` (from "The
Committee, acting under article 5 (4) …, is of the view that …" or "The Committee
therefore decides" to the end), the paragraphs numbered 1.1, 2.1 … as ``paragraph`` with
``num`` under their headings (``hcontainer`` with ``heading``); annexed individual
opinions as ``attachments``. The text is read by ``analysis/communication.py``."""
from __future__ import annotations

import re

from lxml import etree

from ... import languages
from ...dates import find_dates
from ...model import ExtractedDocument
from ...states import state_id
from ..analysis.communication import (DATES, PARTIES, Communication, Field, Paragraph, Section,
                                      opinion_members, read)
from ..analysis.kinds import KINDS, Kind
from ..analysis.outline import Outline, Para
from ..writing import metadata
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn
from ..writing.writer import tlc_slug
from .report import DocWriter

# "Dorian Velkov (represented by counsel, Ana Mirescu)": the counsel's name, per language.
COUNSEL: dict[str, str] = {
    "eng": r"\((?:represented|representing)\s+by\s+(?:counsel|a\s+lawyer)s?,?\s+(?P<name>[^)]+)\)",
    "fra": r"\(représentée?s?\s+par\s+(?:un\s+)?(?:conseil|avocat)s?,?\s+(?P<name>[^)]+)\)",
}
# "The author", "L'auteur": the victim is the author.
THE_AUTHOR: dict[str, str] = {
    "eng": r"the\s+authors?(?:\s+(?:himself|herself|themselves))?$",
    "fra": r"l[’']\s*auteur(?:e)?s?$|les\s+auteur(?:e)?s$",
}
# The TLCRoles' showAs, per language.
ROLES: dict[str, dict[str, str]] = {
    "eng": {"author": "author", "victim": "alleged victim", "stateParty": "State party",
            "counsel": "counsel", "committeeMember": "member of the Committee"},
    "fra": {"author": "auteur", "victim": "victime présumée", "stateParty": "État partie",
            "counsel": "conseil", "committeeMember": "membre du Comité"},
}
PARTS = ("introduction", "background", "motivation", "decision")


class JudgmentWriter(DocWriter):
    def __init__(self, doc: ExtractedDocument, kind: Kind, communication: Communication):
        outline = Outline(preface=[], title=communication.title, kind_line=None, items=[],
                          annexes=communication.annexes)
        super().__init__(doc, kind, outline)
        self.element = "judgment"
        self.communication = communication
        self.persons: dict[str, str] = {}          # role -> TLC eId of the party

    def title_text(self) -> str | None:
        title = self.communication.title
        # "… communication No. 3921/2021*, **": the comma between the notes' calls goes.
        return " ".join(title.text.split()).rstrip(" ,;") if title is not None else None

    def adoption_date(self) -> str | None:
        adopted = next((f for f in self.communication.fields if f.key == "adoptionDate"), None)
        dates = find_dates(adopted.value, self.lang) if adopted else []
        return dates[0][2] if dates else None

    # -- header --------------------------------------------------------------------------
    def header(self, top) -> None:
        c = self.communication
        header = etree.SubElement(top, akn("header"))
        scope = IdScope("header", self.ids)
        lines = c.above + ([c.title] if c.title is not None else []) + c.other
        for block in lines:
            if block is c.title:
                end = len(c.title.text.rstrip(" ,;"))
                marks = [Mark(0, end, "docTitle", rank=0)]
            else:
                # "Human Rights Committee": the Committee, named as its symbol names it.
                organ = self.lang.organ_named(" ".join(block.text.split()))
                marks = [Mark(0, len(block.text.rstrip()), "docAuthority",
                              {"refersTo": f"#{organ}"}, rank=0)] if organ else []
            self.paragraph(header, scope, block, marks)
        for f in c.fields:
            self.paragraph(header, scope, f.block, self.field_marks(f))
        for block in c.after:
            self.paragraph(header, scope, block)
        if not len(header):
            etree.SubElement(header, akn("p"), eId=scope.next("p"))

    def field_marks(self, f: Field) -> list[Mark]:
        text = f.block.text
        start = f.value_at + len(text[f.value_at:]) - len(text[f.value_at:].lstrip())
        end = len(text.rstrip())
        if start >= end:
            return []
        if f.key in PARTIES:
            return self.party_marks(f, start, end)
        if f.key in DATES:
            found = [d for d in find_dates(text, self.lang) if d[0] >= start]
            return [Mark(found[0][0], found[0][1], "docDate",
                         {"date": found[0][2], "refersTo": metadata.concept(self, f.key)}, rank=0)] \
                if found else []
        return [Mark(start, end, "inline", {"name": f.key}, rank=0)]

    def party_marks(self, f: Field, start: int, end: int) -> list[Mark]:
        """The party's name (the value up to a bracket: "(represented by counsel, …)"),
        then its counsel."""
        text = f.block.text
        bracket = text.find("(", start)
        name_end = len(text[:bracket].rstrip()) if bracket > start else end
        name = text[start:name_end]
        roles = ROLES.get(self.lang.code, ROLES["eng"])
        self.tlc_kinds.setdefault(f.key, ("TLCRole", "role", roles[f.key]))
        if f.key == "stateParty":
            tlc = state_id(name)
            self.tlc_names.setdefault(tlc, name)
        elif f.key == "victim" and "author" in self.persons and \
                re.match(THE_AUTHOR.get(self.lang.code, THE_AUTHOR["eng"]), name, re.IGNORECASE):
            tlc = self.persons["author"]          # "Alleged victim: The author"
        else:
            tlc = tlc_slug(name)
            self.tlc_kinds.setdefault(tlc, ("TLCPerson", "person", name))
        self.persons.setdefault(f.key, tlc)
        marks = [Mark(start, name_end, "party", {"refersTo": f"#{tlc}", "as": f"#{f.key}"}, rank=0)]
        counsel = re.search(COUNSEL.get(self.lang.code, COUNSEL["eng"]), text[name_end:end], re.IGNORECASE)
        if counsel:
            lawyer = counsel.group("name").strip()
            at = name_end + counsel.start("name")
            slug = tlc_slug(lawyer)
            self.tlc_kinds.setdefault(slug, ("TLCPerson", "person", lawyer))
            self.tlc_kinds.setdefault("counsel", ("TLCRole", "role", roles["counsel"]))
            marks.append(Mark(at, at + len(lawyer), "lawyer",
                              {"refersTo": f"#{slug}", "as": "#counsel", "for": f"#{tlc}"}, rank=0))
        return marks

    def attachments(self, top, ident) -> None:
        """Each annex (an individual opinion): an attachment holding a doc; its heading
        ("Individual opinion of Committee member …"), not the word "Annex", is its title."""
        attachments = etree.SubElement(top, akn("attachments"))
        scope = IdScope("", self.ids)
        for k, annex in enumerate(self.outline.annexes, start=1):
            doc, inner = self.annex_doc(attachments, scope, k, ident)
            lines, items = list(annex.preface), annex.items or [Para(None, annex.preface[-1])]
            if not annex.items:
                lines.pop()                  # an annex that is only its title: that is its body
            if lines:
                preface = etree.SubElement(doc, akn("preface"))
                pscope = inner.bare("preface")
                for n, block in enumerate(lines):
                    title = n == len(lines) - 1 and (n > 0 or len(lines) == 1)
                    self.paragraph(preface, pscope, block, self.opinion_marks(block) if title else [])
            self.main_body(doc, items, inner)

    def opinion_marks(self, block) -> list[Mark]:
        """An annex's heading as its title, the members who give the opinion as ``judge``."""
        marks = [Mark(0, len(block.text), "docTitle", rank=0)]
        roles = ROLES.get(self.lang.code, ROLES["eng"])
        for start, end in opinion_members(block.text, self.lang.code):
            name = block.text[start:end]
            slug = tlc_slug(name)
            self.tlc_kinds.setdefault(slug, ("TLCPerson", "person", name))
            self.tlc_kinds.setdefault("committeeMember", ("TLCRole", "role", roles["committeeMember"]))
            marks.append(Mark(start, end, "judge", {"refersTo": f"#{slug}", "as": "#committeeMember"},
                              rank=1))
        return marks

    # -- body ----------------------------------------------------------------------------
    def judgment_body(self, top) -> None:
        body = etree.SubElement(top, akn("judgmentBody"))
        scope = IdScope("", self.ids)
        for name in PARTS:
            items = self.communication.parts.get(name) or []
            if not items:
                continue
            part = etree.SubElement(body, akn(name))
            self.body, self.body_scope = part, scope      # notes never called: the last part
            for item in items:
                self.judgment_item(part, scope, item)
        if not len(body):
            # The XSD wants one part at least: the decision, empty as nothing is printed.
            part = etree.SubElement(body, akn("decision"))
            etree.SubElement(part, akn("p"), eId=scope.next("p"))
            self.body, self.body_scope = part, scope

    def judgment_item(self, parent, scope: IdScope, item) -> None:
        if isinstance(item, Section):
            eid = scope.next("hcontainer")
            el = etree.SubElement(parent, akn("hcontainer"),
                                  name="section" if item.level == 1 else "subsection", eId=eid)
            inner = scope.inside(eid)
            self.heading(el, item.heading, inner)
            for child in item.items:
                self.judgment_item(el, inner, child)
            if len(el) == 1:
                # A heading with nothing under it (the XSD wants content after it).
                content = etree.SubElement(el, akn("content"))
                etree.SubElement(content, akn("p"), eId=inner.next("p"))
            return
        p: Paragraph = item
        eid = scope.paragraph(p.num)
        content = self.numbered_paragraph(parent, eid, p.num)
        inner = scope.inside(eid)
        for block in p.blocks:
            self.paragraph(content, inner, block)


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    def kind_key(block):
        """The kind a line names, if it is one this family writes."""
        key = lang.kind_title(block.text)
        return key if key and KINDS[key][0] == "judgment" else None
    communication = read(doc.blocks, lang, kind_key)
    writer = JudgmentWriter(doc, kind, communication)
    if communication.title is None:
        writer.doubts["title"] = "no kind line (\"Views adopted by the Committee …\") found on page 1"
    if not communication.parts.get("decision"):
        writer.warnings.append(f"{doc.source.name}: no decision found (no paragraph \"The "
                               f"Committee, acting under …, is of the view that …\" or \"The "
                               f"Committee decides …\"): the body is written without one")
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.header(top)
    writer.judgment_body(top)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    if communication.annexes:
        writer.attachments(top, ident)
    return writer.finish(root, top, meta)

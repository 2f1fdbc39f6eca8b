"""Building the Akoma Ntoso document from the classified structure."""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from lxml import etree

from .. import __version__, languages
from ..dates import find_dates
from ..extractor.masthead import NOTE_MARKER, original_language_code
from ..model import Anchor, Block, ExtractedDocument, Masthead
from ..namespaces import AKN_NS, SOURCE_NS
from ..states import state_id
from .classify import Operative, Point, Structure, classify
from .frbr import Identity, identification, number_from_name, number_from_symbol
from .ids import IdRegistry, IdScope, clean_num
from .inline import Mark, akn, block_marks, write_inline

UNPLACED = "unplaced"


def _tlc_slug(text: str) -> str:
    """A TLC eId from a name: "the Vice-President of the Council" -> vicePresidentOfTheCouncil."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    if len(words) > 1 and words[0].lower() in ("the", "le", "la", "les", "el", "los", "l"):
        words = words[1:]
    slug = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words else "x"
    return slug if slug[0].isalpha() else f"x{slug}"


class _Writer:
    """Writes one document; holds what must be unique or collected document-wide."""

    def __init__(self, doc: ExtractedDocument, structure: Structure):
        self.doc = doc
        self.structure = structure
        self.lang = languages.get(doc.language)
        self.ids = IdRegistry()
        self.notes = {n.marker: n for n in doc.footnotes}
        self.placed_notes: dict[str, str] = {}     # marker -> eId of its authorialNote
        self.tlc_names: dict[str, str] = {}       # TLC eId -> showAs, of States
        self.tlc_kinds: dict[str, tuple[str, str, str]] = {}   # TLC eId -> element, path, showAs
        self.warnings: list[str] = list(doc.warnings)   # the extractor's, then ours

    # -- inline ----------------------------------------------------------------
    def paragraph(self, parent, scope: IdScope, block: Block, extra: list[Mark] = (),
                  tag: str = "p"):
        p = etree.SubElement(parent, akn(tag), eId=scope.next(tag))
        write_inline(p, block, list(extra) + block_marks(block, self.lang),
                     scope.inside(p.get("eId")), self.note)
        return p

    def note(self, parent, anchor: Anchor, scope: IdScope) -> None:
        footnote = self.notes.get(anchor.marker)
        if footnote is None:
            return
        if anchor.marker in self.placed_notes:
            # A second call to a note already placed points to it.
            etree.SubElement(parent, akn("noteRef"), marker=anchor.marker,
                             href=f"#{self.placed_notes[anchor.marker]}", eId=scope.next("noteRef"))
            return
        eid = scope.next("authorialNote")
        self.placed_notes[anchor.marker] = eid
        note = etree.SubElement(parent, akn("authorialNote"), marker=anchor.marker,
                                placement="bottom", eId=eid)
        self.paragraph(note, scope.inside(eid), footnote.block)

    # -- parts -----------------------------------------------------------------
    def cover_page(self, root) -> None:
        """The masthead, line by line as printed, each line's meaning marked up."""
        m: Masthead = self.doc.masthead
        if not m.lines:
            return
        cover = etree.SubElement(root, akn("coverPage"))
        scope = IdScope("coverPage", self.ids)
        organ = f"#{self.structure.organ}"
        for kind, text in m.lines:
            p = etree.SubElement(cover, akn("p"), eId=scope.next("p"))
            if kind == "original":
                # "Original : anglais": the language name alone is marked.
                head, name, tail = text.rpartition(m.original_language or "\0")
                if not name:
                    p.text = text
                    continue
                p.text = head
                inline = etree.SubElement(p, akn("inline"), name="originalLanguage")
                inline.text, inline.tail = name, tail or None
                continue
            marker = NOTE_MARKER.search(text) if kind == "symbol" else None
            if marker and marker.group("marker") in self.notes:
                # "S/RES/2776 (2025)*": the symbol, then the note it calls.
                etree.SubElement(p, akn("docNumber"), refersTo="#symbol").text = \
                    text[:marker.start()]
                self.note(p, Anchor(0, marker.group("marker")), scope.inside(p.get("eId")))
                continue
            tag, attrs = {
                "authority": ("docAuthority", {"refersTo": "#un"}),
                "symbol": ("docNumber", {"refersTo": "#symbol"}),
                "organ": ("docAuthority", {"refersTo": organ}),
                "distribution": ("inline", {"name": "distribution"}),
                "date": ("docDate", {"date": m.date or ""}),
                "language": ("inline", {"name": "languageOfExpression"}),
                "session": ("session", {"refersTo": organ,
                                        **({"value": str(m.session)} if m.session else {})}),
                "committee": ("docCommittee", {"refersTo": f"#{self.actor()}"}),
                "agendaItem": ("inline", {"name": "agendaItem"}),
                "agendaItemTitle": ("inline", {"name": "agendaItemTitle"}),
            }.get(kind, (None, None))
            if tag is None or (kind == "date" and not m.date):
                p.text = text
            else:
                etree.SubElement(p, akn(tag), attrs).text = text

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
        role = _tlc_slug(text[slice(*line.role)]) if line.role else None
        if line.role:
            self.tlc_kinds[role] = ("TLCRole", "role", text[slice(*line.role)])
            marks.append(Mark(*line.role, "role", {"refersTo": f"#{role}"}, rank=0))
        if line.person:
            person = _tlc_slug(text[slice(*line.person)])
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
            if not pp.items:
                self.paragraph(preamble, scope, pp.block, marks)
                continue
            # "Recalling: (a) …; (b) …," : a blockList, its lead as listIntroduction.
            eid = scope.next("blockList")
            block_list = etree.SubElement(preamble, akn("blockList"), eId=eid)
            inner = scope.inside(eid)
            intro = etree.SubElement(block_list, akn("listIntroduction"))
            write_inline(intro, pp.block, marks + block_marks(pp.block, self.lang), inner, self.note)
            for item in pp.items:
                item_id = inner.next("item", self.point_num(item.num))
                el = etree.SubElement(block_list, akn("item"), eId=item_id)
                etree.SubElement(el, akn("num")).text = item.num
                self.paragraph(el, inner.inside(item_id), item.block)

    def main_body(self, root) -> None:
        body = etree.SubElement(root, akn("mainBody"))
        scope = IdScope("", self.ids)
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
        if not section.operative:
            # A part with no paragraph: its lines stay visible, reported as unplaced.
            self.structure.unplaced.extend(section.printed)
            return
        eid = scope.next("section", section.num or None)
        el = etree.SubElement(parent, akn("section"), eId=eid)
        if section.num:
            etree.SubElement(el, akn("num")).text = section.num
        inner = scope.inside(eid)
        if section.heading is not None:
            heading = etree.SubElement(el, akn("heading"))
            write_inline(heading, section.heading, block_marks(section.heading, self.lang),
                         inner, self.note)
        for op in section.operative:
            self.operative(el, inner, op)

    def attachments(self, root, ident: Identity) -> None:
        """Each annex: an attachment holding a doc of its own, with its identification
        (FRBRthis …/!annex_1), its heading as title and its paragraphs."""
        attachments = etree.SubElement(root, akn("attachments"))
        scope = IdScope("", self.ids)
        for k, annex in enumerate(self.structure.annexes, start=1):
            eid = scope.next("attachment")
            attachment = etree.SubElement(attachments, akn("attachment"), eId=eid)
            doc = etree.SubElement(attachment, akn("doc"), name="annex")
            meta = etree.SubElement(doc, akn("meta"))
            meta.append(identification(ident, component=f"annex_{k}"))
            inner = scope.inside(eid)
            preface = etree.SubElement(doc, akn("preface"))
            self.paragraph(preface, inner.bare("preface"), annex.heading,
                           [Mark(0, len(annex.heading.text), "docTitle", rank=0)])
            body = etree.SubElement(doc, akn("mainBody"))
            for block in annex.blocks or []:
                self.paragraph(body, inner, block)
            if not annex.blocks:
                etree.SubElement(body, akn("p"), eId=inner.next("p"))

    def operative(self, parent, scope: IdScope, op: Operative) -> None:
        eid = scope.next("paragraph", op.num)
        para = etree.SubElement(parent, akn("paragraph"), eId=eid)
        if op.num is not None:                 # a decision's paragraph has no number
            etree.SubElement(para, akn("num")).text = op.num
        self.body_with_points(para, scope.inside(eid), op.block, op.points, op.wrap_up,
                              self.opening_marks(op.block, 1))

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

    def point_num(self, num: str) -> str:
        """The eId number of a point: Latin as printed; other scripts' letters mapped to
        Latin by their place in the language's alphabet, so all six versions agree."""
        letters = self.lang.point_letters
        mapped = "".join(chr(ord("a") + letters.index(c)) if c in letters else c for c in num)
        return clean_num(mapped)

    # -- metadata ----------------------------------------------------------------
    def actor(self) -> str:
        """Who issued the document: a committee when the masthead names one."""
        return self.doc.masthead.actor or self.structure.organ

    def identity(self, symbol: str | None, date: str | None, markup_date: str) -> Identity:
        m = self.doc.masthead
        symbol = symbol or m.symbol
        adoption = self.structure.adoption
        if not date and adoption and adoption.date:
            date, date_name = adoption.date[2], "adoption"      # adopted: dated by adoption
        else:
            date, date_name = date or m.date, "issuance"
        if not date:
            cited = [iso for b in self.doc.blocks + [f.block for f in self.doc.footnotes]
                     for _, _, iso in find_dates(b.text, self.lang)]
            if cited:
                date, date_name = max(cited), "latestCitedDate"
                self.warnings.append(
                    "no issuance date printed: the Work date is the latest date cited in "
                    "the text (give the real one with --date)")
            else:
                date, date_name = markup_date, "conversion"
                self.warnings.append("no date printed or cited: the Work date is the "
                                         "conversion date (give the real one with --date)")
        if not symbol:
            self.warnings.append("no document symbol printed: the Work number comes "
                                     "from the file name (give the real one with --symbol)")
        number = number_from_symbol(symbol) if symbol else number_from_name(self.doc.source.name)
        return Identity(actor=self.actor(), date=date, date_name=date_name, number=number,
                        symbol=symbol, title=self.title_text(), language=self.lang.code, markup_date=markup_date,
                        original_language=original_language_code(m.original_language, self.lang),
                        expression_date=m.date if date_name == "adoption" and m.date != date else None)

    def references(self, root) -> etree._Element:
        refs = etree.Element(akn("references"), source="#converter")
        used = set()
        for el in root.iter():
            for attr in ("refersTo", "as", "href", "by", "source"):
                value = el.get(attr)
                if value and value.startswith("#"):
                    used.update(v.lstrip("#") for v in value.split())
        names = {**{t: self.lang.organ_name(t) for t in used}, **self.tlc_names}
        for tlc in sorted(used):
            if tlc in self.tlc_kinds:
                kind, path, show = self.tlc_kinds[tlc]
            elif tlc in self.lang.concept_names:
                kind = "TLCRole" if tlc == "sponsor" else "TLCConcept"
                path = "role" if tlc == "sponsor" else "concept"
                show = self.lang.concept_names[tlc]
            else:
                kind, path = "TLCOrganization", "organization"
                show = names.get(tlc, tlc)
            etree.SubElement(refs, akn(kind), eId=self.ids.claim(tlc),
                             href=f"/akn/ontology/{path}/un/{tlc}", showAs=show)
        return refs

    def proprietary(self) -> etree._Element:
        prop = etree.Element(akn("proprietary"), source="#converter")
        src = self.doc.source
        info = etree.SubElement(prop, f"{{{SOURCE_NS}}}source", nsmap={"src": SOURCE_NS},
                                file=src.name, sha256=src.sha256, kind=src.kind,
                                pages=str(src.pages), converter=__version__)
        if self.doc.masthead.job_number:
            info.set("jobNumber", self.doc.masthead.job_number)
        for warning in self.warnings:
            etree.SubElement(info, f"{{{SOURCE_NS}}}warning").text = warning
        return prop


def build(doc: ExtractedDocument, symbol: str | None = None, date: str | None = None,
          markup_date: str | None = None) -> etree._ElementTree:
    """The Akoma Ntoso document for ``doc``."""
    lang = languages.get(doc.language)
    structure = classify(doc, lang)
    writer = _Writer(doc, structure)
    root = etree.Element(akn("akomaNtoso"), nsmap={None: AKN_NS})
    statement = etree.SubElement(root, akn("statement"), name=structure.doc_name,
                                 contains="originalVersion")
    meta = etree.SubElement(statement, akn("meta"))
    writer.cover_page(statement)
    writer.preface(statement)
    writer.preamble(statement)
    writer.main_body(statement)

    unplaced_notes = [n for n in doc.footnotes if n.marker not in writer.placed_notes]
    if unplaced_notes:
        # A note whose marker was not found still reaches the output, at the end of
        # the text, where the validator reports it as unanchored.
        body = statement.find(akn("mainBody"))
        scope = IdScope("", writer.ids)
        eid = scope.next("hcontainer")
        container = etree.SubElement(body, akn("hcontainer"), name="unanchoredNotes", eId=eid)
        content = etree.SubElement(container, akn("content"))
        p = etree.SubElement(content, akn("p"), eId=f"{eid}__p_1")
        for n in unplaced_notes:
            writer.note(p, Anchor(0, n.marker), scope.inside(p.get("eId")))

    if structure.conclusions:
        writer.conclusions(statement)
    ident = writer.identity(symbol, date, markup_date or dt.date.today().isoformat())
    meta.append(identification(ident))
    if structure.annexes:
        writer.attachments(statement, ident)
    if writer.ids.collisions:
        writer.warnings.append("duplicate numbers, eIds made unique: " +
                            ", ".join(sorted(set(writer.ids.collisions))))
    meta.append(writer.references(statement))
    meta.append(writer.proprietary())
    return etree.ElementTree(root)

"""What every family of document shares when it is written as Akoma Ntoso: inline text
with notes, references and dates; eIds; the cover page from the masthead; FRBR
identification; references (TLCs); proprietary metadata; and the last steps (notes
never called, references, warnings) in :meth:`Writer.finish`.

A family module (``statement.py``, ``report.py`` …) subclasses :class:`Writer` (or uses
it as is), writes its own parts between :meth:`Writer.start` and :meth:`Writer.finish`."""
from __future__ import annotations

import re
import unicodedata

from lxml import etree

from ... import __version__, languages
from ...extractor.layout.assemble import unanchored_warning
from ...extractor.layout.masthead import NOTE_MARKER, original_language_code
from ...extractor.layout.notes import find_marker, printed_marker
from ...organs import actor_of
from ...model import Anchor, Block, ExtractedDocument, Masthead
from ...namespaces import AKN_NS, SOURCE_NS
from ...review import layout as review_layout
from .cited import Cited
from .frbr import Identity, identification, number_from_symbol, provisional_number
from .ids import IdRegistry, IdScope, clean_num
from .inline import Mark, akn, block_marks, write_inline
from ..analysis.kinds import Kind
from ..analysis.outline import capitals
from . import metadata
from .tables import write_figure, write_table

UNPLACED = "unplaced"
# The attributes that name a TLC or an element ("#un-ga"), as the references read them.
_NAMING = frozenset({"refersTo", "as", "href", "by", "source", "outcome", "dictionary"})


def tlc_slug(text: str) -> str:
    """A TLC eId from a name: "the Vice-President of the Council" -> vicePresidentOfTheCouncil."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    if len(words) > 1 and words[0].lower() in ("the", "le", "la", "les", "el", "los", "l"):
        words = words[1:]
    slug = words[0].lower() + "".join(w[:1].upper() + w[1:] for w in words[1:]) if words else "x"
    return slug if slug[0].isalpha() else f"x{slug}"


class Writer:
    """Writes one document; holds what must be unique or collected document-wide."""

    def __init__(self, doc: ExtractedDocument, kind: Kind, organ: str = "un",
                 element: str | None = None):
        self.doc = doc
        self.kind = kind
        # The element written: the kind's, or the generic doc while its family is missing.
        self.element = element or kind.element
        self.organ = organ                    # TLC id of the acting organ: un-ga…
        self.lang = languages.get(doc.language)
        self.ids = IdRegistry()
        self.notes = {n.marker: n for n in doc.footnotes}
        self.placed_notes: dict[str, str] = {}     # marker -> eId of its authorialNote
        self.tlc_names: dict[str, str] = {}       # TLC eId -> showAs, of States
        self.tlc_kinds: dict[str, tuple[str, str, str]] = {}   # TLC eId -> element, path, showAs
        self.warnings: list[str] = list(doc.warnings)   # the extractor's, then ours
        self.body = None                          # where notes never called are gathered
        self.body_scope: IdScope | None = None
        self.doc_refs: list = []                   # docRefs of the metadata (original)
        self.toc_entries: list = []                # (tocItem, contents.Entry): hrefs to set
        self.tlc_hrefs: dict[str, str] = {}        # TLC eId -> href, when not the ontology's
        self.identity_status = "printed"          # or given, provisional: see identity()
        # What was inferred rather than read: "kind", "symbol", "date", "title" -> why.
        self.doubts: dict[str, str] = {"kind": kind.doubt} if kind.doubt else {}
        self._cited: Cited | None = None
        # Where each element written from a block was printed: (element, boxes, what),
        # "text" or a note's "call". Read by eId once the tree is whole (the layout
        # sidecar, converter/review/layout.py); never written into the AKN.
        self.layout: list[tuple[etree._Element, list, str]] = []

    @property
    def cited(self) -> Cited:
        """The UN documents the text cites (refs, TLCReferences), made on first use."""
        if self._cited is None:
            blocks = self.doc.blocks + [f.block for f in self.doc.footnotes]
            cells = [c.block for b in blocks if b.table for row in b.table for c in row]
            self._cited = Cited(self.lang, self.actor(), self.doc.masthead.symbol, self.ids,
                                self.warnings, [b.text for b in blocks + cells])
        return self._cited

    # -- what a family may override ---------------------------------------------
    def title_text(self) -> str | None:
        """The printed title, for FRBRalias name="title"."""
        return None

    def adoption_date(self) -> str | None:
        """The ISO date of adoption, when the document is dated by it."""
        return None

    def subtype(self) -> str:
        """FRBRsubtype and the IRI's second part: the family's, else the kind's name."""
        return "deliberation" if self.element == "statement" else self.kind.name

    # -- start and finish ---------------------------------------------------------
    def start(self) -> tuple[etree._Element, etree._Element, etree._Element]:
        """(akomaNtoso, the document element, its meta)."""
        root = etree.Element(akn("akomaNtoso"), nsmap={None: AKN_NS})
        top = etree.SubElement(root, akn(self.element), name=self.kind.name,
                               contains="originalVersion")
        return root, top, etree.SubElement(top, akn("meta"))

    def place_uncalled_notes(self, top) -> None:
        """Last, once every part (annexes too) has placed the notes it calls."""
        unplaced_notes = [n for n in self.doc.footnotes if n.marker not in self.placed_notes]
        cover = top.find(akn("coverPage"))
        if cover is not None and unplaced_notes:
            # A note called from the masthead, whose lines are kept as printed.
            unplaced_notes = [n for n in unplaced_notes if not self.notes_in_text(cover, n.marker)]
        if unplaced_notes:
            # A note whose marker was not found still reaches the output, at the end of
            # the text, where the validator reports it as unanchored.
            scope = self.body_scope
            eid = scope.next("hcontainer")
            container = etree.SubElement(self.body, akn("hcontainer"), name="unanchoredNotes",
                                         eId=eid)
            content = etree.SubElement(container, akn("content"))
            p = etree.SubElement(content, akn("p"), eId=f"{eid}__p_1")
            inner = scope.inside(p.get("eId"))          # one scope: the notes are numbered 1, 2…
            for n in unplaced_notes:
                self.note(p, Anchor(0, n.marker), inner)

    def finish(self, root, top, meta) -> etree._ElementTree:
        """Notes never called, the contents entries' links, then references and
        proprietary metadata."""
        from .tocwriter import link_entries
        self.place_uncalled_notes(top)
        link_entries(self, top)
        if self.ids.collisions:
            self.warnings.append("duplicate numbers, eIds made unique: " +
                                 ", ".join(sorted(set(self.ids.collisions))))
        metadata.write(self, top, meta)            # publication … analysis, as the XSD orders
        meta.append(self.references(top))
        meta.append(self.proprietary())
        review_layout.keep(root, self.layout, self.doc)
        return etree.ElementTree(root)

    # -- inline ----------------------------------------------------------------
    def paragraph(self, parent, scope: IdScope, block: Block, extra: list[Mark] = (),
                  tag: str = "p"):
        if block.table is not None and tag == "p" and not extra:
            return self.printed(write_table(self, parent, scope, block), block.boxes)  # a table stands there
        if block.figure is not None and tag == "p" and not extra:
            return self.printed(write_figure(parent, scope, block), block.boxes)  # an image stands there
        p = etree.SubElement(parent, akn(tag), eId=scope.next(tag))   # noted by write_inline
        write_inline(p, block, list(extra) + block_marks(block, self.lang, self.cited),
                     scope.inside(p.get("eId")), self.note)
        return p

    def heading(self, parent, block: Block, scope: IdScope) -> None:
        """A part's ``heading``, its text written inline (notes, refs, dates)."""
        write_inline(etree.SubElement(parent, akn("heading")), block,
                     block_marks(block, self.lang, self.cited), scope, self.note)

    def printed(self, element, boxes: list, what: str = "text"):
        """Note where ``element`` was printed (nothing for text input), and give it back."""
        if boxes:      # once each (a block joined of pieces of one line has its box twice)
            self.layout.append((element, list(dict.fromkeys(map(tuple, boxes))), what))
        return element

    def note(self, parent, anchor: Anchor, scope: IdScope) -> None:
        footnote = self.notes.get(anchor.marker)
        if footnote is None:
            return
        shown = printed_marker(anchor.marker)
        if anchor.marker in self.placed_notes:
            # A second call to a note already placed points to it.
            etree.SubElement(parent, akn("noteRef"), marker=shown,
                             href=f"#{self.placed_notes[anchor.marker]}", eId=scope.next("noteRef"))
            return
        eid = scope.next("authorialNote")
        self.placed_notes[anchor.marker] = eid
        note = etree.SubElement(parent, akn("authorialNote"), marker=shown,
                                placement="bottom", eId=eid)
        self.printed(note, footnote.calls, "call")     # its text's boxes go to its p
        self.paragraph(note, scope.inside(eid), footnote.block)

    def notes_in_text(self, container, marker: str) -> bool:
        """Put note ``marker`` at each call still printed in the text of ``container``
        (the first call holds the note, the others point to it). False if none."""
        scopes: dict[str, IdScope] = {}
        found = False
        while True:
            for el in container.iter():
                if not isinstance(el.tag, str) or \
                        any(a.tag == akn("authorialNote") for a in el.iterancestors()):
                    continue               # a note's own text calls nothing here
                hit = _marker_in(el, printed_marker(marker),
                                 el.tag in (akn("authorialNote"), akn("noteRef")))
                if hit is not None:
                    break
            else:
                return found
            attr, start, end = hit
            p = el if el.tag == akn("p") else next(el.iterancestors(akn("p")))
            scope = scopes.setdefault(p.get("eId"), IdScope(p.get("eId"), self.ids))
            text = getattr(el, attr)
            holder = el if attr == "text" else el.getparent()
            self.note(holder, Anchor(0, marker), scope)
            call = holder[-1]
            if attr == "text":
                el.text = text[:start]
                el.insert(0, call)
            else:
                el.tail = text[:start]
                holder.insert(holder.index(el) + 1, call)
            call.tail = text[end:] or None
            if not found and unanchored_warning(marker) in self.warnings:
                self.warnings.remove(unanchored_warning(marker))
            found = True

    def cover_page(self, root) -> None:
        """The masthead, line by line as printed, each line's meaning marked up."""
        m: Masthead = self.doc.masthead
        job = metadata.job_number(m.job_number)
        if not m.lines and not job:
            return
        cover = etree.SubElement(root, akn("coverPage"))
        scope = IdScope("coverPage", self.ids)
        organs = self.cover_organs(m.lines)
        for k, (kind, text) in enumerate(m.lines):
            # An organ line refers to the organ it names ("Human Rights Council" under
            # "General Assembly" on an A/HRC cover); a session line to the last organ
            # named above it ("Commission on the Status of Women" / "Sixty-ninth session").
            organ = f"#{organs[k]}"
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
                "distribution": ("inline", {"name": "distribution", **(
                    {"refersTo": d} if (d := metadata.distribution_concept(self, text)) else {})}),
                "date": ("docDate", {"date": m.date or "",
                                     "refersTo": metadata.concept(self, "issuanceDate")}),
                "language": ("inline", {"name": "languageOfExpression"}),
                "session": ("session", {"refersTo": organ,
                                        **({"value": str(m.session)} if m.session else {})}),
                "committee": ("docCommittee", {"refersTo": f"#{self.actor()}"}),
                "agendaItem": ("inline", {"name": "agendaItem"}),
                "agendaItemTitle": ("inline", {"name": "agendaItemTitle"}),
            }.get(kind, (None, None))
            if kind in ("agendaItemTitle", "other") and self._cover_title(kind, text):
                # An old layout's only subject line is the document's title too.
                inline = etree.SubElement(p, akn(tag), attrs) if tag else p
                etree.SubElement(inline, akn("docTitle")).text = text
            elif tag is None or (kind == "date" and not m.date):
                p.text = text
            else:
                etree.SubElement(p, akn(tag), attrs).text = text
        if job:
            # The job number of the page footer (AKN4UN: docketNumber), as printed
            # without its date stamps.
            p = etree.SubElement(cover, akn("p"), eId=scope.next("p"))
            etree.SubElement(p, akn("docketNumber"),
                             refersTo=metadata.concept(self, "jobNumber")).text = job

    def _cover_title(self, kind: str, text: str) -> bool:
        """A cover line that is (a line of) the document's title: a title in capitals
        over several lines ("other" lines, not read as an agenda item's) is marked on
        each."""
        title, text = self.title_text(), " ".join(text.split())
        return bool(title) and (text == title or kind == "other" and len(text.split()) >= 3
                                and capitals(text) and text in title)

    def cover_organs(self, lines: list[tuple[str, str]]) -> list[str]:
        """Per cover-page line, the organ it is about: for an organ line the one it
        names (resolved in the document's language; the document's organ when the name
        is unknown), for the lines after it the last organ named so far. A line of
        another kind naming a known body, alone or with the line after it ("Working
        Group on the Universal" / "Periodic Review"), names it too."""
        out, current = [], self.organ
        for k, (kind, text) in enumerate(lines):
            if kind == "organ":
                current = self.lang.organ_named(text) or self.organ
            elif kind == "other":
                following = lines[k + 1][1] if k + 1 < len(lines) and lines[k + 1][0] == "other" else ""
                current = self.lang.organ_named(text) or \
                    (following and self.lang.organ_named(f"{text} {following}")) or current
            out.append(current)
        return out

    def point_num(self, num: str) -> str:
        """The eId number of a point: Latin as printed; other scripts' letters mapped to
        Latin by their place in the language's alphabet, so all six versions agree."""
        letters = self.lang.point_letters
        mapped = "".join(chr(ord("a") + letters.index(c)) if c in letters else c for c in num)
        return clean_num(mapped)

    def actor(self) -> str:
        """Who issued the document: the body its symbol names (the symbol given, else the
        one printed), by the one table of converter/organs.py; the masthead's committee
        or organ only when there is no symbol the table knows."""
        symbol = self.doc.given_symbol or self.doc.masthead.symbol
        return actor_of(symbol) or self.doc.masthead.actor or self.organ

    def annex_doc(self, attachments, scope: IdScope, k: int, ident: Identity):
        """Annex ``k``: an attachment holding a ``doc name="annex"`` with its own
        identification (FRBRthis …/!annex_k); the doc and the eId scope inside it."""
        eid = scope.next("attachment")
        attachment = etree.SubElement(attachments, akn("attachment"), eId=eid)
        doc = etree.SubElement(attachment, akn("doc"), name="annex")
        meta = etree.SubElement(doc, akn("meta"))
        meta.append(identification(ident, component=f"annex_{k}"))
        return doc, scope.inside(eid)

    def identity(self, symbol: str | None, date: str | None, markup_date: str) -> Identity:
        """The FRBR identity. Nothing is guessed: with no symbol printed or given it is
        provisional (``provisional-`` + the source's sha256, see frbr.provisional_number);
        with no date printed or given the Work is dated by the day the PDF file was made
        (FRBRdate name="fileCreation"), else by the conversion (name="conversion"), never
        by a date the text cites."""
        m = self.doc.masthead
        given = symbol or self.doc.given_symbol
        symbol = given or m.symbol
        self.identity_status = "given" if given else "printed" if symbol else "provisional"
        given_date = date
        adopted = self.adoption_date()
        if not date and adopted:
            date, date_name = adopted, "adoption"      # adopted: dated by adoption
        else:
            date, date_name = date or m.date, "issuance"
        if not date and self.doc.source.created:
            # The file's own date, not a cited document's: stable from one conversion
            # to the next, so the Work IRI is too (an Official Records volume prints none).
            date, date_name = self.doc.source.created, "fileCreation"
            self.warnings.append("no date printed: the Work is dated by the day the PDF file "
                                 "was made (FRBRdate name=\"fileCreation\"); give the real one "
                                 "with --date")
        if not date:
            date, date_name = markup_date, "conversion"
            self.warnings.append("no date printed: the Work is dated by the conversion "
                                 "(FRBRdate name=\"conversion\"); give the real one with --date")
        if not symbol:
            self.warnings.append("no document symbol printed: the identity is provisional "
                                 "(FRBRnumber provisional-…); give the real one with --symbol")
            self.doubts["symbol"] = "no symbol printed: the identity is provisional"
        elif not given and m.symbol_doubt:
            self.doubts["symbol"] = m.symbol_doubt
        if date_name == "issuance" and not given_date and date == m.date and m.date_doubt:
            self.doubts["date"] = m.date_doubt
        if date_name in ("fileCreation", "conversion"):
            self.doubts["date"] = f"no date printed: dated by the {'PDF file' if date_name == 'fileCreation' else 'conversion'}"
        number = number_from_symbol(symbol) if symbol else provisional_number(self.doc.source.sha256)
        return Identity(doc_type=self.element, subtype=self.subtype(), actor=self.actor(), date=date, date_name=date_name, number=number,
                        symbol=symbol, title=self.title_text(), language=self.lang.code, markup_date=markup_date,
                        original_language=original_language_code(m.original_language, self.lang),
                        expression_date=m.date if date_name == "adoption" and m.date != date else None)

    def references(self, root) -> etree._Element:
        refs = etree.Element(akn("references"), source="#converter")
        if self.kind.parent:
            refs.append(self.parent_ref())
        refs.extend(self.doc_refs)
        used = set()
        eids = set()
        for el in root.iter():           # (each element's attributes read once)
            if not isinstance(el.tag, str):
                continue
            for attr, value in el.items():
                if attr in _NAMING and value.startswith("#"):
                    used.update(v.lstrip("#") for v in value.split())
                elif attr == "eId" and value:
                    eids.add(value)
        used -= self.cited.eids()             # cited resolutions: TLCReferences below
        # (a link to a part of the document itself, a contents entry's, is no TLC)
        used -= eids
        used.difference_update(r.get("eId") for r in refs)     # docRefs, not TLCs
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
                             href=self.tlc_hrefs.get(tlc, f"/akn/ontology/{path}/un/{tlc}"),
                             showAs=show)
        refs.extend(self.cited.references())
        return refs

    def parent_ref(self) -> etree._Element:
        """A corrigendum, addendum or revision: ``activeRef`` to the Work it changes, by
        its symbol (printed) and kind; its date is not printed, so its IRI has none:
        ``/akn/un/doc/report/un-ecosoc/E-2025-68``."""
        from ..analysis.kinds import parent_kind
        parent = self.kind.parent
        if self.kind.modifier == "corrigendum":
            element, name = parent_kind(self.doc, self.lang, self.kind)
            subtype = "deliberation" if element == "statement" else name
        else:
            element, subtype = self.element, self.subtype()    # the same kind as this one
        href = f"/akn/un/{element}/{subtype}/{self.actor()}/{number_from_symbol(parent)}"
        return etree.Element(akn("activeRef"), eId=self.ids.claim("parent"), href=href,
                             showAs=parent)

    def proprietary(self) -> etree._Element:
        prop = etree.Element(akn("proprietary"), source="#converter")
        src = self.doc.source
        info = etree.SubElement(prop, f"{{{SOURCE_NS}}}source", nsmap={"src": SOURCE_NS},
                                file=src.name, sha256=src.sha256, kind=src.kind,
                                pages=str(src.pages), converter=__version__,
                                type=self.kind.label)
        if src.reader:
            info.set("reader", src.reader)      # the PDF reader that read it
        # How the Work is identified (see docs/markup.md, Identity): "printed", "given"
        # (--symbol), or "provisional" (no symbol): then provisional="true" too, the
        # mark a repository looks for.
        status = self.identity_status
        info.set("identity", status)
        if status == "provisional":
            info.set("provisional", "true")
        if self.kind.parent:
            # A corrigendum, addendum or revision: the document it changes.
            info.set("parent", self.kind.parent)
            info.set("modifier", self.kind.modifier or "")
        if self.doc.masthead.job_number:
            info.set("jobNumber", self.doc.masthead.job_number)
        for warning in self.warnings:
            etree.SubElement(info, f"{{{SOURCE_NS}}}warning").text = warning
        # What was inferred rather than read, each with why: a repository, a reviewer or
        # `akn batch --strict` finds them here (and in the manifest's "doubts").
        for about, why in self.doubts.items():
            etree.SubElement(info, f"{{{SOURCE_NS}}}doubt", about=about).text = why
        return prop




def _marker_in(el, marker: str, tail_only: bool = False) -> tuple[str, int, int] | None:
    """Where a call to ``marker`` is printed in ``el``'s own text or tail."""
    for attr in ("tail",) if tail_only else ("text", "tail"):
        text = getattr(el, attr)
        span = find_marker(text, marker, 0, len(text)) if text else None
        if span is not None:
            return attr, *span
    return None

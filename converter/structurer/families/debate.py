"""The ``debate`` family: verbatim and summary records of meetings.

``coverPage`` from the masthead (the shared writer); ``preface`` with the record's own
lines as printed ("Official Records", "64th plenary meeting" as ``docTitle``, the date
line as ``docDate``, the place as ``location``, "President: Mr. Yang … (Cameroon)" with
its ``role`` and ``person``) and the notice printed at the foot of page 1 ("This record
contains the text of speeches …", "Corrections should be submitted …") in a ``container
name="recordNotice"``; ``debateBody`` with one ``debateSection name="agendaItem"`` per
"Agenda item 13 (continued)" heading (the heading line as ``heading``, the item's title
as ``subheading``, further title lines as ``p``), unnumbered headings printed after a
procedural line ("Adoption of the agenda") as ``debateSection name="topic"``, and what
comes before the first heading in ``debateSection name="opening"``. Each intervention is
a ``speech`` whose ``from`` holds the speaker as printed, "(spoke in French)" and the
colon included ("Mr. Chumakov (Russian Federation) (spoke in Russian):"), with ``by``
pointing to a ``TLCPerson`` whose showAs is the speaker as printed; its paragraphs are
``p``s. The presiding office ("The President", "The Acting President") is the person
presiding at that point: the chair named in the preface, or whoever a line said took the
chair ("… Mr. Kössler (Austria), Vice-President, took the Chair."), with the office as a
``TLCRole`` in ``as``. A decision printed with its number ("Decision 2025/201", title,
text) is a ``debateSection name="decision"`` in its agenda item. Lines telling what
happened ("The meeting was called to order at 10.05 a.m.", "A recorded vote was
taken.", "In favour:" and the list of States after it, "Draft resolution A/79/L.64 was
adopted …") are ``narrative``; "The meeting rose at …" at the end is an ``adjournment``.

The speakers' and proceedings' wording is language data (``RECORD_WORDS`` in
``converter/languages.py``); on a PDF the italics of procedural lines say it too."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field

from lxml import etree

from ... import languages
from ...organs import principal_organ
from ...dates import find_dates
from ...languages import Language, RecordWords
from ...model import Anchor, Block, ExtractedDocument, Link, Span
from .decisions import heading_kind, split_text, write_parts
from .decisions import _pattern as decision_pattern
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn, block_marks, write_inline
from ..analysis.kinds import Kind
from ..writing.writer import Writer, tlc_slug

_END = re.compile(r"[.:;!?…”\"’»)\]。！？：；）」』؟،؛]$")
_HEADING_LINES = 5          # title lines after "Agenda item 13" at most
_ITALIC_SHARE = 0.6         # a paragraph this much in italics tells what happened
_PARTICLES = {"de", "del", "da", "do", "dos", "van", "von", "der", "den", "bin", "ibn",
              "al", "el", "la", "le", "di", "du", "y", "e"}
_LOWER = r"[a-zß-öø-ÿа-яё]"   # a word in lower case (Latin, Cyrillic)
_NOTICE_BLOCKS = 3         # paragraphs of the notice at the foot of page 1, at most
_OPEN, _CLOSE, _COLON = "[(（]", "[)）]", "[:：]"   # Chinese prints them full-width


def _capital(word: str) -> bool:
    """Whether a word starts as a name does: a capital, or a letter of a script without
    case (Arabic, Chinese)."""
    c = word[:1]
    return c.isupper() or (c.isalpha() and c.lower() == c.upper())


# Cyrillic letters in Latin, for the TLC eIds of speakers named in Russian.
_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m",
                      "n", "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch",
                      "", "y", "", "e", "yu", "ya"]))


def slug(name: str, other: str = "speaker") -> str:
    """A TLC eId from a name as printed: "Mr. Setu-Galo" -> setuGalo, "Макаят-Сафуэсс"
    -> makayatSafuess; ``other`` for a name in a script not transliterated here."""
    def latin(c: str) -> str:
        t = _CYRILLIC.get(c.lower())
        return c if t is None else (t.capitalize() if c.isupper() else t)
    text = "".join(latin(c) for c in name)
    return tlc_slug(text) if re.search(r"[A-Za-z]{2}", text) else other


# -- blocks cut and joined, their annotations kept -----------------------------------
def slice_block(block: Block, start: int, end: int) -> Block:
    """Characters ``start:end`` of ``block`` with the annotations inside them."""
    def spans(items, cls):
        out = []
        for s in items:
            lo, hi = max(s.start, start), min(s.end, end)
            if lo < hi:
                out.append(cls(lo - start, hi - start, s.href) if cls is Link
                           else cls(lo - start, hi - start))
        return out
    return Block(block.text[start:end], block.first_page, block.last_page,
                 [Anchor(a.offset - start, a.marker) for a in block.anchors
                  if start <= a.offset <= end and not (a.offset == end and end < len(block.text))],
                 spans(block.links, Link), spans(block.italics, Span),
                 spans(block.superscripts, Span), boxes=block.boxes)


def join_blocks(a: Block, b: Block) -> Block:
    """``a`` and ``b`` as one paragraph (broken by what was printed between them)."""
    shift = len(a.text) + 1
    return Block(a.text + " " + b.text, a.first_page, b.last_page,
                 a.anchors + [Anchor(x.offset + shift, x.marker) for x in b.anchors],
                 a.links + [Link(x.start + shift, x.end + shift, x.href) for x in b.links],
                 a.italics + [Span(x.start + shift, x.end + shift) for x in b.italics],
                 a.superscripts + [Span(x.start + shift, x.end + shift) for x in b.superscripts],
                 boxes=a.boxes + b.boxes)


# -- the record as plain data ------------------------------------------------------
@dataclass
class Speaker:
    key: str            # the TLCPerson's eId
    show_as: str        # as printed, "Mr. Setu-Galo (United Kingdom)"


@dataclass
class Role:
    key: str            # the TLCRole's eId
    show_as: str        # the office as printed, "The Acting President"


@dataclass
class Speech:
    speaker: Speaker
    num: Block | None = None       # "12." of a summary record's numbered paragraph
    from_: Block | None = None     # the speaker line as printed (None: the same speaker goes on)
    blocks: list[Block] = field(default_factory=list)
    role: Role | None = None       # the office the presiding person speaks in ("as")


@dataclass
class Narrative:
    block: Block


@dataclass
class Section:
    name: str                              # agendaItem, topic, opening
    heading: Block | None = None
    lines: list[Block] = field(default_factory=list)    # title lines after the heading
    items: list = field(default_factory=list)           # Speech | Narrative | Section


@dataclass
class Record:
    preface: list[Block] = field(default_factory=list)
    notice: list[Block] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    adjournment: list[Narrative] = field(default_factory=list)
    speakers: dict[str, Speaker] = field(default_factory=dict)   # show_as -> speaker
    roles: dict[str, Role] = field(default_factory=dict)         # show_as -> role
    chair: Speaker | None = None       # the person named under the title ("President: …")
    chair_match: re.Match | None = None     # that line, read by the chair_line pattern


class RecordReader:
    """Reads the blocks of a record into a :class:`Record`."""

    def __init__(self, lang: Language, summary: bool):
        self.words: RecordWords = languages.record_words(lang.code)
        w = self.words
        titles = "|".join(sorted(w.speaker_titles, key=len, reverse=True)) or r"(?!)"
        suffixes = "|".join(w.speaker_suffixes) or r"(?!)"
        # A summary record's speaker is followed by what they did, in the third person:
        # "said", "asked", "endorsed …", or ", speaking on behalf of …, said".
        if not summary:
            said = r"(?!)"
        elif w.spaceless:
            said = rf"(?=[,，]?\s*(?:{w.said}))"        # "主席说，"
        else:
            said = rf"(?=,?\s+(?:{w.said}|{_LOWER}))"
        def body(group: str) -> str:          # "(Country)", not "(spoke in French)"
            return rf"(?:\s*(?!{w.spoke_in}){_OPEN}(?P<{group}>[^()（）]{{1,150}}){_CLOSE})?"
        self.speaker_re = re.compile(
            rf"^(?P<num>\d{{1,3}}(?:\.|\s+-)\s+)?(?P<speaker>"
            rf"(?P<role>{w.speaker_roles})" + body("rolebody") +
            rf"|(?P<title>{titles})\s+(?P<name>[^\s():,;（）：][^():;（）：]{{0,80}}?)" +
            body("body") +
            rf"|(?P<sname>[^\s():,;（）：，。][^\s():;（）：，。]{{0,30}}?)(?P<suffix>{suffixes})" +
            body("sbody") + ")"
            rf"(?P<spoke>\s*{w.spoke_in})?(?P<end>\s*{_COLON}\s*|{said})")
        # A person named in a line ("… Mr. Kössler (Austria), Vice-President, took the Chair.")
        self.person_re = re.compile(
            rf"(?<!\w)(?:(?P<title>{titles})\s+(?P<name>[^\s():,;（）：][^():;,（）：]{{0,80}}?)"
            rf"|(?P<sname>[^\s():,;（）：，。][^\s():;（）：，。]{{0,30}}?)(?P<suffix>{suffixes}))"
            rf"\s*{_OPEN}(?P<body>[^()（）]{{1,150}}){_CLOSE}", re.IGNORECASE)   # "г-н Ян"
        self.took_chair_re = re.compile(w.took_chair)
        self.resumed_chair_re = re.compile(w.resumed_chair)
        self.presiding_re = re.compile(w.presiding)
        self.role_prefix_re = re.compile(rf"^(?:{w.speaker_roles})")
        self.presiding: Speaker | None = None      # who presides at this point
        self.titles, self.suffixes = titles, suffixes
        self.lang = lang.code
        self.decision_re = decision_pattern(lang.code)
        self.spoke_re = re.compile(rf"^{w.spoke_in}$")
        self.procedural = [re.compile(p) for p in w.procedural]
        self.agenda_re = re.compile(w.agenda_item)
        self.vote_re = re.compile(w.vote_headings)
        self.notice_re = re.compile(w.notice)
        self.contents_re = re.compile(w.contents, re.IGNORECASE)
        self.chair_re = re.compile(w.chair_line)
        self.record = Record()

    # -- what a block is ------------------------------------------------------------
    def speaker(self, block: Block):
        match = self.speaker_re.match(block.text)
        if match is None or len(block.text) < 2:
            return None
        name = match.group("name") or match.group("sname")
        if name and len(name.split()) > 8:
            return None
        if name and not (match.group("body") or match.group("sbody") or match.group("spoke")):
            # "Ms. DiCarlo:" (a briefer): a short name, each word capitalized, a colon.
            if not re.search(_COLON, match.group("end") or "") or len(name.split()) > 5 or \
                    not all(_capital(w) or w in _PARTICLES for w in name.split()):
                return None
        return match

    def is_procedural(self, block: Block) -> bool:
        # "5. It was so decided.": a summary record numbers its procedural lines too.
        text = re.sub(r"^\d{1,3}\.\s+", "", block.text.strip())
        if any(p.search(text) for p in self.procedural) or self.took_chair_re.search(text) \
                or self.resumed_chair_re.search(text):
            return True
        if self.spoke_re.match(text):
            return False                # "(spoke in English)": the speech goes on
        italic = sum(s.end - s.start for s in block.italics)
        return bool(text) and italic >= _ITALIC_SHARE * len(text.replace(" ", "")) \
            and not self.agenda_re.match(text)

    def decision(self, block: Block) -> str | None:
        """"Decision 2025/201" (its title on the line or the next), printed as a heading
        with the text the meeting adopted: ``decision`` or ``resolution``. A draft's
        adoption is a procedural line, not such a heading."""
        text = block.text.strip()
        if self.decision_re is None or block.anchors or len(text) > 300 \
                or _END.search(text) or not _capital(text):
            return None
        match = self.decision_re.match(text)
        if match is None or not re.search(r"\d", match.group("num")):
            return None
        kind = heading_kind(self.lang, match)
        return kind[0] if kind is not None and not kind[1] else None

    def is_heading(self, block: Block) -> bool:
        text = block.text.strip()
        return 0 < len(text) < 200 and not _END.search(text) and _capital(text)

    # -- reading --------------------------------------------------------------------
    def read(self, blocks: list[Block], masthead_lines: tuple[str, ...] = ()) -> Record:
        """``masthead_lines``: the record's own lines the masthead kept ("64th plenary
        meeting", "President: Mr. Yang … (Cameroon)"), before the blocks in the preface."""
        blocks = self.take_notice(list(blocks))
        start = self.body_start(blocks)
        self.record.preface = blocks[:start]
        self.find_chair([*masthead_lines, *(b.text for b in self.record.preface)])
        self.body(blocks[start:])
        return self.record

    # -- who presides ---------------------------------------------------------------
    def find_chair(self, lines: list[str]) -> None:
        """The person the preface names as chair presides from the start; a line
        telling someone else took the chair (in the preface too) changes that."""
        for line in lines:
            text = " ".join(line.split())
            match = self.chair_re.match(text)
            if match and self.record.chair is None:
                person = " ".join(match.group("person").split())
                name = re.sub(rf"^(?:{self.titles})\s+", "", person, flags=re.IGNORECASE)
                name = re.sub(rf"(?:{self.suffixes})$", "", name) or name
                body = match.group("body")
                show = f"{person}（{body}）" if self.words.spaceless else f"{person} ({body})"
                self.record.chair = self.person(show, slug(name, "chairPerson"), body)
                self.record.chair_match = match
                self.role(" ".join(match.group("role").split()))
                self.presiding = self.record.chair
            self.changes_chair(text)

    def changes_chair(self, text: str) -> None:
        if self.took_chair_re.search(text):
            match = self.person_re.search(text)
            if match is not None:
                self.presiding = self.named(text, match)
        elif self.resumed_chair_re.search(text) and self.record.chair is not None:
            self.presiding = self.record.chair

    def named(self, text: str, match) -> Speaker:
        """The person of a ``person_re`` match: "Mr. Kössler (Austria)"; a Chinese
        office printed before the name ("副主席克斯勒先生") left out."""
        start = match.start("title") if match.group("title") else match.start("sname")
        name = match.group("name") or match.group("sname")
        office = self.role_prefix_re.match(name) if match.group("sname") else None
        if office and office.end() < len(name):
            start += office.end()
            name = name[office.end():]
        show = " ".join(text[start:match.end()].split())
        return self.person(show, slug(name), match.group("body"))

    def person(self, show_as: str, base: str, body: str | None) -> Speaker:
        spk = self.record.speakers.get(show_as)
        if spk is None:
            spk = Speaker(self.unique_key(base, body), show_as)
            self.record.speakers[show_as] = spk
        return spk

    def role(self, show_as: str) -> Role:
        """The TLCRole of an office as printed; "The President" is the "President" of
        the preface (one eId), offices in a script without Latin letters numbered."""
        role = self.record.roles.get(show_as)
        if role is not None:
            return role
        base = slug(show_as, "")
        same = next((r for r in self.record.roles.values() if base and r.key == base + "Role"),
                    None)
        if same is not None:
            self.record.roles[show_as] = same
            return same
        base = base + "Role" if base else "chairRole"
        taken = {r.key for r in self.record.roles.values()}
        key, n = base, 2
        while key in taken:
            key, n = f"{base}{n}", n + 1
        role = self.record.roles[show_as] = Role(key, show_as)
        return role

    def presided(self, role_text: str) -> tuple[Speaker, Role] | None:
        """The person and office behind a presiding office as printed ("The Acting
        President"): the person presiding at this point. While the chair of the
        preface presides, only the chair's own office is theirs (an "Acting President"
        nobody was said to be is left as printed)."""
        role_text = " ".join(role_text.split())
        if self.presiding is None or not self.presiding_re.fullmatch(role_text):
            return None
        if self.presiding is self.record.chair and self.record.chair_match is not None:
            own = " ".join(self.record.chair_match.group("role").split())
            if role_text != own and (not slug(own, "") or slug(own, "") != slug(role_text, "")):
                return None
        return self.presiding, self.role(role_text)

    def take_notice(self, blocks: list[Block]) -> list[Block]:
        """The notice at the foot of page 1 out of the text; the paragraph it broke
        joined again."""
        at = next((k for k, b in enumerate(blocks)
                   if b.first_page == 1 and self.notice_re.match(b.text.strip())), None)
        if at is None:
            return blocks
        end = at + 1
        rest = []
        for b in blocks[end:]:
            if b.last_page != 1 or self.speaker(b) or self.is_procedural(b) \
                    or self.agenda_re.match(b.text.strip()) or re.match(r"\d+\.\s", b.text):
                break                    # the record itself goes on on page 1
            rest.append(b)
        if len(rest) <= _NOTICE_BLOCKS and end + len(rest) < len(blocks) \
                and blocks[end + len(rest)].first_page > 1:
            # Printed at the foot of page 1, the notice runs to the end of the page.
            end += len(rest)
        while end < len(blocks) and blocks[end].last_page == 1 \
                and self.notice_re.match(blocks[end].text.strip()):
            end += 1
        self.record.notice = blocks[at:end]
        before, after = blocks[:at], blocks[end:]
        if before and after and not _END.search(before[-1].text.strip()) \
                and after[0].text[:1].islower():
            return before[:-1] + [join_blocks(before[-1], after[0])] + after[1:]
        return before + after

    def body_start(self, blocks: list[Block]) -> int:
        contents = False
        for k, block in enumerate(blocks):
            text = block.text.strip()
            if self.contents_re.match(text):
                contents = True
                continue
            if self.chair_re.match(text):
                continue                 # "Председатель: г-н Ян … (Камерун)", no speaker
            # The words say it (the italics of a title line in the preface do not).
            if self.speaker(block) or any(p.search(text) for p in self.procedural):
                return k
            if self.agenda_re.match(text) and not contents:
                return k
        return 0

    def body(self, blocks: list[Block]) -> None:
        r = self.record
        section: Section | None = None
        speech: Speech | None = None
        state = "start"          # start, heading, narrative, speech, vote
        heading_lines = 0

        agenda: Section | None = None       # the agenda item a topic belongs to

        def open_section(name, heading=None):
            nonlocal section, speech, agenda
            section = Section(name, heading)
            if name in ("topic", "decision", "resolution") and agenda is not None:
                agenda.items.append(section)     # "Address by …" within "General debate"
            else:
                r.sections.append(section)
                agenda = section if name == "agendaItem" else None
            speech = None
            return section

        def narrative(block):
            if section is None:
                open_section("opening")
            section.items.append(Narrative(block))

        for k, block in enumerate(blocks):
            text = block.text.strip()
            if state == "vote":
                narrative(block)                 # the States voting so
                state = "narrative"
                continue
            if self.agenda_re.match(text):
                open_section("agendaItem", block)
                state, heading_lines = "heading", 0
                continue
            match = self.speaker(block)
            procedural = match is None and self.is_procedural(block)
            if procedural:
                self.changes_chair(text)
            adopted = self.decision(block) if match is None and not procedural else None
            if adopted:
                open_section(adopted, block)
                state = "adopted"
                continue
            if state == "adopted":
                if match is None and not procedural:
                    section.lines.append(block)      # the title and text of the decision
                    continue
                if agenda is not None:
                    section = agenda                 # the meeting goes on under its item
            if state == "heading" and match is None and not procedural \
                    and heading_lines < _HEADING_LINES and len(text) < 400:
                section.lines.append(block)
                heading_lines += 1
                continue
            if match is not None:
                if section is None:
                    open_section("opening")
                speech = self.new_speech(block, match)
                section.items.append(speech)
                state = "speech"
            elif procedural:
                narrative(block)
                state = "vote" if self.vote_re.match(text) else "narrative"
            elif self.is_heading(block) and not block.anchors and (
                    state in ("start", "narrative") or self.opens(blocks[k + 1:k + 2])):
                # A heading after a procedural line, or one a speaker or a procedural
                # line follows ("Programme of work", "Statement by the President").
                open_section("topic", block)
                state, heading_lines = "heading", 0
            elif speech is not None and state == "speech":
                speech.blocks.append(block)
            elif speech is not None:
                # The same speaker goes on after what happened.
                speech = Speech(speech.speaker, blocks=[block], role=speech.role)
                section.items.append(speech)
                state = "speech"
            else:
                narrative(block)
                state = "narrative"
        self.adjournment()

    def opens(self, following: list[Block]) -> bool:
        """Whether the next block starts a turn: a speaker line or a procedural line."""
        return bool(following) and (self.speaker(following[0]) is not None
                                    or self.is_procedural(following[0]))

    def new_speech(self, block: Block, match) -> Speech:
        speaker_text = " ".join(match.group("speaker").split())
        presided = self.presided(match.group("role")) if match.group("role") else None
        role = None
        if presided is not None:
            spk, role = presided
        else:
            spk = self.record.speakers.get(speaker_text)
        if spk is None:
            spk = Speaker(self.key(match, speaker_text), speaker_text)
            self.record.speakers[speaker_text] = spk
        num_end = match.end("num") if match.group("num") else 0
        num = slice_block(block, 0, len(match.group("num").rstrip())) if num_end else None
        from_end = match.end("end") if match.group("end") else match.end()
        while from_end < len(block.text) and block.text[from_end].isspace():
            from_end += 1            # "said that …" starts the paragraph
        from_block = slice_block(block, num_end, from_end)
        from_block = slice_block(from_block, 0, len(from_block.text.rstrip()))
        speech = Speech(spk, num, from_block, role=role)
        if from_end < len(block.text):
            speech.blocks.append(slice_block(block, from_end, len(block.text)))
        return speech

    def key(self, match, speaker_text: str) -> str:
        """A TLC eId for the speaker: the name (or office), then the body if taken."""
        base = slug(match.group("name") or match.group("sname") or match.group("role"))
        return self.unique_key(base, match.group("body") or match.group("sbody")
                               or match.group("rolebody"))

    def unique_key(self, base: str, body: str | None) -> str:
        taken = {s.key for s in self.record.speakers.values()}
        key = base
        tail = slug(body, "") if body else ""      # "" for a body in another script
        if key in taken and tail:
            key = base + tail[:1].upper() + tail[1:]      # two Mr. Khan: khanPakistan…
        n = 2
        while key in taken:
            key, n = f"{base}{n}", n + 1
        return key

    def adjournment(self) -> None:
        """"The meeting rose at …" and what follows it, at the end of the record."""
        if not self.record.sections:
            return
        last = self.record.sections[-1]
        while last.items and isinstance(last.items[-1], Section):
            last = last.items[-1]
        items = last.items
        adjourn = re.compile(self.words.adjournment)
        for k in range(len(items) - 1, -1, -1):
            if not isinstance(items[k], Narrative):
                break
            if adjourn.match(items[k].block.text.strip()):
                self.record.adjournment = items[k:]
                del items[k:]
                if not items and last is self.record.sections[-1] and not last.heading:
                    self.record.sections.pop()
                break


# -- writing ---------------------------------------------------------------------
class DebateWriter(Writer):
    def __init__(self, doc: ExtractedDocument, kind: Kind, record: Record):
        super().__init__(doc, kind, doc.masthead.actor or principal_organ(doc.masthead.symbol))
        self.record = record
        self.words = languages.record_words(self.lang.code)
        self.titles = "|".join(sorted(self.words.speaker_titles, key=len, reverse=True))
        self.title_line: str | None = None
        self.meeting_date: str | None = None

    def title_text(self) -> str | None:
        return self.title_line

    def cover_page(self, root) -> None:
        """The masthead without the record's own lines (those go to the preface)."""
        m = self.doc.masthead
        self.doc.masthead = dataclasses.replace(
            m, lines=[(k, t) for k, t in m.lines if k != "other"])
        try:
            super().cover_page(root)
        finally:
            self.doc.masthead = m

    def preface(self, top) -> None:
        lines = [Block(t) for k, t in self.doc.masthead.lines if k == "other"]
        lines += self.record.preface
        if not lines and not self.record.notice:
            return
        preface = etree.SubElement(top, akn("preface"))
        scope = IdScope("preface", self.ids)
        title_re = re.compile(self.words.title, re.IGNORECASE)
        chair_re = re.compile(self.words.chair_line)
        after_date = False
        for block in lines:
            text = block.text.strip()
            marks: list[Mark] = []          # beside the block's own (links, italics …)
            dates = find_dates(block.text, self.lang)
            chair = chair_re.match(block.text)
            if title_re.match(text) or self.lang.regexes.meeting_pattern.match(text):
                marks.append(Mark(0, len(block.text), "docTitle", rank=0))
                self.title_line = self.title_line or text
            elif dates and len(text) < 200 and self.meeting_date is None:
                self.meeting_date = dates[0][2]
                # The whole line is the docDate (no date inside it).
                marks = [m for m in block_marks(block, self.lang, self.cited) if m.tag != "date"]
                marks.append(Mark(0, len(block.text), "docDate", {"date": dates[0][2]}, rank=0))
                after_date = True
                p = etree.SubElement(preface, akn("p"), eId=scope.next("p"))
                write_inline(p, block, marks, scope.inside(p.get("eId")), self.note)
                continue
            elif chair and self.record.chair is not None and \
                    " ".join(chair.group("role").split()) in self.record.roles:
                # The reader made the chair one person with "The President" who speaks.
                role = self.record.roles[" ".join(chair.group("role").split())].key
                person = self.record.chair.key
                marks.append(Mark(*chair.span("role"), "role", {"refersTo": f"#{role}"}, rank=0))
                marks.append(Mark(*chair.span("person"), "person",
                                  {"refersTo": f"#{person}", "as": f"#{role}"}, rank=0))
            elif after_date and len(text) < 60 and not re.search(r"\d", text) \
                    and _capital(text) and re.match(r"^[^:;,.：，。،]*$", text):
                place = slug(text, "place")
                self.tlc_kinds[place] = ("TLCLocation", "location", text)
                marks.append(Mark(0, len(block.text), "location", {"refersTo": f"#{place}"}, rank=0))
            after_date = False
            self.paragraph(preface, scope, block, marks)
        if self.record.notice:
            eid = scope.next("container")
            container = etree.SubElement(preface, akn("container"), name="recordNotice", eId=eid)
            inner = scope.inside(eid)
            for block in self.record.notice:
                self.paragraph(container, inner, block)

    def debate_body(self, top) -> None:
        body = etree.SubElement(top, akn("debateBody"))
        scope = IdScope("", self.ids)
        self.body, self.body_scope = body, scope
        for section in self.record.sections:
            self.section(body, scope, section)
        if self.record.adjournment:
            eid = scope.next("adjournment")
            adj = etree.SubElement(body, akn("adjournment"), eId=eid)
            inner = scope.inside(eid)
            for item in self.record.adjournment:
                self.paragraph(adj, inner, item.block, tag="narrative")
        if not len(body):
            etree.SubElement(body, akn("debateSection"), name="opening", eId=scope.next("dbsect"))
        for spk in self.record.speakers.values():
            self.tlc_kinds.setdefault(spk.key, ("TLCPerson", "person", spk.show_as))
        for role in self.record.roles.values():
            self.tlc_kinds.setdefault(role.key, ("TLCRole", "role", role.show_as))

    def section(self, parent, scope: IdScope, section: Section) -> None:
        eid = scope.next("dbsect")
        el = etree.SubElement(parent, akn("debateSection"), name=section.name, eId=eid)
        inner = scope.inside(eid)
        lines = list(section.lines)
        if section.heading is not None:
            self.heading(el, section.heading, inner)
            if lines:
                sub = etree.SubElement(el, akn("subheading"))
                first = lines.pop(0)
                write_inline(sub, first, block_marks(first, self.lang, self.cited), inner, self.note)
        parts = split_text(lines, self.lang) if section.name in ("decision", "resolution") \
            else None
        if parts is not None:
            # The text's preamble and operative part, as in a report (decisions.py), as
            # containers: a debateSection holds no hcontainer.
            write_parts(self, el, inner, parts, "container")
            lines = []
        for block in lines:
            self.paragraph(el, inner, block)
        for item in section.items:
            if isinstance(item, Section):
                self.section(el, inner, item)
            elif isinstance(item, Narrative):
                self.paragraph(el, inner, item.block, tag="narrative")
            else:
                self.speech(el, inner, item)

    def speech(self, parent, scope: IdScope, speech: Speech) -> None:
        eid = scope.next("speech")
        attrs = {"by": f"#{speech.speaker.key}"}
        if speech.role is not None:
            attrs["as"] = f"#{speech.role.key}"      # the chair speaking as President
        attrs["eId"] = eid
        el = etree.SubElement(parent, akn("speech"), attrs)
        inner = scope.inside(eid)
        if speech.num is not None:
            num = etree.SubElement(el, akn("num"))
            write_inline(num, speech.num, block_marks(speech.num, self.lang, self.cited), inner, self.note)
        if speech.from_ is not None:
            frm = etree.SubElement(el, akn("from"))
            write_inline(frm, speech.from_, block_marks(speech.from_, self.lang, self.cited), inner, self.note)
        for block in speech.blocks:
            self.paragraph(el, inner, block)
        if not speech.blocks:
            etree.SubElement(el, akn("p"), eId=inner.next("p"))   # the XSD wants a block

    def place_uncalled_notes(self, top) -> None:
        """Notes whose call was not found: in a last ``debateSection
        name="unanchoredNotes"`` (a debateBody holds sections, no hcontainer), where
        the validator reports them."""
        unplaced = [n for n in self.doc.footnotes if n.marker not in self.placed_notes]
        cover = top.find(akn("coverPage"))
        if cover is not None and unplaced:
            unplaced = [n for n in unplaced if not self.notes_in_text(cover, n.marker)]
        if not unplaced:
            return
        eid = self.body_scope.next("dbsect")
        section = etree.SubElement(self.body, akn("debateSection"), name="unanchoredNotes",
                                   eId=eid)
        p = etree.SubElement(section, akn("p"), eId=self.body_scope.inside(eid).next("p"))
        inner = self.body_scope.inside(p.get("eId"))
        for n in unplaced:
            self.note(p, Anchor(0, n.marker), inner)

    def identity(self, symbol, date, markup_date):
        """A record's Work is dated by its meeting (the issuance date, when printed,
        dates the Expression)."""
        ident = super().identity(symbol, date or self.meeting_date, markup_date)
        if not date and self.meeting_date:
            issued = self.doc.masthead.date
            ident = dataclasses.replace(
                ident, date_name="meeting",
                expression_date=issued if issued and issued != self.meeting_date else None)
        return ident


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    record = RecordReader(lang, summary=kind.name == "summaryRecord").read(
        doc.blocks, tuple(t for k, t in doc.masthead.lines if k == "other"))
    writer = DebateWriter(doc, kind, record)
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.preface(top)
    writer.debate_body(top)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    return writer.finish(root, top, meta)

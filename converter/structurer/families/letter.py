"""The letter family: letters and notes verbales (``doc name="letter"`` and
``doc name="noteVerbale"``), with what they transmit.

``coverPage`` from the masthead; ``preface`` with the title line ("Letter dated … from …
addressed to …") as ``docTitle``; ``mainBody`` with the text as paragraphs (numbered
when the letter numbers them, its subheadings kept: the report family's layout reader);
``conclusions`` with the complimentary close and each signature ("(Signed) Name", then
the roles printed under it) as ``signature`` holding ``person`` and ``role``; each
"Annex …", "Enclosure", "Appendix" as an ``attachment`` holding a ``doc`` of its own
(title, body, signature), an enclosure of an annex inside that annex.

The parse is plain data (:func:`read_letter`); the words it looks for are language data
(``converter/letter_rules.py``)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from lxml import etree

from ... import languages, letter_rules
from ...dates import is_full_date
from ...extractor.layout.masthead import NOTE_MARKER
from ...languages import Language
from ...letter_rules import PART_LEVELS, LetterRules
from ...model import Anchor, Block, ExtractedDocument
from ..analysis import lists
from ..analysis.classify import _repeated_lines
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn
from ..analysis.kinds import Kind, title_kind
from ..analysis.contents import LEADERS
from ..analysis.outline import LETTER_HEADING, ROMAN_HEADING, Para, Part, _front, _items
from .report import DocWriter

LETTER_KINDS = ("letter", "noteVerbale")
_WINDOW = 12                  # the opening blocks, where the title line is printed
_FINAL = ".;:,!?。；：，،؛"
_BULLET = re.compile(r"^[•·▪◦‒–—-]\s")
_POINT = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,5})[.)]\s")


@dataclass
class Signature:
    """One signature: its printed lines joined, the signer's name and the roles in it."""
    block: Block
    name: tuple[int, int]
    roles: list[tuple[int, int]]


@dataclass
class LetterPart:
    """A letter, or a part it transmits (an annex, an enclosure), as printed."""
    kind: str                          # letter, noteVerbale, annex, enclosure, appendix
    preface: list[Block]               # title lines
    title: Block | None                # the one marked docTitle
    # The text, and a Signature where one is printed before more of it (a letter that
    # passes on another letter, the report after that, with no annex heading).
    body: list
    conclusions: list = field(default_factory=list)   # Block (close, postscript), Signature
    parts: list["LetterPart"] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------

def read_letter(blocks: list[Block], kind: str, lang: Language,
                rules: LetterRules) -> LetterPart:
    """The letter and what it transmits, nested as printed."""
    title_at = next((k for k, b in enumerate(blocks[:_WINDOW])
                     if title_kind(b.text, lang) in LETTER_KINDS), None)
    if title_at is not None:
        blocks = _whole_title(blocks, title_at, lang, rules)
    subject = _requested_item(blocks[:title_at], rules) if title_at else None
    start = (title_at or 0) + 1
    # (an "Annexes" or "Annex" entry of a report's contents starts nothing: the entry
    # under it, printed over a line or two, ends with dot leaders and its page)
    heads = [(k, rules.part(b.text)) for k, b in enumerate(blocks)
             if k >= start and len(b.text) <= 700 and rules.part(b.text)
             and not any(LEADERS.search(b.text) for b in blocks[k + 1:k + 3])]
    ends = [k for k, _ in heads] + [len(blocks)]
    if title_at is None:
        letter = _part(kind, [], None, blocks[:ends[0]], rules, lang)
    else:
        letter = _part(kind, blocks[:title_at + 1], subject or blocks[title_at],
                       blocks[title_at + 1:ends[0]], rules, lang)
    stack: list[LetterPart] = []
    for n, (at, part_kind) in enumerate(heads):
        head, rest = _annex_head(blocks[at:ends[n + 1]], lang, rules)
        part = _part(part_kind, head, head[0] if head else None, rest, rules, lang)
        level = PART_LEVELS[part_kind]
        while stack and PART_LEVELS[stack[-1].kind] >= level:
            stack.pop()
        (stack[-1].parts if stack else letter.parts).append(part)
        stack.append(part)
    return letter


def _annex_head(blocks: list[Block], lang: Language,
                rules: LetterRules) -> tuple[list[Block], list[Block]]:
    """(the heading and the title lines under it, the rest). A part whose text would be
    empty keeps its last title line as text; one with no line but its heading prints no
    title of its own (its heading is its text)."""
    blocks = _whole_title(blocks, 0, lang, rules)
    head = [blocks[0]]
    while len(head) < 4 and len(head) < len(blocks) and _title_line(blocks[len(head)], lang, rules) \
            and not _caption(blocks, len(head)):
        head.append(blocks[len(head)])
    rest = blocks[len(head):]
    if not rest and len(head) > 1:
        return head[:-1], head[-1:]
    if not rest:
        return [], head
    return head, rest


def _caption(blocks: list[Block], k: int) -> bool:
    """A line printed right above a figure is its caption: it stays with the figure."""
    return k + 1 < len(blocks) and blocks[k + 1].figure is not None


def _requested_item(head: list[Block], rules: LetterRules) -> Block | None:
    """The item a letter asks the Assembly to put on its agenda, printed under "Request
    for the inclusion of an item …" and over "Letter dated …": the letter's title, for
    it says what the letter is about where the letter line does not. One block (the
    layout prints it as one paragraph), else None."""
    at = next((k for k, b in enumerate(head)
               if re.match(rules.agenda_request, " ".join(b.text.split()), re.IGNORECASE)), None)
    if at is None:
        return None
    subject = head[at + 1:]
    return subject[0] if len(subject) == 1 and len(subject[0].text) <= 300 else None


def _whole_title(blocks: list[Block], at: int, lang: Language, rules: LetterRules) -> list[Block]:
    """A title cut in two by the layout ("… from the Permanent Mission of" / "Ukraine to the
    United Nations …"): a line ending with a small word goes on in the next one."""
    while at + 1 < len(blocks) and len(blocks[at].text) < 600 \
            and (blocks[at].text.split() or [""])[-1].isalpha() \
            and blocks[at].text.split()[-1].islower() and _title_line(blocks[at + 1], lang, rules):
        blocks = blocks[:at] + [_join(blocks[at:at + 2])] + blocks[at + 2:]
    return blocks


def _title_line(block: Block, lang: Language, rules: LetterRules) -> bool:
    """A title line under an annex heading: its title, "[Original: …]", a date line."""
    text = block.text.strip()
    if not text or len(text) > 300 or rules.signed_regex.search(text) or rules.part(text):
        return False
    if text.startswith("[") and text.endswith("]") or is_full_date(text, lang):
        return True
    return (text[-1] not in _FINAL and len(text.split()) > 1 and not _BULLET.match(text)
            and not _POINT.match(text) and not lang.regexes.op_number.match(text)
            and not ROMAN_HEADING.match(text) and not LETTER_HEADING.match(text))


def _part(kind: str, preface: list[Block], title: Block | None, rest: list[Block],
          rules: LetterRules, lang: Language) -> LetterPart:
    """Body, close and signatures of one letter or annex. The conclusions are the
    signatures the part ends with; a signature with more text after it (the letter it
    passes on, the report after that, printed with no annex heading) stays in the body,
    in its place, and that text goes on with the body."""
    runs = _signature_runs(rest, rules)
    ends_at = len(rest)                       # where the conclusions start
    for n in range(len(runs) - 1, -1, -1):
        start, end = runs[n]
        after = rest[end:runs[n + 1][0] if n + 1 < len(runs) else len(rest)]
        if _goes_on(after, lang):
            break
        ends_at = start
    body: list = []
    k = 0
    for start, end in runs:
        if start >= ends_at:
            break
        body += rest[k:start]
        body.append(_signature(rest[start:end], rules))
        k = end
    body += rest[k:ends_at]
    tail = rest[ends_at:]
    closing: list[Block] = []
    while body and isinstance(body[-1], Block) and len(body[-1].text) <= 500 \
            and rules.closing_regex.search(body[-1].text) and len(body) > 1:
        closing.insert(0, body.pop())
    part = LetterPart(kind, preface, title, body, list(closing))
    k = 0
    while k < len(tail):
        if not _signed(tail[k], rules):
            part.conclusions.append(tail[k])        # printed after the signature
            k += 1
            continue
        end = k + 1
        while end < len(tail) and _role_line(tail[end], rules):
            end += 1
        part.conclusions.append(_signature(tail[k:end], rules))
        k = end
    return part


def _signature_runs(blocks: list[Block], rules: LetterRules) -> list[tuple[int, int]]:
    """(start, end) of each signature: the "(Signed)" line and the role lines under it."""
    runs, k = [], 0
    while k < len(blocks):
        if not _signed(blocks[k], rules):
            k += 1
            continue
        end = k + 1
        while end < len(blocks) and _role_line(blocks[end], rules):
            end += 1
        runs.append((k, end))
        k = end
    return runs


def _goes_on(blocks: list[Block], lang: Language) -> bool:
    """Whether what is printed after a signature is more text (a letter or report passed
    on) rather than a line or two under it (a place and date, a postscript)."""
    return len(blocks) >= 3 or any(lang.regexes.op_number.match(b.text.lstrip()) for b in blocks)


def _passed_on_title(block: Block, lang: Language, rules: LetterRules) -> bool:
    """The title over a text passed on after a signature ("Letter dated 30 June 2025 from
    …", "Report of the Joint Commission …"): a title line, or a kind line however long."""
    text = block.text.strip()
    return _title_line(block, lang, rules) or bool(text) and len(text) <= 700 \
        and text[-1] not in _FINAL and title_kind(text, lang) is not None


def _signed(block: Block, rules: LetterRules) -> bool:
    return len(block.text) <= 300 and bool(rules.signed_regex.search(block.text))


def _role_line(block: Block, rules: LetterRules) -> bool:
    """A line under a signer's name: a role ("Permanent Representative"), or a short
    line going on with it ("Turkish Republic of Northern Cyprus")."""
    text = block.text.strip()
    if not text or len(text) > 200 or _signed(block, rules) or rules.part(text):
        return False
    if rules.role_regex.match(text) or text[0].islower():
        return True               # a role, or the rest of the one above ("and 2253 (2015) …")
    return len(text.split()) <= 10 and text[-1] not in _FINAL and not _BULLET.match(text) \
        and not _POINT.match(text)


def _signature(blocks: list[Block], rules: LetterRules) -> Signature:
    """The name after "(Signed)" up to the first role; each role up to the next one or
    the end of its printed line."""
    joined = _join(blocks)
    text = joined.text
    first = blocks[0].text
    mark = rules.signed_regex.search(first)
    if mark.group("mark"):
        zone = (mark.end(), len(first))
    else:                                   # "张军（签名）": the mark after the name
        zone = (0, mark.start())
    line_ends, pos = [], 0
    for b in blocks:
        pos += len(b.text)
        line_ends.append(pos)
        pos += 1
    # Roles after the name, on its line or the lines under it (not in the mark itself).
    found = [m for m in rules.role_regex.finditer(text)
             if m.start() >= zone[0] and not zone[1] <= m.start() < len(first)]
    starts = [m.start() for m in found]
    heads = {m.start(): m.end() for m in found}
    if mark.group("mark"):
        name_end = next((s for s in starts if s < zone[1]), zone[1])
        name = _trim(text, zone[0], name_end)
    else:
        # Roles printed above the name: the name follows the last of them.
        before = [m.end() for m in found if m.end() <= zone[1]]
        name = _trim(text, max(before, default=0), zone[1])
        starts = [s for s in starts if s not in range(*name)]
    if name[0] >= name[1] and len(blocks) > 1 and not rules.role_regex.match(blocks[1].text):
        # "(Signed)" alone on its line, the name under it.
        name = _trim(text, len(first) + 1, line_ends[1])
        starts = [s for s in starts if s >= line_ends[1]]
    roles = []
    for n, s in enumerate(starts):
        if mark.group("mark") and s < name[1]:
            continue
        line_end = next(e for e in line_ends if e > s)
        end = min(starts[n + 1], line_end) if n + 1 < len(starts) else line_end
        if not rules.spaced:
            end = heads[s]
        elif rules.role_ends_at_capital:
            end = _role_end(text, heads[s], end)
        if not mark.group("mark") and s < name[0]:
            end = min(end, name[0])
        roles.append(_trim(text, s, end))
    return Signature(joined, name, [r for r in roles if r[0] < r[1]])


def _role_end(text: str, head_end: int, end: int) -> int:
    """Where a role stops: "Permanent Representative of Denmark to the United Nations"
    goes on after its small words; in "Representative Turkish Republic of Northern
    Cyprus" the capital right after the role starts the next printed line."""
    after_small = False
    for word in re.finditer(r"\S+", text[head_end:end]):
        first = word.group(0)[0]
        if first.isupper() and not after_small:
            return head_end + word.start()
        if not first.isupper():
            after_small = True
    return end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in " ,;":
        end -= 1
    return start, end


def _join(blocks: list[Block]) -> Block:
    """Printed lines as one block, a space between them, annotations shifted."""
    text, anchors, links, italics, sups = "", [], [], [], []
    for b in blocks:
        if text:
            text += " "
        shift = len(text)
        anchors += [Anchor(a.offset + shift, a.marker) for a in b.anchors]
        links += [replace(x, start=x.start + shift, end=x.end + shift) for x in b.links]
        italics += [replace(x, start=x.start + shift, end=x.end + shift) for x in b.italics]
        sups += [replace(x, start=x.start + shift, end=x.end + shift) for x in b.superscripts]
        text += b.text
    return Block(text, blocks[0].first_page, blocks[-1].last_page, anchors, links, italics, sups,
                 boxes=[box for b in blocks for box in b.boxes])


# -- writing -------------------------------------------------------------------------

_CYRILLIC = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "i", "k", "l", "m", "n",
                      "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y",
                      "", "e", "yu", "ya"]))


def _slug(text: str) -> str | None:
    """A TLC id from a name or role: "Ahmet Yıldız" -> ahmetYildiz; Cyrillic spelt in
    Latin letters; None when no letter of it has a Latin spelling."""
    text = "".join(_CYRILLIC.get(c.lower(), c) if c.lower() in _CYRILLIC else c
                   for c in text.replace("ı", "i"))
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", ascii_text)
    if not words:
        return None
    slug = words[0].lower() + "".join(w[:1].upper() + w[1:].lower() for w in words[1:])
    return slug if slug[0].isalpha() else f"x{slug}"


class LetterWriter(DocWriter):
    def __init__(self, doc: ExtractedDocument, kind: Kind, letter: LetterPart):
        super().__init__(doc, kind, None)
        self.letter = letter
        self.rules = letter_rules.get(self.lang.code)
        self.repeated = _repeated_lines(doc.blocks)
        self.tlc_by_text: dict[tuple[str, str], str] = {}

    def title_text(self) -> str | None:
        title = self.letter.title
        return " ".join(NOTE_MARKER.sub("", title.text).split()) or None if title else None

    def write_part(self, el, part: LetterPart, scope: IdScope, ident=None, component=""):
        """preface, mainBody, conclusions (and attachments once ``ident`` is known)."""
        if part.preface:
            preface = etree.SubElement(el, akn("preface"))
            inner = scope.bare("preface")
            for block in part.preface:
                marks = [Mark(0, len(block.text), "docTitle", rank=0)] \
                    if block is part.title else []
                self.paragraph(preface, inner, block, marks)
        self.main_body(el, self.body_items(part.body), scope)
        if part.conclusions:
            conclusions = etree.SubElement(el, akn("conclusions"))
            inner = scope.bare("conclusions")
            for item in part.conclusions:
                if isinstance(item, Signature):
                    self.paragraph(conclusions, inner, item.block, self.signature_marks(item))
                else:
                    self.paragraph(conclusions, inner, item)
        if ident is not None:
            self.attachments_of(el, part, scope, ident, component)

    def body_items(self, body: list) -> list:
        """The body's paragraphs and parts; a signature printed within it as a paragraph
        of its own; each text passed on after a signature under its title, as a part."""
        segments: list[tuple[list[Block], Signature | None]] = [([], None)]
        for item in body:
            if isinstance(item, Signature):
                segments[-1] = (segments[-1][0], item)
                segments.append(([], None))
            else:
                segments[-1][0].append(item)
        items: list = []
        for n, (blocks, signature) in enumerate(segments):
            signed = [signature] if signature is not None else []
            if n and len(blocks) > 1 and _passed_on_title(blocks[0], self.lang, self.rules):
                # (a report passed on prints its own summary box and contents under its
                # title: its front matter, as a report's)
                front, end = _front(blocks[1:], self.lang, self.repeated)
                front = [Para(None, b) if isinstance(b, Block) else b for b in front]
                items.append(Part(None, blocks[0], 1,
                                  front + _items(blocks[1 + end:], self.lang, self.repeated)
                                  + signed, name="passedOn"))
            else:
                items += _items(blocks, self.lang, self.repeated) + signed
        return lists.gather(items)

    def item(self, parent, scope: IdScope, item) -> None:
        if isinstance(item, Signature):
            # A signature within the body (before the text it passes on).
            eid = scope.paragraph(None)
            el = etree.SubElement(parent, akn("paragraph"), eId=eid)
            content = etree.SubElement(el, akn("content"))
            self.paragraph(content, scope.inside(eid), item.block, self.signature_marks(item))
        else:
            super().item(parent, scope, item)

    def attachments_of(self, el, part: LetterPart, scope: IdScope, ident, component: str):
        if not part.parts:
            return
        attachments = etree.SubElement(el, akn("attachments"))
        counts: dict[str, int] = {}
        for sub in part.parts:
            counts[sub.kind] = counts.get(sub.kind, 0) + 1
            name = f"{component}_{sub.kind}_{counts[sub.kind]}".lstrip("_")
            eid = scope.next("attachment")
            attachment = etree.SubElement(attachments, akn("attachment"), eId=eid)
            doc = etree.SubElement(attachment, akn("doc"), name=sub.kind)
            meta = etree.SubElement(doc, akn("meta"))
            title = " ".join(NOTE_MARKER.sub("", sub.title.text).split()) if sub.title else None
            meta.append(identification(replace(ident, title=title or None), component=name))
            self.write_part(doc, sub, scope.inside(eid), ident, name)

    def signature_marks(self, sig: Signature) -> list[Mark]:
        text = sig.block.text
        roles = [self.tlc(text[slice(*r)], "role") for r in sig.roles]
        marks = [Mark(0, len(text), "signature", rank=0)]
        if sig.name[0] < sig.name[1]:
            person = self.tlc(text[slice(*sig.name)], "person")
            marks.append(Mark(*sig.name, "person", {"refersTo": f"#{person}",
                                                    **({"as": f"#{roles[0]}"} if roles else {})},
                              rank=0))
        marks += [Mark(*r, "role", {"refersTo": f"#{tlc}"}, rank=0)
                  for r, tlc in zip(sig.roles, roles)]
        return marks

    def tlc(self, shown: str, what: str) -> str:
        """The TLCPerson or TLCRole of a name or role as printed (one per distinct text)."""
        shown = " ".join(shown.split())
        key = (what, shown)
        if key not in self.tlc_by_text:
            base = _slug(shown) or f"{what}{sum(1 for k in self.tlc_by_text if k[0] == what) + 1}"
            tlc, n = base, 2
            while tlc in self.tlc_kinds or tlc in self.tlc_names or tlc in self.ids.used:
                tlc, n = f"{base}{n}", n + 1
            self.tlc_by_text[key] = tlc
            self.tlc_kinds[tlc] = ("TLCPerson", "person", shown) if what == "person" \
                else ("TLCRole", "role", shown)
        return self.tlc_by_text[key]


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    letter = read_letter(doc.blocks, kind.name, lang, letter_rules.get(lang.code))
    writer = LetterWriter(doc, kind, letter)
    root, top, meta = writer.start()
    writer.cover_page(top)
    scope = IdScope("", writer.ids)
    writer.write_part(top, letter, scope)
    ident = writer.identity(symbol, date, markup_date)
    meta.append(identification(ident))
    writer.attachments_of(top, letter, scope, ident, "")
    return writer.finish(root, top, meta)

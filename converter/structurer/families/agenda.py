"""The agenda family: provisional, annotated and preliminary agendas (``doc name="agenda"``).

``coverPage`` from the masthead; ``preface`` with the title lines ("Annotated provisional
agenda" as ``docTitle``); a printed table of contents as ``container name="contents"``
holding a ``toc`` (see tocwriter.py);
then each run of numbered agenda items as a ``blockList`` in ``mainBody``, its printed
heading ("Provisional agenda", "Annotations", "Programme and policy matters") as
``listIntroduction``. Each item is an ``item`` with ``num`` ("1.") and its title: as
``heading`` when annotation text follows (each annotation paragraph a ``p`` of the item),
as its only ``p`` otherwise (the XSD wants a block in every item). Sub-items ("(a)",
"a)") are a ``blockList`` inside their item, built the same way. Text after the last
item that the contents list as a part of its own (a timetable) is an
``hcontainer name="subheading"``.

The layout is read here as plain data (:func:`read_agenda`); writing goes through the
shared :class:`writer.Writer` helpers (inline text, notes, refs, dates)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ... import languages
from ...organs import principal_organ
from ...languages import Language
from ...model import Anchor, Block, ExtractedDocument, Link, Span
from ..analysis.classify import _is_heading, _repeated_lines, cut
from ..writing.frbr import identification
from ..writing.ids import IdScope
from ..writing.inline import Mark, akn, block_marks, write_inline
from ..analysis.kinds import Kind, title_kind
from ..analysis.contents import LEADERS, Contents, is_heading as is_contents_heading, read_contents
from ..analysis.outline import LETTER_HEADING, ROMAN_HEADING
from ..writing.tocwriter import write_contents
from ..writing.writer import Writer

# An item printed with its word ("Item 3. Human rights situations …"), per language.
ITEM_WORD = {
    "eng": r"Item",
    "fra": r"Point",
    "spa": r"Tema",
    "rus": r"Пункт",
    "ara": r"البند",
    "zho": r"项目",
}
# A numbered text this long is an annotation paragraph, not an item's title.
_TITLE_MAX = 300
_FINAL = ".;:!?。；："
_SENTENCE_END = ".。"
_WINDOW = 12              # where the title lines are looked for


@dataclass
class Item:
    num: str | None               # "1.", "(a)"; None for an unnumbered entry
    title: Block
    text: list[Block] = field(default_factory=list)       # the annotations
    subitems: list["Item"] = field(default_factory=list)


@dataclass
class ItemList:
    heading: Block | None         # "Provisional agenda", "Annotations" …
    items: list[Item] = field(default_factory=list)
    # Titles printed as headings (no full stop, as over annotations): a numbered
    # sentence in such a list is an annotation paragraph.
    titled: bool = False


@dataclass
class Part:
    """Text that is no item: before the first item, or a part after the last one."""
    heading: Block | None
    blocks: list[Block] = field(default_factory=list)
    name: str = "subheading"


@dataclass
class Agenda:
    preface: list[Block]
    title: Block | None
    parts: list                   # ItemList, Part and Contents, in printed order

    @property
    def lists(self) -> list[ItemList]:
        return [p for p in self.parts if isinstance(p, ItemList)]


def join(first: Block, second: Block) -> Block:
    """One block of two, their annotations kept (a line the extractor cut)."""
    offset = len(first.text) + 1

    def moved(items):
        out = []
        for item in items:
            if isinstance(item, Anchor):
                out.append(Anchor(item.offset + offset, item.marker))
            elif isinstance(item, Link):
                out.append(Link(item.start + offset, item.end + offset, item.href))
            else:
                out.append(Span(item.start + offset, item.end + offset))
        return out
    return Block(f"{first.text} {second.text}", first.first_page, second.last_page,
                 first.anchors + moved(second.anchors), first.links + moved(second.links),
                 first.italics + moved(second.italics),
                 first.superscripts + moved(second.superscripts), boxes=first.boxes + second.boxes)


def _ends_sentence(text: str) -> bool:
    text = text.strip()
    return bool(text) and text[-1] in _FINAL


def _numbered(block: Block, lang: Language) -> re.Match | None:
    text = block.text.lstrip()
    match = re.compile(lang.op_number).match(text)
    word = ITEM_WORD.get(lang.code)
    if match is None and word:
        # "Item 3. Human rights …", not "Item 2 of the provisional agenda".
        match = re.match(rf"{word}\s+(?P<num>\d{{1,3}})[.:]?\s+", text)
        if match and (match.end() == len(text) or text[match.end()].islower()):
            match = None
    return match


def _lettered(block: Block, lang: Language) -> re.Match | None:
    return re.compile(lang.point_number).match(block.text.lstrip())


def _split(block: Block, match: re.Match) -> tuple[str, Block]:
    text = block.text.lstrip()
    lead = len(block.text) - len(text)
    return text[:match.end()].strip(), cut(block, lead + match.end())


def _toc_key(text: str) -> str:
    """A contents entry or a heading, comparable: no leaders, page number or spacing."""
    text = LEADERS.split(text)[0]
    return " ".join(re.sub(r"[\s\u202f\u00a0]+", " ", text).split()).casefold()


def read_agenda(blocks: list[Block], lang: Language) -> Agenda:
    preface, title, at = _preface(blocks, lang)
    body = blocks[at:]
    parts: list = []
    toc_entries: list[tuple[bool, str]] = []         # (numbered, text) of the contents
    start = next((k for k, b in enumerate(body[:_WINDOW]) if is_contents_heading(b, lang)), None)
    if start is not None:
        toc, end = read_contents(body, start, lang)
        toc_entries = [(e.num is not None, _toc_key(e.printed_title)) for e in toc.entries]
        if start:
            parts.append(Part(None, body[:start]))
        parts.append(toc)
        body = body[end:]
    parts += _items(body, lang, toc_entries)
    return Agenda(preface, title, parts)


def _preface(blocks: list[Block], lang: Language) -> tuple[list[Block], Block | None, int]:
    """(preface blocks, the title, index of the first body block): up to the agenda title
    line and the lines going on with it; a line that heads the list stays in the body."""
    at = next((k for k, b in enumerate(blocks[:_WINDOW]) if title_kind(b.text, lang) == "agenda"),
              None)
    if at is None:
        return [], None, 0
    title, end = blocks[at], at + 1
    while end < len(blocks) - 1 and not _ends_sentence(title.text) \
            and blocks[end].text.strip()[:1].islower() and len(blocks[end].text) <= 120:
        title = join(title, blocks[end])       # a title the extractor cut in two lines
        end += 1
    return blocks[:at] + [title], title, end


def _heading_line(block: Block, following: Block | None, lang: Language,
                  repeated: frozenset[str]) -> bool:
    """A heading among the items: a short line with no final punctuation, and no contact
    line ("Mr. X, Director … x@un.org / 212 …")."""
    text = block.text.strip()
    if not text or text[-1].isdigit() or "@" in text or "www." in text:
        return False
    return _is_heading(block, following, lang, repeated)


def _items(blocks: list[Block], lang: Language, toc: list[tuple[bool, str]]) -> list:
    repeated = _repeated_lines(blocks)
    parts: list = []
    current: ItemList | None = None
    item: Item | None = None          # the item (or sub-item) text goes to
    top: Item | None = None           # the numbered item
    after_toc = {key for numbered, key in toc[_last_numbered(toc) + 1:] if not numbered}
    op_re = re.compile(lang.op_number)
    later_items = [k for k, b in enumerate(blocks) if op_re.match(b.text.lstrip())]
    last_item = later_items[-1] if later_items else -1
    trailing = False                  # in a part after the items: no more items
    last_num: int | None = None       # the number of the last item
    k = 0
    while k < len(blocks):
        block = blocks[k]
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if trailing:
            parts[-1].blocks.append(block)
            k += 1
            continue
        number = _numbered(block, lang)
        if number and item is not None and not _next_item(number, block, last_num,
                                                          current.titled):
            number = None             # a numbered annotation paragraph
        letter = _lettered(block, lang) if top is not None else None
        if number:
            num, title = _split(block, number)
            # A title cut over lines by the extractor: the next ones start in lower case.
            while k + 1 < len(blocks) and not _ends_sentence(title.text) \
                    and blocks[k + 1].text.strip()[:1].islower():
                k += 1
                title = join(title, blocks[k])
            if current is None or (_value(number) == 1 and current.items):
                current = ItemList(None)
                parts.append(current)
            last_num = _value(number)
            if not current.items:
                current.titled = title.text.strip()[-1:] not in _SENTENCE_END
            top = item = Item(num, title)
            current.items.append(top)
        elif letter:
            num, title = _split(block, letter)
            item = Item(num, title)
            top.subitems.append(item)
        elif following is not None and _numbered(following, lang) \
                and (_heading_line(block, following, lang, repeated)
                     or _part_heading(block)):
            # A heading over the items that follow: a list of its own.
            current = ItemList(block)
            parts.append(current)
            top = item = None
        elif k > last_item and _listed(block, after_toc):
            # A part the contents list after the items (a timetable): no item's text.
            parts.append(Part(block))
            current = top = item = None
            trailing = True
        elif item is not None:
            item.text.append(block)
        elif parts and isinstance(parts[-1], Part):
            parts[-1].blocks.append(block)
        else:
            parts.append(Part(None, [block]))
        k += 1
    return parts


def _value(number: re.Match) -> int | None:
    digits = re.sub(r"\D", "", number.group("num"))
    return int(digits) if digits else None


def _next_item(number: re.Match, block: Block, last: int | None, titled: bool) -> bool:
    """Whether a numbered line inside an item is the next item rather than a numbered
    annotation paragraph: a title (not too long; no sentence among titles printed as
    headings) whose number follows the last item's (a few may be missing) or starts a
    list again at 1."""
    text = block.text.strip()
    if len(text) > _TITLE_MAX or (titled and text[-1:] in _SENTENCE_END):
        return False
    value = _value(number)
    return last is None or value is None or (value == 1 and last != 1) \
        or last < value <= last + 3


def _part_heading(block: Block) -> bool:
    """A part heading over a group of items: "A. Maintenance of international peace and
    security", "II. Organizational matters" (no final full stop)."""
    text = block.text.strip()
    return bool((LETTER_HEADING.match(text) or ROMAN_HEADING.match(text))
                and len(text) <= 250 and not _ends_sentence(text))


def _listed(block: Block, entries: set[str]) -> bool:
    """A line the contents list (an entry may be printed over two lines there)."""
    key = _toc_key(block.text)
    return len(key) >= 8 and any(e == key or (len(e) >= 15 and key.startswith(e))
                                 for e in entries)


def _last_numbered(toc: list[tuple[bool, str]]) -> int:
    return max((k for k, (numbered, _) in enumerate(toc) if numbered), default=len(toc))


class AgendaWriter(Writer):
    def __init__(self, doc: ExtractedDocument, kind: Kind, agenda: Agenda):
        super().__init__(doc, kind, doc.masthead.actor or principal_organ(doc.masthead.symbol),
                         element="doc")
        self.agenda = agenda

    def title_text(self) -> str | None:
        title = self.agenda.title
        return " ".join(title.text.split()) if title is not None else None

    def preface(self, top) -> None:
        if not self.agenda.preface:
            return
        preface = etree.SubElement(top, akn("preface"))
        scope = IdScope("preface", self.ids)
        for block in self.agenda.preface:
            marks = [Mark(0, len(block.text), "docTitle", rank=0)] \
                if block is self.agenda.title else []
            self.paragraph(preface, scope, block, marks)

    def main_body(self, top) -> None:
        body = etree.SubElement(top, akn("mainBody"))
        scope = IdScope("", self.ids)
        self.body, self.body_scope = body, scope
        for part in self.agenda.parts:
            if isinstance(part, ItemList):
                self.item_list(body, scope, part)
            elif isinstance(part, Contents):
                write_contents(self, body, scope, part)
            elif part.heading is None:
                for block in part.blocks:
                    self.paragraph(body, scope, block)
            else:
                self.part(body, scope, part)
        if not len(body):
            etree.SubElement(body, akn("p"), eId=scope.next("p"))

    def part(self, parent, scope: IdScope, part: Part) -> None:
        eid = scope.next("hcontainer")
        el = etree.SubElement(parent, akn("hcontainer"), name=part.name, eId=eid)
        inner = scope.inside(eid)
        self.heading(el, part.heading, inner)
        content = etree.SubElement(el, akn("content"))
        for block in part.blocks:
            self.paragraph(content, inner, block)
        if not part.blocks:
            etree.SubElement(content, akn("p"), eId=inner.next("p"))

    def item_list(self, parent, scope: IdScope, items: ItemList) -> None:
        eid = scope.next("blockList")
        el = etree.SubElement(parent, akn("blockList"), eId=eid)
        inner = scope.inside(eid)
        if items.heading is not None:
            intro = etree.SubElement(el, akn("listIntroduction"))
            self.inline(intro, items.heading, inner)
        for item in items.items:
            self.item(el, inner, item)

    def item(self, parent, scope: IdScope, item: Item) -> None:
        # eId: the item's number ("Item 3." -> item_3), a sub-item's letter (item_a).
        digits = re.search(r"\d+", item.num or "")
        num = digits.group() if digits else self.point_num(item.num) if item.num else None
        eid = scope.next("item", num)
        el = etree.SubElement(parent, akn("item"), eId=eid)
        inner = scope.inside(eid)
        if item.num:
            etree.SubElement(el, akn("num")).text = item.num
        if item.text or item.subitems:
            self.heading(el, item.title, inner)
            for block in item.text:
                self.paragraph(el, inner, block)
            if item.subitems:
                self.item_list(el, inner, ItemList(None, item.subitems))
        else:
            self.paragraph(el, inner, item.title)

    def inline(self, el, block: Block, scope: IdScope) -> None:
        write_inline(el, block, block_marks(block, self.lang, self.cited), scope, self.note)


def build(doc: ExtractedDocument, kind: Kind, symbol: str | None, date: str | None,
          markup_date: str) -> etree._ElementTree:
    lang = languages.get(doc.language)
    writer = AgendaWriter(doc, kind, read_agenda(doc.blocks, lang))
    root, top, meta = writer.start()
    writer.cover_page(top)
    writer.preface(top)
    writer.main_body(top)
    meta.append(identification(writer.identity(symbol, date, markup_date)))
    return writer.finish(root, top, meta)

"""In-band marks: how annotations travel with the text through joining and cleaning.

While lines are joined and repaired, footnote anchors, italics, links, superscripts and
page breaks ride along inside the string as private-use characters, which no repair
treats as a word character. :func:`to_block` then turns them into stand-off annotations
(character offsets) on a clean :class:`~converter.model.Block`.

Also here, shared by both extractors: :func:`starts_paragraph`, what the words say
about a paragraph start when the layout says nothing.
"""
from __future__ import annotations

import bisect
import re

from ...errors import BadInput
from ...languages import Language
from ...model import Anchor, Block, Link, Span
from .notes import printed_marker

PAGE_BREAK = "\ue000"
ITALIC_START, ITALIC_END = "\ue001", "\ue002"
SUP_START, SUP_END = "\ue003", "\ue004"
LINK_END = "\ue005"
ANCHOR_BASE = 0xE100          # chr(ANCHOR_BASE + i): the anchor of footnote i
LINK_BASE = 0xE900            # chr(LINK_BASE + k): start of a link to url k
# Room for 2,048 notes (a long report prints several hundred) before the links' range.
MAX_NOTES, MAX_LINKS = LINK_BASE - ANCHOR_BASE, 0xF000 - LINK_BASE
MARKS = re.compile("[\ue000-\uefff]")
_SENTENCE_PUNCTUATION = ".,;:»”’"
_EXTRA_SPACE = re.compile(r"^\s+|\s+$|(?<= ) +")    # leading, trailing, doubled


def anchor(note_index: int) -> str:
    if note_index >= MAX_NOTES:
        raise BadInput(f"more than {MAX_NOTES:,} footnotes: not supported")
    return chr(ANCHOR_BASE + note_index)


def link_start(url_index: int) -> str:
    if url_index >= MAX_LINKS:
        raise BadInput(f"more than {MAX_LINKS:,} links: not supported")
    return chr(LINK_BASE + url_index)


def strip_marks(text: str) -> str:
    # (most lines carry no mark: one search, no substitution)
    return MARKS.sub("", text) if MARKS.search(text) else text


def to_block(text: str, first_page: int, markers: list[str], urls: list[str] = ()) -> Block:
    """A clean block from marked text: marks become annotations, spaces are tidied."""
    out: list[str] = []
    length, pos, page = 0, 0, first_page
    anchors: list[Anchor] = []
    italics: list[Span] = []
    sups: list[Span] = []
    links: list[Link] = []
    open_italic = open_sup = None
    open_link: tuple[int, int] | None = None
    for mark in MARKS.finditer(text):
        out.append(text[pos:mark.start()])
        length += mark.start() - pos
        pos = mark.end()
        char, code = mark.group(0), ord(mark.group(0))
        if char == PAGE_BREAK:
            page += 1
        elif char == ITALIC_START:
            open_italic = length
        elif char == ITALIC_END and open_italic is not None:
            italics.append(Span(open_italic, length))
            open_italic = None
        elif char == SUP_START:
            open_sup = length
        elif char == SUP_END and open_sup is not None:
            sups.append(Span(open_sup, length))
            open_sup = None
        elif char == LINK_END and open_link is not None:
            links.append(Link(open_link[1], length, urls[open_link[0]]))
            open_link = None
        elif ANCHOR_BASE <= code < ANCHOR_BASE + len(markers):
            anchors.append(Anchor(length, markers[code - ANCHOR_BASE]))
        elif LINK_BASE <= code < LINK_BASE + len(urls):
            open_link = (code - LINK_BASE, length)
    out.append(text[pos:])
    block = Block("".join(out), first_page, page, anchors, links, italics, sups)
    return _tidy(block)


def _tidy(block: Block) -> Block:
    """Remove doubled spaces and spaces at the ends (left where marks were taken out),
    merge a link split over two lines, drop empty spans; offsets follow."""
    text = block.text
    # (what _EXTRA_SPACE finds, asked first with plain tests: most blocks have none)
    extra = text[:1].isspace() or text[-1:].isspace() or "  " in text
    removed = [m.span() for m in _EXTRA_SPACE.finditer(text)] if extra else []
    starts = [s for s, _ in removed]
    before = [0]                     # characters removed before each removed run
    for s, e in removed:
        before.append(before[-1] + e - s)

    def at(offset: int) -> int:
        """Where an old offset lands once the removed runs are gone."""
        i = bisect.bisect_left(starts, offset)       # runs starting before the offset
        if i == 0:
            return offset
        s, e = removed[i - 1]
        return offset - before[i - 1] - (min(e, offset) - s)

    if removed:
        block.text = _EXTRA_SPACE.sub("", text)
    for a in block.anchors:
        a.offset = at(a.offset)
    for span in block.italics + block.superscripts:
        span.start, span.end = at(span.start), at(span.end)
    for link in block.links:
        link.start, link.end = at(link.start), at(link.end)
    for span in block.italics + block.links:    # a run does not own the spaces around it
        while span.start < span.end and block.text[span.start].isspace():
            span.start += 1
        while span.end > span.start and block.text[span.end - 1].isspace():
            span.end -= 1
    for link in block.links:
        # A link rectangle often covers the punctuation after the reference ("70/1,"):
        # the punctuation is the sentence's; a bracket stays when the link opened it.
        while link.end > link.start and (
                block.text[link.end - 1] in _SENTENCE_PUNCTUATION or
                block.text[link.end - 1] == ")" and
                block.text.count("(", link.start, link.end) < block.text.count(")", link.start, link.end)):
            link.end -= 1
    block.italics = [s for s in block.italics if s.end > s.start]
    block.superscripts = [s for s in block.superscripts if s.end > s.start]
    merged: list[Link] = []
    for link in sorted(block.links, key=lambda l: l.start):
        if merged and merged[-1].href == link.href and \
                block.text[merged[-1].end:link.start].strip() == "":
            merged[-1].end = link.end
        elif link.end > link.start:
            merged.append(link)
    block.links = merged
    return block


def unanchored_warning(marker: str) -> str:
    return f"footnote {printed_marker(marker)}: its marker was not found in the text"


def unanchored(blocks: list[Block], footnotes) -> list[str]:
    """A warning for each footnote whose marker no paragraph carries."""
    anchored = {a.marker for b in blocks for a in b.anchors}
    return [unanchored_warning(f.marker) for f in footnotes if f.marker not in anchored]


def starts_paragraph(line: str, previous: str, lang: Language) -> bool:
    """What the words say when the layout says nothing (a dump with no indentation):
    the enacting formula, the line after it, and after a line that ends a clause, an
    operative number or an opening participle or verb from the language's tables."""
    line, previous = line.strip(), previous.strip().lstrip(PAGE_BREAK)
    ends_clause = previous.endswith((",", ";", ".", ":", "،", "؛", "，", "；", "。", "："))
    # An enacting formula ends with a comma: test the cheap condition first.
    if (line.endswith((",", "،", "，")) and lang.formula_organ(line)) or \
            (ends_clause and lang.formula_organ(previous)):
        return True
    if not ends_clause:
        return False
    if re.match(lang.op_number, line) or re.match(lang.point_number, line):
        return True
    # (most lines start with a letter no opening word starts with: no pattern tried)
    initials = lang.opening_initials
    return (initials is None or line[:1] in initials) and \
        any(regex is not None and regex.match(line) for regex in lang.opening_regexes)

"""Writing a block of text with its stand-off annotations as Akoma Ntoso inline markup.

Annotations become nested elements (``ref``, ``i``, ``date``, ``docProponent`` …);
footnote anchors become ``authorialNote`` elements at their exact place.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable

from lxml import etree

from ...dates import find_dates
from ...languages import Language
from ...model import Anchor, Block
from ...namespaces import AKN_NS
from .ids import IdScope


def akn(tag: str) -> str:
    return f"{{{AKN_NS}}}{tag}"


@dataclass
class Mark:
    """Characters ``start:end`` go inside an element ``tag`` with ``attrs``.
    ``rank`` decides which of two crossing marks is kept (lower wins)."""
    start: int
    end: int
    tag: str
    attrs: dict = field(default_factory=dict)
    rank: int = 5
    children: list["Mark"] = field(default_factory=list)
    # Called with the element's eId once written (a warning that names the element).
    on_written: Callable[[str], None] | None = None


_DIGIT = re.compile(r"\d")


def block_marks(block: Block, lang: Language, cited=None) -> list[Mark]:
    """The marks a block carries by itself: links, the UN symbols it cites (with
    ``cited``, a :class:`~.cited.Cited`), italics, dates."""
    marks = [Mark(*link_span(block.text, l.start, l.end), "ref", {"href": l.href}, rank=1)
             for l in block.links]
    if cited is not None:
        marks += cited.marks(block, marks)
    marks += [Mark(s.start, s.end, "i", rank=2) for s in block.italics]
    marks += [Mark(s.start, s.end, "sup", rank=2) for s in block.superscripts]
    # (the citations read the block's dates already when it cites a resolution; a full
    # date prints its day and year in digits, so a text without one holds none, and the
    # date pattern is not tried at each of its places)
    if not _DIGIT.search(block.text):
        dates = []
    elif cited is not None and cited.lang is lang:
        dates = cited.dates(block.text)
    else:
        dates = find_dates(block.text, lang)
    marks += [Mark(s, e, "date", {"date": iso}, rank=3) for s, e, iso in dates]
    return marks


_OPENING = "([«“‘\"'¿¡"


def link_span(text: str, start: int, end: int) -> tuple[int, int]:
    """A link's span without the spaces and punctuation its rectangle also covered:
    "(S/PRST/2018/19)," -> "S/PRST/2018/19"; a closing bracket stays when the link
    opened it ("1591 (2005)")."""
    while start < end and (text[start].isspace() or text[start] in _OPENING):
        start += 1
    while end > start:
        last = text[end - 1]
        if last.isspace() or last in ".,;:!?»”’'\"" or last in ")]" and \
                text.count("(" if last == ")" else "[", start, end) < text.count(last, start, end):
            end -= 1
        else:
            break
    return start, end


def write_inline(parent: etree._Element, block: Block, marks: list[Mark], scope: IdScope,
                 note_writer: Callable[[etree._Element, Anchor, IdScope], None]) -> None:
    """Fill ``parent`` (a ``p`` or other inline container) with ``block``'s text.

    Every element that gets a block's text gets it here, in every family; the note
    writer is the document's :class:`~.writer.Writer` (its ``note``), which also notes
    where the block was printed (for the layout sidecar, never in the AKN)."""
    writer = getattr(note_writer, "__self__", None)
    if block.boxes and hasattr(writer, "printed"):
        writer.printed(parent, block.boxes)
    if not marks and not block.anchors:
        _append_text(parent, block.text)     # plain text (many blocks): nothing to nest
        return
    roots = _nest(marks)
    _emit(parent, block.text, 0, len(block.text), roots, block.anchors, scope, note_writer, True)


def _nest(marks: list[Mark]) -> list[Mark]:
    """Keep the marks that nest (drop the higher-ranked of two crossing ones), as a forest."""
    kept: list[Mark] = []
    for mark in sorted(marks, key=lambda m: (m.rank, m.start)):
        if mark.start >= mark.end:
            continue
        crosses = any(m.start < mark.start < m.end < mark.end or
                      mark.start < m.start < mark.end < m.end or
                      (m.start == mark.start and m.end == mark.end and m.tag == mark.tag)
                      for m in kept)
        if not crosses:
            kept.append(Mark(mark.start, mark.end, mark.tag, dict(mark.attrs), mark.rank,
                             on_written=mark.on_written))
    kept.sort(key=lambda m: (m.start, -m.end, m.rank))
    roots: list[Mark] = []
    stack: list[Mark] = []
    for mark in kept:
        while stack and stack[-1].end <= mark.start:
            stack.pop()
        (stack[-1].children if stack else roots).append(mark)
        stack.append(mark)
    return roots


def _emit(elem, text, lo, hi, nodes, anchors, scope, note_writer, outermost):
    inside = [a for a in anchors
              if (lo <= a.offset <= hi if outermost else lo < a.offset < hi)
              and not any(n.start < a.offset < n.end for n in nodes)]
    items = [(a.offset, 0, a) for a in inside] + [(n.start, 1, n) for n in nodes]
    pos = lo
    for offset, _kind, item in sorted(items, key=lambda t: (t[0], t[1])):
        _append_text(elem, text[pos:offset])
        pos = offset
        if isinstance(item, Anchor):
            note_writer(elem, item, scope)
        else:
            child = etree.SubElement(elem, akn(item.tag), item.attrs)
            if item.tag == "ref":
                child.set("eId", scope.next("ref"))
            if item.on_written is not None:
                item.on_written(child.get("eId"))
            _emit(child, text, item.start, item.end, item.children, anchors, scope,
                  note_writer, False)
            pos = item.end
    _append_text(elem, text[pos:hi])


def _append_text(elem: etree._Element, text: str) -> None:
    if not text:
        return
    if len(elem):
        elem[-1].tail = (elem[-1].tail or "") + text
    else:
        elem.text = (elem.text or "") + text

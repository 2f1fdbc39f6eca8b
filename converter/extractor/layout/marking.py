"""Marking lines: a body or note line's characters into text with in-band marks
(:mod:`.assemble`) for what only the fonts and positions say: italics, raised note
calls and other superscripts, link annotations.

Takes a line, its page (link rectangles) and the notes' markers; gives the marked text.
"""
from __future__ import annotations

import re
from collections import Counter

from . import notes
from .assemble import (
    ITALIC_END,
    ITALIC_START,
    LINK_END,
    SUP_END,
    SUP_START,
    anchor,
    link_start,
)
from ..page import LINES_C, Char, Line, Page, italic_font
from .regions import NOTE_START, Layout


def mark(line: Line, page: Page, note_index: dict[str, int], urls: list[str],
          skip_marker: bool = False) -> str:
    """The line's text with in-band marks for italics, superscripts, anchors and links."""
    if not skip_marker and line.italics_only is not None:
        return line.italics_only                 # read with its page (see premark)
    # Only the links whose rectangle meets this line are worth looking at per character.
    line_links = [(rect, uri) for rect, uri in page.links
                  if rect[1] - 1 <= line.y1 and rect[3] + 1 >= line.y0]
    chars = every = line.chars                   # (read once: they may be packed)
    if skip_marker:                              # a note's own number at its start
        chars = _without_marker(line, every)
    small = line.size * 0.85                     # a raised character is smaller
    if not line_links and (not note_index or "*" not in line.text) and \
            _smallest(every, small) >= small:
        return _italics_only(chars)              # most lines: no call, no link
    real = [c for c in every if c.font]
    baseline = _baseline(real, line.size - 0.3)
    baseline = baseline if baseline is not None else line.y0
    out: list[str] = []
    italic = False
    link: int | None = None
    sup: list[Char] = []

    def flush_sup():
        raw = "".join(c.text for c in sup)
        text = raw.strip()
        called = notes.called_markers(text, note_index)
        if called:
            # Each call at its place; the raised comma between two calls stays, as printed.
            rest = text
            for marker in called:
                head, _, rest = rest.partition(marker)
                out.append(head.strip() + anchor(note_index[marker]))
            out.append(rest.strip())
        elif text.strip("*"):
            out.append(SUP_START + text + SUP_END)
        elif text:
            out.append(text)                     # asterisks that call no note
        if text and raw[-1].isspace():
            # The word space after a call, set in the call's raised type ("Mankind46 and"),
            # still parts the words on each side.
            out.append(" ")
        sup.clear()

    high = baseline + 0.15 * line.size          # a raised character's foot is over it
    italics: dict[str, bool] = {}                # font -> italic, looked up once a line
    for c in chars:
        font = c.font
        if not font:                             # a word space
            if sup:
                flush_sup()
            out.append(" ")
            continue
        raised = c.size < small and c.y0 > high
        # An asterisk is a marker at full size too (the glyph itself stands high),
        # when glued to the word or the marker before it.
        star = c.text == "*" and bool(out or sup) and (bool(sup) or not out[-1].isspace())
        if raised or (star and note_index):
            sup.append(c)
            continue
        if sup:
            flush_sup()
        c_italic = italics.get(font)
        if c_italic is None:
            c_italic = italics[font] = c.italic
        if c_italic != italic:
            out.append(ITALIC_START if c_italic else ITALIC_END)
            italic = c_italic
        target = _link_at(c, line_links, urls) if line_links else None
        if target != link:
            if link is not None:
                out.append(LINK_END)
            if target is not None:
                out.append(link_start(target))
            link = target
        out.append(c.text)
    if sup:
        flush_sup()
    if link is not None:
        out.append(LINK_END)
    if italic:
        out.append(ITALIC_END)
    return "".join(out).strip()


def premark(line: Line, page: Page) -> None:
    """Mark, as its page is read, a line that marks nothing but italics whatever the
    notes are: no link of its page meets it, no character smaller than its type (a raised
    call or superscript), no asterisk (a call in body type): what :func:`mark` gives it
    (but for a note's first line, whose marker it leaves out) is
    ``line.italics_only``, and most lines are such. Its characters need not be read
    again for marking once the layout has sorted every page."""
    if "*" in line.text or any(rect[1] - 1 <= line.y1 and rect[3] + 1 >= line.y0
                               for rect, _ in page.links):
        return
    chars = line.chars
    small = line.size * 0.85
    if _smallest(chars, small) >= small:
        marked = _italics_only(chars)
        # (a line with no italics marks its text as it is: that str is kept, not a copy)
        line.italics_only = line.text if marked == line.text else marked


def _smallest(chars: list[Char], default: float) -> float:
    """The least size of the characters with a font (``default`` where none has one):
    a raised call or superscript is smaller than the line's type. Every line is asked
    (in C where the lines' extension was built)."""
    least = LINES_C.smallest_size(chars) if LINES_C is not None else NotImplemented
    if least is NotImplemented:
        return min([c.size for c in chars if c.font], default=default)
    return default if least is None else least


def _without_marker(line: Line, chars: list[Char]) -> list[Char]:
    """The line's characters (``chars``) after the note's own number at its start."""
    marker = NOTE_START.match(line.text)
    drop = len(marker.group(0).rstrip()) if marker else 0
    kept, count = [], 0
    for c in chars:
        if count < drop and c.text.strip():
            count += len(c.text)
            continue
        if count >= drop:
            kept.append(c)
    return kept


def _italics_only(chars: list[Char]) -> str:
    """:func:`mark` of characters none raised (no call, no superscript), under no link:
    their text with italics marked, each font's style looked up once a run of it (in C
    where the lines' extension was built: most lines of every page are marked so)."""
    if LINES_C is not None:
        marked = LINES_C.italics_only(chars, italic_font, ITALIC_START, ITALIC_END)
        if marked is not NotImplemented:
            return marked
    out: list[str] = []
    italic = False
    last_font = None
    for c in chars:
        font = c.font
        if not font:                             # a word space
            out.append(" ")
            continue
        if font != last_font:
            last_font = font
            if c.italic != italic:
                italic = not italic
                out.append(ITALIC_START if italic else ITALIC_END)
        out.append(c.text)
    if italic:
        out.append(ITALIC_END)
    return "".join(out).strip()


def _baseline(real: list[Char], size: float) -> float | None:
    """The most common foot (rounded to a tenth) of the characters of ``size`` or more;
    the first of the most common where several are. Each foot is rounded once, not once
    a character: a line has a few."""
    rounded: Counter = Counter()
    for y, n in Counter([c.y0 for c in real if c.size >= size]).items():
        rounded[round(y, 1)] += n
    common = rounded.most_common(1)
    return common[0][0] if common else None


def loose_star_calls(layout: Layout) -> None:
    """A star note whose call is printed in body type after a space ("… (see
    enclosure). *"), not raised: no superscript says so; the star standing after a word
    on the note's page does."""
    called = {c for line in layout.body for c in line.marked}
    for k, (marker, page, _) in enumerate(layout.notes):
        if not marker.startswith("*") or anchor(k) in called:
            continue
        loose = re.compile(rf"(?<=[\w.,;:)»”\]]) {re.escape(marker)}(?!\*)(?=\s|$)")
        for line in layout.body:
            match = loose.search(line.marked) if line.page == page else None
            if match:
                line.marked = line.marked[:match.start() + 1] + anchor(k) + \
                    line.marked[match.end():]
                break


def _link_at(c: Char, links, urls: list[str]) -> int | None:
    x, y = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
    for (x0, y0, x1, y1), uri in links:
        if x0 - 0.5 <= x <= x1 + 0.5 and y0 - 0.5 <= y <= y1 + 0.5:
            if uri not in urls:
                urls.append(uri)
            return urls.index(uri)
    return None

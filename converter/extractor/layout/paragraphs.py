"""Paragraph assembly: body lines grouped into paragraphs, from spacing, indentation,
type and numbering, and across page and column breaks.

Takes marked body lines (:class:`.page.Line`) and the :class:`.regions.Layout`; gives
(first page, marked lines) per paragraph.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from ... import languages
from ...languages import Language
from ..characters import cleaner
from .assemble import ANCHOR_BASE, LINK_BASE, PAGE_BREAK, starts_paragraph, strip_marks
from .columns import BULLETS
from ..page import Line
from .regions import Layout

OP_START = re.compile(r"^\s*(?:\d+\.|\(?[a-z]\)|\(?[ivx]+\))\s")


def paragraphs(body: list[Line], layout: Layout, lang: Language) -> list[tuple[int, list[str], bool]]:
    """Group body lines into paragraphs: (first page, marked lines, whether every line
    is set in bold)."""
    paragraphs: list[tuple[int, list[str], bool]] = []
    prev: Line | None = None
    size = layout.body_size
    spaced = _spaced(body, size)
    # Space above a line beyond the usual leading sets a paragraph apart. The leading is
    # the document's (its type's): measured on one run between tables, a list of names
    # set a blank line apart made the list's spacing the leading (A/80/15 (Part I)).
    if layout.leading is None:
        layout.leading = _usual_gap(layout.body or body, size)
    apart = max(0.45 * size, layout.leading + 0.25 * size)
    ends = _line_ends(body, layout)
    # (the language's pattern made once, not once a line: it is built from its words)
    label_pattern = languages.column_labels(lang.code)
    prev_labels = False
    for line in body:
        left = line.column_left if line.column_left is not None else layout.left_on(line.page)
        # (each read once a line: the rules below ask them of a line more than once)
        opening = _opening(line)
        labels = _column_labels(line, label_pattern)
        if prev is None:
            new = True
        elif line.page != prev.page or line.y1 > prev.y0 + size:
            new = _new_after_break(line, opening, prev, len(paragraphs[-1][1]), left, layout,
                                   lang, ends)
            if not new and line.page != prev.page:
                line.marked = PAGE_BREAK + line.marked
        else:
            gap = prev.y0 - line.y1
            # A line after a number hanging in the margin ("73/6.  Title") is no indent.
            # An item's second line set under its text (a hanging indent) goes on with
            # it, in the type its first line ends in ("• Unification …: Support to the",
            # a bold lead-in, then "of the Gaza Strip"; a bold item title over "For
            # decision" is a heading over its text).
            under_item = _under_item_text(prev, line, size)
            new = (gap > apart or abs(line.size - prev.size) > 0.6 or (
                   _ends_bold(prev) != _starts_bold(line) if under_item else (
                   line.x0 > max(prev.x0, left) + 0.8 * size and not _centred_title(prev, line, left, size)
                   or (not spaced or prev.text.endswith(";")) and _ended(prev, line, layout, ends)
                   or starts_paragraph(opening, prev.text, lang)
                   or line.bold != prev.bold
                   or _stacked_heading(prev, opening, layout, lang, ends)
                   or bool(OP_START.match(opening)) and line.x0 > left + 0.8 * size)))
        if prev is not None and (labels or prev_labels):
            new = True                  # a contents list's "Page" over its first entry
        if new and prev is not None and cleaner.url_goes_on(prev.text, line.text):
            new = False                 # the rest of a web address broken at the line end
        if new:
            paragraphs.append((line.page, [line.marked], line.bold))
        else:
            page, lines, bold = paragraphs[-1]
            lines.append(line.marked)
            paragraphs[-1] = (page, lines, bold and line.bold)
        prev, prev_labels = line, labels
    return paragraphs


NUMBERED = re.compile(r"^\s*\d{1,3}\.\s")
_LEADING_MARKS = re.compile("[\ue000-\uefff]*")


def _opening(line: Line) -> str:
    """The line's text as its start is read for a paragraph number: without a note call
    that opens it. A call wrapped to the start of the next line, set raised with a full
    stop ("5. The four vacancies …", DP/FPA/2025/6), numbers no paragraph."""
    if not "\ue000" <= line.marked[:1] <= "\uefff":
        return line.text             # (nearly every line: no mark opens it)
    lead = _LEADING_MARKS.match(line.marked).group(0)
    if any(ANCHOR_BASE <= ord(c) < LINK_BASE for c in lead):
        return strip_marks(line.marked)
    return line.text


_ITEM_LABEL = re.compile(r"^(?:[" + "".join(map(re.escape, sorted(BULLETS - {"o"}))) + r"]|o(?= )|\(?[a-z]{1,4}\)"
                         r"|\(?\d{1,3}[.)])(?= )")


def _ends_bold(line: Line) -> bool:
    real = [c for c in line.chars if c.font and c.text.isalnum()]
    return bool(real) and real[-1].bold


def _starts_bold(line: Line) -> bool:
    real = [c for c in line.chars if c.font and c.text.isalnum()]
    return bool(real) and real[0].bold


def _under_item_text(prev: Line, line: Line, size: float) -> bool:
    """The line after an item's first line ("• Text", "(a) Text"), set under the item's
    text rather than under its label: a hanging indent."""
    label = _ITEM_LABEL.match(prev.text)
    if label is None or line.x0 <= prev.x0 + 0.3 * size:
        return False
    real = [c for c in prev.chars if c.font and not c.text.isspace()]
    start = len(label.group(0))               # the label's characters, then the text's
    return len(real) > start and abs(line.x0 - real[start].x0) < 0.5 * size


LineEnds = Callable[[Line], float]      # where a full line ends, for the line given


def _line_ends(body: list[Line], layout: Layout) -> LineEnds:
    """Where a full line ends, for each line: the page's line end, or on a two-column
    page the line's column's own (its lines' usual right edge). Measured against the
    page's, every line of the left column is short, and one ending a sentence at the
    column's edge read as a paragraph's last (A/56/509 broke its paragraphs 4 and 8 at
    "… Plan of Action." and "… Convention secretariat.")."""
    edges: dict[tuple[int, float], list[float]] = {}
    for line in body:
        if line.column_left is not None:
            edges.setdefault((line.page, line.column_left), []).append(line.x1)
    # The right edge most full lines reach: the upper quartile, as short last lines
    # and headings stop short of it.
    column_end = {key: sorted(x1s)[(3 * len(x1s)) // 4] for key, x1s in edges.items()}

    def end(line: Line) -> float:
        if line.column_left is None:
            return layout.line_end_on(line.page)
        return column_end[(line.page, line.column_left)]
    return end


def _column_labels(line: Line, pattern: re.Pattern) -> bool:
    """A contents list's column labels ("Page", "Paragraphs Page", "الصفحة", "页次"), a
    line of their own over the first entry: where the language's type sets lines far
    apart (Arabic), the usual gap does not set them apart from that entry. Not a line
    in small letters ("page" ending a sentence's line). ``pattern``: the language's
    (languages.column_labels)."""
    text = line.text.strip()
    return bool(text) and not text[0].islower() and bool(pattern.match(text))


def _spaced(body: list[Line], size: float) -> bool:
    """Whether the document sets its paragraphs apart by space: nearly every numbered
    paragraph that follows a line on the same page stands below a gap. There a line
    with no gap above it goes on with its paragraph, however short the line before
    (ragged-right text: A/HRC/WG.6/7/ITA/1 in English; vote lists of countries), unless
    the line before ends with a semicolon (the items of a list set tight)."""
    gaps = [prev.y0 - line.y1 > 0.45 * size for prev, line in zip(body, body[1:])
            if line.page == prev.page and NUMBERED.match(line.text)
            and abs(line.size - prev.size) < 0.6 and line.column_left is None]
    return len(gaps) >= 5 and sum(gaps) >= 0.9 * len(gaps)


def _usual_gap(body: list[Line], size: float) -> float:
    """The space between two lines of one paragraph in body type: the leading. Times
    sets 10-point lines 2 points apart; an Arabic font's tall letters and deep
    descenders set them 8 apart (Amiri, Simplified Arabic). The lower quartile of the
    gaps between lines that follow each other on a page: most gaps are inside
    paragraphs, and where short paragraphs make most of them, the quartile still
    falls among the gaps inside the longer ones."""
    gaps = sorted(prev.y0 - line.y1 for prev, line in zip(body, body[1:])
                  if line.page == prev.page and abs(line.size - size) < 0.6
                  and abs(prev.size - size) < 0.6 and 0 <= prev.y0 - line.y1 < 2 * size)
    return gaps[len(gaps) // 4] if gaps else 0.0


# A part number as every language may print it ("I.", "XII.", "A."), and a line that
# ends with no mark of a sentence's or a clause's end.
_LATIN_PART_NUMBER = re.compile(r"^\s*(?:[IVXL]{1,6}|[A-Z])\.\s")
_NO_SENTENCE_END = re.compile(r"[^\W_]\)?$")


def _stacked_heading(prev: Line, text: str, layout: Layout, lang: Language, ends: LineEnds) -> bool:
    """A line opening with a part number ("ألف -", "二十、", "A.") under a short line that
    ends no sentence (a heading): a subheading set directly under its heading. Where
    most paragraphs are one line long, the usual gap is a heading's gap, and the two
    headings would run together ("حقوق الإنسان ألف - الحقوق المدنية"). ``text``: the
    line's opening (_opening)."""
    # (the line above first: most lines above are full, and the patterns are not tried)
    return prev.x1 < ends(prev) - 1.5 * layout.body_size and \
        _NO_SENTENCE_END.search(prev.text.rstrip()) is not None and \
        bool(_LATIN_PART_NUMBER.match(text) or lang.part_heading(text))


def _centred_title(prev: Line, line: Line, left: float, size: float) -> bool:
    """Two bold lines centred on one axis, neither at the margin: a title set over
    several lines, whose shorter line is no indented paragraph start (the English
    A/HRC/WG.6/7/ITA/1 centres its title's two lines; the French sets three flush)."""
    return prev.bold and line.bold and min(prev.x0, line.x0) > left + 0.8 * size and \
        abs((prev.x0 + prev.x1) - (line.x0 + line.x1)) / 2 < 0.5 * size


def _ended(prev: Line, line: Line, layout: Layout, ends: LineEnds) -> bool:
    """A short line ending a clause, then a capital or a number: a new paragraph (in
    ragged-right text a short line alone proves nothing). Not in bold lines (a sponsor
    line, a title): they break where they please."""
    # Chinese ends a clause with full-width marks, Arabic with its own comma; neither
    # has capitals (a letter without case starts a paragraph as a capital does).
    first = line.text[:1]
    return prev.x1 < ends(prev) - 1.5 * layout.body_size and \
        re.search(r"[.,;:。；：،؛]$", prev.text) is not None and \
        (first.isupper() or (first.isalpha() and first.lower() == first.upper())
         or bool(OP_START.match(line.text))) and \
        not (prev.bold and line.bold)


# A paragraph numbered by its section opening the page, "5.3 Dr Blujdea … gave" (a
# meeting's report), "3.2 He also claims" (a treaty body's Views), "4.2 À son avis", after
# a paragraph that ended: at the margin, as the page's first line, it would read as going
# on with the paragraph broken at the page foot. A figure "2.5 million" going on with a
# sentence does not follow a full stop, nor stand before a capital.
_DECIMAL_START = re.compile(r"^\s*\d{1,2}\.\d{1,2}\.?\s+(?P<letter>[^\W\d_])")


def _decimal_start(text: str, previous: str) -> bool:
    found = _DECIMAL_START.match(text)
    return found is not None and found.group("letter").isupper() and \
        previous.rstrip().endswith((".", ":", ";"))


def _new_after_break(line: Line, opening: str, prev: Line, lines_so_far: int, left: float,
                     layout: Layout, lang: Language, ends: LineEnds) -> bool:
    """Whether the first line of a page (or of the next column) starts a paragraph. No
    spacing tells there; UN layout indents the first line of every paragraph, so a line
    at the left margin goes on with the paragraph broken at the page foot, unless it is
    numbered, set in other type, or the line before plainly ended its paragraph. An
    indented line starts one, unless it lines up with the lines before it in a block
    indented as a whole (a sub-item running over the page) that ran to the margin.
    ``opening``: the line's opening (_opening)."""
    size = layout.body_size
    if OP_START.match(opening) or starts_paragraph(opening, prev.text, lang) \
            or abs(line.size - prev.size) > 0.6 or line.bold != prev.bold \
            or _decimal_start(opening, prev.text):
        return True
    if line.x0 <= left + 0.8 * size:
        return _ended(prev, line, layout, ends)
    in_block = lines_so_far >= 2 and abs(line.x0 - prev.x0) < 0.3 * size
    ran_on = prev.x1 >= ends(prev) - 1.5 * size and \
        re.search(r"[.;:]$", prev.text) is None
    return not (in_block and ran_on)

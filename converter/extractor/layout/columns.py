"""Line order on a page: two-column pages read column by column, lines pdfminer cut in
two put back together, right-to-left (Arabic) lines and pages mirrored.

Takes a page's lines (:class:`.page.Line`); gives them in reading order.
"""
from __future__ import annotations

import re
from collections import Counter

from ..characters import rtl
from ..page import Char, Line, Page


def right_to_left(pages: list[Page]) -> None:
    """A right-to-left page (an Arabic document's, an Arabic annex's): the pieces of
    each printed line put together, its characters in logical order (see :mod:`.rtl`),
    and the page mirrored so that indentation and margins are read from the right (a
    paragraph's number and a note's call stand in the right margin)."""
    spaces = rtl.space_widths(l for page in pages for l in page.lines)
    for page in pages:
        page.mirrored = True
        width = page.width
        flat = [l for l in page.lines if not l.rotated]
        left = min((l.x0 for l in flat), default=0.0)
        right = max((l.x1 for l in flat), default=width)
        lines = []
        for row in rtl.same_row(page.lines):
            whole = Line(row[0].page, [c for piece in row for c in piece.chars])
            # A line in Latin letters alone set from the left edge (the masthead's symbol,
            # distribution and date, the job number) is a left-to-right paragraph's:
            # read as stored. Set from the right (a note citing a document: "2
            # A/HRC/58/21."), it is a right-to-left paragraph's.
            ltr = rtl.left_to_right(whole) and whole.x0 - left <= right - whole.x1
            spaced = {id(c) for piece in row if any(c.font and c.text.isspace() for c in piece.chars)
                      for c in piece.chars}
            chars = rtl.logical_chars(whole.chars, whole.size, rtl=not ltr, spaced_ids=spaced,
                                      space_widths=spaces)
            for c in chars:
                c.x0, c.x1 = width - c.x1, width - c.x0
            # On the mirrored page the line reads from left to right except inside a
            # number or a Latin word, which still stand left to right: each character
            # takes the place of its rank in reading order, so that what measures gaps
            # between neighbours (tables, word spaces, link rectangles) sees the line as
            # a left-to-right one.
            boxes = sorted((c.x0, c.x1) for c in chars)
            for c, (x0, x1) in zip(chars, boxes):
                c.x0, c.x1 = x0, x1
            lines.append(Line(row[0].page, chars, rotated=row[0].rotated, drawn=row[0].drawn))
        page.lines = sorted(lines, key=lambda l: (-round(l.y0), l.x0))
        page.rules = [(width - x1, width - x0, y) for x0, x1, y in page.rules]
        page.links = [((width - x1, y0, width - x0, y1), uri) for (x0, y0, x1, y1), uri in page.links]


def rtl_lines_in_reading_order(pages: list[Page]) -> None:
    """In a left-to-right document, Arabic (an annex issued in the language of
    submission): a page mostly in Arabic is read as an Arabic document's page (lines in
    reading order, the page mirrored); a line elsewhere that holds right-to-left text
    has its characters in logical order, in the direction most of its letters have (an
    Arabic name in an English sentence, an Arabic line in an English page)."""
    def mostly_rtl(page: Page) -> bool:
        if not any(rtl.RTL_CHAR.search(l.text) for l in page.lines):
            return False                 # (most pages: no letter of it to count)
        letters = [ch for l in page.lines for c in l.chars if c.font for ch in c.text
                   if ch.isalpha()]
        return bool(letters) and \
            sum(bool(rtl.RTL_CHAR.match(ch)) for ch in letters) > len(letters) / 2
    right_to_left([p for p in pages if mostly_rtl(p)])
    # Each font's space, measured over the pages as they stand, when a line first needs
    # it (most documents hold no right-to-left letter: no need to read every character).
    spaces = None
    for page in pages:
        if page.mirrored:
            continue
        for k, line in enumerate(page.lines):
            if rtl.has_rtl(line):
                if spaces is None:
                    spaces = rtl.space_widths(l for p in pages if not p.mirrored
                                              for l in p.lines)
                chars = rtl.logical_chars(line.chars, line.size, rtl=rtl.rtl_line(line),
                                          space_widths=spaces)
                page.lines[k] = Line(line.page, chars, rotated=line.rotated, drawn=line.drawn)


def in_columns(page: Page, lines: list[Line]) -> list[Line]:
    """The page's lines in reading order, split pieces of a line put back together. A
    two-column page is read column by column: what spans the page above the columns,
    the left column, the right one, then the rest. It counts as two columns only when
    each half holds at least five lines over a third of the page height, without a gap
    as tall, and few lines cross the middle (on a one-column page most do; a masthead
    block is far from it)."""
    middle = page.width / 2
    printed = lines
    lines = _cut_at_gutter(lines, middle)
    left = [l for l in lines if l.x1 <= middle + 5]
    right = [l for l in lines if l.x0 >= middle - 5]
    crossing = len(lines) - len(left) - len(right)

    def tall(column, prose_may_be_short=False):
        # A column runs down the page: no gap in it as tall as a third of the page (a
        # masthead's right-hand block and a mark at the page foot are no column). The
        # right one may end early when it is prose (see _prose).
        ys = sorted((l.y0, l.y1) for l in column)
        return len(column) >= 5 and \
            (ys[-1][1] - ys[0][0] > page.height / 3 or
             prose_may_be_short and _prose(column, page)) and \
            all(b[0] - a[1] < page.height / 3 for a, b in zip(ys, ys[1:]))
    if not (tall(left) and tall(right, prose_may_be_short=True)) or \
            crossing > 0.2 * len(lines) or \
            _table_rows(lines, middle) or _short(left, page) or _short(right, page) or \
            _labels(left):
        return merge_split_lines(printed)
    # The columns run side by side from where the lower-starting one begins: what spans
    # the page above that (a transmitted report's title over the columns of page 2, under
    # a running head the left column holds) is read first, with whatever column line
    # stands higher than its foot (that running head).
    top = min(max(l.y1 for l in left), max(l.y1 for l in right))
    columns = {id(l) for l in left + right}
    above = [l for l in lines if id(l) not in columns and l.y0 >= top - 1]
    rest = [l for l in lines if id(l) not in columns and l.y0 < top - 1]
    if above:
        foot = min(l.y0 for l in above)
        lifted = {id(l) for l in left + right if l.y0 >= foot - 1}
        above = sorted(above + [l for l in left + right if id(l) in lifted],
                       key=lambda l: (-round(l.y0), l.x0))
        left = [l for l in left if id(l) not in lifted]
        right = [l for l in right if id(l) not in lifted]
    left, right = merge_split_lines(left), merge_split_lines(right)
    for column in (left, right):
        edge = min((l.x0 for l in column), default=0.0)
        for line in column:
            line.column_left = edge
    return [*merge_split_lines(above), *left, *right, *merge_split_lines(rest)]


def _cut_at_gutter(lines: list[Line], middle: float) -> list[Line]:
    """A reader may join the lines of two columns that share a baseline into one (A/56/509
    page 4: "... Panel is 10. At the second part ..."): cut such a line where a gap wider
    than a space stands at the middle of the page, one piece a side, one of them at least
    a line of prose (a masthead's "Review Highlights   JIU/NOTE/2022/1/Rev.1" is one line
    of two short labels). Whether the page is in columns is then decided on the pieces; a
    page that is not keeps its lines whole."""
    # The right column's edge, as the lines wholly on its side print it: a joined line's
    # right piece starts there. A one-column page's wide word gaps (a typewriter's
    # double spaces in an OCR layer) fall anywhere, and start no piece at such an edge.
    starts = Counter(round(l.x0) for l in lines if l.x0 >= middle - 5)
    edges = [x for x, n in starts.items() if n >= 3]
    if not edges:
        return lines                 # no right column's edge: nothing to cut at
    out: list[Line] = []
    for line in lines:
        cut = None
        # (only a line across the middle is read character by character)
        if line.x0 < middle - 5 and line.x1 > middle + 5 and not line.rotated:
            # (the characters taken once: ``line.chars`` is a property, and the loop
            # below reads two characters at each step)
            chars = line.chars
            real = [k for k, c in enumerate(chars) if c.font and not c.text.isspace()]
            for a, b in zip(real, real[1:]):
                left, right = chars[a], chars[b]
                if left.x1 <= middle + 5 and right.x0 >= middle - 5 and \
                        right.x0 - left.x1 >= 0.8 * line.size and \
                        any(abs(right.x0 - x) <= 2 for x in edges):
                    cut = b
                    break
        if cut is not None:
            first = chars[:real[real.index(cut) - 1] + 1]
            pieces = [Line(line.page, first, drawn=line.drawn),
                      Line(line.page, chars[cut:], drawn=line.drawn)]
            wide = 0.3 * (2 * middle)
            if any(p.x1 - p.x0 >= wide for p in pieces):
                out += pieces
                continue
        out.append(line)
    return out


def _prose(column: list[Line], page: Page) -> bool:
    """A right column shorter than a third of the page (the last page's, ending early) is
    still one when it holds lines of prose, most filling a column's width: a masthead's
    right-hand block, a signature or a date beside the text are a few short lines."""
    column = merge_split_lines(column)      # (a reader's pieces of one printed line)
    return len(column) >= 8 and \
        sum(1 for l in column if l.x1 - l.x0 >= 0.3 * page.width) >= 0.8 * len(column)


def _short(column: list[Line], page: Page) -> bool:
    """A side whose lines are nearly all short (a table's column of meetings, "3rd",
    "5th", beside its column of names) is no column of prose: prose fills its lines."""
    return sum(1 for l in column if l.x1 - l.x0 < 0.12 * page.width) >= 0.8 * len(column)


def _labels(column: list[Line]) -> bool:
    """A left side whose lines mostly end with a colon is a form's labels beside their
    values ("State party:" / "Ruritania", a treaty body's field block filling page 1),
    no column of prose."""
    return sum(1 for l in column if l.text.rstrip().endswith(":")) >= 0.5 * len(column)


def _table_rows(lines: list[Line], middle: float) -> bool:
    """Whether the page's lines stand in table rows: three cells or more on one baseline,
    on both sides of the middle, on at least three baselines and a third of those with
    text on both sides. Two columns of prose put two lines on a baseline, one a side;
    a table of four columns puts its cells across the page, row after row."""
    rows: list[list[Line]] = []
    for line in sorted(lines, key=lambda l: -l.y0):
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.5 * max(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    both = [r for r in rows if any(l.x1 <= middle + 5 for l in r)
            and any(l.x0 >= middle - 5 for l in r)]
    cells = [r for r in both if len(merge_split_lines(sorted(r, key=lambda l: l.x0))) >= 3]
    return len(cells) >= 3 and len(cells) >= len(both) / 3


BULLETS = {"-", "–", "—", "•", "▪", "·", "◦", "○", "", "", "➢", "►", "o"}
# A raised note call pdfminer set apart as a line of its own: a few digits or stars.
_CALL = re.compile(r"^(?:\d{1,3}|\*{1,3})$")


def _join_raised_calls(lines: list[Line]) -> list[Line]:
    """Put a raised note call that pdfminer read as a line of its own (older PDFs place
    it as a separate text object) back into the line it is raised above: smaller type,
    its foot inside that line's height, between the line's ends (or just after)."""
    calls = {id(l) for l in lines if len(l.text) <= 3 and _CALL.match(l.text)}
    if not calls:
        return lines
    lines = list(lines)
    joined: set[int] = set()
    for k, call in enumerate(lines):
        if id(call) not in calls:
            continue
        for h in range(k + 1, min(k + 4, len(lines))):   # the line it is raised above
            host = lines[h]
            if id(host) in calls or host.size * 0.85 <= call.size:
                continue
            if host.y0 + 0.15 * host.size < call.y0 < host.y1 and \
                    host.x0 - 1 <= call.x0 <= host.x1 + 2 * host.size:
                real = [i for i, c in enumerate(host.chars) if c.font]
                at = sum(1 for i in real if host.chars[i].x1 <= call.x0 + 0.5)
                cut = real[at - 1] + 1 if at else 0
                chars = host.chars[:cut] + call.chars + host.chars[cut:]
                lines[h] = Line(host.page, chars, drawn=host.drawn)
                joined.add(id(call))
                break
    return [l for l in lines if id(l) not in joined]


def merge_split_lines(lines: list[Line]) -> list[Line]:
    """pdfminer sometimes cuts one printed line in two (a wide gap, a raised marker);
    put the pieces of a baseline back together."""
    lines = _join_raised_calls(lines)
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        same_baseline = last is not None and \
            abs(last.y0 - line.y0) < 0.4 * max(last.size, line.size)
        # A list's bullet set at a tab before its text: the first piece of its baseline (a
        # dash in a table's cell has the row's label before it).
        bullet = same_baseline and last.text in BULLETS and not (
            len(merged) > 1 and abs(merged[-2].y0 - last.y0) < 0.4 * last.size)
        gap = 6 if bullet else 3
        if same_baseline and line.x0 >= last.x1 - 1 and line.x0 - last.x1 < gap * last.size:
            gap = [Char(" ", None, 0, 0, 0, 0, 0)]
            merged[-1] = Line(last.page, last.chars + gap + line.chars, drawn=last.drawn)
        else:
            merged.append(line)
    return merged

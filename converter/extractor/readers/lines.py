"""Characters into lines, the way every reader hands them to the layout stages.

Takes characters with their boxes in the order the PDF draws them; gives lines of
characters, with a word space (a :class:`.page.Char` without a font) where a gap opens
between two words, placed between them on the page. A reader that gets lines from its
library (pdfminer) only needs :func:`place_spaces`; one that gets characters alone
(PDFium) groups them with :func:`group_lines`, by the rules pdfminer's layout analysis
applies with its default parameters, which the layout stages were written against: the
next character drawn goes on the same line when the two overlap vertically by more than
half the lower one's height and stand less than twice the wider one's width apart; a
word space goes before a character that starts further than a tenth of its own size
(its width or height, the larger) after the line's last character.

Characters printed turned by a quarter (a landscape page's margin) are read along their
own direction by :func:`turned_lines`.
"""
from __future__ import annotations

import re

from .. import page
from ..page import Char, Line

LINE_OVERLAP = 0.5      # pdfminer's LAParams defaults
CHAR_MARGIN = 2.0
WORD_MARGIN = 0.1
# A reader that keeps positions in single precision (PDFium) is a hair off the PDF's
# figures, where pdfminer's doubles are exact: a gap of exactly two characters in a
# typewriter's fixed pitch is no gap under two for pdfminer, and must not be here.
EPSILON = 1e-3

RIGHT_TO_LEFT = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")   # Hebrew, Arabic


def word_space() -> Char:
    """A space between two words that the PDF does not draw (placed by place_spaces)."""
    return Char(" ", None, 0, 0, 0, 0, 0)


def group_lines(chars: list[Char]) -> list[list[Char]]:
    """Characters in drawing order -> lines (word spaces inserted, not yet placed). In C
    where it was built (page.LINES_C: the same steps on the same figures)."""
    c = page.LINES_C
    if c is not None:
        grouped = c.group_lines(chars, word_space, LINE_OVERLAP, CHAR_MARGIN, WORD_MARGIN,
                                EPSILON)
        if grouped is not NotImplemented:       # (a position that is not a float)
            return grouped
    return _group_lines(chars)


def _group_lines(chars: list[Char]) -> list[list[Char]]:
    """group_lines in Python (each figure read once, the rules' constants and the
    methods called per character looked up once a call)."""
    lines: list[list[Char]] = []
    drawn = iter(chars)
    c = next(drawn, None)
    if c is None:
        return lines
    overlap, char_margin, word_margin, epsilon = LINE_OVERLAP, CHAR_MARGIN, WORD_MARGIN, EPSILON
    right_to_left = RIGHT_TO_LEFT.match
    new_line = lines.append
    # The character drawn before: its box, width and height (kept apart: read once).
    lx0, lx1, ly0, ly1 = c.x0, c.x1, c.y0, c.y1
    lw, lh = lx1 - lx0, ly1 - ly0
    right = lx1                     # the line's right end so far (its last character's)
    line = [c]
    add = line.append
    for c in drawn:
        x0, x1, y0, y1 = c.x0, c.x1, c.y0, c.y1
        w, h = x1 - x0, y1 - y0
        if y0 == ly0 and y1 == ly1:
            # On the same baseline at the same size: they overlap by their height.
            joined = h > 2 * epsilon
        elif y0 <= ly1 and ly0 <= y1:
            # pdfminer's measure of the overlap, generous to a raised character
            # inside the line's height: the nearer of the two distances from one's
            # foot to the other's top.
            a, b = ly0 - y1, ly1 - y0
            a, b = a if a >= 0 else -a, b if b >= 0 else -b
            joined = (a if a < b else b) > overlap * (lh if lh < h else h) + epsilon
        else:
            joined = False
        if joined:
            apart = x0 - lx1 if x0 > lx1 else lx0 - x1 if lx0 > x1 else 0.0
            joined = apart < char_margin * (lw if lw > w else w) - epsilon
        if joined:
            margin = word_margin * (w if w > h else h) + epsilon
            if right < x0 - margin or x1 < lx0 - margin and right_to_left(c.text):
                # (right to left: a reader that gives Arabic in logical order draws
                # it leftwards, the gap before a word on its right)
                add(word_space())
            add(c)
        else:
            new_line(line)
            line = [c]
            add = line.append
        right = x1
        lx0, lx1, ly0, ly1, lw, lh = x0, x1, y0, y1, w, h
    new_line(line)
    return lines


def place_spaces(chars: list[Char]) -> None:
    """A word space stands between the two words it parts, on their baseline: midway
    between the middles of the characters on either side (one pass: the spaces since
    the last character wait for the next). In C where it was built."""
    c = page.LINES_C
    if c is None or c.place_spaces(chars) is NotImplemented:    # (a figure not a float)
        _place_spaces(chars)


def _place_spaces(chars: list[Char]) -> None:
    """place_spaces in Python."""
    before = None                   # the last character (with a font) so far
    waiting: list[Char] = []        # the word spaces after it
    for c in chars:
        font = c.font
        if font is None:
            if before is not None:  # (a space before the first character stays put)
                waiting.append(c)
        elif font:
            if waiting:
                middle = ((before.x0 + before.x1) / 2 + (c.x0 + c.x1) / 2) / 2
                for space in waiting:
                    space.x0 = space.x1 = middle
                    space.y0, space.y1 = before.y0, before.y1
                waiting = []
            before = c


def turned_lines(number: int, turned: list[tuple[Char, float]]) -> list[Line]:
    """Characters printed turned by a quarter (the symbol, job number and page number in
    the margin of a landscape page), each with its direction (positive: read upwards),
    as lines read along their own direction: one line per column of characters, cut
    where a gap of more than a character opens."""
    lines: list[Line] = []
    columns: dict[tuple[int, bool], list[Char]] = {}
    for char, direction in turned:
        columns.setdefault((round(char.x0), direction < 0), []).append(char)
    for (_, downwards), chars in sorted(columns.items()):
        chars.sort(key=lambda c: -c.y1 if downwards else c.y0)
        run: list[Char] = []
        for char in chars:
            if run:
                gap = (run[-1].y0 - char.y1) if downwards else (char.y0 - run[-1].y1)
                if gap > 1.5 * char.size:
                    lines.append(Line(number, run, rotated=True))
                    run = []
                elif gap > 0.25 * char.size and not char.text.isspace():
                    run.append(word_space())
            run.append(char)
        if any(not c.text.isspace() for c in run):
            lines.append(Line(number, run, rotated=True))
    return lines

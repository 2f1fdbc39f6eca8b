"""Running headers: what a UN PDF prints at the top of every page after the first.

GA, ECOSOC and HRC documents repeat the symbol and, for resolutions, the title (or a
short title, over one to three lines) at the head of pages 2 and after, in small bold
type above the text column. The symbol alone is recognised by its shape
(``furniture.is_symbol_line``); the title is found by its place on the page: at the top,
not below the symbol, above the first line of text and apart from it, in type smaller
than the body's or printed at the top of another page too.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import Protocol, Sequence

from .furniture import HEADER_COMPANION, is_furniture, is_symbol_line

_TOP_BAND = 0.85        # a running header lies in the top 15% of the page height
_SPACES = re.compile(r"\s+")


class _Line(Protocol):
    text: str
    y0: float
    y1: float
    size: float


class _Page(Protocol):
    number: int
    height: float
    lines: Sequence[_Line]


def _key(text: str) -> str:
    return _SPACES.sub(" ", text).strip().casefold()


def _top_lines(page: _Page) -> list[_Line]:
    """The lines at the head of the page, from the top down, while in the top band."""
    return [l for l in sorted(page.lines, key=lambda l: -l.y0) if l.y0 > _TOP_BAND * page.height]


def running_header_lines(pages: Sequence[_Page], body_size: float) -> set[int]:
    """``id()`` of every line that is part of a running header on pages 2 and after.

    A header line is at the top of its page, no lower than the symbol printed in the
    running header of any page (the title sits beside or above it, never under it), and
    in type smaller than the body's or printed at the top of another page as well. The
    header as a whole ends with a gap wider than a line of text: the body is set in
    even lines below it. Without a symbol in any header, only repeated lines count. Older
    headers go on under the symbol with the version's language and the page number."""
    later = [p for p in pages if p.number > 1]
    repeated = Counter(_key(l.text) for p in later
                       for l in {_key(x.text): x for x in _top_lines(p)}.values())
    symbols = [l.y0 for p in later for l in _top_lines(p) if is_symbol_line(l.text)]
    floor = min(symbols) - 1 if symbols else None
    found: set[int] = set()
    for page in later:
        below = sorted(page.lines, key=lambda l: -l.y0)
        header: list[_Line] = []
        for line in below:
            if line.y0 <= _TOP_BAND * page.height or _table_row(line, page):
                break
            small = line.size < body_size - 0.6
            if floor is not None:
                is_header = line.y0 >= floor and (small or repeated[_key(line.text)] > 1) \
                    or bool(header) and bool(HEADER_COMPANION.match(line.text.strip()))
            else:
                is_header = repeated[_key(line.text)] > 1
            if not is_header:
                break
            header.append(line)
        if not header:
            continue
        rest = below[len(header):]
        lowest = min(l.y0 for l in header)
        # Below a header, a blank wider than the leading of body text; inside a
        # paragraph, lines follow each other closely.
        if rest and lowest - rest[0].y1 < 0.9 * body_size:
            continue
        found.update(id(l) for l in header)
    return found


def _table_row(line: _Line, page: _Page) -> bool:
    """Whether a line at the head of a page is a cell of a table's row: the header row a
    table going on over the page break repeats there. A running header prints one text
    to a baseline (with the symbol and page furniture beside it at most); a table's row
    prints two cells or more apart on one baseline. It is left to the table, which
    keeps its header once (see :mod:`.tables`)."""
    if is_symbol_line(line.text) or is_furniture(line.text):
        return False
    cells = [l for l in page.lines if abs(l.y0 - line.y0) < 0.5 * line.size
             and not is_symbol_line(l.text) and not is_furniture(l.text)]
    return len(cells) >= 2

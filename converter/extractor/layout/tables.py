"""Tables in a PDF's body: lines that form a grid become a table (rows of cells).

A region of a page is a table when its printed rows split into pieces at gaps much
wider than a word space, and the pieces start at the same x positions (the columns)
row after row: at least two columns and three rows that fill two or more of them.
Conservative on purpose (a false table jumbles text worse than a missed one): no table
on a page read as two columns, none whose first column holds only list numbers
(hanging paragraph numbers), none with dot leaders (a table of contents), none with
"(Signed)" (signatures side by side), none whose cells are prose (wide pieces).

Rows: printed lines closer together than the table's tightest row spacing plus a
third of the type size are one row (a cell running over two lines); in a table whose
rows are evenly spaced, a line whose text goes on from the line above, or under a line
that fills its column, is the rest of that row (:func:`_wraps`). Header rows: the
leading rows in bold, in another type size or in italic over roman, a first row ruled
off from the rows under it, or one printed again at the head of the next page. A
heading over several columns spans those under the rule drawn at its cell's edge, or
those it is centred over. The title line ("Table 1 …") and the notes under the table
are not in the grid and stay text around it.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from urllib.parse import quote

from ...model import Block, Cell
from ..page import LINES_C
from .links import link_printed_urls

_LEADERS = re.compile(r"(?:\.\s?){5,}|…{2,}")
_ENUMERATOR = re.compile(r"^(?:[(\[]?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,6})[.)\]]?|[-–—•·*▪◦])$")
_BRACKET = re.compile(r"^[()\[\]{}]$")
_FIGURE = re.compile(r"^(?:[-–—]|[-–(]?[\d.,\s]*\d[\d.,]*\)?\s*%?)$")
# The line under a table naming its source or a note on it ("Source: Compiled by IAS."):
# the table has ended, what follows is text (the words of six languages, one pattern:
# the table finder is told no language).
_BELOW_TABLE = re.compile(r"^(?:Sources?|Notes?|Fuentes?|Notas?|Источник(?:и)?|Примечани[ея]|"
                          r"المصدر|المصادر|ملاحظة|资料来源|来源|注)\s*[:：]")
_SIGNED = re.compile(r"\(?\b(?:Signed|Signé|Firmado)\b", re.IGNORECASE)
_WHITE_RUN = re.compile(r"\s{3}")


@dataclass
class Grid:
    """A table found on a page: its rows of cells, each cell a list of lines (pieces of
    printed lines, in reading order) and how many columns it spans."""
    lines: list                      # the body lines it takes (removed from the text)
    rows: list[list[tuple[list, int]]] = field(default_factory=list)   # (lines, colspan)
    header_rows: int = 0
    columns: int = 0
    lefts: list[float] = field(default_factory=list)   # each column's left edge
    dropped: list = field(default_factory=list)   # a continuation's repeated header lines


def _gap(line, gap: float) -> float:
    """The gap that parts two cells: a table drawn as a figure is often scaled down to
    fit the page, its gaps with its type; they are measured in its own type size."""
    return min(gap, line.size) if line.drawn else gap


def _pieces(line, gap: float) -> list:
    """A line's characters cut at gaps wider than ``gap``: [(x0, x1, chars)]."""
    if not _blank_runs_possible(line):
        return _plain_pieces(line.chars, gap)
    return _Cuts(line, gap).pieces(gap)


class _Cuts:
    """A line's characters read once for cutting into pieces (:meth:`pieces`). A table
    is sought again and again over the same rows (each try from a later row, with its
    own column edges): the characters are read here once, and each cut walks only the
    places where a gap opens (a word's start), not every character."""

    def __init__(self, line, least: float):
        """``least``: the narrowest gap any cut asked of this line parts pieces at."""
        chars = self.chars = line.chars
        # Runs of three blanks or more printed as glyphs (a spreadsheet aligns its
        # figures with them; prose has a double space at most) are no part of a cell:
        # they go with the piece they are in, like word spaces, and bridge no gap.
        # (Most lines have none, and are read without looking for them.)
        blanks = _blank_runs(chars) if _white_run_possible(line) else ()
        # The real characters (not word spaces, not blanks): where a piece may start.
        if blanks:
            real = [k for k, c in enumerate(chars) if c.font and k not in blanks]
        else:
            real = [k for k, c in enumerate(chars) if c.font]
        self.first = real[0] if real else None
        # Per character: its right end if it is real (else none, for max over a piece).
        none = float("-inf")
        x1s = self.x1s = [c.x1 if c.font else none for c in chars]
        for k in blanks:
            x1s[k] = none
        # (index, gap before it, x0) of each real character further than ``least`` from
        # the real character before it: the only places a cut looks at.
        self.opens = [(k, gap, x0) for before, k in zip(real, real[1:])
                      if (gap := (x0 := chars[k].x0) - x1s[before]) > least]
        self.made: dict[tuple, list] = {}       # (gap, edges, space) -> the pieces cut

    def pieces(self, gap: float, edges: list[float] = (), space: float = 0.0) -> list:
        """The characters cut at gaps wider than ``gap``, and at a gap wider than
        ``space`` (a word space) where a column starts (``edges``): [(x0, x1, chars)].
        A word space or blank goes with the piece it is in; a piece of blanks alone
        is no piece (a blank prints nothing). The same cut asked again (the next try of
        a table over the same rows finds the same column edges, half the time) is the
        one made before (the list is the caller's to read, not to change)."""
        if self.first is None:
            return []
        key = (gap, tuple(edges), space)
        made = self.made.get(key)
        if made is None:
            made = self.made[key] = self._cut(gap, sorted(edges), space)
        return made

    def _cut(self, gap: float, edges: list[float], space: float) -> list:
        starts = [self.first] + [
            k for k, before, x0 in self.opens
            if before > gap or before > space and _near(x0, edges, 1.5)]
        chars, x1s = self.chars, self.x1s
        pieces = []
        for a, b in zip(starts, starts[1:] + [len(chars)]):
            # (a piece starts with a real character, that prints something nearly always)
            if any(c.font and c.text.strip() for c in chars[a:b]):
                pieces.append((chars[a].x0, max(x1s[a:b]), chars[a:b]))
        return pieces


def _blank_runs(chars: list) -> set[int]:
    """The indexes of the characters in runs of three blanks or more (see _Cuts)."""
    blanks: set[int] = set()
    run: list[int] = []
    for k in [k for k, c in enumerate(chars) if c.font and c.text.isspace()]:
        if run and k != run[-1] + 1:
            if len(run) >= 3:
                blanks.update(run)
            run = []
        run.append(k)
    if len(run) >= 3:
        blanks.update(run)
    return blanks


def _near(x: float, edges: list[float], tolerance: float) -> bool:
    """Whether one of the ``edges`` (sorted) is within ``tolerance`` of ``x``: only those
    the bisection finds about there are measured."""
    k = bisect_left(edges, x - tolerance - 0.01)
    while k < len(edges) and edges[k] <= x + tolerance + 0.01:
        if abs(x - edges[k]) <= tolerance:
            return True
        k += 1
    return False


def _blank_runs_possible(line) -> bool:
    """Whether the line may print three blanks in a row (see _pieces): its text holds
    three spaces, or it starts or ends with blanks (its text leaves them out) and a run
    of three is somewhere (many a line ends with one blank: no need of the long way)."""
    chars = line.chars
    if "   " in line.text:
        return True
    if not (chars[0].text.isspace() or chars[-1].text.isspace()):
        return False
    # (most lines end with one word space and have no run: see _white_run_possible)
    if not _white_run_possible(line):
        return False
    run = 0
    for c in chars:
        if c.font and c.text.isspace():
            run += 1
            if run >= 3:
                return True
        else:
            run = 0
    return False


def _white_run_possible(line) -> bool:
    """Whether three characters in a row may print white space alone (a run of three
    blanks is such): three white spaces together inside the line's text, or three
    characters that print nothing else at either end (the text leaves them out)."""
    chars = line.chars
    return bool(_WHITE_RUN.search(line.text)) or _blank_end(chars) or \
        _blank_end(reversed(chars))


def _blank_end(chars) -> bool:
    """Whether the characters (from one end of a line) start with three or more that
    print no more than white space."""
    n = 0
    for c in chars:
        if c.text.strip():
            return False
        n += 1
        if n >= 3:
            return True
    return False


def _plain_pieces(chars: list, gap: float) -> list:
    """_pieces of a line that prints no run of blanks, cut at gaps only: one pass (in C
    where the lines' extension was built: every body line of every page is cut so)."""
    if LINES_C is not None:
        pieces = LINES_C.plain_pieces(chars, gap)
        if pieces is not NotImplemented:
            return pieces
    pieces = []
    piece: list = []
    x0 = x1 = 0.0
    inked = False                    # the piece holds more than blanks
    last_x1 = None                   # the last real character's end
    for c in chars:
        if not c.font:               # a word space goes with the piece it is in
            if piece:
                piece.append(c)
            continue
        if last_x1 is None or c.x0 - last_x1 > gap:
            if inked:
                pieces.append((x0, x1, piece))
            piece, x0, x1, inked = [c], c.x0, c.x1, False
        else:
            piece.append(c)
            if c.x1 > x1:
                x1 = c.x1
        if not inked and not c.text.isspace():
            inked = True
        last_x1 = c.x1
    if inked:
        pieces.append((x0, x1, piece))
    return pieces


def find_tables(body: list, pages: dict, body_size: float, line_class,
                made=None) -> list[Grid]:
    """The tables among the body lines; ``line_class`` builds a line from characters;
    ``made`` (if given) is handed the cell lines of each page's tables once found (a
    long document's are packed so, page by page: see extractor/pdf.py)."""
    grids: list[Grid] = []
    by_page: dict[int, list] = {}
    for line in body:
        by_page.setdefault(line.page, []).append(line)
    for number, lines in by_page.items():
        # Tiny type (a job number printed up the margin) stays text; a table drawn as a
        # figure is often scaled down to fit the page, and its type with it.
        lines = [l for l in lines if l.size >= 0.6 * body_size or l.drawn]
        found = _page_tables(lines, pages[number], body_size, line_class)
        if made is not None:
            made(cell_lines(found))
        grids += found
    return _join_across_pages(grids, by_page, body_size)


def _row_texts(rows) -> list[str]:
    return [" ".join(l.text for lines, _ in row for l in lines) for row in rows]


def _join_across_pages(grids: list[Grid], by_page: dict, body_size: float) -> list[Grid]:
    """A table that goes on over a page break is one table: a grid that ends its page's
    body, then one that starts the next page's, with the same column edges or the same
    header rows. The repeated header rows of the continuation are dropped (page
    furniture, like a running header); every other row is kept, in order."""
    out: list[Grid] = []
    for grid in grids:
        last = out[-1] if out else None
        above = _continues(last, grid, by_page, body_size) if last is not None else None
        if above is None:
            out.append(grid)
            continue
        if above:
            # The header printed again above the rows the grid found on the next page.
            last.dropped += above
            last.header_rows = last.header_rows or 1
        heads = _row_texts(last.rows[:last.header_rows])
        repeat = 0
        if not above and heads and _row_texts(grid.rows[:len(heads)]) == heads:
            repeat = len(heads)
        elif not above and not heads and last.rows and grid.rows and \
                _row_texts(grid.rows[:1]) == _row_texts(last.rows[:1]):
            # A first row printed again at the head of the next page is the header.
            last.header_rows = repeat = 1
        if repeat:
            # a cell's lines are new Line objects: its printed lines are in ``grid.lines``,
            # the header's above the first body row's
            top = max((l.y0 for row in grid.rows[repeat:] for lines, _ in row for l in lines),
                      default=float("-inf"))
            last.dropped += [l for l in grid.lines if l.y0 > top + 0.5]
        gone = {id(l) for l in last.dropped}
        last.lines += [l for l in grid.lines if id(l) not in gone]
        last.rows += grid.rows[repeat:]
    return out


def _continues(first: Grid, then: Grid, by_page: dict, body_size: float) -> list | None:
    """Whether ``then`` goes on with ``first`` over a page break: None if not, else the
    lines above ``then`` that print ``first``'s header again (none, mostly)."""
    page = first.lines[-1].page
    if then.lines[0].page != page + 1 or first.columns != then.columns:
        return None
    # Nothing of the body under the first grid on its page, nor above the next one but
    # its header printed again (a header the grid on that page did not take in).
    own = {id(l) for l in first.lines} | {id(l) for l in then.lines}
    bottom = min(l.y0 for l in first.lines if l.page == page)
    top = max(l.y0 for l in then.lines)
    above = [l for l in by_page.get(page + 1, []) if id(l) not in own and l.y0 > top + 0.5]
    heads = _row_texts(first.rows[:first.header_rows or 1])
    if any(id(l) not in own and l.y0 < bottom - 0.5 for l in by_page.get(page, [])):
        return None
    if above:
        words = sorted(" ".join(l.text for l in above).split())
        return above if words == sorted(" ".join(heads).split()) else None
    # The first column's edge is its leftmost label's (indented labels move it): the
    # others say where the columns are.
    same_edges = all(abs(a - b) <= 0.6 * body_size
                     for a, b in zip(first.lefts[1:], then.lefts[1:]))
    return [] if same_edges or bool(heads) and _row_texts(then.rows[:len(heads)]) == heads \
        else None


def _printed_rows(lines: list) -> list[list]:
    rows: list[list] = []
    for line in sorted(lines, key=lambda l: -l.y0):
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.5 * max(line.size, rows[-1][0].size):
            rows[-1].append(line)
        else:
            rows.append([line])
    return [sorted(r, key=lambda l: l.x0) for r in rows]


def _page_tables(lines: list, page, body_size: float, line_class) -> list[Grid]:
    rows = _printed_rows(lines)
    gap = 1.0 * body_size
    cut = [[p for l in row for p in _pieces(l, _gap(l, gap))] for row in rows]
    cuts: dict[int, _Cuts] = {}
    printed: dict[int, bool] = {}        # whether a line prints leaders or "(Signed)"
    found: list[Grid] = []
    k = 0
    while k < len(rows):
        if len(cut[k]) < 2:
            k += 1
            continue
        # A run of rows: multi-piece rows, with single-piece rows between them.
        # A single piece where a later column starts (not the first) is a cell running
        # over many lines (a long comment in the last column): the run goes on; so does
        # one that ends before the second column starts (a long label in the first).
        end, last_multi = k, k
        inner = {round(p[0]) for p in cut[k][1:]}
        while end + 1 < len(rows):
            step = rows[end][0].y0 - rows[end + 1][0].y0
            if step > 2.6 * body_size:
                break
            end += 1
            if len(cut[end]) == 1 and _BELOW_TABLE.match(rows[end][0].text.strip()):
                break             # "Source: …" under the table: the rows below are text
            if len(cut[end]) >= 2:
                last_multi = end
                inner |= {round(p[0]) for p in cut[end][1:]}
            elif cut[end] and (any(abs(cut[end][0][0] - x) <= 2 for x in inner) or
                               inner and cut[end][0][0] >= rows[k][0].x0 - 1
                               and cut[end][0][1] < min(inner) - 0.5 * body_size):
                last_multi = end
            elif end - last_multi > 4:
                break
        end = last_multi
        first_multi = k
        # The first lines of a cell that ends on the first row with several pieces
        # ("Senator …, on behalf of / the … Legislature / (A/C.4/52/2/Add.5)   3rd").
        steps = [rows[i][0].y0 - rows[i + 1][0].y0 for i in range(k, end)]
        if steps:
            tight = min(steps)
            start = k
            while start > 0 and k - start < 4 and len(cut[start - 1]) == 1 and \
                    rows[start - 1][0].y0 - rows[start][0].y0 <= tight + 0.35 * body_size \
                    and (not found or all(rows[start - 1][0] is not l for l in found[-1].lines)):
                start -= 1
            k = start
        grid = _grid(rows[k:end + 1], cut[k:end + 1], page, body_size, line_class, cuts,
                     printed)
        if grid is not None:
            found.append(grid)
            k = end + 1
        elif sum(1 for pieces in cut[first_multi + 1:end + 1] if len(pieces) >= 2) >= 3:
            # No table from here: prose above a table (a numbered paragraph's number and
            # text are two pieces) is no part of it. The table starts where rows of
            # aligned cells start: try again from the next row with several pieces.
            k = first_multi + 1
        else:
            k = end + 1
    return found


def _recut(line, cuts: dict, gap: float, edges: list[float], space: float) -> list:
    """The line's pieces cut at ``gap`` and at a word space where a column starts."""
    line_cuts = cuts.get(id(line))
    if line_cuts is None:
        line_cuts = cuts[id(line)] = _Cuts(line, min(gap, space))
    return line_cuts.pieces(gap, edges, space)


def _leaders_or_signed(lines: list, printed: dict[int, bool]) -> bool:
    """Whether the lines' text, joined by spaces, holds dot leaders or "(Signed)". Each
    line's own text is searched once a page (``printed`` keeps the answer by the line's
    id): a word is never cut between lines, and leaders run over two only where one line
    ends with a dot and the next starts with one (then the joined text is searched)."""
    for line in lines:
        found = printed.get(id(line))
        if found is None:
            found = printed[id(line)] = bool(_LEADERS.search(line.text) or _SIGNED.search(line.text))
        if found:
            return True
    if any(a.text.endswith(".") and b.text.startswith(".") for a, b in zip(lines, lines[1:])):
        return bool(_LEADERS.search(" ".join(l.text for l in lines)))
    return False


def _cluster(xs: list[float], tol: float) -> list[tuple[float, int]]:
    """(x, how many) of x positions within ``tol`` of each other."""
    out: list[list[float]] = []
    for x in sorted(xs):
        if out and x - out[-1][-1] <= tol:
            out[-1].append(x)
        else:
            out.append([x])
    return [(min(c), len(c)) for c in out]


def _grid(rows, cut, page, body_size, line_class, cuts: dict, printed: dict) -> Grid | None:
    """The grid the rows make, or None. ``cuts``: each line's :class:`_Cuts` (by id),
    kept over the tries on one page; ``printed``: what _leaders_or_signed read of each."""
    multi = [pieces for pieces in cut if len(pieces) >= 2]
    if len(multi) < 3 or len(rows) < 3:
        return None
    if _leaders_or_signed([l for row in rows for l in row], printed):
        return None
    # Column starts: x positions where pieces of at least three rows (and of half the
    # rows with several pieces) start.
    # Or of three rows at exactly the same x: a column whose cells are few or short
    # beside a column whose cells run over many lines (each line a row with pieces).
    need = max(3, len(multi) // 2)
    xs = [p[0] for pieces in multi for p in pieces]
    # (never the first piece of its rows, but for the leftmost: a label's hanging indent
    # is no column).
    starts = [x for x, n in _cluster(xs, 3.0) if n >= need] + \
        [x for x, n in _cluster(xs, 0.5) if n >= 3 and
         any(abs(p[0] - x) <= 0.5 for pieces in multi for p in pieces[1:])] + \
        [x for x, n in _cluster([pieces[0][0] for pieces in multi], 0.5) if n >= 3][:1]
    starts = [x for x, _ in _cluster(starts, 3.0)]
    # Right-aligned columns (figures): pieces ending at the same x.
    ends = [x for x, n in _cluster([p[1] for pieces in multi for p in pieces[1:]], 3.0)
            if n >= need]
    if len(starts) + len(ends) < 2 or not starts:
        return None
    # A table starts where rows of aligned cells start: a first row with a line of prose
    # in it (a wide piece at no column) is a paragraph above the table (its number and
    # its text are two pieces), left to the text; the caller tries again below it.
    lead = next(pieces for pieces in cut if len(pieces) >= 2)
    if any(x1 - x0 > 0.3 * page.width and not any(abs(x0 - s) <= 3 for s in starts)
           and not any(abs(x1 - e) <= 3 for e in ends) for x0, x1, _ in lead):
        return None
    # Column boundaries: the left edge of each column, from the pieces that start at a
    # shared x or end at a shared x (figures).
    edges: list[float] = []
    for pieces in multi:
        for x0, x1, _ in pieces:
            if any(abs(x0 - s) <= 3 for s in starts) or any(abs(x1 - e) <= 3 for e in ends):
                edges.append(x0)
    lefts = [x for x, _ in _cluster(edges, 0.6 * body_size)]
    if len(lefts) < 2:
        return None
    first = min(lefts)
    # Pieces cut again where a column starts after a word space.
    space = 0.15 * body_size
    cut = [[p for l in row for p in _recut(l, cuts, _gap(l, body_size), lefts, space)]
           for row in rows]
    multi = [pieces for pieces in cut if len(pieces) >= 2]
    # Prose set in columns is no table: its pieces are wide.
    widths = sorted(p[1] - p[0] for pieces in multi for p in pieces)
    if widths[len(widths) // 2] > 0.3 * page.width or \
            sum(1 for w in widths if w > 0.3 * page.width) > len(multi) / 3:
        return None

    def column(x0: float) -> int:
        return max(0, sum(1 for x in lefts if x <= x0 + 0.6 * body_size) - 1)

    numeric = _figure_columns(cut)
    if numeric is not None:
        cut, place = numeric
        place.rules = page.rules
        lefts = [min(p[0] for pieces in cut for p in pieces)] + [a for a, _ in place.columns]

    # Every piece must fall in the grid: none left of the first column. In a table drawn
    # as a figure (already found to be one, see :mod:`.figures`) the first column starts
    # at its leftmost row label: labels indented by level, totals outdented.
    if all(l.drawn for row in rows for l in row):
        first = min([first] + [pieces[0][0] for pieces in multi if pieces[0][0] < lefts[1]])
    if numeric is None and any(p[0] < first - 1.5 * body_size for pieces in cut for p in pieces):
        return None
    columns = len(lefts)
    table_rows: list[list] = []
    # Where each column's one-column pieces lie: a heading set over a narrow column
    # (right-aligned "3rd", "4th" under "for hearing was granted") starts left of it.
    extent: dict[int, list[float]] = {}
    for pieces in cut:
        for x0, x1, _ in pieces:
            c = column(x0)
            if x1 - x0 <= body_size or column(x1 - 0.6 * body_size) == c:
                e = extent.setdefault(c, [x0, x1])
                e[0], e[1] = min(e[0], x0), max(e[1], x1)

    def overlap(c: int, x0: float, x1: float) -> float:
        a, b = extent.get(c, (0.0, 0.0))
        return max(0.0, min(b, x1) - max(a, x0))
    for pieces in cut:
        cells: dict[int, list] = {}
        spans: dict[int, int] = {}
        for x0, x1, chars in pieces:
            if numeric is not None:
                c, last = place(x0, x1, chars)
            else:
                c = column(x0)
                last = column(x1 - 0.6 * body_size) if x1 - x0 > body_size else c
                if last > c and overlap(last, x0, x1) > overlap(c, x0, x1):
                    c = last
            cells.setdefault(c, []).append(chars)
            spans[c] = max(spans.get(c, 1), last - c + 1)
        table_rows.append((cells, spans))
    # The first column holding only list numbers: numbered paragraphs, not a table.
    firsts = ["".join(ch.text for ch in cells[0][0]).strip()
              for cells, _ in table_rows if 0 in cells]
    if firsts and all(_ENUMERATOR.match(t) for t in firsts):
        return None
    # A column of brackets grouping lines ("Gibraltar )  A/52/23"): no grid.
    texts = ["".join(ch.text for ch in p[2]).strip() for pieces in cut for p in pieces]
    if sum(1 for t in texts if _BRACKET.match(t)) > len(texts) / 6:
        return None
    if columns == 2 and sum(1 for cells, _ in table_rows if len(cells) == 2) < 4:
        return None                  # two short columns on three lines: side by side text
    if columns == 2 and (any(l.column_left is not None for row in rows for l in row)
                         or all(_runs_on(table_rows, c) for c in (0, 1))):
        return None                  # a page of prose in two columns
    # Rows: printed rows closer than the tightest spacing (plus a margin) go together.
    steps = [rows[i][0].y0 - rows[i + 1][0].y0 for i in range(len(rows) - 1)]
    sizes = [l.size for row in rows for l in row]
    common = max(set(sizes), key=sizes.count)
    # The tightest spacing of lines in a cell: a line set between two rows of another
    # column (half a line apart) is no measure of it.
    tight = min([s for s in steps if s >= 0.8 * common] or steps)

    def plain(row) -> bool:            # not a heading or header line in other type
        return all(abs(l.size - common) < 0.6 for l in row) and not all(l.bold for l in row)
    uneven = _uneven([s for i, s in enumerate(steps) if plain(rows[i]) and plain(rows[i + 1])],
                     body_size)
    grid = Grid(lines=[l for row in rows for l in row], columns=columns, lefts=lefts)
    merged: list[tuple[dict, dict, list]] = []
    # Where each column's text starts, its headings' too (the right edge of the column
    # before it, for a line that fills its cell).
    starts = list(lefts)
    last_x0s: list[float] = []
    for cells, _ in table_rows:
        for c, pieces in cells.items():
            for chars in pieces:
                real = _real(chars)
                if real and c < len(starts):
                    starts[c] = min(starts[c], min(ch.x0 for ch in real))
                if real and c == columns - 1:
                    last_x0s.append(min(ch.x0 for ch in real))
    # The last column's edge is the table's, but for a column set flush left (a list of
    # names, one a line), where no line is known to fill it.
    flush = sum(abs(x - starts[-1]) <= 1.5 for x in last_x0s) >= 0.8 * len(last_x0s)
    right = float("inf") if flush else max(l.x1 for row in rows for l in row)
    for i, (cells, spans) in enumerate(table_rows):
        close = i and steps[i - 1] <= tight + 0.35 * body_size and merged
        if close and (uneven and not _record_of_figures(cells, table_rows[i - 1][0]) or
                      _wraps(table_rows[i - 1][0], cells, starts, right, page.rules)):
            target = merged[-1]
            for c, chars in cells.items():
                target[0].setdefault(c, []).extend(chars)
                target[1][c] = max(target[1].get(c, 1), spans[c])
            target[2].extend(rows[i])
        else:
            merged.append(({c: list(v) for c, v in cells.items()}, dict(spans), list(rows[i])))
    body_sizes = [l.size for _, _, ls in merged[1:] for l in ls]
    common = max(set(body_sizes), key=body_sizes.count) if body_sizes else None
    header = 0
    for k, (cells, _, ls) in enumerate(merged[:-1]):
        bold = all(l.bold for l in ls)
        smaller = common is not None and all(abs(l.size - common) > 0.6 for l in ls)
        # Set in italic over rows in roman, or ruled off from the rows under it (a rule
        # under each of its cells: the table's own rule or each heading underlined)
        # where the rows under it are not ruled off from each other.
        italic = not (bold or smaller) and _italic(ls) and \
            sum(_italic(m[2]) for m in merged[k + 1:k + 6]) <= len(merged[k + 1:k + 6]) / 3
        ruled = k == 0 and not (bold or smaller or italic) and \
            _ruled_off(cells, merged[1][2], page.rules) and \
            not (len(merged) > 2 and _ruled_off(merged[1][0], merged[2][2], page.rules))
        # Only the rows above the first body row are a header: a row of figures, or a
        # row label alone under the column headings (a bold group of rows), is body.
        figures = any(_FIGURE.match(t) and any(ch.isdigit() for ch in t)
                      for c, v in cells.items() if c
                      for t in ["".join(ch.text for chars in v for ch in chars).strip()])
        if figures and numeric is not None or k and set(cells) == {0}:
            break
        if bold or smaller or italic or ruled:
            header += 1
        else:
            break
    if header == len(merged):
        header = 0
    grid.header_rows = header
    for cells, spans, _ in merged:
        row = []
        for c in range(columns):
            if c in cells:
                row.append(([line_class(rows[0][0].page, chars) for chars in cells[c]],
                            spans[c]))
            elif not any(k < c < k + s for k, s in spans.items()):
                row.append(([], 1))
        grid.rows.append(row)
    return grid


def _real(chars) -> list:
    return [c for c in chars if c.font and not c.text.isspace()]


def _italic(lines) -> bool:
    real = [c for l in lines for c in _real(l.chars)]
    return bool(real) and sum(c.italic for c in real) > len(real) / 2


def _caseless(ch: str) -> bool:
    """A letter of a script without capitals (Arabic, Chinese): its case tells nothing
    of where a sentence starts."""
    return ch.isalpha() and not ch.isupper() and not ch.islower()


# Stops that end a sentence, in Latin, Arabic and Chinese type.
_SENTENCE_END = ".;:!?؛؟。；：！？"


def _wraps(above: dict, below: dict, starts: list[float], right: float, rules) -> bool:
    """Whether a printed row is the rest of the row above: in every column where both
    print text, the text below goes on from the text above (a lower-case start after no
    full stop), or the text above fills its column (the first word below would not have
    fit before the next column), and both start at the same x or are centred alike.
    In a script without capitals (Arabic, Chinese) only the filled column tells: a
    line above that ends no sentence and fills its cell up to the next column, or up
    to the table's rule (its last column), goes on below, whatever the other cells.
    Figures never run over lines, nor a cell over a rule drawn between two lines: each
    is a row of its own. This reads a cell whose label wraps in a table whose rows are
    evenly spaced (ruled tables, tables drawn as figures), where spacing alone cannot
    part rows from lines of a cell."""
    shared = [c for c in below if c in above]
    if not shared:
        return False
    more = set(below) > set(above)
    for c in shared:
        # cheap first: a line below that starts with no lower-case letter goes on only
        # where the row's other cells are on it
        first = next((ch.text for chars in below[c] for ch in chars
                      if ch.font and not ch.text.isspace()), "")
        if not more and not first.islower() and not _caseless(first):
            return False
    for c in shared:
        a = _real(ch for chars in above[c] for ch in chars)
        b = _real(ch for chars in below[c] for ch in chars)
        if not a or not b:
            return False
        text_a = "".join(ch.text for chars in above[c] for ch in chars).strip()
        text_b = "".join(ch.text for chars in below[c] for ch in chars).strip()
        if _FIGURE.match(text_a) or _FIGURE.match(text_b):
            return False
        a0, a1 = min(ch.x0 for ch in a), max(ch.x1 for ch in a)
        b0, b1 = min(ch.x0 for ch in b), max(ch.x1 for ch in b)
        # a rule drawn between the two lines parts two rows
        low, high = max(ch.y1 for ch in b), min(ch.y0 for ch in a)
        x0, x1 = min(a0, b0), max(a1, b1)
        if any(low <= y <= high and min(r1, x1) - max(r0, x0) > 0.5 * (x1 - x0)
               for r0, r1, y in rules):
            return False
        going_on = text_b[:1].islower() and text_a[-1:] not in ".;:!?"
        caseless = _caseless(text_b[:1]) and text_a[-1:] not in _SENTENCE_END
        # flush left, centred alike, or (going on) indented under it: a hanging indent
        if abs(a0 - b0) > 2 and abs(a0 + a1 - b0 - b1) > 4 and \
                not (going_on and 0 < b0 - a0 <= 2 * a[0].size):
            return False
        # the first word below: its characters up to the first space (a Chinese line
        # breaks after any character: the first one)
        word = []
        for chars in below[c]:
            for ch in chars:
                if word and (not ch.font or ch.text.isspace() or _ideograph(word[0].text)):
                    break
                if ch.font and not ch.text.isspace():
                    word.append(ch)
            break
        width = max(ch.x1 for ch in word) - min(ch.x0 for ch in word) if word else 0.0
        # A number starts an entry of its own ("III.C2.2 - …" under "III.C2.1 - …").
        if any(ch.text.isdigit() for ch in word):
            return False
        limit = starts[c + 1] if c + 1 < len(starts) else right
        if caseless and limit == float("inf"):
            # The last column set flush with its start: its end is the table's rule
            # (the narrowest drawn over or under the row that covers the cell's text).
            near = [r1 for r0, r1, y in rules if r0 <= x0 + 1 and r1 >= x1 - 1
                    and low - 2 * a[0].size <= y <= max(ch.y1 for ch in a) + 2 * a[0].size]
            limit = min(near, default=limit)
        # A line that fills its column goes on below when the row's other cells are
        # printed on the line below (set at the foot of the row), not in a list of
        # names or labels one a line; in a script without capitals, also when they
        # are not (no capital tells a new entry from the rest of a line), if the line
        # below stays in its cell (prose read as a grid runs across the columns).
        full = (more or caseless and b1 <= limit + 1) and a1 + width > limit - a[0].size
        if not (going_on or full):
            return False
    return True


def _ideograph(ch: str) -> bool:
    """A Chinese (CJK) character: a line may break after any of them."""
    return "\u3400" <= ch[:1] <= "\u9fff" or "\uf900" <= ch[:1] <= "\ufaff"


def _ruled_off(cells: dict, next_lines: list, rules: list) -> bool:
    """Whether a rule is printed under each cell of a row (under its lowest line, over
    the next row): a table's rule under its header, or each heading underlined."""
    if not cells or not next_lines:
        return False
    top = max(l.y1 for l in next_lines)
    for chars_list in cells.values():
        real = _real(ch for chars in chars_list for ch in chars)
        if not real:
            continue
        low = min(ch.y0 for ch in real)
        last = [ch for ch in real if ch.y0 < low + 1]
        x0, x1 = min(ch.x0 for ch in last), max(ch.x1 for ch in last)
        size = last[0].size
        covered = sum(max(0.0, min(r1, x1) - max(r0, x0)) for r0, r1, y in rules
                      if top - 1 <= y <= low + 0.4 * size)
        if covered < 0.8 * (x1 - x0):
            return False
    return True


def _text(chars) -> str:
    return "".join(c.text for c in chars).strip()


def _split_figures(pieces):
    """Figures printed close together in one piece ("1,617.2 100.0%") parted at the
    spaces between them: each is a cell of its own column."""
    out = []
    for x0, x1, chars in pieces:
        words: list[list] = [[]]
        for c in chars:
            if c.text.isspace() or not c.font:
                if words[-1]:
                    words.append([])
            else:
                words[-1].append(c)
        words = [w for w in words if w]
        if len(words) >= 2 and all(_FIGURE.match(_text(w)) for w in words):
            out += [(w[0].x0, max(c.x1 for c in w), w) for w in words]
        else:
            out.append((x0, x1, chars))
    return out


class _FigureColumns:
    """Columns of figures, each known by the right edge its figures are aligned on
    (right-aligned: their left edges vary with their width); the labels before them
    are one column, however indented."""

    def __init__(self, columns: list[tuple[float, float]]):
        self.columns = columns                      # (left, right) of each figure column
        self.rules: list[tuple[float, float, float]] = []     # the page's drawn rules

    def __call__(self, x0: float, x1: float, chars) -> tuple[int, int]:
        first_left = self.columns[0][0]
        if x1 <= first_left + 1:
            return 0, 0                             # a label
        if _FIGURE.match(_text(chars)) and any(c.text.isdigit() for c in chars):
            k = min(range(len(self.columns)), key=lambda j: abs(self.columns[j][1] - x1))
            if abs(self.columns[k][1] - x1) <= 3:
                return k + 1, k + 1
        # A heading over figure columns ("2022-2025 updated estimates", "Regular"): the
        # columns it stands over, by overlap; a long label runs a little into the first.
        over = [j for j, (a, b) in enumerate(self.columns)
                if min(b, x1) - max(a, x0) > 0.3 * min(b - a, x1 - x0)]
        covered = sum(max(0.0, min(b, x1) - max(a, x0)) for a, b in self.columns)
        if x0 < first_left - 1 and covered < 0.5 * (x1 - x0):
            return 0, 0
        # A heading over two columns or more spans those under the rule drawn at the
        # edge of its cell, or else those it is centred over.
        ruled = _ruled_span(x0, x1, chars, self.rules, self.columns) if len(over) >= 2 else None
        if ruled is not None:
            return ruled[0] + 1, ruled[1] + 1
        if not over:
            k = min(range(len(self.columns)),
                    key=lambda j: abs((self.columns[j][0] + self.columns[j][1]) / 2 - (x0 + x1) / 2))
            return k + 1, k + 1
        if len(over) < 2:
            return over[0] + 1, over[0] + 1
        first, last = _centred_span(x0, x1, over[0], over[-1], self.columns)
        return first + 1, last + 1


def _ruled_span(x0: float, x1: float, chars, rules, columns) -> tuple[int, int] | None:
    """The columns a heading spans by the rule drawn right under or over it (the edge of
    its cell, wider than its text): those whose figures lie within the rule's ends."""
    real = _real(chars)
    if not real or not rules or not any(c.text.isalpha() for c in real):
        return None
    y0, y1 = min(c.y0 for c in real), max(c.y1 for c in real)
    size = real[0].size
    for r0, r1, y in rules:
        # (a rule that reaches into the labels' column is a rule between rows)
        if y0 - 0.6 * size <= y <= y1 + 0.6 * size and r0 <= x0 + 1 and r1 >= x1 - 1 \
                and r1 - r0 > 1.2 * (x1 - x0) and r0 >= columns[0][0] - 3 * size \
                and abs(r0 + r1 - x0 - x1) <= max(4.0, 0.2 * (r1 - r0)):
            inside = [j for j, (a, b) in enumerate(columns) if a >= r0 - 2 and b <= r1 + 2]
            if inside:
                return inside[0], inside[-1]
    return None


def _centred_span(x0: float, x1: float, first: int, last: int, columns) -> tuple[int, int]:
    """A heading set centred over the columns it spans overlaps only the middle of the
    outer ones: from the columns it overlaps, a column more on either side while that
    brings the middle of the columns nearer to the middle of the heading."""
    middle = (x0 + x1) / 2

    def off(a: int, b: int) -> float:
        return abs((columns[a][0] + columns[b][1]) / 2 - middle)
    while True:
        best = (off(first, last), first, last)
        for a, b in ((first - 1, last), (first, last + 1), (first - 1, last + 1)):
            if 0 <= a and b < len(columns) and off(a, b) < best[0] - 1:
                best = (off(a, b), a, b)
        if best[1:] == (first, last):
            return first, last
        first, last = best[1], best[2]


def _figure_columns(cut):
    """A table of figures (most cells after the first in each row are figures): its
    pieces with figures printed close together parted, and its columns from the right
    edges of its figures (a column whose figures are all narrower than its heading
    would otherwise show up empty). None for a table of words."""
    cut = [_split_figures(pieces) for pieces in cut]
    later = [p for pieces in cut if len(pieces) >= 2 for p in pieces[1:]]
    if sum(1 for p in later if _FIGURE.match(_text(p[2]))) < 0.6 * len(later):
        return None
    # A dash for nothing is set in the middle of its cell: figures alone give the edges.
    figures = [p for p in later if _FIGURE.match(_text(p[2])) and any(c.text.isdigit() for c in p[2])]
    if len(figures) < 6:
        return None
    rights = [x for x, n in _cluster([p[1] for p in figures], 3.0) if n >= 3]
    if len(rights) < 2:
        return None
    groups = {r: [] for r in rights}
    # How far right the figures of each edge reach (asked once an edge, not once a
    # figure: a table of a few hundred figures made it a pass over all of them each).
    reach = {r: max(q[1] for q in figures if abs(q[1] - r) <= 3.5) for r in rights}
    for p in figures:
        r = min(rights, key=lambda r: abs(r - p[1]))
        if p[1] - r <= 3 + (reach[r] - r):
            groups[r].append(p)
    columns = [(min(p[0] for p in g), max(p[1] for p in g)) for g in groups.values() if g]
    # Labels stand left of every figure column.
    labels = [pieces[0] for pieces in cut if pieces and not _FIGURE.match(_text(pieces[0][2]))]
    if not columns or not labels:
        return None
    return cut, _FigureColumns(sorted(columns))


def _record_of_figures(cells: dict, above: dict) -> bool:
    """A row of figures with its label under a row that already fills two columns or
    more: a record of its own, however close (figures do not run over lines)."""
    texts = ["".join(ch.text for chars in v for ch in chars).strip()
             for c, v in cells.items() if c != 0]
    return 0 in cells and len(texts) >= 2 and all(_FIGURE.match(t) for t in texts) and \
        sum(1 for c in above if c != 0) >= 2


def _runs_on(table_rows, column: int) -> bool:
    """A column of running text: a third of its lines go on with the line above (a
    lowercase start after a line that ended no sentence)."""
    texts = ["".join(ch.text for chars in cells[column] for ch in chars).strip()
             for cells, _ in table_rows if column in cells]
    pairs = list(zip(texts, texts[1:]))
    going_on = sum(1 for a, b in pairs if b[:1].islower() and a[-1:] not in ".;:!?")
    return bool(pairs) and going_on >= len(pairs) / 3


def _uneven(steps: list[float], size: float) -> bool:
    """Row spacing that varies: some rows are wider apart than the lines of a cell."""
    return bool(steps) and max(steps) - min(steps) > 0.35 * size


@dataclass
class Figure:
    """An image (or a drawing whose text is not read) printed in the body."""
    page: int
    top: float
    bottom: float
    src: str
    alt: str = ""             # a chart's labels (drawn as text in it)


_URI_SAFE = "/!$&'()*+,;=:@~"       # what a URI path may hold as it is (RFC 3986)


def find_figures(body: list, pages: list, name: str) -> list[Figure]:
    """Images in the body of a page: large enough to be a figure or a chart (not an
    emblem, a barcode or an icon), not the backdrop of a scanned page, on a page with
    printed text (a photograph may fill a page but for its header and footer). Each is
    noted where it is printed; its caption stays text."""
    found: list[Figure] = []
    for page in pages:
        if not page.lines:
            continue                  # no text layer at all: a scanned page
        boxes = [b for b in page.images
                 if b[2] - b[0] >= 60 and b[3] - b[1] >= 40
                 and (b[2] - b[0]) * (b[3] - b[1]) < 0.6 * page.width * page.height]
        # A box inside another is part of the same figure.
        boxes = [b for b in boxes if not any(o is not b and o[0] <= b[0] + 1 and o[1] <= b[1] + 1
                                             and o[2] >= b[2] - 1 and o[3] >= b[3] - 1
                                             for o in boxes)]
        if page.number == 1:
            # Above the first line of text on page 1: the masthead's emblem.
            top = max((l.y1 for l in body if l.page == 1), default=0.0)
            boxes = [b for b in boxes if b[1] < top]
        for x0, y0, x1, y1 in sorted(set(boxes), key=lambda b: -b[3]):
            # The src is a URI: a file name's spaces and brackets are percent-encoded
            # ("JIU_REP_2025_1 [Expanded report].pdf" is no anyURI as it stands).
            src = f"{quote(name, safe=_URI_SAFE)}#page={page.number}"
            found.append(Figure(page.number, y1, y0, src,
                                page.labels.get((x0, y0, x1, y1), "")))
    return found


def split_body(body: list, grids: list) -> list:
    """The body as runs of lines, grids and figures, in reading order: each grid where
    its first line was, each figure before the first line printed below its top."""
    owner = {id(l): g for g in grids if isinstance(g, Grid) for l in g.lines}
    figures = sorted((g for g in grids if isinstance(g, Figure)), key=lambda f: (f.page, -f.top))
    # A page read as two columns because of its table: top to bottom, as printed.
    regrid = {l.page for l in body if id(l) in owner and l.column_left is not None}
    if regrid:
        body = sorted(body, key=lambda l: (l.page, -l.y0 if l.page in regrid else 0))
    out: list = []
    placed: set[int] = set()
    for line in body:
        while figures and (figures[0].page < line.page or
                           figures[0].page == line.page and line.y1 <= figures[0].top + 2):
            out.append(figures.pop(0))
        g = owner.get(id(line))
        if g is None:
            if not out or not isinstance(out[-1], list):
                out.append([])
            out[-1].append(line)
        elif id(g) not in placed:
            placed.add(id(g))
            out.append(g)
    return out + figures


def cell_lines(grids: list[Grid]) -> list:
    return [l for g in grids if isinstance(g, Grid)
            for row in g.rows for lines, _ in row for l in lines]


def table_block(grid, text_block) -> Block:
    """A figure as an empty block that says where it is; the grid as a block: ``text_block(marked lines, page)`` reads each cell. The
    block's own text is its cells' words in order (what classifiers read); its anchors
    are the cells' (so that a note called in a cell counts as called)."""
    if isinstance(grid, Figure):
        return Block("", grid.page, grid.page, figure=grid.src, figure_alt=grid.alt)
    page = grid.lines[0].page
    rows = []
    for row in grid.rows:
        cells = []
        for lines, span in row:
            at = lines[0].page if lines else page      # a table joined over pages
            block = text_block([l.marked for l in lines], at) if lines else Block("", at, at)
            link_printed_urls(block)
            cells.append(Cell(block, span))
        rows.append(cells)
    text = " ".join(c.block.text for row in rows for c in row if c.block.text)
    return Block(text, page, grid.lines[-1].page,
                 anchors=[a for row in rows for c in row for a in c.block.anchors],
                 table=rows, header_rows=grid.header_rows)

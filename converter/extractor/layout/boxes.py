"""Where each part was printed: the boxes a review page draws over the page images.

Takes the lines a block, a cell or a note was made of (:class:`.page.Line`, in PDF
points from the page's bottom-left corner); gives :data:`~converter.model.Box` lists
in the same points, on the page as printed (a mirrored right-to-left page is turned
back). Nothing here changes what is read: the boxes ride along on the blocks.
"""
from __future__ import annotations

import re
from collections import Counter

from ...model import Block, Box, Footnote, PrintedPages
from .assemble import ANCHOR_BASE
from .notes import printed_marker
from ..page import Line, Page

# A fragment of a paragraph ends where the next line stands above it (the next
# column) or on another page.
_ABOVE = 0.5          # points: a line higher than the last one's top by this is above


def _printed(line: Line, page: Page | None) -> tuple[float, float, float, float]:
    """The line's box as printed: a mirrored page (read from the right, see
    .columns.right_to_left) has its x turned back."""
    if page is not None and page.mirrored:
        return page.width - line.x1, line.y0, page.width - line.x0, line.y1
    return line.x0, line.y0, line.x1, line.y1


def boxes_of(lines: list[Line], pages: dict[int, Page]) -> list[Box]:
    """One box per run of lines on one page and in one column: a run ends where the
    page changes or the next line stands above the last (the top of the next column)."""
    out: list[Box] = []
    last: Line | None = None
    for line in lines:
        x0, y0, x1, y1 = _printed(line, pages.get(line.page))
        if out and last is not None and line.page == last.page and \
                line.y0 < last.y1 + _ABOVE:
            page, a0, b0, a1, b1 = out[-1]
            out[-1] = (page, min(a0, x0), min(b0, y0), max(a1, x1), max(b1, y1))
        else:
            out.append((line.page, x0, y0, x1, y1))
        last = line
    return [_rounded(b) for b in out]


def union_by_page(lines: list[Line], pages: dict[int, Page]) -> list[Box]:
    """One box per page around all of ``lines`` there (a table)."""
    by_page: dict[int, list[float]] = {}
    for line in lines:
        x0, y0, x1, y1 = _printed(line, pages.get(line.page))
        box = by_page.setdefault(line.page, [x0, y0, x1, y1])
        box[:] = [min(box[0], x0), min(box[1], y0), max(box[2], x1), max(box[3], y1)]
    return [_rounded((page, *box)) for page, box in sorted(by_page.items())]


def _rounded(box) -> Box:
    page, *rest = box
    return (page, *(round(v, 1) for v in rest))


def paragraph_boxes(blocks: list[Block], lines: list[Line],
                    paragraphs: list[tuple[int, list[str], bool]], pages: dict[int, Page]) -> None:
    """Each block made of a paragraph gets the boxes of its lines."""
    runs = paragraph_lines(lines, paragraphs)
    for block, run in zip(blocks, runs or ()):
        block.boxes = boxes_of(run, pages)


def grid_boxes(block: Block, grid, pages: dict[int, Page]) -> None:
    """A table's or a figure's boxes (see :func:`table_boxes`, :func:`figure_boxes`)."""
    if block.figure is not None:
        figure_boxes(block, grid, pages)
    else:
        table_boxes(block, grid, pages)


def note_boxes(footnotes: list[Footnote], notes: list[tuple[str, int, list[Line]]],
               text_lines: list[Line], markers: list[str], pages: dict[int, Page]) -> None:
    """Each note's boxes (its lines at the page foot) and its calls' (in ``text_lines``,
    the marked body and cell lines); ``footnotes`` are made one for one from ``notes``."""
    calls = call_boxes(text_lines, markers, pages)
    for footnote, (_, _, lines) in zip(footnotes, notes):
        footnote.block.boxes = boxes_of(lines, pages)
        footnote.calls = calls.get(footnote.marker, [])


def paragraph_lines(lines: list[Line], paragraphs: list[tuple[int, list[str], bool]]) \
        -> list[list[Line]] | None:
    """The lines of each paragraph :func:`.paragraphs.paragraphs` made of ``lines``:
    it takes them in order, each once, so paragraph k holds the next len(marked) lines.
    None when the counts or texts do not match (the boxes are then left out, never
    guessed)."""
    out, k = [], 0
    for _, marked, *_ in paragraphs:          # (page, marked lines, bold)
        run = lines[k:k + len(marked)]
        if len(run) != len(marked) or any(m != l.marked for m, l in zip(marked, run)):
            return None
        out.append(run)
        k += len(marked)
    return out if k == len(lines) else None


def table_boxes(block: Block, grid, pages: dict[int, Page]) -> None:
    """A table block's box per page, and each cell's (the grid's rows and the block's
    rows of cells are made one for one, see .tables.table_block)."""
    if block.table is None:
        return
    block.boxes = union_by_page(grid.lines, pages)
    for row, cells in zip(grid.rows, block.table):
        for (lines, _), cell in zip(row, cells):
            cell.block.boxes = boxes_of(lines, pages)


def figure_boxes(block: Block, figure, pages: dict[int, Page]) -> None:
    """A figure's box: the image printed there (its top and bottom are the figure's)."""
    page = pages.get(figure.page)
    for x0, y0, x1, y1 in page.images if page is not None else ():
        if abs(y1 - figure.top) < 0.01 and abs(y0 - figure.bottom) < 0.01:
            block.boxes = [_rounded((figure.page, x0, y0, x1, y1))]
            return


def _raised_runs(line: Line) -> list[tuple[str, Box]]:
    """Runs of raised, smaller characters (note calls, as .marking reads them) and
    asterisks, each with its box."""
    chars = line.chars                      # (read once: they may be packed)
    real = [c for c in chars if c.font]
    if not real:
        return []
    common = Counter(round(c.y0, 1) for c in real if c.size >= line.size - 0.3).most_common(1)
    baseline = common[0][0] if common else line.y0
    runs: list[tuple[str, Box]] = []
    current: list = []
    for c in chars + [None]:
        raised = c is not None and c.font is not None and (
            c.text == "*" or c.size < line.size * 0.85 and c.y0 > baseline + 0.15 * line.size)
        if raised:
            current.append(c)
            continue
        if current:
            runs.append(("".join(x.text for x in current),
                         (line.page, min(x.x0 for x in current), min(x.y0 for x in current),
                          max(x.x1 for x in current), max(x.y1 for x in current))))
            current = []
    return runs


def call_boxes(lines: list[Line], markers: list[str], pages: dict[int, Page]) -> dict[str, list[Box]]:
    """Note marker -> the boxes of its calls in ``lines`` (marked body and cell lines):
    each call the marking found (an anchor mark in the line's text) is the raised run
    holding its printed marker (a key "1@2" is a second note printed "1")."""
    out: dict[str, list[Box]] = {}
    if not markers:
        return out
    # The anchor marks of these markers (one search a line, not one test a character).
    anchors = re.compile("[%s-%s]" % (chr(ANCHOR_BASE), chr(ANCHOR_BASE + len(markers) - 1)))
    for line in lines:
        called = [markers[ord(c) - ANCHOR_BASE] for c in anchors.findall(line.marked)]
        if not called:
            continue
        runs, start = _raised_runs(line), 0
        page = pages.get(line.page)
        for marker in called:
            for k in range(start, len(runs)):
                text, (n, x0, y0, x1, y1) = runs[k]
                if printed_marker(marker) in text:
                    if page is not None and page.mirrored:
                        x0, x1 = page.width - x1, page.width - x0
                    out.setdefault(marker, []).append(_rounded((n, x0, y0, x1, y1)))
                    start = k
                    break
    return out


def printed_pages(pages: list[Page], masthead: list[Line], furniture: list[Line]) -> PrintedPages:
    """The pages' sizes, the masthead's lines and the dropped furniture, with boxes."""
    by_number = {p.number: p for p in pages}

    def boxed(lines: list[Line]) -> list[tuple[Box, str]]:
        return [(boxes_of([l], by_number)[0], l.text) for l in lines]
    return PrintedPages(sizes={p.number: (round(p.width, 1), round(p.height, 1)) for p in pages},
                        visible={p.number: p.visible for p in pages if p.visible},
                        masthead=boxed(masthead), dropped=boxed(furniture))

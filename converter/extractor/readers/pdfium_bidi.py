"""Arabic on a page read by PDFium (:mod:`.pdfium`): its characters put back in the
order drawn, their brackets as drawn, and the advance of a letter whose outline reaches
its box's end. PDFium's text page gives each line in reading order (see
:func:`drawing_order`); the layout stages read an Arabic line from the order drawn (see
..rtl), as pdfminer gives it.

Takes the page's characters as the PDFium reader holds them (entries: drawing order of
their text object, forms, :class:`..page.Char`, style) in PDFium's order, with PDFium's
own spaces and line ends; gives them in the order drawn.
"""
from __future__ import annotations

import unicodedata

BREAK = object()      # a line end PDFium made up

_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹"))


def drawing_order(out: list, made_up: list[tuple[int, object]]) -> list:
    """A page with Arabic: its characters in the order drawn, their brackets as drawn.

    PDFium puts each line it makes (its characters in the order its objects are drawn,
    from the left) in reading order, as its CFX_BidiString does, simpler than the Unicode
    algorithm: the characters make runs of one direction (left, weak left, right,
    neutral: see _DIRECTION); when right-to-left runs are as many as left-to-right
    ones, the line reads from the right and its runs are taken in reverse; a
    right-to-left run, or a neutral one met while reading right to left, is turned
    round, its brackets mirrored.
    The layout stages read an Arabic line from the order drawn (see ..rtl), as pdfminer
    gives it: each line is turned back here. A run keeps its direction's class whatever
    its order, and runs stay apart, so the turning is undone run by run.

    ``made_up``: where PDFium made up a space (None) or a line end (BREAK), by the place
    in ``out`` of the character after it."""
    sequence: list = []
    at = 0
    for place, what in made_up + [(len(out), BREAK)]:
        sequence += range(at, place)
        sequence.append(what)
        at = place
    result: list = []
    line: list = []
    for item in sequence:
        if item is not BREAK:
            line.append(item)
            continue
        result += _undone(out, line)
        line = []
    return [out[k] for k in result]


def _undone(out: list, line: list) -> list[int]:
    """One line in PDFium's order (indices into ``out``, None for its own spaces) -> the
    indices in the order drawn; the brackets of the runs PDFium turned round put back."""
    runs: list[tuple[str, list]] = []
    for item in line:
        direction = "N" if item is None else \
            _DIRECTION.get(unicodedata.bidirectional(out[item][3].text[:1]), "N")
        if runs and runs[-1][0] == direction:
            runs[-1][1].append(item)
        else:
            runs.append((direction, [item]))
    rightwards = sum(d == "R" for d, _ in runs)
    if not rightwards:
        return [k for k in line if k is not None]
    current = "R" if rightwards >= sum(d in "LW" for d, _ in runs) else "L"
    overall = current
    undone = []
    for direction, members in runs:              # in the order PDFium processed them
        if direction == "R" or direction == "N" and current == "R":
            current = "R"
            members = members[::-1]
            for k in members:
                if k is not None and out[k][3].text in _MIRRORED:
                    out[k][3].text = _MIRRORED[out[k][3].text]
        elif direction != "W":
            current = "L"
        undone.append(members)
    if overall == "R":
        undone.reverse()
    return [k for members in undone for k in members if k is not None]


# Unicode bidirectional classes as PDFium's CFX_BidiChar groups them: left; weak left
# (numbers, their separators and terminators, marks), which leaves the direction as it
# is; right; any other is neutral. Which runs make a line right to left is measured on
# the test documents (tests/test_rtl_cjk.py, the test PDFs of tests/pdfs.py): the weak
# count with the left ones.
_DIRECTION = {"L": "L", "R": "R", "AL": "R",
              **{c: "W" for c in ("AN", "EN", "NSM", "CS", "ES", "ET", "BN")}}




def reaching(out: list, reaching: set[int]) -> None:
    """An Arabic letter whose outline reaches its loose box's end: its advance ends at
    the next glyph's origin, when the same text object draws it there (its drawing
    order is its place: see .pdfium._chars)."""
    for k, entry in enumerate(out[:-1]):
        char = entry[3]
        if id(char) in reaching:
            after = out[k + 1]
            if after[0] == entry[0] and char.x0 < after[3].x0 < char.x1:
                char.x1 = after[3].x0

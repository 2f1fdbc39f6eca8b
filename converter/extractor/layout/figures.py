"""Text drawn inside a figure (a PDF form XObject): a table or a text box, read as the
page's text, or a chart's labels, kept as the figure's alternative text.

Takes the lines read inside one form and its box; gives the decision and, for a chart,
its labels as one line of text. The rule is general, from the lines' arrangement: a
table's words and numbers stand in rows (several pieces on one baseline, row after row)
that hold most of its lines; a text box is mostly lines of several words; a chart's
labels are sparse (axis ticks, a legend, values over bars at varying heights).
"""
from __future__ import annotations

from ..page import Line

# A table: at least this many rows of two or more pieces, holding this share of the lines.
TABLE_ROWS = 3
TABLE_SHARE = 0.6
# A text box: this share of its characters in lines of at least this many words.
PROSE_SHARE = 0.6
PROSE_WORDS = 4


def reads_as_text(lines: list[Line], box: tuple[float, float, float, float]) -> bool:
    """Whether the form's text is a table or a text box (else a chart's labels)."""
    flat = [l for l in lines if not l.rotated]
    if not flat:
        return False
    rows: list[list[Line]] = []
    for line in sorted(flat, key=lambda l: -l.y0):
        if rows and abs(rows[-1][0].y0 - line.y0) < 0.5 * max(line.size, 1.0):
            rows[-1].append(line)
        else:
            rows.append([line])
    multi = [r for r in rows if len(r) >= 2]
    if len(multi) >= TABLE_ROWS and sum(len(r) for r in multi) >= TABLE_SHARE * len(flat):
        return True
    # A text box: two lines of several words or more (a chart's title is one line).
    prose = [l for l in flat if len(l.text.split()) >= PROSE_WORDS]
    return len(prose) >= 2 and \
        sum(len(l.text) for l in prose) >= PROSE_SHARE * sum(len(l.text) for l in flat)


def labels(lines: list[Line]) -> str:
    """A chart's labels in reading order (top to bottom, left to right), one text."""
    flat = sorted((l for l in lines if not l.rotated), key=lambda l: (-round(l.y0), l.x0))
    return " ".join(l.text for l in flat + [l for l in lines if l.rotated] if l.text)

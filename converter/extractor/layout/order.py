"""A page's lines put in order, whichever reader read them: the first layout step.

Takes what a reader found on one page (see :mod:`..readers`): the lines of the page's
own text, the characters printed turned by a quarter (``page.turned``), and the text of
each form XObject (a drawn table, a chart, the text an OCR program laid over a scan)
set apart with the form's box (``page.forms``); gives the page's lines in reading order
(see :mod:`.columns`), a drawn table's lines where the form stands, a chart's labels as
its alternative text (see :mod:`.figures`).
"""
from __future__ import annotations

from ..page import Line, Page
from ..readers.lines import turned_lines
from . import figures
from .columns import in_columns, merge_split_lines


def order_page(page: Page) -> Page:
    """``page`` with its lines (``page.lines``, the page's own text, in any order) in
    reading order, and what the reader set apart placed (``page.turned`` and
    ``page.forms``, emptied). A page whose only text is inside forms is a scan with its
    OCR layer: all of it is the page's text. Elsewhere a form's text is read when it is
    a table or a text box; a chart's labels become its alternative text."""
    number = page.number
    turned, forms = page.turned, page.forms
    page.turned, page.forms = [], []
    page.figure_text = page.figure_text or bool(forms)
    printed = bool(page.lines or turned)
    drawn: list[tuple[float, list[Line]]] = []       # (top, lines) of tables drawn as forms
    for box, lines, turned_in in forms:
        inner = lines + turned_lines(number, turned_in)
        if not printed:
            page.lines += lines
            turned += turned_in
        elif figures.reads_as_text(inner, box):
            for line in inner:
                line.drawn = True
            drawn.append((box[3], inner))
        else:
            page.images.append(box)
            page.labels[tuple(box)] = figures.labels(inner)
    page.lines = in_columns(page, sorted(page.lines, key=lambda l: (-round(l.y0), l.x0)))
    for top, lines in sorted(drawn, key=lambda d: -d[0]):
        # A drawn table's own lines, top to bottom, where the form stands on the page (its
        # columns are no columns of the page's text).
        at = next((k for k, l in enumerate(page.lines) if l.y1 <= top + 2), len(page.lines))
        page.lines[at:at] = merge_split_lines(sorted(lines, key=lambda l: (-round(l.y0), l.x0)))
    page.lines += turned_lines(number, turned)
    return page

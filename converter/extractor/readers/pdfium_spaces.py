"""Spaces PDFium's text page leaves out, put back for the PDFium reader (:mod:`.pdfium`):
pdfminer reads each space a PDF draws, and the layout stages stand words, figures and a
table's cells apart by them.

PDFium keeps one space of a run drawn on a line and takes out the rest
(:func:`spaces_put_back`); it leaves out a text object of no width, one space or spaces
drawn on the spot, and an object whose spaces all followed a space (:func:`blanks`).
When it leaves out objects that draw text, the page is better read by pdfminer
(:func:`dropped`).

Takes the page's characters as the PDFium reader holds them (entries: drawing order of
their text object, forms, :class:`..page.Char`, style) and what the page-object tree
says (its text objects' bounds); gives the entries with the spaces put back.
"""
from __future__ import annotations

import ctypes

from ..page import Char
from . import pdfium_bulk
from . import pdfium_lib as lib


class Upright:
    """The style of a space put back (see :func:`blanks`)."""
    turned = False
    direction = 0.0


UPRIGHT = Upright()      # a space put back whose width the font does not say
SPACE = Upright()        # one whose width it says


def spaces_put_back(out: list, objects, fonts) -> list:
    """The spaces drawn after a space, put back where they can be told. PDFium keeps one
    space of a run and takes out the rest (a line's consecutive spaces, across text
    objects too), where pdfminer reads each space drawn; a spreadsheet aligns its
    figures with such runs, and lines and a drawn table's cells stand apart or together
    by them.

    Where they were is read from the text object's bounds, which reach each blank
    glyph's origin (it draws nothing): at the object's start, from the bounds' left to
    its first character kept; at its end, after its last space kept, up to the bounds'
    right (the last space's origin, where no glyph's ink reaches; its box's end in a font
    whose space draws one: ``fonts.space_ink``, see .pdfium._Fonts). A gap between a
    space kept and the next character of the object may be spaces taken out or a jump
    (a tab, a typewriter's pitch: whole spaces wide too): left as PDFium has it. Each
    space is as wide as the object's own, else a quarter of its size.

    ``out``: the characters in PDFium's order, each object's together (upright ones);
    gives them with the spaces put back."""
    result = []
    reach = objects.reach
    for start, stop, leftwards, width in object_runs(out):
        real = out[start:stop]
        if real[0][4].turned or leftwards:
            result += real            # turned, right to left, overprinted: as it is
            continue
        if width is None:
            width = 0.25 * real[0][3].size
        order = real[0][0]
        x0, _, x1, _ = objects.bounds[order]
        first, last = real[0][3], real[-1][3]
        if first.text != " " and first.x0 - x0 > 0.75 * width:
            result += _spaces(real[0], x0, first.x0, width)
        result += real
        if last.text != " ":
            continue
        if fonts.space_ink.get(real[-1][4].handle):
            # A font whose space draws a box (an OCR layer's glyphless font): the
            # bounds reach the kept space's end, and each space taken out's.
            if x1 > last.x1 + 0.5 * width:
                result += _spaces(real[-1], last.x1, x1, width)
        elif x1 > max(last.x0, reach.get(order, 0.0)) + 0.05:
            # Origins after the last space kept: spaces taken out, the last at x1.
            count = max(1, round((x1 - last.x0) / width))
            step = (x1 - last.x0) / count
            result += [_spaces(real[-1], last.x0 + i * step, last.x0 + i * step + width,
                               width)[0] for i in range(1, count + 1)]
    return result


def object_runs(out: list) -> list[tuple[int, int, bool, float | None]]:
    """The runs of ``out`` (the loop's entries) of one text object each: (start, stop,
    whether a character starts left of the one before by 0.1 or more, the width of its
    first space wider than 0.01, None for none). In C where the reader's extension was
    built (it reads every character of the page), else here."""
    in_c = pdfium_bulk.compiled()
    if in_c is not None:
        return in_c.object_runs(out, Char)
    runs = []
    start, n = 0, len(out)
    while start < n:
        order = out[start][0]
        leftwards, width = False, None
        last = out[start][3].x0
        stop = start
        while stop < n and (stop == start or out[stop][0] == order):
            char = out[stop][3]
            if char.x0 < last - 0.1:
                leftwards = True
            last = char.x0
            if width is None and char.text == " " and char.x1 - char.x0 > 0.01:
                width = char.x1 - char.x0
            stop += 1
        runs.append((start, stop, leftwards, width))
        start = stop
    return runs


def _spaces(like: tuple, start: float, stop: float, width: float) -> list:
    """Spaces from ``start`` to ``stop``, each about ``width`` wide, on the line of the
    character ``like`` (an entry of _chars), drawn by its text object."""
    order, container, form, char, style = like
    count = max(1, round((stop - start) / width))
    step = (stop - start) / count
    return [(order, container, form,
             Char(" ", char.font, char.size, start + i * step, start + (i + 1) * step,
                  char.y0, char.y1, char.color), style) for i in range(count)]


def dropped(objects, obj, seen: set[int], inkless: set) -> bool:
    """Whether PDFium's text page left out an object that draws text: no width (one
    glyph, or glyphs of no width), and some ink; or a font whose text PDFium kept has
    none (an OCR layer's glyphless font, a word of one letter); or the next object on
    its baseline stands to its left (a right-to-left text drawn a glyph at a time in
    logical order, in a font whose glyphs PDFium has no outlines for); or no text kept
    on the page at all. An object of no width and no ink otherwise is a space (a word
    processor starts and ends many a line with one, in a font of its own at times)."""
    order = objects.order[obj]
    if order in seen:
        return False
    x0, y0, x1, y1 = objects.bounds[order]
    if x1 - x0 >= 0.01:
        return False
    if y1 - y0 >= 0.01 or not seen or lib.object_font(obj) in inkless:
        return True
    after = objects.bounds.get(order + 1)
    return after is not None and after[0] < x0 - 0.5 and after[1] - 3 < y0 < after[3] + 3


def blanks(objects, seen: set[int], fonts, number: int) -> list:
    """Text objects that draw only spaces and have none left in PDFium's text page: it
    leaves out an object of no width (one space, or spaces drawn on the spot) and takes
    out spaces drawn after a space (see spaces_put_back), while pdfminer reads each; a
    word stands apart from the next by them ("fast -changing"), a figure from the next
    cell. Put back as spaces from the object's first origin to its last, each as wide
    as the font's space (else a quarter of the size, reaching the next character: see
    .pdfium._finished), from the font's descent (``fonts``: .pdfium._Fonts; else a
    fifth of the size)."""
    out = []
    size = ctypes.c_float()
    for obj, x0, x1, y, m in objects.blank:
        order = objects.order[obj]
        if order in seen or not lib.object_font_size(obj, ctypes.byref(size)):
            continue
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 * size.value
        if scale <= 0:
            continue
        font = lib.object_font(obj)
        width, style = 0.25 * scale, UPRIGHT
        space = fonts.space_width(font)
        if space > 0:
            width, style = space * (m[0] ** 2 + m[1] ** 2) ** 0.5 * size.value, SPACE
        name = fonts.name(font)
        descent = fonts.descent(font, name, number) * scale if font else -0.2 * scale
        count = 1 + max(0, round((x1 - x0) / width)) if m[1] == 0 and m[2] == 0 else 1
        step = (x1 - x0) / (count - 1) if count > 1 else width
        for k in range(count):
            start = x0 + k * step
            char = Char(" ", name, scale, start, start + width, y + descent, y + descent + scale)
            out.append((order, objects.container.get(obj, 0), objects.form_of.get(obj, 0),
                        char, style))
    return out

"""The PDFium reader: a PDF through PDFium (the ``pypdfium2`` package, the ``fast``
extra) into :class:`..page.Page` objects, the model the pdfminer reader fills too.

Takes the PDF's bytes; gives every page's lines (see :mod:`.lines`; put in reading order
by :mod:`..layout.order`), its characters printed turned and its forms' text set apart,
its drawn rules, images and link annotations, and the day the file says it was made.

PDFium's text page gives each character with its Unicode value (a font's broken
ToUnicode map repaired from its glyph names) and its box; the rest comes from its
page-object API, once per text object: the font's name, the size and matrix (a
character turned by a quarter, a leaning one), the fill colour, the form XObject it is
drawn in (a drawn table, a chart, an OCR layer). The box of a character is made as
pdfminer makes it, which the layout stages were written against: from the font's
descent under the (raised) baseline to one size above, to where its advance ends (see
:func:`_advance`; descents as the PDF gives them, :class:`_Fonts`), in the PDF's figures
rather than PDFium's single precision. Rules are the thin subpaths of path objects, as
pdfminer splits a path into its subpaths. PDFium inserts spaces and line ends of its
own ("generated" characters): they are left out, lines and word spaces are made by
:func:`.lines.group_lines`; the spaces it takes out are put back
(:mod:`.pdfium_spaces`), and Arabic lines it turns into reading order turned back to the
order drawn (:mod:`.pdfium_bidi`).

Each page is loaded, read and closed in turn: a page's objects do not outlive it. The
library is called through handles of its own (:mod:`.pdfium_lib`); the three calls made
of every character (its text object, loose box and origin) are made in one go per page
(:mod:`.pdfium_bulk`, in C where it was built), then the Python that makes the model.
"""
from __future__ import annotations

import ctypes
import re
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ...errors import BadInput
from ..characters import cleaner
from ..page import Char, Form, Line, Page, creation_day, visible_part
from . import pdfium_lib as lib
from . import pdfium_bidi, pdfium_bulk, pdfium_spaces
from .lines import RIGHT_TO_LEFT, group_lines, place_spaces

NAME = "pdfium"


# -- the document ---------------------------------------------------------------------

_ERRORS = {raw.FPDF_ERR_PASSWORD: "encrypted PDF: it cannot be opened without a password",
           raw.FPDF_ERR_SECURITY: "encrypted PDF with an unsupported scheme",
           raw.FPDF_ERR_FORMAT: "not a readable PDF (PDFium finds no valid PDF structure)",
           raw.FPDF_ERR_FILE: "not a readable PDF (the file cannot be read)"}


class Unopenable(BadInput):
    """PDFium cannot open the file (see :func:`..readers.read_pdf`: pdfminer then says
    why in more words, or reads it)."""


def read_pdf(data: bytes, name: str) -> tuple[list[Page], str | None]:
    """Every page, and the day the file says it was made (ISO)."""
    pages, created = open_pdf(data, name)
    return list(pages), created


def open_pdf(data: bytes, name: str) -> tuple[Iterator[Page], str | None]:
    """The pages one by one (each loaded, read and closed in turn; the document closed
    once the last is read, or the pages dropped), and the day the file says it was made
    (ISO). A file PDFium cannot open is refused here, saying why (:class:`Unopenable`)."""
    if not data:
        raise Unopenable(f"{name}: the file is empty")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        why = _ERRORS.get(code, f"not a readable PDF ({' '.join(str(error).split())[:120]})")
        raise Unopenable(f"{name}: {why}") from None

    def pages() -> Iterator[Page]:
        try:
            count = 0
            for count, page in enumerate(read_pages(document, name, _Fonts(data)), start=1):
                yield page
            if not count:
                raise BadInput(f"{name}: the PDF has no pages")
        finally:
            document.close()
    return pages(), _created(document)


def read_pages(document, name: str, fonts: "_Fonts") -> Iterator[Page]:
    """The document's pages, each read and closed in turn."""
    handle = ctypes.cast(document.raw, lib.P)
    for index in range(len(document)):
        page = lib.load_page(handle, index)
        if not page:
            raise BadInput(f"{name}: damaged PDF (page {index + 1} cannot be read)")
        try:
            yield _read_page(handle, page, index + 1, fonts)
        finally:
            lib.close_page(page)


def _created(document) -> str | None:
    try:
        return creation_day(document.get_metadata_value("CreationDate"))
    except (pdfium.PdfiumError, KeyError, ValueError):
        return None


# -- one page -------------------------------------------------------------------------

class _Objects:
    """What the page-object tree says: the form each text object is drawn in, the
    images, the rules; walked once per page."""

    def __init__(self, page, ctm: lib.Matrix, result: Page):
        self.order: dict[int, int] = {}          # text object -> its place in drawing order
        self.blank: list[tuple] = []             # text objects of no width or no ink
        self.bounds: dict[int, tuple[float, float, float, float]] = {}   # by drawing order
        self.reach: dict[int, float] = {}        # by drawing order: its last glyph's ink
        self.symbolic: set[str | None] = set()   # fonts read in a symbol font's own codes
        self.right_to_left = False               # some of the page's text is Arabic
        self.turned = False                      # some of it is turned by a quarter
        self.seen: set[int] = set()              # by drawing order: objects with text kept
        self.inkless: set[int] = set()           # fonts of text kept that has no ink
        self.form_of: dict[int, int] = {}        # text object -> its form (0: the page)
        self.forms: dict[int, tuple[float, float, float, float]] = {}   # form -> box
        self.container: dict[int, int] = {}      # text object -> innermost form
        self.ctm = ctm
        self.page = result
        self._matrix = raw.FS_MATRIX()
        self._l, self._b, self._r, self._t = (ctypes.c_float() for _ in range(4))
        for k in range(lib.count_objects(page)):
            self._visit(lib.page_object(page, k), 0, 0, ctm)

    def _bounds(self, obj, m: lib.Matrix) -> tuple[float, float, float, float]:
        lib.object_bounds(obj, self._l, self._b, self._r, self._t)
        return lib.box(m, self._l.value, self._b.value, self._r.value, self._t.value)

    def _own_matrix(self, obj) -> lib.Matrix:
        m = self._matrix
        if not lib.object_matrix(obj, ctypes.byref(m)):
            return lib.IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _visit(self, obj, top: int, inner: int, m: lib.Matrix) -> None:
        kind = lib.object_type(obj)
        if kind == lib.TEXT:
            self.order[obj] = len(self.order)
            x0, y0, x1, y1 = self.bounds[self.order[obj]] = self._bounds(obj, m)
            if x1 - x0 < 0.01 or y1 - y0 < 0.01:
                # No width (PDFium's text page leaves it out) or no ink: spaces only.
                self.blank.append((obj, x0, x1, y0, lib.times(self._own_matrix(obj), m)))
            if top:
                self.form_of[obj] = top
                self.container[obj] = inner
        elif kind == lib.PATH:
            self._rules(obj, m)
        elif kind == lib.IMAGE:
            x0, y0, x1, y1 = self._bounds(obj, m)
            page = self.page
            page.has_image = True
            page.image_cover = max(page.image_cover, (x1 - x0) * (y1 - y0) /
                                   max(page.width * page.height, 1.0))
            page.images.append((x0, y0, x1, y1))
        elif kind == lib.FORM:
            count = lib.count_form_objects(obj)
            if count <= 0:
                self.page.has_image = True           # an empty figure, as pdfminer has it
                self.page.images.append(self._bounds(obj, m))
                return
            top = top or obj
            if top == obj:
                self.forms[obj] = self._bounds(obj, m)
            inside = lib.times(self._own_matrix(obj), m)
            for k in range(count):
                self._visit(lib.form_object(obj, k), top, obj, inside)

    def _rules(self, obj, m: lib.Matrix) -> None:
        """A path's thin wide subpaths (a line, a rectangle drawn as a rule): as pdfminer
        splits a path into its subpaths and keeps those under 2 points high, over 20
        wide (their points only, the line's width left out)."""
        x0, y0, x1, y1 = self._bounds(obj, m)
        if x1 - x0 <= 20:
            return                            # no subpath of it is wide enough
        own = lib.times(self._own_matrix(obj), m)
        x, y = ctypes.c_float(), ctypes.c_float()
        points: list[tuple[float, float]] = []
        for k in range(lib.count_segments(obj)):
            segment = lib.segment(obj, k)
            if lib.segment_type(segment) == lib.MOVETO and points:
                self._rule(points)
                points = []
            lib.segment_point(segment, x, y)
            points.append(lib.apply(own, x.value, y.value))
        if points:
            self._rule(points)

    def _rule(self, points: list[tuple[float, float]]) -> None:
        if len(points) < 2:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if y1 - y0 < 2 and x1 - x0 > 20:
            self.page.rules.append((x0, x1, (y0 + y1) / 2))


class _Style:
    """One text object's font, size, descent, direction and colour: asked once per
    object. The size is pdfminer's: the font size the object sets, scaled by its matrix
    (a PDF may set its text in a 1-point font scaled up)."""
    __slots__ = ("font", "size", "descent", "turned", "direction", "color", "handle", "across",
                 "widths", "lean")
    # (buffers of their own, filled by each call)
    _matrix = raw.FS_MATRIX()
    _size = ctypes.c_float()
    _rgba = [ctypes.c_uint() for _ in range(4)]

    def __init__(self, text_page, index: int, obj, ctm: lib.Matrix, fonts: "_Fonts", number: int):
        font = lib.object_font(obj)
        self.font = fonts.name(font)
        m = self._matrix
        a, b, c, d = 1.0, 0.0, 0.0, 1.0
        if lib.char_matrix(text_page, index, ctypes.byref(m)):
            a, b, c, d, _, _ = lib.times((m.a, m.b, m.c, m.d, 0.0, 0.0), ctm[:4] + (0.0, 0.0))
        size = self._size
        if lib.object_font_size(obj, ctypes.byref(size)):
            # pdfminer's size is its box's height: a slanted line's (a false italic,
            # drawn leaning) is its upright height.
            self.size = round(size.value * (abs(d) if b == 0 else (c * c + d * d) ** 0.5), 4)
            self.across = size.value * (a * a + b * b) ** 0.5   # an em along the line
        else:
            self.size = self.across = lib.char_size(text_page, index)
        # How far a leaning character's box moves right per point up (pdfminer's box
        # runs from the slanted foot of the advance's start to the top of its end).
        self.lean = c / d if b == 0 and d and abs(c) > 1e-6 else 0.0
        self.handle = font
        self.widths = fonts.widths(font)      # character -> its width in ems (see _em)
        self.descent = fonts.descent(font, self.font, number) * self.size
        self.turned = abs(a) < 1e-3 and abs(d) < 1e-3 and (abs(b) > 1e-3 or abs(c) > 1e-3)
        self.direction = b
        r, g, bl, alpha = self._rgba
        self.color = (r.value << 16 | g.value << 8 | bl.value) \
            if lib.fill_color(obj, r, g, bl, alpha) else None


class _Fonts:
    """The document's fonts' descents (in ems), as pdfminer has them: what the PDF says,
    asked once per font.

    PDFium gives the font descriptor's /Descent, but for a font whose descriptor says
    neither ascent nor descent (0 and 0: LibreOffice writes so): it measures glyphs
    instead ("A" and "g"), where pdfminer keeps 0, and every line of it stands some
    points lower. Its ascent tells: the measured one is a capital's height, under the
    ascender a descriptor gives (but for a few fonts: it is then read from the PDF, by
    pdfminer's parser, once per document and font)."""

    def __init__(self, data: bytes):
        self.data = data
        self.descents: dict[int, float] = {}
        self._widths: dict[int, dict[str, float]] = {}
        self._names: dict[int, str] = {}
        self.space_ink: dict[int, bool] = {}     # whether the font's space draws a box
        self._parsed = None

    def name(self, font) -> str:
        """The font's name (see pdfium_lib.base_font), asked once."""
        found = self._names.get(font)
        if found is None:
            found = self._names[font] = lib.base_font(font)
        return found

    def widths(self, font) -> dict[str, float]:
        """The font's widths asked so far (filled by _em), one table per font."""
        found = self._widths.get(font)
        if found is None:
            found = self._widths[font] = {}
        return found

    def descent(self, font, name: str, number: int) -> float:
        if not font:
            return 0.0
        found = self.descents.get(font)
        if found is None:
            found = self.descents[font] = self._descent(font, name, number)
        return found

    def _descent(self, font, name: str, number: int) -> float:
        if not lib.embedded(font):
            standard = _standard_descent(name)
            if standard is not None:
                return standard
        value = ctypes.c_float()
        descent = value.value / 1000 if lib.font_descent(font, 1000.0, value) else 0.0
        if descent and lib.font_ascent(font, 1000.0, value) and value.value < 800:
            described = self._described(name, number)
            if described is not None:
                return described
        return descent

    def _described(self, name: str, number: int) -> float | None:
        """The /Descent of the descriptor of the font so named on page ``number``."""
        from . import descriptors
        if self._parsed is None:
            self._parsed = descriptors.Descriptors(self.data)
        return self._parsed.descent(name, number)


@lru_cache(maxsize=64)
def _standard_descent(name: str | None) -> float | None:
    """The descent (in ems) pdfminer gives a font it has metrics of its own for (the
    standard 14 and their Windows names: it reads them, not the PDF's, for a font so
    named); None for any other. PDFium takes the substitute font's, a little deeper
    (Courier: half a point at 10 points)."""
    from pdfminer.fontmetrics import FONT_METRICS
    metrics = FONT_METRICS.get(name or "")
    return float(metrics[0]["Descent"]) / 1000 if metrics else None


def _read_page(document, page, number: int, fonts: "_Fonts") -> Page:
    ctm, width, height = lib.page_matrix(page)
    result = Page(number, width, height, visible=visible_part(*lib.page_boxes(page)))
    objects = _Objects(page, ctm, result)
    text_page = lib.text_page(page)
    try:
        chars = _chars(text_page, ctm, objects, fonts, number)
    finally:
        lib.close_text(text_page)
    # The page's own text and each form's, grouped into lines apart (as pdfminer lays
    # out each form XObject as a figure of its own).
    by_container: dict[tuple[int, int], list[Char]] = {}
    turned: dict[int, list[tuple[Char, float]]] = {}
    if not objects.forms and not objects.turned:
        if chars:
            by_container[(0, 0)] = [entry[3] for entry in chars]
    else:
        for _, container, top, char, style in chars:
            if style.turned:
                turned.setdefault(top, []).append((char, style.direction))
            else:
                by_container.setdefault((top, container), []).append(char)
    form_lines: dict[int, list[Line]] = {}
    for (top, _), run in by_container.items():
        target = result.lines if not top else form_lines.setdefault(top, [])
        for line_chars in group_lines(run):
            place_spaces(line_chars)
            if any(c.font and not c.text.isspace() for c in line_chars):
                target.append(Line(number, line_chars))
    forms: list[Form] = [(box, form_lines.get(form, []), turned.get(form, []))
                         for form, box in objects.forms.items()
                         if form in form_lines or form in turned]
    result.links = _links(document, page, ctm)
    result.turned, result.forms = turned.get(0, []), forms
    return result


def _chars(text_page, ctm: lib.Matrix, objects: _Objects, fonts: "_Fonts",
           number: int) -> list[tuple[int, int, int, Char, _Style]]:
    """The page's characters in drawing order, each as (its text object's place in the
    drawing order, innermost form, top form, char, style)."""
    n = max(0, lib.count_chars(text_page))
    buffer = ctypes.create_string_buffer(2 * (n + 1))
    lib.get_text(text_page, 0, n, buffer)
    text = buffer.raw[:2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n or _SURROGATE.search(text):
        # A character outside the BMP takes two UTF-16 units: one by one then.
        text = [chr(lib.unicode(text_page, i)) for i in range(n)]
    # Each character's text object, loose box and origin, asked in one go (see
    # pdfium_bulk): plain numbers from here on.
    columns = pdfium_bulk.page_chars(text_page, n)
    styles: dict[int, _Style] = {}
    reaching: list[int] = []        # Arabic letters whose outline reaches their box's end
    # Where PDFium made up a space (None) or a line end (BREAK), by the place in ``out``
    # of the character after it: for pdfium_bidi.drawing_order.
    made_up: list[tuple[int, object]] = []
    reach, bounds, seen = objects.reach, objects.bounds, objects.seen
    space_ink = fonts.space_ink
    inkless = objects.inkless
    form_of, container, order = objects.form_of, objects.container, objects.order
    upright = ctm[1] == 0 and ctm[2] == 0 and ctm[0] == 1 and ctm[3] == 1
    dx, dy = ctm[4], ctm[5]
    out: list = []
    append = out.append
    sanitize = cleaner.sanitize
    plain, to_thousandths = _PLAIN, round     # (looked up once, not per character)
    current = None                  # the text object of the character before
    last_order = -1
    in_order = True                 # the objects come in drawing order
    prior, last_x, last_left, last_right = None, None, 0.0, 0.0   # the upright one before
    ink_end = None                  # the current object's last glyph's loose right
    o = -1
    style = head = widths = None
    straight = inks = added = False
    # The current object's style, in locals (read for every character).
    handle = across = lean = direction = None
    turned = False
    # The baseline of the character before, as computed and as rounded (a line's
    # characters share it: rounded once, and one float for the line's y0 and y1).
    baseline, y0_kept, y1_kept = None, 0.0, 0.0
    for i, obj, left, bottom, right, top, x, y in zip(range(n), *columns):
        if not obj:
            made_up.append((len(out), pdfium_bidi.BREAK if text[i] in "\r\n" else None))
            continue
        if obj != current:
            if ink_end is not None:
                reach[o] = ink_end            # its ink, for pdfium_spaces
                ink_end = None
            current = obj
            style = styles.get(obj)
            if style is None:
                style = styles[obj] = _Style(text_page, i, obj, ctm, fonts, number)
            o = order[obj]
            if o < last_order:
                in_order = False
            last_order = o
            added = False
            head = (o, container.get(obj, 0), form_of.get(obj, 0))
            turned = style.turned
            straight = upright and not turned
            if turned:
                objects.turned = True
            widths = style.widths
            x0b, y0b, x1b, y1b = bounds[o]
            inks = y1b - y0b >= 0.01
            font, size, descent, color = style.font, style.size, style.descent, style.color
            handle, across, lean, direction = style.handle, style.across, style.lean, \
                style.direction
            baseline = None
        t = text[i]
        if t == " " and right - left < 0.01:
            made_up.append((len(out), None))
            continue                  # a space PDFium made up inside a text object
        if straight:
            # The loose box spans the glyph's advance and its outline both (a dash's
            # outline starts before its origin): the box starts at the origin, and ends
            # where the advance does, as pdfminer has it (see _advance).
            em = widths.get(t)
            if em is not None and right <= x + em * across + 0.01:
                x1 = right + dx               # no overhang: the loose box ends the advance
            else:
                x1 = _advance(text_page, i, t, style, x, right, reaching, len(out)) + dx
            x0 = x + dx
            if t == " ":
                if handle not in space_ink:
                    lib.ink_box(text_page, i, *_INK)
                    space_ink[handle] = _INK[1].value - _INK[0].value > 0.01
            else:
                ink_end = right + dx
                if not inks:
                    inkless.add(handle)
            y0 = y + descent + dy
            if x == last_x and obj == prior:
                if left == last_left and right == last_right:
                    # One glyph, several characters (a ligature PDFium spells out, a
                    # glyph mapped to a string): one character, as pdfminer has it.
                    merged = out[-1][3]
                    merged.text += _printable(t, text_page, i, sanitize)
                    # Its advance is the glyph's, not its first letter's ("ff" is
                    # wider than "f"): the font has no width for the string, so the
                    # loose box's right ends it ("aff airs" otherwise).
                    merged.x1 = max(merged.x1, to_thousandths((right + dx) * 1000.0) / 1000.0)
                    if reaching and reaching[-1] == len(out):
                        reaching.pop()
                    continue
                # The text an object's marked content says it shows (ActualText):
                # PDFium spreads it over the object's box, every one at its origin.
                x0, x1 = left + dx, right + dx
                previous = out[-1][3]
                previous.x0, previous.x1 = last_left + dx, last_right + dx
            prior, last_x, last_left, last_right = obj, x, left, right
            if lean:
                em = _em(style, t)
                if em > 0:
                    x1 = x0 + em * across
                x0 += lean * descent
                x1 += lean * (descent + size)
        else:
            x0, y0, x1, y1 = lib.box(ctm, left, bottom, right, top)
        if t not in plain:
            t = _printable(t, text_page, i, sanitize)
            if "\uf000" <= t <= "\uf0ff":
                objects.symbolic.add(font)
            elif RIGHT_TO_LEFT.match(t):
                objects.right_to_left = True
            if unicodedata.category(t[:1]) == "Mn":
                x1 = x0         # a mark set on its letter: no advance of its own
        if turned:
            # The box across the turned line is one size wide, from the descent side.
            if direction > 0:
                x0 = x1 - size
            else:
                x1 = x0 + size
            char = Char(t, font, size, x0, x1, y0, y1, color)
        else:
            # PDFium keeps positions in single precision: rounded back to the PDF's own
            # figures (pdfminer's doubles hold them), so that a gap of exactly three
            # sizes or two characters is what it is in either reader.
            if y0 != baseline:
                baseline = y0
                y0_kept = to_thousandths(y0 * 1000.0) / 1000.0
                y1_kept = y0_kept + size
            char = Char(t, font, size, to_thousandths(x0 * 1000.0) / 1000.0,
                        to_thousandths(x1 * 1000.0) / 1000.0, y0_kept, y1_kept, color)
        append(head + (char, style))
        if not added:
            seen.add(o)
            added = True
    if ink_end is not None:
        reach[o] = ink_end
    return _finished(out, objects, fonts, number, upright, in_order, made_up, reaching)


def _finished(out: list, objects: _Objects, fonts: "_Fonts", number: int, upright: bool,
              in_order: bool, made_up: list, reaching: list) -> list:
    """The page's characters, as PDFium's text page gave them, with what it left out or
    reordered put back: in drawing order, as pdfminer reads them."""
    reaching_chars = {id(out[k][3]) for k in reaching}
    if objects.right_to_left:
        out = pdfium_bidi.drawing_order(out, made_up)
        in_order = False
    if upright:
        out = pdfium_spaces.spaces_put_back(out, objects, fonts)
    seen = objects.seen
    dropped = [obj for obj, *_ in objects.blank
               if pdfium_spaces.dropped(objects, obj, seen, objects.inkless)]
    if len(dropped) > len(seen):
        # Most text objects have no width for PDFium (a font without glyph widths): its
        # text page leaves their text out; pdfminer reads it (see readers.read_pdf).
        raise Unopenable("PDFium finds no width in most of a page's text")
    blanks = pdfium_spaces.blanks(objects, seen, fonts, number)
    if blanks:
        out += blanks
        in_order = False
    if objects.symbolic:
        # A symbol font's characters are its own codes (U+F020 to U+F0FF, as pdfminer
        # reads them): PDFium gives its space as a plain space.
        for entry in out:
            char = entry[3]
            if char.text == " " and char.font in objects.symbolic:
                char.text = "\uf020"
    if not in_order:
        # In drawing order, as pdfminer reads them: PDFium sorts a line's text objects
        # by position.
        out.sort(key=itemgetter(0))
    if reaching_chars:
        pdfium_bidi.reaching(out, reaching_chars)
    if any(entry[4] is pdfium_spaces.UPRIGHT for entry in blanks):
        for k, (_, _, _, char, style) in enumerate(out[:-1]):
            if style is pdfium_spaces.UPRIGHT:
                # A space's width is not known: it reaches the next character on its
                # line when that stands within half a size (else a quarter size, as set).
                after = out[k + 1][3]
                if abs(after.y0 - char.y0) < 0.5 * char.size and \
                        char.x0 < after.x0 < char.x0 + 0.5 * char.size:
                    char.x1 = after.x0
    return out


def _printable(t: str, text_page, index: int, sanitize) -> str:
    """A character as pdfminer spells it."""
    if t.isprintable() and t.isascii():
        return t
    if t == "\ufffe" or t == "\x02":
        # A hyphen at a line's end (PDFium's 2) or a glyph mapped to no character
        # (0: "(cid:N)", as pdfminer says).
        return "-" if lib.unicode(text_page, index) == 2 else "(cid:0)"
    if t == "\x00" or not t.isprintable() and lib.unmapped(text_page, index):
        return "(cid:0)"
    return sanitize(t)


_SURROGATE = re.compile("[\ud800-\udfff]")
# Characters kept as PDFium gives them (anything else goes through _printable).
_PLAIN = frozenset(chr(k) for k in range(32, 127))
_INK = [ctypes.c_double() for _ in range(4)]
_WIDTH = ctypes.c_float()


def _advance(text_page, index: int, t: str, style: _Style, x: float, loose: float,
             reaching: list, at: int) -> float:
    """Where a character's advance ends, from its origin ``x``. PDFium's loose box
    reaches the glyph's outline where that overhangs the advance (an italic "f", a
    "l" whose stem stands past it); the gap to the next word then looks narrower than
    pdfminer's, which measures advances ("self - determination" read as one word). The
    advance is the font's width for the character; where the font does not say (a
    character it has no code for), or its width cannot be the advance (it would end
    past the loose box, or the loose box ends past the outline too: the text is
    scaled), the loose box's right.

    Arabic and Hebrew: a letter is drawn by one of several glyphs (its shapes), and the
    font's width for the letter is one of theirs. The loose box's right is the advance
    where the outline stops short of it; where the outline reaches it (a joining stroke
    does), the advance ends at the next glyph's origin (see pdfium_bidi.reaching:
    ``at``, the character's place in the page's list, is noted in ``reaching``)."""
    if t > "\u058f" and RIGHT_TO_LEFT.match(t):
        lib.ink_box(text_page, index, *_INK)
        if _INK[1].value >= loose - 0.01:
            reaching.append(at)
        return loose
    em = _em(style, t)
    end = x + em * style.across
    if em <= 0 or loose <= end + 0.01:
        return loose                    # no overhang: the loose box ends the advance
    lib.ink_box(text_page, index, *_INK)   # left, right, bottom, top
    return end if _INK[1].value >= loose - 0.01 else loose


def _em(style: _Style, t: str) -> float:
    """The font's width for the character, in ems (0: the font does not say)."""
    widths = style.widths
    em = widths.get(t)
    if em is None:
        font = style.handle
        em = widths[t] = _WIDTH.value \
            if font and len(t) == 1 and lib.glyph_width(font, ord(t), 1.0, _WIDTH) else 0.0
    return em


def _links(document, page, ctm: lib.Matrix) -> list[tuple[tuple[float, float, float, float], str]]:
    found = []
    start = ctypes.c_int(0)
    link = lib.P()
    rect = raw.FS_RECTF()
    buffer = ctypes.create_string_buffer(2048)
    while lib.enumerate_links(page, ctypes.byref(start), ctypes.byref(link)):
        action = lib.link_action(link)
        if not action or lib.action_type(action) != lib.URI:
            continue
        n = lib.uri_path(document, action, buffer, 2048)
        if n <= 1:
            continue
        if n > 2048:
            big = ctypes.create_string_buffer(n)
            lib.uri_path(document, action, big, n)
            uri = big.value
        else:
            uri = buffer.value
        if not lib.link_rect(link, ctypes.byref(rect)):
            continue
        box = lib.box(ctm, rect.left, rect.bottom, rect.right, rect.top)
        found.append((box, uri.decode("utf-8", "replace")))
    return found

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
(:mod:`.pdfium_bulk`), and the characters made of them by :mod:`.pdfium_chars`. Where
the reader's C extension was built, these and the walk of the page-object tree
(:class:`_Objects`) run in C, as ports of the Python that runs where it was not.
"""
from __future__ import annotations

import ctypes
from functools import lru_cache
from operator import itemgetter
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw

from ...errors import BadInput
from ..page import Char, Form, Line, Page, creation_day, share_figures, visible_part
from . import pdfium_bulk, pdfium_chars
from . import pdfium_lib as lib
from .lines import group_lines, place_spaces
from .pdfium_lib import Unopenable

NAME = "pdfium"


# -- the document ---------------------------------------------------------------------

_ERRORS = {raw.FPDF_ERR_PASSWORD: "encrypted PDF: it cannot be opened without a password",
           raw.FPDF_ERR_SECURITY: "encrypted PDF with an unsupported scheme",
           raw.FPDF_ERR_FORMAT: "not a readable PDF (PDFium finds no valid PDF structure)",
           raw.FPDF_ERR_FILE: "not a readable PDF (the file cannot be read)"}


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
        in_c = pdfium_bulk.compiled()
        if in_c is not None:
            # (the same walk in C, into the same collections: a page holds a few hundred
            # objects, each asked its type and bounds)
            in_c.walk_objects(page, ctm, self, result, pdfium_bulk.WALK_CALLS,
                              pdfium_bulk.WALK_KINDS)
            return
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
        self._space_widths: dict[int, float] = {}
        self.known: dict[str, tuple[str, bool]] = {}   # see pdfium_chars._Reading.special
        self.space_ink: dict[int, bool] = {}     # whether the font's space draws a box
        self._parsed = None

    def name(self, font) -> str:
        """The font's name (see pdfium_lib.base_font), asked once."""
        found = self._names.get(font)
        if found is None:
            found = self._names[font] = lib.base_font(font)
        return found

    def space_width(self, font) -> float:
        """The width of the font's space in ems (0: the font does not say), asked once."""
        found = self._space_widths.get(font)
        if found is None:
            value = ctypes.c_float()
            found = self._space_widths[font] = value.value \
                if font and lib.glyph_width(font, 32, 1.0, value) else 0.0
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
        chars, shared = pdfium_chars.read_chars(text_page, ctm, objects, fonts, number)
    finally:
        lib.close_text(text_page)
    # The page's own text and each form's, grouped into lines apart (as pdfminer lays
    # out each form XObject as a figure of its own).
    by_container: dict[tuple[int, int], list[Char]] = {}
    turned: dict[int, list[tuple[Char, float]]] = {}
    if not objects.forms and not objects.turned:
        if chars:
            by_container[(0, 0)] = list(map(_CHAR, chars))
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
    return result if shared else share_figures(result)


_CHAR = itemgetter(3)      # an entry's character (see pdfium_chars.read_chars)


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

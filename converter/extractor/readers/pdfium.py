"""The PDFium reader: a PDF through PDFium (the ``pypdfium2`` package, the ``fast``
extra) into :class:`..page.Page` objects, the model the pdfminer reader fills too.

Takes the PDF's bytes; gives every page's lines (see :mod:`.lines`, :mod:`.finish`), its
drawn rules, images and link annotations, and the day the file says it was made.

PDFium's text page gives each character with its Unicode value (right-to-left text in
logical order, a font's broken ToUnicode map repaired from its glyph names) and its box;
the rest comes from its page-object API, one call per text object rather than per
character: the font's name, the size and matrix (a character turned by a quarter), the
fill colour, the form XObject it is drawn in (a drawn table, a chart, an OCR layer). The
box of a character is made as pdfminer makes it, which the layout stages were written
against: from the font's descent under the (raised) baseline to one font size above.
Rules are the thin subpaths of path objects, as pdfminer splits a path into its
subpaths. PDFium inserts spaces and line ends of its own ("generated" characters):
they are left out, and lines and word spaces are made by :func:`.lines.group_lines`.

Each page is loaded, read and closed in turn: a page's objects do not outlive it.
The library is called through ctypes function handles of its own (plain integers for
handles: no Python object built per call), since a page holds thousands of characters.
"""
from __future__ import annotations

import ctypes
import datetime
import re
import unicodedata
from functools import lru_cache
from typing import Iterator

import pypdfium2 as pdfium
import pypdfium2.raw as raw
from pypdfium2_raw.bindings import _libs

from ...errors import BadInput
from .. import cleaner
from ..page import Char, Line, Page
from .finish import Form, finish_page
from .lines import _RIGHT_TO_LEFT, group_lines, place_spaces

NAME = "pdfium"

_lib = _libs["pdfium"]
_P = ctypes.c_void_p
_D = ctypes.POINTER(ctypes.c_double)
_F = ctypes.POINTER(ctypes.c_float)


def _fn(name: str, restype, *argtypes):
    """A handle of its own on one of PDFium's functions (pypdfium2's stay as they are)."""
    f = _lib[name]
    f.restype = restype
    f.argtypes = argtypes
    return f


_load_page = _fn("FPDF_LoadPage", _P, _P, ctypes.c_int)
_close_page = _fn("FPDF_ClosePage", None, _P)
_text_page = _fn("FPDFText_LoadPage", _P, _P)
_close_text = _fn("FPDFText_ClosePage", None, _P)
_count_chars = _fn("FPDFText_CountChars", ctypes.c_int, _P)
_get_text = _fn("FPDFText_GetText", ctypes.c_int, _P, ctypes.c_int, ctypes.c_int, _P)
_unicode = _fn("FPDFText_GetUnicode", ctypes.c_uint, _P, ctypes.c_int)
_char_box = _fn("FPDFText_GetLooseCharBox", ctypes.c_int, _P, ctypes.c_int, _P)
_ink_box = _fn("FPDFText_GetCharBox", ctypes.c_int, _P, ctypes.c_int, _D, _D, _D, _D)
_glyph_width = _fn("FPDFFont_GetGlyphWidth", ctypes.c_int, _P, ctypes.c_uint, ctypes.c_float,
                   ctypes.POINTER(ctypes.c_float))
_char_origin = _fn("FPDFText_GetCharOrigin", ctypes.c_int, _P, ctypes.c_int, _D, _D)
_char_object = _fn("FPDFText_GetTextObject", _P, _P, ctypes.c_int)
_char_size = _fn("FPDFText_GetFontSize", ctypes.c_double, _P, ctypes.c_int)
_object_font_size = _fn("FPDFTextObj_GetFontSize", ctypes.c_int, _P, ctypes.POINTER(ctypes.c_float))
_char_matrix = _fn("FPDFText_GetMatrix", ctypes.c_int, _P, ctypes.c_int, _P)
_unmapped = _fn("FPDFText_HasUnicodeMapError", ctypes.c_int, _P, ctypes.c_int)
_object_font = _fn("FPDFTextObj_GetFont", _P, _P)
_font_descent = _fn("FPDFFont_GetDescent", ctypes.c_int, _P, ctypes.c_float,
                    ctypes.POINTER(ctypes.c_float))
_font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, _P, _P, ctypes.c_size_t)
_embedded = _fn("FPDFFont_GetIsEmbedded", ctypes.c_int, _P)
_font_ascent = _fn("FPDFFont_GetAscent", ctypes.c_int, _P, ctypes.c_float,
                   ctypes.POINTER(ctypes.c_float))
_fill_color = _fn("FPDFPageObj_GetFillColor", ctypes.c_int, _P, *[ctypes.POINTER(ctypes.c_uint)] * 4)
_count_objects = _fn("FPDFPage_CountObjects", ctypes.c_int, _P)
_page_object = _fn("FPDFPage_GetObject", _P, _P, ctypes.c_int)
_count_form_objects = _fn("FPDFFormObj_CountObjects", ctypes.c_int, _P)
_form_object = _fn("FPDFFormObj_GetObject", _P, _P, ctypes.c_ulong)
_object_type = _fn("FPDFPageObj_GetType", ctypes.c_int, _P)
_object_bounds = _fn("FPDFPageObj_GetBounds", ctypes.c_int, _P, _F, _F, _F, _F)
_object_matrix = _fn("FPDFPageObj_GetMatrix", ctypes.c_int, _P, _P)
_count_segments = _fn("FPDFPath_CountSegments", ctypes.c_int, _P)
_segment = _fn("FPDFPath_GetPathSegment", _P, _P, ctypes.c_int)
_segment_point = _fn("FPDFPathSegment_GetPoint", ctypes.c_int, _P, _F, _F)
_segment_type = _fn("FPDFPathSegment_GetType", ctypes.c_int, _P)
_draw_mode = _fn("FPDFPath_GetDrawMode", ctypes.c_int, _P, ctypes.POINTER(ctypes.c_int),
                 ctypes.POINTER(ctypes.c_int))
_enumerate_links = _fn("FPDFLink_Enumerate", ctypes.c_int, _P, ctypes.POINTER(ctypes.c_int),
                       ctypes.POINTER(_P))
_link_action = _fn("FPDFLink_GetAction", _P, _P)
_action_type = _fn("FPDFAction_GetType", ctypes.c_ulong, _P)
_uri_path = _fn("FPDFAction_GetURIPath", ctypes.c_ulong, _P, _P, _P, ctypes.c_ulong)
_link_rect = _fn("FPDFLink_GetAnnotRect", ctypes.c_int, _P, _P)
_rotation = _fn("FPDFPage_GetRotation", ctypes.c_int, _P)
_media_box = _fn("FPDFPage_GetMediaBox", ctypes.c_int, _P, _F, _F, _F, _F)
_page_width = _fn("FPDF_GetPageWidthF", ctypes.c_float, _P)
_page_height = _fn("FPDF_GetPageHeightF", ctypes.c_float, _P)

_TEXT, _PATH, _IMAGE, _FORM = (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH,
                               raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM)
_MOVETO = raw.FPDF_SEGMENT_MOVETO
_URI = raw.PDFACTION_URI

Matrix = tuple[float, float, float, float, float, float]
_IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def _times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector convention: a point goes through m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def _apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def _box(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """The upright box around a box taken through ``m``."""
    if m[1] == 0 and m[2] == 0:
        x0, y0 = _apply(m, x0, y0)
        x1, y1 = _apply(m, x1, y1)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    points = [_apply(m, x, y) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def _page_matrix(page) -> tuple[Matrix, float, float]:
    """PDF user space -> the page as displayed, origin at the media box's lower left
    corner, turned by the page's /Rotate (as pdfminer lays a page out); its size."""
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    if not _media_box(page, x0, y0, x1, y1):
        x0.value, y0.value = 0.0, 0.0
        x1.value, y1.value = _page_width(page), _page_height(page)
    # (PDFium keeps the box in single precision: rounded back to the file's figures)
    x0, y0, x1, y1 = (round(v.value, 4) for v in (x0, y0, x1, y1))
    width, height = abs(x1 - x0), abs(y1 - y0)
    turn = _rotation(page) % 4          # quarter turns clockwise
    if turn == 1:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1), height, width
    if turn == 2:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1), width, height
    if turn == 3:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0), height, width
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0), width, height


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
    if not data:
        raise Unopenable(f"{name}: the file is empty")
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        code = getattr(error, "err_code", None)
        why = _ERRORS.get(code, f"not a readable PDF ({' '.join(str(error).split())[:120]})")
        raise Unopenable(f"{name}: {why}") from None
    try:
        pages = list(read_pages(document, name, _Fonts(data)))
        if not pages:
            raise BadInput(f"{name}: the PDF has no pages")
        return pages, _created(document)
    finally:
        document.close()


def read_pages(document, name: str, fonts: "_Fonts") -> Iterator[Page]:
    """The document's pages, each read and closed in turn."""
    handle = ctypes.cast(document.raw, _P)
    for index in range(len(document)):
        page = _load_page(handle, index)
        if not page:
            raise BadInput(f"{name}: damaged PDF (page {index + 1} cannot be read)")
        try:
            yield _read_page(handle, page, index + 1, fonts)
        finally:
            _close_page(page)


_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def _created(document) -> str | None:
    try:
        raw_date = document.get_metadata_value("CreationDate")
    except (pdfium.PdfiumError, KeyError, ValueError):
        return None
    match = _PDF_DATE.match(raw_date or "")
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat() if year >= 1946 else None
    except ValueError:
        return None


# -- one page -------------------------------------------------------------------------

class _Objects:
    """What the page-object tree says: the form each text object is drawn in, the
    images, the rules; walked once per page."""

    def __init__(self, page, ctm: Matrix, result: Page):
        self.order: dict[int, int] = {}          # text object -> its place in drawing order
        self.blank: list[tuple] = []             # text objects of no width or no ink
        self.bounds: dict[int, tuple[float, float, float, float]] = {}   # by drawing order
        self.reach: dict[int, float] = {}        # by drawing order: its last glyph's ink
        self.symbolic: set[str | None] = set()   # fonts read in a symbol font's own codes
        self.right_to_left: set[int] = set()     # by drawing order: objects with Arabic
        self.form_of: dict[int, int] = {}        # text object -> its form (0: the page)
        self.forms: dict[int, tuple[float, float, float, float]] = {}   # form -> box
        self.container: dict[int, int] = {}      # text object -> innermost form
        self.ctm = ctm
        self.page = result
        self._matrix = raw.FS_MATRIX()
        self._l, self._b, self._r, self._t = (ctypes.c_float() for _ in range(4))
        for k in range(_count_objects(page)):
            self._visit(_page_object(page, k), 0, 0, ctm)

    def _bounds(self, obj, m: Matrix) -> tuple[float, float, float, float]:
        _object_bounds(obj, self._l, self._b, self._r, self._t)
        return _box(m, self._l.value, self._b.value, self._r.value, self._t.value)

    def _own_matrix(self, obj) -> Matrix:
        m = self._matrix
        if not _object_matrix(obj, ctypes.byref(m)):
            return _IDENTITY
        return (m.a, m.b, m.c, m.d, m.e, m.f)

    def _visit(self, obj, top: int, inner: int, m: Matrix) -> None:
        kind = _object_type(obj)
        if kind == _TEXT:
            self.order[obj] = len(self.order)
            x0, y0, x1, y1 = self.bounds[self.order[obj]] = self._bounds(obj, m)
            if x1 - x0 < 0.01 or y1 - y0 < 0.01:
                # No width (PDFium's text page leaves it out) or no ink: spaces only.
                self.blank.append((obj, x0, x1, y0, _times(self._own_matrix(obj), m)))
            if top:
                self.form_of[obj] = top
                self.container[obj] = inner
        elif kind == _PATH:
            self._rules(obj, m)
        elif kind == _IMAGE:
            x0, y0, x1, y1 = self._bounds(obj, m)
            page = self.page
            page.has_image = True
            page.image_cover = max(page.image_cover, (x1 - x0) * (y1 - y0) /
                                   max(page.width * page.height, 1.0))
            page.images.append((x0, y0, x1, y1))
        elif kind == _FORM:
            count = _count_form_objects(obj)
            if count <= 0:
                self.page.has_image = True           # an empty figure, as pdfminer has it
                self.page.images.append(self._bounds(obj, m))
                return
            top = top or obj
            if top == obj:
                self.forms[obj] = self._bounds(obj, m)
            inside = _times(self._own_matrix(obj), m)
            for k in range(count):
                self._visit(_form_object(obj, k), top, obj, inside)

    def _rules(self, obj, m: Matrix) -> None:
        """A path's thin wide subpaths (a line, a rectangle drawn as a rule): as pdfminer
        splits a path into its subpaths and keeps those under 2 points high, over 20
        wide (their points only, the line's width left out)."""
        x0, y0, x1, y1 = self._bounds(obj, m)
        if x1 - x0 <= 20:
            return                            # no subpath of it is wide enough
        own = _times(self._own_matrix(obj), m)
        x, y = ctypes.c_float(), ctypes.c_float()
        points: list[tuple[float, float]] = []
        for k in range(_count_segments(obj)):
            segment = _segment(obj, k)
            if _segment_type(segment) == _MOVETO and points:
                self._rule(points)
                points = []
            _segment_point(segment, x, y)
            points.append(_apply(own, x.value, y.value))
        if points:
            self._rule(points)

    def _rule(self, points: list[tuple[float, float]]) -> None:
        if len(points) < 2:
            return
        xs, ys = [p[0] for p in points], [p[1] for p in points]
        x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
        if y1 - y0 < 2 and x1 - x0 > 20:
            self.page.rules.append((x0, x1, (y0 + y1) / 2))


class _Upright:
    """The style of a space put back (see :func:`_blanks`)."""
    turned = False
    direction = 0.0


_UPRIGHT = _Upright()      # a space put back whose width the font does not say
_SPACE = _Upright()        # one whose width it says


class _Style:
    """One text object's font, size, descent, direction and colour: asked once per
    object. The size is pdfminer's: the font size the object sets, scaled by its matrix
    (a PDF may set its text in a 1-point font scaled up)."""
    __slots__ = ("font", "size", "descent", "turned", "direction", "color", "handle", "across",
                 "lean")

    def __init__(self, text_page, index: int, obj, ctm: Matrix, fonts: "_Fonts", number: int):
        font = _object_font(obj)
        self.font = _base_font(font)
        m = raw.FS_MATRIX()
        a, b, c, d = 1.0, 0.0, 0.0, 1.0
        if _char_matrix(text_page, index, ctypes.byref(m)):
            a, b, c, d, _, _ = _times((m.a, m.b, m.c, m.d, 0.0, 0.0), ctm[:4] + (0.0, 0.0))
        size = ctypes.c_float()
        if _object_font_size(obj, ctypes.byref(size)):
            # pdfminer's size is its box's height: a slanted line's (a false italic,
            # drawn leaning) is its upright height.
            self.size = round(size.value * (abs(d) if b == 0 else (c * c + d * d) ** 0.5), 4)
            self.across = size.value * (a * a + b * b) ** 0.5   # an em along the line
        else:
            self.size = self.across = _char_size(text_page, index)
        # How far a leaning character's box moves right per point up (pdfminer's box
        # runs from the slanted foot of the advance's start to the top of its end).
        self.lean = c / d if b == 0 and d and abs(c) > 1e-6 else 0.0
        self.handle = font
        self.descent = fonts.descent(font, self.font, number) * self.size
        self.turned = abs(a) < 1e-3 and abs(d) < 1e-3 and (abs(b) > 1e-3 or abs(c) > 1e-3)
        self.direction = b
        r, g, bl, alpha = (ctypes.c_uint() for _ in range(4))
        self.color = (r.value << 16 | g.value << 8 | bl.value) \
            if _fill_color(obj, r, g, bl, alpha) else None


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
        self._parsed = None

    def descent(self, font, name: str, number: int) -> float:
        if not font:
            return 0.0
        found = self.descents.get(font)
        if found is None:
            found = self.descents[font] = self._descent(font, name, number)
        return found

    def _descent(self, font, name: str, number: int) -> float:
        if not _embedded(font):
            standard = _standard_descent(name)
            if standard is not None:
                return standard
        value = ctypes.c_float()
        descent = value.value / 1000 if _font_descent(font, 1000.0, value) else 0.0
        if descent and _font_ascent(font, 1000.0, value) and value.value < 800:
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


_NAME_BUFFER = ctypes.create_string_buffer(256)


def _base_font(font) -> str:
    """The font's name; "unknown" when it has none (pdfminer's word): a character of no
    font is a word space in the page model."""
    n = _font_name(font, _NAME_BUFFER, 256) if font else 0
    if n <= 1:
        return "unknown"
    if n > 256:
        buffer = ctypes.create_string_buffer(n)
        _font_name(font, buffer, n)
        return buffer.value.decode("latin-1")
    return _NAME_BUFFER.value.decode("latin-1")


def _read_page(document, page, number: int, fonts: "_Fonts") -> Page:
    ctm, width, height = _page_matrix(page)
    result = Page(number, width, height)
    objects = _Objects(page, ctm, result)
    text_page = _text_page(page)
    try:
        chars = _chars(text_page, ctm, objects, fonts, number)
    finally:
        _close_text(text_page)
    # The page's own text and each form's, grouped into lines apart (as pdfminer lays
    # out each form XObject as a figure of its own).
    by_container: dict[tuple[int, int], list[Char]] = {}
    turned: dict[int, list[tuple[Char, float]]] = {}
    for container, top, char, style in chars:
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
    return finish_page(result, turned.get(0, []), forms)


def _chars(text_page, ctm: Matrix, objects: _Objects, fonts: "_Fonts",
           number: int) -> list[tuple[int, int, Char, _Style]]:
    """The page's characters in drawing order: (innermost form, top form, char, style)."""
    n = max(0, _count_chars(text_page))
    buffer = ctypes.create_string_buffer(2 * (n + 1))
    _get_text(text_page, 0, n, buffer)
    text = buffer.raw[:2 * n].decode("utf-16-le", "surrogatepass")
    if len(text) != n or any("\ud800" <= t <= "\udfff" for t in text):
        # A character outside the BMP takes two UTF-16 units: one by one then.
        text = [chr(_unicode(text_page, i)) for i in range(n)]
    rect = raw.FS_RECTF()
    at = ctypes.byref(rect)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    ox, oy = ctypes.byref(origin_x), ctypes.byref(origin_y)
    styles: dict[int, _Style] = {}
    widths: dict[tuple[int, str], float] = {}
    reaching: list[int] = []        # Arabic letters whose outline reaches their box's end
    # PDFium's order of the page's characters (indices into ``out``), with the spaces it
    # made up (None) and its line ends (_BREAK): for _drawing_order.
    sequence: list = []
    reach = objects.reach
    form_of, container, order = objects.form_of, objects.container, objects.order
    upright = ctm[1] == 0 and ctm[2] == 0 and ctm[0] == 1 and ctm[3] == 1
    dx, dy = ctm[4], ctm[5]
    out = []
    sanitize = cleaner.sanitize
    last_obj, last_x, last_box = None, None, (0.0, 0.0)   # the character before, upright
    for i in range(n):
        obj = _char_object(text_page, i)
        if not obj:
            # A space or line end PDFium made up.
            sequence.append(_BREAK if text[i] in "\r\n" else None)
            continue
        style = styles.get(obj)
        if style is None:
            style = styles[obj] = _Style(text_page, i, obj, ctm, fonts, number)
        _char_box(text_page, i, at)
        t = text[i]
        if t == " " and rect.right - rect.left < 0.01:
            sequence.append(None)
            continue                  # a space PDFium made up inside a text object
        if upright and not style.turned:
            # The loose box spans the glyph's advance and its outline both (a dash's
            # outline starts before its origin): the box starts at the origin, and ends
            # where the advance does, as pdfminer has it (see _advance).
            _char_origin(text_page, i, ox, oy)
            x0 = origin_x.value + dx
            x1 = _advance(text_page, i, t, style, origin_x.value, rect.right, widths,
                          reaching, len(out)) + dx
            if t != " ":
                reach[order[obj]] = rect.right + dx     # its ink, for _spaces_put_back
            y0 = origin_y.value + style.descent + dy
            y1 = y0
            box = (rect.left, rect.right)
            if obj == last_obj and origin_x.value == last_x:
                if box == last_box:
                    # One glyph, several characters (a ligature PDFium spells out, a
                    # glyph mapped to a string): one character, as pdfminer has it.
                    out[-1][3].text += _printable(t, text_page, i, sanitize)
                    if reaching and reaching[-1] == len(out):
                        reaching.pop()
                    continue
                # The text an object's marked content says it shows (ActualText):
                # PDFium spreads it over the object's box, every one at its origin.
                x0, x1 = rect.left + dx, rect.right + dx
                previous = out[-1][3]
                previous.x0, previous.x1 = last_box[0] + dx, last_box[1] + dx
            last_obj, last_x, last_box = obj, origin_x.value, box
            if style.lean:
                em = _em(style.handle, t, widths)
                if em > 0:
                    x1 = x0 + em * style.across
                x0 += style.lean * style.descent
                x1 += style.lean * (style.descent + style.size)
        else:
            x0, y0, x1, y1 = _box(ctm, rect.left, rect.bottom, rect.right, rect.top)
        if not t.isprintable() or not t.isascii():
            t = _printable(t, text_page, i, sanitize)
            if "\uf000" <= t <= "\uf0ff":
                objects.symbolic.add(style.font)
            elif _RIGHT_TO_LEFT.match(t):
                objects.right_to_left.add(order[obj])
            if unicodedata.category(t[:1]) == "Mn":
                x1 = x0         # a mark set on its letter: no advance of its own
        size = style.size
        if style.turned:
            # The box across the turned line is one size wide, from the descent side.
            if style.direction > 0:
                x0 = x1 - size
            else:
                x1 = x0 + size
            char = Char(t, style.font, size, x0, x1, y0, y1, style.color)
        else:
            # PDFium keeps positions in single precision: rounded back to the PDF's own
            # figures (pdfminer's doubles hold them), so that a gap of exactly three
            # sizes or two characters is what it is in either reader.
            y0 = round(y0, 3)
            char = Char(t, style.font, size, round(x0, 3), round(x1, 3), y0, y0 + size,
                        style.color)
        sequence.append(len(out))
        out.append((order[obj], container.get(obj, 0), form_of.get(obj, 0), char, style))
    reaching_chars = {id(out[k][3]) for k in reaching}
    if objects.right_to_left:
        out = _drawing_order(out, sequence)
    if upright:
        out = _spaces_put_back(out, objects)
    seen = {o[0] for o in out}
    bounds = objects.bounds
    inkless = {e[4].handle for e in out if e[3].text != " " and
               bounds[e[0]][3] - bounds[e[0]][1] < 0.01}
    dropped = [obj for obj, *_ in objects.blank if _dropped(objects, obj, seen, inkless)]
    if len(dropped) > len(seen):
        # Most text objects have no width for PDFium (a font without glyph widths): its
        # text page leaves their text out; pdfminer reads it (see readers.read_pdf).
        raise Unopenable("PDFium finds no width in most of a page's text")
    out += _blanks(objects, seen)
    if objects.symbolic:
        # A symbol font's characters are its own codes (U+F020 to U+F0FF, as pdfminer
        # reads them): PDFium gives its space as a plain space.
        for entry in out:
            char = entry[3]
            if char.text == " " and char.font in objects.symbolic:
                char.text = "\uf020"
    # In drawing order, as pdfminer reads them: PDFium sorts a line's text objects by
    # position, and puts a right-to-left run in logical order, where the PDF draws it
    # from the left (the glyphs of a text object advance rightwards): the layout
    # stages read an Arabic line from its drawing order (see ..columns).
    out.sort(key=lambda o: o[0])
    if reaching_chars:
        _reaching(out, reaching_chars)
    for k, (_, _, _, char, style) in enumerate(out[:-1]):
        if style is _UPRIGHT:
            # A space's width is not known: it reaches the next character on its line
            # when that stands within half a size (else a quarter size, as set).
            after = out[k + 1][3]
            if abs(after.y0 - char.y0) < 0.5 * char.size and \
                    char.x0 < after.x0 < char.x0 + 0.5 * char.size:
                char.x1 = after.x0
    return [o[1:] for o in out]


def _reaching(out: list, reaching: set[int]) -> None:
    """An Arabic letter whose outline reaches its loose box's end: its advance ends at
    the next glyph's origin, when the same text object draws it there (its drawing
    order is its place: see _chars)."""
    for k, entry in enumerate(out[:-1]):
        char = entry[3]
        if id(char) in reaching:
            after = out[k + 1]
            if after[0] == entry[0] and char.x0 < after[3].x0 < char.x1:
                char.x1 = after[3].x0


_MIRRORED = dict(zip("()[]{}<>«»‹›", ")(][}{><»«›‹"))


_BREAK = object()      # a line end PDFium made up (see _chars)


def _drawing_order(out: list, sequence: list) -> list:
    """A page with Arabic: its characters in the order drawn, their brackets as drawn.

    PDFium puts each line it makes (its characters in the order its objects are drawn,
    from the left) in reading order, as its CFX_BidiString does, simpler than the Unicode
    algorithm: the characters make runs of one direction (left, weak left, right,
    neutral: see _DIRECTION); when right-to-left runs are as many as left-to-right ones, the line
    reads from the right and its runs are taken in reverse; a right-to-left run, or a
    neutral one met while reading right to left, is turned round, its brackets mirrored.
    The layout stages read an Arabic line from the order drawn (see ..rtl), as pdfminer
    gives it: each line is turned back here. A run keeps its direction's class whatever
    its order, and runs stay apart, so the turning is undone run by run."""
    result: list = []
    line: list = []
    for item in sequence + [_BREAK]:
        if item is not _BREAK:
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


def _printable(t: str, text_page, index: int, sanitize) -> str:
    """A character as pdfminer spells it."""
    if t.isprintable() and t.isascii():
        return t
    if t == "\ufffe" or t == "\x02":
        # A hyphen at a line's end (PDFium's 2) or a glyph mapped to no character
        # (0: "(cid:N)", as pdfminer says).
        return "-" if _unicode(text_page, index) == 2 else "(cid:0)"
    if t == "\x00" or not t.isprintable() and _unmapped(text_page, index):
        return "(cid:0)"
    return sanitize(t)


_INK = [ctypes.c_double() for _ in range(4)]
_WIDTH = ctypes.c_float()


def _advance(text_page, index: int, t: str, style: _Style, x: float, loose: float,
             widths: dict, reaching: list, at: int) -> float:
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
    does), the advance ends at the next glyph's origin (see _reaching: ``at``, the
    character's place in the page's list, is noted in ``reaching``)."""
    if t > "\u058f" and _RIGHT_TO_LEFT.match(t):
        _ink_box(text_page, index, *_INK)
        if _INK[1].value >= loose - 0.01:
            reaching.append(at)
        return loose
    em = _em(style.handle, t, widths)
    end = x + em * style.across
    if em <= 0 or loose <= end + 0.01:
        return loose                    # no overhang: the loose box ends the advance
    _ink_box(text_page, index, *_INK)   # left, right, bottom, top
    return end if _INK[1].value >= loose - 0.01 else loose


def _em(font, t: str, widths: dict) -> float:
    """The font's width for the character, in ems (0: the font does not say)."""
    key = (font, t)
    em = widths.get(key)
    if em is None:
        em = widths[key] = _WIDTH.value \
            if font and len(t) == 1 and _glyph_width(font, ord(t), 1.0, _WIDTH) else 0.0
    return em


def _spaces_put_back(out: list, objects: _Objects) -> list:
    """The spaces drawn after a space, put back where they can be told. PDFium keeps one
    space of a run and takes out the rest (a line's consecutive spaces, across text
    objects too), where pdfminer reads each space drawn; a spreadsheet aligns its
    figures with such runs, and lines and a drawn table's cells stand apart or together
    by them.

    Where they were is read from the text object's bounds, which reach each blank
    glyph's origin (it draws nothing): at the object's start, from the bounds' left to
    its first character kept; at its end, after its last space kept, up to the bounds'
    right (the last space's origin, where no glyph's ink reaches). A gap between a
    space kept and the next character of the object may be spaces taken out or a jump
    (a tab, a typewriter's pitch: whole spaces wide too): left as PDFium has it. Each
    space is as wide as the object's own, else a quarter of its size.

    ``out``: the characters in PDFium's order, each object's together (upright ones);
    gives them with the spaces put back."""
    runs: list[list] = []
    for entry in out:
        if runs and runs[-1][0][0] == entry[0]:
            runs[-1].append(entry)
        else:
            runs.append([entry])
    result = []
    reach = objects.reach
    for real in runs:
        if real[0][4].turned or \
                any(b[3].x0 < a[3].x0 - 0.1 for a, b in zip(real, real[1:])):
            result += real            # turned, right to left, overprinted: as it is
            continue
        width = next((e[3].x1 - e[3].x0 for e in real if e[3].text == " " and
                      e[3].x1 - e[3].x0 > 0.01), 0.25 * real[0][3].size)
        order = real[0][0]
        x0, _, x1, _ = objects.bounds[order]
        first, last = real[0][3], real[-1][3]
        if first.text != " " and first.x0 - x0 > 0.75 * width:
            result += _spaces(real[0], x0, first.x0, width)
        result += real
        if last.text == " " and x1 > max(last.x0, reach.get(order, 0.0)) + 0.05:
            # Origins after the last space kept: spaces taken out, the last at x1.
            count = max(1, round((x1 - last.x0) / width))
            step = (x1 - last.x0) / count
            result += [_spaces(real[-1], last.x0 + i * step, last.x0 + i * step + width,
                               width)[0] for i in range(1, count + 1)]
    return result


def _spaces(like: tuple, start: float, stop: float, width: float) -> list:
    """Spaces from ``start`` to ``stop``, each about ``width`` wide, on the line of the
    character ``like`` (an entry of _chars), drawn by its text object."""
    order, container, form, char, style = like
    count = max(1, round((stop - start) / width))
    step = (stop - start) / count
    return [(order, container, form,
             Char(" ", char.font, char.size, start + i * step, start + (i + 1) * step,
                  char.y0, char.y1, char.color), style) for i in range(count)]


def _dropped(objects: _Objects, obj, seen: set[int], inkless: set) -> bool:
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
    if y1 - y0 >= 0.01 or not seen or _object_font(obj) in inkless:
        return True
    after = objects.bounds.get(order + 1)
    return after is not None and after[0] < x0 - 0.5 and after[1] - 3 < y0 < after[3] + 3


def _blanks(objects: _Objects, seen: set[int]) -> list:
    """Text objects that draw only spaces and have none left in PDFium's text page: it
    leaves out an object of no width (one space, or spaces drawn on the spot) and takes
    out spaces drawn after a space (see _spaces_put_back), while pdfminer reads each; a
    word stands apart from the next by them ("fast -changing"), a figure from the next
    cell. Put back as spaces from the object's first origin to its last, each as wide
    as the font's space (else a quarter of the size, reaching the next character: see
    _chars), from the font's descent (else a fifth of the size)."""
    out = []
    size, value = ctypes.c_float(), ctypes.c_float()
    for obj, x0, x1, y, m in objects.blank:
        order = objects.order[obj]
        if order in seen or not _object_font_size(obj, ctypes.byref(size)):
            continue
        scale = (m[2] ** 2 + m[3] ** 2) ** 0.5 * size.value
        if scale <= 0:
            continue
        font = _object_font(obj)
        width, style = 0.25 * scale, _UPRIGHT
        if font and _glyph_width(font, 32, 1.0, value) and value.value > 0:
            width, style = value.value * (m[0] ** 2 + m[1] ** 2) ** 0.5 * size.value, _SPACE
        descent = value.value if font and _font_descent(font, scale, value) else -0.2 * scale
        name = _base_font(font)
        count = 1 + max(0, round((x1 - x0) / width)) if m[1] == 0 and m[2] == 0 else 1
        step = (x1 - x0) / (count - 1) if count > 1 else width
        for k in range(count):
            start = x0 + k * step
            char = Char(" ", name, scale, start, start + width, y + descent, y + descent + scale)
            out.append((order, objects.container.get(obj, 0), objects.form_of.get(obj, 0),
                        char, style))
    return out


def _links(document, page, ctm: Matrix) -> list[tuple[tuple[float, float, float, float], str]]:
    found = []
    start = ctypes.c_int(0)
    link = _P()
    rect = raw.FS_RECTF()
    buffer = ctypes.create_string_buffer(2048)
    while _enumerate_links(page, ctypes.byref(start), ctypes.byref(link)):
        action = _link_action(link)
        if not action or _action_type(action) != _URI:
            continue
        n = _uri_path(document, action, buffer, 2048)
        if n <= 1:
            continue
        if n > 2048:
            big = ctypes.create_string_buffer(n)
            _uri_path(document, action, big, n)
            uri = big.value
        else:
            uri = buffer.value
        if not _link_rect(link, ctypes.byref(rect)):
            continue
        box = _box(ctm, rect.left, rect.bottom, rect.right, rect.top)
        found.append((box, uri.decode("utf-8", "replace")))
    return found

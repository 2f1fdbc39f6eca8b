"""PDFium's functions as the PDFium reader calls them (:mod:`.pdfium`): ctypes handles
of its own on pypdfium2's library (plain integers for handles: no Python object built
per call, since a page holds thousands of characters; pypdfium2's own stay as they
are), the page-object type codes, the matrix arithmetic of PDF space, and the error
the reader raises for a file PDFium cannot read.
"""
from __future__ import annotations

import ctypes

import pypdfium2.raw as raw
from pypdfium2_raw.bindings import _libs

from ...errors import BadInput


class Unopenable(BadInput):
    """PDFium cannot open the file (see :func:`..readers.read_pdf`: pdfminer then says
    why in more words, or reads it)."""


_lib = _libs["pdfium"]
P = ctypes.c_void_p
D = ctypes.POINTER(ctypes.c_double)
F = ctypes.POINTER(ctypes.c_float)


def _fn(name: str, restype, *argtypes):
    """A handle of its own on one of PDFium's functions (pypdfium2's stay as they are)."""
    f = _lib[name]
    f.restype = restype
    f.argtypes = argtypes
    return f


load_page = _fn("FPDF_LoadPage", P, P, ctypes.c_int)
close_page = _fn("FPDF_ClosePage", None, P)
text_page = _fn("FPDFText_LoadPage", P, P)
close_text = _fn("FPDFText_ClosePage", None, P)
count_chars = _fn("FPDFText_CountChars", ctypes.c_int, P)
get_text = _fn("FPDFText_GetText", ctypes.c_int, P, ctypes.c_int, ctypes.c_int, P)
unicode = _fn("FPDFText_GetUnicode", ctypes.c_uint, P, ctypes.c_int)
char_box = _fn("FPDFText_GetLooseCharBox", ctypes.c_int, P, ctypes.c_int, P)
ink_box = _fn("FPDFText_GetCharBox", ctypes.c_int, P, ctypes.c_int, D, D, D, D)
glyph_width = _fn("FPDFFont_GetGlyphWidth", ctypes.c_int, P, ctypes.c_uint, ctypes.c_float,
                   ctypes.POINTER(ctypes.c_float))
# (asked of every character: its two doubles passed as plain pointers, ctypes checks less)
char_origin = _fn("FPDFText_GetCharOrigin", ctypes.c_int, P, ctypes.c_int, P, P)
char_object = _fn("FPDFText_GetTextObject", P, P, ctypes.c_int)
char_size = _fn("FPDFText_GetFontSize", ctypes.c_double, P, ctypes.c_int)
object_font_size = _fn("FPDFTextObj_GetFontSize", ctypes.c_int, P, ctypes.POINTER(ctypes.c_float))
char_matrix = _fn("FPDFText_GetMatrix", ctypes.c_int, P, ctypes.c_int, P)
unmapped = _fn("FPDFText_HasUnicodeMapError", ctypes.c_int, P, ctypes.c_int)
object_font = _fn("FPDFTextObj_GetFont", P, P)
font_descent = _fn("FPDFFont_GetDescent", ctypes.c_int, P, ctypes.c_float,
                    ctypes.POINTER(ctypes.c_float))
font_name = _fn("FPDFFont_GetBaseFontName", ctypes.c_size_t, P, P, ctypes.c_size_t)
embedded = _fn("FPDFFont_GetIsEmbedded", ctypes.c_int, P)
font_ascent = _fn("FPDFFont_GetAscent", ctypes.c_int, P, ctypes.c_float,
                   ctypes.POINTER(ctypes.c_float))
fill_color = _fn("FPDFPageObj_GetFillColor", ctypes.c_int, P, *[ctypes.POINTER(ctypes.c_uint)] * 4)
count_objects = _fn("FPDFPage_CountObjects", ctypes.c_int, P)
page_object = _fn("FPDFPage_GetObject", P, P, ctypes.c_int)
count_form_objects = _fn("FPDFFormObj_CountObjects", ctypes.c_int, P)
form_object = _fn("FPDFFormObj_GetObject", P, P, ctypes.c_ulong)
object_type = _fn("FPDFPageObj_GetType", ctypes.c_int, P)
object_bounds = _fn("FPDFPageObj_GetBounds", ctypes.c_int, P, F, F, F, F)
object_matrix = _fn("FPDFPageObj_GetMatrix", ctypes.c_int, P, P)
count_segments = _fn("FPDFPath_CountSegments", ctypes.c_int, P)
segment = _fn("FPDFPath_GetPathSegment", P, P, ctypes.c_int)
segment_point = _fn("FPDFPathSegment_GetPoint", ctypes.c_int, P, F, F)
segment_type = _fn("FPDFPathSegment_GetType", ctypes.c_int, P)
draw_mode = _fn("FPDFPath_GetDrawMode", ctypes.c_int, P, ctypes.POINTER(ctypes.c_int),
                 ctypes.POINTER(ctypes.c_int))
enumerate_links = _fn("FPDFLink_Enumerate", ctypes.c_int, P, ctypes.POINTER(ctypes.c_int),
                       ctypes.POINTER(P))
link_action = _fn("FPDFLink_GetAction", P, P)
action_type = _fn("FPDFAction_GetType", ctypes.c_ulong, P)
uri_path = _fn("FPDFAction_GetURIPath", ctypes.c_ulong, P, P, P, ctypes.c_ulong)
link_rect = _fn("FPDFLink_GetAnnotRect", ctypes.c_int, P, P)
rotation = _fn("FPDFPage_GetRotation", ctypes.c_int, P)
media_box = _fn("FPDFPage_GetMediaBox", ctypes.c_int, P, F, F, F, F)
crop_box = _fn("FPDFPage_GetCropBox", ctypes.c_int, P, F, F, F, F)
page_width = _fn("FPDF_GetPageWidthF", ctypes.c_float, P)
page_height = _fn("FPDF_GetPageHeightF", ctypes.c_float, P)

TEXT, PATH, IMAGE, FORM = (raw.FPDF_PAGEOBJ_TEXT, raw.FPDF_PAGEOBJ_PATH,
                               raw.FPDF_PAGEOBJ_IMAGE, raw.FPDF_PAGEOBJ_FORM)
MOVETO = raw.FPDF_SEGMENT_MOVETO
URI = raw.PDFACTION_URI

Matrix = tuple[float, float, float, float, float, float]
IDENTITY: Matrix = (1.0, 0.0, 0.0, 1.0, 0.0, 0.0)


def times(m: Matrix, n: Matrix) -> Matrix:
    """m then n (PDF row-vector convention: a point goes through m first)."""
    a, b, c, d, e, f = m
    A, B, C, D, E, F = n
    return (a * A + b * C, a * B + b * D, c * A + d * C, c * B + d * D,
            e * A + f * C + E, e * B + f * D + F)


def apply(m: Matrix, x: float, y: float) -> tuple[float, float]:
    a, b, c, d, e, f = m
    return a * x + c * y + e, b * x + d * y + f


def box(m: Matrix, x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    """The upright box around a box taken through ``m``."""
    if m[1] == 0 and m[2] == 0:
        x0, y0 = apply(m, x0, y0)
        x1, y1 = apply(m, x1, y1)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    points = [apply(m, x, y) for x, y in ((x0, y0), (x0, y1), (x1, y0), (x1, y1))]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return min(xs), min(ys), max(xs), max(ys)


def page_matrix(page) -> tuple[Matrix, float, float]:
    """PDF user space -> the page as displayed, origin at the media box's lower left
    corner, turned by the page's /Rotate (as pdfminer lays a page out); its size."""
    x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
    if not media_box(page, x0, y0, x1, y1):
        x0.value, y0.value = 0.0, 0.0
        x1.value, y1.value = page_width(page), page_height(page)
    # (PDFium keeps the box in single precision: rounded back to the file's figures)
    x0, y0, x1, y1 = (round(v.value, 4) for v in (x0, y0, x1, y1))
    width, height = abs(x1 - x0), abs(y1 - y0)
    turn = rotation(page) % 4          # quarter turns clockwise
    if turn == 1:
        return (0.0, -1.0, 1.0, 0.0, -y0, x1), height, width
    if turn == 2:
        return (-1.0, 0.0, 0.0, -1.0, x1, y1), width, height
    if turn == 3:
        return (0.0, 1.0, -1.0, 0.0, y1, -x0), height, width
    return (1.0, 0.0, 0.0, 1.0, -x0, -y0), width, height


def page_boxes(page) -> tuple[tuple[float, ...], tuple[float, ...] | None, int]:
    """The page's MediaBox, its CropBox (None when the page has none of its own) and its
    /Rotate in degrees, in PDF user space (see :func:`..page.visible_part`)."""
    boxes = []
    for get in (media_box, crop_box):
        x0, y0, x1, y1 = (ctypes.c_float() for _ in range(4))
        boxes.append(tuple(round(v.value, 4) for v in (x0, y0, x1, y1))
                     if get(page, x0, y0, x1, y1) else None)
    media, crop = boxes
    if media is None:
        media = (0.0, 0.0, page_width(page), page_height(page))
    return media, crop, (rotation(page) % 4) * 90


_NAME_BUFFER = ctypes.create_string_buffer(256)


def base_font(font) -> str:
    """The font's name; "unknown" when it has none (pdfminer's word): a character of no
    font is a word space in the page model."""
    n = font_name(font, _NAME_BUFFER, 256) if font else 0
    if n <= 1:
        return "unknown"
    if n > 256:
        buffer = ctypes.create_string_buffer(n)
        font_name(font, buffer, n)
        return buffer.value.decode("latin-1")
    return _NAME_BUFFER.value.decode("latin-1")

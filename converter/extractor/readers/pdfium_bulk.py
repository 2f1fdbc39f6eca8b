"""Each character's text object, loose box and origin on a PDFium text page, asked in
one go per page (for :func:`.pdfium_chars.read_chars`); and the door to the reader's C
extension.

Takes a text page and its character count; gives three sequences, one entry per
character: its text object (0: a space or line end PDFium made up), its loose box
(left, bottom, right, top, in PDFium's single precision) and its origin (x, y).

These are the three calls the reader makes of every character. Through ctypes each
costs more than all the Python that then makes the character, so a small C module
(``_pdfium_bulk.c``, built by ``pip install -e .`` where a compiler is found: an
optional extension) makes them in one loop, calling PDFium's functions at the
addresses ctypes has for them, and returns packed arrays. Without it the same calls
are made here through ctypes, and give the same figures (tests/test_pdfium_bulk.py
compares both). The module also holds the C ports of the character loop, of the runs
the spaces are put back in and of the walk of the page-object tree (:func:`compiled`
gives it to those who use them; the addresses of the PDFium functions they call are
here: ``LOOP_CALLS``, ``WALK_CALLS``).
"""
from __future__ import annotations

import ctypes
from array import array

import pypdfium2.raw as raw

from . import pdfium_lib as lib

try:
    from . import _pdfium_bulk
except ImportError:            # not built (no compiler where it was installed)
    _pdfium_bulk = None

# Which path reads the characters: "C" (the module) or "Python" (ctypes), for bench/.
PATH = "C" if _pdfium_bulk is not None else "Python"

# (and those the walk of the page-object tree calls, and the object and segment codes)
WALK_CALLS = tuple(ctypes.cast(f, ctypes.c_void_p).value
                   for f in (lib.count_objects, lib.page_object, lib.count_form_objects,
                             lib.form_object, lib.object_type, lib.object_bounds,
                             lib.object_matrix, lib.count_segments, lib.segment,
                             lib.segment_point, lib.segment_type))
WALK_KINDS = (lib.TEXT, lib.PATH, lib.IMAGE, lib.FORM, lib.MOVETO)


def compiled():
    """The C module when it was built with the character loop (see
    pdfium_chars.read_chars), else None: looked up at each call, so that a test can
    take it away."""
    module = _pdfium_bulk
    return module if module is not None and hasattr(module, "read_chars") else None


# The addresses of the functions the C loop calls (the handles pdfium_lib set up).
_ADDRESSES = tuple(ctypes.cast(f, ctypes.c_void_p).value
                   for f in (lib.char_object, lib.char_box, lib.char_origin))
# (and those the character loop calls: a character's ink box; a text object's font,
# its first character's matrix, its font size and its fill colour)
LOOP_CALLS = tuple(ctypes.cast(f, ctypes.c_void_p).value
                   for f in (lib.ink_box, lib.object_font, lib.char_matrix,
                             lib.object_font_size, lib.fill_color))


def page_chars(text_page, n: int) -> tuple[array, ...]:
    """The page's ``n`` characters in columns: their text objects (0: none), loose
    boxes' left, bottom, right and top, and origins' x and y (arrays of plain ints and
    floats, the i-th entry of each the i-th character's)."""
    if n <= 0:
        return tuple(array(code) for code in _CODES)
    if _pdfium_bulk is not None:
        columns = _pdfium_bulk.page_chars(text_page or 0, n, *_ADDRESSES)
        return tuple(array(code, column) for code, column in zip(_CODES, columns))
    return _page_chars_ctypes(text_page, n)


# The columns' types: a handle; PDFium's single precision box; its double origin.
_CODES = ("Q", "f", "f", "f", "f", "d", "d")


def _page_chars_ctypes(text_page, n: int) -> tuple[array, ...]:
    """As the C module does, through ctypes: a made-up character is asked nothing more,
    and the box and origin buffers carry over from one character to the next."""
    rect = raw.FS_RECTF()
    at = ctypes.byref(rect)
    origin_x, origin_y = ctypes.c_double(), ctypes.c_double()
    ox, oy = ctypes.byref(origin_x), ctypes.byref(origin_y)
    char_object, char_box, char_origin = lib.char_object, lib.char_box, lib.char_origin
    columns = tuple(array(code) for code in _CODES)
    objects, lefts, bottoms, rights, tops, xs, ys = (c.append for c in columns)
    for i in range(n):
        obj = char_object(text_page, i) or 0
        objects(obj)
        if obj:
            char_box(text_page, i, at)
            char_origin(text_page, i, ox, oy)
        lefts(rect.left)
        bottoms(rect.bottom)
        rights(rect.right)
        tops(rect.top)
        xs(origin_x.value)
        ys(origin_y.value)
    return columns

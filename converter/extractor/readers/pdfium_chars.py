"""A PDFium text page's characters into the page model's :class:`..page.Char` objects:
the loop the PDFium reader (:mod:`.pdfium`) runs over every character of a page.

Takes a text page, the page's matrix, what its page-object tree says (``pdfium._Objects``)
and the document's fonts (``pdfium._Fonts``); gives the page's characters in drawing
order, each with its text object's place, its forms and its style (see :func:`read_chars`).

Per character the loop makes the box pdfminer makes (see :func:`_advance`), merges a
glyph PDFium spells as several characters, notes the spaces and line ends PDFium made
up, and rounds the figures back to the PDF's. It runs for every character of every
page: in C where the reader's extension was built (``_pdfium_bulk.read_chars``, a
line-by-line port of :func:`_loop`, which runs where it was not), with what is asked
once per text object or of a rare character left here, in :class:`_Reading`: the
object's style, an advance the font does not give, a character that is not plain ASCII.
Both paths fill the same page model, figure for figure (tests/test_pdfium_bulk.py).
"""
from __future__ import annotations

import ctypes
import re
import unicodedata
from operator import itemgetter
from typing import TYPE_CHECKING

import pypdfium2.raw as raw

from ..characters import cleaner
from ..page import Char
from . import pdfium_bidi, pdfium_bulk, pdfium_spaces
from . import pdfium_lib as lib
from .lines import RIGHT_TO_LEFT
from .pdfium_lib import Unopenable

if TYPE_CHECKING:
    from .pdfium import _Fonts, _Objects


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



def read_chars(text_page, ctm: lib.Matrix, objects, fonts,
               number: int) -> tuple[list[tuple], bool]:
    """The page's characters in drawing order, each as (its text object's place in the
    drawing order, innermost form, top form, char, style); and whether their figures are
    shared already (see page.share_figures: the C loop shares what it makes, as it makes
    it; the reader has the Python loop's shared once the page is read)."""
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
    reading = _Reading(text_page, ctm, objects, fonts, number)
    upright = ctm[1] == 0 and ctm[2] == 0 and ctm[0] == 1 and ctm[3] == 1
    in_c = pdfium_bulk.compiled()
    shared = in_c is not None and isinstance(text, str)
    if shared:
        out, in_order = in_c.read_chars(reading, text, n, columns, ctm, upright,
                                         text_page or 0, pdfium_bulk.LOOP_CALLS)
    else:
        out, in_order = _loop(reading, text, n, columns, ctm, upright)
    return _finished(out, objects, fonts, number, upright, in_order, reading.made_up,
                     reading.reaching), shared


class _Reading:
    """One page's reading: the state the character loop shares with Python, and what it
    asks of Python (once per text object, or of a rare character)."""
    Char = Char
    BREAK = pdfium_bidi.BREAK

    def __init__(self, text_page, ctm: lib.Matrix, objects, fonts, number: int):
        self.text_page, self.ctm, self.objects, self.fonts, self.number = \
            text_page, ctm, objects, fonts, number
        self.styles: dict[int, _Style] = {}
        self.reaching: list[int] = []  # Arabic letters whose outline reaches their box's end
        # Where PDFium made up a space (None) or a line end (BREAK), by the place in the
        # output of the character after it: for pdfium_bidi.drawing_order.
        self.made_up: list[tuple[int, object]] = []
        self.reach, self.seen = objects.reach, objects.seen
        self.inkless, self.space_ink = objects.inkless, fonts.space_ink
        # The page's figures and texts, one object per value (see page.share_figures:
        # the Python loop's sizes are shared through ``figures``, and the C loop's texts
        # through ``texts``; the C loop keeps its figures in a table of its own), and its
        # colours.
        self.figures: dict[float, float] = {}
        self.texts: dict[str, str] = {}
        self._colours: dict[int, int] = {}
        # The document's non-ASCII characters read so far that say nothing of their page
        # (see special), as special read them.
        self.known: dict[str, tuple[str, bool]] = fonts.known
        # The C loop's: a style's fields by what PDFium says of an object drawn in it.
        self.styles_drawn: dict[tuple, tuple] = {}

    def style_of(self, index: int, obj: int) -> tuple:
        """What the loop reads of a text object's style (asked at its first character):
        (style, turned, widths, font, size, descent, colour, font handle, an em across,
        lean, direction). The C loop asks it once per page for objects drawn alike
        (the same font, matrix, size and colour: the same style)."""
        style = self.styles.get(obj)
        if style is None:
            style = self.styles[obj] = _Style(self.text_page, index, obj, self.ctm,
                                              self.fonts, self.number)
            # (a size and a colour shared by the page's styles, as share_figures would)
            if style.size.__class__ is float and style.size:
                style.size = self.figures.setdefault(style.size, style.size)
            if style.color is not None and style.color > 256:
                style.color = self._colours.setdefault(style.color, style.color)
        if style.turned:
            self.objects.turned = True
        return (style, style.turned, style.widths, style.font, style.size, style.descent,
                style.color, style.handle, style.across, style.lean, style.direction)

    def begin(self, index: int, obj: int) -> tuple:
        """What the loop reads of a text object, when its first character comes: (its
        place in drawing order, (that place, innermost form, top form), whether it inks)
        and its style's fields (see style_of)."""
        objects = self.objects
        o = objects.order[obj]
        x0b, y0b, x1b, y1b = objects.bounds[o]
        return (o, (o, objects.container.get(obj, 0), objects.form_of.get(obj, 0)),
                y1b - y0b >= 0.01) + self.style_of(index, obj)

    def advance(self, index: int, t: str, style: "_Style", x: float, loose: float,
                at: int) -> float:
        """Where the character's advance ends (see _advance; ``at``: its place in the
        output)."""
        return _advance(self.text_page, index, t, style, x, loose, self.reaching, at)

    def space(self, index: int, handle) -> None:
        """Whether the font's space draws a box, asked of its first space."""
        lib.ink_box(self.text_page, index, *_INK)
        self.space_ink[handle] = _INK[1].value - _INK[0].value > 0.01

    def printable(self, t: str, index: int) -> str:
        return _printable(t, self.text_page, index, cleaner.sanitize)

    def special(self, t: str, index: int, font) -> tuple[str, bool]:
        """A character that is not plain ASCII, as pdfminer spells it, and whether it is
        a mark set on its letter (no advance of its own); what it says of the page. One
        that says nothing of the page and is read so wherever it stands (printable: no
        PDFium flag asked) is kept in ``known``, where the C loop looks first."""
        shown = _printable(t, self.text_page, index, cleaner.sanitize)
        right_to_left = False
        if "\uf000" <= shown <= "\uf0ff":
            self.objects.symbolic.add(font)      # (of its font: asked each time)
        elif RIGHT_TO_LEFT.match(shown):
            self.objects.right_to_left = right_to_left = True
        mark = unicodedata.category(shown[:1]) == "Mn"
        if t.isprintable() and not "\uf000" <= shown <= "\uf0ff":
            # (and whether it says the page holds right-to-left text: the C loop says so)
            self.known[t] = (shown, mark, right_to_left)
        return shown, mark

    def em(self, style: "_Style", t: str) -> float:
        return _em(style, t)


def _loop(reading: _Reading, text, n: int, columns, ctm: lib.Matrix,
          upright: bool) -> tuple[list, bool]:
    """The characters (see read_chars), and whether their objects came in drawing order."""
    made_up, reaching = reading.made_up, reading.reaching
    reach, seen, inkless, space_ink = reading.reach, reading.seen, reading.inkless, \
        reading.space_ink
    dx, dy = ctm[4], ctm[5]
    out: list = []
    append = out.append
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
    font = size = descent = color = handle = across = lean = direction = None
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
            (o, head, inks, style, turned, widths, font, size, descent, color, handle,
             across, lean, direction) = reading.begin(i, obj)
            if o < last_order:
                in_order = False
            last_order = o
            added = False
            straight = upright and not turned
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
                x1 = reading.advance(i, t, style, x, right, len(out)) + dx
            x0 = x + dx
            if t == " ":
                if handle not in space_ink:
                    reading.space(i, handle)
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
                    merged.text += reading.printable(t, i)
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
                em = reading.em(style, t)
                if em > 0:
                    x1 = x0 + em * across
                x0 += lean * descent
                x1 += lean * (descent + size)
        else:
            x0, y0, x1, y1 = lib.box(ctm, left, bottom, right, top)
        if t not in plain:
            t, mark = reading.special(t, i, font)
            if mark:
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
    return out, in_order


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

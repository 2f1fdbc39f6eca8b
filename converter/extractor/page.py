"""A PDF page as plain data: the page model every reader fills (see :mod:`.readers`)
and every later step reads. Characters (text, font, size, bold and italic, colour, box),
the lines they make, and what else the page holds (drawn rules, link rectangles,
images, the page size).

Takes nothing; gives the types every step of the PDF path works on: :class:`Char`,
:class:`Line` (with its size, box and bold), :class:`Page`; and :func:`share_figures`,
which the readers apply to each page as it is read (one object per distinct figure:
the characters are most of a page's memory, and all pages are held until the layout
has read them all), and :meth:`Line.pack`, which keeps a line's characters in a
compact form once nothing changes them (see extractor/pdf.py: a long document's pages
past its first ones), and :func:`freeze_lines`, which puts a packed page's characters
in one piece.
"""
from __future__ import annotations

import datetime
import pickle
import re
from array import array
from collections import Counter, deque
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, repeat
from math import copysign
from operator import attrgetter

try:            # the per-character work on lines in C (_lines.c), where it was built
    from . import _lines as LINES_C
except ImportError:                 # not built (no compiler where it was installed)
    LINES_C = None

_ITALIC_FONT = re.compile(r"italic|oblique|-it$|,it$|-ital", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy|-bd$|,bd$", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _font_style(font: str | None) -> tuple[bool, bool]:
    """(italic, bold) of a font name: looked up once per font, not once per character."""
    if not font:
        return False, False
    return bool(_ITALIC_FONT.search(font)), bool(_BOLD_FONT.search(font))


def italic_font(font: str | None) -> bool:
    """Whether a font's name is an italic's (what Char.italic says of its characters)."""
    return _font_style(font)[0]


@dataclass(slots=True)
class Char:
    text: str
    font: str | None        # None: a space the reader inserted between words
    size: float
    x0: float
    x1: float
    y0: float               # the box: from the font's descent under the baseline (the
    y1: float               # baseline raised for a superscript) to one size above it
    color: int | None = None    # fill colour 0xRRGGBB (None: not known)

    @property
    def italic(self) -> bool:
        return _font_style(self.font)[0]

    @property
    def bold(self) -> bool:
        return _font_style(self.font)[1]


class Line:
    """A printed line: its characters (``chars``, in reading order) and page, its box
    and its most common type size (both the characters', whatever is given). Slotted,
    and its characters packed once nothing changes them (:meth:`pack`): every page's
    lines are held until the layout has read them all."""
    __slots__ = ("page", "_chars", "_packed", "x0", "x1", "y0", "y1", "size", "marked",
                 "column_left", "rotated", "drawn", "_text", "_bold", "italics_only")
    _FIELDS = ("page", "chars", "x0", "x1", "y0", "y1", "size", "marked", "column_left",
               "rotated", "drawn")
    __hash__ = None          # (compared by value, as the dataclass it was)

    def __init__(self, page: int, chars: list[Char], x0: float = 0.0, x1: float = 0.0,
                 y0: float = 0.0, y1: float = 0.0, size: float = 0.0, marked: str = "",
                 column_left: float | None = None, rotated: bool = False,
                 drawn: bool = False):
        self.page = page
        self._chars: list[Char] | None = chars
        self._packed: tuple | None = None
        self.marked = marked           # text with in-band marks (set when the line is read)
        self.column_left = column_left   # left edge of its column, on a two-column page
        self.rotated = rotated   # printed turned by a quarter (a landscape page's margin)
        self.drawn = drawn       # read inside a form XObject: a table drawn as a figure
        self._text: str | None = None
        self._bold: bool | None = None
        # Its marked text where it marks nothing but italics (no call, superscript nor
        # link), set as its page is read (see .layout.marking.premark); None: not known.
        self.italics_only: str | None = None
        figures = LINES_C.line_figures(chars) if LINES_C is not None else None
        if figures is None:     # (None from C: Python's to do, e.g. to say what is wrong)
            figures = _line_figures(chars)
        self.x0, self.x1, self.y0, self.y1, size, one_size = figures
        if one_size:                        # one size: nearly every line
            self.size = round(size, 1)
        else:
            self.size = Counter([round(c.size, 1) for c in _counted(chars)]) \
                .most_common(1)[0][0]

    @property
    def chars(self) -> list[Char]:
        """The line's own list of characters, or, packed, equal new ones (the last line
        unpacked keeps them: a step reads a line's characters twice in a row)."""
        chars = self._chars
        if chars is not None:
            return chars
        global _last_unpacked
        last, chars = _last_unpacked
        if last is not self:
            packed = self._packed
            if len(packed) == 3:            # (its page's lines frozen: see freeze_lines)
                texts, store, k = packed
                packed = store.line(k)
                if texts.__class__ is int:  # (its text, with the white space around it)
                    packed = (packed[0] + self._text + packed[1],) + packed[2:]
                else:
                    packed = (texts,) + packed
            chars = _unpack(packed)
            _last_unpacked = (self, chars)
        return chars

    @chars.setter
    def chars(self, chars: list[Char]) -> None:
        self._forget()
        self._chars, self._packed, self.italics_only = chars, None, None

    def _forget(self) -> None:
        global _last_unpacked
        if _last_unpacked[0] is self:
            _last_unpacked = (None, None)

    @property
    def text(self) -> str:              # a line's characters do not change once read
        text = self._text
        if text is None:
            chars = self.chars
            text = LINES_C.line_text(chars) if LINES_C is not None else NotImplemented
            if text is NotImplemented:
                text = "".join([c.text for c in chars]).strip()    # (a list joins faster)
            self._text = text
        return text

    @property
    def bold(self) -> bool:
        bold = self._bold
        if bold is None:
            chars = self.chars
            fonts = LINES_C.line_fonts(chars) if LINES_C is not None else NotImplemented
            if fonts is NotImplemented:
                fonts = Counter([c.font for c in chars if c.font and not c.text.isspace()])
            # (each font's style looked up once, not once per character)
            bold = self._bold = sum(n for font, n in fonts.items() if _font_style(font)[1]) > \
                sum(fonts.values()) / 2
        return bold

    @property
    def length(self) -> int:
        """How many characters the line holds (word spaces too), packed or not."""
        chars = self._chars
        if chars is not None:
            return len(chars)
        texts = self._packed[0]
        return texts if texts.__class__ is int else len(texts)

    def pack(self) -> None:
        """Keep the characters in a compact form (:func:`_pack`) once nothing changes
        them: a Char object costs some 80 bytes, a packed character about 8 (6 of them
        its x positions). ``chars`` then gives equal new objects each time it is read
        (the line's text and bold are read once, before)."""
        chars = self._chars
        if chars:
            self.text, self.bold            # (read while the characters are here)
            self._forget()
            packed = _pack(chars)
            if packed[0] == self._text:     # (most lines: their text held once)
                packed = (self._text,) + packed[1:]
            self._packed, self._chars = packed, None

    def __eq__(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        return tuple(getattr(self, f) for f in self._FIELDS) == \
            tuple(getattr(other, f) for f in self._FIELDS)

    def __repr__(self) -> str:
        return "Line(" + ", ".join(f"{f}={getattr(self, f)!r}" for f in self._FIELDS) + ")"


# The last packed line whose characters were read, and those characters.
_last_unpacked: tuple = (None, None)


class FrozenLines:
    """The packed characters of a page's lines (all of :func:`_pack`'s tuple but the
    texts, or, for a line whose texts are its text with white space around it, that
    white space: see :func:`freeze_lines`) pickled in one piece, pickle keeping every
    figure in every bit and type. A page of a long report (2,300 characters) holds
    them in some 24 KB of many small objects (the styles' tuples and floats) as
    packed, 17 KB so; and the one piece, freed, goes back whole to be used again (by
    the output's tree, the XSD's validation), where small objects freed at different
    times leave the memory they took in pieces (A/80/10, 212 pages: a peak of 94 MB,
    88 MB so). Read back whole when one of its lines is read (each pass of the layout
    reads a page's lines in turn: some 3.6 reads a page in a conversion, 1.6 % of a
    long document's instructions with the packing's own), and kept so while it is one
    of the last ``THAWED`` pages read back. (zlib would take the 17 KB to 6, at 3 %
    more of a long document's time, for half a megabyte less at the peak.)"""
    __slots__ = ("_blob", "_lines")
    THAWED = 4

    def __init__(self, packed: list[tuple]):
        self._blob = pickle.dumps(packed, pickle.HIGHEST_PROTOCOL)
        self._lines: list[tuple] | None = None

    def line(self, k: int) -> tuple:
        lines = self._lines
        if lines is None:
            lines = self._lines = pickle.loads(self._blob)
            _thawed.append(self)
            if len(_thawed) > self.THAWED:
                _thawed.popleft()._lines = None
        return lines[k]


_thawed: deque[FrozenLines] = deque()     # the pages read back, oldest first


def forget_thawed() -> None:
    """Let go of the pages read back (a document's extraction is over: a batch
    worker holds nothing of it until the next long document)."""
    global _last_unpacked
    while _thawed:
        _thawed.popleft()._lines = None
    _last_unpacked = (None, None)


def freeze_lines(lines: list[Line]) -> None:
    """Put the characters of a page's packed lines (:meth:`Line.pack`) in one
    :class:`FrozenLines`; each line keeps its texts and its place in it. Where a line's
    texts are its text with white space around it (a word space at its end: most lines
    of a PDFium page), only that white space is frozen with the characters, and the
    line keeps how many characters it holds: its text is not held twice (A/80/10, 212
    pages: 1.6 MB of such texts)."""
    packed = [line for line in lines if line._packed is not None and len(line._packed) == 5]
    if not packed:
        return
    frozen: list[tuple] = []       # what each line's piece holds
    held: list = []                # what each line keeps: its texts, or how many
    for line in packed:
        figures = line._packed
        around = _white_space_around(figures[0], line._text)
        if around is None:
            frozen.append(figures[1:])
            held.append(figures[0])
        else:
            frozen.append(around + figures[1:])
            held.append(len(figures[0]))
    store = FrozenLines(frozen)
    for k, (line, texts) in enumerate(zip(packed, held)):
        line._packed = (texts, store, k)


_WORD_SPACE_AFTER = ("", " ")      # (the white space before a line's text, and after it)


def _white_space_around(texts, text: str) -> tuple[str, str] | None:
    """(before, after): the white space around ``text`` in a packed line's ``texts``,
    where they are that text with white space around it, else None (the texts are the
    text itself, or one per character, or hold more than white space beside it)."""
    if texts is text or texts.__class__ is not str or not text:
        return None
    if texts[-1] == " " and texts[:-1] == text:        # (a word space at its end: most)
        return _WORD_SPACE_AFTER
    if texts.strip() != text:
        return None
    lead = len(texts) - len(texts.lstrip())
    return texts[:lead], texts[lead + len(text):]


_TEXT = attrgetter("text")
_XS = attrgetter("x0", "x1")
_STYLE = attrgetter("font", "size", "y0", "y1", "color")
_NONE = {type(None)}


def _pack(chars: list[Char]) -> tuple:
    """(texts, x positions, each character's style, styles, odd positions): the texts
    joined in one string (a tuple where a character holds more than one), x0 and x1 of
    each in 6 bytes (:func:`_pack_xs`; those that are no float as they are), each
    character's (font, size, y0, y1, colour) as an index into the line's few distinct
    ones (none where there is one), equal in every bit and type to the character's own:
    nothing is rounded nor merged (0.0 and -0.0, 1 and 1.0 stay apart). In the lines' C
    extension, where it was built, in one loop; else mostly loops in C (map, zip, dict,
    array), the x positions' in Python."""
    if LINES_C is not None:
        packed = LINES_C.pack(chars)
        if packed is not NotImplemented:
            return packed
    texts = list(map(_TEXT, chars))
    joined = "".join(texts)
    flat = list(chain.from_iterable(map(_XS, chars)))
    odd: tuple = ()
    if set(map(type, flat)) != {float}:
        # A position that is no float (a reader's 0 for a word space) is put back as
        # it was, by its place (array makes a float of it).
        odd = tuple((k, v) for k, v in enumerate(flat) if v.__class__ is not float)
    try:
        xs = _pack_xs(array("d", flat))
    except TypeError:
        xs, odd = tuple(flat), ()
    styles = list(map(_STYLE, chars))
    columns = list(zip(*styles))
    if all(len(set(map(type, column)) - _NONE) <= 1 for column in columns) and \
            not any(0 in column for column in columns[1:4]):
        # Each figure of one type, no zero among sizes and heights: styles equal in
        # value are equal in every bit (the quick way: hashing the values).
        keys = styles
        distinct = dict.fromkeys(styles)
    else:
        # (0.0 and -0.0, 1 and 1.0 are equal values: told apart by the objects)
        keys = list(map(tuple, map(map, repeat(id), styles)))
        distinct = dict(zip(keys, styles))      # (one style per key: the same objects)
    order = {key: k for k, key in enumerate(distinct)}
    index = list(map(order.__getitem__, keys))
    # (one string where each character holds one letter: none empty, as many as them)
    one_each = len(joined) == len(chars) and "" not in texts
    # (a line of one style, most lines, needs no index: b"" is shared)
    return (joined if one_each else tuple(texts), xs,
            b"" if len(order) == 1 else bytes(index) if len(order) < 256 else array("H", index),
            tuple(distinct) if keys is styles else tuple(distinct.values()), odd)


# Packed x positions: a character's x0 in thousandths of a point (a 32-bit int) and its
# width in thousandths (16 bits), 6 bytes where two doubles take 16. Nearly every
# position a reader gives is a whole number of thousandths (PDFium's are rounded so);
# a character whose x0 or x1 is not, exactly to the last bit (a word space put midway,
# a -0.0, a width past 65.534 points), is kept as its two doubles, after the others.
_ESCAPED = 0xFFFF           # (the width that says: this character's doubles are kept)
_INT32 = 2 ** 31


def _thousandths(v: float) -> int | None:
    """``v`` as a whole number of thousandths k, where k / 1000 is ``v`` in every bit."""
    if not -2e6 < v < 2e6:                  # (NaN too)
        return None
    k = round(v * 1000.0)
    return k if k / 1000 == v and (k or copysign(1.0, v) > 0) and -_INT32 < k < _INT32 else None


def _pack_xs(xs: array) -> bytes:
    """``xs`` (x0, x1 of each character, in turn) in the compact form above: the x0s
    (int32), the widths (uint16), then the doubles of the characters escaped."""
    starts, widths, kept = array("i"), array("H"), array("d")
    for k in range(0, len(xs), 2):
        x0, x1 = xs[k], xs[k + 1]
        a, b = _thousandths(x0), _thousandths(x1)
        if a is None or b is None or not 0 <= b - a < _ESCAPED:
            starts.append(0)
            widths.append(_ESCAPED)
            kept.extend((x0, x1))
        else:
            starts.append(a)
            widths.append(b - a)
    return starts.tobytes() + widths.tobytes() + kept.tobytes()


def _unpack_xs(packed: bytes, n: int) -> list[float]:
    """The x0, x1 of each of ``n`` characters packed by :func:`_pack_xs`."""
    starts, widths, kept = array("i"), array("H"), array("d")
    starts.frombytes(packed[:4 * n])
    widths.frombytes(packed[4 * n:6 * n])
    kept.frombytes(packed[6 * n:])
    xs: list[float] = []
    escaped = iter(kept)
    for a, w in zip(starts, widths):
        if w == _ESCAPED:
            xs += (next(escaped), next(escaped))
        else:
            xs += (a / 1000, (a + w) / 1000)
    return xs


def _unpack(packed: tuple) -> list[Char]:
    """The characters of a packed line (see _pack): equal new ones."""
    if LINES_C is not None:
        chars = LINES_C.unpack(packed)
        if chars is not NotImplemented:
            return chars
    texts, xs, index, styles, odd = packed
    n = len(texts)
    if xs.__class__ is bytes:
        xs = _unpack_xs(xs, n)
    if odd:
        xs = list(xs)
        for k, v in odd:
            xs[k] = v
    fonts, sizes, y0s, y1s, colors = zip(*map(styles.__getitem__, index or bytes(n)))
    return list(map(Char, texts, fonts, sizes, xs[0::2], xs[1::2], y0s, y1s, colors))


if LINES_C is not None:
    try:
        LINES_C.bind(Char)      # (it reads a Char's fields from their slots)
    except TypeError:           # (a Char of other fields than it knows: Python's path)
        LINES_C = None

PATH = "C" if LINES_C is not None else "Python"    # which path reads lines, for bench/


def _counted(chars: list[Char]) -> list[Char]:
    """The characters a line's box and size are read from: those with a font that are
    no space, else (a line of spaces) those with a font."""
    return [c for c in chars if c.font and not c.text.isspace()] or \
        [c for c in chars if c.font]


def _line_figures(chars: list[Char]) -> tuple:
    """(x0, x1, y0, y1, first size, one size?) of a line's characters that count: the
    leftmost left, rightmost right, lowest foot and highest top, in one pass (the
    first of equal figures, as min() and max() keep it); whether all sizes are one."""
    real = _counted(chars)
    if not real:
        raise ValueError("a line of no character with a font")
    first = real[0]
    x0, x1, y0, y1 = first.x0, first.x1, first.y0, first.y1
    size = low = high = first.size
    for c in real:
        v = c.x0
        if v < x0:
            x0 = v
        v = c.x1
        if v > x1:
            x1 = v
        v = c.y0
        if v < y0:
            y0 = v
        v = c.y1
        if v > y1:
            y1 = v
        v = c.size
        if v < low:
            low = v
        if v > high:
            high = v
    return x0, x1, y0, y1, size, low == high


Box = tuple[float, float, float, float]
# A form XObject that holds text: its box, its lines, its turned characters (with direction).
Form = tuple[Box, "list[Line]", "list[tuple[Char, float]]"]


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line] = field(default_factory=list)
    links: list[tuple[tuple[float, float, float, float], str]] = field(default_factory=list)
    rules: list[tuple[float, float, float]] = field(default_factory=list)   # x0, x1, y
    has_image: bool = False
    figure_text: bool = False      # characters inside a form (a drawn table, a chart, OCR)
    image_cover: float = 0.0       # the share of the page its largest image covers
    images: list[tuple[float, float, float, float]] = field(default_factory=list)
    mirrored: bool = False         # read from the right (an Arabic page; see .columns)
    unknown_glyphs: int = 0        # glyphs the PDF maps to no character (read as U+FFFD)
    # A chart drawn as a form: its box (one of ``images``) -> its labels' text.
    labels: dict[tuple[float, float, float, float], str] = field(default_factory=dict)
    # What a reader sets apart for the layout to place (see :mod:`.layout.order`, which
    # empties both): the characters printed turned by a quarter, each with its
    # direction, and the forms that hold text (a drawn table, a chart, an OCR layer).
    turned: list[tuple[Char, float]] = field(default_factory=list)
    forms: list[Form] = field(default_factory=list)
    # The part of the page a reader sees (its CropBox, within its MediaBox) in the points
    # of its lines, when it is not the whole page: what renderers draw (see review/).
    visible: tuple[float, float, float, float] | None = None


def share_figures(page: Page) -> Page:
    """``page`` with one object per distinct figure among its characters' positions,
    sizes and colours (and one per distinct text), shared by every character that has
    it; nothing else changes. A reader makes new floats for each character, yet the
    characters of a line stand on one baseline at one size and each starts where the one
    before ends: a page of 2,300 characters holds some 2,200 distinct figures in its
    9,200 position floats (24 bytes each), which is most of what the page model holds
    besides the characters themselves. Only floats (and ints for colours) are shared,
    and no zero (0.0 and -0.0 are equal as keys, not as figures printed)."""
    seen: dict = {}
    share = seen.setdefault
    real = float

    def shared(chars) -> None:
        # (each field written out: a loop over the field names with getattr and setattr
        # costs about twice as much, on every character of every page)
        for c in chars:
            v = c.x0
            if v.__class__ is real and v:
                c.x0 = share(v, v)
            v = c.x1
            if v.__class__ is real and v:
                c.x1 = share(v, v)
            v = c.y0
            if v.__class__ is real and v:
                c.y0 = share(v, v)
            v = c.y1
            if v.__class__ is real and v:
                c.y1 = share(v, v)
            v = c.size
            if v.__class__ is real and v:
                c.size = share(v, v)
            v = c.color
            if v is not None and v.__class__ is int and v > 256:   # (smaller ints are shared)
                c.color = colours(v, v)
            v = c.text
            if len(v) != 1 or v > "\xff":          # (Latin-1 letters are shared)
                c.text = texts(v, v)

    colours = {}.setdefault
    texts = {}.setdefault
    for line in page.lines:
        shared(line.chars)
    shared(char for char, _ in page.turned)
    for _, lines, turned in page.forms:
        for line in lines:
            shared(line.chars)
        shared(char for char, _ in turned)
    return page


def visible_part(media: tuple[float, float, float, float],
                 crop: tuple[float, float, float, float] | None,
                 rotate: int) -> tuple[float, float, float, float] | None:
    """A page's CropBox (cut to its MediaBox: a reader shows no more) in the points of
    the page model (from the MediaBox's lower left corner, the page turned by its
    /Rotate, as both readers lay a page out), or None when it is the whole MediaBox.
    Renderers draw this part only (see review/)."""
    def rect(box):
        x0, y0, x1, y1 = (float(v) for v in box)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    if crop is None:
        return None
    mx0, my0, mx1, my1 = rect(media)
    cx0, cy0, cx1, cy1 = rect(crop)
    x0, y0, x1, y1 = max(cx0, mx0), max(cy0, my0), min(cx1, mx1), min(cy1, my1)
    if x1 - x0 < 1 or y1 - y0 < 1 or (x0, y0, x1, y1) == (mx0, my0, mx1, my1):
        return None
    turn = {90: lambda x, y: (y - my0, mx1 - x), 180: lambda x, y: (mx1 - x, my1 - y),
            270: lambda x, y: (my1 - y, x - mx0)}.get(rotate % 360, lambda x, y: (x - mx0, y - my0))
    xs, ys = zip(*(turn(x, y) for x in (x0, x1) for y in (y0, y1)))
    return min(xs), min(ys), max(xs), max(ys)


_PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")


def creation_day(raw: str | bytes | None) -> str | None:
    """The day (ISO) of a PDF date string ("D:20250314…") as a reader finds it in the
    file's info; None when it is none, unreadable, or before the UN's first year."""
    if isinstance(raw, bytes):
        raw = raw.decode("latin-1")
    match = _PDF_DATE.match(raw) if isinstance(raw, str) else None
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat() if year >= 1946 else None
    except ValueError:
        return None

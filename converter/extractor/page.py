"""A PDF page as plain data: the page model every reader fills (see :mod:`.readers`)
and every later step reads. Characters (text, font, size, bold and italic, colour, box),
the lines they make, and what else the page holds (drawn rules, link rectangles,
images, the page size).

Takes nothing; gives the types every step of the PDF path works on: :class:`Char`,
:class:`Line` (with its size, box and bold), :class:`Page`; and :func:`share_figures`,
which the readers apply to each page as it is read (one object per distinct figure:
the characters are most of a page's memory, and all pages are held until the layout
has read them all).
"""
from __future__ import annotations

import datetime
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

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


class _read_once(cached_property):
    """A cached_property without its lock: Python 3.11's takes one at the first read of
    each line's text and bold (for threads; pages are read by one), which costs more
    than the C that computes them."""

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.attrname] = self.func(instance)
        return value


@dataclass
class Line:
    page: int
    chars: list[Char]
    x0: float = 0.0
    x1: float = 0.0
    y0: float = 0.0
    y1: float = 0.0
    size: float = 0.0        # the most common size of its characters
    marked: str = ""         # text with in-band marks (set when the line is read)
    column_left: float | None = None   # left edge of its column, on a two-column page
    rotated: bool = False    # printed turned by a quarter (a landscape page's margin)
    drawn: bool = False      # read inside a form XObject: a table drawn as a figure

    def __post_init__(self):
        figures = LINES_C.line_figures(self.chars) if LINES_C is not None else None
        if figures is None:     # (None from C: Python's to do, e.g. to say what is wrong)
            figures = _line_figures(self.chars)
        self.x0, self.x1, self.y0, self.y1, size, one_size = figures
        if one_size:                        # one size: nearly every line
            self.size = round(size, 1)
        else:
            self.size = Counter([round(c.size, 1) for c in _counted(self.chars)]) \
                .most_common(1)[0][0]

    @_read_once
    def text(self) -> str:              # a line's characters do not change once read
        text = LINES_C.line_text(self.chars) if LINES_C is not None else NotImplemented
        if text is NotImplemented:
            text = "".join([c.text for c in self.chars]).strip()     # (a list joins faster)
        return text

    @_read_once
    def bold(self) -> bool:
        fonts = LINES_C.line_fonts(self.chars) if LINES_C is not None else NotImplemented
        if fonts is NotImplemented:
            fonts = Counter([c.font for c in self.chars if c.font and not c.text.isspace()])
        # (each font's style looked up once, not once per character)
        return sum(n for font, n in fonts.items() if _font_style(font)[1]) > \
            sum(fonts.values()) / 2


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

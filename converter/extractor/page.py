"""A PDF page as plain data: characters (text, font, size, box), the lines they make,
and what else the page holds (rules, link rectangles, images).

Takes nothing; gives the types every step of the PDF path works on: :class:`Char`,
:class:`Line` (with its size, box and bold), :class:`Page`.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

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
    font: str | None        # None: a space pdfminer inserted between words
    size: float
    x0: float
    x1: float
    y0: float
    y1: float

    @property
    def italic(self) -> bool:
        return _font_style(self.font)[0]

    @property
    def bold(self) -> bool:
        return _font_style(self.font)[1]


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
        real = [c for c in self.chars if c.font and not c.text.isspace()] or \
            [c for c in self.chars if c.font]
        self.x0 = min([c.x0 for c in real])
        self.x1 = max([c.x1 for c in real])
        self.y0 = min([c.y0 for c in real])
        self.y1 = max([c.y1 for c in real])
        sizes = [c.size for c in real]
        if min(sizes) == max(sizes):        # one size: nearly every line
            self.size = round(sizes[0], 1)
        else:
            self.size = Counter([round(s, 1) for s in sizes]).most_common(1)[0][0]

    @cached_property
    def text(self) -> str:              # a line's characters do not change once read
        return "".join(c.text for c in self.chars).strip()

    @cached_property
    def bold(self) -> bool:
        real = [c for c in self.chars if c.font and not c.text.isspace()]
        return sum(c.bold for c in real) > len(real) / 2


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
    # A chart drawn as a form: its box (one of ``images``) -> its labels' text.
    labels: dict[tuple[float, float, float, float], str] = field(default_factory=dict)
    # The part of the page a reader sees (its CropBox, within its MediaBox) in the points
    # of its lines, when it is not the whole page: what renderers draw (see review/).
    visible: tuple[float, float, float, float] | None = None

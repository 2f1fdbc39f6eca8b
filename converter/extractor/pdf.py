"""Extractor for born-digital PDFs, from pdfminer.six's layout analysis.

What the layout says and plain text does not: font sizes and raised baselines (footnote
markers), the small type under the separator rule at the page foot (footnotes), italic
fonts, link annotations with their rectangles, indentation (paragraph starts), and the
position of the masthead and of the page furniture. The PDF is parsed once; every page's
layout and annotations are read in the same pass.
"""
from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path
from typing import BinaryIO, Collection

from .. import languages
from ..errors import BadInput, NotAUNDocument, NoTextLayer
from ..languages import Language
from ..model import Anchor, Block, ExtractedDocument, Footnote, Source
from . import cleaner, notes, tables
from .assemble import (
    ITALIC_END,
    ITALIC_START,
    LINK_END,
    PAGE_BREAK,
    SUP_END,
    SUP_START,
    anchor,
    link_start,
    starts_paragraph,
    strip_marks,
    to_block,
    unanchored,
)
from .furniture import JOB_NUMBER, SEPARATOR, is_furniture, is_symbol_line
from .headers import running_header_lines
from .links import URL_LINE, attach_printed_urls, is_link_line, link_printed_urls
from .masthead import line_kind, read_masthead, symbol_note_markers
from .textcheck import broken_pages

# A page this much covered by one image is a scan (its text, if any, is an OCR layer).
SCANNED = 0.8
# What a PDF without a usable text layer needs (the packages of extractor/ocr.py).
OCR_HINT = ("read it by OCR with --ocr (needs OCRmyPDF and Tesseract: Debian packages "
            "ocrmypdf and tesseract-ocr-eng, -fra, -spa, -rus, -ara, -chi-sim)")

_ITALIC_FONT = re.compile(r"italic|oblique|-it$|,it$|-ital", re.IGNORECASE)
_BOLD_FONT = re.compile(r"bold|black|heavy|-bd$|,bd$", re.IGNORECASE)
_CID = re.compile(r"\(cid:\d+\)")          # a glyph pdfminer could not map to a character
# A note's number, then its text (or nothing: a raised number alone on its line).
_NOTE_START = re.compile(r"^(?P<marker>\*{1,3}|\d{1,3})(?=\s|[^\d\s]|$)\s*")
_OP_START = re.compile(r"^\s*(?:\d+\.|\(?[a-z]\)|\(?[ivx]+\))\s")


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
    figure_text: bool = False      # characters inside a form (as OCR programs write them)
    image_cover: float = 0.0       # the share of the page its largest image covers
    images: list[tuple[float, float, float, float]] = field(default_factory=list)


# -- reading -------------------------------------------------------------------------

def quiet_pdfminer() -> None:
    """pdfminer logs what it repairs in a damaged PDF. Programs that report their own
    one-line errors (the command line, batch workers) call this; the library itself
    leaves logging to its caller."""
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR + 10)


def read_pages(source: Path | BinaryIO, name: str | None = None) -> list[Page]:
    """Every page's lines (with their characters), link annotations and rules."""
    if isinstance(source, Path):
        with source.open("rb") as f:
            return read_pages(f, name or source.name)
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import (
        PDFDocument,
        PDFEncryptionError,
        PDFPasswordIncorrect,
    )
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psparser import PSException

    f = source
    name = name or "<pdf>"
    if not f.read(1):
        raise BadInput(f"{name}: the file is empty")
    f.seek(0)
    pages: list[Page] = []
    try:
        document = PDFDocument(PDFParser(f))
    except PDFPasswordIncorrect:
        raise BadInput(f"{name}: encrypted PDF: it cannot be opened without a password") from None
    except PDFEncryptionError as error:
        raise BadInput(f"{name}: encrypted PDF with an unsupported scheme ({error})") from None
    except (PSException, ValueError, KeyError, TypeError, AttributeError) as error:
        raise BadInput(f"{name}: not a readable PDF ({type(error).__name__}: "
                       f"{_one_line(error)})") from None
    manager = PDFResourceManager(caching=True)
    # Lines are put in reading order here (columns, right to left), so pdfminer's own
    # ordering of text boxes (boxes_flow) is work we would throw away.
    device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None))
    interpreter = PDFPageInterpreter(manager, device)
    # An OCR program (OCRmyPDF, for one) puts the text it read over the page's image
    # inside a form XObject, whose characters pdfminer leaves out of its lines unless
    # asked (all_texts). A page whose only text is there is read again that way; born-
    # digital pages, whose text is outside forms, are read as before.
    in_forms = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None, all_texts=True))
    interpreter_in_forms = PDFPageInterpreter(manager, in_forms)
    try:
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            interpreter.process_page(pdf_page)
            page = _page(number, device.get_result(), pdf_page)
            if not page.lines and page.figure_text:
                interpreter_in_forms.process_page(pdf_page)
                page = _page(number, in_forms.get_result(), pdf_page)
            pages.append(page)
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError,
            AssertionError) as error:
        raise BadInput(f"{name}: damaged PDF ({type(error).__name__}: "
                       f"{_one_line(error)})") from None
    if not pages:
        raise BadInput(f"{name}: the PDF has no pages")
    return pages


def _one_line(error: Exception) -> str:
    return " ".join(str(error).split())[:120] or "no detail"


def _page(number: int, layout, pdf_page) -> Page:
    from pdfminer.layout import (
        LTAnno,
        LTChar,
        LTCurve,
        LTFigure,
        LTImage,
        LTTextContainer,
        LTTextLine,
    )
    page = Page(number, layout.width, layout.height)

    turned: list[tuple[Char, float]] = []      # characters printed turned, their direction

    def visit(item):
        if isinstance(item, LTTextLine):
            chars = []
            for c in item:
                if isinstance(c, LTChar) and abs(c.matrix[0]) < 1e-3 and abs(c.matrix[3]) < 1e-3:
                    # Turned by a quarter: pdfminer cuts such a column into one-character
                    # lines, read across; they are put back together below.
                    turned.append((Char(cleaner.sanitize(c.get_text()), c.fontname,
                                        c.x1 - c.x0, c.x0, c.x1, c.y0, c.y1), c.matrix[1]))
                elif isinstance(c, LTChar):
                    chars.append(Char(cleaner.sanitize(c.get_text()), c.fontname, c.size,
                                      c.x0, c.x1, c.y0, c.y1))
                elif isinstance(c, LTAnno) and c.get_text() == " ":
                    chars.append(Char(" ", None, 0, 0, 0, 0, 0))
            _place_spaces(chars)
            if any(c.font and not c.text.isspace() for c in chars):
                page.lines.append(Line(number, chars))
        elif isinstance(item, (LTTextContainer, LTFigure)):
            if isinstance(item, LTFigure) and not any(True for _ in item):
                page.has_image = True
                page.images.append(item.bbox)
            elif isinstance(item, LTFigure) and any(isinstance(c, LTChar) for c in item):
                page.figure_text = True
                page.images.append(item.bbox)      # a drawing whose text is not read
            for child in item:
                visit(child)
        elif isinstance(item, LTImage):
            page.has_image = True
            page.image_cover = max(page.image_cover, item.width * item.height /
                                   max(page.width * page.height, 1.0))
            page.images.append(item.bbox)
        elif isinstance(item, LTCurve) and item.height < 2 and item.width > 20:
            page.rules.append((item.x0, item.x1, (item.y0 + item.y1) / 2))

    for item in layout:
        visit(item)
    page.lines = _in_columns(page, sorted(page.lines, key=lambda l: (-round(l.y0), l.x0)))
    page.lines += _turned_lines(number, turned)
    page.links = _links(pdf_page)
    return page


def _turned_lines(number: int, turned: list[tuple[Char, float]]) -> list[Line]:
    """Characters printed turned by a quarter (the symbol, job number and page number in
    the margin of a landscape page), as lines read along their own direction: one line
    per column of characters, cut where a gap of more than a character opens."""
    lines: list[Line] = []
    columns: dict[tuple[int, bool], list[Char]] = {}
    for char, direction in turned:
        columns.setdefault((round(char.x0), direction < 0), []).append(char)
    for (_, downwards), chars in sorted(columns.items()):
        chars.sort(key=lambda c: -c.y1 if downwards else c.y0)
        run: list[Char] = []
        for char in chars:
            if run:
                gap = (run[-1].y0 - char.y1) if downwards else (char.y0 - run[-1].y1)
                if gap > 1.5 * char.size:
                    lines.append(Line(number, run, rotated=True))
                    run = []
                elif gap > 0.25 * char.size and not char.text.isspace():
                    run.append(Char(" ", None, 0, 0, 0, 0, 0))
            run.append(char)
        if any(not c.text.isspace() for c in run):
            lines.append(Line(number, run, rotated=True))
    return lines


def _place_spaces(chars: list[Char]) -> None:
    """A space pdfminer inserted between two words stands between them on the page."""
    for k, c in enumerate(chars):
        if c.font is None:
            before = next((p for p in reversed(chars[:k]) if p.font), None)
            after = next((n for n in chars[k + 1:] if n.font), None)
            if before and after:
                c.x0 = c.x1 = ((before.x0 + before.x1) / 2 + (after.x0 + after.x1) / 2) / 2
                c.y0, c.y1 = before.y0, before.y1


_LTR = re.compile(r"[0-9A-Za-z]")


def _reading_order(chars: list[Char]) -> list[Char]:
    """Characters of a right-to-left line in reading order: right to left by position,
    except runs of digits and Latin letters ("70/1", "A/RES/77/1"), left to right."""
    rtl = sorted(chars, key=lambda c: -(c.x0 + c.x1))
    out: list[Char] = []
    i, n = 0, len(rtl)
    while i < n:
        if not _LTR.match(rtl[i].text):
            out.append(rtl[i])
            i += 1
            continue
        j = i          # the run goes on over letters, digits and the / . - between them
        while j + 1 < n and (_LTR.match(rtl[j + 1].text) or (
                rtl[j + 1].text in "./-" and j + 2 < n and _LTR.match(rtl[j + 2].text))):
            j += 1
        out.extend(reversed(rtl[i:j + 1]))
        i = j + 1
    return out


def _right_to_left(pages: list[Page]) -> None:
    """Arabic: each line in reading order, whatever order the PDF stores it in, and the
    page mirrored so that indentation and margins are read from the right."""
    for page in pages:
        width = page.width
        lines = []
        for line in page.lines:
            chars = _reading_order(line.chars)
            for c in chars:
                c.x0, c.x1 = width - c.x1, width - c.x0
            lines.append(Line(line.page, chars))
        page.lines = sorted(lines, key=lambda l: (-round(l.y0), l.x0))
        page.rules = [(width - x1, width - x0, y) for x0, x1, y in page.rules]
        page.links = [((width - x1, y0, width - x0, y1), uri) for (x0, y0, x1, y1), uri in page.links]


def _in_columns(page: Page, lines: list[Line]) -> list[Line]:
    """The page's lines in reading order, split pieces of a line put back together. A
    two-column page is read column by column: what spans the page above the columns,
    the left column, the right one, then the rest. It counts as two columns only when
    each half holds at least five lines over a third of the page height, without a gap
    as tall, and few lines cross the middle (on a one-column page most do; a masthead
    block is far from it)."""
    middle = page.width / 2
    left = [l for l in lines if l.x1 <= middle + 5]
    right = [l for l in lines if l.x0 >= middle - 5]
    crossing = len(lines) - len(left) - len(right)

    def tall(column):
        # A column runs down the page: no gap in it as tall as a third of the page (a
        # masthead's right-hand block and a mark at the page foot are no column).
        ys = sorted((l.y0, l.y1) for l in column)
        return len(column) >= 5 and ys[-1][1] - ys[0][0] > page.height / 3 and \
            all(b[0] - a[1] < page.height / 3 for a, b in zip(ys, ys[1:]))
    if not (tall(left) and tall(right)) or crossing > 0.2 * len(lines):
        return _merge_split_lines(lines)
    top = max(l.y1 for l in left + right)
    columns = {id(l) for l in left + right}
    above = [l for l in lines if id(l) not in columns and l.y0 >= top - 1]
    rest = [l for l in lines if id(l) not in columns and l.y0 < top - 1]
    left, right = _merge_split_lines(left), _merge_split_lines(right)
    for column in (left, right):
        edge = min(l.x0 for l in column)
        for line in column:
            line.column_left = edge
    return [*_merge_split_lines(above), *left, *right, *_merge_split_lines(rest)]


def _merge_split_lines(lines: list[Line]) -> list[Line]:
    """pdfminer sometimes cuts one printed line in two (a wide gap, a raised marker);
    put the pieces of a baseline back together."""
    merged: list[Line] = []
    for line in lines:
        last = merged[-1] if merged else None
        if last and abs(last.y0 - line.y0) < 0.4 * max(last.size, line.size) \
                and line.x0 >= last.x1 - 1 and line.x0 - last.x1 < 3 * last.size:
            gap = [Char(" ", None, 0, 0, 0, 0, 0)]
            merged[-1] = Line(last.page, last.chars + gap + line.chars)
        else:
            merged.append(line)
    return merged


def _links(pdf_page) -> list[tuple[tuple[float, float, float, float], str]]:
    from pdfminer.pdftypes import resolve1
    found = []
    for annot in resolve1(pdf_page.annots) or []:
        annot = resolve1(annot)
        if not isinstance(annot, dict) or str(resolve1(annot.get("Subtype"))).strip("/'") != "Link":
            continue
        action = resolve1(annot.get("A"))
        uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
        rect = resolve1(annot.get("Rect"))
        if not uri or not rect:
            continue
        if isinstance(uri, bytes):
            uri = uri.decode("utf-8", "replace")
        x0, y0, x1, y1 = (float(resolve1(v)) for v in rect)
        found.append(((min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)), uri))
    return found


# -- sorting lines -------------------------------------------------------------------

@dataclass
class _Layout:
    body_size: float
    left: float                # left edge of the text column
    right: float               # right edge of the text column
    line_end: float = 0.0      # where a full line of body text ends (justified text)
    masthead: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[tuple[str, int, list[Line]]] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    urls: list[tuple[str, int]] = field(default_factory=list)   # printed as text


def _sort(pages: list[Page], lang_hint: Language | None) -> _Layout:
    sizes = Counter()
    for page in pages:
        for line in page.lines:
            sizes[line.size] += len(line.chars)
    body_size = sizes.most_common(1)[0][0]
    lefts = Counter(round(l.x0) for p in pages for l in p.lines if abs(l.size - body_size) < 0.6)
    left = min(x for x, n in lefts.items() if n >= max(2, lefts.most_common(1)[0][1] // 3))
    right = max((l.x1 for p in pages for l in p.lines if abs(l.size - body_size) < 0.6),
                default=0.0)
    layout = _Layout(body_size, left, right, _line_end(pages, body_size))
    headers = running_header_lines(pages, body_size)
    last_marker: str | None = None
    for page in pages:
        lines = []
        for line in page.lines:
            running_header = id(line) in headers or page.number > 1 and \
                line.y0 > page.height * 0.85 and is_symbol_line(line.text)
            url = URL_LINE.match(line.text)
            if url and is_link_line(url.group(1)):
                layout.urls.append((url.group(1), page.number))   # a link target, not text
            elif is_furniture(line.text) or running_header or SEPARATOR.match(line.text) \
                    or line.rotated and is_symbol_line(line.text) or _page_number(line, page):
                layout.furniture.append(line)
            else:
                lines.append(line)
        if page.number == 1:
            start = _body_start(page, lines, body_size, left, right, lang_hint)
            layout.masthead, lines = lines[:start], lines[start:]
        separator = _separator_y(page, lines, body_size, left)
        for line in lines:
            if separator is not None and line.y1 <= separator and line.size < body_size - 0.4 \
                    and not line.rotated:
                last_marker = _note_line(layout, line, last_marker)
            else:
                layout.body.append(line)
        if layout.notes and layout.notes[-1][1] == page.number \
                and not any(c.isalpha() for l in layout.notes[-1][2]
                            for c in _NOTE_START.sub("", l.text, count=1)):
            # A raised number with no note text under it in small type is no note, nor
            # are digits alone (a job number printed sideways on a landscape page).
            _, _, note_lines = layout.notes.pop()
            layout.body.extend(note_lines)
            last_marker = layout.notes[-1][0] if layout.notes else None
    return layout


# A page's own number printed alone at its top or bottom ("7", "Page 17" in older
# documents' running header), which no other rule catches when the page prints it on a
# line of its own: the number must be the page's, and stand in the top or bottom band.
_PAGE_NUMBER = re.compile(r"^(?:(?:Page|Página|Страница|Стр\.)\s+)?(?P<n>\d{1,3})$")


def _page_number(line: Line, page: Page) -> bool:
    match = _PAGE_NUMBER.match(line.text.strip())
    if not match or int(match.group("n")) != page.number:
        return False
    return line.y0 > page.height * 0.85 or line.y1 < page.height * 0.15


def _line_end(pages: list[Page], body_size: float) -> float:
    """Where full lines of body text end: the right edge that nine body lines in ten
    stay within. Wider lines in body type (a masthead's symbol, a wide table) are too few
    to move it, unlike the widest line."""
    ends = sorted(l.x1 for p in pages for l in p.lines if abs(l.size - body_size) < 0.6)
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0.0


def _body_start(page: Page, lines: list[Line], body_size: float, left: float, right: float,
                lang: Language | None) -> int:
    """Index of the first line of page 1 below the masthead, found from the layout: what
    is printed above the rule under the masthead (or, in an old masthead without one,
    down to the foot of its right-hand column); then, below it, the lines in the left
    margin (session, agenda item and its title) or in the right-hand column, and lines
    saying what masthead lines say. The first line at the text column that is none of these (a sponsor line, an
    adoption line, a title, the enacting formula) starts the document."""
    rule = _masthead_rule(page, lines, left, right)
    # An old masthead has no rule below it: its right-hand column (distribution, symbol,
    # date, languages) reaches down to its foot.
    full_width = 0.8 * (right - left)
    first_text = next((l.y0 for l in lines if l.x1 - l.x0 > full_width), 0.0)
    column_foot = min((l.y0 for l in lines if l.y0 > max(first_text, 0.6 * page.height)
                       and _in_right_column(l, page)), default=None)
    foot = min(y for y in (rule, column_foot) if y is not None) \
        if rule is not None or column_foot is not None else None
    k = 0
    if foot is not None:
        while k < len(lines) and lines[k].y0 >= foot - 1:
            k += 1
    # The text column's left edge on page 1: where the masthead prints "United Nations"
    # (a short letter's left edge counts the masthead's own lines).
    named = [l.x0 for l in lines[:k] if lang is not None
             and line_kind(l.text, lang, False) == "authority"]
    # A left edge past the page's middle is a table's column (a page mostly table), not
    # the text column.
    column = (max(left, min(named)) if left < 0.5 * page.width else min(named)) \
        if named else left
    after_agenda = False
    while k < len(lines):
        line = lines[k]
        text = line.text
        if lang is not None and lang.formula_organ(text):
            break                                # the enacting formula is body text
        kind = line_kind(text, lang, False) if lang is not None else None
        in_right_column = _in_right_column(line, page)
        in_left_margin = line.x0 < column - 0.8 * body_size
        # Old mastheads print the agenda item's title in capitals below "Agenda item 18".
        agenda_title = after_agenda and _capitals(text)
        if not (kind or in_right_column or in_left_margin or agenda_title):
            break
        after_agenda = kind == "agendaItem" or agenda_title
        k += 1
    return k


def _in_right_column(line: Line, page: Page) -> bool:
    return line.x0 > 0.55 * page.width and line.x1 - line.x0 < 0.4 * page.width


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _masthead_rule(page: Page, lines: list[Line], left: float, right: float) -> float | None:
    """The y of the lowest rule in the top half of page 1 that spans the text column
    (printed in pieces or whole): the masthead is above it. Underlines are shorter."""
    spans: dict[int, list[float]] = {}
    for x0, x1, y in page.rules:
        if y > page.height / 2:
            span = spans.setdefault(round(y), [x0, x1])
            span[0], span[1] = min(span[0], x0), max(span[1], x1)
    wide = sorted((y for y, (x0, x1) in spans.items()
                   if x1 - x0 >= max(0.8 * (right - left), 0.6 * page.width)), reverse=True)
    found = None
    for y in wide:
        # A rule with a full line of text above it (a table's rule) is below the masthead.
        if any(l.y0 > y and l.x1 - l.x0 > 0.8 * (right - left) for l in lines):
            break
        found = y
    return found


def _separator_y(page: Page, lines: list[Line], body_size: float, left: float) -> float | None:
    """The y of the short rule above the footnotes, if the page has one."""
    # A short rule that starts at (or left of) the text column, in the lower part: this
    # page's column (a landscape page elsewhere in the document moves the common one).
    column = Counter(round(l.x0) for l in lines if abs(l.size - body_size) < 0.6 and not l.rotated)
    left = max(left, column.most_common(1)[0][0]) if column else left
    candidates = [y for x0, x1, y in page.rules
                  if x0 < left + 20 and 20 < x1 - x0 < 0.5 * page.width and y < page.height * 0.6]
    candidates += [l.y0 for l in page.lines if SEPARATOR.match(l.text)]
    if not candidates:
        return None
    y = max(candidates)
    smaller = [l for l in lines if l.y1 <= y + 1 and l.size < body_size - 0.4]
    return y if smaller else None


def _note_line(layout: _Layout, line: Line, last_marker: str | None) -> str | None:
    match = _NOTE_START.match(line.text)
    if match and match.group("marker") in notes.next_marker(last_marker):
        layout.notes.append((match.group("marker"), line.page, [line]))
        return match.group("marker")
    if layout.notes:
        layout.notes[-1][2].append(line)          # goes on, maybe from the page before
    else:
        layout.body.append(line)
    return last_marker


# -- marking lines -------------------------------------------------------------------

def _mark(line: Line, page: Page, note_index: dict[str, int], urls: list[str],
          skip_marker: bool = False) -> str:
    """The line's text with in-band marks for italics, superscripts, anchors and links."""
    real = [c for c in line.chars if c.font]
    baseline = Counter(round(c.y0, 1) for c in real if c.size >= line.size - 0.3).most_common(1)
    baseline = baseline[0][0] if baseline else line.y0
    out: list[str] = []
    italic = False
    link: int | None = None
    sup: list[Char] = []

    def flush_sup():
        text = "".join(c.text for c in sup).strip()
        called = notes.called_markers(text, note_index)
        if called:
            # Each call at its place; the raised comma between two calls stays, as printed.
            rest = text
            for marker in called:
                head, _, rest = rest.partition(marker)
                out.append(head.strip() + anchor(note_index[marker]))
            out.append(rest.strip())
        elif text.strip("*"):
            out.append(SUP_START + text + SUP_END)
        elif text:
            out.append(text)                     # asterisks that call no note
        sup.clear()

    # Only the links whose rectangle meets this line are worth looking at per character.
    line_links = [(rect, uri) for rect, uri in page.links
                  if rect[1] - 1 <= line.y1 and rect[3] + 1 >= line.y0]
    chars = line.chars
    if skip_marker:                              # a note's own number at its start
        text = line.text
        marker = _NOTE_START.match(text)
        drop = len(marker.group(0).rstrip()) if marker else 0
        kept, count = [], 0
        for c in chars:
            if count < drop and c.text.strip():
                count += len(c.text)
                continue
            if count >= drop:
                kept.append(c)
        chars = kept
    for c in chars:
        if not c.font:                           # a word space
            if sup:
                flush_sup()
            out.append(" ")
            continue
        raised = c.size < line.size * 0.85 and c.y0 > baseline + 0.15 * line.size
        # An asterisk is a marker at full size too (the glyph itself stands high),
        # when glued to the word or the marker before it.
        star = c.text == "*" and bool(out or sup) and (bool(sup) or not out[-1].isspace())
        if raised or (star and note_index):
            sup.append(c)
            continue
        if sup:
            flush_sup()
        if c.italic != italic:
            out.append(ITALIC_START if c.italic else ITALIC_END)
            italic = c.italic
        target = _link_at(c, line_links, urls) if line_links else None
        if target != link:
            if link is not None:
                out.append(LINK_END)
            if target is not None:
                out.append(link_start(target))
            link = target
        out.append(c.text)
    if sup:
        flush_sup()
    if link is not None:
        out.append(LINK_END)
    if italic:
        out.append(ITALIC_END)
    return "".join(out).strip()


def _loose_star_calls(layout: _Layout, note_index: dict[str, int]) -> None:
    """A star note whose call is printed in body type after a space ("… (see
    enclosure). *"), not raised: no superscript says so; the star standing after a word
    on the note's page does."""
    called = {c for line in layout.body for c in line.marked}
    for marker, page, _ in layout.notes:
        if not marker.startswith("*") or anchor(note_index[marker]) in called:
            continue
        loose = re.compile(rf"(?<=[\w.,;:)»”\]]) {re.escape(marker)}(?!\*)(?=\s|$)")
        for line in layout.body:
            match = loose.search(line.marked) if line.page == page else None
            if match:
                line.marked = line.marked[:match.start() + 1] + anchor(note_index[marker]) + \
                    line.marked[match.end():]
                break


def _link_at(c: Char, links, urls: list[str]) -> int | None:
    x, y = (c.x0 + c.x1) / 2, (c.y0 + c.y1) / 2
    for (x0, y0, x1, y1), uri in links:
        if x0 - 0.5 <= x <= x1 + 0.5 and y0 - 0.5 <= y <= y1 + 0.5:
            if uri not in urls:
                urls.append(uri)
            return urls.index(uri)
    return None


# -- paragraphs ----------------------------------------------------------------------

def _paragraphs(body: list[Line], layout: _Layout, lang: Language) -> list[tuple[int, list[str]]]:
    """Group body lines into paragraphs: (first page, marked lines)."""
    paragraphs: list[tuple[int, list[str]]] = []
    prev: Line | None = None
    size = layout.body_size
    for line in body:
        left = line.column_left if line.column_left is not None else layout.left
        if prev is None:
            new = True
        elif line.page != prev.page or line.y1 > prev.y0 + size:
            new = _new_after_break(line, prev, len(paragraphs[-1][1]), left, layout, lang)
            if not new and line.page != prev.page:
                line.marked = PAGE_BREAK + line.marked
        else:
            gap = prev.y0 - line.y1
            # A line after a number hanging in the margin ("73/6.  Title") is no indent.
            new = (gap > 0.45 * size or line.x0 > max(prev.x0, left) + 0.8 * size
                   or _ended(prev, line, layout)
                   or starts_paragraph(line.text, prev.text, lang)
                   or abs(line.size - prev.size) > 0.6 or line.bold != prev.bold
                   or bool(_OP_START.match(line.text)) and line.x0 > left + 0.8 * size)
        if new and prev is not None and cleaner.url_goes_on(prev.text, line.text):
            new = False                 # the rest of a web address broken at the line end
        if new:
            paragraphs.append((line.page, [line.marked]))
        else:
            paragraphs[-1][1].append(line.marked)
        prev = line
    return paragraphs


def _ended(prev: Line, line: Line, layout: _Layout) -> bool:
    """A short line ending a clause, then a capital or a number: a new paragraph (in
    ragged-right text a short line alone proves nothing). Not in bold lines (a sponsor
    line, a title): they break where they please."""
    return prev.x1 < layout.line_end - 1.5 * layout.body_size and \
        re.search(r"[.,;:]$", prev.text) is not None and \
        (line.text[:1].isupper() or bool(_OP_START.match(line.text))) and \
        not (prev.bold and line.bold)


def _new_after_break(line: Line, prev: Line, lines_so_far: int, left: float,
                     layout: _Layout, lang: Language) -> bool:
    """Whether the first line of a page (or of the next column) starts a paragraph. No
    spacing tells there; UN layout indents the first line of every paragraph, so a line
    at the left margin goes on with the paragraph broken at the page foot, unless it is
    numbered, set in other type, or the line before plainly ended its paragraph. An
    indented line starts one, unless it lines up with the lines before it in a block
    indented as a whole (a sub-item running over the page) that ran to the margin."""
    size = layout.body_size
    if _OP_START.match(line.text) or starts_paragraph(line.text, prev.text, lang) \
            or abs(line.size - prev.size) > 0.6 or line.bold != prev.bold:
        return True
    if line.x0 <= left + 0.8 * size:
        # A column's lines are all short against the page's line end.
        return prev.column_left is None and _ended(prev, line, layout)
    in_block = lines_so_far >= 2 and abs(line.x0 - prev.x0) < 0.3 * size
    ran_on = prev.x1 >= layout.line_end - 1.5 * size and \
        re.search(r"[.;:]$", prev.text) is None
    return not (in_block and ran_on)


def extract_pdf(source: Path | bytes, language: str | None = None,
                name: str | None = None, ocr_pages: Collection[int] = ()) -> ExtractedDocument:
    """Read a born-digital UN PDF (a path or its bytes) into an :class:`ExtractedDocument`.
    ``ocr_pages``: pages whose text was just read by OCR (their text layer is not
    checked; see :mod:`.textcheck`)."""
    if isinstance(source, Path):
        name = name or source.name
        data = source.read_bytes()
    else:
        data, name = source, name or "<pdf>"
    pages = read_pages(io.BytesIO(data), name)
    # A page OCR has just read and found no word on is a blank page of a scan.
    images = tuple(page.number for page in pages
                   if not page.lines and page.has_image and page.number not in ocr_pages)
    if images:
        raise NoTextLayer(f"{name}: no text layer: page {images[0]} is an image "
                          f"(a scan); {OCR_HINT}", images)
    all_text = "\n".join(l.text for p in pages for l in p.lines)
    if not all_text.strip():
        raise BadInput(f"{name}: the PDF has no text")
    undecoded = sum(len(m) for m in _CID.findall(all_text))
    if undecoded > 0.2 * len(all_text):
        raise NoTextLayer(f"{name}: no usable text layer: its fonts map glyphs to no "
                          f"characters (pdfminer reads '(cid:N)'); {OCR_HINT}")
    lang = languages.get(language) if language else languages.guess(all_text)
    if lang is None:
        raise NotAUNDocument(f"{name}: not a UN document: the text is in none of the six "
                             "UN languages")
    if lang.right_to_left:
        _right_to_left(pages)
    broken = broken_pages({p.number: "\n".join(l.text for l in p.lines)
                           for p in pages if p.number not in ocr_pages}, lang.code)
    layout = _sort(pages, lang)
    by_number = {p.number: p for p in pages}
    grids = tables.find_tables(layout.body, by_number, layout.body_size, Line) + \
        tables.find_figures(layout.body, pages, name)
    note_index = {marker: k for k, (marker, _, _) in enumerate(layout.notes)}
    markers = [marker for marker, _, _ in layout.notes]
    urls: list[str] = []
    for line in layout.body + tables.cell_lines(grids):
        line.marked = _mark(line, by_number[line.page], note_index, urls)
    _loose_star_calls(layout, note_index)
    note_texts = []
    for marker, page, lines in layout.notes:
        marked = [_mark(l, by_number[l.page], {}, urls, skip_marker=(k == 0))
                  for k, l in enumerate(lines)]
        note_texts.append((marker, page, marked))

    content_lines = [strip_marks(l.marked) for l in layout.body] + \
        [strip_marks(t) for _, _, marked in note_texts for t in marked]
    vocab = cleaner.vocabulary(content_lines)

    def text_block(lines: list[str], page: int) -> Block:
        return to_block(cleaner.clean(cleaner.join_lines(lines, vocab, lang), vocab), page, markers, urls)
    blocks = []
    for run in tables.split_body(layout.body, grids):
        if isinstance(run, list):
            blocks += [text_block(lines, page) for page, lines in _paragraphs(run, layout, lang)]
        else:
            blocks.append(tables.table_block(run, text_block))   # or a figure
    footnotes = [Footnote(marker, to_block(cleaner.clean(cleaner.join_lines(marked, vocab, lang), vocab),
                                           page, markers, urls))
                 for marker, page, marked in note_texts]
    masthead = read_masthead([l.text for l in layout.masthead], lang)
    # A note called from the symbol in the masthead is anchored there.
    on_symbol = Block("", anchors=[Anchor(0, m) for m in symbol_note_markers(masthead)])
    warnings = [b.warning() for b in broken] + unanchored(blocks + [on_symbol], footnotes)
    blocks = [b for b in blocks if b.text or b.figure]
    attach_printed_urls(blocks, footnotes, layout.urls, warnings)
    for block in blocks + [f.block for f in footnotes]:
        link_printed_urls(block)
    job = next((l.text for l in layout.furniture if JOB_NUMBER.match(l.text)), None)
    masthead.job_number = job
    source_text = "\n".join([l.text for l in layout.masthead] +
                            # a note call is not a word of the line ("III/1" + call 2)
                            [strip_marks(l.marked) or l.text for l in layout.body] +
                            [_NOTE_START.sub("", l.text) if k == 0 else l.text
                             for _, _, ls in layout.notes for k, l in enumerate(ls)])
    return ExtractedDocument(
        blocks=blocks, footnotes=footnotes, language=lang.code,
        source=Source(name=name, sha256=hashlib.sha256(data).hexdigest(), kind="pdf",
                      pages=len(pages)),
        masthead=masthead, source_text=source_text, warnings=warnings,
        broken_pages=[b.page for b in broken],
        scanned_pages=[p.number for p in pages if p.image_cover >= SCANNED])

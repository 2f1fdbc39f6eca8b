"""The pdfminer.six reader: a PDF (a file or its bytes) through pdfminer's layout
analysis into :class:`..page.Page` objects. Always available (pdfminer.six is a
dependency); slower than the PDFium reader (:mod:`.pdfium`), which fills the same model.

Takes the PDF; gives every page's lines (characters with font, size, colour and
position; put in reading order by :mod:`..layout.order`), its characters printed turned
and its forms' text set apart, its rules, images and link annotations. The PDF is parsed once; a damaged, encrypted or empty file is refused here
with one line (:class:`BadInput`).
"""
from __future__ import annotations

import io
from functools import lru_cache
from pathlib import Path
from typing import BinaryIO, Iterator

from ...errors import BadInput
from ...failures import reading_pdf
from .. import pdf_limits
from ..characters import cleaner
from ..page import Char, Form, Line, Page, creation_day, share_figures, visible_part
from .lines import place_spaces


def quiet_pdfminer() -> None:
    """pdfminer logs what it repairs in a damaged PDF. Programs that report their own
    one-line errors (the command line, batch workers) call this; the library itself
    leaves logging to its caller."""
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR + 10)


def creation_date(data: bytes) -> str | None:
    """The day the PDF file says it was made, for a PDF not read here (a scan that OCR
    re-wrote: the date is the scan's). Only the trailer is read."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser
    from pdfminer.psparser import PSException
    try:
        return _info_date(PDFDocument(PDFParser(io.BytesIO(data))))
    except (PSException, ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None


def _info_date(document) -> str | None:
    """The Info dictionary's CreationDate as an ISO day, when it holds a real date."""
    from pdfminer.pdftypes import resolve1
    try:
        infos = [resolve1(info) for info in document.info]
        raw = next((resolve1(i.get("CreationDate")) for i in infos
                    if isinstance(i, dict) and i.get("CreationDate")), None)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError):
        return None
    return creation_day(raw) if isinstance(raw, bytes) else None


def read_pages(source: Path | BinaryIO, name: str | None = None) -> list[Page]:
    """Every page's lines (with their characters), link annotations and rules."""
    return read_pdf(source, name)[0]


def read_pdf(source: Path | BinaryIO, name: str | None = None) -> tuple[list[Page], str | None]:
    """Every page's lines (with their characters), link annotations and rules; and the
    day the file says it was made (ISO), read from the same parse."""
    if isinstance(source, Path):
        with source.open("rb") as f:
            return read_pdf(f, name or source.name)
    pages, created = open_pdf(source, name)
    return list(pages), created


def open_pdf(source: BinaryIO, name: str | None = None) -> tuple[Iterator[Page], str | None]:
    """The pages of an open PDF file one by one as pdfminer lays each out (see
    :func:`read_pdf`), and the day the file says it was made. The file is parsed here
    (a damaged, encrypted or empty one refused); its pages, as the iteration reaches
    them."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfparser import PDFParser

    f = source
    name = name or "<pdf>"
    if not f.read(1):
        raise BadInput(f"{name}: the file is empty")
    f.seek(0)
    pdf_limits.install()
    # Whatever pdfminer raises becomes one line in plain words (converter.failures).
    with reading_pdf(name, opened=False):
        document = PDFDocument(PDFParser(f))
        pdf_limits.check_document(document, name)
    return _pages(document, name), _info_date(document)


def _pages(document, name: str) -> Iterator[Page]:
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    manager = PDFResourceManager(caching=True)
    # Lines are put in reading order by the layout (columns, right to left), so pdfminer's own
    # ordering of text boxes (boxes_flow) is work we would throw away. Text inside a form
    # XObject (a drawn table, a chart's labels, the text an OCR program laid over a
    # scanned page) is left out of pdfminer's lines unless asked (all_texts); it is read
    # here and :mod:`..layout.figures` decides what it is.
    device = _aggregator(PDFPageAggregator)(manager, laparams=LAParams(boxes_flow=None,
                                                                       all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    number = 0
    with reading_pdf(name):
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            pdf_limits.check_page(pdf_page, number, name)
            device.unknown = 0
            interpreter.process_page(pdf_page)
            page = _page(number, device.get_result(), pdf_page)
            page.unknown_glyphs = device.unknown
            yield share_figures(page)
    if not number:
        raise BadInput(f"{name}: the PDF has no pages")


def _aggregator(base):
    """pdfminer's page aggregator, reading two things it leaves out: the text a marked
    span gives for its glyphs (``/Span <</ActualText …>> BDC``: LibreOffice writes the
    letter "ل" of "الكبرى" in Amiri bold as two glyphs, one of them mapped to no
    character, inside such a span), and a glyph the font maps to no character, read as
    U+FFFD and counted (never pdfminer's "(cid:N)")."""
    from pdfminer.layout import LTChar
    from pdfminer.utils import decode_text

    class Aggregator(base):
        unknown = 0

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._spans: list[list] = []      # per open tag: [its ActualText or None, its first glyph]

        def begin_tag(self, tag, props=None):
            text = props.get("ActualText") if isinstance(props, dict) else None
            if isinstance(text, bytes):
                text = decode_text(text)
            if isinstance(text, str) and text.isspace():
                text = " "                      # (Word's no-break space: a space, as PDFium reads it)
            self._spans.append([cleaner.sanitize(text) if isinstance(text, str) else None, None])

        def end_tag(self):
            if self._spans:
                self._spans.pop()

        def handle_undefined_char(self, font, cid):
            self.unknown += 1
            return "\ufffd"

        def render_char(self, *args, **kwargs):
            span = next((s for s in reversed(self._spans) if s[0] is not None), None)
            before = self.unknown
            adv = super().render_char(*args, **kwargs)
            objs = getattr(self.cur_item, "_objs", None)
            if span is None or not objs or not isinstance(objs[-1], LTChar):
                return adv
            self.unknown = before               # the span says what its glyphs stand for
            item = objs[-1]
            if span[1] is None:                 # the first glyph takes the span's text
                item._text = span[0]
                span[1] = item
            elif abs(item.y0 - span[1].y0) > item.height / 2:
                item._text = ""                 # (a span over two lines: no box to widen)
            else:                               # the others widen its box
                objs.pop()
                first = span[1]
                first.set_bbox((min(first.x0, item.x0), min(first.y0, item.y0),
                                max(first.x1, item.x1), max(first.y1, item.y1)))
            return adv

    return Aggregator


def _visible(pdf_page) -> tuple[float, float, float, float] | None:
    """The page's CropBox in the page model's points (:func:`..page.visible_part`)."""
    try:
        return visible_part(pdf_page.mediabox, pdf_page.cropbox, pdf_page.rotate)
    except (TypeError, ValueError):
        return None


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
    page = Page(number, layout.width, layout.height, visible=_visible(pdf_page))

    turned: list[tuple[Char, float]] = []      # characters printed turned, their direction
    forms: list[Form] = []                     # forms holding text, set apart until decided

    def visit(item, lines: list[Line], turned: list):
        if isinstance(item, LTTextLine):
            chars = []
            for c in item:
                if isinstance(c, LTChar) and abs(c.matrix[0]) < 1e-3 and abs(c.matrix[3]) < 1e-3:
                    # Turned by a quarter: pdfminer cuts such a column into one-character
                    # lines, read across; they are put back together (see layout.order).
                    turned.append((Char(cleaner.sanitize(c.get_text()), c.fontname,
                                        c.x1 - c.x0, c.x0, c.x1, c.y0, c.y1,
                                        _rgb(c.graphicstate.ncolor)), c.matrix[1]))
                elif isinstance(c, LTChar):
                    chars.append(Char(cleaner.sanitize(c.get_text()), c.fontname, c.size,
                                      c.x0, c.x1, c.y0, c.y1, _rgb(c.graphicstate.ncolor)))
                elif isinstance(c, LTAnno) and c.get_text() == " ":
                    chars.append(Char(" ", None, 0, 0, 0, 0, 0))
            place_spaces(chars)
            if any(c.font and not c.text.isspace() for c in chars):
                lines.append(Line(number, chars))
        elif isinstance(item, (LTTextContainer, LTFigure)):
            if isinstance(item, LTFigure) and not any(True for _ in item):
                page.has_image = True
                page.images.append(item.bbox)
            elif isinstance(item, LTFigure) and lines is page.lines and _holds_text(item):
                inner: tuple[list[Line], list] = ([], [])
                for child in item:
                    visit(child, *inner)
                forms.append((item.bbox, *inner))
                return
            for child in item:
                visit(child, lines, turned)
        elif isinstance(item, LTImage):
            page.has_image = True
            page.image_cover = max(page.image_cover, item.width * item.height /
                                   max(page.width * page.height, 1.0))
            page.images.append(item.bbox)
        elif isinstance(item, LTCurve) and item.height < 2 and item.width > 20:
            page.rules.append((item.x0, item.x1, (item.y0 + item.y1) / 2))

    for item in layout:
        visit(item, page.lines, turned)
    page.links = _links(pdf_page)
    page.turned, page.forms = turned, forms
    return page


def _holds_text(figure) -> bool:
    from pdfminer.layout import LTFigure, LTTextContainer
    return any(isinstance(c, LTTextContainer) or isinstance(c, LTFigure) and _holds_text(c)
               for c in figure)


def _rgb(color) -> int | None:
    """pdfminer's fill colour (a grey level, RGB or CMYK, 0 to 1) as 0xRRGGBB."""
    if isinstance(color, list):
        color = tuple(color)
    try:
        return _rgb_of(color)
    except TypeError:           # unhashable: no colour we know
        return None


@lru_cache(maxsize=256)
def _rgb_of(color) -> int | None:
    if isinstance(color, (int, float)):
        color = (color,) * 3
    if not isinstance(color, (tuple, list)) or len(color) not in (1, 3, 4):
        return None             # a pattern, or a colour space pdfminer leaves unnamed
    try:
        if len(color) == 1:
            color = tuple(color) * 3
        if len(color) == 4:
            c, m, y, k = color
            color = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
        r, g, b = (min(255, max(0, round(float(v) * 255))) for v in color)
    except (TypeError, ValueError):
        return None
    return r << 16 | g << 8 | b


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

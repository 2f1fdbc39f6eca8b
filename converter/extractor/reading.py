"""Page reading: a PDF (a file or its bytes) through pdfminer's layout analysis into
:class:`.page.Page` objects.

Takes the PDF; gives every page's lines (characters with font, size and position, in
reading order, see :mod:`.columns`), its rules, images and link annotations. The PDF is
parsed once; a damaged, encrypted or empty file is refused here with one line
(:class:`BadInput`).
"""
from __future__ import annotations

import datetime
import io
import re
from pathlib import Path
from typing import BinaryIO

from ..errors import BadInput
from ..failures import reading_pdf
from .characters import cleaner
from .layout import figures
from . import pdf_limits
from .layout.columns import in_columns, merge_split_lines
from .page import Char, Line, Page


def quiet_pdfminer() -> None:
    """pdfminer logs what it repairs in a damaged PDF. Programs that report their own
    one-line errors (the command line, batch workers) call this; the library itself
    leaves logging to its caller."""
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR + 10)


_PDF_DATE = re.compile(rb"^(?:D:)?(\d{4})(\d{2})(\d{2})")


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
    match = _PDF_DATE.match(raw) if isinstance(raw, bytes) else None
    if not match:
        return None
    year, month, day = (int(g) for g in match.groups())
    try:
        return datetime.date(year, month, day).isoformat() if year >= 1946 else None
    except ValueError:
        return None


def read_pages(source: Path | BinaryIO, name: str | None = None) -> list[Page]:
    """Every page's lines (with their characters), link annotations and rules."""
    return read_pdf(source, name)[0]


def read_pdf(source: Path | BinaryIO, name: str | None = None) -> tuple[list[Page], str | None]:
    """Every page's lines (with their characters), link annotations and rules; and the
    day the file says it was made (ISO), read from the same parse."""
    if isinstance(source, Path):
        with source.open("rb") as f:
            return read_pdf(f, name or source.name)
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.layout import LAParams
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    f = source
    name = name or "<pdf>"
    if not f.read(1):
        raise BadInput(f"{name}: the file is empty")
    f.seek(0)
    pages: list[Page] = []
    pdf_limits.install()
    # Whatever pdfminer raises becomes one line in plain words (converter.failures).
    with reading_pdf(name, opened=False):
        document = PDFDocument(PDFParser(f))
        pdf_limits.check_document(document, name)
    manager = PDFResourceManager(caching=True)
    # Lines are put in reading order here (columns, right to left), so pdfminer's own
    # ordering of text boxes (boxes_flow) is work we would throw away. Text inside a form
    # XObject (a drawn table, a chart's labels, the text an OCR program laid over a
    # scanned page) is left out of pdfminer's lines unless asked (all_texts); it is read
    # here and :mod:`.figures` decides what it is.
    device = PDFPageAggregator(manager, laparams=LAParams(boxes_flow=None, all_texts=True))
    interpreter = PDFPageInterpreter(manager, device)
    with reading_pdf(name):
        for number, pdf_page in enumerate(PDFPage.create_pages(document), start=1):
            pdf_limits.check_page(pdf_page, number, name)
            interpreter.process_page(pdf_page)
            pages.append(_page(number, device.get_result(), pdf_page))
    if not pages:
        raise BadInput(f"{name}: the PDF has no pages")
    return pages, _info_date(document)


def _visible(pdf_page) -> tuple[float, float, float, float] | None:
    """The page's CropBox (within its MediaBox: a reader shows no more) in the points
    pdfminer gives its lines (from the MediaBox's corner, the page turned by its
    /Rotate), or None when it is the whole MediaBox."""
    def rect(box):
        x0, y0, x1, y1 = (float(v) for v in box)
        return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
    try:
        mx0, my0, mx1, my1 = rect(pdf_page.mediabox)
        cx0, cy0, cx1, cy1 = rect(pdf_page.cropbox)
    except (TypeError, ValueError):
        return None
    x0, y0, x1, y1 = max(cx0, mx0), max(cy0, my0), min(cx1, mx1), min(cy1, my1)
    if x1 - x0 < 1 or y1 - y0 < 1 or (x0, y0, x1, y1) == (mx0, my0, mx1, my1):
        return None
    # The turn pdfminer applies (PDFPageInterpreter.process_page), corner by corner.
    turn = {90: lambda x, y: (y - my0, mx1 - x), 180: lambda x, y: (mx1 - x, my1 - y),
            270: lambda x, y: (my1 - y, x - mx0)}.get(pdf_page.rotate, lambda x, y: (x - mx0, y - my0))
    xs, ys = zip(*(turn(x, y) for x in (x0, x1) for y in (y0, y1)))
    return min(xs), min(ys), max(xs), max(ys)


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
    # Forms holding text: (box, lines, turned characters), set apart until decided.
    forms: list[tuple[tuple[float, float, float, float], list[Line], list]] = []

    def visit(item, lines: list[Line], turned: list):
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
                lines.append(Line(number, chars))
        elif isinstance(item, (LTTextContainer, LTFigure)):
            if isinstance(item, LTFigure) and not any(True for _ in item):
                page.has_image = True
                page.images.append(item.bbox)
            elif isinstance(item, LTFigure) and lines is page.lines and _holds_text(item):
                page.figure_text = True
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
    # A page whose only text is inside forms is a scan with its OCR layer: all of it is
    # the page's text. Elsewhere a form's text is read when it is a table or a text box;
    # a chart's labels become its alternative text.
    printed = bool(page.lines or turned)
    drawn: list[tuple[float, list[Line]]] = []       # (top, lines) of tables drawn as forms
    for box, lines, turned_in in forms:
        inner = lines + _turned_lines(number, turned_in)
        if not printed:
            page.lines += lines
            turned += turned_in
        elif figures.reads_as_text(inner, box):
            for line in inner:
                line.drawn = True
            drawn.append((box[3], inner))
        else:
            page.images.append(box)
            page.labels[tuple(box)] = figures.labels(inner)
    page.lines = in_columns(page, sorted(page.lines, key=lambda l: (-round(l.y0), l.x0)))
    for top, lines in sorted(drawn, key=lambda d: -d[0]):
        # A drawn table's own lines, top to bottom, where the form stands on the page (its
        # columns are no columns of the page's text).
        at = next((k for k, l in enumerate(page.lines) if l.y1 <= top + 2), len(page.lines))
        page.lines[at:at] = merge_split_lines(sorted(lines, key=lambda l: (-round(l.y0), l.x0)))
    page.lines += _turned_lines(number, turned)
    page.links = _links(pdf_page)
    return page


def _holds_text(figure) -> bool:
    from pdfminer.layout import LTFigure, LTTextContainer
    return any(isinstance(c, LTTextContainer) or isinstance(c, LTFigure) and _holds_text(c)
               for c in figure)


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

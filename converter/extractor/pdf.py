"""Extractor for born-digital PDFs: the steps in order, from the PDF to an
:class:`ExtractedDocument`.

What the layout says and plain text does not: font sizes and raised baselines (footnote
markers), the small type under the separator rule at the page foot (footnotes), italic
fonts, link annotations with their rectangles, indentation (paragraph starts), and the
position of the masthead and of the page furniture. Each step is its own module:
:mod:`.readers` (the page model filled by PDFium or pdfminer: pages, lines,
characters), then the layout's: :mod:`.layout.order` and :mod:`.layout.columns` (line
order; with :mod:`.characters.rtl`, right-to-left lines in logical order),
:mod:`.characters.cjk` (Chinese word spaces), :mod:`.layout.regions` (masthead, body,
notes, furniture), :mod:`.layout.tables` (grids and figures, called here),
:mod:`.layout.marking` (italics, note calls, links), :mod:`.layout.paragraphs`.
"""
from __future__ import annotations

import hashlib
import re
from pathlib import Path
from typing import Collection, Iterable

from .. import languages
from ..errors import BadInput, NotAUNDocument, NoTextLayer
from ..model import Anchor, Block, ExtractedDocument, Footnote, Source
from .layout import boxes, scanned, tables
from .characters import cleaner
from .layout.assemble import strip_marks, to_block, unanchored
from .characters.cjk import CJK, drop_autospace
from .characters.rtl import RTL_CHAR
from .layout.columns import right_to_left, rtl_lines_in_reading_order
from .layout.endnotes import take_endnotes
from .layout.furniture import JOB_NUMBER, continued_contents
from .layout.links import attach_printed_urls, link_printed_urls
from .layout.marking import loose_star_calls, mark, premark
from .layout.masthead import read_masthead, symbol_elsewhere, symbol_note_markers
from .layout.notes import calls_by_page, note_keys
from .page import Char, Line, Page, forget_thawed, freeze_lines  # noqa: F401  (the PDF path's types, as before)
from .layout.order import order_page
from .layout.paragraphs import paragraphs
from . import readers
from .readers import quiet_pdfminer  # noqa: F401  (callers import it here)
from .layout.regions import NOTE_START, sort
from .characters.textcheck import broken_pages, garbled_arabic, garbled_warning

# A page this much covered by one image is a scan (its text, if any, is an OCR layer).
SCANNED = 0.8
# What a PDF without a usable text layer needs (the packages of extractor/ocr.py).
OCR_HINT = ("read it by OCR with --ocr (needs OCRmyPDF and Tesseract: Debian packages "
            "ocrmypdf and tesseract-ocr-eng, -fra, -spa, -rus, -ara, -chi-sim)")

_CID = re.compile(r"\(cid:\d+\)")          # a glyph the reader could not map to a character
_TELLS_LANGUAGE = 500                  # characters of page 1 that say the language


def read_pages(source: Path | bytes, name: str | None = None,
               reader: str | None = None) -> list[Page]:
    """Every page of the PDF as a reader fills the page model, its lines in reading
    order (see :mod:`.layout.order`)."""
    return readers.read_pdf(source, name, reader, each=order_page)[0]


def extract_pdf(source: Path | bytes, language: str | None = None,
                name: str | None = None, ocr_pages: Collection[int] = (),
                reader: str | None = None) -> ExtractedDocument:
    """Read a born-digital UN PDF (a path or its bytes) into an :class:`ExtractedDocument`.
    ``ocr_pages``: pages whose text was just read by OCR (their text layer is not
    checked; see :mod:`.textcheck`). ``reader``: ``auto`` (default: PDFium when
    installed), ``pdfium`` or ``pdfminer`` (see :mod:`.readers`)."""
    if isinstance(source, Path):
        name = name or source.name
        data = source.read_bytes()
    else:
        data, name = source, name or "<pdf>"
    # Each page is put in order as it is read: what the reader set apart on it (turned
    # characters, forms) is placed, and the reader's own buffers for it are gone, before
    # the next page is read; past a long document's first pages, its characters are
    # packed too (see _Packing).
    packing = _Packing(language)
    pages, created, reader = readers.read_pdf(data, name, reader, each=packing.each)
    unplaced = _without_unplaced_lines(pages)
    # A page OCR has just read and found no word on is a blank page of a scan.
    images = tuple(page.number for page in pages
                   if not page.lines and page.has_image and page.number not in ocr_pages)
    if images:
        raise NoTextLayer(f"{name}: no text layer: page {images[0]} is an image "
                          f"(a scan); {OCR_HINT}", images)
    lang = _language_of_text(pages, language, name, unplaced)
    if lang.right_to_left:
        right_to_left(pages)
    else:
        rtl_lines_in_reading_order(pages)
    # (a page packed has no Chinese character: the step leaves it as it is)
    drop_autospace([p for p in pages if p.number not in packing.packed],
                   chinese=lang.code == "zho")
    packing.pack(pages)
    broken, garbled = _text_layer_problems(pages, ocr_pages, lang)
    # Pages read by OCR have their own rules for notes and furniture (see .scanned).
    read = scanned.read_by_ocr(pages, ocr_pages)
    layout = sort(pages, lang, read, scanned.ImageRules(data) if read else None)
    take_endnotes(layout)
    # "CONTENTS (continued)" over a contents page and its column labels: furniture.
    again = {id(l) for l in continued_contents(layout.body, lang.code)}
    if again:
        layout.furniture += [l for l in layout.body if id(l) in again]
        layout.body = [l for l in layout.body if id(l) not in again]
    by_number = {p.number: p for p in pages}
    # (a long document's table cells, lines made anew of its characters, packed too)
    grids = tables.find_tables(layout.body, by_number, layout.body_size, Line,
                               made=packing.pack_lines) + \
        tables.find_figures(layout.body, pages, name)
    # A table's header repeated on the page it goes on to is furniture, once joined.
    repeated = {id(l) for g in grids if isinstance(g, tables.Grid) for l in g.dropped}
    if repeated:
        layout.furniture += [l for l in layout.body if id(l) in repeated]
        layout.body = [l for l in layout.body if id(l) not in repeated]
    # A call means the note of its marker printed on its page (an annex may number its
    # notes anew); notes are told apart by key ("1", and "1@2" for a second note 1).
    # (A note printed above some of its page's lines, a remark under a list, is told by
    # its height from a note of its marker further on: the lines under it call that one.)
    lowest: dict[int, float] = {}
    for line in layout.body:
        lowest[line.page] = min(lowest.get(line.page, line.y0), line.y0)
    calls_on = calls_by_page([(marker, page, lines[0].y1) if lines[0].y1 > lowest.get(page, lines[0].y1)
                              else (marker, page) for marker, page, lines in layout.notes])
    note_index = calls_on(1)
    markers = note_keys([marker for marker, _, _ in layout.notes])
    urls: list[str] = []
    for line in layout.body + tables.cell_lines(grids):
        line.marked = mark(line, by_number[line.page], calls_on(line.page, line.y0), urls)
    loose_star_calls(layout)
    if layout.typed:       # notes in body type, their calls printed in the line ("1/")
        scanned.attach_calls(layout.body, layout.notes, note_index, layout.typed, typed=True)
    ocr_warnings = []
    if layout.scanned:
        scanned.attach_calls(layout.body, layout.notes, note_index, layout.scanned)
        ocr_warnings = scanned.place_uncalled(layout.body, layout.masthead, layout.notes,
                                              note_index, layout.scanned)
    note_texts = []
    for marker, page, lines in layout.notes:
        marked = [mark(l, by_number[l.page], {}, urls,
                       skip_marker=(k == 0 and id(l) not in layout.bare))
                  for k, l in enumerate(lines)]
        note_texts.append((marker, page, marked))

    content_lines = [strip_marks(l.marked) for l in layout.body] + \
        [strip_marks(t) for _, _, marked in note_texts for t in marked]
    vocab = cleaner.vocabulary(content_lines)

    def text_block(lines: list[str], page: int, bold: bool = False) -> Block:
        block = to_block(cleaner.clean(cleaner.join_lines(lines, vocab, lang), vocab), page, markers, urls)
        block.bold = bold
        return block
    blocks = []
    for run in tables.split_body(layout.body, grids):
        if isinstance(run, list):
            paras = paragraphs(run, layout, lang)
            blocks += [text_block(lines, page, bold) for page, lines, bold in paras]
            boxes.paragraph_boxes(blocks[len(blocks) - len(paras):], run, paras, by_number)
        else:
            blocks.append(tables.table_block(run, text_block))   # or a figure
            boxes.grid_boxes(blocks[-1], run, by_number)
    footnotes = [Footnote(key, to_block(cleaner.clean(cleaner.join_lines(marked, vocab, lang), vocab),
                                        page, markers, urls))
                 for key, (_, page, marked) in zip(markers, note_texts)]
    boxes.note_boxes(footnotes, layout.notes, layout.body + tables.cell_lines(grids), markers,
                     by_number)
    masthead = read_masthead([l.text for l in layout.masthead], lang,
                             apart=_set_apart(layout.masthead))
    if not masthead.symbol:
        masthead.symbol, masthead.symbol_doubt = symbol_elsewhere(
            [l.text for l in layout.furniture if l.page == 1],
            [b.text for b in blocks[:2] if b.first_page == 1])
    # A note called from the symbol in the masthead is anchored there.
    on_symbol = Block("", anchors=[Anchor(0, m) for m in symbol_note_markers(masthead)])
    warnings = [b.warning() for b in broken] + ([garbled_warning(garbled)] if garbled else []) + \
        ocr_warnings + \
        [f"page {p.number}: {p.unknown_glyphs} glyph(s) that the PDF maps to no character, "
         "kept as \ufffd (U+FFFD): check the printed page" for p in pages if p.unknown_glyphs] + \
        [f"page {n}: text drawn at a size of zero (a zero matrix or font size) left out: "
         "it cannot be placed, and a reader of the page sees nothing" for n in unplaced] + \
        unanchored(blocks + [on_symbol], footnotes)
    blocks = [b for b in blocks if b.text or b.figure]
    attach_printed_urls(blocks, footnotes, layout.urls, warnings)
    for block in blocks + [f.block for f in footnotes]:
        link_printed_urls(block)
    job = next((l.text for l in layout.furniture if JOB_NUMBER.match(l.text)), None)
    masthead.job_number = job
    source_text = "\n".join([l.text for l in layout.masthead] +
                            # a note call is not a word of the line ("III/1" + call 2)
                            [strip_marks(l.marked) or l.text for l in layout.body] +
                            [NOTE_START.sub("", l.text) if k == 0 and id(l) not in layout.bare
                             else l.text
                             for _, _, ls in layout.notes for k, l in enumerate(ls)])
    printed = boxes.printed_pages(pages, layout.masthead, layout.furniture)
    forget_thawed()               # (no line's characters are read from here on)
    return ExtractedDocument(
        blocks=blocks, footnotes=footnotes, language=lang.code,
        source=Source(name=name, sha256=hashlib.sha256(data).hexdigest(), kind="pdf",
                      pages=len(pages), created=created, reader=reader),
        masthead=masthead, source_text=source_text, warnings=warnings,
        broken_pages=[b.page for b in broken],
        scanned_pages=[p.number for p in pages if p.image_cover >= SCANNED],
        printed=printed)


def _language_of_text(pages: list[Page], language: str | None, name: str,
                      unplaced: list[int]) -> languages.Language:
    """The document's language, once its text is known to be there and readable
    (BadInput, NoTextLayer, NotAUNDocument: said in one line). (The whole text, a long
    document's megabytes, is made here and gone on return.)"""
    all_text = "\n".join(l.text for p in pages for l in p.lines)
    if not all_text.strip() and unplaced:
        raise BadInput(f"{name}: damaged PDF: its text cannot be placed on the page (drawn "
                       f"at a size of zero, by a zero matrix or font size, on page {unplaced[0]})")
    if not all_text.strip():
        raise BadInput(f"{name}: the PDF has no text")
    undecoded = sum(len(m) for m in _CID.findall(all_text))
    if undecoded > 0.2 * len(all_text):
        raise NoTextLayer(f"{name}: no usable text layer: its fonts map glyphs to no "
                          f"characters (read as '(cid:N)'); {OCR_HINT}")
    # A page 1 too short to tell the language (a cover) leaves it to the pages after
    # it, then to the whole text.
    lang = _language_of_opening(("\n".join(l.text for l in p.lines) for p in pages), language) \
        or languages.guess(all_text)
    if lang is None:
        raise NotAUNDocument(f"{name}: not a UN document: the text is in none of the six "
                             "UN languages")
    return lang


def _text_layer_problems(pages: list[Page], ocr_pages: Collection[int],
                         lang: languages.Language) -> tuple[list, list]:
    """The pages whose text layer looks wrong for the language (see .textcheck), and
    those with Arabic whose font maps glyphs to wrong letters, in any document (an
    annex in Arabic): said, not guessed at. Pages just read by OCR are not checked.
    (Each page's text is made here and gone on return.)"""
    page_texts = {p.number: "\n".join(l.text for l in p.lines)
                  for p in pages if p.number not in ocr_pages}
    broken = broken_pages(page_texts, lang.code)
    garbled = [g for g in garbled_arabic(page_texts) if g.page not in {b.page for b in broken}]
    return broken, garbled


def _language_of_opening(texts: Iterable[str], language: str | None) -> languages.Language | None:
    """The document's language as the language asked for (ValueError: none such) or
    its opening tells it: page 1 (``texts``: the pages' texts in order), or where page
    1 is too short to tell (the cover of an Official Records volume prints a few lines),
    page 1 and those after it, as soon as they are long enough; None where they are not
    (or tell none of the six). A version's language is its opening's (masthead, title,
    first paragraphs): an annex issued in the language of submission (Arabic letters
    annexed to the English A/79/876) may be most of the text."""
    if language:
        return languages.get(language)
    opening = None
    for text in texts:
        opening = text if opening is None else opening + "\n" + text
        if len(opening) >= _TELLS_LANGUAGE:
            return languages.guess(opening) or None
    return None


class _Packing:
    """Packs the characters of a long document's pages (:meth:`.page.Line.pack`): every
    page is held until the layout has sorted them all (see :func:`.layout.regions.sort`),
    and a page's characters are most of what it holds. A document of ``HELD`` pages or
    fewer stays as read (most documents: packing and reading back cost time); in a
    longer one, each later page is packed as soon as it is read and ordered, and in one
    longer than ``LONG`` pages the first ``HELD`` too, once page ``LONG`` + 1 is read
    (reading them back cost a 20-page document 6 % more instructions, a 50-page one
    some 2 %, for some 4 MB), where nothing later changes a page's characters: in a
    document known (from the language asked for, or its opening: see
    _language_of_opening) not to be read from the right, a page without a right-to-left
    letter (whose lines :func:`right_to_left` puts together and mirrors) and without a
    Chinese character (:func:`drop_autospace` takes word spaces out of its lines). The others
    (``kept``) are packed once those steps are done (:meth:`pack`). Each line packed is
    marked first where its own page tells all of its marks (see
    :func:`.layout.marking.premark`), so that marking reads no packed line again; and
    a page's packed lines are frozen together (:func:`.page.freeze_lines`)."""

    HELD = 16
    LONG = 48

    def __init__(self, language: str | None):
        self.language = language
        self.lang: languages.Language | None = None
        self.kept: set[int] = set()           # pages whose lines those steps may change
        self.packed: set[int] = set()         # pages packed as read
        self.held: list[Page] = []            # the first pages, as read (up to HELD)

    def each(self, page: Page) -> Page:
        order_page(page)
        if page.number == 1:
            # (and all over again where the other reader reads the file after PDFium
            # gave up on a page)
            self.kept, self.packed, self.held = set(), set(), []
        if page.number <= self.HELD:
            self.held.append(page)
            return page
        if page.number == self.HELD + 1:
            self.lang = self._language()
        if page.number == self.LONG + 1:
            # A long document: its first pages are packed now too (each the way a later
            # one is), so that none of its pages holds its characters as read.
            for first in self.held:
                self._pack_if_unchanged(first)
            self.held = []
        self._pack_if_unchanged(page)
        return page

    def _pack_if_unchanged(self, page: Page) -> None:
        raw = "".join([c.text for line in page.lines for c in line.chars])
        if self.lang is None or self.lang.right_to_left or \
                RTL_CHAR.search(raw) or CJK.search(raw):
            self.kept.add(page.number)
        else:
            _pack_page(page)
            self.packed.add(page.number)

    def _language(self) -> languages.Language | None:
        """The document's language as extract_pdf will tell it, where the language
        asked for or the first pages tell it; None: not known yet. (Each page's lines
        drawn at a size of zero left out, as _without_unplaced_lines does.)"""
        texts = ("\n".join(l.text for l in page.lines if l.size > 0 or l.x1 > l.x0)
                 for page in self.held)
        try:
            return _language_of_opening(texts, self.language)
        except ValueError:                   # (a language unknown: said once all is read)
            return None

    def pack(self, pages: list[Page]) -> None:
        for page in pages:
            if page.number in self.kept:
                _pack_page(page)

    def pack_lines(self, lines: list[Line]) -> None:
        """Pack and freeze ``lines`` (the cells of a page's tables, made of its
        characters once it was read) where the document's pages are packed."""
        if self.kept or self.packed:
            for line in lines:
                line.pack()
            freeze_lines(lines)


def _pack_page(page: Page) -> None:
    for line in page.lines:
        premark(line, page)
        line.pack()
    freeze_lines(page.lines)


def _set_apart(lines: list[Line]) -> set[int]:
    """Masthead lines with a blank line's space above them: the line before, on the same
    page, stands higher by more than 1.9 times the type size (lines follow each other at
    about 1.2)."""
    apart = set()
    for k in range(1, len(lines)):
        above, line = lines[k - 1], lines[k]
        if above.page == line.page and above.y0 - line.y0 > 1.9 * line.size:
            apart.add(k)
    return apart


def _without_unplaced_lines(pages: list[Page]) -> list[int]:
    """Take out the lines drawn at a size of zero (a ``0 0 0 0 0 0 cm`` matrix, a zero
    font size): every character at one point, nothing on the page a reader could see,
    and nothing the layout rules can place. The pages that had some."""
    unplaced = []
    for page in pages:
        kept = [line for line in page.lines if line.size > 0 or line.x1 > line.x0]
        if len(kept) < len(page.lines):
            unplaced.append(page.number)
            page.lines = kept
    return unplaced

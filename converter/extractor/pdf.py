"""Extractor for born-digital PDFs: the steps in order, from the PDF to an
:class:`ExtractedDocument`.

What the layout says and plain text does not: font sizes and raised baselines (footnote
markers), the small type under the separator rule at the page foot (footnotes), italic
fonts, link annotations with their rectangles, indentation (paragraph starts), and the
position of the masthead and of the page furniture. Each step is its own module:
:mod:`.reading` (pages, lines, characters), :mod:`.columns` (line order),
:mod:`.regions` (masthead, body, notes, furniture), :mod:`.tables` (grids and figures,
called here), :mod:`.marking` (italics, note calls, links), :mod:`.paragraphs`.
"""
from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path
from typing import Collection

from .. import languages
from ..errors import BadInput, NotAUNDocument, NoTextLayer
from ..model import Anchor, Block, ExtractedDocument, Footnote, Source
from . import cleaner, scanned, tables
from .assemble import strip_marks, to_block, unanchored
from .columns import right_to_left, rtl_lines_in_reading_order
from .endnotes import take_endnotes
from .furniture import JOB_NUMBER
from .links import attach_printed_urls, link_printed_urls
from .marking import loose_star_calls, mark
from .notes import calls_by_page, note_keys
from .masthead import read_masthead, symbol_elsewhere, symbol_note_markers
from .page import Char, Line, Page  # noqa: F401  (the PDF path's types, as before)
from .paragraphs import paragraphs
from .reading import quiet_pdfminer, read_pages, read_pdf  # noqa: F401  (callers import them here)
from .regions import NOTE_START, sort
from .textcheck import broken_pages

# A page this much covered by one image is a scan (its text, if any, is an OCR layer).
SCANNED = 0.8
# What a PDF without a usable text layer needs (the packages of extractor/ocr.py).
OCR_HINT = ("read it by OCR with --ocr (needs OCRmyPDF and Tesseract: Debian packages "
            "ocrmypdf and tesseract-ocr-eng, -fra, -spa, -rus, -ara, -chi-sim)")

_CID = re.compile(r"\(cid:\d+\)")          # a glyph pdfminer could not map to a character
_TELLS_LANGUAGE = 500                  # characters of page 1 that say the language


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
    pages, created = read_pdf(io.BytesIO(data), name)
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
    # The version's language is its first page's (masthead, title, opening): an annex
    # issued in the language of submission (Arabic letters annexed to the English
    # A/79/876) may be most of the text. A page 1 too short to tell leaves it to the whole.
    first = "\n".join(l.text for l in pages[0].lines)
    lang = languages.get(language) if language else \
        (len(first) >= _TELLS_LANGUAGE and languages.guess(first)) or languages.guess(all_text)
    if lang is None:
        raise NotAUNDocument(f"{name}: not a UN document: the text is in none of the six "
                             "UN languages")
    if lang.right_to_left:
        right_to_left(pages)
    else:
        rtl_lines_in_reading_order(pages)
    broken = broken_pages({p.number: "\n".join(l.text for l in p.lines)
                           for p in pages if p.number not in ocr_pages}, lang.code)
    # Pages read by OCR have their own rules for notes and furniture (see .scanned).
    read = scanned.read_by_ocr(pages, ocr_pages)
    layout = sort(pages, lang, read, scanned.ImageRules(data) if read else None)
    take_endnotes(layout)
    by_number = {p.number: p for p in pages}
    grids = tables.find_tables(layout.body, by_number, layout.body_size, Line) + \
        tables.find_figures(layout.body, pages, name)
    # A table's header repeated on the page it goes on to is furniture, once joined.
    repeated = {id(l) for g in grids if isinstance(g, tables.Grid) for l in g.dropped}
    if repeated:
        layout.furniture += [l for l in layout.body if id(l) in repeated]
        layout.body = [l for l in layout.body if id(l) not in repeated]
    # A call means the note of its marker printed on its page (an annex may number its
    # notes anew); notes are told apart by key ("1", and "1@2" for a second note 1).
    calls_on = calls_by_page([(marker, page) for marker, page, _ in layout.notes])
    note_index = calls_on(1)
    markers = note_keys([marker for marker, _, _ in layout.notes])
    urls: list[str] = []
    for line in layout.body + tables.cell_lines(grids):
        line.marked = mark(line, by_number[line.page], calls_on(line.page), urls)
    loose_star_calls(layout)
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
            blocks += [text_block(lines, page, bold) for page, lines, bold in paragraphs(run, layout, lang)]
        else:
            blocks.append(tables.table_block(run, text_block))   # or a figure
    footnotes = [Footnote(key, to_block(cleaner.clean(cleaner.join_lines(marked, vocab, lang), vocab),
                                        page, markers, urls))
                 for key, (_, page, marked) in zip(markers, note_texts)]
    masthead = read_masthead([l.text for l in layout.masthead], lang)
    if not masthead.symbol:
        masthead.symbol, masthead.symbol_doubt = symbol_elsewhere(
            [l.text for l in layout.furniture if l.page == 1],
            [b.text for b in blocks[:2] if b.first_page == 1])
    # A note called from the symbol in the masthead is anchored there.
    on_symbol = Block("", anchors=[Anchor(0, m) for m in symbol_note_markers(masthead)])
    warnings = [b.warning() for b in broken] + ocr_warnings + \
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
    return ExtractedDocument(
        blocks=blocks, footnotes=footnotes, language=lang.code,
        source=Source(name=name, sha256=hashlib.sha256(data).hexdigest(), kind="pdf",
                      pages=len(pages), created=created),
        masthead=masthead, source_text=source_text, warnings=warnings,
        broken_pages=[b.page for b in broken],
        scanned_pages=[p.number for p in pages if p.image_cover >= SCANNED])

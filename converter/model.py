"""The plain data passed between the pipeline stages.

The extractor produces an :class:`ExtractedDocument`: clean paragraphs of text with
stand-off annotations (footnote anchors, links, italics) given as character offsets,
the footnotes themselves, and what the page header told about the document. The
structurer turns it into Akoma Ntoso; the validator checks the result against it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Where something is printed: (page, x0, y0, x1, y1), the page 1-based, the rest in PDF
# points from the page's bottom-left corner (as the PDF reader gives them).
Box = tuple[int, float, float, float, float]


@dataclass
class Link:
    """Characters ``start:end`` of a text are the visible part of a hyperlink."""
    start: int
    end: int
    href: str


@dataclass
class Span:
    """Characters ``start:end`` of a text are set in italics."""
    start: int
    end: int


@dataclass
class Anchor:
    """A footnote marker sits just before character ``offset``; it calls note ``marker``
    (the note's key: its printed marker, or, for a marker printed again further on where
    the numbering starts anew, "1@2"; see ``extractor.notes.note_keys``)."""
    offset: int
    marker: str


@dataclass
class Block:
    """A paragraph of clean text (no line breaks, no markers) with its annotations.

    ``first_page`` and ``last_page`` (1-based) say where it was printed; a paragraph
    broken across a page break spans two pages.
    """
    text: str
    first_page: int = 1
    last_page: int = 1
    anchors: list[Anchor] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    italics: list[Span] = field(default_factory=list)
    superscripts: list[Span] = field(default_factory=list)   # other than note markers
    # A table printed here (the text is then its cells' words, for classifiers): its
    # rows of cells, the first ``header_rows`` rows being header rows.
    table: list[list[Cell]] | None = None
    header_rows: int = 0
    # An image printed here (not extracted): where it is, "file.pdf#page=3".
    figure: str | None = None
    figure_alt: str = ""      # a chart's labels, when it is drawn with text (its alt)
    # Every line printed in bold type (a heading's type, as the PDF's fonts say; False
    # where the input says nothing of type: a text file, a scan).
    bold: bool = False
    # Where it is printed (PDF input; one box per page or column it runs over): what a
    # review page draws (see converter/review). Empty for text input.
    boxes: list[Box] = field(default_factory=list)


@dataclass
class Cell:
    """A table cell: its text (an empty block for an empty cell) and the number of
    columns it spans."""
    block: Block
    colspan: int = 1


@dataclass
class Footnote:
    """A footnote: its marker (``*``, ``1`` …; "1@2" for the second note printed "1",
    when an annex numbers its notes anew) and its text as a block."""
    marker: str
    block: Block
    calls: list[Box] = field(default_factory=list)   # where its calls are printed (PDF)


@dataclass
class Masthead:
    """What the first-page header block of a UN document says (all optional).
    ``lines`` keeps every printed line in order, as (kind, text): kind is one of
    authority, symbol, organ, distribution, date, language, original, session,
    committee, agendaItem, agendaItemTitle, other."""
    symbol: str | None = None
    date: str | None = None            # ISO date
    original_language: str | None = None  # as printed, e.g. "anglais"
    session: int | None = None
    job_number: str | None = None
    actor: str | None = None             # TLC id of the committee or organ: un-ga-c3
    # Why the symbol is in doubt when it was not read in the masthead (where it was
    # found instead), else None.
    symbol_doubt: str | None = None
    # Why the date is in doubt when it was read otherwise than in the masthead's text (by
    # OCR of its place), else None.
    date_doubt: str | None = None
    lines: list[tuple[str, str]] = field(default_factory=list)


@dataclass
class Source:
    """Where the document came from, for metadata and audits."""
    name: str
    sha256: str
    kind: str                  # "text" or "pdf"
    pages: int = 1
    created: str | None = None # the day the PDF file says it was made (ISO), if it says
    reader: str | None = None  # the PDF reader that read it: "pdfium" or "pdfminer"


@dataclass
class PrintedPages:
    """What a review page needs of the printed pages besides the blocks' boxes: each
    page's size (points), the masthead's lines and the furniture lines the extractor
    dropped (running headers, job numbers), each with its box and text. Boxes are in
    the points of the page's lines; ``visible``: for a page whose CropBox is not its
    whole MediaBox, the part shown (x0, y0, x1, y1) in those points."""
    sizes: dict[int, tuple[float, float]] = field(default_factory=dict)
    visible: dict[int, tuple[float, float, float, float]] = field(default_factory=dict)
    masthead: list[tuple[Box, str]] = field(default_factory=list)
    dropped: list[tuple[Box, str]] = field(default_factory=list)


@dataclass
class ExtractedDocument:
    """The extractor's output: everything the structurer needs, nothing layout-bound."""
    blocks: list[Block]
    footnotes: list[Footnote]
    language: str              # ISO 639-2 code: fra, eng, spa, rus, ara, zho
    source: Source
    masthead: Masthead = field(default_factory=Masthead)
    # The input text minus what the extractor recognised as not content (URL lines,
    # footnote separators, page furniture). The validator checks that every word of it
    # reaches the output.
    source_text: str = ""
    warnings: list[str] = field(default_factory=list)
    # PDF pages whose text layer looks wrong (see extractor/characters/textcheck.py), and pages
    # whose text was read by OCR (--ocr).
    broken_pages: list[int] = field(default_factory=list)
    ocr_pages: list[int] = field(default_factory=list)
    scanned_pages: list[int] = field(default_factory=list)   # an image covers the page
    # The symbol the caller gave (--symbol): it wins over the printed one, for the
    # identity and the actor alike (set by structurer.akn.build).
    given_symbol: str | None = None
    printed: PrintedPages | None = None       # PDF input only (see PrintedPages)

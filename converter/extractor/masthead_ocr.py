"""A scan's masthead read again by Tesseract, by its place (``--ocr``).

A scan's page 1 whose text layer (an earlier OCR, or OCRmyPDF's own at 300 dpi) gives no
symbol or no date that parses may still print them plainly: a typewritten 1948 masthead
("E/CN.4/109" over "2 June 1948") that a whole-page OCR reads as "E / C N A/109" or
"B/om fsbo". The place where a UN masthead prints them, the top right of page 1 (beside
"Distr.", the date under the symbol), is read again on its own: rendered at a higher
resolution, made black and white, read as a block of lines; then each line that may be the
symbol is read again as a single line, with the symbol's characters only, at several
resolutions, and the symbol most of those readings give is taken. The results are parsed
by the masthead's own grammar (:mod:`.layout.masthead`); the caller says in a doubt that
they were read so.
"""
from __future__ import annotations

import os
import re
import subprocess
from collections import Counter
from dataclasses import dataclass, field

from ..languages import get as get_language
from .child import die_with_parent
from .layout.furniture import SYMBOL_LINE
from .layout.masthead import masthead_dates, printed_symbol

# The place of the symbol and the date: the right part of page 1's upper band, as
# fractions of the page (from the left, from the top). A masthead's symbol column starts at
# about seven tenths of the width; an older one is printed lower, under a blank band
# (E/CN.4/149).
REGION = (0.68, 0.0, 1.0, 0.3)
BLOCK_DPI = 400
# A symbol line is read at several resolutions, each grey and black and white: one
# reading may take a typewriter's E for a B or its "14" for an "L", most do not.
LINE_DPIS = (300, 400, 600, 800)
THRESHOLD = 160                 # grey levels above it are paper
THRESHOLDS = (None, 128, 160, 200)   # each line reading: grey, and three cuts
# Tesseract's alphabet for a symbol line: series letters, digits and the signs between.
# The lower-case letters are those of a symbol's suffixes (Add., Rev., Corr., Amend., Sub.).
SYMBOL_CHARACTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789./-()abdemnoruv"
# What a reading of a symbol may be: a series the masthead grammar knows, then parts that
# are letters with a number after a point ("CN.4", "AC.182", "L.1", "Add.1"), letters
# ("RES", "PRST"), or numbers ("109", "2025"), the last ending in a number. A reading with
# a part of another shape ("CN-4", "L49", an empty part, "TO" at the end) is a misreading
# and gets no vote.
_PART = r"(?:[A-Z]{1,8}(?:\.\d{1,4})?|\d{1,5}|(?:Add|Rev|Corr|Amend|Sub)\.\d{1,3})"
# The series letters the masthead grammar knows ("A", "E", "CCPR" ...), from its pattern.
_SERIES = re.match(r"\^\(\?:([A-Z|]+)\)", SYMBOL_LINE.pattern).group(1)
_READING = re.compile(rf"^(?:{_SERIES})(?:/{_PART})*/{_PART}(?<=\d)$")     # ends in a number
# A typewriter's E that Tesseract reads as a B, where no series begins with a B.
_SERIES_MISREAD = {"B": "E"}
# The symbol taken must be read so by at least this many readings, and by more than twice
# as many as any other.
QUORUM = 3
TIMEOUT = 60


@dataclass
class Reading:
    """What the masthead's place reads: the symbol and date parsed (or None), and the
    symbol readings that were voted on, for a message when they disagree."""
    symbol: str | None = None
    date: str | None = None
    symbol_readings: list[str] = field(default_factory=list)


def reread_masthead(data: bytes, language: str | None, symbol: bool = True) -> Reading:
    """The symbol and date printed at the top right of page 1 of the PDF ``data``, read by
    Tesseract on that place alone (``language``: the document's, ISO 639-2); with
    ``symbol`` False, the date only (the symbol's line readings are the costly part)."""
    import pypdfium2 as pdfium
    from .ocr import tesseract_languages
    lang = get_language(language or "eng")
    tess = tesseract_languages(lang.code)
    pdf = pdfium.PdfDocument(data)
    try:
        page = pdf[0]
        width, height = page.get_size()
        left, top, right, bottom = (REGION[0] * width, REGION[1] * height,
                                    REGION[2] * width, REGION[3] * height)
        block = _render(page, BLOCK_DPI, (left, top, right, bottom), THRESHOLD)
        reading = Reading()
        for text, (x0, y0, x1, y1) in _lines(block, tess):
            if reading.date is None:
                dates = masthead_dates(text, lang)
                if dates:
                    reading.date = dates[0][2]
            if symbol and reading.symbol is None and "/" in text and any(c.isdigit() for c in text):
                # The line's box on the page, with a margin of a quarter of its height.
                scale = 72 / BLOCK_DPI
                pad = (y1 - y0) * scale / 4
                box = (left + x0 * scale - pad, top + y0 * scale - pad,
                       left + x1 * scale + pad, top + y1 * scale + pad)
                readings = [_line_text(_render(page, dpi, box, threshold))
                            for dpi in LINE_DPIS for threshold in THRESHOLDS]
                reading.symbol_readings = [r for r in readings if r]
                reading.symbol = _vote(reading.symbol_readings)
        return reading
    finally:
        pdf.close()


def _vote(readings: list[str]) -> str | None:
    """The symbol that :data:`QUORUM` readings or more give, more than twice as often as
    any other; None when the readings do not agree so."""
    symbols = Counter(s for s in map(_symbol, readings) if s)
    ranked = symbols.most_common(2)
    if not ranked or ranked[0][1] < QUORUM or len(ranked) > 1 and ranked[0][1] <= 2 * ranked[1][1]:
        return None
    return ranked[0][0]


def _symbol(reading: str) -> str | None:
    """A line reading as a symbol of the known shape, or None."""
    text = reading.strip().rstrip(".,")
    if text[:1] in _SERIES_MISREAD and not _READING.match(text):
        text = _SERIES_MISREAD[text[0]] + text[1:]
    return printed_symbol(text) if _READING.match(text) else None


def _render(page, dpi: int, box: tuple[float, float, float, float],
            threshold: int | None) -> bytes:
    """The part ``box`` (left, top, right, bottom in points from the top left) of
    ``page`` as a greyscale PGM image at ``dpi``, made black and white at ``threshold``."""
    width, height = page.get_size()
    left, top, right, bottom = (max(0.0, box[0]), max(0.0, box[1]),
                                min(width, box[2]), min(height, box[3]))
    bitmap = page.render(scale=dpi / 72, grayscale=True,
                         crop=(left, height - bottom, width - right, top))
    w, h, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    pixels = b"".join(raw[r * stride:r * stride + w] for r in range(h))
    if threshold is not None:
        pixels = pixels.translate(bytes(0 if v < threshold else 255 for v in range(256)))
    return b"P5\n%d %d\n255\n" % (w, h) + pixels


def _tesseract(image: bytes, *options: str) -> str:
    run = subprocess.run(["tesseract", "-", "-", *options], input=image, capture_output=True,
                         timeout=TIMEOUT, preexec_fn=die_with_parent,
                         env=dict(os.environ, OMP_THREAD_LIMIT="1"))
    return run.stdout.decode("utf-8", "replace")


def _lines(image: bytes, languages: str) -> list[tuple[str, tuple[int, int, int, int]]]:
    """The text lines Tesseract reads in ``image`` as one block (``--psm 6``), each with
    its box in the image's pixels (left, top, right, bottom)."""
    tsv = _tesseract(image, "--psm", "6", "-l", languages, "tsv")
    lines: dict[tuple[str, ...], list] = {}
    for row in tsv.splitlines()[1:]:
        cells = row.split("\t")
        if len(cells) < 12 or cells[0] != "5" or not cells[11].strip():
            continue
        x, y, w, h = map(int, cells[6:10])
        key = tuple(cells[1:5])               # page, block, paragraph, line
        words = lines.setdefault(key, [[], [x, y, x + w, y + h]])
        words[0].append(cells[11])
        box = words[1]
        box[:] = [min(box[0], x), min(box[1], y), max(box[2], x + w), max(box[3], y + h)]
    return [(" ".join(words), tuple(box)) for words, box in lines.values()]


def _line_text(image: bytes) -> str:
    """A symbol line read as one line of the symbol's characters."""
    return _tesseract(image, "--psm", "7", "-l", "eng",
                      "-c", f"tessedit_char_whitelist={SYMBOL_CHARACTERS}").strip()

"""The layout of pages read by OCR: a scan's text layer (OCRmyPDF's, or an older
program's) has no drawn separator rule, no font change and no raised note markers, so
the rules of :mod:`.regions` and :mod:`.marking` find no footnote there. What it does
keep is each line's place and height: OCRmyPDF sizes each line's invisible text to the
printed line, so smaller type stays smaller.

Takes a page known to be read by OCR (its lines, without the masthead); gives its page
furniture (the stacked running header's language line, the continuation mark "/..."
and the specks OCR reads as letters), the footnotes at its foot (a block of lines
starting with a note marker, in smaller type or under a separator rule found in the
page image), and, once the body is marked, the notes' calls in the body text.

Only pages known to be read by OCR come here; born-digital pages never do.
"""
from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import tempfile
from typing import Callable

from .assemble import anchor
from ..child import die_with_parent
from .furniture import VERSION_LANGUAGE
from .notes import find_marker
from ..page import Line, Page

# A page this much covered by one image is a scan (as in :mod:`.pdf`).
SCANNED = 0.8

# A note's marker as a typewriter or a printer set it, then its text: "1/", "a/"
# (older UN documents), "*", or a number.
MARKER = re.compile(r"^(?P<marker>\*{1,3}|\d{1,3}/|[a-zI]/|\d{1,3}(?=\s))\s*(?=\S)")
# A small raised number OCR misreads as a glyph ("5" as ">", "1" as "'"): taken as the
# next note's marker only where a note starts (see :func:`_notes`).
_GLYPH = re.compile(r"^(?P<marker>[>’'‘`!?°\"”“^~$§%&#®©•])\s*(?=\S)")
# OCR's reading of the continuation mark "/..." at the foot of the page, or a speck.
_WORD = re.compile(r"^\S{1,6}$")
# Its page number, which OCR may misread ("Page l6") or which is not this file's page
# number (a part of a document).
_PAGE_LINE = re.compile(r"^(?:Page|Página|Pagina|Страница|Стр\.)\s*\S{1,4}$", re.IGNORECASE)
# An older job number: "90-29932 1876c (E)", "84-17984 1304q (E)", or its second
# half alone when OCR cuts the line in two.
_OLD_JOB = re.compile(r"^(?:\d{2}-\d{5}\s+)?\d{3,4}[a-z]?\s*\([A-Z]\)$")
_PUNCTUATION = re.compile(r"^[\W_]+$")
# At the foot of a page: the recycling notice, the barcode's digits, a job number OCR
# misread ("23-00138 T 090123 120123"), a lone letter (the language box).
_FOOT = re.compile(r"^(?:(?i:Please recycle|Merci de recycler|Prière de recycler|Sírvase "
                   r"reciclar|Se ruega reciclar)\W*|[\d\s]{8,}|\d{2}-\d{5}\b.*|[^\W\d_])$")

# Notes' line height / body's, at most, to be read as smaller type (OCRmyPDF's sizes
# are whole points: 8 under a body of 9).
SMALLER = 0.9


def read_by_ocr(pages: list[Page], ocr_pages) -> set[int]:
    """Numbers of the pages whose text is an OCR layer: those OCR has just read, and
    the pages of a scan (one image over the page) whose text is set in one font (an
    older OCR layer; a born-digital page over a picture sets its text in several)."""
    found = set()
    for page in pages:
        if not page.lines:
            continue
        if page.number in ocr_pages:
            found.add(page.number)
        elif page.image_cover >= SCANNED and \
                len({c.font for l in page.lines for c in l.chars if c.font}) == 1:
            found.add(page.number)
    return found


def page_size(lines: list[Line]) -> float:
    """The page's body line height: the median over its lines, by characters."""
    sizes = sorted(l.size for l in lines for _ in range(max(1, len(l.text) // 10)))
    return statistics.median(sizes) if sizes else 0.0


def is_furniture(line: Line, page: Page, size: float, lowest: bool) -> bool:
    """Furniture of a scanned page that the born-digital rules do not know."""
    text = " ".join(line.text.split())
    if _PUNCTUATION.match(text) and not re.match(r"^[-–—_.]{3,}$", text):
        return True                      # a speck or a smudge read as punctuation
    if line.size < 0.5 * size and not re.search(r"[^\W\d_]{3}", text):
        return True                      # a speck or a smudge read as letters
    if (_OLD_JOB.match(text) or _FOOT.match(text)) and line.y1 < 0.15 * page.height:
        return True
    if line.y0 > 0.85 * page.height and _PAGE_LINE.match(text):
        return True
    # The language line, on page 1 only beside "Page N" (a part cut from a document):
    # a masthead may print "ENGLISH" alone.
    if line.y0 > 0.85 * page.height and VERSION_LANGUAGE.match(text) and (
            page.number > 1 or any(_PAGE_LINE.match(l.text.strip()) for l in page.lines
                                   if l.y0 > 0.85 * page.height)):
        return True
    # The continuation mark "/..." at the foot of the page, right of the text (OCR
    # reads it as "/...", "Jaee", "Lowe"): one short token under every other line.
    return lowest and line.x0 > 0.6 * page.width and line.y1 < 0.15 * page.height \
        and bool(_WORD.match(text)) and not text.isdigit()


def foot_notes(page: Page, lines: list[Line], rule: Callable[..., bool] | None,
               previous: str | None = None) -> tuple[list[Line], list[tuple[str, list[Line]]]]:
    """The footnotes at the foot of ``page`` (lines in reading order, furniture and
    masthead taken out): the lines that stay body text, and the notes, each as
    (marker, lines), the marker cut from its first line. (lines, []) when the foot
    holds none.

    A block of lines at the foot is notes when its first line starts with a note
    marker, a wider gap than the body's line spacing stands above it, and either its
    lines are smaller than the body's or a separator rule is printed in that gap (only
    then is the page image looked at: typewritten notes are in the body's type).
    ``previous``: the last note's marker on the pages before."""
    if len(lines) < 2:
        return lines, []
    size = page_size(lines)
    steps = [a.y0 - b.y0 for a, b in zip(lines, lines[1:]) if 0 < a.y0 - b.y0 < 3 * size]
    pitch = statistics.median(steps) if steps else 1.2 * size
    for k in range(1, len(lines)):
        line, above = lines[k], lines[k - 1]
        if line.y1 > 0.6 * page.height or above.y0 - line.y0 < 1.5 * pitch \
                or not (MARKER.match(line.text) or _GLYPH.match(line.text)):
            continue
        # What reading order puts after it but stands higher (a speck OCR read as a
        # letter in the margin) is no part of the foot.
        block = [l for l in lines[k:] if l.y1 <= line.y1 + 1]
        rest = lines[:k] + [l for l in lines[k:] if l.y1 > line.y1 + 1]
        if any(b.y0 > a.y0 for a, b in zip(block, block[1:])):
            continue                     # not one block at the foot (columns, a table)
        small = page_size(block) <= SMALLER * page_size(lines[:k])
        if small or rule is not None and \
                rule(page, line.y1, above.y0 - 0.3 * size, min(l.x0 for l in lines)):
            notes = _notes(block)
            # A note says something: a few letters or digits, not a smudge read as "eo".
            if notes and all(sum(c.isalnum() for l in ls for c in l.text) >= 4
                             for _, ls in notes):
                return rest, _renumber(notes, previous)
    return lines, []


def _notes(block: list[Line]) -> list[tuple[str, list[Line]]]:
    """The block's notes: a line starts a note when it starts with the next marker
    (1/ after nothing, 2/ after 1/, ** after *), or, at the first note's left edge,
    with a glyph OCR made of the next number; else it goes on the note before."""
    notes: list[tuple[str, list[Line]]] = []
    start_x = block[0].x0
    first = _GLYPH.match(block[0].text)
    if first and not MARKER.match(block[0].text):
        # The first number misread too: counted back from the first one read.
        starts = [l for l in block if abs(l.x0 - start_x) < 0.5 * l.size
                  and (MARKER.match(l.text) or _GLYPH.match(l.text))]
        k, number = next(((k, MARKER.match(l.text).group("marker")) for k, l in enumerate(starts)
                          if MARKER.match(l.text)), (0, ""))
        if not number.isdigit() or int(number) - k < 1:
            return []
        notes.append((str(int(number) - k), [_cut(block[0], first.end())]))
        block = block[1:]
    for line in block:
        match = MARKER.match(line.text)
        marker = _bare(match.group("marker")) if match else None
        expected = _next(notes[-1][0] if notes else None)
        if marker in ("l", "I") and "1" in expected:
            marker = "1"                 # an underlined "1/" read as "l/" or "I/"
        glyph = _GLYPH.match(line.text)
        # Notes start at one left edge (a hanging or a first-line indent): a line
        # elsewhere that starts with a number goes on the note before ("2 November").
        at_start = abs(line.x0 - start_x) < 0.5 * line.size
        if marker is not None and marker.isdigit() and notes and notes[-1][0].isdigit() \
                and at_start and int(notes[-1][0]) >= 9 \
                and int(marker) == (int(notes[-1][0]) + 1) % 10:
            marker = str(int(notes[-1][0]) + 1)     # "7" for 17: OCR dropped the "1"
        if marker is not None and (not notes or marker in expected and at_start):
            notes.append((marker, [_cut(line, match.end())]))
        elif notes and glyph and at_start and notes[-1][0].isdigit():
            notes.append((str(int(notes[-1][0]) + 1), [_cut(line, glyph.end())]))
        elif notes:
            notes[-1][1].append(line)
        else:
            return []
    return notes


def _renumber(notes: list[tuple[str, list[Line]]], previous: str | None):
    """Small raised numbers of two digits lose their first digit to OCR ("2" for 12):
    a page whose first note reads as a number the notes before already used, ending
    in the digit the sequence expects, goes on from the number before."""
    first = notes[0][0]
    if not (previous and previous.isdigit() and first.isdigit()) or \
            int(first) > int(previous) or int(first) % 10 != (int(previous) + 1) % 10:
        return notes
    shift = int(previous) + 1 - int(first)
    return [(str(int(m) + shift) if m.isdigit() else m, ls) for m, ls in notes]


def _bare(marker: str) -> str:
    """"1/" -> "1", "a/" -> "a": the slash is how a typewriter raised the number."""
    return marker.rstrip("/")


def _next(previous: str | None) -> set[str]:
    if previous is None:
        return {"*", "1", "a"}
    if previous.startswith("*"):
        return {previous + "*", "1", "a"}
    if previous.isdigit():
        return {str(int(previous) + 1)}
    return {chr(ord(previous) + 1)} if previous < "z" else set()


def _cut(line: Line, length: int) -> Line:
    """The line without its first ``length`` characters of text (the note's marker)."""
    chars, seen = list(line.chars), 0
    while chars and seen < length:
        c = chars.pop(0)
        seen += len(c.text) if c.font else 1
    while chars and (not chars[0].font or chars[0].text.isspace()):
        chars.pop(0)
    cut = Line(line.page, chars or line.chars[-1:])
    cut.column_left = line.column_left
    return cut


# -- calls in the body --------------------------------------------------------------

def _call_patterns(marker: str) -> list[re.Pattern]:
    """How OCR prints a call to ``marker``, most trusted first: "1/" or "a/" (a
    typewriter's call, spaced or glued), the number glued to a word or after its
    punctuation ("word1", "2017/18;4"), an asterisk glued to a word ("agenda*")."""
    m = re.escape(marker)
    if marker.startswith("*"):
        return [re.compile(rf"(?<=[\w.,;:)»”]) *{m}(?!\*)")]
    # (an underlined "1/" read as "l/" or "I/")
    m = "[1lI]" if marker == "1" else m
    slash = re.compile(rf"(?<![\w/]) *{m}/(?![\w/])|(?<=[^\W\d_]){m}/(?![\w/])")
    glued = re.compile(rf"(?:(?<=[^\W\d_]{{2}})|(?<=[.,;:)»”\]])){m}(?![\w/])")
    return [slash, glued] if marker.isdigit() else [slash]


# A small raised number OCR read as another glyph: "Court,’" (2), "Agreement, * which"
# (3), "Court,*" (5), "Humanos!," (1), "Políticos?," (2). Quote marks only after a comma
# or a stop (after a letter they are the text's own: "States’ rights").
_MISREAD_CALL = re.compile(r"(?<=[,;.:)]) ?[’'‘`\"”!?*°^~>](?=\s|$)"
                           r"|(?<=[^\W\d_])[*°^~>!?$§](?=[\s,.;:”»)]|$)")


def attach_calls(body: list[Line], notes: list[tuple[str, int, list[Line]]],
                 note_index: dict[str, int], pages: set[int], typed: bool = False) -> None:
    """Put each note printed on a page read by OCR at its call in the body: the call
    as OCR read it ("1/", "word1", "agenda*"), found once on the note's page (in the
    body's marked text). Then calls OCR misread as a glyph, where they cannot be
    mistaken (see :func:`_misread_calls`). What is left goes to :func:`place_uncalled`.
    A ``typed`` page (born digital, a typewriter's layout) prints its calls in the line
    as "1/" too, a note called again as often: every "1/" on the note's page is a call
    (the writer points the second to the note), and no glyph is misread."""
    placed = {c for l in body for c in l.marked}
    for marker, page, _ in notes:
        if page not in pages or anchor(note_index[marker]) in placed:
            continue
        on_page = [l for l in body if l.page == page]
        for n, pattern in enumerate(_call_patterns(marker)):
            hits = [(l, m) for l in on_page for m in pattern.finditer(l.marked)]
            if typed and n == 0 and hits:
                for line, match in reversed(hits):       # from the end: offsets hold
                    line.marked = line.marked[:match.start()] + anchor(note_index[marker]) + \
                        line.marked[match.end():]
                placed.add(anchor(note_index[marker]))
                break
            if len(hits) == 1:
                line, match = hits[0]
                line.marked = line.marked[:match.start()] + anchor(note_index[marker]) + \
                    line.marked[match.end():]
                placed.add(anchor(note_index[marker]))
                break
            if hits:
                break                     # ambiguous: placed by page, below
    for page in sorted({page for _, page, _ in notes if page in pages and not typed}):
        _misread_calls([l for l in body if l.page == page],
                       [m for m, p, _ in notes if p == page], note_index)


def _misread_calls(lines: list[Line], markers: list[str], note_index: dict[str, int]) -> None:
    """A page's notes not yet at their call, put at the glyphs OCR made of their calls,
    in order, where the count says which is which: the calls already found cut the
    page's text into stretches (the calls of notes 2 and 3 stand before the call of
    note 4), and a stretch whose glyphs are exactly as many as its notes gets them."""
    order = {anchor(note_index[m]): k for k, m in enumerate(markers)}
    found = {c: order[c] for l in lines for c in l.marked if c in order}
    # The page's text as (line, position, note number if a call already found).
    events: list[tuple[Line, int, int | None, re.Match | None]] = []
    for line in lines:
        spots = [(i, found[c], None) for i, c in enumerate(line.marked) if c in found]
        spots += [(m.start(), None, m) for m in _MISREAD_CALL.finditer(line.marked)]
        events += [(line, i, k, m) for i, k, m in sorted(spots, key=lambda s: s[0])]
    stretch: list[tuple[Line, re.Match]] = []
    waiting: list[int] = []            # notes whose call should be in this stretch
    edits: list[tuple[Line, re.Match, str]] = []
    low = 0
    for line, _, k, match in events + [(None, 0, len(markers), None)]:
        if k is None:
            stretch.append((line, match))
            continue
        waiting = [j for j in range(low, k) if anchor(note_index[markers[j]]) not in found]
        if waiting and len(waiting) == len(stretch):
            edits += [(l, m, anchor(note_index[markers[j]]))
                      for (l, m), j in zip(stretch, waiting)]
        stretch, low = [], k + 1
    for line, match, mark in sorted(edits, key=lambda e: -e[1].start()):
        text = line.marked
        start = match.start() + (1 if text[match.start()] == " " else 0)
        line.marked = text[:start] + mark + text[match.end():]


def place_uncalled(body: list[Line], masthead: list[Line], notes, note_index: dict[str, int],
                   pages: set[int]) -> list[str]:
    """A note of a page read by OCR whose call was not found (OCR misread it, or read
    it in several places) is not lost: it is anchored at the end of its page's text
    (the last body line printed on or before its page), with a warning. A call left in
    the masthead ("agenda*") is placed there by the writer."""
    warnings = []
    marked = "".join(l.marked for l in body)
    for marker, page, _ in notes:
        if page not in pages or anchor(note_index[marker]) in marked:
            continue
        if any(find_marker(l.text, marker, 0, len(l.text)) for l in masthead):
            continue                     # as the writer finds it in the cover page
        on_page = [l for l in body if l.page == page]
        # The page's last line of text is its lowest (reading order may put a speck
        # OCR read in the margin after it); else the last line before the page.
        last = min(on_page, key=lambda l: l.y0) if on_page else \
            next((l for l in reversed(body) if l.page < page), body[0] if body else None)
        if last is None:
            continue
        last.marked += anchor(note_index[marker])
        warnings.append(f"footnote {marker} (page {page}, read by OCR): its call was not "
                        "found in the text; the note is placed at the end of the page's text")
    return warnings


# -- the separator rule in the page image ---------------------------------------------

_DPI = 100


class ImageRules:
    """Finds a separator rule in a page's image, rendering the page (Ghostscript, which
    OCRmyPDF needs too) only when asked, once per page. Without Ghostscript, no rule is
    found."""

    def __init__(self, data: bytes):
        self.data = data
        self.images: dict[int, tuple[int, int, bytes] | None] = {}

    def __call__(self, page: Page, bottom: float, top: float, left: float) -> bool:
        """Whether a dark horizontal run of 30 points to half the page width, starting
        near the text's left edge, lies between ``bottom`` and ``top`` (PDF points)."""
        image = self.images.get(page.number, False)
        if image is False:
            image = self.images[page.number] = _render(self.data, page.number)
        if image is None:
            return False
        width, height, pixels = image
        scale = width / page.width
        first = max(0, int((page.height - top) * scale) + 1)
        last = min(height, int((page.height - bottom) * scale))
        # Dark pixels, a one-pixel gap allowed (a scanned rule is not solid everywhere).
        run = re.compile(rb"(?:[\x00-\x7f]|[\x80-\xff](?=[\x00-\x7f])){%d,%d}"
                         % (int(30 * scale), int(0.5 * width)))
        for row in range(first, last):
            line = pixels[row * width:(row + 1) * width]
            for match in run.finditer(line):
                if abs(match.start() / scale - left) < 40 and \
                        (match.end() >= len(line) or line[match.end()] >= 0x80):
                    return True
        return False


def _render(data: bytes, number: int) -> tuple[int, int, bytes] | None:
    """Page ``number`` as 8-bit grey pixels (width, height, bytes), or None."""
    gs = shutil.which("gs")
    if gs is None:
        return None
    with tempfile.TemporaryDirectory(prefix="akn-rule-") as folder:
        path = os.path.join(folder, "in.pdf")
        with open(path, "wb") as f:
            f.write(data)
        try:
            run = subprocess.run([gs, "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH",
                                  "-sDEVICE=pgmraw", f"-r{_DPI}", f"-dFirstPage={number}",
                                  f"-dLastPage={number}", "-sOutputFile=-", path],
                                 capture_output=True, timeout=60, stdin=subprocess.DEVNULL,
                                 preexec_fn=die_with_parent)
        except (OSError, subprocess.SubprocessError):
            return None
    # The PGM header: "P5", width, height, 255, each maybe after a "#" comment line.
    match = re.match(rb"P5(?:\s+|#[^\n]*\n)+(\d+)(?:\s+|#[^\n]*\n)+(\d+)"
                     rb"(?:\s+|#[^\n]*\n)+255\s", run.stdout)
    if run.returncode != 0 or not match:
        return None
    width, height = int(match.group(1)), int(match.group(2))
    pixels = run.stdout[match.end():match.end() + width * height]
    return (width, height, pixels) if len(pixels) == width * height else None

"""Extractor for PDF-derived plain text (what a PDF reader's "save as text" gives).

The text keeps the printed lines, the footnotes at each page foot after a ``____``
separator, and the link URLs printed as lines of their own. This module reads those
lines into paragraphs, footnotes and links (see :mod:`converter.model`).
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field

from .. import languages
from ..errors import BadInput, NotAUNDocument
from ..languages import Language
from ..model import ExtractedDocument, Footnote, Masthead, Source
from .characters import cleaner
from .layout import links, notes
from .layout.assemble import PAGE_BREAK, anchor, starts_paragraph, to_block, unanchored
from .layout.furniture import (HEADER_COMPANION, JOB_NUMBER, SEPARATOR, is_furniture_line,
                        is_symbol_line)
from .layout.masthead import masthead_parts, read_masthead

_OPEN_END = re.compile(r"[^.,;:!?\s]\s*$")
# A footnote marker glued after the final punctuation ("Assembly,1"): the line is closed.
_NOTE_MARKER_END = re.compile(r"(?<=[.,;:])\d{1,3}\s*$")


@dataclass
class _Paragraph:
    lines: list[str] = field(default_factory=list)
    first_page: int = 1
    last_page: int = 1


@dataclass
class _Note:
    marker: str
    page: int
    lines: list[str] = field(default_factory=list)


@dataclass
class _Pages:
    """The text's lines sorted into body paragraphs, footnotes and links, by page."""
    paragraphs: list[_Paragraph] = field(default_factory=list)
    notes: list[_Note] = field(default_factory=list)
    urls: list[tuple[str, int]] = field(default_factory=list)   # (url, page)
    content_lines: list[str] = field(default_factory=list)
    pages: int = 1
    symbol: str | None = None          # from the running header, when printed
    job_number: str | None = None
    masthead: Masthead | None = None


def decode_text(data: bytes, name: str) -> str:
    """The text of a UTF-8 file; a clear error for anything else."""
    if not data.strip():
        raise BadInput(f"{name}: the file is empty")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise BadInput(f"{name}: not UTF-8 text (byte 0x{data[error.start]:02x} at offset "
                       f"{error.start}); convert it to UTF-8 first") from None


def extract_text(text: str, name: str = "<text>", language: str | None = None) -> ExtractedDocument:
    """Read PDF-derived text into an :class:`ExtractedDocument`."""
    if not text.strip():
        raise BadInput(f"{name}: the text is empty")
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()   # as given
    text = cleaner.sanitize(text.replace("\r\n", "\n").replace("\r", "\n"))
    lines = text.split("\n")
    lang = languages.get(language) if language else \
        languages.guess("\n".join(l for l in lines if not links.URL_LINE.match(l)))
    if lang is None:
        raise NotAUNDocument(f"{name}: not a UN document: the text is in none of the six "
                             "UN languages")
    pages = _sort_lines(_join_lone_numbers(lines, lang), lang)
    content = "\n".join(pages.content_lines)
    vocab = cleaner.vocabulary(pages.content_lines)

    markers = [n.marker for n in pages.notes]
    bodies = [cleaner.join_lines(p.lines, vocab, lang) for p in pages.paragraphs]
    bodies = _mark_anchors(bodies, pages)
    blocks = [to_block(cleaner.clean(t, vocab), p.first_page, markers)
              for t, p in zip(bodies, pages.paragraphs)]
    footnotes = [Footnote(n.marker, to_block(cleaner.clean(cleaner.join_lines(n.lines, vocab, lang), vocab),
                                              n.page, markers))
                 for n in pages.notes]
    warnings = unanchored(blocks, footnotes)
    links.attach_printed_urls(blocks, footnotes, pages.urls, warnings)
    for block in blocks + [f.block for f in footnotes]:
        links.link_printed_urls(block)
    blocks = [b for b in blocks if b.text]
    return ExtractedDocument(
        blocks=blocks, footnotes=footnotes, language=lang.code,
        source=Source(name=name, sha256=sha, kind="text", pages=pages.pages),
        masthead=_masthead(pages),
        source_text=content, warnings=warnings)


def _after_heading_line(current: _Paragraph, line: str, lang: Language) -> bool:
    """A numbered paragraph right under a one-line paragraph with no final punctuation
    (a subheading: "Arms embargo", then "1. Decides …")."""
    return len(current.lines) == 1 and bool(_OPEN_END.search(current.lines[0])) \
        and bool(re.match(lang.op_number, line.strip()))


def _join_lone_numbers(lines: list[str], lang: Language) -> list[str]:
    """Some readers print an operative paragraph's number alone on its line ("1.", then
    the text): the number opens the paragraph that follows. Put it back at the head of
    that paragraph's first line (at the number's indentation, so it opens a paragraph)."""
    out = list(lines)
    for k, line in enumerate(out):
        if not re.fullmatch(lang.op_number, line.strip() + " "):
            continue
        following = next((j for j in range(k + 1, min(k + 4, len(out))) if out[j].strip()), None)
        if following is None or re.match(lang.op_number, out[following].strip() + " ") \
                or SEPARATOR.match(out[following]) or is_furniture_line(out[following]):
            continue          # nothing to open: left alone (the structurer reports it)
        out[following] = line.rstrip() + " " + out[following].lstrip()
        out[k] = ""
    return out


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _margin(lines: list[str]) -> int:
    """The indentation of continuation lines: some readers ("layout" modes) indent every
    line, and only a deeper indent starts a paragraph. The most common indentation of
    long lines (most are continuations), unless a low percentile of all lines is
    smaller (a short text whose paragraphs fit on one line each)."""
    text_lines, in_notes = [], False
    for l in lines:
        # The footnotes under a page's separator (down to the page's furniture) have
        # their own indentation: not the body's.
        if SEPARATOR.match(l) or is_furniture_line(l):
            in_notes = bool(SEPARATOR.match(l))
        elif l.strip() and not in_notes and not links.URL_LINE.match(l):
            text_lines.append(l)
    margins = sorted(_indent(l) for l in text_lines)
    if not margins or margins[-1] == margins[0]:
        return 0        # all lines alike: the indentation itself is what there is to read
    low = margins[len(margins) // 10]
    long_lines = Counter(_indent(l) for l in text_lines if len(l.strip()) >= 40)
    return min(low, long_lines.most_common(1)[0][0]) if long_lines else low


def _sort_lines(lines: list[str], lang: Language) -> _Pages:
    """One pass over the lines: masthead, body, separator, footnotes, URLs, next page."""
    out = _Pages()
    non_blank = [i for i, line in enumerate(lines) if line.strip()]
    # PDF readers often print a blank line after every line; then blank lines say
    # nothing about paragraphs and only indentation does.
    double_spaced = sum(1 for i in non_blank if i + 1 < len(lines) and not lines[i + 1].strip()) \
        > 0.8 * len(non_blank)
    lines = _read_masthead(lines, lang, out, double_spaced)
    base = _margin(lines)

    def indented(line: str) -> bool:
        # A reader's layout mode places text on a character grid: its margin may move by
        # a column from page to page.
        return _indent(line) > base + (1 if base >= 4 else 0)

    page, in_notes, page_ended, blank_before = 1, False, False, False
    current: _Paragraph | None = None
    note: _Note | None = None
    note_indent = 0
    last_marker: str | None = None
    under_header = False
    for line in lines:
        if not line.strip():
            blank_before = True
            continue
        if SEPARATOR.match(line):
            in_notes, note = True, None
            blank_before = False
            continue
        url = links.URL_LINE.match(line)
        if url:
            out.urls.append((url.group(1), page))
            page_ended = True
            continue
        if under_header and HEADER_COMPANION.match(line.strip()):
            continue       # "English", "Page 2" under an older running header's symbol
        under_header = False
        if is_furniture_line(line) and not _other_symbol(line, out.symbol):
            # Running header (the symbol), footer (job number, page number): not text.
            for part in re.split(r"\s{3,}", line.strip()):
                if is_symbol_line(part):
                    out.symbol = out.symbol or part
                    under_header = True
                elif JOB_NUMBER.match(part):
                    out.job_number = out.job_number or part
            page_ended = page_ended or bool(out.paragraphs)
            continue
        if in_notes:
            start = notes.FOOTNOTE_START.match(line)
            if start and start.group("marker") in notes.next_marker(last_marker):
                last_marker = start.group("marker")
                note = _Note(last_marker, page, [start.group("text")])
                note_indent = _indent(line)
                out.notes.append(note)
                out.content_lines.append(start.group("text"))
                continue
            # A note goes on at the margin, or under its own text (a hanging indent).
            if note is not None and not page_ended and \
                    (not indented(line) or _indent(line) > note_indent):
                note.lines.append(line)
                out.content_lines.append(line)
                continue
            in_notes, page_ended = False, True
        if page_ended:
            page, page_ended = page + 1, False
            if current is not None and (_OPEN_END.search(_NOTE_MARKER_END.sub("", current.lines[-1]))
                                        or line.strip()[:1].islower()):
                # The paragraph ran over the page break: it goes on here.
                current.lines.append(PAGE_BREAK + line)
                current.last_page = page
                out.content_lines.append(line)
                blank_before = False
                continue
        new_paragraph = (current is None or indented(line)
                         or (blank_before and not double_spaced)
                         or starts_paragraph(line, current.lines[-1], lang)
                         or _after_heading_line(current, line, lang)
                         or page == 1 and len(out.paragraphs) < 8 and bool(lang.kind_title(line)))
        if new_paragraph:
            current = _Paragraph([line], page, page)
            out.paragraphs.append(current)
        else:
            current.lines.append(line)
            current.last_page = page
        out.content_lines.append(line)
        blank_before = False
    out.pages = page
    return out


def _other_symbol(line: str, symbol: str | None) -> bool:
    """A symbol that is not the document's own: text ("… draft resolution" then
    "A/79/L.64." wrapped onto a line of its own), not a running header."""
    return symbol is not None and any(
        is_symbol_line(part) and part != symbol for part in re.split(r"\s{3,}", line.strip()))


def _masthead(pages: _Pages) -> Masthead:
    masthead = pages.masthead or Masthead()
    masthead.symbol = masthead.symbol or pages.symbol
    masthead.job_number = masthead.job_number or pages.job_number
    return masthead


def _read_masthead(lines: list[str], lang: Language, out: _Pages, double_spaced: bool) -> list[str]:
    """Take the masthead lines off the top of the text (into ``out``); the rest."""
    printed: list[tuple[str, str]] = []
    agenda_indent = None           # the agenda item's title runs on below it
    blank = False
    end = len(lines)                # where the masthead stops
    for k, line in enumerate(lines):
        if not line.strip():
            blank = True
            continue
        if is_furniture_line(line) and not any(is_symbol_line(part)
                                               for part in re.split(r"\s{3,}", line.strip())):
            continue                # a job number; the symbol is the masthead's own line
        title_goes_on = agenda_indent is not None \
            and _indent(line) <= agenda_indent \
            and not (blank and not double_spaced) and not _sponsor_like(line, lang) \
            and not lang.submitted_regex.match(line.strip()) and not lang.kind_title(line)
        parts = masthead_parts(line, lang, title_goes_on) or \
            (None if any(k not in ("authority", "series") for k, _ in printed)
             else _emblem_parts(line))
        if parts is None or lang.formula_organ(line):
            end = k
            break
        printed += parts
        blank = False
        if any(kind == "agendaItem" for kind, _ in parts):
            agenda_indent = _indent(line)
    if printed:
        out.masthead = read_masthead([t for _, t in printed], lang, [kind for kind, _ in printed])
        out.content_lines += [t for _, t in printed]
        out.symbol = out.masthead.symbol
        return lines[end:]
    return lines


# An older masthead's first lines: "UNITED" over "NATIONS", the series letters beside.
_EMBLEM_WORDS = re.compile(r"^(?:UNITED|NATIONS|UNITED NATIONS|NATIONS UNIES|NACIONES UNIDAS"
                           r"|[A-Z]{1,3})$")


def _emblem_parts(line: str) -> list[tuple[str, str]] | None:
    columns = re.split(r"\s{3,}", line.strip())
    if not all(_EMBLEM_WORDS.match(c) for c in columns) or not any(len(c) > 3 for c in columns):
        return None
    return [("authority" if len(c) > 3 else "series", c) for c in columns]


def _sponsor_like(line: str, lang: Language) -> bool:
    """ "Cuba* et Fédération de Russie : projet de résolution" """
    head, colon, tail = line.rpartition(":")
    # The notes' calls may stand after the colon: "Iraq:* , ** draft decision".
    tail = re.sub(r"^[\s*,]+", "", tail)
    return bool(colon) and bool(lang.doc_type_regex.fullmatch(tail.strip()))


def _mark_anchors(bodies: list[str], pages: _Pages) -> list[str]:
    """Replace each footnote's printed marker by an in-band anchor character, searching
    for the notes of each page in the body text printed on that page, in order."""
    bodies = list(bodies)
    on_page: dict[int, list[int]] = {}      # page -> the paragraphs printed on it
    for i, para in enumerate(pages.paragraphs):
        for page in range(para.first_page, para.last_page + 1):
            on_page.setdefault(page, []).append(i)
    cursor = (0, 0)         # notes are called in order: search after the last anchor
    for index, note in enumerate(pages.notes):
        found = None
        for pattern in notes.PATTERNS:
            for p in on_page.get(note.page, ()):
                body = bodies[p]
                if p < cursor[0]:
                    continue
                region_start, region_end = _page_span(body, pages.paragraphs[p], note.page)
                start = max(region_start, cursor[1] if p == cursor[0] else 0)
                span = notes.find_marker(body, note.marker, start, region_end, pattern)
                if span:
                    found = (p, span)
                    break
            if found:
                break
        if found:
            p, (start, end) = found
            bodies[p] = bodies[p][:start] + anchor(index) + bodies[p][end:]
            cursor = (p, start + 1)
    return bodies


def _page_span(body: str, para: _Paragraph, page: int) -> tuple[int, int]:
    """The characters of ``body`` that were printed on ``page``."""
    breaks = [i for i, c in enumerate(body) if c == PAGE_BREAK]
    bounds = [0] + breaks + [len(body)]
    k = page - para.first_page
    return bounds[k], bounds[k + 1]

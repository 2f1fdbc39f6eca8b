"""Sorting lines by what they are: the masthead on page 1, body lines, footnotes (small
type under the separator rule) and page furniture (running headers, job numbers,
printed link targets).

Takes the pages (:class:`.page.Page`) and the language; gives a :class:`Layout`: the
lines of each region, the body type size and the text column's edges.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...languages import Language
from . import notes, scanned
from .furniture import ROMAN_PAGE_NUMBER, SEPARATOR, is_furniture, is_symbol_line
from .headers import running_header_lines
from .links import URL_LINE, is_link_line
from .masthead import line_kind
from ..page import Line, Page

# A note's number, then its text (or nothing: a raised number alone on its line).
# (a typewriter's note number is set with a slash: "1/ See A/48/23 …", the slash no text)
NOTE_START = re.compile(r"^(?P<marker>\*{1,3}|\d{1,3})(?:/(?=\s))?(?=\s|[^\d\s]|$)\s*")


@dataclass
class Layout:
    body_size: float
    left: float                # left edge of the text column
    right: float               # right edge of the text column
    line_end: float = 0.0      # where a full line of body text ends (justified text)
    masthead: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    notes: list[tuple[str, int, list[Line]]] = field(default_factory=list)
    furniture: list[Line] = field(default_factory=list)
    urls: list[tuple[str, int]] = field(default_factory=list)   # printed as text
    # Printed for binding, older documents shift the text column between odd and even
    # pages: (left, line end) of odd pages and of even pages, when they differ.
    facing: dict[int, tuple[float, float]] = field(default_factory=dict)
    # Pages read by OCR (see :mod:`.scanned`), and the first lines of their notes,
    # whose marker is already cut off.
    scanned: set[int] = field(default_factory=set)
    bare: set[int] = field(default_factory=set)
    # Pages whose notes are set in body type under the separator rule (a typewriter's
    # layout, 1990s documents): their calls may be printed in the line, "1/".
    typed: set[int] = field(default_factory=set)
    # The space between two lines of one paragraph in body type, over the whole body
    # (see .paragraphs.usual_gap); None until measured.
    leading: float | None = None

    def left_on(self, page: int) -> float:
        return self.facing.get(page % 2, (self.left, self.line_end))[0]

    def line_end_on(self, page: int) -> float:
        return self.facing.get(page % 2, (self.left, self.line_end))[1]


def sort(pages: list[Page], lang_hint: Language | None, read_by_ocr: set[int] = frozenset(),
         rule=None) -> Layout:
    """The lines of ``pages`` by region. Pages in ``read_by_ocr`` have their own rules
    for furniture and footnotes (:mod:`.scanned`; ``rule`` finds a separator rule in a
    page image)."""
    # The type and margins are the document's own: an Arabic annex of an English letter,
    # read from the right (mirrored), in its own type, may be most of it (S/2025/354).
    own = [p for p in pages if not p.mirrored and p.lines] or pages
    sizes = Counter()
    for page in own:
        for line in page.lines:
            sizes[line.size] += line.length
    body_size = sizes.most_common(1)[0][0]
    left = _left(own, body_size)
    right = max((l.x1 for p in own for l in p.lines if abs(l.size - body_size) < 0.6),
                default=0.0)
    layout = Layout(body_size, left, right, _line_end(own, body_size))
    layout.facing = _facing(own, body_size)
    layout.scanned = set(read_by_ocr)
    headers = running_header_lines(pages, body_size)
    numbers = _page_numbers(pages)
    last_marker: str | None = None
    # Starred remarks printed mid-page (see _starred_remark): notes, kept out of the
    # sequence of the notes at the page feet, whose last one a note goes on from.
    remarks: list[tuple[str, int, list[Line]]] = []
    for page in pages:
        lines = []
        for line in page.lines:
            # A symbol alone at the head of a later page, or at the very foot of page 1
            # (an older layout prints the document's symbol there, by the job number).
            running_header = id(line) in headers or is_symbol_line(line.text) and (
                page.number > 1 and line.y0 > page.height * 0.85 or page.number == 1 and _at_foot(line, page))
            url = URL_LINE.match(line.text)
            if url and is_link_line(url.group(1)):
                layout.urls.append((url.group(1), page.number))   # a link target, not text
            elif is_furniture(line.text) or running_header or SEPARATOR.match(line.text) \
                    or line.rotated and is_symbol_line(line.text) or id(line) in numbers:
                layout.furniture.append(line)
            else:
                lines.append(line)
        if page.number in layout.scanned:
            lines = _scan_furniture(layout, page, lines)
        if page.number == 1:
            start = _body_start(page, lines, body_size, left, right, lang_hint)
            layout.masthead, lines = lines[:start], lines[start:]
        if page.number in layout.scanned:
            rest, found = scanned.foot_notes(page, lines, rule, last_marker)
            used = {marker for marker, _, _ in layout.notes}
            # A marker used before (notes numbered again on each page) would make two
            # notes of one marker: those lines stay text.
            if found and not used & {marker for marker, _ in found}:
                layout.body.extend(rest)
                for marker, note_lines in found:
                    layout.notes.append((marker, page.number, note_lines))
                    layout.bare.add(id(note_lines[0]))
                last_marker = found[-1][0]
                continue
        separator = _separator_y(page, lines, body_size, left)
        typed = separator is None and _typed_notes(page, lines, body_size, left, last_marker)
        if typed:
            separator = typed
            layout.typed.add(page.number)
        legend: list[Line] | None = None        # a starred remark's lines, mid-page
        page_start = len(layout.body)            # this page's body lines from here on
        for line in lines:
            if separator is not None and line.y1 <= separator \
                    and (typed or line.size < body_size - 0.4) \
                    and not line.rotated and not line.drawn:      # a drawn table's small type
                last_marker = _note_line(layout, line, last_marker)
            elif legend is not None and _small(line, body_size):
                legend.append(line)
                layout.body.append(line)
            elif _starred_remark(line, body_size, layout.body[page_start:]):
                legend = [line]
                remarks.append((NOTE_START.match(line.text).group("marker"), page.number, legend))
                layout.body.append(line)
            else:
                legend = None
                layout.body.append(line)
        if layout.notes and layout.notes[-1][1] == page.number \
                and not any(c.isalpha() for l in layout.notes[-1][2]
                            for c in NOTE_START.sub("", l.text, count=1)):
            # A raised number with no note text under it in small type is no note, nor
            # are digits alone (a job number printed sideways on a landscape page).
            _, _, note_lines = layout.notes.pop()
            layout.body.extend(note_lines)
            last_marker = layout.notes[-1][0] if layout.notes else None
    if layout.body and END_MARK.match(layout.body[-1].text):
        layout.furniture.append(layout.body.pop())
    _place_remarks(layout, remarks)
    return layout


def _place_remarks(layout: Layout, remarks: list[tuple[str, int, list[Line]]]) -> None:
    """The starred remarks that are notes, out of the body into the notes, in printed
    order (before the notes at the foot of their page). A call is told its note by page
    (notes.calls_by_page): a remark is a note only when the starred words it would be
    called from stand on the pages that run up to it, each page calling it (a list or
    table running over them); a star on a page further back (a table's "2024*" explained
    under the table) would be read as its call."""
    remark_lines = {id(l) for _, _, ls in remarks for l in ls}
    taken: set[int] = set()
    for k, (marker, page, lines) in enumerate(remarks):
        call = re.compile(rf"[\w.)]{re.escape(marker)}(?!\*)")
        # The pages whose calls would mean this remark: after the last note of its marker
        # before it, up to its page (to the end when no such note follows).
        before = [p for m, p, _ in layout.notes if m == marker and p < page] + \
            [p for m, p, ls in remarks[:k] if m == marker and id(ls) in taken]
        later = any(m == marker and p > page for m, p, _ in layout.notes + remarks[k + 1:])
        calling = sorted({l.page for l in layout.body if id(l) not in remark_lines
                          and l.page > max(before, default=0) and (l.page <= page or not later)
                          and call.search(l.text)})
        if calling and calling == list(range(calling[0], page + 1)):
            taken.add(id(lines))
    if not taken:
        return
    moved = {id(l) for _, _, ls in remarks if id(ls) in taken for l in ls}
    layout.body = [l for l in layout.body if id(l) not in moved]
    for remark in remarks:
        if id(remark[2]) in taken:
            at = next((k for k, (_, p, _) in enumerate(layout.notes) if p >= remark[1]),
                      len(layout.notes))
            layout.notes.insert(at, remark)


def _at_foot(line: Line, page: Page) -> bool:
    """Whether ``line`` is in the page's lowest fifth with nothing but furniture under it
    (and no full stop after it: a footnote citing a document, "A/53/263.", is text)."""
    return line.y1 < page.height * 0.2 and not line.text.rstrip().endswith(".") and all(
        is_furniture(other.text) for other in page.lines if other.y1 < line.y0)


def _scan_furniture(layout: Layout, page: Page, lines: list[Line]) -> list[Line]:
    """A scanned page's furniture the born-digital rules do not know, to the furniture."""
    size = scanned.page_size(lines)
    kept = []
    for line in lines:
        lowest = not any(o.y1 < line.y0 for o in lines if o is not line)
        if scanned.is_furniture(line, page, size, lowest):
            layout.furniture.append(line)
        else:
            kept.append(line)
    return kept


# The rule of dashes older documents print under their last line ("-----", "- - - - -"):
# the end of the document, not its text (the French version of the same document may
# print none).
END_MARK = re.compile(r"^\s*(?:[-–—_]\s*){3,}$")


# A page's number printed alone at its top or bottom ("7", "Page 17" in older documents'
# running header), which no other rule catches when the page prints it on a line of its
# own. It stands in the top or bottom band with no text right beside it (a note's number
# at the foot of the page has its text beside it: note 1 on page 1 is no page number),
# and it is the page's number, or the numbering's: a report numbers its pages from its
# first page of text (A/80/44: "1" on the seventh, after a cover, a note page and two
# roman-numbered pages), so a number that differs from the page's by what other pages'
# numbers differ from theirs, printed on their line, is a page number too.
_PAGE_NUMBER = re.compile(r"^(?:(?:Page|Página|Страница|Стр\.)\s+)?(?P<n>\d{1,4})$")
_IN_LINE = 2.0        # points: page numbers of one numbering share their baseline


def _page_numbers(pages: list[Page]) -> set[int]:
    """The ids of the lines that print their page's number (see above)."""
    found = []                      # (line, page, printed number less the page's)
    for page in pages:
        for line in page.lines:
            text = line.text.strip()
            match = _PAGE_NUMBER.match(text)
            if (match or ROMAN_PAGE_NUMBER.match(text)) and _alone_in_a_band(line, page):
                found.append((line, page, int(match.group("n")) - page.number if match else None))
    # A roman number is a preliminary page's (its place in the numbering is not checked).
    return {id(line) for line, page, offset in found
            if offset in (None, 0) or any(o == offset and p is not page
                                          and abs(l.y0 - line.y0) <= _IN_LINE
                                          for l, p, o in found)}


def _alone_in_a_band(line: Line, page: Page) -> bool:
    if not (line.y0 > page.height * 0.85 or line.y1 < page.height * 0.15):
        return False
    # A note's text starts just right of its number; a running header's symbol on the
    # same band stands far away, across the page.
    return not any(other is not line and other.y0 < line.y1 and other.y1 > line.y0
                   and 0 <= other.x0 - line.x1 < 4 * line.size for other in page.lines)


def _left(pages: list[Page], body_size: float) -> float:
    """The text column's left edge: the leftmost start shared by a fair share of the
    body lines (a stray line further left does not move it)."""
    lefts = Counter(round(l.x0) for p in pages for l in p.lines if abs(l.size - body_size) < 0.6)
    if not lefts:
        return 0.0
    shared = [x for x, n in lefts.items() if n >= max(2, lefts.most_common(1)[0][1] // 3)]
    return min(shared or lefts)          # no start shared: every line is its own


_FACING_LINES = 40      # body lines each side needs before its own margins are trusted


def _facing(pages: list[Page], body_size: float) -> dict[int, tuple[float, float]]:
    """The margins of odd and of even pages, when the column moves between them by
    more than half a type size (A/HRC/WG.6/7/ITA/1 in English: 42.5 and 56.7 points);
    else nothing, and one pair of margins serves every page."""
    sides = {parity: [p for p in pages if p.number % 2 == parity] for parity in (0, 1)}
    counts = {parity: sum(abs(l.size - body_size) < 0.6 for p in ps for l in p.lines)
              for parity, ps in sides.items()}
    if min(counts.values()) < _FACING_LINES:
        return {}
    margins = {parity: (_left(ps, body_size), _line_end(ps, body_size))
               for parity, ps in sides.items()}
    # A binding shift is a gutter's width; a larger one is no shift but a page of
    # other matter (a landscape table) moving one side's edge.
    if not 0.5 * body_size < abs(margins[0][0] - margins[1][0]) <= 3 * body_size:
        return {}
    return margins


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
    rule = _masthead_rule(page, lines, left, right, lang)
    # An old masthead has no rule below it: its right-hand column (distribution, symbol,
    # date, languages) reaches down to its foot.
    full_width = 0.8 * (right - left)
    first_text = next((l.y0 for l in lines if l.x1 - l.x0 > full_width), 0.0)
    # (Its own lines, not a contents list's "Page" heading in the same column.)
    column_foot = min((l.y0 for l in lines if l.y0 > max(first_text, 0.6 * page.height)
                       and _in_right_column(l, page)
                       and (lang is None or line_kind(l.text, lang, False))), default=None)
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
    page_edge = min((l.x0 for l in lines), default=0.0)
    after_agenda = False
    # A block of the masthead's left column going on below its foot ("Executive Board of
    # the / United Nations Development / … / Nations Office for Project Services").
    block: Line | None = min((l for l in lines[:k] if l.x1 < 0.55 * page.width),
                             key=lambda l: l.y0, default=None)
    while k < len(lines):
        line = lines[k]
        text = line.text
        if lang is not None and lang.formula_organ(text):
            break                                # the enacting formula is body text
        kind = line_kind(text, lang, False) if lang is not None else None
        in_right_column = _in_right_column(line, page)
        # (A line in larger type than the body's, at the edge where the masthead prints
        # "United Nations" or set in from the page's left edge, is a title: a Security
        # Council text's sponsor line over a body set further in; a board document's
        # title left of the text column.)
        in_left_margin = line.x0 < column - 0.8 * body_size and not (
            line.size > body_size + 1 and (named and line.x0 >= min(named) - 1
                                           or line.x0 > page_edge + 2 * body_size))
        # Old mastheads print the agenda item's title in capitals below "Agenda item 18".
        agenda_title = after_agenda and _capitals(text)
        # The organ's block above the title ("Human Rights Council / Working Group on
        # the Universal Periodic Review / Seventh session / Geneva, 8-19 February 2010")
        # is the cover page's in every version, wherever its left edge stands: each
        # line set tight under the one before, at the same left edge.
        in_block = block is not None and abs(line.x0 - block.x0) < 0.5 * body_size \
            and 0 < block.y0 - line.y0 < 1.6 * max(line.size, block.size)
        if not (kind or in_right_column or in_left_margin or agenda_title or in_block):
            break
        if kind == "organ" or in_block:
            block = line
        after_agenda = kind == "agendaItem" or agenda_title
        k += 1
    return k


def _in_right_column(line: Line, page: Page) -> bool:
    return line.x0 > 0.55 * page.width and line.x1 - line.x0 < 0.4 * page.width


def _capitals(text: str) -> bool:
    """Set in capitals: all letters but a few ("ARTICLE 73 e OF THE CHARTER",
    "UNCTAD’s CONTRIBUTION", "IN THE 1990s")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(not c.isupper() for c in letters) <= len(letters) // 20


def _masthead_rule(page: Page, lines: list[Line], left: float, right: float,
                   lang: Language | None = None) -> float | None:
    """The y of the lowest rule in the top half of page 1 that spans the text column
    (printed in pieces or whole): the masthead is above it. Underlines are shorter.
    Rules further down than the first one under the masthead's distribution, date and
    "Original:" lines belong to the text (the frame of a summary box under the title)."""
    spans: dict[int, list[float]] = {}
    for x0, x1, y in page.rules:
        if y > page.height / 2:
            span = spans.setdefault(round(y), [x0, x1])
            span[0], span[1] = min(span[0], x0), max(span[1], x1)
    wide = sorted((y for y, (x0, x1) in spans.items()
                   if x1 - x0 >= max(0.8 * (right - left), 0.6 * page.width)), reverse=True)
    said = [l.y0 for l in lines if lang is not None and l.y0 > page.height / 2
            and line_kind(l.text, lang, False) in ("distribution", "date", "original")]
    if said:
        under = [y for y in wide if y < min(said)]
        wide = [y for y in wide if y >= min(said)] + under[:1]
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
    if not column:
        # No line in the document's body type here (a letter in 10 points over an annexed
        # report in 13, S/2025/472): the page's own type sets its column.
        sizes = Counter(round(l.size, 1) for l in lines if not l.rotated)
        own = sizes.most_common(1)[0][0] if sizes else body_size
        column = Counter(round(l.x0) for l in lines if abs(l.size - own) < 0.6 and not l.rotated)
    left = max(left, column.most_common(1)[0][0]) if column else left
    # (A short rule that goes on in another piece on its baseline is a table's, drawn
    # in one piece per cell under its header row, not the separator.)
    # (Nor is a rule that underlines the words just above it: a link's underline, the
    # symbols in a landscape table's first column, DP/FPA/2025/4 (Part II).)
    candidates = [y for x0, x1, y in page.rules
                  if x0 < left + 20 and 20 < x1 - x0 < 0.5 * page.width and y < page.height * 0.6
                  and not any(abs(ry - y) < 0.5 and (abs(rx0 - x1) < 3 or abs(x0 - rx1) < 3)
                              for rx0, rx1, ry in page.rules)
                  and not _underlines(x0, x1, y, lines)]
    candidates += [l.y0 for l in page.lines if SEPARATOR.match(l.text)]
    if not candidates:
        return None
    y = max(candidates)
    smaller = [l for l in lines if l.y1 <= y + 1 and l.size < body_size - 0.4]
    return y if smaller else None


def _typed_notes(page: Page, lines: list[Line], body_size: float, left: float,
                 last_marker: str | None) -> float | None:
    """The y of the separator rule over notes set in body type (a typewriter's layout:
    "1/ See A/48/23 …" or a raised "1" opening the line under a short rule at or left of
    the text column, in the page's lowest third; some later documents set their notes
    so too, DP/2025/12/Add.1), or None. The lines under it are notes only when
    the first opens with the next note's marker and none is longer than the body's own
    lines allow (no paragraph of text under an underline)."""
    rules = [y for x0, x1, y in page.rules
             if x0 < left + 6 and 60 < x1 - x0 < 0.45 * page.width and y < page.height / 3
             and not _underlines(x0, x1, y, lines)]
    if not rules:
        return None
    y = max(rules)
    under = sorted((l for l in lines if l.y1 <= y + 1 and not l.rotated), key=lambda l: -l.y1)
    if not under or any(abs(l.size - body_size) > 0.6 for l in under):
        return None
    match = NOTE_START.match(under[0].text)
    if not match or match.group("marker") not in notes.next_marker(last_marker) \
            or not re.match(r"\s*\S+(?:/\s|\s)", under[0].text):
        return None
    return y


_STARRED = re.compile(r"^(?P<marker>\*{1,3})\s+[^\W\d_]")


def _small(line: Line, body_size: float) -> bool:
    return line.size < body_size - 0.4 and not line.rotated and not line.drawn


def _starred_remark(line: Line, body_size: float, above: list[Line]) -> bool:
    """A remark in note type opening with a star, printed mid-page where a list ends,
    under entries that call it ("51. World without Wars and Violence*", then "*
    Participated in the first or second Meeting …": TPNW/MSP/2025/11, annex III): a note,
    printed under its calls rather than at the page foot."""
    found = _STARRED.match(line.text)
    if found is None or not _small(line, body_size):
        return False
    call = re.compile(rf"[\w.)]{re.escape(found.group('marker'))}(?!\*)")
    return any(call.search(l.text) for l in above)


def _numbered_anew(layout: Layout, line: Line, marker: str) -> bool:
    """A note "1" (or "*") on a later page than the last note, its marker where the last
    note's marker stands: the numbering starts anew (an annex numbers its own notes), no
    line of the last note going on (those stand under its text, not under its marker). A
    "*" note whose line was printed before is the same remark printed again under
    another table ("* Items marked with an asterisk …"), no note of its own."""
    if marker not in notes.RESTARTS or not layout.notes:
        return False
    last, page, lines = layout.notes[-1]
    if line.page <= page or marker == "*" and any(
            m == "*" and _opening(ls[0].text) == _opening(line.text) for m, _, ls in layout.notes):
        return False
    (x0, x1), (last_x0, last_x1) = _marker_box(line, marker), _marker_box(lines[0], last)
    # (markers set flush left start where the last one did; set flush right, "19" over
    # "1", they end where it did)
    return min(abs(x0 - last_x0), abs(x1 - last_x1)) < 0.3 * line.size


def _opening(text: str) -> str:
    """A note's first words (its lines may break elsewhere when printed again)."""
    return " ".join(text.split()[:6])


def _marker_box(line: Line, marker: str) -> tuple[float, float]:
    """Left and right edges of the marker that opens a note's first line."""
    chars = [c for c in line.chars if c.font and not c.text.isspace()][:len(marker)] or line.chars
    return chars[0].x0, chars[-1].x1


def _underlines(x0: float, x1: float, y: float, lines: list[Line]) -> bool:
    """Whether the rule from x0 to x1 at y is drawn under a line's words: within the
    line's width, at its baseline or a little below (the footnote separator has space
    above it)."""
    return any(l.x0 - 2 <= x0 and x1 <= l.x1 + 2 and l.y0 - 0.3 * l.size <= y <= l.y0 + 0.3 * l.size
               for l in lines)


def _note_line(layout: Layout, line: Line, last_marker: str | None) -> str | None:
    match = NOTE_START.match(line.text)
    if match and (match.group("marker") in notes.next_marker(last_marker)
                  or _numbered_anew(layout, line, match.group("marker"))):
        layout.notes.append((match.group("marker"), line.page, [line]))
        return match.group("marker")
    if layout.notes:
        layout.notes[-1][2].append(line)          # goes on, maybe from the page before
    else:
        layout.body.append(line)
    return last_marker

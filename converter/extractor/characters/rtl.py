"""Right-to-left text (Arabic, Hebrew) in logical order: the order it is read and typed.

A PDF stores glyphs where they stand on the page. A word processor lays out a
right-to-left line by the Unicode bidirectional algorithm (UAX #9) and writes its
glyphs in visual order, left to right: read as stored, every Arabic word comes out
reversed (``دلبلا`` for ``البلد``) while the numbers and Latin words inside the
sentence keep their own order. Each glyph carries the character it stands for
(Word and LibreOffice map a bracket drawn mirrored to the character typed, so no
mirroring is undone here).

The visual order is turned back into the logical one by the algorithm itself: the
embedding levels of the line's characters, resolved in visual order (python-bidi, which
wraps the Rust ``unicode-bidi`` crate, UAX #9 with bracket pairs and isolates), then
rule L2 run on them. Reversing the runs of each level from the highest down is its own
inverse when each character keeps its level, so the same reordering that displays a
logical line reads a displayed one.

What a line is made of before that:

* glyph clusters: a diacritic (tashkeel) drawn over a letter stays after its letter,
  kept as printed;
* a raised note call (smaller type, above the baseline) is one neutral unit, as a
  footnote anchor is for the word processor: the digits keep their order and the
  call stays after the word it follows ("2020،¹", not "¹،2020");
* word spaces where the glyphs leave a gap (pdfminer's own guesses, made in the order
  the glyphs were written, are dropped: they fall inside words of a joined script);
* presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF) as the letters they stand for, a
  lam-alef ligature whose glyph says "ال" (alef, lam: its letters in visual order) as
  "لا", and kashida (U+0640, the stroke that stretches a justified line) left out, so
  that a search for a word finds it.

Takes a line's characters (:class:`.page.Char`); gives them in logical order.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

from ..page import Char, Line

# Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko…, and the
# presentation forms) and the Arabic-Indic digits, which only a right-to-left line holds.
RTL_CHAR = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_PRESENTATION = re.compile("[\ufb50-\ufdff\ufe70-\ufeff]")
KASHIDA = "\u0640"
# A lam-alef ligature's glyph mapped to its letters in visual order (alef, then lam):
# no glyph stands for an alef followed by a lam (alef never joins the letter after it).
_VISUAL_LAM_ALEF = re.compile("^([\u0622\u0623\u0625\u0627])\u0644$")
_OBJECT = "\ufffc"            # a raised note call, as the algorithm sees it: a neutral
_LEVEL = re.compile(r"Level\(\s*(\d+)")
# A gap wider than this share of the type size parts words: as pdfminer measures it
# (Simplified Arabic sets 11-point words 1.6 points apart, and no space glyph, in
# S/2025/354's headings), and in a line that prints its spaces (Amiri leaves 1.2 points
# after a "و" inside "ويغطي").
WORD_GAP = 0.1
PRINTED_SPACES_GAP = 0.25
# Arabic letters that join no letter after them (Unicode joining type R, and hamza: U):
# the letter on their left, in the same word, stands apart by the glyph's own bearing
# (Amiri bold at 10 points leaves 1.2 points after the "و" of "المحتويات"), so a gap
# there parts words only when it is at least half the font's space (as the document
# prints it); where the font prints no space (Simplified Arabic's headings in
# S/2025/354 set words 1.6 points apart), the usual share of the size.
NON_JOINING_AFTER = frozenset("\u0621\u0622\u0623\u0624\u0625\u0627\u0629\u062f\u0630\u0631"
                              "\u0632\u0648\u0671\u0672\u0673\u0675\u0676\u0677\u0688\u0689"
                              "\u068a\u0691\u0692\u0698\u06c0\u06c4\u06c5\u06c6\u06c7\u06c8"
                              "\u06c9\u06ca\u06cb\u06cd\u06d2\u06d3\u06d5")
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06d5]")
RAISED = 0.85                 # smaller than this share of the line's size: a call's type


def letters(text: str) -> str:
    """Presentation forms as the letters they stand for (NFKC), a spacing diacritic's
    form (U+FE70–U+FE7F, which NFKC gives as a space and the mark) as the mark alone."""
    if not _PRESENTATION.search(text):
        return text
    out = []
    for ch in text:
        if not _PRESENTATION.match(ch):
            out.append(ch)
        elif ch == "\ufeff":            # a zero-width no-break space: nothing printed
            continue
        else:
            out.append(unicodedata.normalize("NFKC", ch).lstrip(" ") or ch)
    return "".join(out)


def _glyph_text(text: str) -> str:
    text = letters(text)
    match = _VISUAL_LAM_ALEF.match(text)
    return f"\u0644{match.group(1)}" if match else text


def _is_mark(text: str) -> bool:
    return bool(text) and all(unicodedata.combining(ch) or unicodedata.category(ch) == "Mn"
                              for ch in text)


def _center(c: Char) -> float:
    return (c.x0 + c.x1) / 2


_RTL_MARK = re.compile("[\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u08d3-\u08ff]")


def _base_of(glyphs: list[Char], k: int) -> Char | None:
    """The letter a diacritic (glyph ``k``) is drawn on. A zero-width mark's box says
    little; the order the glyphs were written in says it: next to its letter, which in
    right-to-left text is the neighbour on its right (a visual stream writes the mark
    before its letter, a logical one after), in left-to-right text the one before."""
    def letter(g: Char) -> bool:
        return not _is_mark(g.text) and not g.text.isspace()
    before = next((g for g in reversed(glyphs[:k]) if letter(g)), None)
    after = next((g for g in glyphs[k + 1:] if letter(g)), None)
    if not _RTL_MARK.match(glyphs[k].text):
        return before or after
    found = [g for g in (before, after) if g is not None]
    return max(found, key=_center) if found else None


class _Unit:
    """What the algorithm places as one: a glyph with its diacritics, a space, or a
    raised note call (its glyphs in the order printed)."""
    __slots__ = ("chars", "x0", "x1", "raised", "space")

    def __init__(self, chars: list[Char], raised: bool = False):
        self.chars = chars
        self.x0 = min(c.x0 for c in chars)
        self.x1 = max(c.x1 for c in chars)
        self.raised = raised
        self.space = not raised and chars[0].text.isspace()

    @property
    def key(self) -> str:
        """The character whose bidirectional type is the unit's."""
        if self.raised:
            return _OBJECT
        return self.chars[0].text[:1] or " "


def _inside_a_word(right: _Unit, left: _Unit) -> bool:
    """Two Arabic letters side by side, the one read first (on the right) joining no
    letter after it: a narrow gap between them may be the glyph's bearing."""
    a, b = right.chars[0].text, left.chars[0].text
    return a in NON_JOINING_AFTER and bool(_ARABIC_LETTER.match(b))


def space_widths(lines) -> dict[str, float]:
    """Each font's printed space, as a share of its size (the median of those the
    lines draw): what a word space measures in that font."""
    # (how often each width is drawn, not a list of them all: a long report draws some
    # 140,000 spaces, 4.5 MB as floats in lists, and few different widths)
    widths: dict[str, Counter] = {}
    for line in lines:
        for c in line.chars:
            if c.font and c.text == " " and c.size > 0 and c.x1 > c.x0:
                width = (c.x1 - c.x0) / c.size
                drawn = widths.get(c.font)
                if drawn is None:
                    drawn = widths[c.font] = Counter()
                drawn[width] += 1
    return {font: _median(drawn) for font, drawn in widths.items()}


def _median(counts: Counter) -> float:
    """The value in the middle of the values counted (the upper one of an even count):
    ``sorted(values)[len(values) // 2]``."""
    middle = sum(counts.values()) // 2
    for value in sorted(counts):
        middle -= counts[value]
        if middle < 0:
            return value
    raise ValueError("nothing counted")


def _units(chars: list[Char], size: float, spaced_ids: set[int] | None = None,
           space_widths: dict[str, float] | None = None) -> list[_Unit]:
    if spaced_ids is None:
        spaced_ids = {id(c) for c in chars} if any(c.font and c.text.isspace() for c in chars) \
            else set()
    glyphs = []
    printed: set[int] = set()          # the glyphs of a piece that prints its word spaces
    for c in chars:
        if not c.font:
            continue                   # pdfminer's word space: placed again below
        text = _glyph_text(c.text)
        if text:
            glyphs.append(Char(text, c.font, c.size, c.x0, c.x1, c.y0, c.y1))
            if id(c) in spaced_ids:
                printed.add(id(glyphs[-1]))
    bases = [c for c in glyphs if not _is_mark(c.text)]
    marks: dict[int, list[Char]] = {}
    for k, c in enumerate(glyphs):
        if not _is_mark(c.text):
            continue
        base = _base_of(glyphs, k)
        if base is None:
            bases.append(c)
        else:
            marks.setdefault(id(base), []).append(c)
    bases.sort(key=_center)
    # The baseline: that of the full-size glyphs (a call stands above it).
    full = [c for c in bases if c.size >= size - 0.3 and not c.text.isspace()] or bases
    low = sorted(c.y0 for c in full)[len(full) // 2]
    units: list[_Unit] = []
    for c in bases:
        raised = c.size < RAISED * size and c.y0 > low + 0.15 * size and not c.text.isspace()
        cluster = [c] + marks.get(id(c), [])
        if raised and units and units[-1].raised:
            units[-1] = _Unit(units[-1].chars + cluster, raised=True)
        else:
            units.append(_Unit(cluster, raised=raised))
    _unmirror_latin_brackets(units)
    # A piece of line that prints its word spaces needs none put in but where a wide gap
    # opens (a letter that joins no letter after it, "و", leaves a narrow one inside a
    # word); one that prints none (pdfminer guessed them all) has one at each gap.
    spaced: list[_Unit] = []
    for unit in units:
        last = spaced[-1] if spaced else None
        gap = (PRINTED_SPACES_GAP if id(unit.chars[0]) in printed or
               (last is not None and id(last.chars[0]) in printed) else WORD_GAP) * size
        if last is not None and _inside_a_word(unit, last):
            space = (space_widths or {}).get(unit.chars[0].font or "")
            if space:
                gap = max(gap, space / 2 * size)
        if last is not None and not last.space and not unit.space and \
                unit.x0 - last.x1 > gap and not (unit.raised or last.raised):
            y0, y1 = last.chars[0].y0, last.chars[0].y1
            spaced.append(_Unit([Char(" ", None, 0, last.x1, unit.x0, y0, y1)]))
        spaced.append(unit)
    return spaced


_OPENER = {")": "(", "]": "[", "}": "{"}
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _unmirror_latin_brackets(units: list[_Unit]) -> None:
    """Brackets around Latin words that follow Latin words in an Arabic line ("الوثيقة
    A/CONF.157/24 (Part I)،") belong to the Latin run: printed as it reads, left to
    right. LibreOffice still draws them with the mirrored glyphs of the Arabic text
    and maps each glyph to the bracket it stands for, so the line reads ")Part I(" in
    visual order, which no level of the algorithm turns back. Such a pair (a closing
    bracket left of its opening one, Latin letters between and before them, none of a
    right-to-left script) is taken as the two brackets in their Latin order."""
    texts = [u.chars[0].text if not u.raised and len(u.chars) == 1 else "" for u in units]
    for i, text in enumerate(texts):
        if text not in _OPENER:
            continue
        j = next((k for k in range(i + 1, len(units)) if texts[k] in "()[]{}" and texts[k]), None)
        if j is None or texts[j] != _OPENER[text]:
            continue
        inside = "".join(c.text for u in units[i + 1:j] for c in u.chars)
        before = next((ch for u in reversed(units[:i]) for c in reversed(u.chars)
                       for ch in reversed(c.text) if ch.isalpha()), "")
        if _LATIN.search(inside) and not RTL_CHAR.search(inside) and _LATIN.match(before):
            left, right = units[i].chars[0], units[j].chars[0]
            units[i].chars[0] = Char(texts[j], left.font, left.size, left.x0, left.x1, left.y0, left.y1)
            units[j].chars[0] = Char(text, right.font, right.size, right.x0, right.x1,
                                     right.y0, right.y1)


def levels(text: str, rtl: bool) -> list[int]:
    """The embedding level of each character of ``text`` (one line), by python-bidi
    with the paragraph direction given. Its debug answer lists the levels it
    resolved, one for each byte of the text in UTF-8."""
    from bidi import get_display
    info = get_display(text, base_dir="R" if rtl else "L", debug=True)
    start, end = info.find("levels:"), info.find("paragraphs:")
    by_byte = [int(n) for n in _LEVEL.findall(info, start, end)] if start >= 0 else []
    if len(by_byte) != len(text.encode("utf-8")):
        raise RuntimeError("python-bidi gave no embedding levels (the debug answer of "
                           "get_display changed?): pin the version the project names")
    out, at = [], 0
    for ch in text:
        out.append(by_byte[at])
        at += len(ch.encode("utf-8"))
    return out


def _reorder(items: list, item_levels: list[int]) -> list:
    """Rule L2: from the highest level down to the lowest odd one, reverse every run of
    items at that level or higher."""
    items = list(items)
    if not items:
        return items
    highest = max(item_levels)
    odd = [lv for lv in item_levels if lv % 2]
    lowest_odd = min(odd) if odd else highest + 1
    item_levels = list(item_levels)
    for level in range(highest, lowest_odd - 1, -1):
        k = 0
        while k < len(items):
            if item_levels[k] < level:
                k += 1
                continue
            end = k
            while end < len(items) and item_levels[end] >= level:
                end += 1
            items[k:end] = items[k:end][::-1]
            item_levels[k:end] = item_levels[k:end][::-1]
            k = end
    return items


_NUMBER = re.compile(r"^\d{1,3}$")


def _isolate_opening_number(units: list[_Unit]) -> None:
    """A number of one to three digits opening a right-to-left line (at its right end,
    a space after it: a note's number, a paragraph's) is one neutral unit. Read as it
    stands, before Latin text ("2 A/HRC/58/21."), the algorithm would take it for the
    end of the Latin run: it looks for a number's direction in the letters before it,
    and in visual order those are the Latin ones on its left."""
    end = len(units)
    while end and units[end - 1].space:
        end -= 1
    start = end
    while start and not units[start - 1].space and not units[start - 1].raised:
        start -= 1
    digits = "".join(c.text for u in units[start:end] for c in u.chars)
    if start and end - start and _NUMBER.match(digits):
        units[start:end] = [_Unit([c for u in units[start:end] for c in u.chars], raised=True)]


def visual_order(text: str, rtl: bool = True) -> list[int]:
    """The display of a logical line: the indices of its characters from left to right,
    as a word processor lays them out (rules L1 and L2; the inverse of
    :func:`logical_chars`, which runs the same reordering on the visual order)."""
    line_levels = levels(text, rtl)
    base = 1 if rtl else 0
    k = len(text)
    while k and text[k - 1].isspace():
        k -= 1
        line_levels[k] = base
    return _reorder(list(range(len(text))), line_levels)


def logical_chars(chars: list[Char], size: float, rtl: bool,
                  spaced_ids: set[int] | None = None,
                  space_widths: dict[str, float] | None = None) -> list[Char]:
    """A line's characters in logical order; ``rtl``: the paragraph is right-to-left
    (an Arabic document's line, an Arabic line of an English letter's annex).
    ``spaced_ids``: the characters (by id) of the pieces of the line that print their
    word spaces (by default all of them when the line prints a space); ``space_widths``:
    each font's printed space (:func:`space_widths`), where the document's lines show it."""
    units = _units(chars, size, spaced_ids, space_widths)
    if not units:
        return chars
    if rtl:
        _isolate_opening_number(units)
    text = "".join(u.key for u in units)
    unit_levels = levels(text, rtl)
    base = 1 if rtl else 0
    # Rule L1: spaces at the line's end, and before a tab, are at the paragraph's level.
    trailing = True
    for k in range(len(units) - 1, -1, -1):
        if units[k].key == "\t":
            unit_levels[k] = base
            trailing = True
        elif trailing and units[k].space:
            unit_levels[k] = base
        else:
            trailing = False
    ordered = _reorder(units, unit_levels)
    # Kashida took its room on the line (no word space there) and is no letter.
    out = []
    for c in (c for unit in ordered for c in unit.chars):
        if KASHIDA in c.text:
            if not c.text.replace(KASHIDA, ""):
                continue
            c = Char(c.text.replace(KASHIDA, ""), c.font, c.size, c.x0, c.x1, c.y0, c.y1)
        out.append(c)
    return out


def has_rtl(line: Line) -> bool:
    return RTL_CHAR.search(line.text) is not None    # (a word space is no letter)


def left_to_right(line: Line) -> bool:
    """A line of left-to-right letters with none of a right-to-left script."""
    text = "".join(c.text for c in line.chars if c.font)
    return not RTL_CHAR.search(text) and any(ch.isalpha() for ch in text)


def rtl_line(line: Line) -> bool:
    """Whether the line is a right-to-left paragraph's: most of its letters are of a
    right-to-left script."""
    letters_ = [ch for c in line.chars if c.font for ch in c.text if ch.isalpha()]
    return bool(letters_) and \
        sum(bool(RTL_CHAR.match(ch)) for ch in letters_) > len(letters_) / 2


def same_row(pieces: list[Line]) -> list[list[Line]]:
    """The pieces of a right-to-left page that make one printed line: pdfminer cuts a
    line where the direction changes or the font does (the digits of "2024" in a Latin
    font, which the deeper descent of an Arabic font sets apart), and the pieces then
    stand out of order. Pieces whose heights overlap by most of the smaller one stand
    on one baseline; there, pieces less than three type sizes apart are one line (as
    :func:`.columns.merge_split_lines` joins them in left-to-right text)."""
    bands: list[tuple[list[float], list[Line]]] = []       # (y0, y1) of each band, pieces
    alone: list[list[Line]] = []
    for piece in sorted(pieces, key=lambda l: -(l.y0 + l.y1)):
        if piece.rotated:
            alone.append([piece])
            continue
        height = piece.y1 - piece.y0
        for box, members in bands:
            overlap = min(box[1], piece.y1) - max(box[0], piece.y0)
            if members[0].drawn == piece.drawn and \
                    overlap >= 0.6 * min(height, box[1] - box[0]):
                members.append(piece)
                box[:] = [min(box[0], piece.y0), max(box[1], piece.y1)]
                break
        else:
            bands.append(([piece.y0, piece.y1], [piece]))
    rows: list[list[Line]] = []
    for _, members in bands:
        members.sort(key=lambda l: l.x0)
        row, right = [members[0]], members[0].x1
        for piece in members[1:]:
            if piece.x0 - right < 3 * max(piece.size, row[-1].size):
                row.append(piece)
            else:
                rows.append(row)
                row = [piece]
            right = max(right, piece.x1)
        rows.append(row)
    return rows + alone

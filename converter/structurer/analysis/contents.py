"""A printed table of contents, as plain data: its heading, the column labels printed
over it ("Paragraphs  Page", "Chapter") and its entries, each with its level, its number
("II.", "A.", "1.", "a)", "Annex"), its title without the dot leaders, and the figures at
right (a paragraph range, a page).

The blocks come as the extractor gives them: an entry may be one block ("I. Introduction
.... 1 - 4  3"), or several: a title wrapped over two lines, its paragraph range and its
page each a block of their own (the columns at right), the page of one entry glued before
the next one's number ("3  C. Enhancing process excellence"). An entry starts at a printed
number, or after an entry that has its figures; everything else goes on with the entry
before. Lines that are no entry (the column labels, "CONTENTS (continued)" at the head of
the next page) are kept apart, as printed. Levels follow the numbering styles in the
order they first appear (roman, then letters, then figures …); an annex is at the top.

Words are data: :data:`converter.languages.FRONT_WORDS`."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ...languages import Language, front_words, get
from ...model import Anchor, Block
from .classify import _joined
from .roles import cut

# Dot leaders: ". . . .", ". . .", "....", "……" (three dots unspaced may be an ellipsis),
# dots after a space before the page number ending a line (".. 7", ".20"), or ending it
# (the page in a block of its own).
LEADERS = re.compile(r"(?:\.\s?){4,}|(?:\.\s){2,}\.|…(?:\s?…)+|(?<=\s)\.+(?=\s*\d{1,4}\s*$)|(?<=\s)\.{2,}\s*$")
# A page or paragraph number: figures, or small roman figures (preliminary pages,
# paragraphs of an introduction: "i - v").
_FIGURES = r"\d{1,4}"
_ROMAN = r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})"
_GROUP = rf"(?:{_FIGURES}|{_ROMAN})(?:\s*[-–−—]\s*(?:{_FIGURES}|{_ROMAN}))?"
_FIGURE_GROUP = rf"{_FIGURES}(?:\s*[-–−—]\s*{_FIGURES})?"
_GROUPS = re.compile(rf"^\s*{_GROUP}(?:\s+{_GROUP})*\s*$")
_TOC_GAP = 3            # blocks between two entry lines (a wrapped title, a group heading)
_LONG = 300             # a block this long is prose: the contents have ended
_PAGES_ON = 40          # pages an entry may start after the entry before
_TITLE_LINE = 200       # an entry's line is no longer
# Numbering styles an entry's number may have, in the order tried.
# part1, part2: the language's own part numbers ("أولا -", "ألف -", "一、", "（一）"),
# from the same tables as the parts themselves (Language.part_numbers). Not level 3's
# "1 -": in a list of figures it reads as a page range ("3 - 5").
_STYLES = ("annex", "chapter", "part1", "part2", "roman", "letter", "digit", "lower",
           "paren", "own")
_WIDE_MARK = r"(?<=[、．）])"
_LOWER_ROMAN = r"(?:i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv)"


@dataclass
class Entry:
    """One entry: ``block`` its printed text without the leaders; ``num``, ``paragraphs``
    and ``page`` the spans (start, end) of its number and figures in ``block.text``."""
    block: Block
    level: int = 1
    style: str | None = None             # numbering style: roman, letter, digit …
    num: tuple[int, int] | None = None
    paragraphs: tuple[int, int] | None = None
    page: tuple[int, int] | None = None
    annexed: bool = False                # listed under "Annexes": "I." is annex I

    def part(self, span: tuple[int, int] | None) -> str | None:
        return self.block.text[span[0]:span[1]] if span else None

    @property
    def printed_title(self) -> str:
        """The number and the title, as printed (no figures)."""
        ends = [s[0] for s in (self.paragraphs, self.page) if s]
        return " ".join(self.block.text[:min(ends) if ends else None].split())

    @property
    def title(self) -> str:
        """The title alone: no number, no figures."""
        start = self.num[1] if self.num else 0
        ends = [s[0] for s in (self.paragraphs, self.page) if s]
        return " ".join(self.block.text[start:min(ends) if ends else None].split())


@dataclass
class Contents:
    heading: Block                       # "Contents", "Table des matières"
    labels: list[Block]                  # column labels, continuation headings: no entries
    entries: list[Entry]


@lru_cache(maxsize=None)
def _patterns(code: str) -> dict[str, re.Pattern]:
    w = front_words(code)
    parts = "".join(rf"|(?P<part{level}>{_part_numbers(code, level)})" for level in (1, 2))
    number = (rf"(?P<annex>(?i:{w.annex})(?:\s+(?:[IVXL]+|[A-Z]|\d{{1,2}})(?![\w-])[.:]?)?)"
              rf"|(?P<chapter>(?:{w.numbering})\s+(?:[IVXL]+|\d{{1,2}})\.?){parts}"
              rf"|(?P<roman>[IVXL]+\.)|(?P<letter>[A-Z]\.)"
              rf"|(?P<digit>\d{{1,2}}(?:\.\d{{1,2}})*\.)|(?P<lower>[a-z]\))"
              rf"|(?P<paren>\((?:[a-z]|{_LOWER_ROMAN})\))|(?P<own>{w.entry_number})")
    label = rf"(?:{w.paragraphs}|{w.page}|{w.numbering})"
    return {
        "heading": re.compile(rf"^(?:{w.contents})$", re.IGNORECASE),
        "continued": re.compile(rf"^(?:{w.contents})\s*{w.continued}$", re.IGNORECASE),
        "summary": re.compile(rf"^(?:{w.summary})$", re.IGNORECASE),
        "label": re.compile(rf"^{label}(?:\s+{label})*$", re.IGNORECASE),
        "paragraphs": re.compile(rf"^(?:{w.paragraphs})$", re.IGNORECASE),
        "page": re.compile(rf"^(?:{w.page})$", re.IGNORECASE),
        # A number ends at a space, or at its full-width mark ("二十一、建议", "Ａ．背景").
        "number": re.compile(rf"^(?:{number})(?:(?=\s|$)|{_WIDE_MARK})"),
        "lead": re.compile(rf"^(?:{_GROUP}\s+)+(?=(?:{number})(?:\s|{_WIDE_MARK}))"),
    }


def _part_numbers(code: str, level: int) -> str:
    """The language's own part numbers of ``level`` as one regex ("(?!)": none)."""
    try:
        numbers = get(code).part_numbers
    except (KeyError, ValueError):
        numbers = ()
    return "|".join(n.number_pattern for n in numbers if n.level == level) or "(?!)"


def is_heading(block: Block, lang: Language) -> bool:
    """The heading of a table of contents ("Contents", "CONTENTS", "Table des matières")."""
    return bool(_patterns(lang.code)["heading"].match(block.text.strip()))


def is_summary_heading(block: Block, lang: Language) -> bool:
    """The heading of a summary box ("Summary", "Résumé", "Resumen" …)."""
    return bool(_patterns(lang.code)["summary"].match(block.text.strip()))


def _is_label(text: str, lang: Language) -> bool:
    """Column labels ("Paragraphs Page", "Chapter"), or "CONTENTS (continued)"."""
    p = _patterns(lang.code)
    return bool(p["label"].match(text) or p["continued"].match(text))


def _entry_like(text: str, lang: Language) -> bool:
    """A line that can only be (part of) an entry: leaders, figures alone, or entries
    run together ("1. Official debt 7 - 9 2. Foreign investment 10 - 12 …")."""
    return bool(LEADERS.search(text) or _GROUPS.match(text)
                or len(_run_pattern(lang.code).findall(text)) >= 2)


def contents_end(blocks: list[Block], start: int, lang: Language) -> int:
    """The index after the last entry of the contents whose heading is ``blocks[start]``;
    ``start + 1`` when no entry follows it. Entries are lines with leaders, figures
    alone, column labels, and short lines ending with a page number; lines in between
    (a wrapped title, a group heading) go with them. The list ends at prose, a table, at
    the first part's heading printed again (the body starts), or after a few lines that
    are no entry."""
    last, first_title = start, None
    for k in range(start + 1, len(blocks)):
        block = blocks[k]
        text = block.text.strip()
        if block.table is not None or block.figure or is_heading(block, lang):
            break
        if _entry_like(text, lang) or _is_label(text, lang):
            last = k
            if first_title is None and LEADERS.search(text):
                first_title = _key(LEADERS.split(text)[0])
            continue
        if first_title is not None and _key(text) == first_title:
            break                               # the first part's heading: the body
        if _lists_annexes(text, lang) and k - last <= _TOC_GAP:
            last = k                            # "Annex I. …": an annex listed, no page
            continue
        if len(text) > _LONG:
            break
        if re.search(rf"\s{_FIGURE_GROUP}$", text):
            last = k
            if first_title is None:
                first_title = _key(re.sub(rf"(?:\s+{_FIGURE_GROUP})+$", "", text))
            continue
        if k - last > _TOC_GAP:
            break
        if first_title is None:
            first_title = _key(text)
    return last + 1


def _lists_annexes(text: str, lang: Language) -> bool:
    """A short line naming annexes ("Annexes (available on the website)", "Annex II.
    Methodology"): an entry even with no page."""
    match = _patterns(lang.code)["number"].match(text)
    return bool(match and match.group("annex") and len(text) <= _TITLE_LINE)


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()


# -- reading the entries --------------------------------------------------------------

def read_contents(blocks: list[Block], start: int, lang: Language) -> tuple[Contents, int]:
    """The contents whose heading is ``blocks[start]``, and the index after them."""
    end = contents_end(blocks, start, lang)
    region = blocks[start + 1:end]
    labels = [b for b in region if _is_label(b.text.strip(), lang)]
    columns = _columns(labels, lang)
    leaders = any(LEADERS.search(b.text) for b in region)
    drafts: list[_Draft] = []
    pending: list[Block] = []        # figures printed before an entry's number: its own
    for block in region:
        if _is_label(block.text.strip(), lang):
            continue
        for kind, piece in _pieces(block, lang, leaders, len(columns)):
            current = drafts[-1] if drafts else None
            if kind == "lead":
                # The page of the entry before, printed before the next one's number
                # (the columns read in another order); what it does not need is the next's.
                if current is not None and current.figures < len(columns):
                    current.pieces.append(("figures", piece))
                else:
                    pending.append(piece)
                continue
            if kind == "num" or current is None or \
                    (kind in ("text", "maybe") and current.own_figures) or \
                    (kind == "text" and current.pieces[-1][0] == "maybe" and piece.text[:1].isupper()):
                # (a line in capitals after a title ending with a number: the next entry)
                current = _Draft()
                drafts.append(current)
                if pending:
                    current.after, pending = pending, []
            current.pieces.append((kind, piece))
    if pending and drafts:
        drafts[-1].after += pending
    entries = [d.entry(columns, lang) for d in drafts]
    _maybe_pages(drafts, entries, columns, lang)
    _levels(entries, lang)
    return Contents(blocks[start], labels, entries), end


def _maybe_pages(drafts, entries, columns, lang) -> None:
    """A number ending a title printed with no leaders in a list that has them is the
    entry's page when it lies between the pages of the entries around it ("… Part II
    Reference Tables 9" between pages 8 and 9; at the end of the list, a few pages after
    the last); else it is the title's ("… Goal 17", "… reporting, 2024")."""
    def page(entry):
        text = entry.part(entry.page)
        return int(text) if text and text.isdigit() else None
    for k, (draft, entry) in enumerate(zip(drafts, entries)):
        maybe = [piece for kind, piece in draft.pieces if kind == "maybe"]
        if not maybe or entry.page is not None or not maybe[-1].text.isdigit():
            continue
        before = next((page(e) for e in reversed(entries[:k]) if page(e) is not None), None)
        after = next((page(e) for e in entries[k + 1:] if page(e) is not None), None)
        n = int(maybe[-1].text)
        if (before is None or before <= n <= before + _PAGES_ON) and (after is None or n <= after) \
                and (before is not None or after is not None):
            entries[k] = draft.entry(columns, lang, maybe=True)
            entries[k].level = entry.level


def _columns(labels: list[Block], lang: Language) -> tuple[str, ...]:
    """The figure columns the labels name, left to right: ("paragraphs", "page"); a page
    column alone when no label says."""
    p = _patterns(lang.code)
    words = [w for b in labels for w in b.text.split()]
    found = [name for name in ("paragraphs", "page") if any(p[name].match(w) for w in words)]
    return tuple(found) or ("page",)


@dataclass
class _Draft:
    # (num | text | figures | maybe, block), in printed order; "maybe": a number ending
    # a title, which may be its page (see _maybe_pages).
    pieces: list[tuple[str, Block]] = field(default_factory=list)
    after: list[Block] = field(default_factory=list)     # its figures printed before it

    @property
    def own_figures(self) -> int:
        """The figures printed after its title (an entry with them is complete)."""
        return sum(kind == "figures" for kind, _ in self.pieces)

    @property
    def figures(self) -> int:
        return self.own_figures + len(self.after)

    def entry(self, columns: tuple[str, ...], lang: Language, maybe: bool = False) -> Entry:
        """The pieces as one block, its number and last figures marked."""
        pieces = [("figures" if kind == "maybe" and maybe else
                   "text" if kind == "maybe" else kind, piece) for kind, piece in self.pieces]
        pieces += [("figures", piece) for piece in self.after]
        block, spans = None, []
        for kind, piece in pieces:
            start = 0 if block is None else len(block.text) + 1
            block = piece if block is None else _joined(block, piece)
            spans.append((kind, (start, len(block.text))))
        entry = Entry(block)
        if spans[0][0] == "num":
            entry.num = spans[0][1]
            entry.style = number_style(block.text[slice(*entry.num)], lang)
        figures = [span for kind, span in spans if kind == "figures"]
        if len(columns) == 2 and len(figures) >= 2:
            entry.paragraphs, entry.page = figures[-2], figures[-1]
        elif figures and columns == ("paragraphs",):
            entry.paragraphs = figures[-1]
        elif figures:
            entry.page = figures[-1]
        return entry


_LEADING = re.compile(rf"^{_GROUP}(?:\s+{_GROUP})*(?=\s|$)")


def _pieces(block: Block, lang: Language, leaders: bool, columns: int) -> list[tuple[str, Block]]:
    """The block as a stream of pieces: "lead" (figures printed before an entry's
    number), "num" (an entry's number), "text" (a title, without leaders), "figures"
    (a paragraph range or page) and "maybe" (a number ending a title: see _maybe_pages)."""
    p = _patterns(lang.code)
    out: list[tuple[str, Block]] = []
    block = _stripped(block)
    had_leaders = bool(LEADERS.search(block.text))
    segments = [piece for segment in _split_leaders(block) for piece in _split_runs(segment, lang)]
    for k, segment in enumerate(segments):
        rest = segment
        found = _LEADING.match(rest.text)
        if found and (k > 0 or found.end() == len(rest.text) or p["lead"].match(rest.text)):
            # Figures after leaders or ending an entry, alone, or before the next
            # entry's number.
            kind = "lead" if k == 0 and found.end() < len(rest.text) else "figures"
            out += [(kind, g) for g in _groups(_slice(rest, 0, found.end()))]
            rest = _stripped(cut(rest, found.end()))
        if not rest.text:
            continue
        if k == 0 or found:
            number = p["number"].match(rest.text)
            if number:
                out.append(("num", _slice(rest, 0, number.end())))
                rest = _stripped(cut(rest, number.end()))
                if not rest.text:
                    continue
        if k == len(segments) - 1:
            text, tail, maybe = _tail_figures(rest, leaders, columns, had_leaders)
            if text is not None and text.text:
                out.append(("text", text))
            out += [("maybe" if maybe else "figures", g) for g in tail]
        else:
            out.append(("text", rest))
    return out


@lru_cache(maxsize=None)
def _run_pattern(code: str) -> re.Pattern:
    """Figures, then the next entry's number, inside a line ("… Official debt 7 - 9
    2. Foreign investment …": entries the extractor joined into one block)."""
    number = _patterns(code)["number"].pattern.lstrip("^")
    return re.compile(rf"(?<=\S)\s+(?={_GROUP}(?:\s+{_GROUP})*\s+{number})")


def _split_runs(block: Block, lang: Language) -> list[Block]:
    """``block`` cut before each run of figures that is followed by an entry's number."""
    pieces, at = [], 0
    for match in _run_pattern(lang.code).finditer(block.text):
        pieces.append(_slice(block, at, match.start()))
        at = match.end()
    pieces.append(_slice(block, at, len(block.text)))
    return [p for p in pieces if p.text]


def _tail_figures(block: Block, leaders: bool, columns: int, had_leaders: bool):
    """(the text before the figures ending ``block``, the figures, whether they are only
    maybe figures): figures printed without leaders are sure where the contents print
    none, or where they fill both columns ("… IN ITALY 46 - 111  11"); one number alone
    may be a title's own ("… Goal 17")."""
    pattern = _GROUP if had_leaders else _FIGURE_GROUP
    found = re.search(rf"(?:^|\s+)(?:{pattern})(?:\s+{pattern})*\s*$", block.text)
    if not found:
        return block, [], False
    figures = _groups(_slice(block, found.start(), len(block.text)))
    text = _slice(block, 0, found.start()) if found.start() else None
    if leaders and not had_leaders and (columns < 2 or len(figures) != columns):
        if len(figures) == 1 and text is not None:
            return text, figures, True
        return block, [], False
    return text, figures, False


def _groups(block: Block) -> list[Block]:
    """Each figure group of ``block`` ("3 - 5", "12") as a block of its own."""
    return [_slice(block, m.start(), m.end()) for m in re.finditer(_GROUP, block.text)
            if m.group(0).strip()]


def _split_leaders(block: Block) -> list[Block]:
    """The block's text either side of its dot leaders, stripped."""
    pieces, at = [], 0
    for match in LEADERS.finditer(block.text):
        pieces.append(_slice(block, at, match.start()))
        at = match.end()
    pieces.append(_slice(block, at, len(block.text)))
    return [_stripped(p) for p in pieces]


def _slice(block: Block, start: int, end: int) -> Block:
    """Characters ``start:end`` of ``block`` with their annotations (a note called at
    the cut stays at the piece's end)."""
    piece = cut(block, start)
    n = end - start

    def keep(items):
        out = []
        for item in items:
            if isinstance(item, Anchor):
                if item.offset <= n:
                    out.append(item)
            elif item.start < n:
                out.append(replace(item, end=min(item.end, n)))
        return out
    return Block(piece.text[:n], piece.first_page, piece.last_page, keep(piece.anchors),
                 keep(piece.links), keep(piece.italics), keep(piece.superscripts),
                 boxes=piece.boxes)


def _stripped(block: Block) -> Block:
    text = block.text
    lead = len(text) - len(text.lstrip())
    return _slice(block, lead, len(text.rstrip()))


# -- levels ------------------------------------------------------------------------

def number_style(num: str, lang: Language) -> str | None:
    """The numbering style of an entry's number: annex, chapter, roman, letter, digit,
    lower ("a)"), paren ("(i)"), own (the language's own letters or numerals)."""
    match = _patterns(lang.code)["number"].match(num.strip())
    if match is None:
        return None
    return next(s for s in _STYLES if match.group(s) is not None)


def entry_number(text: str, lang: Language) -> tuple[str | None, str]:
    """(the number ``text`` starts with, as an entry's: "II.", "A.", "Annex 2:", or None;
    the rest)."""
    text = text.strip()
    match = _patterns(lang.code)["number"].match(text)
    if match is None:
        return None, text
    return match.group(0), text[match.end():].strip()


def _levels(entries: list[Entry], lang: Language) -> None:
    """Each entry's level: its numbering style's rank, in the order the styles first
    appear ("I." 1, "A." 2, "1." 3 …); an annex is at the top, a chapter is roman, and
    the entries under "Annexes" (a heading with no title of its own) one below it. "I."
    after "H." is a letter. An entry with no number is one below the numbered entry
    before it, or at the level of the numbered entry after it when it has no page (a
    group heading over entries), at the top before any number."""
    order: list[str] = []
    last_letter: str | None = None
    annexes: list[str] | None = None     # under "Annexes": the styles, the annexes' first
    for entry in entries:
        style = entry.style
        if style == "annex":
            group = not entry.title and not re.search(r"\d|\b[IVXL]+\b|\b[A-Z]\b",
                                                      entry.part(entry.num))
            annexes = [] if group else None
            entry.level = 1
            continue
        if annexes is not None and style is not None:
            # "I." an annex, "A." a part of it, one level below.
            if style not in annexes:
                annexes.append(style)
            entry.annexed = annexes.index(style) == 0
            entry.level = annexes.index(style) + 2
            continue
        if style == "roman" and last_letter is not None:
            num = entry.part(entry.num).rstrip(".")
            if len(num) == 1 and ord(num) == ord(last_letter) + 1:
                style = entry.style = "letter"
        if style == "chapter":
            style = "roman"
        if style == "letter":
            last_letter = entry.part(entry.num).rstrip(".")
        elif style == "roman":
            last_letter = None
        if style is None:
            continue
        if style not in order:
            order.append(style)
        entry.level = order.index(style) + 1
    for k, entry in enumerate(entries):
        if entry.style is not None:
            continue
        before = next((e for e in reversed(entries[:k]) if e.style is not None), None)
        after = entries[k + 1] if k + 1 < len(entries) else None
        if entry.page is None and entry.paragraphs is None and after is not None \
                and after.style is not None:
            entry.level = after.level            # a group heading over the entries after it
        elif before is not None and before.style != "annex":
            entry.level = before.level + 1
        elif k and entries[k - 1].style is None:
            entry.level = entries[k - 1].level
        else:
            entry.level = 1

"""The printed outline of a report-like document, as plain data: the title lines, the
parts ("I. Introduction", "A. Security situation", "1. Political situation") with the
paragraphs under them, and the annexes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..languages import Language
from ..model import Block
from .classify import _is_heading, _repeated_lines, cut
from .kinds import title_kind

# "I. Introduction", "II.", "IV Conclusions": a chapter; "A. Security situation": a section.
ROMAN_HEADING = re.compile(r"^(?P<num>[IVXL]+)\.?(?:\s+(?P<text>\S.{0,200}))?$")
LETTER_HEADING = re.compile(r"^(?P<num>[A-Z])\.(?:\s+(?P<text>\S.{0,200}))?$")
# "1. Political situation": a numbered heading (no sentence: no final punctuation).
DIGIT_HEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<text>[^\W\d_].{0,120})$")
_FINAL = ".;:,!?。；：，"
# A contents line ends with its page number (after dot leaders or a space); a heading
# ending with a note number glued to its last word ("bodies3") is no contents line.
_DOT_LEADERS = re.compile(r"(?:\.\s*){4,}\s*\d*$")
_GLUED_NOTE = re.compile(r"(?<=[.;:,])\d{1,3}$")
_CONTENTS_LINE = re.compile(r"(?:\.\s*){2,}\s*\d+$|\s\d{1,3}$")
# The heading of a printed table of contents, per language (ISO 639-2); case ignored
# ("CONTENTS" in older documents).
CONTENTS = {
    "eng": r"^Contents$",
    "fra": r"^(?:Table des matières|Sommaire)$",
    "spa": r"^Índice$",
    "rus": r"^Содержание$",
    "ara": r"^المحتويات$",
    "zho": r"^目录$",
}
# A contents entry: dot leaders ("…… 3", ". . . . 3").
LEADERS = re.compile(r"(?:\.\s?){4,}|…{2,}")
_TOC_GAP = 3          # lines between two entries (a wrapped entry, the column heads)
# Old documents' running header "English Page 3" (page numbers differ: no repetition).
_PAGE_HEADER = re.compile(r"\bPage\s+\d+$", re.IGNORECASE)
# Kinds whose kind line is the title itself ("Letter dated … addressed to …").
TITLE_IS_KIND_LINE = {"letter", "noteVerbale", "ngoStatement", "agenda", "informationCircular",
                      "summaryRecord", "verbatimRecord"}
_WINDOW = 12          # where the title lines are looked for


@dataclass
class Para:
    num: str | None          # "12." as printed, None when unnumbered
    block: Block             # the text after the number


@dataclass
class Part:
    num: str | None          # "I.", "A.", "1."; None for an unnumbered heading
    heading: Block | None
    level: int               # 1 chapter, 2 section, 3 numbered heading, 4+ unnumbered
    items: list = field(default_factory=list)     # Para and Part, in printed order
    eid_num: str | None = None                    # for the eId when num is "Chapter IV"
    name: str | None = None                       # "contents": the printed table of contents


@dataclass
class Annex:
    preface: list[Block]     # "Annex", and its title lines
    items: list


@dataclass
class Outline:
    preface: list[Block]
    title: Block | None          # marked docTitle
    kind_line: Block | None      # "Report of the Secretary-General": docType
    items: list
    annexes: list[Annex]
    warnings: list[str] = field(default_factory=list)


def _ends_sentence(text: str) -> bool:
    text = text.strip()
    return not text or text[-1] in _FINAL


def _title_like(block: Block) -> bool:
    """A title line: short, no sentence, no number or part numeral before it."""
    text = block.text.strip()
    return (len(text) <= 300 and not _ends_sentence(text) and not _numbered(text)
            and not ROMAN_HEADING.match(text) and not LETTER_HEADING.match(text))


def _numbered(text: str) -> bool:
    return bool(re.match(r"^\(?\d+[.)]\s", text))


def read_outline(blocks: list[Block], lang: Language) -> Outline:
    annex_at = next((k for k in range(1, len(blocks)) if _annex_start(blocks, k, lang)),
                    len(blocks))
    head, tail = blocks[:annex_at], blocks[annex_at:]
    preface, title, kind_line, body_at = _preface(head, lang)
    repeated = _repeated_lines(blocks)
    return Outline(preface, title, kind_line, _items(head[body_at:], lang, repeated),
                   _annexes(tail, lang, repeated))


def _annex_start(blocks: list[Block], k: int, lang: Language) -> bool:
    """ "Annex II", "Annex to the letter dated …", "Enclosure" on a line of its own, not as
    an entry of the contents (whose title line after it ends with dot leaders and a page
    number)."""
    text = blocks[k].text.strip()
    if not (re.match(lang.annex_pattern, text) or re.match(lang.annex_to_pattern, text)):
        return False
    following = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
    return not _DOT_LEADERS.search(following)


def _preface(blocks: list[Block], lang: Language):
    """(preface blocks, title, kind line, index of the first body block)."""
    found = next(((k, title_kind(b.text, lang)) for k, b in enumerate(blocks[:_WINDOW])
                  if title_kind(b.text, lang)), None)
    if found is None:
        # No kind line: the leading title lines, if any.
        end = 0
        while end < min(len(blocks) - 1, 4) and _title_like(blocks[end]):
            end += 1
        return blocks[:end], (blocks[0] if end else None), None, end
    at, key = found
    end = at + 1
    # Lines that go on with the title ("Addendum" stays in the body, before its text).
    while end < len(blocks) - 1 and _title_like(blocks[end]) \
            and len(blocks[end].text.split()) > 1 and len(blocks[end].text) <= 120:
        end += 1
    if key in TITLE_IS_KIND_LINE or at == 0:
        return blocks[:end], blocks[at], None, end
    return blocks[:end], blocks[at - 1], blocks[at], end


def _heading(block: Block, following: Block | None, lang: Language,
             repeated: frozenset[str]) -> tuple[int, str | None, Block | None] | None:
    """(level, num, heading text) when ``block`` is a heading line."""
    text = block.text.strip()
    if len(text) > 250 or text in repeated or _PAGE_HEADER.search(text) \
            or text.count(",") + text.count("،") >= 3:
        return None                  # a running header, or a list of names cut by a page
    if _DOT_LEADERS.search(text) or following is not None \
            and _DOT_LEADERS.search(following.text.strip()):
        return None                  # an entry of the contents, or its first line
    for level, regex in ((1, ROMAN_HEADING), (2, LETTER_HEADING), (3, DIGIT_HEADING)):
        match = regex.match(text)
        if not match:
            continue
        rest = match.group("text")
        if rest is not None:
            rest = _GLUED_NOTE.sub("", rest)     # "… in 2019.15": a note's number after the stop
            if re.search(r"://|^www\.", rest):
                return None                      # "3. https://…": an item of a list of links
            if _CONTENTS_LINE.search(rest):
                return None                      # a contents line ending with its page number
            if _ends_sentence(rest):
                return None if level == 3 else _heading_or_none(block, match, level, rest)
        if rest is None and level == 3 or rest is not None and "." not in text[:match.end("num") + 1]:
            return None          # "I have the honour …": a pronoun, not a numeral
        return level, _num(text, match), _rest(block, match)
    if _is_heading(block, following, lang, repeated) and _opens_text(following, lang) \
            and not re.search(r"\d", _without_superscripts(block)):
        return 4, None, block        # not a table's cell: text follows, no figures in it
    return None


def _without_superscripts(block: Block) -> str:
    """The text without its raised characters (a note number printed after a heading)."""
    raised = {i for span in block.superscripts for i in range(span.start, span.end)}
    return "".join(c for i, c in enumerate(block.text) if i not in raised)


def _opens_text(block: Block | None, lang: Language) -> bool:
    """What follows a heading: a paragraph of text, numbered or not, or a numbered part."""
    if block is None:
        return False
    text = block.text.strip()
    return len(text) >= 80 or bool(re.match(lang.op_number, text)) \
        or any(r.match(text) for r in (ROMAN_HEADING, LETTER_HEADING))


def _heading_or_none(block, match, level, rest):
    # "I. Introduction." is still a chapter; a lettered sentence ("A. Smith said …") not,
    # nor a sentence opening with the pronoun ("I should be grateful if …").
    if level == 1 and len(rest) <= 120 and block.text.strip()[match.end("num"):][:1] == ".":
        return level, _num(block.text.strip(), match), _rest(block, match)
    return None


def _num(text: str, match: re.Match) -> str:
    return text[:match.end("num") + 1].strip() if text[match.end("num"):][:1] == "." \
        else match.group("num")


def _rest(block: Block, match: re.Match) -> Block | None:
    if match.group("text") is None:
        return None
    lead = len(block.text) - len(block.text.lstrip())
    return cut(block, lead + match.start("text"))


def _contents(blocks: list[Block], lang: Language) -> tuple[int, int] | None:
    """(start, end) of the printed table of contents: its heading ("Contents"), then
    entries with dot leaders. Its entries are no parts of the document: read as parts,
    they would give the real parts' eIds to the contents ("sec_I" twice), and each
    language wraps them differently."""
    heading = re.compile(CONTENTS.get(lang.code, CONTENTS["eng"]), re.IGNORECASE)
    start = next((k for k, b in enumerate(blocks) if heading.match(b.text.strip())), None)
    if start is None:
        return None
    end = contents_end(blocks, start)
    return (start, end) if end > start + 1 else None


def contents_end(blocks: list[Block], start: int) -> int:
    """The index after the last entry (a line with leaders) of the contents whose heading
    is ``blocks[start]``; ``start + 1`` when no entry follows it."""
    last = start
    for k in range(start + 1, len(blocks)):
        if LEADERS.search(blocks[k].text):
            last = k
        elif k - last > _TOC_GAP:
            break
    return last + 1


def _items(blocks: list[Block], lang: Language, repeated: frozenset[str]) -> list:
    """Paragraphs and parts, nested by level."""
    op_re = re.compile(lang.op_number)
    top: list = []
    open_parts: list[Part] = []
    last = 0                      # the last paragraph number printed
    letter = None                 # the last lettered part's letter: "I." after "H." is one
    skip = set()                  # blocks already read as a chapter's heading
    contents = _contents(blocks, lang)
    for k, block in enumerate(blocks):
        if k in skip:
            continue
        if contents and k == contents[0]:
            # The table of contents: a part of its own, its lines kept as printed.
            open_parts.clear()
            top.append(Part(None, block, 1, [Para(None, b) for b in blocks[k + 1:contents[1]]],
                            name="contents"))
            skip.update(range(k + 1, contents[1]))
            continue
        if block.table is not None or block.figure:   # a table, an image: no heading
            (open_parts[-1].items if open_parts else top).append(Para(None, block))
            continue
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        chapter = re.match(lang.chapter_pattern, block.text.strip())
        if chapter and chapter.group("text") and not _ends_sentence(chapter.group("text")):
            lead = len(block.text) - len(block.text.lstrip())
            heading = (1, block.text.strip()[:chapter.start("text")].strip(),
                       cut(block, lead + chapter.start("text")))
        elif chapter and not chapter.group("text"):
            # "Chapter I" on its line, its title on the next.
            title = following if following is not None and _title_like(following) else None
            if title is not None:
                skip.add(k + 1)
            heading = (1, block.text.strip(), title)
        else:
            heading = _heading(block, following, lang, repeated)
        if heading is not None and heading[0] == 1 and letter is not None \
                and heading[1] == chr(ord(letter) + 1) + ".":
            heading = (2, *heading[1:])
        if heading is not None and heading[0] == 3 and heading[1].rstrip(".").isdigit() \
                and int(heading[1].rstrip(".")) == last + 1:
            heading = None        # the next paragraph, short and with no full stop
        if heading is not None:
            level, num, text = heading
            if level == 4 and open_parts and open_parts[-1].level >= 4:
                level = open_parts[-1].level          # a subheading after a subheading
            elif level == 4 and open_parts:
                level = max(4, open_parts[-1].level + 1)
            while open_parts and open_parts[-1].level >= level:
                open_parts.pop()
            part = Part(num, text, level,
                        eid_num=chapter.group("num") if chapter and level == 1 else None)
            if level == 2 and num:
                letter = num.rstrip(".")[-1:]
            elif level == 1:
                letter = None
            (open_parts[-1].items if open_parts else top).append(part)
            open_parts.append(part)
            continue
        match = op_re.match(block.text.lstrip())
        if match:
            lead = len(block.text) - len(block.text.lstrip())
            para = Para(block.text.lstrip()[:match.end()].strip(), cut(block, lead + match.end()))
            last = int(match.group("num")) if match.group("num").isdigit() else last
        else:
            para = Para(None, block)
        (open_parts[-1].items if open_parts else top).append(para)
    return top


def _annexes(blocks: list[Block], lang: Language, repeated: frozenset[str]) -> list[Annex]:
    annexes: list[Annex] = []
    starts = [k for k in range(len(blocks)) if _annex_start(blocks, k, lang)]
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        body = blocks[start + 1:end]
        lines = [blocks[start]]
        while len(body) > 1 and _title_like(body[0]) and len(lines) < 3:
            lines.append(body.pop(0))         # the annex's title lines
        annexes.append(Annex(lines, _items(body, lang, repeated)))
    return annexes

"""The printed outline of a report-like document, as plain data: the title lines, the
parts ("I. Introduction", "A. Security situation", "1. Political situation") with the
paragraphs under them, and the annexes."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...dates import is_full_date
from ...languages import Language
from ...model import Block
from .classify import _is_heading, _joined, _repeated_lines, annex_heading, cut
from .contents import LEADERS, is_heading as is_contents_heading, is_summary_heading, read_contents
from .kinds import title_kind

# "I. Introduction", "II.", "IV Conclusions": a chapter; "A. Security situation": a section.
ROMAN_HEADING = re.compile(r"^(?P<num>[IVXL]+)\.?(?:\s+(?P<text>\S.{0,200}))?$")
LETTER_HEADING = re.compile(r"^(?P<num>[A-Z])\.(?:\s+(?P<text>\S.{0,200}))?$")
# "1. Political situation": a numbered heading (no sentence: no final punctuation).
DIGIT_HEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<text>[^\W\d_].{0,120})$")
# The same set in bold, which may run longer.
_BOLD_LIMIT = 450
BOLD_ROMAN_HEADING = re.compile(r"^(?P<num>[IVXL]+)\.?(?:\s+(?P<text>\S.{0,400}))?$")
BOLD_DIGIT_HEADING = re.compile(r"^(?P<num>\d{1,2}(?:\.\d{1,2})*)\.?\s+(?P<text>[^\W\d_].{0,250})$")
_FINAL = ".;:,!?。；：，"
# A contents line ends with its page number (after dot leaders or a space); a heading
# ending with a note number glued to its last word ("bodies3") is no contents line.
_DOT_LEADERS = re.compile(r"(?:\.\s*){4,}\s*\d*$")
_GLUED_NOTE = re.compile(r"(?<=[.;:,])\d{1,3}$")
_CONTENTS_LINE = re.compile(r"(?:\.\s*){2,}\s*\d+$|\s\d{1,3}$")
# The label of a table's or figure's caption ("Figure I", "Table 2", "Map", "Table 1.
# Integrated resources plan"), per language: it and the title line under it name what
# follows, no part of the text.
CAPTIONS = {
    "eng": r"^(?:Figure|Table|Chart|Graph|Box|Map)(?:\s+[\dIVXL]+[A-Za-z]?)?(?:[.:]?$|[.:]\s)",
    "fra": r"^(?:Figure|Tableau|Graphique|Encadré|Carte)(?:\s+[\dIVXL]+[A-Za-z]?)?(?:[.:]?$|[.:]\s)",
    "spa": r"^(?:Figura|Gráfico|Cuadro|Recuadro|Mapa)(?:\s+[\dIVXL]+[A-Za-z]?)?(?:[.:]?$|[.:]\s)",
    "rus": r"^(?:Диаграмма|Рисунок|Таблица|Вставка|Карта)(?:\s+[\dIVXL]+)?(?:[.:]?$|[.:]\s)",
}
# A line of figures alone: a chart's values or axis, read as text ("300 282 282", "50").
_FIGURES = re.compile(r"^[\d\s.,%–-]+$")
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
    items: list = field(default_factory=list)     # a numbered list it leads into (lists.py)


@dataclass
class Part:
    num: str | None          # "I.", "A.", "1."; None for an unnumbered heading
    heading: Block | None
    level: int               # 1 chapter, 2 section, 3 numbered heading, 4+ unnumbered
    items: list = field(default_factory=list)     # Para and Part, in printed order
    eid_num: str | None = None                    # for the eId when num is "Chapter IV"
    name: str | None = None                       # the hcontainer's name when unnumbered


@dataclass
class Summary:
    """The summary box printed under the title: its heading ("Summary") and its text."""
    heading: Block
    blocks: list[Block]


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
    title_doubt: str | None = None       # why the title is in doubt (not read by a kind line)
    # The front matter after the title lines, before the first part (see _front): lines
    # (Block), the summary box (Summary), the table of contents (Contents), as printed.
    front: list = field(default_factory=list)


def _ends_sentence(text: str) -> bool:
    text = text.strip()
    return not text or text[-1] in _FINAL


def _title_like(block: Block, lang: Language | None = None) -> bool:
    """A title line: short, no sentence, no number or part numeral before it (nor one of
    the language's own: "أولا - مقدمة")."""
    text = block.text.strip()
    return (len(text) <= 300 and not _ends_sentence(text) and not _numbered(text)
            and not ROMAN_HEADING.match(text) and not LETTER_HEADING.match(text)
            and not (lang is not None and _language_part(text, lang, 2)))


def _language_part(text: str, lang: Language, deepest: int = 3):
    """The language's own part numbering of ``text`` (see Language.part_numbers), at
    ``deepest`` level or above."""
    found = lang.part_heading(text)
    return found if found is not None and found[0].level <= deepest else None


def neutral_num(num: str | None, lang: Language) -> str | None:
    """The number the other language versions print for a part number printed in the
    language's words ("ثانيا -" -> "II", "（二）" -> "B"), for the eId; None for any
    other number (the eId names it as printed)."""
    found = lang.part_heading(num.strip()) if num else None
    if found is None or not found[0].words:
        return None
    return found[0].neutral(found[1].group("word"))


def _numbered(text: str) -> bool:
    return bool(re.match(r"^\(?\d+[.)]\s", text))


def read_outline(blocks: list[Block], lang: Language, cover_subject: str | None = None) -> Outline:
    """``cover_subject``: the agenda item's title an old masthead prints in capitals (see
    :func:`old_layout_subject`), the title when page 1 prints no other subject."""
    annex_at = next((k for k in range(1, len(blocks)) if _annex_start(blocks, k, lang)
                     and not _listed_annex(blocks, k, lang)), len(blocks))
    head, tail = blocks[:annex_at], blocks[annex_at:]
    preface, title, kind_line, body_at = _preface(head, lang, cover_subject)
    repeated = _repeated_lines(blocks)
    front, front_end = _front(head[body_at:], lang, repeated)
    outline = Outline(preface, title, kind_line,
                      _items(head[body_at + front_end:], lang, repeated),
                      _annexes(tail, lang, repeated), front=front)
    if title is None:
        outline.title_doubt = "no title found on page 1"
    elif not any(title_kind(b.text, lang) for b in head[:_WINDOW]):
        outline.title_doubt = "page 1 prints no kind line: its first title line is taken"
    elif kind_line is not None and title_kind(kind_line.text, lang) == "document":
        outline.title_doubt = (f"the title is the line beside the kind line "
                               f"'{' '.join(kind_line.text.split())[:80]}', which names no subject")
    return outline


_FRONT_WINDOW = 80       # blocks after the title lines where the front matter is looked for
_FRONT_LINE = 600        # a line of the front matter is no longer: longer is the text itself
_SUMMARY_REACH = 30      # blocks a summary box may run over before the body starts
# The report's date printed alone, in brackets, over its contents ("[25 June 2025]").
_BRACKETED = re.compile(r"^\[[^\]]{3,60}\]$")


def _front(blocks: list[Block], lang: Language, repeated: frozenset[str]) -> tuple[list, int]:
    """(the front matter, the index where the body starts): what is printed between the
    title lines and the first part or numbered paragraph when it holds a summary box
    ("Summary" and its text) or a table of contents: the boxes and the lines around them
    (the country's name under the title, a note on symbols, the report's date). It ends
    with the last box; ([], 0) when there is none."""
    items: list = []
    k, end = 0, 0
    while k < min(len(blocks), _FRONT_WINDOW):
        block = blocks[k]
        if is_contents_heading(block, lang):
            toc, after = read_contents(blocks, k, lang)
            if not toc.entries:
                break
            items.append(toc)
            k = end = after
            continue
        if _body_starts(blocks, k, lang, repeated) or len(block.text) > _FRONT_LINE:
            break
        if is_summary_heading(block, lang):
            stop = _summary_end(blocks, k, lang, repeated)
            items.append(Summary(block, blocks[k + 1:stop]))
            k = end = stop
            continue
        if block.bold and _title_like(block) and items and isinstance(items[-1], Block) \
                and _running_text(items[-1]):
            break          # the title of a text passed on after a note's own text: its body
        items.append(block)
        k += 1
    boxes = [n for n, item in enumerate(items) if not isinstance(item, Block)]
    return (items[:boxes[-1] + 1], end) if boxes else ([], 0)


_RUNNING_TEXT = 100     # a sentence this long is the text itself, no line of the front


def _running_text(block: Block) -> bool:
    """A paragraph of text ("The Secretariat hereby transmits the report of …."), no
    title or date line."""
    text = block.text.strip()
    return len(text) >= _RUNNING_TEXT and text[-1:] in ".。"


def _body_starts(blocks: list[Block], k: int, lang: Language, repeated: frozenset[str]) -> bool:
    """The body starts at ``blocks[k]``: a numbered part ("I. Introduction", "Chapter I",
    "A. …"), paragraph 1, or an annex."""
    block = blocks[k]
    if block.table is not None or block.figure:
        return False
    text = block.text.strip()
    following = blocks[k + 1] if k + 1 < len(blocks) else None
    heading = _heading(block, following, lang, repeated)
    paragraph = lang.regexes.op_number.match(text)
    return bool(lang.regexes.chapter_pattern.match(text) or heading is not None and heading[0] <= 3
                or paragraph and paragraph.group("num") == "1" or _annex_start(blocks, k, lang))


def _summary_end(blocks: list[Block], start: int, lang: Language, repeated: frozenset[str]) -> int:
    """Where the summary box headed by ``blocks[start]`` ends: at the contents, the body,
    the report's date in brackets, or a heading printed on a later page; when none of
    them comes soon, with the box's page (the text after it is the document's)."""
    page = blocks[start].first_page
    for k in range(start + 1, min(len(blocks), start + 1 + _SUMMARY_REACH)):
        block = blocks[k]
        text = block.text.strip()
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        if is_contents_heading(block, lang) or _body_starts(blocks, k, lang, repeated) \
                or _BRACKETED.match(text) or block.first_page > page \
                and _heading(block, following, lang, repeated) is not None:
            return k
    k = start + 1
    while k < len(blocks) and blocks[k].first_page == page:
        k += 1
    return k


def _annex_start(blocks: list[Block], k: int, lang: Language) -> bool:
    """ "Annex II", "Annex to the letter dated …", "Enclosure" on a line of its own, or
    with the annex's title on its line ("Annex I Audit and advisory reports issued in
    2024", "Annex 1. Status of recommendations …"), not as an entry of the contents (whose
    title line ends with dot leaders and a page number)."""
    text = blocks[k].text.strip()
    if not (lang.regexes.annex_pattern.match(text) or lang.regexes.annex_to_pattern.match(text)
            or APPENDIX.get(lang.code, APPENDIX["eng"]).match(text)
            or _titled_annex(blocks[k], lang)):
        return False
    following = blocks[k + 1].text.strip() if k + 1 < len(blocks) else ""
    return not _DOT_LEADERS.search(following) and not LEADERS.search(text)


def _listed_annex(blocks: list[Block], k: int, lang: Language) -> bool:
    """An entry of the contents with no dot leaders: an annex heading with a number
    ("Annex 1. Analysis followed by …  6") printed before the text's first numbered
    paragraph and printed again further on, where the annex starts."""
    label = _annex_label(blocks[k], lang)
    if len(label.split()) < 2:
        return False                    # "Annex" alone may stand over each part's annex
    if any(lang.regexes.op_number.match(b.text.lstrip()) for b in blocks[:k]):
        return False
    return any(_annex_label(blocks[j], lang) == label and _annex_start(blocks, j, lang)
               for j in range(k + 1, len(blocks)))


def _annex_label(block: Block, lang: Language) -> str:
    """ "Annex 1", "Annex II": the heading without its title, final stop left out."""
    title_at = None if lang.regexes.annex_pattern.match(block.text.strip()) \
        or lang.regexes.annex_to_pattern.match(block.text.strip()) else _titled_annex(block, lang)
    return (block.text[:title_at] if title_at else block.text).strip().rstrip(".")


# "Appendix", "Appendix II" on a line of its own: an annex too. (These tables are
# compiled here once: every block of a document is tried against them.)
APPENDIX = {code: re.compile(pattern) for code, pattern in {
    "eng": r"^Appendix(?:\s+(?:[IVXL]+|[A-Z]|\d{1,2}))?$",
    "fra": r"^Appendice(?:\s+(?:[IVXL]+|[A-Z]|\d{1,2}))?$",
    "spa": r"^Apéndice(?:\s+(?:[IVXL]+|[A-Z]|\d{1,2}))?$",
    "rus": r"^Добавление(?:\s+(?:[IVXL]+|[А-Я]|\d{1,2}))?$"}.items()}
# "Annex 1." over or before its title: an annex numbered in figures.
_ANNEX_NUMBERED = {code: re.compile(pattern) for code, pattern in {
    "eng": r"^Annex\s+\d{1,2}\.?$", "fra": r"^Annexe\s+\d{1,2}\.?$",
    "spa": r"^Anexo\s+\d{1,2}\.?$", "rus": r"^Приложение\s+\d{1,2}\.?$"}.items()}


def _titled_annex(block: Block, lang: Language) -> int | None:
    """Where the title starts in an annex heading printed with its title on its line
    ("Annex I Audit and …", "Annex 1. Status of …"), or None. Set in bold: the same line
    in regular type is an entry of a list ("Annexes (available on the Executive Board
    website)" over "Annex I. Detailed tables and figures")."""
    if not block.bold:
        return None
    start = annex_heading(block, lang)
    if start:
        return start
    numbered = _ANNEX_NUMBERED.get(lang.code)
    words = block.text.split()
    if numbered is None or len(words) < 3 or block.text.rstrip()[-1:] in ".,:;" \
            or len(block.text) > 400 or not numbered.match(" ".join(words[:2])) \
            or not words[2][:1].isupper():
        return None
    return block.text.index(words[2], block.text.index(words[1]) + len(words[1]))


def _until(block: Block, end: int) -> Block:
    """``block``'s first ``end`` characters (trailing space left out), with the
    annotations among them."""
    end = len(block.text[:end].rstrip())
    keep = lambda items: [i for i in items if getattr(i, "end", getattr(i, "offset", 0)) <= end]
    return Block(block.text[:end], block.first_page, block.first_page, keep(block.anchors),
                 keep(block.links), keep(block.italics), keep(block.superscripts))


# A line naming the body the document comes from, printed over its title ("United
# Nations Population Fund", "ECONOMIC COMMISSION FOR EUROPE", "Executive Board of the
# World Food Programme"): no title of its own. Words every body name ends or starts with.
_BODY_START = r"(?:the\s+)?(?:united\s+nations|executive\s+board\s+of|economic(?:\s+and\s+social)?\s+commission\s+for)\b"
_BODY_END = r"\b(?:fund|programme|committee|commission|council|board|office|forum|agency|organization|convention\s+on\s+climate\s+change|development)$"
_SMALL_WORDS = {"of", "the", "for", "on", "and", "to", "in", "des", "de", "du", "la", "le", "et", "pour", "del", "y", "los", "las"}
# A title page that is no masthead: the cover of an Official Records volume ("Economic and
# Social Council / Official Records, 2025 / Supplement No. 17").
_OFFICIAL_RECORDS = re.compile(r"\bOfficial\s+Records\b|\bDocuments\s+officiels\b|\bDocumentos\s+Oficiales\b",
                               re.IGNORECASE)
# Lines that are never a title: a summary box's heading, a contents heading.
_NEVER_TITLE = re.compile(r"^(?:summary|contents|table\s+of\s+contents|résumé|resumen|"
                          r"table\s+des\s+matières|índice|резюме|содержание|موجز|المحتويات|摘要|目录)$",
                          re.IGNORECASE)
# A line under a kind line that names the document's authors, not its subject: a Joint
# Inspection Unit's cover names its inspectors ("Inspector Sukai Prom-Jackson",
# "Prepared by Inspectors …"), in each of the six languages.
_AUTHORS_LINE = re.compile(r"^(?:(?:prepared\s+by|établi\s+par|preparado\s+por|подготовлен[оа]?|"
                           r"inspect(?:or|ors|ora|oras|ores|eur|eurs|rice|rices)|инспектор(?:а|ы)?|"
                           r"المفتش(?:ة|ون|ين)?)\b|检查专员)", re.IGNORECASE)   # (no word break in Chinese)


def _date_line(block: Block, lang: Language) -> bool:
    """A line printing a date and nothing else: a full one ("15 December 2022") or a
    month and its year in the language's month names ("March 2023", "marzo de 2023"),
    the cover's date under its kind line."""
    text = " ".join(block.text.split())
    if is_full_date(text, lang):
        return True
    month, _, year = text.rpartition(" ")
    month = month.lower().removesuffix(" de")
    return year.isdigit() and len(year) == 4 and month in lang.months


# A kind line that names no subject of its own ("Report of the Secretary-General", "Note
# by the Secretariat", "Progress report"): the title is the subject printed by it.
_BARE_KIND_LINE = re.compile(
    r"^(?:[\w-]+\s+){0,2}(?:report|note|rapport|informe|nota|доклад|записка)"
    r"(?:\s+(?:of|by|du|de|del|de\s+la)\s+(?:the\s+|la\s+|le\s+|l[’']|el\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:secretary-general|secretariat|secrétaire\s+général|secrétariat|"
    r"secretario\s+general|secretaría|administrator|administrateur|administrador|"
    r"executive\s+director|director-general|high\s+commissioner|president|chair|co-chairs|"
    r"bureau|secretariat\s+of\s+[\w\s]+))?$", re.IGNORECASE)


# The session a body's block over the kind line ends with ("Executive Board / Annual
# session 2025", an old layout's "Conseil d'administration / Session de 1980", its year
# maybe misread by OCR): that block names who meets, not the subject.
_SESSION_END = re.compile(
    r"(?:\bsession|\bperíodo\s+de\s+sesiones)(?:\s+[\w-]+){0,2}?\s+(?:de\s+|of\s+)?(?=\S*\d)\S{4}$"
    r"|\b(?:19|20)\d\d\s+(?:[\w-]+\s+)?session$|\bсессия\s+(?=\S*\d)\S{4}\s+года$", re.IGNORECASE)


def _session_heading(block: Block) -> bool:
    """A short block ending with a session of a given year: a body's name, its organ and
    its session, printed over the kind line (not the masthead's, on an old page)."""
    text = " ".join(block.text.split())
    return len(text.split()) <= 14 and bool(_SESSION_END.search(text))


def _body_line(block: Block) -> bool:
    """A short line naming a body (in capitals or with capital initials), no title."""
    text = " ".join(block.text.split())
    words = text.split()
    if not 1 < len(words) <= 10 or any(c in text for c in ".;:"):
        return False
    named = all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in _SMALL_WORDS for w in words)
    return named and bool(re.match(_BODY_START, text, re.IGNORECASE)
                          or re.search(_BODY_END, text, re.IGNORECASE))


def _joined_title(blocks: list[Block]) -> Block:
    """Title lines printed one under the other ("INFORMATION FROM … TRANSMITTED" over
    "UNDER ARTICLE 73 e …"), as one block."""
    from .classify import _joined
    title = blocks[0]
    for block in blocks[1:]:
        title = _joined(title, block)
    return title


def old_layout_subject(lines: list[tuple[str, str]]) -> str | None:
    """The first agenda item's title when the masthead prints it in capitals under
    "Agenda item 90" (the layout of the 1990s, whose only subject line it is: "QUESTION
    OF EAST TIMOR" over "Progress report of the Secretary-General"); a title printed in
    small letters under the item's number is the item's, not the document's subject."""
    title: list[str] = []
    after_item = False
    for kind, text in lines:
        text = " ".join(text.split())
        if kind == "agendaItem" or kind == "other" and _ITEM_OF_AGENDA.match(text):
            after_item = True
        elif after_item and kind in ("agendaItemTitle", "other") and capitals(text):
            title.append(text)
            if kind == "agendaItemTitle":
                break           # the masthead joined its lines; a second item's is apart
        elif title or after_item:
            break
    return " ".join(title) or None


def _preface(blocks: list[Block], lang: Language, cover_subject: str | None = None):
    """(preface blocks, title, kind line, index of the first body block).

    The title is the subject printed on page 1: the title lines right before the kind
    line ("Situation of human rights in Myanmar" / "Report of the Secretary-General"),
    or the kind line itself when it names its subject ("Report on the structured funding
    dialogue") or is the only heading; a body's name over it ("United Nations Population
    Fund") is no title, nor is "Summary" or "Contents"; an Official Records cover prints
    its body over its report line, and both are the title."""
    named = [(k, key) for k, b in enumerate(blocks[:_WINDOW]) for key in [title_kind(b.text, lang)] if key]
    found = named[0] if named else None
    if found and found[1] == "report":
        # "Report of the international workshop …" over "Note by the secretariat": the
        # note's kind line (as kinds.py decides), the report's line its subject.
        found = next(((k, key) for k, key in named if key != "report" and k <= found[0] + 3), found)
    if found is None:
        # No kind line: the leading title lines, if any.
        end = 0
        while end < min(len(blocks) - 1, 4) and _title_like(blocks[end], lang):
            end += 1
        lines = [b for b in blocks[:end] if not _NEVER_TITLE.match(b.text.strip())]
        subjects = [b for b in lines if not _body_line(b)] or lines
        return blocks[:end], (subjects[0] if subjects else None), None, end
    at, key = found
    end = at + 1
    # Lines that go on with the title ("Addendum" stays in the body, before its text).
    while end < len(blocks) - 1 and _title_like(blocks[end], lang) \
            and len(blocks[end].text.split()) > 1 and len(blocks[end].text) <= 120:
        end += 1
    kind_line = blocks[at]
    # A kind line that goes on, on a line of its own ("(Fourth Committee)"): one line.
    goes_on = [b for b in blocks[at + 1:end] if b.text.lstrip().startswith("(")][:1]
    if goes_on and goes_on[0] is blocks[at + 1]:
        kind_line = _joined_title([blocks[at], blocks[at + 1]])
    if key in TITLE_IS_KIND_LINE:
        return blocks[:end], blocks[at], None, end
    # (by identity: blocks are dataclasses, equal when their fields are)
    before = {id(b) for b in blocks[:at] if _title_like(b) and not _NEVER_TITLE.match(b.text.strip())
              and not _session_heading(b)}
    # The title lines right before the kind line (not an agenda item's own title).
    subject: list[Block] = []
    item_subject: list[Block] = []      # an old layout's item title in capitals (see below)
    for k in range(at - 1, -1, -1):
        block = blocks[k]
        if id(block) not in before or _agenda_line(block, lang):
            break
        if k > 0 and _agenda_line(blocks[k - 1], lang, bare=True):
            # The agenda item's own title, under "Item 6 of the … agenda": no title, unless
            # it is set in capitals as an old layout's only subject line.
            if capitals(block.text) and all(capitals(b.text) for b in subject):
                item_subject = [block] + subject
            break
        subject.insert(0, block)
    # A body's name over a kind line that names its own subject is no title ("United
    # Nations Population Fund" / "Report on the structured funding dialogue"); over a bare
    # one ("Report of the Secretary-General") it is the subject ("United Nations
    # Disengagement Observer Force").
    trailing = subject[len(subject) - next((n for n, b in enumerate(reversed(subject)) if _body_line(b)),
                                           len(subject)):]
    # (A generic document's kind line, "Submission from …", "Management response to the
    # evaluation report", names no subject either.)
    bare = bool(_BARE_KIND_LINE.match(" ".join(kind_line.text.split()))) or key == "document"
    after = [b for b in blocks[at + 1:end] if not _NEVER_TITLE.match(b.text.strip())
             and not b.text.lstrip().startswith("(") and not _date_line(b, lang)
             and not _AUTHORS_LINE.match(b.text.strip())]
    covers = any(_OFFICIAL_RECORDS.search(b.text) for b in blocks[:_WINDOW])
    if covers and subject and not bare:
        # An Official Records cover: the body's name and the report line.
        title = _joined_title([subject[-1], kind_line])
    elif trailing or (bare and subject):
        lines = trailing or subject[-1:]
        title = _joined_title(lines) if len(lines) > 1 and all(capitals(b.text) for b in lines) \
            else lines[-1]
    elif bare and after:
        # The subject printed under a kind line that names none ("Meeting report" over
        # "United Nations leadership forum on climate change", set on three lines).
        title = _joined_title(after)
    elif item_subject and not after:
        title = _joined_title(item_subject)
    elif cover_subject and not subject:
        # The old layout's subject, read in the masthead: the title, though no block.
        title = Block(cover_subject, kind_line.first_page, kind_line.first_page)
    else:
        return blocks[:end], kind_line, None, end
    return blocks[:end], title, blocks[at], end


_ITEM_OF_AGENDA = re.compile(r"^(?:agenda\s+)?items?\s+\d+(?:\s*\([a-z]\))?(?:\s+of\s+the\s+(?:provisional\s+)?agenda\b|\*?$)",
                             re.IGNORECASE)


def _agenda_line(block: Block, lang: Language, bare: bool = False) -> bool:
    """ "Item 6 (b) of the provisional agenda", "Agenda item 15" (the next line is the
    item's title), or with ``bare`` False also that line with the item's title after it."""
    text = " ".join(block.text.split())
    match = _ITEM_OF_AGENDA.match(text)
    if match and (not bare or match.end() >= len(text.rstrip("*")) - 1):
        return True
    return bool(lang.regexes.agenda_pattern.match(text))


def capitals(text: str) -> bool:
    """Set in capitals (nine letters in ten at least: "ARTICLE 73 e", "UNCTAD’s")."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _heading(block: Block, following: Block | None, lang: Language,
             repeated: frozenset[str]) -> tuple[int, str | None, Block | None] | None:
    """(level, num, heading text) when ``block`` is a heading line."""
    text = block.text.strip()
    if text.count("[") != text.count("]"):
        return None                  # the end of a bracketed line: "… Russian and Spanish]"
    if len(text) > (_BOLD_LIMIT if block.bold else 250) or text in repeated \
            or _PAGE_HEADER.search(text) or not block.bold and text.count(",") + text.count("،") >= 3:
        return None                  # a running header, or a list of names cut by a page
    if _DOT_LEADERS.search(text) or following is not None \
            and _DOT_LEADERS.search(following.text.strip()):
        return None                  # an entry of the contents, or its first line
    own = _language_part(text, lang)
    if own is not None:
        # "أولا - مقدمة", "（一）背景": the number as printed (its dash, its brackets),
        # the heading after it; a sentence after such a number is a paragraph.
        level, match = own[0].level, own[1]
        rest = match.group("text")
        if rest is not None:
            rest = _GLUED_NOTE.sub("", rest)
            if _ends_sentence(rest) or _CONTENTS_LINE.search(rest) or re.search(r"://|^www\.", rest):
                return None
        elif level == 3:
            return None
        return level, match.group("num").strip(), _rest(block, match)
    # A heading set in bold may run longer ("III. High-level policy segment: “Advancing
    # sustainable, inclusive, …”" over three lines).
    numbered = ((1, BOLD_ROMAN_HEADING), (2, LETTER_HEADING), (3, BOLD_DIGIT_HEADING)) if block.bold \
        else ((1, ROMAN_HEADING), (2, LETTER_HEADING), (3, DIGIT_HEADING))
    for level, regex in numbered:
        match = regex.match(text)
        if not match:
            continue
        if block.bold and len(text) > 120 and following is not None \
                and following.text.lstrip()[:1].islower():
            return None          # a bold paragraph broken by the page, its sentence going on
        rest = match.group("text")
        if rest is not None:
            rest = _GLUED_NOTE.sub("", rest)     # "… in 2019.15": a note's number after the stop
            if re.search(r"://|^www\.", rest):
                return None                      # "3. https://…": an item of a list of links
            if _CONTENTS_LINE.search(rest) and not block.bold:
                return None                      # a contents line ending with its page number
                                                 # (a bold one ends with a figure: "… Goal 8")
            if _ends_sentence(rest):
                return None if level == 3 else _heading_or_none(block, match, level, rest)
        if rest is None and level == 3 or rest is not None and "." not in text[:match.end("num") + 1]:
            return None          # "I have the honour …": a pronoun, not a numeral
        return level, _num(text, match), _rest(block, match)
    if _caption(following):
        return None                  # the title of the table or figure under it
    if _is_heading(block, following, lang, repeated) and _opens_text(following, lang) \
            and not re.search(r"\d", _without_superscripts(block)):
        return 4, None, block        # not a table's cell: text follows, no figures in it
    if _bold_heading(block, following, lang, repeated):
        return 4, None, block
    return None


def _leads_in(block: Block) -> bool:
    """A label of a few words ending with a colon ("Vice-Presidents:", "Rapporteur:"): the
    line under it is its value (a name), no heading over the text. (Under a sentence that
    ends with a colon, "… made the following oral revisions to the draft resolutions:", a
    heading may stand: "Draft resolution A".)"""
    text = block.text.strip()
    return block.table is None and text.endswith((":", "：")) and len(text) <= 40 \
        and len(text.split()) <= 4


def _caption(following: Block | None) -> bool:
    """A line right over a table or an image is its caption, no heading."""
    return following is not None and (following.table is not None or following.figure is not None)


def _set_apart(block: Block) -> bool:
    """Set in bold, or in italics throughout: a heading's type."""
    if block.bold:
        return True
    text = block.text.strip()
    covered = sum(span.end - span.start for span in block.italics)
    return bool(text) and covered >= len(text) - 2 and any(span.start == 0 for span in block.italics)


def _bold_heading(block: Block, following: Block | None, lang: Language,
                  repeated: frozenset[str]) -> bool:
    """An unnumbered heading the type says is one: a line set in bold (or in italics
    throughout) on its own, no sentence ("Goal 3 Building health systems for the future …",
    "2030 and beyond", a transmitted report's title), over text, another heading, a
    bracketed line ("[Original: Arabic]", "(Agenda item 2)") or a list's lead-in, not over
    a chart's figures or a table's column heads."""
    text = block.text.strip()
    if not _set_apart(block) or not text or len(text) > _BOLD_LIMIT or _ends_sentence(text) \
            or not (text[0].isalnum() and not text[0].islower() or _point(text, lang)) \
            or text in repeated:
        return False
    if following is None or following.text.lstrip()[:1].islower():
        return False
    after = following.text.strip()
    words = re.findall(r"[^\W\d_]{2,}", after)
    # (over a short line that leads into a list, "Thailand should:", too)
    if not (_set_apart(following) or after.startswith(("[", "(")) or lang.regexes.op_number.match(after)
            or len(after) >= 60 and len(words) >= 8 or _NEVER_TITLE.match(after)
            or after.endswith((":", "：")) and len(words) >= 2):
        return False
    if lang.formula_organ(after) or lang.regexes.body_formula.match(after) \
            or after.endswith((":", "：")) and lang.formula_organ(after[:-1].rstrip() + ","):
        return False              # a resolution's title over its "The General Assembly,"
                                  # (a decision's over "The Economic and Social Council:")
    # ("(i) Enhanced resident coordinator leadership" in italics: a heading numbered as a
    # point, kept whole as its heading)
    return not (lang.regexes.annex_pattern.match(text) or lang.regexes.meeting_pattern.match(text)
                or _point(text, lang) and len(text) > 150 or lang.formula_organ(text))


def _point(text: str, lang: Language) -> bool:
    """Numbered as a point: "(a)", "(ii)"."""
    return bool(lang.regexes.point_number.match(text) or lang.regexes.subpoint_number.match(text))


def _without_superscripts(block: Block) -> str:
    """The text without its raised characters (a note number printed after a heading)."""
    raised = {i for span in block.superscripts for i in range(span.start, span.end)}
    return "".join(c for i, c in enumerate(block.text) if i not in raised)


def _opens_text(block: Block | None, lang: Language) -> bool:
    """What follows a heading: a paragraph of text, numbered or not, or a numbered part."""
    if block is None:
        return False
    text = block.text.strip()
    return len(text) >= 80 or bool(lang.regexes.op_number.match(text)) \
        or any(r.match(text) for r in (ROMAN_HEADING, LETTER_HEADING)) \
        or _language_part(text, lang, 2) is not None


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


def _items(blocks: list[Block], lang: Language, repeated: frozenset[str]) -> list:
    """Paragraphs and parts, nested by level."""
    op_re = re.compile(lang.op_number)
    top: list = []
    open_parts: list[Part] = []
    last = 0                      # the last paragraph number printed
    letter = None                 # the last lettered part's letter: "I." after "H." is one
    skip = set()                  # blocks already read as a chapter's heading
    # A line in a heading's type printed on half the pages or more is a running header;
    # printed a few times, a heading ("Introduction", "Conclusion" in each country's part).
    pages: dict[str, set[int]] = {}
    for b in blocks:
        if len(b.text) <= 150:
            pages.setdefault(b.text.strip(), set()).add(b.first_page)
    spanned = len({b.first_page for b in blocks})
    often = frozenset(t for t, seen in pages.items() if len(seen) >= max(3, spanned / 2))
    label = re.compile(CAPTIONS.get(lang.code, CAPTIONS["eng"]))
    captions = {j for k, b in enumerate(blocks) if label.match(b.text.strip()) for j in (k, k + 1)}
    beside = _side_by_side(blocks)
    listed = _name_lists(blocks, op_re)
    numbering = _Numbering()
    for k, block in enumerate(blocks):
        if k in skip:
            continue
        if is_contents_heading(block, lang):
            # A table of contents (an annex's, or one printed after the text began): read
            # as entries, not as the document's parts, where it stands.
            toc, end = read_contents(blocks, k, lang)
            if toc.entries:
                open_parts.clear()
                top.append(toc)
                skip.update(range(k + 1, end))
                continue
        if block.table is not None or block.figure:   # a table, an image: no heading
            (open_parts[-1].items if open_parts else top).append(Para(None, block))
            continue
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        chapter = lang.regexes.chapter_pattern.match(block.text.strip())
        if chapter and chapter.group("text") and not _ends_sentence(chapter.group("text")):
            lead = len(block.text) - len(block.text.lstrip())
            heading = (1, block.text.strip()[:chapter.start("text")].strip(),
                       cut(block, lead + chapter.start("text")))
        elif chapter and not chapter.group("text"):
            # "Chapter I" on its line, its title on the next.
            title = following if following is not None and _title_like(following, lang) else None
            if title is not None:
                skip.add(k + 1)
            heading = (1, block.text.strip(), title)
        elif k in listed:
            heading = None        # "1. Aalem for Orphan …": a list's entry, no heading
        else:
            # (a bold line printed twice is a heading printed twice, over the body's part
            # and the annex's, or over a note and the report it transmits; a running
            # header repeats on each page)
            heading = _heading(block, following, lang, often if _set_apart(block) else repeated)
            if heading is not None and heading[0] == 4 and (
                    k in captions or k in beside
                    or any(_FIGURES.match(b.text) for b in blocks[max(0, k - 4):k])
                    or k == 0 and following is not None and _NEVER_TITLE.match(following.text.strip())
                    or k > 0 and not _set_apart(block) and _leads_in(blocks[k - 1])):
                # "Figure I" and its title over a chart, a chart's legend; the title's last
                # line (a country's name) over the contents that open the body; a label's
                # value ("Vice-Presidents:" over the names)
                heading = None
        if heading is not None and heading[0] == 1 and letter is not None \
                and heading[1] == chr(ord(letter) + 1) + ".":
            heading = (2, *heading[1:])
        if heading is not None and heading[0] == 3 and _number(heading[1]) == last + 1 and not (
                    block.bold and following is not None and not following.text.lstrip()[:1].islower()):
            # the next paragraph, short and with no full stop (in bold, a heading, unless
            # its sentence goes on in the next block: a bold lead-in)
            heading = None
        if heading is not None and heading[0] < 4 and heading[2] is not None \
                and _goes_on_below(heading[2], following):
            # "III. RECOMMENDATION OF THE SPECIAL POLITICAL AND" over "DECOLONIZATION
            # COMMITTEE (FOURTH COMMITTEE)": one heading over two lines.
            heading = (heading[0], heading[1], _joined(heading[2], following))
            skip.add(k + 1)
        if heading is not None:
            level, num, text = heading
            neutral = neutral_num(num, lang)
            if level == 4 and open_parts and open_parts[-1].level >= 4:
                level = open_parts[-1].level          # a subheading after a subheading
            elif level == 4 and open_parts:
                level = max(4, open_parts[-1].level + 1)
            while open_parts and open_parts[-1].level >= level:
                open_parts.pop()
            part = Part(num, text, level,
                        eid_num=chapter.group("num") if chapter and level == 1 else neutral)
            if level == 2 and num:
                letter = num.rstrip(".")[-1:]
            elif level == 1:
                letter = None
            (open_parts[-1].items if open_parts else top).append(part)
            open_parts.append(part)
            continue
        match = op_re.match(block.text.lstrip()) or _decimal_paragraph(block)
        if match and _a_year(match.group("num"), last):
            match = None          # "2027. …": a date's year opening a line, no number
        if match and match.group("num").isdigit() and numbering.back(int(match.group("num"))):
            match = None          # "9." after paragraph 61: a table's numbered row, no paragraph
        if match:
            lead = len(block.text) - len(block.text.lstrip())
            para = Para(block.text.lstrip()[:match.end()].strip(), cut(block, lead + match.end()))
            number = _number(match.group("num"))
            if number is not None:
                last = number
                numbering.take(number)
        else:
            para = Para(None, block)
        (open_parts[-1].items if open_parts else top).append(para)
    return top


# An entry of a list that is a title or a name, no sentence: short, no second sentence.
_ENTRY_LIMIT = 150
_SECOND_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
_NAME_LIST_LEAST = 3


def names_only(texts: list[str]) -> bool:
    """Whether numbered entries (their text after the number) are names or titles, not a
    text's paragraphs: each short, with no second sentence, and nearly none opening with
    a small letter or ending with a full stop or a semicolon ("Aalem for Orphan and
    Vulnerable Children, Inc.*", "Acronym Institute for Disarmament Diplomacy*"): a list
    that may be printed with no lead-in, under a heading ("Annex I") or none."""
    if len(texts) < _NAME_LIST_LEAST or \
            not all(t and len(t) <= _ENTRY_LIMIT and not _SECOND_SENTENCE.search(t) for t in texts):
        return False
    # (a name may open with a small letter or a figure, "beHuman", "80,000 Voices", or
    # end with an abbreviation's stop, "Inc.": a few such entries)
    like_sentences = sum(t[:1].islower() or t.rstrip("*").endswith((".", ";", ",")) for t in texts)
    return like_sentences <= 0.2 * len(texts)


def _name_lists(blocks: list[Block], op_re: re.Pattern) -> set[int]:
    """The blocks that are the entries of a numbered list of names (see names_only):
    blocks in a row, numbered 1, 2, 3 … in plain type. Short and with no full stop, each
    would read as a numbered heading."""
    out: set[int] = set()
    k = 0
    while k < len(blocks):
        run, texts = [], []
        for j in range(k, len(blocks)):
            match = op_re.match(blocks[j].text.lstrip())
            if match is None or _number(match.group("num")) != len(run) + 1 or _set_apart(blocks[j]) \
                    or blocks[j].table is not None:
                break
            run.append(j)
            texts.append(blocks[j].text.lstrip()[match.end():].strip())
        if names_only(texts):
            out.update(run)
        k = run[-1] + 1 if run else k + 1
    return out


class _Numbering:
    """The paragraph numbers printed so far, to tell a number that goes back from one
    that goes on. A text may start its own numbering at 1 (a draft printed in a report)
    and the report's go on after it (11, then the draft's 1 to 13, then 12); a number
    that goes back without starting at 1 ("9." to "27." after paragraph 61: the rows of
    a table printed on a new page without its grid) goes on with no numbering."""

    def __init__(self) -> None:
        self.prev: int | None = None
        self.highest = 0
        self.resumes: set[int] = set()     # where an interrupted numbering would go on

    def back(self, n: int) -> bool:
        return self.prev is not None and n != 1 and n <= self.highest \
            and n != self.prev + 1 and n not in self.resumes

    def take(self, n: int) -> None:
        if n == 1 and self.prev is not None:
            self.resumes.add(self.prev + 1)
        self.prev, self.highest = n, max(self.highest, n)


def _side_by_side(blocks: list[Block]) -> set[int]:
    """The blocks printed on one line with the block before or after them (the column
    heads of a table the layout did not read as one: "Audit engagement title" beside
    "Action owner and …"): cells, no line of their own, so no heading (PDF input, whose
    blocks know their boxes)."""
    out = set()
    for k in range(len(blocks) - 1):
        a, b = blocks[k].boxes, blocks[k + 1].boxes
        if len(a) != 1 or len(b) != 1 or a[0][0] != b[0][0]:
            continue
        (_, ax0, ay0, ax1, ay1), (_, bx0, by0, bx1, by1) = a[0], b[0]
        overlap = min(ay1, by1) - max(ay0, by0)
        if overlap > 0.5 * min(ay1 - ay0, by1 - by0) and (ax1 < bx0 or bx1 < ax0):
            out.update((k, k + 1))
    return out


# A paragraph numbered by its section ("1.1. The Russian Federation …", "3.12 The workshop
# …"): the number, then a sentence.
_DECIMAL = re.compile(r"(?P<num>\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=[^\W\d_])")


def _decimal_paragraph(block: Block) -> re.Match | None:
    text = block.text.lstrip()
    match = _DECIMAL.match(text)
    return match if match and (_ends_sentence(text) or len(text) > 200) else None


# Small words a heading's line does not end with unless it goes on on the next line.
_GOES_ON = {"of", "the", "and", "for", "on", "to", "in", "with", "by", "de", "du", "des",
            "et", "la", "le", "les", "y", "del", "los", "las", "и", "в"}


def _capitals(text: str) -> bool:
    """Set in capitals (at least three letters, nine in ten of them capitals)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and sum(c.isupper() for c in letters) >= 0.9 * len(letters)


def _goes_on_below(heading: Block, following: Block | None) -> bool:
    """A numbered heading's line cut after a small word ("… POLITICAL AND"), the rest of
    it on the next line, a title line in the same case ("DECOLONIZATION COMMITTEE …")."""
    words = heading.text.split()
    if following is None or not words or words[-1].lower() not in _GOES_ON:
        return False
    text = following.text.strip()
    if not _title_like(following) or len(text) > 200 or ROMAN_HEADING.match(text) \
            or LETTER_HEADING.match(text):
        return False
    return _capitals(text) == _capitals(heading.text) and following.bold == heading.bold


def _a_year(num: str, last: int) -> bool:
    """A year where a paragraph number would be: four figures (1900-2099) after
    paragraphs numbered far below them."""
    return len(num) == 4 and num.isdigit() and 1900 <= int(num) <= 2099 and last < 1000


def _in_sequence(starts: list[int], blocks: list[Block], lang: Language) -> list[int]:
    """The annex headings that go on with the annexes' numbering: an "Annex I" after
    "Annex III" is printed inside the annex before it (the annex of a decision that
    annex holds) and stays in its text."""
    kept: list[int] = []
    last: dict[str, int] = {}          # per word ("Annex", "Appendix"): the last number
    letters = False
    for k in starts:
        label = _annex_label(blocks[k], lang)
        word = (label.split() or [""])[0].lower()
        number = _annex_number(label, letters)
        letters = letters or bool(re.fullmatch(r"\S+\s+[A-HJ-UWYZ]", label))
        if number is not None and last.get(word) and number <= last[word]:
            continue
        kept.append(k)
        if number is not None:
            last[word] = number
    return kept


def _annex_number(label: str, letters: bool = False) -> int | None:
    """ "Annex IV" -> 4, "Annex 2" -> 2, "Annex B" -> 2 ("Annex I" -> 9 among lettered
    annexes); None for "Annex" alone or "Annex to the letter …"."""
    words = label.split()
    if len(words) != 2:
        return None
    mark = words[1].rstrip(".")
    if mark.isdigit():
        return int(mark)
    if re.fullmatch(r"[IVXL]+", mark) and not (letters and len(mark) == 1):
        values = {"I": 1, "V": 5, "X": 10, "L": 50}
        total = 0
        for a, b in zip(mark, mark[1:] + " "):
            total += -values[a] if b != " " and values[a] < values[b] else values[a]
        return total
    if re.fullmatch(r"[A-Z]", mark):
        return ord(mark) - ord("A") + 1
    return None


def _number(num: str | None) -> int | None:
    """The value of a number printed in digits of any script, with its stop or dash
    ("12.", "١٢ -", "１２．"); None for any other."""
    match = re.fullmatch(r"(\d+)\s*[.．\-–—]?", (num or "").strip())
    return int(match.group(1)) if match else None


def _annexes(blocks: list[Block], lang: Language, repeated: frozenset[str]) -> list[Annex]:
    annexes: list[Annex] = []
    starts = _in_sequence([k for k in range(len(blocks)) if _annex_start(blocks, k, lang)],
                          blocks, lang)
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        body = blocks[start + 1:end]
        heading = blocks[start]
        title_at = None if lang.regexes.annex_pattern.match(heading.text.strip()) \
            or lang.regexes.annex_to_pattern.match(heading.text.strip()) else _titled_annex(heading, lang)
        # A heading printed with its title on its line: the heading, then the title.
        lines = [_until(heading, title_at), cut(heading, title_at)] if title_at else [heading]
        while len(body) > 1 and _title_like(body[0], lang) and len(lines) < 3:
            lines.append(body.pop(0))         # the annex's title lines
        annexes.append(Annex(lines, _items(body, lang, repeated)))
    return annexes

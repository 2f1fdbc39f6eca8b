"""The text a resolution prints in an annex, as plain data: its title lines, a
convention's preamble ("The States Parties …," … "Have agreed as follows:"), its parts
(chapters, articles, rules, "I." sections, "A." subsections, unnumbered headings) with the
numbered paragraphs and lettered points under them, and the annexes it has itself (a
convention's interpretative notes).

Takes an annex's blocks and the language tables; gives an :class:`AnnexedText` the
statement family writes (``annexed_writer.py``). A declaration, an outcome document or a
programme of action is read the same way as a convention: only the kinds of heading differ.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from ...languages import Language
from ...model import Block
from .classify import _is_roman, _joined, _strip
from .blocks import _is_heading, annex_heading
from .outline import LETTER_HEADING, ROMAN_HEADING, _heading, _opens_text, neutral_num
from .roles import Point, cut

# Headings of a treaty-like text, per language (ISO 639-2), ``{num}`` where the number
# stands: "Article 12 Jurisdiction", "Rule 3 Submission of credentials", "Part Two",
# "Section 2", "المادة 12", "الفصل الأول", "第十二条", "第一章". The plural ("Articles 23 and
# 35, …") is no article: a heading of its own.
_FORMS = {
    "eng": {"part": r"Part\s+{num}", "chapter": r"Chapter\s+{num}",
            "section": r"Section\s+{num}", "article": r"(?:Article|Rule)\s+{num}"},  # one {num} a form
    "fra": {"part": r"(?:Partie|Titre)\s+{num}", "chapter": r"Chapitre\s+{num}",
            "section": r"Section\s+{num}", "article": r"(?:Article|Règle)\s+{num}"},
    "spa": {"part": r"Parte\s+{num}", "chapter": r"Capítulo\s+{num}",
            "section": r"Sección\s+{num}", "article": r"(?:Artículo|Regla)\s+{num}"},
    "rus": {"part": r"Часть\s+{num}", "chapter": r"Глава\s+{num}",
            "section": r"Раздел\s+{num}", "article": r"(?:Статья|Правило)\s+{num}"},
    "ara": {"part": r"(?:الجزء|الباب)\s+{num}", "chapter": r"الفصل\s+{num}",
            "section": r"الفرع\s+{num}", "article": r"(?:المادة|القاعدة)\s+{num}"},
    "zho": {"part": r"第{num}(?:部分|编)", "chapter": r"第{num}章", "section": r"第{num}节",
            "article": r"第{num}条"},
}
_NUMBER = (r"(?P<num>\d{1,3}(?:\s*(?:bis|ter|quater))?|[IVXL]+|One|Two|Three|Four|Five|Six|"
           r"Seven|Eight|Nine|Ten|[٠-٩]{1,3}|[۰-۹]{1,3}|[〇零一二三四五六七八九十百两]{1,6}|"
           r"(?:ال)?(?:أول|أولى|ثاني|ثانية|ثالث|ثالثة|رابع|رابعة|خامس|خامسة|سادس|سادسة|"
           r"سابع|سابعة|ثامن|ثامنة|تاسع|تاسعة|عاشر|عاشرة))")
_CHINESE_DIGITS = {"〇": 0, "零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
                   "六": 6, "七": 7, "八": 8, "九": 9}
_ARABIC_ORDINALS = {"أول": 1, "أولى": 1, "ثاني": 2, "ثانية": 2, "ثالث": 3, "ثالثة": 3,
                    "رابع": 4, "رابعة": 4, "خامس": 5, "خامسة": 5, "سادس": 6, "سادسة": 6,
                    "سابع": 7, "سابعة": 7, "ثامن": 8, "ثامنة": 8, "تاسع": 9, "تاسعة": 9,
                    "عاشر": 10, "عاشرة": 10}


# Scripts without capitals, where a heading's title line is told by its place alone.
_CASELESS = ("ara", "zho")


def _caseless_title(block: Block, treaty: dict[str, re.Pattern]) -> bool:
    """A treaty heading's title line: short, no sentence, no number, no heading itself."""
    text = block.text.strip()
    return 0 < len(text) <= 80 and text[-1] not in ".:;,。：；，،؛" \
        and not re.match(r"^\(?[\d٠-٩۰-۹]+[.)]", text) \
        and not any(r.match(text) for r in treaty.values())


def number_value(num: str) -> str:
    """A heading's number as its eId gives it: digits of any script as Western digits,
    Chinese numerals ("十二" → 12) and Arabic ordinals ("الأول" → 1) as numbers; Roman
    numerals, "bis" and English words as printed (without spaces)."""
    num = num.replace(" ", "")
    if num.isdigit():                      # also Arabic-Indic and full-width digits
        return str(int(num))
    if num and all(c in _CHINESE_DIGITS or c in "十百" for c in num):
        total, digit = 0, 0
        for c in num:
            if c in _CHINESE_DIGITS:
                digit = _CHINESE_DIGITS[c]
            else:
                total += (digit or 1) * (10 if c == "十" else 100)
                digit = 0
        return str(total + digit)
    word = num[2:] if num.startswith("ال") else num
    return str(_ARABIC_ORDINALS[word]) if word in _ARABIC_ORDINALS else num


# Rank of each treaty heading: a part holds chapters, a chapter sections, a section articles.
TREATY = ("part", "chapter", "section", "article")
# "Have agreed as follows:": the end of a treaty's preamble.
_AGREED = {
    "eng": r"\bas\s+follows\s*:$",
    "fra": r"\bce\s+qui\s+suit\s*:$",
    "spa": r"\blo\s+siguiente\s*:$",
    "rus": r"\bнижеследующем\s*:$",
    "ara": r"\bعلى\s+ما\s+يلي\s*[:：]$",
    "zho": r"议定如下\s*[:：]$",
}
_PREAMBLE = {"eng": r"^Preamble$", "fra": r"^Préambule$", "spa": r"^Preámbulo$",
             "rus": r"^Преамбула$", "ara": r"^الديباجة$", "zho": r"^序言$"}
# An opening formula of a treaty: "The States Parties to the present Convention,".
_OPENING = r"^\S.{5,200}[,，،]$"
_BULLET = re.compile(r"^[•●▪–-]\s")
# An annexed text whose title names it a declaration ("Political declaration of the
# high-level meeting …", "Doha Declaration …", "Projet de déclaration politique"): the
# word is its head noun, after nothing but names, adjectives or a "draft". "Implementation
# of the Declaration on …" is a programme, not a declaration.
_DECLARATION = {
    "eng": r"^(?:(?!(?:of|on|for|to|in|and|the)\s)[\w’'.-]+\s+){0,4}?[Dd]eclaration\b",
    "fra": r"^(?:[Pp]rojet\s+de\s+)?[Dd]éclaration\b",
    "spa": r"^(?:[Pp]royecto\s+de\s+)?[Dd]eclaración\b",
    "rus": r"^(?:[Пп]роект\s+)?(?:\w+(?:ая|ой)\s+)?[Дд]еклараци[яи]\b",
    "ara": r"^(?:مشروع\s+)?(?:ال)?إعلان\b",
    "zho": r"宣言(?:草案)?$",
}


@dataclass
class Numbered:
    """A paragraph of the annexed text: its number as printed ("12."), or None."""
    num: str | None
    block: Block
    points: list[Point] = field(default_factory=list)
    wrap_up: Block | None = None


@dataclass
class Division:
    """A part of the annexed text: ``tag`` is its AKN element (chapter, article,
    section, hcontainer …); ``eid_num`` the number in its eId ("12" for "Article 12")."""
    tag: str
    num: str | None
    heading: Block | None
    level: int
    eid_num: str | None = None
    subheading: Block | None = None
    num_block: Block | None = None   # "Part I" printed alone: its line (a note may be called)
    items: list = field(default_factory=list)     # Numbered and Division, in printed order


@dataclass
class AnnexedText:
    heading: Block                   # "Annex II", or "Annex Title …" printed as one line
    title_start: int | None          # where the title starts in ``heading`` (None: not there)
    titles: list[Block]              # title lines after it
    preamble_heading: Block | None = None     # "Preamble"
    formula: Block | None = None     # "The States Parties to the present Convention,"
    preamble: list[Block] = field(default_factory=list)     # the recitals
    agreed: Block | None = None      # "Have agreed as follows:"
    items: list = field(default_factory=list)
    annexes: list["AnnexedText"] = field(default_factory=list)
    declaration: bool = False        # its title names it a declaration (see _DECLARATION)


def read_annexes(blocks: list[Block], lang: Language) -> list[AnnexedText]:
    """Each annex, its text read; ``blocks`` start with the first annex's heading."""
    starts = [k for k, b in enumerate(blocks) if annex_heading(b, lang) is not None]
    if not starts or starts[0] != 0:
        starts = [0] + starts
    texts = []
    for n, start in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(blocks)
        texts.append(read_annex(blocks[start:end], lang))
    return _nest(texts)


def _nest(texts: list[AnnexedText]) -> list[AnnexedText]:
    """An annex printed right after a treaty's last article, with articles of its own
    ("Interpretative notes on specific articles"), is the treaty's annex, not the
    resolution's: treaties have annexes."""
    out: list[AnnexedText] = []
    for text in texts:
        previous = out[-1] if out else None
        if previous is not None and previous.agreed is not None and not previous.annexes \
                and text.agreed is None:
            previous.annexes.append(text)
        else:
            out.append(text)
    return out


def read_annex(blocks: list[Block], lang: Language) -> AnnexedText:
    heading, body = blocks[0], list(blocks[1:])
    start = annex_heading(heading, lang) or None
    titles: list[Block] = []
    # The title: the line after "Annex" (or the rest of its own line), and lines that go
    # on with it ("…Cybercrime;" / "Strengthening …").
    dashed = bool(re.search(r"\s[–—-]\s", heading.text))   # "Annex A – Items …": titled
    if start is None and not dashed and body and _title_line(body[0]):
        titles.append(body.pop(0))
    while body and (titles or start) and len(titles) < 4 and _title_line(body[0]) and (
            _last_text(heading, titles).rstrip()[-1:] in ";,–—-" or body[0].text[:1].islower()):
        titles.append(body.pop(0))
    text = AnnexedText(heading, start, titles)
    title = " ".join(([heading.text[start:]] if start else []) + [b.text for b in titles])
    text.declaration = bool(re.search(_DECLARATION.get(lang.code, "$^"), title.strip()))
    _preamble(text, body, lang)
    text.items = _items(body, lang)
    return text


def _last_text(heading: Block, titles: list[Block]) -> str:
    return (titles[-1] if titles else heading).text


def _title_line(block: Block) -> bool:
    text = block.text.strip()
    return 0 < len(text) <= 300 and text[-1] not in ".:" and not re.match(r"^\(?\d+[.)]\s", text)


def _preamble(text: AnnexedText, body: list[Block], lang: Language) -> None:
    """A treaty's preamble, taken out of ``body``: from its start (or the heading
    "Preamble") to "Have agreed as follows:", when that comes before any article."""
    agreed = re.compile(_AGREED.get(lang.code, _AGREED["eng"]))
    article = _treaty_re(lang, "article")
    for k, block in enumerate(body[:80]):
        if article.match(block.text.strip()):
            return
        if agreed.search(block.text.strip()):
            break
    else:
        return
    lines = body[:k]
    heading = re.compile(_PREAMBLE.get(lang.code, _PREAMBLE["eng"]))
    opens = bool(lines) and (heading.match(lines[0].text.strip()) or re.match(_OPENING, lines[0].text.strip()))
    after = body[k + 1].text.strip() if k + 1 < len(body) else ""
    if not opens or not any(_treaty_re(lang, kind).match(after) for kind in TREATY):
        return               # "… as follows:" in a text that is no treaty
    del body[:k + 1]
    text.agreed = block
    if heading.match(lines[0].text.strip()):
        text.preamble_heading = lines.pop(0)
    if lines and re.match(_OPENING, lines[0].text.strip()) and len(lines[0].text) < 200 \
            and not any(r is not None and r.match(lines[0].text.lstrip()) for r in lang.opening_regexes):
        text.formula = lines.pop(0)
    text.preamble.extend(lines)


def _treaty_re(lang: Language, kind: str) -> re.Pattern:
    form = _FORMS.get(lang.code, _FORMS["eng"])[kind]
    # (Chinese sets the heading's text right after "第一条", with no space or one.)
    space = r"\s*" if lang.code == "zho" else r"\s+"
    return re.compile(rf"^(?P<head>{form.replace('{num}', _NUMBER)})\.?(?:{space}(?P<text>\S.*))?$",
                      re.DOTALL)


def _items(blocks: list[Block], lang: Language) -> list:
    """Paragraphs and parts, nested: a treaty's headings rank part > chapter > section >
    article; other headings ("I.", "A.", unnumbered) rank in the order they first
    appear, so "Priority area 1" holds the "I." sections printed under it."""
    op_re, point_re = re.compile(lang.op_number), re.compile(lang.point_number)
    sub_re = re.compile(lang.subpoint_number)
    # A running header repeats on every page; a heading is printed twice at most (in the
    # list of priority areas, then over its part).
    counts = Counter(b.text.strip() for b in blocks if len(b.text) <= 150)
    repeated = frozenset(t for t, n in counts.items() if n >= 3)
    treaty = {kind: _treaty_re(lang, kind) for kind in TREATY}
    lists = _listed_lines(blocks, lang, repeated)
    has_articles = any(treaty["article"].match(b.text.strip()) for b in blocks)
    order: list[str] = []            # heading styles, highest first
    top: list = []
    open_parts: list[Division] = []
    last_para: Numbered | None = None
    last_num = 0
    heading_at: set[int] = set()     # the blocks read as headings
    for k, block in enumerate(blocks):
        if k in heading_at:
            continue                 # a treaty heading's title line, already taken
        text = block.text.strip()
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        found = _division(block, following, lang, repeated, treaty, has_articles)
        if found is not None and found[0] == "digit" and found[2].rstrip(".").isdigit() \
                and int(found[2].rstrip(".")) == last_num + 1:
            found = None             # the next paragraph, short and with no full stop
        if found is not None and k in lists:
            found = None             # a list of short lines, not headings
        if found is not None:
            style, tag, num, eid_num, heading = found
            if style == "plain" and open_parts and k - 1 in heading_at \
                    and not open_parts[-1].items and open_parts[-1].subheading is None:
                open_parts[-1].subheading = block      # a heading's second line of title
                continue
            if style == "plain" and open_parts and k - 1 in heading_at \
                    and open_parts[-1].heading is not None and not open_parts[-1].items \
                    and (_cut_short(open_parts[-1].heading.text) or text[:1].islower()):
                # "VI. Role of the Board … on" / "Least Developed Countries …": a heading
                # printed on two lines is one heading.
                open_parts[-1].heading = _joined(open_parts[-1].heading, block)
                heading_at.add(k)
                continue
            if style == "plain" and "article" in order:
                style = "article"    # a heading among articles is at their level
            if style not in order:
                order.append(style)
            level = order.index(style)
            while open_parts and open_parts[-1].level >= level:
                open_parts.pop()
            heading_at.add(k)
            part = Division(tag, num, heading, level, eid_num,
                            num_block=block if style in TREATY and heading is None else None)
            (open_parts[-1].items if open_parts else top).append(part)
            open_parts.append(part)
            last_para = None
            if heading is None and style in TREATY and lang.code in _CASELESS \
                    and following is not None and _caseless_title(following, treaty):
                # "第一章" / "总则", "الفصل الأول" / "أحكام عامة": scripts without capitals
                # show no heading by its case; the short line under the number is its title.
                part.heading = following
                heading_at.add(k + 1)
            continue
        holder = open_parts[-1].items if open_parts else top
        op = op_re.match(text)
        if op:
            lead = len(block.text) - len(block.text.lstrip())
            last_para = Numbered(text[:op.end()].strip(), _strip(cut(block, lead + op.end())))
            holder.append(last_para)
            digits = re.sub(r"\D", "", last_para.num)
            last_num = int(digits) if digits else last_num
            continue
        sub, point = sub_re.match(text), point_re.match(text)
        lead = len(block.text) - len(block.text.lstrip())
        if last_para is not None and last_para.wrap_up is None and (
                last_para.points or last_para.block.text.rstrip().endswith((":", "："))):
            points = last_para.points
            if sub and points and _is_roman(sub.group("num"), points):
                points[-1].points.append(Point(sub.group("num"), _strip(cut(block, lead + sub.end()))))
                continue
            if point:
                points.append(Point(point.group("num"), _strip(cut(block, lead + point.end()))))
                continue
            if points:
                last_para.wrap_up = block        # closing words after the points
                continue
        last_para = Numbered(None, block)
        holder.append(last_para)
    return top


def _division(block: Block, following: Block | None, lang: Language, repeated,
              treaty: dict[str, re.Pattern], has_articles: bool):
    """(style, tag, num, eid_num, heading text) when ``block`` is a heading, else None."""
    text = block.text.strip()
    lead = len(block.text) - len(block.text.lstrip())
    for kind in TREATY:
        match = treaty[kind].match(text)
        if match and (kind == "article" or not match.group("text")
                      or match.group("text").rstrip()[-1:] not in ".;,"):
            num = match.group("head").strip()
            rest = cut(block, lead + match.start("text")) if match.group("text") else None
            return kind, kind, num, number_value(match.group("num")), rest
    if block.table is not None or block.figure or _BULLET.match(text):
        return None
    found = _heading(block, following, lang, repeated)
    if found is None and _is_heading(block, following, lang, repeated) \
            and _opens_text(following, lang):
        # A heading with figures ("Priority area 1: Structural transformation"): a
        # report's table cell, never an annexed text's.
        found = (4, None, block)
    if found is None:
        return None
    level, num, heading = found
    if level == 4:
        return "plain", "hcontainer", None, None, block
    style = {1: "roman", 2: "letter", 3: "digit"}[level]
    tag = {1: "chapter" if has_articles else "section",
           2: "section" if has_articles else "subsection", 3: "division"}[level]
    # A part numbered in words ("ثانيا -", "二、"): its eId by its rank, as "II." is named.
    return style, tag, num, neutral_num(num, lang) or num.rstrip("."), heading


_SMALL_WORDS = {"on", "of", "and", "the", "for", "to", "in", "with", "de", "du", "des", "et", "y", "la"}


def _cut_short(text: str) -> bool:
    """A heading whose line ends in mid-phrase ("… Board of Advisers to the President on")."""
    words = text.split()
    return bool(words) and (words[-1].lower() in _SMALL_WORDS or text.rstrip().endswith(","))


def _listed_lines(blocks: list[Block], lang: Language, repeated) -> set[int]:
    """Three or more heading-like lines in a row ("Priority area 1: …", "Priority area
    2: …"): the items of a list the paragraph before introduces, not headings."""
    numbered = [_treaty_re(lang, kind) for kind in TREATY] + [ROMAN_HEADING, LETTER_HEADING]
    candidates = [k for k, b in enumerate(blocks)
                  if _is_heading(b, blocks[k + 1] if k + 1 < len(blocks) else None, lang, repeated)
                  and not any(r.match(b.text.strip()) for r in numbered)]
    runs, run = set(), []
    for k in candidates + [None]:
        if run and (k is None or k != run[-1] + 1):
            if len(run) >= 3:
                runs.update(run)
            run = []
        if k is not None:
            run.append(k)
    return runs

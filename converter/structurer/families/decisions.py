"""Decisions and resolutions printed inside a report (E/2025/43's "Draft decision I" and
its title, then "The Economic and Social Council decides …"; "Decision 2025/201 …").

Takes a report's outline items (:mod:`.outline`); gives them with each such text grouped
as a :class:`Decision`: written as ``hcontainer name="decision"`` (``decisionDraft``,
``resolution``, ``resolutionDraft``) with the printed type and number as ``num``, its
title as ``heading``, its paragraphs inside. A text printed with no such heading starts
at its title followed by the organ's line ("The General Assembly,"). A text runs to the
next such heading, the next part ("B. …") or the report's next numbered paragraph. The
headings are language data for the six languages (:data:`HEADINGS`).

Inside a text, :func:`split` tells its preamble (the organ's line, the preambular
paragraphs) from its operative part, as a stand-alone resolution prints them;
:func:`write_parts` writes them as ``hcontainer``s in a report, ``container``s in a
record's ``debateSection``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ... import languages
from ...languages import Language
from ...model import Block
from ..analysis.classify import _joined, cut
from ..writing.ids import IdScope
from ..writing.inline import akn
from ..analysis.blocks import _opens_operative
from ..analysis.outline import Annex, Para, Part
from ..analysis.preambular import preambular_name

# The identifier after the type: "I", "A", "2025/201", "16/5", "C (71)".
_ID = r"(?:[A-Z]\s*\(\d{1,3}\)|[IVXLC]{1,6}|[A-Z]|\d{1,4}(?:/\d{1,4})?(?:\s*[A-Z])?)(?=\s|$)"


@dataclass(frozen=True)
class Headings:
    """How one language prints a text's heading: "Draft decision I", "Projet de
    résolution", "Decision 2025/201", "مشروع القرار الأول", "决议草案一", "第2025/201号决定"."""
    types: dict[str, str]           # the type word as printed -> decision / resolution
    draft: str = ""                 # the draft word(s) before the type
    draft_after: str = ""           # ... or after it (Chinese "决议草案")
    ids: str = ""                   # identifiers of the language's own (ordinal words)
    # Chinese puts a number before the type: "第2025/201号决定".
    number_before: str = ""
    # The type word alone, with neither draft word nor number, can be a heading ("Decision"
    # then its title). Not where the type word opens ordinary sentences: Chinese "决定"
    # is also the operative verb "decides", Arabic "المقرر الخاص" is "the Special
    # Rapporteur".
    bare: bool = True
    spaced: bool = True             # the title after the heading is set off by a space


# Per language (ISO 639-2): the heading words -> decision or resolution. Arabic
# ordinals and letter names number drafts ("مشروع القرار الأول", "مشروع القرار ألف"),
# Chinese numerals ("决议草案一").
HEADINGS: dict[str, Headings] = {
    "eng": Headings({"decision": "decision", "resolution": "resolution"}, draft=r"Draft\s+"),
    "fra": Headings({"décision": "decision", "résolution": "resolution"},
                    draft=r"Projet\s+de\s+"),
    "spa": Headings({"decisión": "decision", "resolución": "resolution"},
                    draft=r"Proyecto\s+de\s+"),
    "rus": Headings({"решения": "decision", "решение": "decision",
                     "резолюции": "resolution", "резолюция": "resolution"}, draft=r"Проект\s+"),
    "ara": Headings({"المقرر": "decision", "مقرر": "decision",
                     "القرار": "resolution", "قرار": "resolution"}, draft=r"مشروع\s+",
                    ids=r"الأول|الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر"
                        r"|ألف|باء|جيم|دال|هاء|واو|زاي|حاء|طاء",
                    bare=False),
    "zho": Headings({"决定": "decision", "决议": "resolution"}, draft_after=r"草案",
                    ids=r"[一二三四五六七八九十]{1,3}", number_before=r"第\s*(?:\d{1,4}/)?\d{1,4}\s*号\s*",
                    bare=False, spaced=False),
}
_MAX_HEADING = 300


@dataclass
class Decision:
    name: str                 # decision, decisionDraft, resolution, resolutionDraft
    num: str | None           # "Draft decision I", as printed (None: a title only)
    heading: Block | None     # its title
    items: list = field(default_factory=list)


def _pattern(lang: str) -> re.Pattern | None:
    forms = HEADINGS.get(lang)
    if forms is None:
        return None
    words = "|".join(sorted(forms.types, key=len, reverse=True))
    ids = rf"(?:{_ID}|(?:{forms.ids})(?=\s|$))" if forms.ids else _ID
    gap = r"\s+" if forms.spaced else r"\s*"
    draft = rf"(?P<draft>{forms.draft})?" if forms.draft else ""
    after = rf"(?P<after>{forms.draft_after})?" if forms.draft_after else ""
    before = rf"(?P<before>{forms.number_before})?" if forms.number_before else ""
    return re.compile(rf"^(?P<num>{before}{draft}(?P<type>{words}){after}(?:{gap}(?P<id>{ids}))?)"
                      rf"(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE | re.DOTALL)


def heading_kind(lang: str, match: re.Match) -> tuple[str, bool] | None:
    """(decision or resolution, whether a draft) of a heading match; None when the
    language does not take the type word alone as a heading."""
    forms = HEADINGS[lang]
    groups = match.groupdict()
    draft = bool(groups.get("draft") or groups.get("after"))
    if not (forms.bare or draft or groups.get("id") or groups.get("before")):
        return None
    return forms.types[match.group("type").lower()], draft


def _capital(text: str) -> bool:
    """Starts as a heading does: a capital, a letter of a script without case (Arabic,
    Chinese) or an opening quote."""
    first = text[:1]
    return (first.isalpha() and not first.islower()) or first in "“\"«"


def _title_like(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _MAX_HEADING and text[-1] not in ".;:,。；：，،؛" and _capital(text)


def _heading(para, pattern: re.Pattern, lang: str):
    """(name, num, heading block or None, whether the title is still to come) of a
    decision's heading line, or None."""
    if not isinstance(para, Para) or para.num is not None or para.block.table is not None:
        return None
    text = para.block.text
    if not _capital(text) or text[:1] in "“\"«" or len(text) > _MAX_HEADING + 60:
        return None
    match = pattern.match(text)
    if match is None:
        return None
    kind = heading_kind(lang, match)
    if kind is None:
        return None
    name = kind[0] + ("Draft" if kind[1] else "")
    rest = match.group("rest")
    if rest is not None and re.match(r"[A-Z]{1,4}\s?,", rest):
        return None          # "Draft resolution B, section I": a part of a text, no heading
    if rest is None:
        return name, " ".join(match.group("num").split()), None, True
    if not _title_like(rest) or any(a.offset < match.start("rest") for a in para.block.anchors):
        return None
    return name, " ".join(match.group("num").split()), cut(para.block, match.start("rest")), False


def _formula(para, language: Language) -> str | None:
    """The organ's line that opens a text ("The General Assembly,"; "The Economic and
    Social Council:" before lettered paragraphs): the final mark, or None."""
    if not isinstance(para, Para) or para.num is not None or para.block.table is not None:
        return None
    text = para.block.text.strip()
    if not text or len(text) > 150:
        return None
    end = text[-1]
    base = text[:-1].rstrip() if end in ",:，：،" else text
    for candidate in (text, base + ",", base + "，", base + "،"):
        if language.formula_organ(candidate) or language.regexes.body_formula.match(candidate):
            return ":" if end in ":：" else ","
    return None


def _title_before(item, out: list) -> Block | None:
    """The title printed above an organ's line: ``item`` itself, or ``item`` going on
    from the line before it (a title set on two centred lines, the second starting with a
    small letter: "Economic and other activities which affect the interests of" / "the
    peoples of the Non-Self-Governing Territories"; that line is taken from ``out``)."""
    if not isinstance(item, Para) or item.num is not None or item.block.table is not None:
        return None
    text = item.block.text.strip()
    if _title_like(text):
        return item.block
    previous = out[-1] if out else None
    if text[:1].islower() and text[-1:] not in ".;:,。；：，،؛" and isinstance(previous, Para) \
            and previous.num is None and previous.block.table is None \
            and _title_like(previous.block.text) and len(text) + len(previous.block.text) <= _MAX_HEADING:
        out.pop()
        return _joined(previous.block, item.block)
    return None


def _announced(out: list, language: Language, colon: bool) -> str:
    """The name of a text printed with no heading, from the report's words just before it
    ("… recommends the adoption of the following draft resolution:"); failing them, a
    resolution (its organ's line ends with a comma) or a decision (with a colon)."""
    return _announcing(out, language) or ("decision" if colon else "resolution")


def _announcing(out: list, language: Language) -> str | None:
    """The name of the text the report's paragraph just before announces ("… recommends
    … the adoption of the following draft decision:"), or None."""
    # The announcing paragraph ends with a colon; lines between (a running header left
    # in old documents' text: "/...", "English") are passed over.
    for previous in reversed(out[-4:]):
        if not isinstance(previous, Para) or previous.block.table is not None:
            break
        text = previous.block.text.rstrip()
        if not text.endswith((":", "：")):
            continue
        found = list(language.doc_type_regex.finditer(text))
        if found:
            key = found[-1].group(0).lower()
            for printed, (name, _concept) in language.doc_types.items():
                if printed.lower() == key:
                    return name
        break
    return None


def _part_text(part: Part, pattern: re.Pattern, lang: str) -> Decision | None:
    """The text a subheading naming its type heads ("DRAFT RESOLUTION III", its title
    the first line under it), or None."""
    found = _heading(Para(None, part.heading), pattern, lang)
    if found is None:
        return None
    name, num, heading, title_next = found
    items = list(part.items)
    if title_next:
        rest: list = []
        title = _title_before(items[0], rest) if items else None
        if title is None:
            return None
        items.pop(0)
        if items and isinstance(items[0], Para) and items[0].num is None \
                and (joined := _title_before(items[0], [Para(None, title)])) is not None \
                and joined is not items[0].block:
            title = joined                # a title on two lines, the second in small letters
            items.pop(0)
        heading = title
    if not items or not all(isinstance(i, Para) for i in items):
        return None
    # A subheading naming a type heads a text only when the organ's line follows soon
    # ("Draft resolution B, section I, American Samoa" heads a list of revisions).
    language = languages.get(lang)
    if not any(_formula(i, language) for i in items[:4]):
        return None
    return Decision(name, num, heading, items)


_DIGITS = re.compile(r"^\d+")


def _number(num: str | None) -> int | None:
    digits = _DIGITS.match(num or "")
    return int(digits.group(0)) if digits else None


def group(items: list, lang: str) -> list:
    """``items`` with the decisions they print grouped (in parts too)."""
    pattern = _pattern(lang)
    if pattern is None:
        return items
    language = languages.get(lang)
    items = _unwrapped(items, pattern, lang)
    out: list = []
    last: int | None = None          # the report's last paragraph number
    current: Decision | None = None
    own: int | None = None           # the decision's own last paragraph number
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if isinstance(item, Part) and item.num is None and item.heading is not None \
                and (text := _part_text(item, pattern, lang)) is not None:
            # "DRAFT RESOLUTION III" read as an unnumbered subheading: the text under it.
            out.append(text)
            current = None
            continue
        if isinstance(item, Part):
            numbers = [_number(i.num) for i in item.items if isinstance(i, Para) and i.num]
            if current is not None and item.num is None and own is not None and numbers \
                    and numbers[0] == own + 1:
                # An unnumbered subheading inside the text ("Follow-up" above its
                # paragraph 23): the text's own numbering goes on under it.
                current.items.append(item)
                own = numbers[-1]
                continue
            item.items = group(item.items, lang)
            current = None
            out.append(item)
            continue
        found = _heading(item, pattern, lang)
        title_next = False
        if found is not None:
            name, num, heading, title_next = found
            if title_next:
                # "Draft resolution" alone on its line: its title is the next line.
                nxt = items[k] if k < len(items) else None
                if not (isinstance(nxt, Para) and nxt.num is None and _title_like(nxt.block.text)
                        and _heading(nxt, pattern, lang) is None):
                    found = None
                else:
                    heading = nxt.block
                    k += 1
        elif k < len(items) and _formula(items[k], language) is not None \
                and (title := _title_before(item, out)) is not None:
            # A title, then the organ's line ("The General Assembly,"): a text printed
            # with no "Draft resolution" heading (A/53/601, E/2025/44).
            colon = _formula(items[k], language) == ":"
            name, num, heading = _announced(out, language, colon), None, title
            found = (name, num, heading, False)
        elif k < len(items) and isinstance(items[k], Para) and _number(items[k].num) == 1 \
                and last is not None and (announced := _announcing(out, language)) \
                and (title := _title_before(item, out)) is not None:
            # The report's paragraph announces a text, its title follows and then a
            # paragraph 1 that holds the organ's words ("1. The General Assembly, having
            # considered …": an old draft decision, A/48/653): the text's own numbers.
            name, num, heading = announced, None, title
            found = (name, num, heading, False)
        if found is not None:
            if k < len(items) and isinstance(items[k], Para):
                current, own = Decision(name, num, heading), None
                out.append(current)
                continue
            if title_next:
                k -= 1               # no text follows: the lines stay as they were
        n = _number(item.num) if isinstance(item, Para) else None
        if current is not None and n is not None and last is not None and n == last + 1 \
                and (own is None or own + 1 != n):
            current = None           # the report's numbering goes on: the text has ended
        if current is not None:
            current.items.append(item)
            own = n if n is not None else own
            continue
        if n is not None:
            last = n
        out.append(item)
    return out


def _unwrapped(items: list, pattern: re.Pattern, lang: str) -> list:
    """A text's type line with its title ("Draft decision I Venue and dates of …") read as
    a subheading for its bold type: its line again, then what it held, so that the text
    is grouped as its lines say ("DRAFT RESOLUTION III" alone on its line, its title
    under it, stays a subheading: :func:`_part_text` reads the text under it)."""
    out: list = []
    for item in items:
        found = _heading(Para(None, item.heading), pattern, lang) \
            if isinstance(item, Part) and item.num is None and item.heading is not None else None
        if found is not None and not found[3]:          # its title on its line
            out.append(Para(None, item.heading))
            out += _unwrapped(item.items, pattern, lang)
        else:
            out.append(item)
    return out


def group_annexes(annexes: list[Annex], lang: str) -> None:
    for annex in annexes:
        annex.items = group(annex.items, lang)


def split(decision: Decision, language: Language):
    """(the organ's line, the preambular paragraphs, the operative ones) of a text, as a
    stand-alone resolution prints them; None when they cannot be told apart.

    The operative part starts at the first numbered paragraph ("1. Decides …", "(a)
    Takes note …"), at an unnumbered one opening with an operative verb ("Approves the
    holding …"), or at the organ's line itself when it ends with a colon (it leads into
    lettered paragraphs: "The Economic and Social Council: (a) …"). A text with no
    organ's line and no preambular paragraph is all operative when it reads as a decision
    ("The Economic and Social Council decides that …")."""
    items = decision.items
    if not items or not isinstance(items[0], Para):
        return None
    mark = _formula(items[0], language)
    formula = items[0] if mark == "," else None
    start = 1 if formula is not None else 0
    op_start = next((k for k in range(start, len(items))
                     if not isinstance(items[k], Para) or items[k].num is not None
                     or (k == 0 and mark == ":")
                     or _opens_operative(items[k].block, language)), None)
    if op_start is None:
        if formula is None and re.search(language.decision_pattern, items[0].block.text):
            return None, [], items
        return None
    preamble = items[start:op_start]
    if isinstance(items[op_start], Part):
        return None                  # a subheading before any numbered paragraph: unsure
    if formula is None and preamble:
        return None                  # preambular paragraphs with no organ's line: unsure
    return formula, preamble, items[op_start:]


def split_text(blocks: list[Block], language: Language):
    """:func:`split` for a text given as blocks, its paragraph numbers still in their
    text (a record's decision); None unless it has an organ's line or preambular
    paragraphs to tell apart (a one-sentence decision stays as printed)."""
    if not blocks:
        return None
    items = [Para("1." if language.regexes.op_number.match(b.text.lstrip()) else None, b)
             for b in blocks]
    parts = split(Decision("decision", None, None, items), language)
    if parts is None or (parts[0] is None and not parts[1]):
        return None
    return parts


def _wrapped(writer, parent, scope: IdScope, name: str, para: Para, tag: str = "hcontainer") -> None:
    eid = scope.next(tag)
    el = etree.SubElement(parent, akn(tag), name=name, eId=eid)
    if tag == "hcontainer":
        el = etree.SubElement(el, akn("content"))
    writer.paragraph(el, scope.inside(eid), para.block)


def write_parts(writer, el, inner: IdScope, parts, tag: str = "hcontainer") -> None:
    """The preamble (the organ's line, the preambular paragraphs named after their
    participle) and the operative part, each a ``tag`` (``hcontainer`` in a doc's
    hierarchy, ``container`` in a debateSection) inside ``el``."""
    formula, preamble, operative = parts
    if formula is not None or preamble:
        pid = inner.next(tag, "preamble")
        holder = etree.SubElement(el, akn(tag), name="preamble", eId=pid)
        pscope = inner.inside(pid)
        if formula is not None:
            _wrapped(writer, holder, pscope, "enactingFormula", formula, tag)
        for para in preamble:
            _wrapped(writer, holder, pscope, preambular_name(para.block.text, writer.lang.code),
                     para, tag)
    if operative:
        oid = inner.next(tag, "operative")
        holder = etree.SubElement(el, akn(tag), name="operative", eId=oid)
        oscope = inner.inside(oid)
        for item in operative:
            if tag == "hcontainer":
                writer.item(holder, oscope, item)
            else:
                writer.paragraph(holder, oscope, item.block)


def write(writer, parent, scope: IdScope, decision: Decision) -> None:
    """The text as an hcontainer named after its type; inside it, when they can be told
    apart, its preamble (``hcontainer name="preamble"``: the organ's line as
    ``enactingFormula``, each preambular paragraph named after its participle, as the
    containers of a stand-alone resolution's preamble are) and its operative part
    (``hcontainer name="operative"``: the paragraphs, numbered as printed)."""
    eid = scope.next("hcontainer")
    el = etree.SubElement(parent, akn("hcontainer"), name=decision.name, eId=eid)
    if decision.num is not None:
        etree.SubElement(el, akn("num")).text = decision.num
    inner = scope.inside(eid)
    if decision.heading is not None:
        writer.heading(el, decision.heading, inner)
    parts = split(decision, writer.lang)
    if parts is None:
        for item in decision.items:
            writer.item(el, inner, item)
        return
    write_parts(writer, el, inner, parts)

"""Decisions and resolutions printed inside a report (E/2025/43's "Draft decision I" and
its title, then "The Economic and Social Council decides …"; "Decision 2025/201 …").

Takes a report's outline items (:mod:`.outline`); gives them with each such text grouped
as a :class:`Decision`: written as ``hcontainer name="decision"`` (``decisionDraft``,
``resolution``, ``resolutionDraft``) with the printed type and number as ``num``, its
title as ``heading``, its paragraphs inside. A text runs to the next such heading, the
next part ("B. …") or the report's next numbered paragraph. The headings are language
data (:data:`HEADINGS`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from ..model import Block
from .classify import cut
from .ids import IdScope
from .inline import akn
from .outline import Annex, Para, Part

# The identifier after the type: "I", "A", "2025/201", "16/5", "C (71)".
_ID = r"(?:[A-Z]\s*\(\d{1,3}\)|[IVXLC]{1,6}|[A-Z]|\d{1,4}(?:/\d{1,4})?(?:\s*[A-Z])?)(?=\s|$)"
# Per language: the draft word(s), and the type words -> decision or resolution.
HEADINGS: dict[str, tuple[str, dict[str, str]]] = {
    "eng": (r"Draft\s+", {"decision": "decision", "resolution": "resolution"}),
    "fra": (r"Projet\s+de\s+", {"décision": "decision", "résolution": "resolution"}),
    "spa": (r"Proyecto\s+de\s+", {"decisión": "decision", "resolución": "resolution"}),
    "rus": (r"Проект\s+", {"решения": "decision", "решение": "decision",
                           "резолюции": "resolution", "резолюция": "resolution"}),
}
_MAX_HEADING = 300


@dataclass
class Decision:
    name: str                 # decision, decisionDraft, resolution, resolutionDraft
    num: str                  # "Draft decision I", as printed
    heading: Block | None     # its title
    items: list = field(default_factory=list)


def _pattern(lang: str) -> re.Pattern | None:
    if lang not in HEADINGS:
        return None
    draft, types = HEADINGS[lang]
    words = "|".join(sorted(types, key=len, reverse=True))
    return re.compile(rf"^(?P<num>(?P<draft>{draft})?(?P<type>{words})(?:\s+{_ID})?)"
                      rf"(?:\s+(?P<rest>\S.*))?$", re.IGNORECASE | re.DOTALL)


def _title_like(text: str) -> bool:
    text = text.strip()
    return 0 < len(text) <= _MAX_HEADING and text[-1] not in ".;:,。；：" and \
        (text[:1].isupper() or text[:1] in "“\"«")


def _heading(para, pattern: re.Pattern, lang: str):
    """(name, num, heading block or None, whether the title is still to come) of a
    decision's heading line, or None."""
    if not isinstance(para, Para) or para.num is not None or para.block.table is not None:
        return None
    text = para.block.text
    if not text[:1].isupper() or len(text) > _MAX_HEADING + 60:
        return None
    match = pattern.match(text)
    if match is None:
        return None
    kind = HEADINGS[lang][1][match.group("type").lower()]
    name = kind + ("Draft" if match.group("draft") else "")
    rest = match.group("rest")
    if rest is None:
        return name, " ".join(match.group("num").split()), None, True
    if not _title_like(rest) or any(a.offset < match.start("rest") for a in para.block.anchors):
        return None
    return name, " ".join(match.group("num").split()), cut(para.block, match.start("rest")), False


def _number(num: str | None) -> int | None:
    digits = re.match(r"^\d+", num or "")
    return int(digits.group(0)) if digits else None


def group(items: list, lang: str) -> list:
    """``items`` with the decisions they print grouped (in parts too)."""
    pattern = _pattern(lang)
    if pattern is None:
        return items
    out: list = []
    last: int | None = None          # the report's last paragraph number
    current: Decision | None = None
    own: int | None = None           # the decision's own last paragraph number
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if isinstance(item, Part):
            item.items = group(item.items, lang)
            current = None
            out.append(item)
            continue
        found = _heading(item, pattern, lang)
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


def group_annexes(annexes: list[Annex], lang: str) -> None:
    for annex in annexes:
        annex.items = group(annex.items, lang)


def write(writer, parent, scope: IdScope, decision: Decision) -> None:
    eid = scope.next("hcontainer")
    el = etree.SubElement(parent, akn("hcontainer"), name=decision.name, eId=eid)
    etree.SubElement(el, akn("num")).text = decision.num
    inner = scope.inside(eid)
    if decision.heading is not None:
        writer.heading(el, decision.heading, inner)
    for item in decision.items:
        writer.item(el, inner, item)

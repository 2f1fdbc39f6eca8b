"""Numbered lists in a report-like text: the items "1.", "2." … that a line ending with a
colon leads into ("… at the following links:", "… as listed below:", "… indicate:"), or
that stand under a bullet, are the items of a list, not numbered paragraphs of the text,
when they read as a list's items (under a bullet, always): they go on with the sentence
before them ("1. the nature …;"), or are titles, names or links rather than sentences.
Whole sentences numbered after a lead-in ("The workshop recommended that: 1. As the
relationship … is essential …") stay paragraphs.

Takes the outline's items (``outline.Para``, ``outline.Part``) and gives them back with
each such list under its lead-in paragraph (``Para.items``, an entry's lettered
sub-items in its own ``items``); ``writing/listwriter.py`` writes it as a ``blockList``
in that paragraph's ``content``."""
from __future__ import annotations

import re

from ...model import Block
from .outline import Para, Part, names_only

_LEAD_END = (":", "：")
_BULLET = re.compile(r"^[•▪◦‣●]\s")
_SUB_ITEM = re.compile(r"^\((?:[a-z]|[ivx]{1,5})\)\s")
# An item that goes on with the sentence: a small letter first, or ";", "; and", "," last.
_GOES_ON_END = re.compile(r"(?:;|;\s+(?:and|or|et|ou|y|o)|,)$")
_SHORT = 150          # an item this short with no second sentence is a title, a name, a link
_SECOND_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")


def gather(items: list) -> list:
    """``items`` with each numbered list put under the paragraph that leads into it (in
    parts too)."""
    out: list = []
    k = 0
    while k < len(items):
        item = items[k]
        k += 1
        if isinstance(item, Part):
            item.items = gather(item.items)
            out.append(item)
            continue
        lead = item.block.text.strip() if isinstance(item, Para) and not item.items else ""
        if lead.endswith(_LEAD_END) or _BULLET.match(lead) or _title(item, lead):
            run = _run(items, k)
            texts = [p.block.text.strip() for p in run]
            # (under a bullet, numbered entries are the bullet's own items; under a title
            # with no lead-in, only names: "Annex I" over "1. Aalem for Orphan …")
            if run and (_BULLET.match(lead) or names_only(texts) or
                        lead.endswith(_LEAD_END) and _a_list(texts)):
                item.items = run
                k += len(run) + sum(len(entry.items) for entry in run)
            else:
                for entry in run:
                    entry.items.clear()      # paragraphs after all: their lines stay theirs
        out.append(item)
    return out


def _title(item, lead: str) -> bool:
    """An unnumbered line ending no sentence or clause ("Annex I", "List of
    organizations"): it may stand over a list of names printed with no lead-in."""
    return isinstance(item, Para) and item.num is None and bool(lead) and len(lead) <= _SHORT \
        and lead[-1:] not in ".;:,!?*"


def only_titles(items: list) -> list:
    """An annex that prints nothing but numbered titles 1, 2, 3 … (an agenda: "1.
    Adoption of the agenda.", "2. Preparations for UNCTAD XVI.") holds one list, not
    paragraphs: one unnumbered paragraph holding it, with no lead-in of its own (its
    title, in the annex's preface, leads into it)."""
    run = _run(items, 0)
    if not run or len(run) + sum(len(entry.items) for entry in run) != len(items):
        for entry in run:
            entry.items.clear()
        return items
    texts = [p.block.text.strip() for p in run]
    if not all(t[:1].isupper() and len(t) <= _SHORT and not _SECOND_SENTENCE.search(t)
               for t in texts):
        for entry in run:
            entry.items.clear()
        return items
    return [Para(None, Block("", run[0].block.first_page, run[0].block.first_page), items=run)]


def _run(items: list, start: int) -> list[Para]:
    """The numbered paragraphs 1, 2, 3 … right after ``start``; the lettered lines
    between them ("(a) Appointment of members …;") are the sub-items of the entry above
    (its ``items``)."""
    run: list[Para] = []
    for item in items[start:]:
        if run and isinstance(item, Para) and item.num is None and not item.items \
                and _SUB_ITEM.match(item.block.text.lstrip()):
            run[-1].items.append(item)
            continue
        if not isinstance(item, Para) or item.num is None or item.items:
            break
        digits = re.match(r"\d+", item.num)
        if digits is None or int(digits.group(0)) != len(run) + 1 or "." in item.num.rstrip("."):
            break
        run.append(item)
    if len(run) < 2:
        for entry in run:
            entry.items.clear()
        return []
    return run


def _a_list(texts: list[str]) -> bool:
    """Whether the entries read as a list's items: all going on with the sentence (the
    last may end it), or all short with no second sentence."""
    if all(t[:1].islower() or _GOES_ON_END.search(t) for t in texts[:-1]):
        return True
    return all(len(t) <= _SHORT and not _SECOND_SENTENCE.search(t) for t in texts)


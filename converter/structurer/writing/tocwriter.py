"""Writing the front matter's boxes, for every family that prints them:

* a summary box as ``container name="summary"``: its heading ("Summary") and its text
  as ``p`` (tables and lists as written elsewhere);
* a table of contents as ``container name="contents"``: its heading and column labels as
  ``p``, then a ``toc`` with one ``tocItem`` per entry: ``level`` its level, its number
  ``inline name="num"``, its title without the dot leaders, its paragraph range
  ``inline name="paragraphs"`` and page ``inline name="page"``.

A ``tocItem``'s ``href`` (the XSD requires one) names the part, paragraph or annex the
entry names, found once the whole document is written (:func:`link_entries`): same
number, similar title, in printed order; ``href=""`` (this document) when none is found,
with one warning that lists such entries."""
from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from functools import lru_cache

from lxml import etree

from ...languages import Language, front_words
from ..analysis.contents import Contents, Entry, entry_number, number_style
from .ids import IdScope
from .inline import Mark, akn, block_marks, write_inline

# Elements an entry may name: the parts, unnumbered text (a lettered subheading read as
# a paragraph), agenda items, annexes.
_PARTS = {"section", "subsection", "division", "chapter", "part", "article", "title",
          "hcontainer", "item", "paragraph", "attachment", "blockList", "p"}
_NOT_NAMED = {"unanchoredNotes", "unplaced", "noOperativePart"}
_SHORT = 200            # an unnumbered paragraph this short may be a subheading an entry names
_SIMILAR = 0.8          # titles this similar are one (the entry unnumbered)
_NUMBERED_SIMILAR = 0.55    # with the same number, titles need only be this similar
_PREFIX = 12            # a title printed shorter in the contents: at least this long


# Parts of the text (the XSD's hierarchy type): no ``container`` may stand in them.
_HIERARCHY = {"section", "subsection", "division", "hcontainer", "chapter", "part", "title",
              "article", "book", "tome", "subpart", "subchapter", "subdivision"}


def _box(writer, parent, scope: IdScope, name: str, heading, blocks):
    """A front-matter ``container`` named *name*: its printed heading, then *blocks*.
    Printed inside a part of the text (a report passed on in a letter's body, under its
    title), an ``hcontainer`` of that name holding them in its ``content``. Gives the
    element that holds the lines, and the scope inside the box."""
    in_part = etree.QName(parent).localname in _HIERARCHY
    tag = "hcontainer" if in_part else "container"
    eid = scope.next(tag)
    box = etree.SubElement(parent, akn(tag), name=name, eId=eid)
    if in_part:
        box = etree.SubElement(box, akn("content"))
    inner = scope.inside(eid)
    for block in (heading, *blocks):
        writer.paragraph(box, inner, block)
    return box, inner


def write_summary(writer, parent, scope: IdScope, summary) -> etree._Element:
    box, _ = _box(writer, parent, scope, "summary", summary.heading, summary.blocks)
    return box


def write_contents(writer, parent, scope: IdScope, contents: Contents) -> etree._Element:
    box, inner = _box(writer, parent, scope, "contents", contents.heading, contents.labels)
    if not contents.entries:
        return box
    toc_eid = inner.next("toc")
    toc = etree.SubElement(box, akn("toc"), eId=toc_eid)
    items = inner.inside(toc_eid)
    for entry in contents.entries:
        eid = items.next("tocItem")
        item = etree.SubElement(toc, akn("tocItem"), eId=eid, href="", level=str(entry.level))
        marks = [Mark(*span, "inline", {"name": name}, rank=0)
                 for name, span in (("num", entry.num), ("paragraphs", entry.paragraphs),
                                    ("page", entry.page)) if span]
        write_inline(item, entry.block, marks + block_marks(entry.block, writer.lang, writer.cited),
                     items.inside(eid), writer.note)
        writer.toc_entries.append((item, entry))
    return box


# -- hrefs ---------------------------------------------------------------------------

def link_entries(writer, top) -> None:
    """Each written entry's ``href``: the element it names (see the module's doc)."""
    entries = getattr(writer, "toc_entries", [])
    if not entries:
        return
    targets = _targets(top, writer.lang)
    at, missing = 0, []
    for item, entry in entries:
        found = _find(entry, targets, at, writer.lang)
        if found is None:
            found = _find(entry, targets, 0, writer.lang)
        if found is None:
            missing.append(item.get("eId"))
            continue
        item.set("href", f"#{targets[found][0]}")
        at = found + 1
    if missing:
        shown = ", ".join(missing[:5]) + (" …" if len(missing) > 5 else "")
        writer.warnings.append(f"{len(missing)} of {len(entries)} contents entries name no part "
                               f"found in the text (href=\"\"): {shown}")


def _key(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text).split()).casefold()


_LOCAL_NAMES: dict[str, str] = {}


def _local(el) -> str:
    """An element's name without its namespace, looked up once per tag."""
    local = _LOCAL_NAMES.get(el.tag)
    if local is None:
        local = _LOCAL_NAMES[el.tag] = etree.QName(el).localname
    return local


def _text(el) -> str:
    """The visible text of ``el``, its notes left out."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and _local(child) not in ("authorialNote", "noteRef"):
            parts.append(_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


_FRONT = ("preface", "coverPage", "toc", "meta")    # no entry names what stands in these


def _targets(top, lang: Language) -> list[tuple[str, str | None, str]]:
    """(eId, number key, title key) of each element an entry may name, in printed order;
    the front matter (preface, cover page) and the contents themselves left out."""
    found = []
    # What stands inside the front matter, found once (not by walking up from each
    # element): every element under one of them, or all if ``top`` itself is under one.
    if any(_local(a) in _FRONT for a in top.iterancestors()):
        return found
    front = {d for f in top.iter(*(f"{{*}}{name}" for name in _FRONT))
             for d in f.iterdescendants()}
    for el in top.iter():
        if not isinstance(el.tag, str) or not el.get("eId"):
            continue
        local = _local(el)
        if local not in _PARTS or el.get("name") in _NOT_NAMED:
            continue
        if el in front:
            continue
        if local == "attachment":
            preface = el.find(f"{akn('doc')}/{akn('preface')}")
            text = " ".join(_text(p) for p in preface) if preface is not None else ""
            num = None
        elif local == "blockList":
            # A list of agenda items under a heading ("Programme and policy matters").
            intro = el.find(akn("listIntroduction"))
            if intro is None:
                continue
            text, num = _text(intro), None
        elif local == "p":
            # A line of an agenda item's text (a report it lists under its title).
            if etree.QName(el.getparent()).localname != "item" or len(_text(el)) > _SHORT:
                continue
            text, num = _text(el), None
        else:
            num_el = el.find(akn("num"))
            heading = el.find(akn("heading"))
            num = _text(num_el).strip() if num_el is not None else None
            if heading is not None:
                text = _text(heading)
            elif local in ("paragraph", "item"):
                p = el.find(f"{akn('content')}/{akn('p')}")
                if p is None:
                    p = el.find(akn("p"))
                text = _text(p) if p is not None else ""
                if len(text) > _SHORT:
                    continue
            else:
                continue
        text = " ".join(text.split())
        if num is None:
            num, text = entry_number(text, lang)
        found.append((el.get("eId"), _num_key(num, lang), _key(text)))
    return found


def _num_key(num: str | None, lang: Language) -> str | None:
    """A number as compared: "II." and "II" alike, "Chapter IV" as "IV", "Annex 2:" as
    "annex 2"."""
    if not num:
        return None
    if number_style(num, lang) == "chapter":
        num = num.split()[-1]
    return _key(num) or None


def _find(entry: Entry, targets, start: int, lang: Language) -> int | None:
    num = _num_key(entry.part(entry.num), lang)
    if entry.annexed and num:
        num = f"{_key(front_words(lang.code).annex_word)} {num}"    # "I." under "Annexes"
    title = _key(entry.title)
    for k in range(start, len(targets)):
        _, target_num, target_title = targets[k]
        if num == target_num and _similar(title, target_title, _NUMBERED_SIMILAR if num else _SIMILAR):
            return k
        if target_num is None and num and _similar(title, target_title, _SIMILAR):
            return k             # the heading printed without the entry's number
    return None


def _similar(a: str, b: str, enough: float) -> bool:
    if a == b:
        return True
    if not a or not b:
        return False
    short, long_ = sorted((a, b), key=len)
    if len(short) >= _PREFIX and long_.startswith(short):
        return True
    # The quick ratios are upper bounds of ratio(): most pairs are told apart by them.
    # Both as difflib computes them, before a SequenceMatcher is made (making one
    # indexes the second title): real_quick_ratio() from the lengths alone, then
    # quick_ratio() from the characters the titles share, each title's counted once.
    length = len(a) + len(b)
    if 2.0 * len(short) / length < enough:
        return False
    counts_b = _counts(b)
    shared = sum(min(n, counts_b.get(ch, 0)) for ch, n in _counts(a).items())
    if 2.0 * shared / length < enough:
        return False
    return SequenceMatcher(None, a, b, autojunk=False).ratio() >= enough


@lru_cache(maxsize=4096)
def _counts(title: str) -> Counter:
    """How often each character stands in a title (read, never changed)."""
    return Counter(title)

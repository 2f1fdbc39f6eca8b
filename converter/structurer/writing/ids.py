"""eIds after the Akoma Ntoso Naming Convention (see shared AKN-UN markup notes, §3):
``preamble__p_3``, ``para_2__list_1__point_a``, ``preamble__p_1__authorialNote_1``."""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

SHORT_NAMES = {"paragraph": "para", "section": "sec", "subsection": "subsec", "division": "dvs",
               "subparagraph": "subpara", "blockList": "list", "attachment": "att",
               "alinea": "al", "wrapUp": "wrapup",
               # a treaty's parts (an annexed convention): NC abbreviations
               "chapter": "chp", "article": "art"}


_NOT_IN_ID = re.compile(r"[^\w-]", re.ASCII)


def clean_num(num: str) -> str:
    """ "1." -> "1", "(a)" -> "a", "1 bis" -> "1bis"; other punctuation -> "-". Full-width
    forms ("１．", "（a）") and the digits of other scripts (Arabic-Indic "١٢", "۱۲") as
    ASCII: the eId names the number, whatever digits print it."""
    num = "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c
                  for c in unicodedata.normalize("NFKC", num))
    num = num.strip().strip(".,;:()[]- ")
    num = "".join(num.split())                  # (no white space: \s as str.split knows it)
    return _NOT_IN_ID.sub("-", num) or "x"


class IdRegistry:
    """Every eId handed out in one document, to keep them unique."""

    def __init__(self) -> None:
        self.used: set[str] = set()
        self.collisions: list[str] = []

    def claim(self, eid: str) -> str:
        if eid in self.used:
            n = 2
            while f"{eid}_{n}" in self.used:
                n += 1
            self.collisions.append(eid)
            eid = f"{eid}_{n}"
        self.used.add(eid)
        return eid


class IdScope:
    """The eIds of the children of one element: ``{prefix}__{type}_{n}``."""

    def __init__(self, prefix: str, registry: IdRegistry) -> None:
        self.prefix = prefix
        self.registry = registry
        # (a defaultdict: made for every element that has children, a Counter costs more)
        self.counts: defaultdict = defaultdict(int)

    def next(self, element: str, num: str | None = None) -> str:
        """The eId of the next child ``element`` (numbered by ``num`` when it has one)."""
        name = SHORT_NAMES.get(element, element)
        if num is None:
            self.counts[name] += 1
            segment = f"{name}_{self.counts[name]}"
        else:
            segment = f"{name}_{clean_num(num)}"
        return self.registry.claim(f"{self.prefix}__{segment}" if self.prefix else segment)

    def paragraph(self, num: str | None) -> str:
        """A paragraph's eId: by its printed number, or for unnumbered text by a count of
        its own ("para_u3"), apart from the printed numbers."""
        if num is not None:
            return self.next("paragraph", num)
        self.counts["unnumbered"] += 1
        return self.next("paragraph", f"u{self.counts['unnumbered']}")

    def inside(self, eid: str) -> "IdScope":
        """The scope of the children of the element whose eId is ``eid``."""
        return IdScope(eid, self.registry)

    def bare(self, name: str) -> "IdScope":
        """The scope inside an element with no eId of its own that adds its name to its
        descendants' eIds (``preamble``, ``intro``, ``wrapUp``)."""
        segment = SHORT_NAMES.get(name, name)
        return IdScope(f"{self.prefix}__{segment}" if self.prefix else segment, self.registry)

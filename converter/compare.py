"""Two Akoma Ntoso files side by side (``akn compare A.xml B.xml``): are they the same
Work (two language versions of one document), and do their structures meet, element by
element, by eId: parts, paragraphs, lists, notes, tables, containers (the summary box),
the contents and each of their entries, annexes?

eIds are language-neutral (see docs/markup.md, Language versions): the same printed
structure gives the same eIds in every language, so what one version has and the other
lacks is a difference of structure, not of words. Some elements are also compared by
what they say in a language-neutral way: a preambular paragraph or a container by its
name (``container name="recalling"``), a contents entry by its level and the element it
links to. Text-level elements (``p`` in the body, inline markup) are each language's
own."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .namespaces import AKN_NS, SOURCE_NS

_A = f"{{{AKN_NS}}}"
# What a reader calls a paragraph: numbered paragraphs and their points, preambular
# paragraphs, list items, a debate's speeches.
PARAGRAPHS = {"paragraph", "subparagraph", "point", "item", "level", "speech", "question",
              "answer", "alinea", "indent"}
# Parts of the hierarchy (with a heading or not).
PARTS = {"part", "chapter", "section", "subsection", "title", "division", "hcontainer",
         "crossHeading", "debateSection", "article", "book", "tome", "clause", "subpart",
         "subchapter", "subtitle", "subdivision", "rule", "subrule", "embeddedStructure"}
# Every other structural element, by what a reader calls it.
OTHERS = {"authorialNote": "note", "blockList": "list", "list": "list", "table": "table",
          "container": "container", "blockContainer": "container", "toc": "contents",
          "tocItem": "contents entry", "attachment": "annex", "preamble": "preamble",
          "preface": "preface", "mainBody": "body"}
# What a difference in the detail of an element is called, per kind of element.
DETAIL = {"contents entry": "target"}
# The kinds counted in the verdict, in this order.
COUNTED = ("part", "paragraph", "list", "note", "table", "container", "contents entry", "annex")


class CompareError(Exception):
    """An input that cannot be compared: unreadable, not XML, not Akoma Ntoso."""


@dataclass
class Identity:
    work: str
    expression: str
    language: str
    status: str                 # printed, given, provisional (src:source/@identity)

    @property
    def provisional(self) -> bool:
        return self.status == "provisional"


@dataclass
class Version:
    path: str
    identity: Identity
    # eId -> (what it is: paragraph, note, heading; its language-neutral name or "")
    structure: dict[str, tuple[str, str]] = field(default_factory=dict)


@dataclass
class Comparison:
    a: Version
    b: Version

    @property
    def same_work(self) -> bool:
        return self.a.identity.work == self.b.identity.work and not self.a.identity.provisional

    @property
    def missing_in_a(self) -> list[str]:
        return [e for e in self.b.structure if e not in self.a.structure]

    @property
    def extra_in_a(self) -> list[str]:
        return [e for e in self.a.structure if e not in self.b.structure]

    @property
    def renamed(self) -> list[str]:
        """eIds both have, under different names (a preambular paragraph's verb, a
        container's name) or, for a contents entry, with another level or target."""
        return [e for e, (_, name) in self.a.structure.items()
                if e in self.b.structure and self.b.structure[e][1] != name]

    @property
    def same_structure(self) -> bool:
        return not (self.missing_in_a or self.extra_in_a or self.renamed)

    def report(self) -> list[str]:
        """The verdict, one line each: the Work, then each difference."""
        a, b = self.a.identity, self.b.identity
        lines = []
        if self.same_work:
            lines.append(f"same Work: {a.work} ({a.language}, {b.language})")
        elif a.work == b.work:
            lines.append(f"no Work to compare: both identities are provisional ({a.work})")
        else:
            lines.append(f"different Works: A {a.work}, B {b.work}")
        for eid in self.missing_in_a:
            lines.append(f"missing in A: {self.b.structure[eid][0]} {eid}")
        for eid in self.extra_in_a:
            lines.append(f"extra in A: {self.a.structure[eid][0]} {eid}")
        for eid in self.renamed:
            what = self.a.structure[eid][0]
            lines.append(f"different {DETAIL.get(what, 'name')}: {what} {eid}: "
                         f"A {self.a.structure[eid][1]!r}, B {self.b.structure[eid][1]!r}")
        if self.same_structure:
            counts = {}
            for what, _ in self.a.structure.values():
                counts[what] = counts.get(what, 0) + 1
            lines.append("same structure: " + ", ".join(
                f"{counts[w]} {_plural(w, counts[w])}" for w in COUNTED if counts.get(w)))
        return lines


def _plural(what: str, n: int) -> str:
    if n == 1:
        return what
    return what[:-1] + "ies" if what.endswith("y") else what + "s"


def identity(tree) -> Identity:
    """The Work and Expression IRIs of a converted document, its language and how it
    was identified (printed, given, provisional)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    ident = root.find(f".//{_A}meta/{_A}identification")
    if ident is None:
        raise CompareError("no FRBR identification")
    work = ident.find(f"{_A}FRBRWork/{_A}FRBRuri")
    expression = ident.find(f"{_A}FRBRExpression/{_A}FRBRuri")
    language = ident.find(f"{_A}FRBRExpression/{_A}FRBRlanguage")
    if work is None or expression is None:
        raise CompareError("no FRBRWork or FRBRExpression IRI")
    source = root.find(f".//{_A}proprietary/{{{SOURCE_NS}}}source")
    status = "printed"
    if source is not None:
        status = "provisional" if source.get("provisional") == "true" else \
            source.get("identity", "printed")
    return Identity(work.get("value", ""), expression.get("value", ""),
                    language.get("language", "") if language is not None else "", status)


def structure(tree) -> dict[str, tuple[str, str]]:
    """eId -> (what it is, its detail) for every structural element two versions share,
    in document order: parts, paragraphs, lists, notes, tables, containers, the contents
    and their entries, annexes. The detail is a preambular paragraph's or a container's
    name, a contents entry's level and link, else "". The cover page and metadata are
    left out (a version prints its own language line there), and so are text-level
    elements."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    found: dict[str, tuple[str, str]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(_A):
            continue
        local = el.tag[len(_A):]
        if local in ("meta", "coverPage"):
            continue
        if any(a.tag in (f"{_A}meta", f"{_A}coverPage") for a in el.iterancestors()):
            continue
        eid = el.get("eId")
        if not eid:
            continue
        if local in PARAGRAPHS:
            found[eid] = ("paragraph", "")
        elif local in ("p", "blockList") and _in_preamble(el):
            parent = el.getparent()
            name = parent.get("name", "") if parent.tag == f"{_A}container" else ""
            if name != "subheading" and parent.tag != f"{_A}formula":
                found[eid] = ("paragraph", name)
        elif local in PARTS:
            found[eid] = ("part", el.get("name", "") if local == "hcontainer" else "")
        elif local == "tocItem":
            found[eid] = ("contents entry", f"level {el.get('level')}, "
                                            f"{el.get('href') or 'no link'}")
        elif local in OTHERS:
            found[eid] = (OTHERS[local], el.get("name", ""))
    return found


def _in_preamble(el) -> bool:
    parent = el.getparent()
    if parent is not None and parent.tag == f"{_A}container":
        parent = parent.getparent()
    return parent is not None and parent.tag == f"{_A}preamble"


def read(path: str | Path) -> Version:
    """A file as a version to compare, or CompareError with a one-line reason."""
    try:
        tree = etree.parse(str(path))
    except OSError as error:
        raise CompareError(f"{path}: cannot be read ({getattr(error, 'strerror', None) or error})") from None
    except etree.XMLSyntaxError as error:
        raise CompareError(f"{path}: not well-formed XML ({error})") from None
    if tree.getroot().tag != f"{_A}akomaNtoso":
        raise CompareError(f"{path}: not an Akoma Ntoso document (root {etree.QName(tree.getroot()).localname})")
    try:
        return Version(str(path), identity(tree), structure(tree))
    except CompareError as error:
        raise CompareError(f"{path}: {error}") from None


def compare(a: str | Path, b: str | Path) -> Comparison:
    return Comparison(read(a), read(b))

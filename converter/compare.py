"""Two Akoma Ntoso files side by side (``akn compare A.xml B.xml``): are they the same
Work (two language versions of one document), and do their structures meet, paragraph
by paragraph, note by note, heading by heading, by eId?

eIds are language-neutral (see docs/markup.md, Language versions): the same printed
structure gives the same eIds in every language, so what one version has and the other
lacks is a difference of structure, not of words. Preambular paragraphs are also
compared by their language-neutral name (``container name="recalling"``)."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree

from .namespaces import AKN_NS, SOURCE_NS

_A = f"{{{AKN_NS}}}"
# What a reader calls a paragraph: numbered paragraphs and their points, preambular
# paragraphs, list items, a debate's speeches.
PARAGRAPHS = {"paragraph", "subparagraph", "point", "item", "level", "speech", "question",
              "answer"}
# Parts that carry a heading.
PARTS = {"part", "chapter", "section", "subsection", "title", "division", "hcontainer",
         "crossHeading", "debateSection", "attachment"}


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
        """eIds both have, under different names (a preambular paragraph's verb)."""
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
            lines.append(f"different name: {eid}: A {self.a.structure[eid][1]!r}, "
                         f"B {self.b.structure[eid][1]!r}")
        if self.same_structure:
            counts = {}
            for what, _ in self.a.structure.values():
                counts[what] = counts.get(what, 0) + 1
            lines.append("same structure: " + ", ".join(
                f"{counts.get(w, 0)} {w}{'s' if counts.get(w, 0) != 1 else ''}"
                for w in ("paragraph", "note", "heading")))
        return lines


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
    """eId -> (paragraph | note | heading, name) for the parts two versions share,
    in document order; the cover page and metadata are left out (a version prints its
    own language line there)."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    found: dict[str, tuple[str, str]] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or not el.tag.startswith(_A):
            continue
        local = el.tag[len(_A):]
        if local in ("meta", "coverPage"):
            continue
        if any(a.tag in (f"{_A}meta", f"{_A}coverPage") or a.get("name") == "contents"
               for a in el.iterancestors()):
            continue          # a table of contents: each language wraps its lines its own way
        eid = el.get("eId")
        if not eid:
            continue
        if local == "authorialNote":
            found[eid] = ("note", "")
        elif local in PARAGRAPHS:
            found[eid] = ("paragraph", "")
        elif local in ("p", "blockList") and _in_preamble(el):
            parent = el.getparent()
            name = parent.get("name", "") if parent.tag == f"{_A}container" else ""
            if name != "subheading" and parent.tag != f"{_A}formula":
                found[eid] = ("paragraph", name)
        elif local in PARTS and el.find(f"{_A}heading") is not None:
            found[eid] = ("heading", "")
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

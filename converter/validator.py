"""Validation: the official AKN 3.0 XSD, then the project's own invariants.

libxml2 (lxml's XMLSchema) decides valid or invalid: it loads the schema in a fraction
of a second and checks a document in about a millisecond. xmlschema is slower to load
and to run, but says precisely where and why a document fails, so it is built only
when a document is invalid, to explain it. Both are built once per process.
"""
from __future__ import annotations

import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from itertools import chain, pairwise

from lxml import etree

from .extractor.layout.furniture import FURNITURE_IN_TEXT, is_furniture
try:            # the runs of letters and digits read in C, where it was built
    from .extractor.characters._words import count_words as _count_words, \
        word_pairs as _word_pairs
except ImportError:
    _count_words = _word_pairs = None
from .namespaces import AKN_NS

NS = {"a": AKN_NS}
_URL = re.compile(r"https?://\S+")
_SEPARATOR = re.compile(r"_{5,}")
_WORD = re.compile(r"[^\W_]+")
_REF_ATTRS = ("refersTo", "as", "href", "by", "source")
_WITH_EID = etree.XPath("descendant-or-self::*[@eId]")
_WITH_REFERENCE = etree.XPath("descendant-or-self::*[" + " or ".join(f"@{a}" for a in _REF_ATTRS)
                              + "]")
# Inline elements of AKN that the converter writes: they never separate words.
_EID = re.compile(r"^[A-Za-z]+(_[A-Za-z0-9-]+)*(__[A-Za-z]+(_[A-Za-z0-9-]+)*)*$")
_INLINE = {"i", "b", "u", "sup", "sub", "span", "ref", "date", "docDate", "docNumber",
           "docTitle", "docProponent", "docStatus", "docType", "docAuthority", "docCommittee",
           "session", "inline", "organization", "term", "concept", "noteRef",
           "signature", "person", "role"}
_lock = threading.Lock()
_P = f"{{{AKN_NS}}}p"


@dataclass(frozen=True)
class Problem:
    """One finding. ``severity`` is "error" (the document is invalid) or "warning".
    ``line`` is the line in the file (for a document built in memory, in the file as
    ``akn convert`` writes it); ``path`` the element path; ``eid`` the eId of the
    element, or of its nearest ancestor that has one (then ``eid_is_ancestor``)."""
    code: str
    message: str
    line: int | None = None
    path: str | None = None
    severity: str = "error"
    eid: str | None = None
    eid_is_ancestor: bool = False

    def __str__(self) -> str:
        where = [f"line {self.line}"] if self.line else []
        if self.path:
            element = self.path
            if self.eid:
                element += f" (inside eId {self.eid})" if self.eid_is_ancestor \
                    else f" (eId {self.eid})"
            where.append(element)
        return f"{self.severity}: {', '.join(where) or 'the document'}: " \
               f"[{self.code}] {self.message}"


def schema_path():
    return resources.files("converter.schemas") / "akomantoso30.xsd"


@lru_cache(maxsize=None)
def lxml_schema() -> etree.XMLSchema:
    """The XSD compiled by libxml2; shared by all threads of the process."""
    with resources.as_file(schema_path()) as path:
        return etree.XMLSchema(etree.parse(str(path)))


@lru_cache(maxsize=None)
def xmlschema_schema():
    """The XSD built by xmlschema, for explanations only."""
    import xmlschema
    with resources.as_file(schema_path()) as path:
        return xmlschema.XMLSchema(str(path))


def validate(tree, source_text: str | None = None, explain: bool = True) -> list[Problem]:
    """All problems of an Akoma Ntoso document (an lxml tree or element), errors first.
    With ``source_text`` (the input text), also checks that no word of it was lost."""
    root = tree.getroot() if hasattr(tree, "getroot") else tree
    tree = root.getroottree()
    _places.by_parent = {}
    _places.texts = {}
    try:
        problems = schema_problems(tree, explain)
        problems += invariant_problems(tree, source_text)
        if source_text is not None:
            problems += lost_word_problems(tree, source_text)
        problems = _with_written_lines(root, problems)
    finally:
        _places.by_parent = None
        _places.texts = None
    return sorted(problems, key=lambda p: (p.severity != "error", p.line or 0))


def errors(problems: list[Problem]) -> list[Problem]:
    return [p for p in problems if p.severity == "error"]


def schema_problems(tree, explain: bool = True) -> list[Problem]:
    schema = lxml_schema()
    with _lock:       # an XMLSchema's error log is per object: validate one at a time
        if schema.validate(tree):
            return []
        log = [(e.line, e.path, e.message) for e in schema.error_log]
    if explain:
        explained = explain_with_xmlschema(tree)
        if explained:
            return explained
    return [_libxml2_problem(tree, line, path, message) for line, path, message in log]


def _libxml2_problem(tree, line, path, message) -> Problem:
    """libxml2 names elements by position only (/*/*/*[1]/*[2]): find the element to
    name it as people do."""
    try:
        found = tree.xpath(path) if path else []
    except etree.XPathError:
        found = []
    el = found[0] if found and isinstance(found[0], etree._Element) else None
    if el is None:
        return Problem("xsd", plain_message(message), line or None)
    return _problem("xsd", plain_message(message), el, line=line or None)


def explain_with_xmlschema(tree) -> list[Problem]:
    """xmlschema's reading of each XSD error: element, line and reason."""
    problems = []
    for error in xmlschema_schema().iter_errors(tree):
        reason = plain_message(error.reason or error.message or "")
        el = getattr(error, "elem", None)
        if isinstance(el, etree._Element):
            problems.append(_problem("xsd", reason, el, line=getattr(error, "sourceline", None)))
        else:
            problems.append(Problem("xsd", reason, getattr(error, "sourceline", None),
                                    _readable(error.path)))
    return problems


# What the XSD libraries say, in words for people: no namespace URIs, no Python reprs.
_REWRITES = [
    (re.compile(r"duplicated value \((.+?),?\) for Xsd(?:Unique|Key)\(name='([\w]+)[^']*'\)"),
     r"the \2 \1 is used twice: it must be unique"),
    (re.compile(r"(?:Element '[^']*': )?Duplicate key-sequence \[(.+?)\] in (?:unique|key) "
                r"identity-constraint '([\w]+)[^']*'\.?"),
     r"the \2 \1 is used twice: it must be unique"),
    (re.compile(r"The content of element '([^']*)' is not complete\. Tag '([^']*)' expected\."),
     r"<\1> is incomplete: <\2> is missing"),
    (re.compile(r"The content of element '([^']*)' is not complete\. Tag \((.*)\) expected\."),
     r"<\1> is incomplete: one of \2 is missing"),
    (re.compile(r"Unexpected child with tag '([^']*)' at position (\d+)\.(?: Tag (.*) expected\.)?"),
     r"<\1> (child \2) is not allowed here"),
    (re.compile(r"(?:Element '([^']*)': )?Missing child element\(s\)\. Expected is \( ?(.*?) ?\)\.?"),
     r"a child element is missing: expected \2"),
    (re.compile(r"(?:Element '([^']*)': )?This element is not expected\.(?: Expected is .*)?"),
     r"<\1> is not allowed here"),
    (re.compile(r"Xsd\w+\(name='([^']*)'\)"), r"'\1'"),
    (re.compile(r"^Element '([^']*)'(?:, attribute '([^']*)')?: "), ""),
]


def plain_message(message: str) -> str:
    """One line, element names without their namespace URI, library reprs rewritten."""
    text = re.sub(r"\{[^}]*\}", "", " ".join(message.split()))
    for pattern, replacement in _REWRITES:
        text = pattern.sub(replacement, text)
    text = text.replace("<>", "this element")
    return text if len(text) <= 300 else text[:297] + "…"


def _readable(path: str | None) -> str | None:
    if not path:
        return None
    return re.sub(r"\{[^}]*\}|[a-z]+:", "", path)


def _with_written_lines(root, problems: list[Problem]) -> list[Problem]:
    """A document built in memory has no line numbers: give each problem the line of
    its element in the document as written (serialize.to_bytes, what ``akn convert``
    writes), so that no problem says "line ?"."""
    wanted = {p.path for p in problems if p.path and not p.line}
    if not wanted or root.sourceline is not None:
        return problems
    from .serialize import parser, to_bytes
    written = etree.fromstring(to_bytes(root), parser())
    lines = {}
    children: dict = {}      # (element, name) -> its children of that name, listed once
    for path in wanted:
        el = _find_by_path(written, path, children)
        if el is not None:
            lines[path] = el.sourceline
    return [replace(p, line=lines.get(p.path)) if p.path in lines and not p.line else p
            for p in problems]


def _find_by_path(root, path: str, children: dict | None = None):
    """The element that :func:`element_path` names ``path`` (None if there is none).
    ``children`` caches each element's children by name across calls: many problems
    under one parent (a warning on each of 10,000 paragraphs) list its children once."""
    steps = path.strip("/").split("/")
    if not steps or etree.QName(root).localname != steps[0]:
        return None
    el = root
    children = {} if children is None else children
    for step in steps[1:]:
        name, _, index = step.partition("[")
        same = children.get((el, name))
        if same is None:
            same = children[(el, name)] = [c for c in el if isinstance(c.tag, str)
                                           and etree.QName(c).localname == name]
        k = int(index.rstrip("]")) - 1 if index else 0
        if k >= len(same):
            return None
        el = same[k]
    return el


def element_path(el) -> str:
    """ "/akomaNtoso/statement/preamble/p[3]" for an element."""
    parts = []
    while el is not None and isinstance(el.tag, str):
        name = etree.QName(el).localname
        parent = el.getparent()
        if parent is not None:
            place, same = _place(el, parent)
            if same > 1:
                name += f"[{place}]"
        parts.append(name)
        el = parent
    return "/" + "/".join(reversed(parts))


# While validate() runs: each parent's children's places among their namesakes, counted
# once per parent (a path per problem would count the siblings again each time: with a
# warning on each of n paragraphs, n times n). Per thread: validations may run side by side.
_places = threading.local()


def _place(el, parent) -> tuple[int, int]:
    """(place of ``el`` among its parent's children of its tag, from 1; how many)."""
    cache = getattr(_places, "by_parent", None)
    if cache is None:
        same = [s for s in parent if isinstance(s.tag, str) and s.tag == el.tag]
        return same.index(el) + 1, len(same)
    places = cache.get(parent)
    if places is None:
        counts: Counter = Counter()
        places = {}
        for child in parent:
            if isinstance(child.tag, str):
                counts[child.tag] += 1
                places[child] = counts[child.tag]
        places = cache[parent] = (places, counts)
    return places[0][el], places[1][el.tag]


_LOCAL_NAMES: dict[str, str] = {}


def _local(el) -> str:
    """An element's name without its namespace, looked up once per tag (the checks
    below ask it of every element of the document)."""
    tag = el.tag
    local = _LOCAL_NAMES.get(tag)
    if local is None:
        local = _LOCAL_NAMES[tag] = etree.QName(el).localname
    return local


def _problem(code, message, el=None, severity="error", line=None) -> Problem:
    if el is None:
        return Problem(code, message, severity=severity)
    eid, holder = None, el
    while holder is not None and isinstance(holder.tag, str):
        eid = holder.get("eId")
        if eid:
            break
        holder = holder.getparent()
    return Problem(code, message, line or el.sourceline, element_path(el), severity,
                   eid or None, bool(eid) and holder is not el)


def invariant_problems(tree, source_text: str | None = None) -> list[Problem]:
    """The project's rules that the XSD does not check. Linear in the document.
    ``source_text`` (the input's text) tells a note's text the input prints twice from
    one that leaked into the body."""
    root = tree.getroot()
    problems: list[Problem] = []
    eids: dict[str, object] = {}
    references: list[tuple[object, str]] = []
    # (the elements with an eId, and those with a reference, found by lxml in document
    # order: most elements have neither, and are not looked at here)
    for el in _WITH_EID(root):
        eid = el.get("eId")
        if eid in eids:
            problems.append(_problem("duplicate-eid", f"eId {eid!r} is used twice", el))
        eids[eid] = el
    for el in _WITH_REFERENCE(root):
        for attr in _REF_ATTRS:
            value = el.get(attr)
            if value and value.startswith("#"):
                references.extend((el, v[1:]) for v in value.split())
    for el, target in references:
        if target not in eids:
            problems.append(_problem("dangling-reference", f"#{target} names no element", el))

    for el in eids.values():
        local = _local(el)
        eid = el.get("eId")
        if not local.startswith("TLC") and not _EID.match(eid):
            problems.append(_problem("eid-syntax", f"eId {eid!r} breaks the naming convention", el))
    body = _content_elements(root)
    if getattr(_places, "texts", None) is not None:
        for part in body:                # (each read once here, its paragraphs with it)
            _text(part, skip_notes=True)
    problems += _frbr_problems(root)
    problems += _punctuation_warnings(root)
    problems += _furniture_problems(root)
    notes = root.iter(f"{{{AKN_NS}}}authorialNote")
    note_texts = []
    for note in notes:
        if not note.get("marker"):
            problems.append(_problem("note-without-marker", "authorialNote has no marker", note))
        text = _text(note)
        if not text.strip():
            problems.append(_problem("empty-note", "authorialNote has no text", note))
        note_texts.append((note.get("marker") or "", _norm(text)))
    # (a debate holds no hcontainer: its gathered notes are a debateSection)
    for el in root.iter(f"{{{AKN_NS}}}hcontainer", f"{{{AKN_NS}}}debateSection"):
        name = el.get("name")
        if name == "unanchoredNotes":
            problems.append(_problem("unanchored-note", "footnotes whose marker was not "
                                     "found in the text are gathered here", el))
        elif name == "unplaced":
            problems.append(_problem("unplaced-text", "text the structurer could not place: "
                                     + _text(el)[:80], el, "warning"))
        elif name == "noOperativePart":
            problems.append(_problem("no-operative-part", "the document has no operative "
                                     "paragraph", el, "warning"))
    for part in body:
        # An element's own text is a piece of its part's: where the part holds no "http"
        # and no "_____", none of its elements does (most parts: their text is not cut
        # into each element's own).
        whole = "".join(part.itertext())
        pieces = "http" in whole or "_____" in whole
        # Without them, only the paragraphs have anything to check (empty-p): lxml
        # finds them, rather than a look at each element here.
        for el in part.iter() if pieces else part.iter(_P):
            if not isinstance(el.tag, str):
                continue
            local = _local(el)
            own = ""
            if pieces:
                own = (el.text or "") + "".join(c.tail or "" for c in el if isinstance(c.tag, str))
            if pieces and local == "ref":
                # A web address the document prints is content, wrapped in its link.
                own = "".join(c.tail or "" for c in el if isinstance(c.tag, str))
            # (the plain substring first: the patterns need it, and most text lacks it)
            if "http" in own and _URL.search(own):
                problems.append(_problem("url-in-text", "a URL is printed as text: "
                                         + _URL.search(own).group(0), el))
            if "_____" in own and _SEPARATOR.search(own):
                problems.append(_problem("separator-in-text", "a footnote separator line "
                                         "is left in the text", el))
            # (a paragraph whose own first text prints something is not empty)
            if local == "p" and not (el.text or "").strip() and not _text(el).strip() and \
                    el.find(f"{{{AKN_NS}}}img") is None and \
                    el.getparent().getparent().get("name") != "noOperativePart":
                problems.append(_problem("empty-p", "empty paragraph", el))
    problems += _note_text_problems(body, note_texts, source_text)
    return problems


def _letters(text: str) -> str:
    """Only the letters and digits, in lower case: the same words however the lines
    were joined (a hyphen at a line end, a space in a web address broken over lines)."""
    return "".join(_letter_stretches(text))


def _letter_stretches(text: str) -> Iterator[str]:
    """:func:`_letters` of ``text``, a stretch at a time (see _stretches): the copies
    that folding makes of a long document's text, several megabytes at once, were the
    validation's peak."""
    for stretch in _stretches(text):
        yield "".join(_WORD.findall(_fold(stretch))).lower()


def _letter_counts(texts: list[str], wanted: set[str]) -> dict[str, int]:
    """How often each of ``wanted`` (letters of a note: no space) stands in the letters
    of ``texts`` set apart by a space: ``" ".join(map(_letters, texts)).count(w)``,
    the leftmost occurrences that do not overlap, as str.count takes them. Taken a
    stretch at a time, so that no copy of the whole text is made: a stretch is searched
    with the end of the one before it (one letter fewer than the longest wanted), from
    where an occurrence would hold a letter of its own, and not before the end of the
    last one counted."""
    counts = dict.fromkeys(wanted, 0)
    searched = [w for w in wanted if w]
    longest = max(map(len, searched), default=0)
    total = 0                        # letters and spaces of the joined text
    for k, text in enumerate(texts):
        total += k > 0
        ends = dict.fromkeys(searched, 0)   # where the last one counted ends, in text's letters
        carry, start = "", 0         # start: where ``carry`` stands in text's letters
        for letters in _letter_stretches(text):
            total += len(letters)
            held = carry + letters
            for w in searched:
                at = held.find(w, max(len(carry) - len(w) + 1, ends[w] - start, 0))
                while at >= 0:
                    counts[w] += 1
                    ends[w] = start + at + len(w)
                    at = held.find(w, at + len(w))
            keep = min(len(held), max(longest - 1, 0))
            carry, start = held[len(held) - keep:], start + len(held) - keep
    if "" in counts:
        counts[""] = total + 1
    return counts


def _note_text_problems(body: list, note_texts: list[tuple[str, str]],
                        source_text: str | None) -> list[Problem]:
    """A note's text in the body too. Documents print the same words as a note and as
    text (a figure's "Source: …" and a note citing the same survey, an annex listing a
    publication a note cites, a table's own notes, a photograph's source address): a
    leak is the note's text after its own marker ("* Au nom des États Membres …", a
    footnote line left as text), or printed more often in the output than in the input.
    Without the input the second cannot be told, and it is a warning."""
    problems: list[Problem | None] = []
    part_texts = [_text(part, skip_notes=True) for part in body]   # (each part read once)
    # (where how often a note's letters stand in the output and in the input tells: the
    # place its problem would take in ``problems``, the part it was found in, its text)
    counted: list[tuple[int, object, str]] = []
    for part, part_text in zip(body, part_texts):
        outside = _norm(part_text)
        for marker, text in note_texts:
            if len(text) <= 20 or text not in outside:
                continue
            if marker and re.search(rf"(?<!\w){re.escape(marker)} ?{re.escape(text)}", outside):
                problems.append(_problem("note-text-in-body", "footnote text is also in the "
                                         f"body, after its marker: {marker} {text[:60]!r}",
                                         part))
            elif source_text is None:
                problems.append(_problem("note-text-in-body", "footnote text is also in the "
                                         f"body (leaked, or printed twice: give the input "
                                         f"to tell): {text[:60]!r}", part, "warning"))
            else:
                counted.append((len(problems), part, text))
                problems.append(None)
    if counted:
        # Each piece apart (a space never occurs in _letters), so a note's text is not
        # found across the end of one and the start of the next.
        wanted = {_letters(text) for _, _, text in counted}
        in_output = _letter_counts(part_texts + [t for _, t in note_texts], wanted)
        in_input = _letter_counts([source_text], wanted)
        for k, part, text in counted:
            if in_output[_letters(text)] > in_input[_letters(text)]:
                problems[k] = _problem("note-text-in-body", "footnote text is also in the "
                                       f"body: {text[:60]!r}", part)
    return [p for p in problems if p is not None]


def _furniture_problems(root) -> list[Problem]:
    """No page furniture (job number, barcode, recycling notice, a page number or job
    number alone) in the document's text; the coverPage may show the masthead only.
    A table cell's value alone ("79/95": a resolution in a list of resolutions) is the
    table's, not a page number: there only what is furniture wherever it stands counts."""
    problems = []
    cells = (f"{{{AKN_NS}}}td", f"{{{AKN_NS}}}th")
    for part in _content_elements(root):
        if etree.QName(part).localname == "coverPage":
            continue
        for p in part.iter(f"{{{AKN_NS}}}p"):
            text = _norm(_text(p, skip_notes=True))
            found = FURNITURE_IN_TEXT.search(text) if _may_hold_furniture(text) else None
            if found is None and (p.getparent().tag in cells or not is_furniture(text)):
                continue
            shown = found.group(0) if found else text
            problems.append(_problem("furniture-in-text", f"{p.get('eId')}: page furniture "
                                     f"in the text: {shown!r}", p))
    return problems


_JOB_DIGITS = re.compile(r"-\d{5}")


def _may_hold_furniture(text: str) -> bool:
    """Whether FURNITURE_IN_TEXT may match: what each of its patterns must hold (a job
    number's "-" and five digits, a barcode's "*", the recycling notice's "recycl" or
    "írva" in any case: letters whose case ``lower`` and the pattern read alike). A
    few plain searches: the pattern itself, tried at every place of every paragraph,
    cost more than the rest of the furniture check."""
    if "*" in text or _JOB_DIGITS.search(text):
        return True
    low = text.lower()
    return "recycl" in low or "\u00edrva" in low


def _frbr_problems(root) -> list[Problem]:
    """The FRBR IRIs agree with the other FRBR elements (the XSD takes any string)."""
    ident = root.find(f".//{{{AKN_NS}}}identification")
    if ident is None:
        return []
    problems = []

    def value(path, attr="value"):
        el = ident.find(path, NS)
        return (el.get(attr), el) if el is not None else (None, None)

    work, work_el = value("a:FRBRWork/a:FRBRthis")
    expression, expr_el = value("a:FRBRExpression/a:FRBRthis")
    number, _ = value("a:FRBRWork/a:FRBRnumber")
    language, _ = value("a:FRBRExpression/a:FRBRlanguage", "language")
    date, _ = value("a:FRBRWork/a:FRBRdate", "date")
    doc = next((c for c in root if isinstance(c.tag, str)), None)
    doc_type = etree.QName(doc).localname if doc is not None else None
    if work:
        parts = work.split("/")
        if parts[-1] != "!main":
            # The naming convention's component name; other producers often omit it.
            problems.append(_problem("frbr", f"Work FRBRthis {work!r} does not end in "
                                     "/!main", work_el, "warning"))
            parts.append("!main")
        if len(parts) < 9 or parts[1] != "akn":
            problems.append(_problem("frbr", f"Work IRI {work!r} is not /akn/…", work_el))
        else:
            if parts[3] != doc_type:
                problems.append(_problem("frbr", f"Work IRI says {parts[3]!r}, the document "
                                         f"is a {doc_type!r}", work_el))
            if date and parts[6] != date:
                problems.append(_problem("frbr", f"Work IRI date {parts[6]} is not FRBRdate "
                                         f"{date}", work_el))
            if number and parts[7] != number:
                problems.append(_problem("frbr", f"Work IRI number {parts[7]!r} is not "
                                         f"FRBRnumber {number!r}", work_el))
    if expression and language and f"/{language}@" not in expression:
        problems.append(_problem("frbr", f"Expression IRI does not carry the language "
                                 f"{language!r}", expr_el))
    if language and not re.fullmatch(r"[a-z]{3}", language):
        problems.append(_problem("frbr", f"FRBRlanguage {language!r} is not an ISO 639-2 code"))
    return problems


# How paragraphs end, by language: preambular, operative, last operative.
_ENDINGS = {"ara": ("،", "؛", "."), "zho": ("，", "；", "。")}
_LATIN_ENDINGS = (",", ";", ".")


def _punctuation_warnings(root) -> list[Problem]:
    """A preambular paragraph ends with a comma, an operative one with a semicolon, the
    last with a full stop: anything else often means a paragraph was cut or joined."""
    language = root.find(".//a:FRBRlanguage", NS)
    pp_end, op_end, last_end = _ENDINGS.get(language.get("language") if language is not None
                                            else "", _LATIN_ENDINGS)
    problems = []
    doc = next((c for c in root if isinstance(c.tag, str)), None)
    if doc is None or etree.QName(doc).localname != "statement":
        return problems       # a report's paragraphs end as sentences, not as clauses
    # Preambular paragraphs: in the preamble, or in its named containers (not a
    # subheading's container).
    preamble, container = f"{{{AKN_NS}}}preamble", f"{{{AKN_NS}}}container"
    # The statement's own paragraphs only: an annex (a declaration, a treaty) ends its
    # paragraphs as its own form does.
    for p in root.xpath(".//a:preamble[not(ancestor::a:attachment)]//a:p", namespaces=NS):
        holder = p.getparent()
        if not (holder.tag == preamble or holder.tag == container
                and holder.get("name") != "subheading" and holder.getparent().tag == preamble):
            continue
        if not _text(p, skip_notes=True).rstrip().endswith((pp_end, ":")):
            problems.append(_problem("punctuation", f"preambular paragraph does not end "
                                     f"with {pp_end!r}", p, "warning"))
    paragraphs = root.xpath(".//a:mainBody[not(ancestor::a:attachment)]//a:paragraph",
                            namespaces=NS)
    for k, para in enumerate(paragraphs):
        blocks = [b for b in para.iter(f"{{{AKN_NS}}}p")
                  if b.getparent().tag != f"{{{AKN_NS}}}authorialNote"]
        if not blocks:
            continue
        wanted = last_end if k == len(paragraphs) - 1 else op_end
        if not _text(blocks[-1], skip_notes=True).rstrip().endswith(wanted):
            problems.append(_problem("punctuation", f"operative paragraph does not end "
                                     f"with {wanted!r}", para, "warning"))
    return problems


def _content_elements(root) -> list:
    """coverPage, preface, preamble, mainBody… of the document: everything but meta."""
    doc = next((c for c in root if isinstance(c.tag, str)), None)
    if doc is None:
        return []
    return [c for c in doc if isinstance(c.tag, str) and etree.QName(c).localname != "meta"]


def _text(el, skip_notes: bool = False) -> str:
    if not skip_notes:
        return "".join(el.itertext())
    # While validate() runs, each element's text is read once: the note, furniture and
    # lost-word checks all read the content parts.
    cache = getattr(_places, "texts", None)
    if cache is not None:
        text = cache.get(el)
        if text is None:
            text = cache[el] = _text_without_notes(el, cache)
        return text
    return _text_without_notes(el)


def _text_without_notes(el, record: dict | None = None) -> str:
    """The text of ``el`` without its notes (see _text). ``record``: the text of each
    paragraph (``p``) inside it goes there too, taken from the same walk (a paragraph's
    text does not depend on where it stands)."""
    parts = []
    append = parts.append
    kinds = _KINDS

    def walk(e):
        kind = kinds.get(e.tag)
        if kind is None:
            kind = _kind(e)
        if kind == _NOTE:
            append(" ")
            return
        start = len(parts)
        if kind != _INLINE_KIND:
            append(" ")          # block boundaries separate words; inline ones do not
        append(e.text or "")
        for c in e:
            if isinstance(c.tag, str):
                walk(c)
            append(c.tail or "")
        if kind != _INLINE_KIND:
            append(" ")
            if kind == _PARAGRAPH and record is not None:
                record[e] = "".join(parts[start:])
    walk(el)
    return "".join(parts)


# What the walk above does with an element, by tag (looked up once per tag).
_NOTE, _INLINE_KIND, _BLOCK, _PARAGRAPH = range(4)
_KINDS: dict[str, int] = {}


def _kind(el) -> int:
    name = _local(el)
    kind = _NOTE if name == "authorialNote" else _INLINE_KIND if name in _INLINE else \
        _PARAGRAPH if name == "p" else _BLOCK
    _KINDS[el.tag] = kind
    return kind


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text.replace("\u00ad", ""))


def _norm(text: str) -> str:
    # (the same as re.sub(r"\s+", " ", text).strip(): str.split and \s know the same
    # white space; faster on a long part's text)
    if len(text) <= _STRETCH:
        return " ".join(text.split())
    # A long text a stretch at a time (cut at white space: no word is cut), so that
    # no list of all its words is made (a 200-page report's body: some 80,000 words,
    # 4 MB as str objects in a list, for a moment that the worker's peak memory keeps).
    return " ".join([normed for stretch in _stretches(text)
                     if (normed := " ".join(stretch.split()))])


# Chinese and Japanese put no space between words: each of their characters counts as a
# word, so that lines joined without a space ("2021 年 4" + "月 28 日" is "4月") lose
# nothing. A run of Arabic letters is a word of its own: beside digits or Latin letters
# it lost its space in the visual order of the text layer ("117اخود").
_CJK_CHAR = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_ARABIC_RUN = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]+")


# Either of the two above (a text with neither is split the fast way).
_SPACED_SCRIPT = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
                            "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff]")


# A long text's words are taken a stretch of some 64,000 characters at a time, so that
# no list of all of them is made: a 200-page report has some 150,000, 9 MB as str
# objects in a list, for a moment that the worker's peak memory keeps.
_STRETCH = 1 << 16


def _stretches(text: str) -> Iterator[str]:
    """``text`` in pieces cut just before a space or a line end: NFKC changes nothing
    across such a cut (neither composes with the character before it, and combining
    marks after one stay with it), and no word holds one."""
    start, size = 0, len(text)
    while size - start > _STRETCH:
        end = start + _STRETCH
        cut = max(text.rfind(" ", start + 1, end), text.rfind("\n", start + 1, end))
        if cut < 0:         # (no space in the stretch: up to the next one)
            ahead = [k for k in (text.find(" ", end), text.find("\n", end)) if k >= 0]
            if not ahead:
                break
            cut = min(ahead)
        yield text[start:cut]
        start = cut
    yield text[start:]


def _each_word(text: str) -> Iterator[str]:
    """The words of ``text`` in order (see _words), a stretch at a time."""
    for stretch in _stretches(text):
        yield from _words(stretch)


def _word_counts(text: str, counts: Counter | None = None, urls: bool = True) -> Counter:
    """How often each word of ``text`` is printed (see _words), a stretch at a time (in C
    where the word lists' module was built: the same words, in the same order); added
    to ``counts`` where given (a text in pieces, counted a piece at a time). Without
    ``urls``, the words of its web addresses are not counted (an address holds no white
    space: a stretch holds it whole)."""
    counts = Counter() if counts is None else counts
    for stretch, spaced in _folded_stretches(text, urls):
        if _count_words is not None and not spaced:
            _count_words(stretch, counts)
        else:
            counts.update(_folded_words(stretch))
    return counts


def _folded_stretches(text: str, urls: bool = True) -> Iterator[tuple[str, bool]]:
    """``text`` a stretch at a time (see _stretches), folded (see _words), and whether
    the stretch holds Chinese, Japanese or Arabic (whose words Python's path finds);
    without ``urls``, its web addresses made spaces first."""
    for stretch in _stretches(text):
        if not urls and "http" in stretch:
            stretch = _URL.sub(" ", stretch)
        stretch = _fold(stretch)
        yield stretch, bool(_SPACED_SCRIPT.search(stretch))


def _pairs_of(texts: str | Iterable[str], wanted: set[str]) -> list[tuple[str, str]]:
    """The pairs of words of ``texts`` (a text, or pieces of one: the last word of a
    piece is next to the first of the next) next to each other (see _words) that are
    both in ``wanted``, in order; in C where the word lists' module was built (only the
    words of a stretch with Chinese, Japanese or Arabic go through Python)."""
    texts = (texts,) if isinstance(texts, str) else texts
    if _word_pairs is None:
        return [(a, b) for a, b in pairwise(chain.from_iterable(map(_each_word, texts)))
                if a in wanted and b in wanted]
    pairs: list[tuple[str, str]] = []
    last = None                  # the last word of the stretch before
    for stretch, spaced in chain.from_iterable(map(_folded_stretches, texts)):
        if spaced:
            words = ([last] if last is not None else []) + _folded_words(stretch)
            pairs += [(a, b) for a, b in pairwise(words) if a in wanted and b in wanted]
            last = words[-1] if words else None
        else:
            found, last = _word_pairs(stretch, wanted, last)
            pairs += found
    return pairs


def _words(text: str) -> list[str]:
    """The words compared: after NFKC and without soft hyphens (folding "ﬁ" into "fi"
    loses nothing)."""
    return _folded_words(_fold(text))


def _folded_words(text: str) -> list[str]:
    """The words of ``text`` once folded (see _words)."""
    if _SPACED_SCRIPT.search(text):
        text = _ARABIC_RUN.sub(r" \g<0> ", _CJK_CHAR.sub(r" \g<0> ", text))
        return _WORD.findall(text)
    # Without those scripts the same words, faster: what _WORD matches ([^\W_]) is what
    # str.isalnum tells of each character, and white space is never part of a word, so
    # most pieces between spaces are one word whole; only those holding punctuation
    # ("(a)", "Council,") are cut by the pattern. (The pattern over the whole text was
    # a third of the validation's time.)
    words: list[str] = []
    append, extend, cut = words.append, words.extend, _WORD.findall
    for token in text.split():
        if token.isalnum():
            append(token)
        else:
            extend(cut(token))
    return words


_URL_END = re.compile(r"https?://\S+$")


def _without_urls(source_text: str, printed: list[str]) -> Iterator[str]:
    """The input's text without its web addresses, each taken whole: an address broken
    at a line end goes on at the start of the next line ("…statement_iso.p" then
    "df&lang=ES."), where the output (``printed``, its texts) prints it rejoined. In
    pieces of whole lines, a stretch of the input at a time: joined by line ends, they
    are that text (no copy of the whole input, nor a list of its lines, is made)."""
    address = None                 # the address the line before ended with
    for window in _line_windows(source_text):
        kept = []
        for line in window.splitlines():
            if address is not None:
                piece = re.match(r"\s*(\S+)", line)
                joined = address + piece.group(1).rstrip(".,;:)»”'\"") if piece else ""
                # (an address holds no white space: it is in one of the texts, or in none)
                if piece and any(joined in text for text in printed):
                    line = line[piece.end():]
                    address = joined if not line.strip() else None
                    if address is not None:
                        continue       # the address takes the whole line and may go on
            if "http" not in line:        # (no address in it: most lines)
                address = None
                kept.append(line)
                continue
            end = _URL_END.search(line.rstrip())
            address = end.group(0) if end else None
            kept.append(_URL.sub(" ", line))
        if kept:
            yield "\n".join(kept)


def _line_windows(text: str) -> Iterator[str]:
    """``text`` in pieces of some _STRETCH characters, each cut just after a line feed
    (or running to the next one, or to the end of a text without one: the extractor's
    texts end their lines with line feeds): the lines of the pieces (str.splitlines)
    are the lines of the text."""
    start, size = 0, len(text)
    while size - start > _STRETCH:
        cut = text.rfind("\n", start, start + _STRETCH)
        if cut < 0:                 # (no line feed in the stretch: up to the next one)
            cut = text.find("\n", start + _STRETCH)
            if cut < 0:
                break
        yield text[start:cut + 1]
        start = cut + 1
    if start < size:
        yield text[start:]


def _pieces(word: str, missing: Counter, longest: int) -> list[str] | None:
    """``word`` as two or more missing words put together ("civil" + "isations"; three
    lines of Chinese joined without spaces), each used no more often than it is missing."""
    came_from: dict[int, int] = {0: 0}
    for i in range(len(word)):
        if i not in came_from:
            continue
        for j in range(i + 1, min(len(word), i + longest) + 1):
            if j not in came_from and (i, j) != (0, len(word)) and missing[word[i:j]] > 0:
                came_from[j] = i
    if len(word) not in came_from:
        return None
    pieces, j = [], len(word)
    while j:
        pieces.append(word[came_from[j]:j])
        j = came_from[j]
    need = Counter(pieces)
    return pieces[::-1] if all(missing[p] >= n for p, n in need.items()) else None


def lost_word_problems(tree, source_text: str) -> list[Problem]:
    """Every word of the input must be in the output as often. The repairs the extractor
    makes are accounted for: a footnote marker glued to a word ("homme1" became "homme"
    and a note marked 1) and a word rejoined from two pieces ("civil isations"). Web
    addresses are left out, each whole (see _without_urls); Chinese characters and runs
    of Arabic letters count as words of their own (see _words)."""
    root = tree.getroot()
    # Inline elements do not break words (CJK has no spaces); a footnote does.
    # (the output's texts, and the input's, taken a piece at a time: a copy of a long
    # document's whole text, or a list of its lines, is megabytes at the peak)
    parts = _content_elements(root)
    printed = [_text(p, skip_notes=True) for p in parts] + \
        [_text(n) for p in parts for n in p.iter(f"{{{AKN_NS}}}authorialNote")]
    # The addresses are left out on both sides: the output's hold the words of the
    # input's broken ones, and their own pieces ("int" of "iom.int") are no text.
    have: Counter = Counter()
    for text in printed:
        _word_counts(text, have, urls=False)
    want: Counter = Counter()
    for text in _without_urls(source_text, printed):
        _word_counts(text, want)
    # (want - have and have - want, the same counts in the same order, without
    # Counter.__missing__ called for each word the other side lacks)
    have_of, want_of = have.get, want.get
    missing = Counter({w: d for w, n in want.items() if (d := n - have_of(w, 0)) > 0})
    extra = Counter({w: d for w, n in have.items() if (d := n - want_of(w, 0)) > 0})
    markers = Counter(n.get("marker") for n in root.iter(f"{{{AKN_NS}}}authorialNote",
                                                         f"{{{AKN_NS}}}noteRef"))
    for marker in [m for m in markers if m and m.isdigit()]:
        for _ in range(markers[marker]):
            if missing[marker]:
                missing[marker] -= 1
                continue
            glued = next((w for w in missing if missing[w] and w.endswith(marker)
                          and extra[w[:-len(marker)]]), None)
            if glued:
                missing[glued] -= 1
                extra[glued[:-len(marker)]] -= 1
    # The two pieces of a rejoined word are printed next to each other in the input:
    # match those first, in the input's order, so that a short piece ("ре") goes to the
    # word it was cut from; then any two pieces that make the word.
    # (only pairs of words both missing now can be: counts only go down below, and few
    # words are missing; the pair is joined only for those)
    lacking, pieces_of = missing.get, extra.get
    short = {w for w, n in missing.items() if n > 0} if extra else set()
    # (the input's pieces made again: only where words are missing and others extra)
    pairs = _pairs_of(_without_urls(source_text, printed), short) if short else []
    for first, second in pairs:
        if lacking(first, 0) > 0 and lacking(second, 0) > 0 and pieces_of(first + second, 0) > 0 \
                and (first != second or missing[first] > 1):
            missing[first] -= 1
            missing[second] -= 1
            extra[first + second] -= 1
    longest = max((len(w) for w in missing if missing[w] > 0), default=0)
    for word in list(extra):
        while extra[word] > 0:
            pieces = _pieces(word, missing, longest)
            if not pieces:
                break
            for piece in pieces:
                missing[piece] -= 1
            extra[word] -= 1
    lost = sorted(w for w, n in (+missing).items() for _ in range(n))
    if not lost:
        return []
    shown = ", ".join(lost[:30]) + (" …" if len(lost) > 30 else "")
    return [Problem("words-lost", f"{len(lost)} word(s) of the input are missing from the "
                    f"output: {shown}")]

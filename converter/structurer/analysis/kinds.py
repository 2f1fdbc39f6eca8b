"""What kind of UN document a text is: decided from the masthead's symbol, the title lines
of page 1 and the body, before any structure is looked for.

A :class:`Kind` names the Akoma Ntoso element (``statement``, ``doc``, ``debate``) and
its ``name``; ``akn.FAMILIES`` maps the element to the module that writes it. The title
phrases are language data (``Language.kind_titles`` in ``converter/languages.py``)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ... import languages
from ...errors import NotAUNDocument
from ...languages import Language
from ...model import Block, ExtractedDocument

# kind -> (AKN element, @name). The element picks the family that writes the document.
KINDS: dict[str, tuple[str, str]] = {
    "resolution": ("statement", "resolution"),
    "resolutionDraft": ("statement", "resolutionDraft"),
    "decision": ("statement", "decision"),
    "presidentialStatement": ("statement", "presidentialStatement"),
    "report": ("doc", "report"),
    "note": ("doc", "note"),
    "letter": ("doc", "letter"),
    "noteVerbale": ("doc", "noteVerbale"),
    "agenda": ("doc", "agenda"),
    "informationCircular": ("doc", "informationCircular"),
    "ngoStatement": ("doc", "ngoStatement"),
    "corrigendum": ("doc", "corrigendum"),
    "listOfParticipants": ("doc", "listOfParticipants"),
    "amendment": ("amendment", "amendment"),  # amendments to a draft (AKN's own type)
    "document": ("doc", "document"),          # a UN document of no known kind
    # A treaty body's finding on an individual communication: quasi-judicial (parties,
    # facts, admissibility, findings), written as AKN's judgment (families/judgment.py).
    "views": ("judgment", "views"),
    "communicationOpinion": ("judgment", "opinion"),          # CERD's "Opinion adopted by …"
    "communicationDecision": ("judgment", "decision"),       # inadmissible, discontinued
    "communication": ("judgment", "decision"),               # no kind line says which
    "verbatimRecord": ("debate", "verbatimRecord"),
    "summaryRecord": ("debate", "summaryRecord"),
}

# How the kind is decided, in this order (docs/markup.md, "Kinds"):
#  1. a symbol form that says the kind whatever page 1 prints (SYMBOL_KINDS): records,
#     adopted resolutions, presidential statements, corrigenda;
#  2. page 1's kind line, in the document's language (Language.kind_titles: "Report of
#     …", "Note by the Secretariat", "Letter dated …", "France: draft resolution",
#     "amendment to draft resolution …", "List of participants" …), or a line only a
#     resolution or decision prints (its formula, adoption line, sponsor line);
#  3. what the symbol hints (SYMBOL_HINTS: …/INF/ an information circular, …/NGO/ an NGO's
#     statement, …/DEC/ a decision, a treaty body's …/C/…/D/… a decision on a communication),
#     marked as a doubt;
#  4. the text itself: an enacting formula or an organ's decision at its head makes a
#     statement (a draft with an L. symbol); "the present report" a report (a doubt);
#     anything else a generic document (a doubt).
SYMBOL_KINDS: tuple[tuple[str, str], ...] = (
    (r"/PV\.\d", "verbatimRecord"),
    (r"/SR\.\d", "summaryRecord"),
    (r"/RES/", "resolution"),
    (r"^S/PRST/", "presidentialStatement"),
)
SYMBOL_HINTS: tuple[tuple[str, str], ...] = (
    (r"/DEC/", "decision"),
    (r"^ST/IC/", "informationCircular"),
    (r"/INF/", "informationCircular"),
    (r"/NGO/", "ngoStatement"),
    # A treaty body's decisions on communications: CCPR/C/130/D/2500/2014, E/C.12/73/D/5/2015
    # (Views or a decision: the symbol does not say which).
    (r"/C(?:\.\d+)?/\d+/D/\d+/\d{4}", "communication"),
)
# A limited-distribution symbol is mostly a draft; the title lines come first.
DRAFT_SYMBOL = r"/L\.\d"
# "…/Corr.1", "…/Add.2", "…/Rev.1": the last one changes the document before it.
MODIFIER = re.compile(r"^(?P<parent>.+)/(?P<mod>Corr|Add|Rev)\.\s?\d+$")
MODIFIERS = {"Corr": "corrigendum", "Add": "addendum", "Rev": "revision"}
# A title line that names a kind weakly: "Report of the Secretary-General" also heads a
# note or letter that transmits a report, printed just after it.
# The old layout's bare "Communication No. 1840/2008" line is weak too: "Views adopted by the
# Committee at its 115th session" (or a decision) follows it.
WEAK = {"report", "communication"}
_AFTER_WEAK = 3           # lines after a weak title line where a stronger one may follow
                          # (and any further title lines before the body)
_WINDOW = 12              # the opening lines of the text, where titles are printed
_STATEMENT_HEAD = 12      # a statement's formula or decision starts within these blocks


@dataclass(frozen=True)
class Kind:
    element: str                  # statement, doc, debate
    name: str                     # resolution, report, letter, verbatimRecord…
    modifier: str | None = None   # corrigendum, addendum, revision
    parent: str | None = None     # the symbol of the document it changes
    # Why the kind is in doubt when no printed line said it (inferred from the symbol or
    # the text), else None.
    doubt: str | None = None

    @property
    def label(self) -> str:
        """The type as the manifest gives it: statement/resolution, doc/report, debate,
        amendment."""
        return self.element if self.element in ("debate", "amendment") \
            else f"{self.element}/{self.name}"


def kind_of(key: str, symbol: str | None = None, doubt: str | None = None) -> Kind:
    element, name = KINDS[key]
    modifier, parent = _modifier(symbol)
    return Kind(element, name, modifier, parent, doubt)


def _modifier(symbol: str | None) -> tuple[str | None, str | None]:
    # A joint symbol "A/79/794-S/2025/104": the first one.
    first = re.split(r"-(?=[A-Z]{1,8}/)", symbol or "")[0].strip()
    match = MODIFIER.match(first)
    return (MODIFIERS[match.group("mod")], match.group("parent")) if match else (None, None)


def parent_kind(doc: ExtractedDocument, lang: Language, kind: Kind) -> tuple[str, str]:
    """(AKN element, name) of the document that ``kind``'s document changes: an addendum
    or revision is of its parent's kind; a corrigendum names the kind of the document it
    corrects in its title lines ("Report of the Secretary-General")."""
    if kind.modifier != "corrigendum":
        return kind.element, kind.name
    key = _title_lines_kind(doc, lang)
    return KINDS[key] if key and key != "corrigendum" else KINDS["document"]


def title_kind(text: str, lang: Language) -> str | None:
    """The kind a title line names ("Letter dated …" -> letter), if any."""
    return lang.kind_title(text)


def _title_like(block: Block) -> bool:
    """A line of the title block: short, and no sentence."""
    text = block.text.strip()
    return 0 < len(text) <= 300 and text[-1] not in ".;:。；：" and not re.match(r"\d+\.\s", text)


def _statement_line(block: Block, lang: Language) -> bool:
    """A line only a resolution or decision prints: its formula, its adoption line, its
    "Resolution 2686 (2023)" heading, or "Cuba: draft resolution"."""
    from .classify import _sponsor_line       # the statement family's own parser
    text = block.text.strip()
    if lang.formula_organ(text) or re.match(lang.adoption_pattern, text) \
            or re.match(lang.resolution_heading, text) or lang.submitted_regex.match(text):
        return True
    sponsor = _sponsor_line(block, lang) if len(text) < 2000 else None
    return bool(sponsor and sponsor.doc_type)


def _presidential_title(text: str, lang: Language) -> bool:
    from ..families.presidential import is_title          # the family's own table of title lines
    return is_title(text, lang.code)


def has_un_mark(doc: ExtractedDocument) -> bool:
    """A UN symbol or the UN masthead on page 1 (read as the masthead, or a symbol on a
    line of its own among the first lines when the masthead was not recognised)."""
    from ...extractor.layout.furniture import is_symbol_line
    m = doc.masthead
    if m.symbol or doc.given_symbol or any(k in ("authority", "organ", "symbol") for k, _ in m.lines):
        return True
    # A title page that names the United Nations on a line of its own ("United nations" /
    # "leadership forum" / "on climate change") without a masthead.
    un_name = languages.get(doc.language).un_name.casefold()
    return any(b.first_page == 1 and (is_symbol_line(b.text) or un_name and
                                      " ".join(b.text.split()).casefold() == un_name)
               for b in doc.blocks[:_WINDOW])


# A download that failed: the repository's page saying the document is not there, saved
# under the document's name.
ERROR_PAGE = re.compile(r"\bThe document you are looking for does not exist\b|\bdocument (?:was )?not found\b",
                        re.IGNORECASE)


def classify_kind(doc: ExtractedDocument, lang: Language, symbol: str | None = None) -> Kind:
    """The kind of ``doc``; NotAUNDocument when nothing in it is a UN document's.
    ``symbol``: the one the user gives (``--symbol``), else the masthead's. The order
    of the cues is written above SYMBOL_KINDS."""
    if doc.source.pages <= 1 and not doc.masthead.symbol and len(doc.blocks) <= 6 \
            and any(ERROR_PAGE.search(b.text) for b in doc.blocks):
        raise NotAUNDocument(f"{doc.source.name}: not a document: a page saying the document "
                             f"does not exist (a download that failed?); fetch it again")
    symbol = symbol or doc.masthead.symbol or ""
    first_symbol = re.split(r"-(?=[A-Z]{1,8}/)", symbol)[0]
    if _modifier(symbol)[0] == "corrigendum":
        return kind_of("corrigendum", symbol)
    for pattern, key in SYMBOL_KINDS:
        if re.search(pattern, first_symbol):
            return kind_of(key, symbol)
    key = _title_lines_kind(doc, lang)
    if key is not None:
        return kind_of(key, symbol)
    for pattern, key in SYMBOL_HINTS:
        if re.search(pattern, first_symbol):
            return kind_of(key, symbol, f"page 1 prints no kind line: taken from the symbol "
                                        f"{first_symbol}")
    key = _body_kind(doc, lang)
    if key == "resolution" and re.search(DRAFT_SYMBOL, first_symbol):
        key = "resolutionDraft"         # the statement family reads which one
    if key == "report":
        return kind_of(key, symbol, "page 1 prints no kind line: its text calls itself a report")
    if key == "document":
        return kind_of(key, symbol, "page 1 prints no kind line that says what the document is")
    return kind_of(key, symbol)


def _title_lines_kind(doc: ExtractedDocument, lang: Language) -> str | None:
    """The kind the opening lines name; the first one named wins, but a weak one (a
    report) gives way to a stronger one printed right after it."""
    lines = [Block(t) for k, t in doc.masthead.lines if k == "other"] + doc.blocks[:_WINDOW]
    weak, weak_at = None, None
    for k, block in enumerate(lines):
        if weak_at is not None and k > weak_at + _AFTER_WEAK and not _title_like(block):
            break                  # the body has begun: the weak line was the title
        key = title_kind(block.text, lang)
        if key == "amendment":
            return key          # "France: amendment to draft resolution …" (a sponsor line too)
        if weak is None and _statement_line(block, lang):
            return "resolution"            # the statement family reads which one
        if key is None and _presidential_title(block.text, lang):
            key = "presidentialStatement"
        if key is None:
            continue
        if key not in WEAK:
            return key
        if weak is None:
            weak, weak_at = key, k
    return weak


def _body_kind(doc: ExtractedDocument, lang: Language) -> str:
    """No title line says it: a text whose head is an enacting formula or an organ's
    decision is a statement (one printed further on sits inside a report); one that
    calls itself "the present report" is a report; a bare text (no masthead, no symbol)
    is a statement only when it reads as one, else no UN document."""
    from .blocks import _opens_operative
    from .classify import _body_bounds
    try:
        body = _body_bounds(doc, lang)
    except NotAUNDocument:
        if has_un_mark(doc):
            return _report_or_document(doc, lang)
        raise
    if not has_un_mark(doc):
        # A bare text (no masthead, no symbol) is a statement only when it reads as one:
        # a formula, an organ's decision, or operative paragraphs ("1. Decides …"); a
        # policy brief's numbered paragraphs are not.
        first = doc.blocks[body.first_op] if body.first_op is not None else None
        op = lang.regexes.op_number.match(first.text) if first is not None else None
        if body.formula_at is not None or body.decision or op and _opens_operative(
                Block(first.text[op.end():]), lang):
            return "resolution"
        raise NotAUNDocument(f"{doc.source.name}: not a UN document: no UN masthead or symbol, "
                             f"and no text of a resolution or decision (no enacting formula, no "
                             f"operative paragraph)")
    head = body.formula_at if body.formula_at is not None else body.first_op if body.decision else None
    if head is not None and head < _STATEMENT_HEAD:
        return "resolution"
    return _report_or_document(doc, lang)


def _report_or_document(doc: ExtractedDocument, lang: Language) -> str:
    present = re.compile(lang.present_report, re.IGNORECASE)
    return "report" if any(present.search(b.text) for b in doc.blocks[:_WINDOW * 2]) \
        else "document"

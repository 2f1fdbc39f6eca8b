"""A treaty body's decision on an individual communication read as plain data: the lines
above its kind line, the kind line, the field block ("Communication submitted by:",
"State party:" …), the numbered paragraphs (1.1, 2.1 …) under their printed headings, cut
into the parts a judgment has (introduction, background, motivation, decision), and the
annexes (individual opinions).

The field block is read by its labels, whatever the extractor made of it (a table, lines
"Label: value", a label line then value lines): the text from one label to the next is
the first one's value. The labels, the headings that open the Committee's own
consideration and the sentences that open its decision are data, per language, below."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import reduce

from ...languages import Language
from ...model import Block
from .classify import _joined
from .kinds import WEAK
from .outline import Annex, Para
from .roles import cut

# Field labels, per language: key -> regex matched at the start of a piece of text, up to
# and with its colon. Keys: the parties (author, victim, stateParty), the dates
# (communicationDate, adoptionDate) and what the case is about.
FIELDS: dict[str, tuple[tuple[str, str], ...]] = {
    "eng": (
        ("author", r"(?:communications?|complaint|petition)?\s*submitted\s+by"),
        ("victim", r"(?:alleged|presumed)\s+victims?|on\s+behalf\s+of"),
        ("stateParty", r"state\s+party"),
        ("adoptionDate", r"date\s+of\s+(?:adoption\s+of\s+(?:the\s+)?(?:views|decision|opinion)|"
                         r"(?:the\s+)?present\s+decision|(?:the\s+)?decision|(?:the\s+)?views)"),
        ("communicationDate", r"dates?\s+of\s+(?:the\s+)?(?:communications?|complaint|petition)"),
        ("references", r"(?:document\s+)?references?"),
        ("subject", r"subject\s+matter"),
        ("proceduralIssues", r"procedural\s+issues?"),
        ("substantiveIssues", r"substantive\s+issues?"),
        ("protocolArticles", r"articles?\s+of\s+the\s+optional\s+protocol"),
        ("treatyArticles", r"articles?\s+of\s+the\s+(?:covenant|convention)"),
    ),
    "fra": (
        ("author", r"(?:communication|requête|plainte)?\s*présentée?\s+par"),
        ("victim", r"victimes?\s*(?:\(s\))?\s+présumées?\s*(?:\(s\))?|au\s+nom\s+de"),
        ("stateParty", r"état\s+partie"),
        ("adoptionDate", r"date\s+(?:de\s+l[’']adoption\s+(?:des\s+constatations|de\s+la\s+décision)|"
                         r"des\s+constatations|de\s+la\s+présente\s+décision|de\s+la\s+décision)"),
        ("communicationDate", r"date\s+de\s+la\s+(?:communication|requête|plainte)"),
        ("references", r"références?"),
        ("subject", r"objet"),
        ("proceduralIssues", r"questions?\s*(?:\(s\))?\s+de\s+procédure"),
        ("substantiveIssues", r"questions?\s*(?:\(s\))?\s+de\s+fond"),
        ("protocolArticles", r"articles?\s*(?:\(s\))?\s+du\s+protocole\s+facultatif"),
        ("treatyArticles", r"articles?\s*(?:\(s\))?\s+(?:du\s+pacte|de\s+la\s+convention)"),
    ),
}
_COLON = r"\s*:\s*"
# The parties' roles (TLCRole ids) and the dates (TLCConcept ids) the fields name.
PARTIES = ("author", "victim", "stateParty")
DATES = ("communicationDate", "adoptionDate")

# Where the Committee's own consideration begins (motivation): its headings.
MOTIVATION: dict[str, str] = {
    "eng": r"(?:issues\s+and\s+proceedings\s+before\s+the\s+committee|consideration\s+of\s+"
           r"(?:admissibility|the\s+merits)|the\s+committee[’']s\s+(?:consideration|deliberations))",
    "fra": r"(?:délibérations\s+du\s+comité|questions\s+et\s+procédure\s+dont\s+le\s+comité"
           r"|examen\s+de\s+la\s+recevabilité|examen\s+au\s+fond)",
}
# The paragraph that opens the decision: "The Committee, acting under article 5 (4) of
# the Optional Protocol, is of the view that …", "The Committee therefore decides: …".
DECISION: dict[str, str] = {
    "eng": r"(?:(?:accordingly|therefore|consequently),?\s+)?the\s+(?:[\w’'-]+\s+){0,8}?committee"
           r"(?:,\s+acting\s+under\b.{0,240}?,\s*(?:is\s+of\s+the\s+view|finds|concludes|considers|decides)"
           r"|(?:,?\s+therefore,?)?\s+decides\b)",
    "fra": r"(?:(?:en\s+conséquence|par\s+conséquent),?\s+)?le\s+(?:[\w’'-]+\s+){0,8}?comité"
           r"(?:,\s+agissant\s+en\s+vertu\b.{0,240}?,\s*(?:est\s+d[’']avis|constate|conclut|considère|décide)"
           r"|(?:,?\s+(?:en\s+conséquence|donc),?)?\s+décide\b)",
}
# An annexed opinion's heading, per language: the members who give it (group names).
OPINION_BY: dict[str, str] = {
    "eng": r"(?:(?:individual|joint|separate|dissenting|concurring)\s+)?opinions?\s+of\s+(?:the\s+)?"
           r"committee\s+members?\s+(?P<names>[^()]+?)\s*(?:\([^)]*\))?$",
    "fra": r"opinions?\s+(?:individuelles?|conjointes?|dissidentes?|concordantes?)\s+de\s+"
           r"(?P<names>[^()]+?),?\s+membres?\s+du\s+comité\s*(?:\([^)]*\))?$",
}
_NAME_SEPARATORS = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+")
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|M|Mme|Mlle|Sir|Dame)\.?\s+")      # not the name
# "Annex", "Appendix" (an old layout's individual opinions), a line of its own.
ANNEX: dict[str, str] = {
    "eng": r"^(?:annex|appendix)(?:\s+(?:[IVXL]+|\d+|[A-Z]))?$",
    "fra": r"^(?:annexe|appendice)(?:\s+(?:[IVXL]+|\d+|[A-Z]))?$",
}
_TITLE_WINDOW = 8                    # the kind line is among the first lines
# A paragraph's printed number: "1.1", "12.", at the start of its text.
NUMBER = re.compile(r"^(?P<num>\d{1,3}\.\d{1,3}\.?|\d{1,3}\.)\s+(?=\S)")
_SENTENCE_END = ".;:,"
_HEADING_MAX = 250


@dataclass
class Field:
    key: str              # author, stateParty, adoptionDate …
    block: Block          # the label and its value, as one line
    value_at: int         # where the value starts in block.text

    @property
    def label(self) -> str:
        return self.block.text[:self.value_at].strip().rstrip(":").strip()

    @property
    def value(self) -> str:
        return self.block.text[self.value_at:].strip()


@dataclass
class Paragraph:
    num: str | None       # "2.1" as printed; None for text before the first number
    blocks: list[Block]   # the text after the number, then unnumbered text that goes on


@dataclass
class Section:
    heading: Block
    level: int                                   # 1 bold heading, 2 italic subheading
    items: list = field(default_factory=list)    # Paragraph and Section


@dataclass
class Communication:
    above: list[Block]            # lines printed above the kind line: the Committee's name
    title: Block | None           # the kind line ("Views adopted by the Committee …")
    fields: list[Field]
    other: list[Block]            # lines between the kind line and the first field
    after: list[Block]            # lines after the fields: an old layout's annex heading …
    parts: dict[str, list]        # introduction, background, motivation, decision -> items
    annexes: list[Annex]


def read(blocks: list[Block], lang: Language, kind_key) -> Communication:
    """``blocks`` (the document's, masthead left out) read as a communication;
    ``kind_key`` gives the kind a line names (a judgment's, else None): the title is the
    first line naming one, a weak one ("Communication No. 2019/2010") giving way to the
    next ("Views adopted by the Committee at its 115th session")."""
    start = next((k for k, b in enumerate(blocks) if NUMBER.match(b.text)), len(blocks))
    head, rest = blocks[:start], blocks[start:]
    annex = _annex_line(lang)
    # The layout of the years before 2016 prints the Views in an annex, after the field
    # block: its heading, the fields again and a preamble ("The Human Rights Committee,
    # … Adopts the following:") are the header's last lines, no field's value.
    cut_at = next((k for k, b in enumerate(head) if annex.match(b.text.strip())), len(head))
    head, after = head[:cut_at], head[cut_at:]
    keys = [(k, kind_key(b)) for k, b in enumerate(head[:_TITLE_WINDOW])]
    named = [k for k, key in keys if key]
    at = next((k for k in named if keys[k][1] not in WEAK), named[0] if named else None)
    above = head[:at] if at is not None else []
    title = head[at] if at is not None else None
    fields, other = read_fields(head[at + 1:] if at is not None else head, lang.code)
    end = next((k for k, b in enumerate(rest) if annex.match(b.text.strip())), len(rest))
    body, annexes = rest[:end], _annexes(rest[end:], annex)
    return Communication(above, title, fields, other, _pieces(after),
                         _parts(_items(body), lang.code), annexes)


def _annex_line(lang: Language) -> re.Pattern:
    return re.compile(ANNEX.get(lang.code, lang.annex_pattern), re.IGNORECASE)


# -- the field block -------------------------------------------------------------------

def _pieces(blocks: list[Block]) -> list[Block]:
    """The header's text in reading order: a table's cells row by row, else the lines."""
    out = []
    for block in blocks:
        if block.table:
            out += [cell.block for row in block.table for cell in row if cell.block.text.strip()]
        elif block.text.strip():
            out.append(block)
    return out


def read_fields(blocks: list[Block], code: str) -> tuple[list[Field], list[Block]]:
    """The fields the labels of language ``code`` open, and the lines before the first."""
    labels = [(key, re.compile(rf"(?:{pattern}){_COLON}", re.IGNORECASE))
              for key, pattern in FIELDS.get(code, FIELDS["eng"])]
    fields: list[tuple[str, list[Block], int]] = []
    other: list[Block] = []
    for piece in _pieces(blocks):
        text = piece.text.strip()
        hit = next(((key, m) for key, regex in labels if (m := regex.match(text))), None)
        if hit:
            lead = len(piece.text) - len(piece.text.lstrip())
            fields.append((hit[0], [cut(piece, lead)], hit[1].end()))
        elif fields:
            fields[-1][1].append(piece)           # the value goes on: a cell, a line
        else:
            other.append(piece)
    # (the label opens the first piece: its value starts at the same place in the whole)
    return [Field(key, reduce(_joined, pieces), value_at) for key, pieces, value_at in fields], other


# -- the body --------------------------------------------------------------------------

def _is_heading(block: Block) -> bool:
    text = block.text.strip()
    return bool(text) and not block.table and len(text) <= _HEADING_MAX \
        and text[-1] not in _SENTENCE_END and not text[0].islower() and not NUMBER.match(text)


def _italic(block: Block) -> bool:
    """A heading set in italics all along (a subheading: "Consideration of admissibility")."""
    text = block.text.strip()
    covered = sum(s.end - s.start for s in block.italics)
    return bool(text) and covered >= len(text) * 0.9


def _items(blocks: list[Block]) -> list:
    """Paragraphs (a number, its text and the unnumbered text after it) and headings
    (as Sections with no items yet), in printed order."""
    items: list = []
    for block in blocks:
        number = NUMBER.match(block.text)
        if number:
            items.append(Paragraph(number.group("num"), [cut(block, number.end())]))
        elif _is_heading(block):
            previous = items[-1] if items else None
            # A heading right under a bold one is its subheading; so is one in italics.
            level = 2 if _italic(block) or isinstance(previous, Section) and previous.level == 1 \
                else 1
            items.append(Section(block, level))
        elif items and isinstance(items[-1], Paragraph):
            items[-1].blocks.append(block)       # (a), (b) … or a quotation: the same paragraph
        else:
            items.append(Paragraph(None, [block]))
    return items


def _parts(items: list, code: str) -> dict[str, list]:
    """The items cut where the background begins (the first heading), where the
    Committee's consideration begins (its heading) and where its decision begins (its
    opening sentence), each part's headings nesting what follows them."""
    motivation = re.compile(MOTIVATION.get(code, MOTIVATION["eng"]), re.IGNORECASE)
    decision = re.compile(DECISION.get(code, DECISION["eng"]), re.IGNORECASE)
    first_heading = next((k for k, i in enumerate(items) if isinstance(i, Section)), len(items))
    consider = next((k for k, i in enumerate(items) if isinstance(i, Section)
                     and motivation.match(" ".join(i.heading.text.split()))), None)
    after = consider if consider is not None else first_heading
    decide = next((k for k, i in enumerate(items) if k >= after and isinstance(i, Paragraph)
                   and i.num and decision.match(" ".join(i.blocks[0].text.split()))), None)
    cuts = {"introduction": 0, "background": first_heading,
            "motivation": consider if consider is not None else (decide if decide is not None
                                                                 else len(items)),
            "decision": decide if decide is not None else len(items)}
    if consider is None and decide is None:
        cuts["motivation"] = cuts["decision"] = len(items)
    order = list(cuts)
    bounds = [min(cuts[name], len(items)) for name in order]
    # Each part begins where it is found, not before the one before it.
    for k in range(1, len(bounds)):
        bounds[k] = max(bounds[k], bounds[k - 1])
    parts = {}
    for k, name in enumerate(order):
        stop = bounds[k + 1] if k + 1 < len(bounds) else len(items)
        parts[name] = _nest(items[bounds[k]:stop])
    return parts


def _nest(items: list) -> list:
    """Headings hold what follows them: a subheading inside the heading above it."""
    out: list = []
    for item in items:
        if isinstance(item, Section):
            item = Section(item.heading, item.level)
            parent = out[-1] if out and isinstance(out[-1], Section) else None
            if item.level == 2 and parent is not None and parent.level == 1:
                parent.items.append(item)
            else:
                out.append(item)
        else:
            holder = out[-1] if out and isinstance(out[-1], Section) else None
            if holder is not None and holder.items and isinstance(holder.items[-1], Section):
                holder = holder.items[-1]
            (holder.items if holder is not None else out).append(item)
    return out


# -- annexes ---------------------------------------------------------------------------

def opinion_members(text: str, code: str) -> list[tuple[int, int]]:
    """Where the members who give an annexed opinion are named in its heading
    ("Individual opinion of Committee members A and B (dissenting)"); none if the
    heading is not one."""
    pattern = OPINION_BY.get(code)
    found = re.match(pattern, text, re.IGNORECASE) if pattern else None
    if not found:
        return []
    start, names = found.start("names"), found.group("names")
    spans, at = [], 0
    for separator in [*_NAME_SEPARATORS.finditer(names), None]:
        end = separator.start() if separator else len(names)
        honorific = _HONORIFIC.match(names, at)
        first = honorific.end() if honorific and honorific.end() < end else at
        if names[first:end].strip():
            spans.append((start + first, start + end))
        at = separator.end() if separator else at
    return spans


def _annexes(blocks: list[Block], annex_line: re.Pattern) -> list[Annex]:
    """Each "Annex" line, its title lines (an individual opinion's heading), its
    paragraphs."""
    annexes: list[Annex] = []
    for block in blocks:
        if annex_line.match(block.text.strip()):
            annexes.append(Annex([block], []))
            continue
        annex = annexes[-1]
        number = NUMBER.match(block.text)
        if not annex.items and not number and _is_heading(block) and len(annex.preface) < 4:
            annex.preface.append(block)
        elif number:
            annex.items.append(Para(number.group("num"), cut(block, number.end())))
        else:
            annex.items.append(Para(None, block))
    return annexes

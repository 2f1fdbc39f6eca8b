"""Give each extracted paragraph its role: preface, formula, preambular paragraph,
operative paragraph, sub-paragraph; or "unplaced" when it fits nowhere."""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from ..dates import find_dates, is_full_date
from ..errors import NotAUNDocument
from ..extractor.furniture import is_symbol_line
from ..languages import Language
from ..model import Anchor, Block, ExtractedDocument
from ..states import is_state


@dataclass
class SponsorLine:
    """ "Cuba* et Fédération de Russie : projet de résolution", or "Draft resolution
    submitted by the Vice-President of the Council, Lok Bahadur Thapa (Nepal), …" """
    block: Block
    sponsors: list[tuple[int, int]]          # spans of the States' names
    doc_type: tuple[int, int] | None         # span of "projet de résolution"
    concept: str | None                      # TLC concept of the type ("draft")
    role: tuple[int, int] | None = None      # "the Vice-President of the Council"
    person: tuple[int, int] | None = None    # "Lok Bahadur Thapa"
    state: tuple[int, int] | None = None     # "Nepal", the person's State


@dataclass
class AdoptionLine:
    """ "Résolution adoptée par l’Assemblée générale le 15 décembre 2022" """
    block: Block
    date: tuple[int, int, str] | None       # span and ISO date of the adoption date


@dataclass
class Point:
    num: str
    block: Block
    points: list["Point"] = field(default_factory=list)


@dataclass
class Preambular:
    """A preambular paragraph; with sub-items "(a)", "(b)" when its text introduces them.
    ``heading``: an unnumbered subheading printed among the preambular paragraphs."""
    block: Block
    items: list[Point] = field(default_factory=list)
    heading: bool = False


@dataclass
class Embedded:
    """A text that an operative paragraph adopts and prints in full after its colon
    ("Adopts the following political declaration …:"): its own paragraphs and parts."""
    operative: list["Operative"]
    sections: list["Section"]
    unplaced: list[Block]        # reported with the document's own unplaced text


@dataclass
class Operative:
    num: str | None
    block: Block
    points: list[Point] = field(default_factory=list)
    wrap_up: Block | None = None
    embedded: Embedded | None = None


@dataclass
class Section:
    """A part of the operative text: "II" (or "B"), its heading, its paragraphs.
    ``kind`` "subheading": an unnumbered heading line ("Arms embargo") grouping the
    paragraphs after it, numbering going on across it; inside a part, in its ``groups``."""
    num: str
    heading: Block | None
    operative: list[Operative] = field(default_factory=list)
    printed: list[Block] = field(default_factory=list)   # its numeral and heading lines
    kind: str = "part"
    groups: list["Section"] = field(default_factory=list)

    def all_operative(self) -> list[Operative]:
        return self.operative + [op for group in self.groups for op in group.operative]


@dataclass
class Annex:
    """ "Annex II" and what follows it, to the next annex or the end."""
    heading: Block
    blocks: list[Block] = field(default_factory=list)


@dataclass
class Structure:
    doc_name: str                            # AKN @name: resolution, resolutionDraft…
    organ: str                               # TLC id of the acting organ: un-ga…
    sponsor_line: SponsorLine | None
    adoption: AdoptionLine | None
    title: Block | None
    title_number: tuple[int, int] | None     # span of "77/198." before an adopted title
    heading: Block | None                    # "Resolution 2686 (2023)" (no title)
    preface: list[Block]                     # the lines above, and any other, in printed order
    formula: Block | None
    preamble: list[Preambular]
    operative: list[Operative]               # every operative paragraph, in order
    sections: list[Section]                  # the parts holding them, when printed
    unplaced: list[Block]
    conclusions: list[Block]                 # "48th plenary meeting", its date
    annexes: list[Annex]
    # Doubtful structure (numbers out of sequence, a paragraph that is only a number).
    warnings: list[str] = field(default_factory=list)


def cut(block: Block, start: int) -> Block:
    """``block`` without its first ``start`` characters, annotations shifted."""
    def shift(items):
        out = []
        for item in items:
            if isinstance(item, Anchor):
                if item.offset >= start:
                    out.append(Anchor(item.offset - start, item.marker))
            elif item.end > start:
                moved = replace(item, start=max(item.start - start, 0), end=item.end - start)
                out.append(moved)
        return out
    return Block(block.text[start:], block.first_page, block.last_page,
                 shift(block.anchors), shift(block.links), shift(block.italics),
                 shift(block.superscripts))


def classify(doc: ExtractedDocument, lang: Language) -> Structure:
    blocks = doc.blocks
    repeated = _repeated_lines(blocks)
    body = _body_bounds(doc, lang, repeated)
    formula_at, first_op, organ = body.formula_at, body.first_op, body.organ
    preface_end = body.preface_end
    preface = blocks[:preface_end]
    body_start = body.body_start
    preamble_end = first_op if first_op is not None else len(blocks)
    preamble = _preamble(blocks[body_start:preamble_end], lang, repeated)

    sponsor_line, adoption, heading, title = _preface_parts(preface, lang)
    number = RESOLUTION_NUMBER.match(title.text) if title else None

    doc_name = "resolution"
    if sponsor_line and sponsor_line.doc_type:
        s, e = sponsor_line.doc_type
        doc_name = lang.doc_types[_doc_type_key(sponsor_line.block.text[s:e], lang)][0]
    else:
        printed = [b.text for b in preface] + [text for _, text in doc.masthead.lines]
        doc_name = _printed_doc_name(printed, lang, body.decision) or doc_name

    tail = blocks[preamble_end:]
    annex_at = next((k for k, b in enumerate(tail) if re.match(lang.annex_pattern, b.text.strip())),
                    len(tail))
    annexes = _annexes(tail[annex_at:], lang)
    warnings: list[str] = []
    embedded = _embedded_text(tail[:annex_at], lang, body.unnumbered, warnings, repeated)
    if embedded is not None:
        # "Adopts the following political declaration …:" and the declaration itself.
        operative, sections = [Operative(None, tail[0], embedded=embedded)], []
        unplaced = embedded.unplaced
    else:
        operative, sections, unplaced = _operative(tail[:annex_at], lang, body.unnumbered,
                                                   warnings, repeated)
    conclusions = _conclusions(unplaced, lang)
    unplaced = unplaced[:len(unplaced) - len(conclusions)]
    warnings = [f"{doc.source.name}: {w}" for w in warnings + _numbering_warnings(operative, preamble)]
    return Structure(doc_name=doc_name, organ=organ, sponsor_line=sponsor_line,
                     adoption=adoption, title=title,
                     title_number=number.span("number") if number else None,
                     heading=heading, preface=preface,
                     formula=blocks[formula_at] if formula_at is not None else None,
                     preamble=preamble, operative=operative, sections=sections,
                     unplaced=unplaced, conclusions=conclusions, annexes=annexes,
                     warnings=warnings)


RESOLUTION_NUMBER = re.compile(r"^(?P<number>\d+/(?:\d+|…)\.?)\s+")
# A title ends with no punctuation of a sentence ("… recommends … the following draft
# resolution:" is no title); "[without reference to a Main Committee (A/73/L.4)]" neither.
_NOT_TITLE = re.compile(r"(?:[,;:，；：]|^\[.*\])$", re.DOTALL)


def _preface_parts(preface: list[Block], lang: Language):
    """(sponsor line, adoption line, "Resolution 2686 (2023)" heading, title) of the
    preface. The title is the one numbered "77/198." when there is one, else the first
    paragraph after the sponsor or adoption line and the heading that reads as a title."""
    sponsor_line, adoption, heading, other = None, None, None, []
    for block in preface:
        parsed = _sponsor_line(block, lang) if sponsor_line is None else None
        adopted = _adoption_line(block, lang) if adoption is None else None
        if parsed:
            sponsor_line = parsed
        elif adopted:
            adoption = adopted
        elif heading is None and re.match(lang.resolution_heading, block.text):
            heading = block            # "Resolution 2686 (2023)": a number, no title
        else:
            other.append(block)
    numbered = next((b for b in other if RESOLUTION_NUMBER.match(b.text)), None)
    if numbered is not None:
        return sponsor_line, adoption, heading, numbered
    marked = [b for b in (sponsor_line and sponsor_line.block, adoption and adoption.block,
                          heading) if b is not None]
    after = max((preface.index(b) for b in marked), default=-1)
    candidates = [b for b in preface[after + 1:] if b in other]
    title = next((b for b in candidates if not _NOT_TITLE.search(b.text.strip())), None)
    return sponsor_line, adoption, heading, title



def _adoption_line(block: Block, lang: Language) -> AdoptionLine | None:
    match = re.match(lang.adoption_pattern, block.text)
    if not match:
        return None
    dates = [d for d in find_dates(block.text, lang) if d[0] >= match.start("date")]
    return AdoptionLine(block, dates[0] if dates else None)


@dataclass
class _Body:
    """Where the parts of the text begin (block indexes)."""
    formula_at: int | None
    first_op: int | None          # the first operative paragraph (numbered or not)
    organ: str
    preface_end: int
    body_start: int               # the first block after the formula
    decision: bool = False        # a decision with no formula ("The Council decides: …")
    unnumbered: bool = False      # the operative part opens with an unnumbered paragraph


def _body_bounds(doc: ExtractedDocument, lang: Language,
                 repeated: frozenset[str] = frozenset()) -> _Body:
    """Find the formula, the first operative paragraph, or failing those the sentence in
    which an organ decides: what is preface, preamble and operative part."""
    blocks = doc.blocks
    op_re = re.compile(lang.op_number)
    formula_at = next((i for i, b in enumerate(blocks) if lang.formula_organ(b.text)), None)
    organ = lang.formula_organ(blocks[formula_at].text) if formula_at is not None else None
    # Without a formula, only numbered paragraphs that open with a word make a UN text:
    # "1. **extractor**" in a Markdown file that quotes UN language is no operative part.
    first_op = _first_numbered(blocks, op_re, formula_at, words_only=formula_at is None)
    if formula_at is None:
        # "The Executive Board" alone on its line, right before the paragraphs.
        formula_at = _body_formula_at(blocks, lang, first_op)
        if formula_at is not None:
            organ = doc.masthead.actor or "un-ga"
            first_op = _first_numbered(blocks, op_re, formula_at)
    if formula_at is None:
        decision = _decision_start(blocks, lang, first_op)
        if decision is not None:
            k, organ = decision
            return _Body(None, k, organ, k, k, decision=True, unnumbered=True)
        if first_op is None:
            raise NotAUNDocument(
                f"{doc.source.name}: not a UN document: no enacting formula "
                f"(such as {next(iter(lang.formulas))!r}), no numbered operative paragraph "
                f"and no decision of an organ")
        return _Body(None, first_op, organ or "un-ga", first_op, first_op)
    body_start = formula_at + 1
    end = first_op if first_op is not None else len(blocks)
    # Subheadings printed right before the first numbered paragraph open the operative part.
    while end - 1 >= body_start and _is_heading(blocks[end - 1], blocks[end] if end < len(blocks)
                                                 else None, lang, repeated):
        end -= 1
    # An unnumbered paragraph opening with an operative verb after the preambular ones:
    # the (single) operative paragraph, not one more preambular paragraph.
    # It ends as an operative paragraph does (not with a preambular comma), and no
    # participle follows it: "Recalls …," among participles is a preambular slip.
    participle = lang.opening_regexes[0]
    unnumbered = next((k for k in range(body_start, end)
                       if _opens_operative(blocks[k], lang)
                       and not _text_end(blocks[k]).endswith((",", "،", "，"))
                       and not any(participle is not None and participle.match(b.text.lstrip())
                                   for b in blocks[k + 1:end])), None)
    if unnumbered is not None:
        return _Body(formula_at, unnumbered, organ, formula_at, body_start, unnumbered=True)
    return _Body(formula_at, end if end < len(blocks) else first_op, organ, formula_at,
                 body_start)


def _first_numbered(blocks: list[Block], op_re: re.Pattern, after: int | None,
                    words_only: bool = False) -> int | None:
    numbered = (lambda text: _opens_with_word(op_re, text)) if words_only else op_re.match
    return next((i for i, b in enumerate(blocks)
                 if (numbered(b.text) or _section_start(b)) and (after is None or i > after)),
                None)


def _body_formula_at(blocks: list[Block], lang: Language, first_op: int | None) -> int | None:
    """A formula the language table does not list ("The Executive Board"), on a line of
    its own right before a numbered or a preambular paragraph."""
    op_re = re.compile(lang.op_number)
    participle = lang.opening_regexes[0]
    for k, block in enumerate(blocks[:-1]):
        if first_op is not None and k >= first_op:
            break
        if re.match(lang.body_formula, block.text.strip()):
            following = blocks[k + 1].text
            if op_re.match(following) or _opens_operative(blocks[k + 1], lang) \
                    or (participle is not None and participle.match(following)):
                return k
    return None


def _decision_start(blocks: list[Block], lang: Language,
                    first_op: int | None) -> tuple[int, str] | None:
    """(index, organ) of the paragraph that opens a decision: it begins with the organ
    ("The Economic and Social Council decides: …", "…, recalling …:"), or, in a text with
    no numbered paragraph, names an organ that decides or takes note."""
    for k, block in enumerate(blocks[:first_op]):
        # It decides or takes note, or announces its items with a colon (a report's
        # "The General Assembly, in its resolution 77/1, requested …" is no decision).
        if not (re.search(lang.decision_pattern, block.text)
                or block.text.rstrip().endswith((":", "："))):
            continue
        for stem, organ in _organ_stems(lang):
            if stem.match(block.text):
                return k, organ
    if first_op is not None:
        return None
    # "At its 40th plenary meeting, on 23 July 2025, the Economic and Social Council
    # decided …": the organ comes within the sentence's first words, the verb after it
    # (a text that merely quotes a decision names the organ further on, or in quotes).
    organs = {name: organ for organ, name in lang.organ_names.items() if organ.startswith("un-")}
    for k, block in enumerate(blocks):
        text = block.text
        for name, organ in organs.items():
            at = text.lower().find(name.lower())
            if at < 0 or len(text[:at].split()) > _DECISION_LEAD_WORDS \
                    or re.search(r"[\"“«„]\s*\S*\s*$", text[:at]):
                continue
            if re.search(lang.decision_pattern, text[at:]):
                return k, organ
    return None


_DECISION_LEAD_WORDS = 15      # "At its 40th plenary meeting, on 23 July 2025, the"


def _organ_stems(lang: Language) -> list[tuple[re.Pattern, str]]:
    """Each enacting formula without its comma, as the opening of a sentence."""
    return [(re.compile(_flexible(formula.rstrip(",،，").strip()) + r"(?=[\s,،，:：]|$)"), organ)
            for formula, organ in lang.formulas.items()]


def _flexible(text: str) -> str:
    return "".join("[’']" if c in "’'" else re.escape(c) for c in text)


def _printed_doc_name(lines: list[str], lang: Language, decision: bool) -> str | None:
    """The document type printed at the start of a line above the text ("Draft decision
    submitted by …"); for a decision with none, "decision"."""
    for line in lines:
        line = line.strip()
        match = lang.doc_type_regex.match(line)
        if match and (match.end() == len(line) or not line[match.end()].isalnum()):
            name = lang.doc_types[_doc_type_key(match.group(0), lang)][0]
            if name.endswith("Draft") or decision == name.startswith("decision"):
                return name
    return "decision" if decision else None


def _opens_operative(block: Block, lang: Language) -> bool:
    """Opens with an operative verb of the language's tables ("Decides that …")."""
    participle, verb = lang.opening_regexes
    text = block.text.lstrip()
    return verb is not None and bool(verb.match(text)) and \
        not (participle is not None and participle.match(text))


def _repeated_lines(blocks: list[Block]) -> frozenset[str]:
    """Short lines printed more than once: a running header left in the text (the title
    at the top of each page), never a subheading."""
    counts = Counter(b.text.strip() for b in blocks if len(b.text) <= 150)
    return frozenset(t for t, n in counts.items() if n >= 2)


def _text_end(block: Block) -> str:
    return block.text.rstrip()


_FINAL_PUNCTUATION = ".,;:!?،؛。，；：…"
_ONLY_NUMBER = re.compile(r"^\s*\(?\d+\s*[.)\-]?\s*$")


def _is_heading(block: Block, following: Block | None, lang: Language,
                repeated: frozenset[str] = frozenset()) -> bool:
    """An unnumbered subheading ("Arms embargo and inspections"): a short line starting
    with a capital, with no final punctuation, that no table recognises, followed by a
    paragraph that does not go on with a small letter."""
    # A note marker read as text after the final punctuation ("…-General,8") ends nothing.
    text = re.sub(r"(?<=[.,;:])\d{1,3}$", "", block.text.strip())
    if not text or len(text) > 150 or len(text.split()) > 16 or text[-1] in _FINAL_PUNCTUATION:
        return False
    if not text[0].isalpha() or text[0].islower() or is_symbol_line(text) or text in repeated:
        return False
    if following is None or following.text.lstrip()[:1].islower():
        return False
    if any(regex is not None and regex.match(text) for regex in lang.opening_regexes):
        return False             # "Acting under Chapter VII …" cut short: a paragraph
    if lang.formula_organ(text) or re.match(lang.body_formula, text) \
            or re.match(lang.annex_pattern, text) or re.match(lang.meeting_pattern, text) \
            or re.match(lang.point_number, text) or is_full_date(text, lang):
        return False
    return True


def _numbering_warnings(operative: list[Operative], preamble: list[Preambular]) -> list[str]:
    """Numbers that do not follow each other (a part may start again at 1)."""
    warnings = []
    previous = None
    for op in operative:
        if op.num is None or not op.num.rstrip(".-) ").isdigit():
            continue
        number = int(op.num.rstrip(".-) "))
        if previous is not None and number not in (previous + 1, 1):
            warnings.append(f"operative paragraph numbers out of sequence: "
                            f"{number} after {previous} (para_{number}); check the structure")
        previous = number
    for k, pp in enumerate(preamble, start=1):
        if _ONLY_NUMBER.match(pp.block.text):
            warnings.append(f"preambular paragraph preamble__p_{k} is only a number "
                            f"({pp.block.text.strip()!r}); check the structure")
    return warnings


def _annexes(blocks: list[Block], lang: Language) -> list[Annex]:
    annexes: list[Annex] = []
    for block in blocks:
        if re.match(lang.annex_pattern, block.text.strip()):
            annexes.append(Annex(block))
        else:
            annexes[-1].blocks.append(block)
    return annexes


def _conclusions(tail: list[Block], lang: Language) -> list[Block]:
    """The closing lines at the very end: "48th plenary meeting", the date, and a
    bracketed vote record ("[Adopted without a vote.]")."""
    for k, block in enumerate(tail):
        if re.match(lang.meeting_pattern, block.text.strip()):
            rest = tail[k:]
            if all(re.match(lang.meeting_pattern, b.text.strip()) or is_full_date(b.text, lang)
                   or _BRACKETED.match(b.text.strip()) for b in rest):
                return rest
    return []


_BRACKETED = re.compile(r"^\[.*\]$", re.DOTALL)


def _preamble(blocks: list[Block], lang: Language,
              repeated: frozenset[str] = frozenset()) -> list[Preambular]:
    """Preambular paragraphs; "(a) …" after one ending with ":" is one of its items."""
    point_re = re.compile(lang.point_number)
    paragraphs: list[Preambular] = []
    for k, block in enumerate(blocks):
        point = point_re.match(block.text)
        lead = paragraphs[-1] if paragraphs else None
        if point and lead and (lead.items or lead.block.text.rstrip().endswith((":", "："))):
            lead.items.append(Point(point.group("num"), _strip(cut(block, point.end()))))
        else:
            following = blocks[k + 1] if k + 1 < len(blocks) else None
            paragraphs.append(Preambular(block, heading=_is_heading(block, following, lang, repeated)))
    return paragraphs


def _doc_type_key(printed: str, lang: Language) -> str:
    return next(k for k in lang.doc_types if k.lower() == printed.lower())


def _sponsor_line(block: Block, lang: Language) -> SponsorLine | None:
    """Parse "A, B et C : projet de résolution"; None if the block is not one."""
    # "Iraq:*,** draft resolution": note markers may follow the colon.
    match = re.match(r"^(?P<names>.+?)\s*[:：][\s*,]*(?P<type>.+?)\s*$", block.text)
    if not match:
        return _submitted_line(block, lang)
    type_match = lang.doc_type_regex.fullmatch(match.group("type"))
    if not type_match:
        return _submitted_line(block, lang)
    names_end = match.end("names")
    joiners = "|".join(rf"\s*{re.escape(j)}\s*" if not j.isalpha() else rf"\s+{re.escape(j)}\s+"
                       for j in lang.sponsor_joiners)
    spans, pos = [], 0
    for sep in re.finditer(joiners, block.text[:names_end]):
        spans.append((pos, sep.start()))
        pos = sep.end()
    spans.append((pos, names_end))
    spans = [_trim(block.text, s, e) for s, e in spans]
    spans = [(s, e) for s, e in spans if e > s]
    # "Trinidad and Tobago": rejoin pieces that together name a State.
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and not is_state(block.text[merged[-1][0]:merged[-1][1]]) \
                and is_state(block.text[merged[-1][0]:end]):
            merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    spans = merged
    key = _doc_type_key(type_match.group(0), lang)
    return SponsorLine(block, spans, match.span("type"), lang.doc_types[key][1])


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A name's span without the spaces and note markers around it ("Argentina,* Bahamas")."""
    while start < end and text[start] in " *\u00a0":
        start += 1
    while end > start and text[end - 1] in " *\u00a0":
        end -= 1
    return start, end


# "the Vice-President of the Council, Lok Bahadur Thapa (Nepal), on the basis of …"
_SUBMITTER = re.compile(r"(?P<role>[^,()]+?)(?:\s*,\s*(?P<person>[^,()]+?)\s*\((?P<state>[^()]+)\))?(?=\s*,|\s*$)")


def _submitted_line(block: Block, lang: Language) -> SponsorLine | None:
    """ "Draft resolution submitted by the Vice-President of the Council, Lok Bahadur
    Thapa (Nepal), on the basis of informal consultations"; "Draft decision" alone."""
    text = block.text.rstrip()
    type_only = lang.doc_type_regex.fullmatch(text)
    match = lang.submitted_regex.match(text) if not type_only else None
    if not (type_only or match):
        return None
    doc_type = (0, len(text)) if type_only else match.span("type")
    key = _doc_type_key(text[slice(*doc_type)], lang)
    if lang.doc_types[key][1] is None:
        return None            # "Resolution 2686 (2023)" or "Decision": not a draft's line
    line = SponsorLine(block, [], doc_type, lang.doc_types[key][1])
    if match and not match.groupdict().get("to"):
        by = _SUBMITTER.match(text, match.start("by"))
        if by:
            line.role = by.span("role")
            if by.group("person"):
                line.person = by.span("person")
                if is_state(by.group("state")):
                    line.state = by.span("state")
    return line


# A heading ends with no punctuation: "A cet égard, …," is a paragraph, not part A
# (a comma inside is fine: "H. Preventing Al-Shabaab from accessing weapons, ammunition").
SECTION = re.compile(r"^(?P<num>[IVXL]+|[A-H])\.?(?:\s+(?P<heading>[^.;:]{2,119}[^.;:,\s]))?$")


def _opens_with_word(op_re: re.Pattern, text: str) -> bool:
    """A paragraph number followed by a word (an opening quote or bracket allowed)."""
    number = op_re.match(text)
    return bool(number) and bool(re.match(r"\s*[\"“«„(\[]?[^\W_]", text[number.end():]))


def _section_start(block: Block) -> re.Match | None:
    """ "II" or "B. Follow-up" on a line of its own: a new part of the text."""
    return SECTION.match(block.text.strip())


def _operative(blocks: list[Block], lang: Language, unnumbered: bool = False,
               warnings: list[str] | None = None, repeated: frozenset[str] = frozenset()
               ) -> tuple[list[Operative], list[Section], list[Block]]:
    """Operative paragraphs, their points, the parts and subheadings grouping them.
    ``unnumbered``: the text opens with an unnumbered operative paragraph (a decision, or
    a resolution's single paragraph); further unnumbered sentences are paragraphs too."""
    op_re, point_re = re.compile(lang.op_number), re.compile(lang.point_number)
    sub_re = re.compile(lang.subpoint_number)
    operative: list[Operative] = []
    sections: list[Section] = []
    unplaced: list[Block] = []
    expect_heading = False

    def place(op: Operative) -> None:
        operative.append(op)
        if sections:
            group = sections[-1].groups[-1] if sections[-1].groups else sections[-1]
            group.operative.append(op)

    for k, block in enumerate(blocks):
        following = blocks[k + 1] if k + 1 < len(blocks) else None
        section = _section_start(block)
        if section:
            heading = None
            if section.group("heading"):
                heading = _strip(cut(block, section.start("heading")))
            sections.append(Section(block.text[:section.end("num")].strip(), heading,
                                    printed=[block]))
            expect_heading = heading is None
            continue
        op = op_re.match(block.text)
        if sections and not op and _heading_goes_on(sections[-1], block, blocks[k - 1]):
            # A heading printed on two lines ("… weapons, ammunition and / military
            # equipment"): one heading.
            target = sections[-1].groups[-1] if sections[-1].groups else sections[-1]
            target.heading = _joined(target.heading, block)
            target.printed.append(block)
            continue
        if expect_heading and not op:
            sections[-1].heading = block        # the part's heading, on its own line
            sections[-1].printed.append(block)
            expect_heading = False
            continue
        expect_heading = False
        if op:
            place(Operative(block.text[:op.end()].strip(), _strip(cut(block, op.end()))))
            continue
        current = operative[-1] if operative else None
        sub, point = sub_re.match(block.text), point_re.match(block.text)
        if current and sub and current.points and _is_roman(sub.group("num"), current.points):
            current.points[-1].points.append(Point(sub.group("num"), _strip(cut(block, sub.end()))))
        elif current and point:
            current.points.append(Point(point.group("num"), _strip(cut(block, point.end()))))
        elif _ONLY_NUMBER.match(block.text):
            # A number alone: its paragraph was lost or cut off; say so, keep it visible.
            if warnings is not None:
                warnings.append(f"a paragraph is only the number {block.text.strip()!r} "
                                f"(after {current.num if current and current.num else 'the preamble'}); "
                                "check the structure")
            unplaced.append(block)
        elif _is_heading(block, following, lang, repeated):
            group = Section("", block, printed=[block], kind="subheading")
            if sections and sections[-1].kind == "part" and sections[-1].num:
                sections[-1].groups.append(group)       # a subheading inside a part
            else:
                sections.append(group)
        elif current and current.points and current.wrap_up is None:
            current.wrap_up = block         # closing words after the sub-paragraphs
        elif unnumbered and (current is None or current.num is None and (
                _opens_operative(block, lang) or not block.text.lstrip()[:1].islower())):
            place(Operative(None, block))
        else:
            unplaced.append(block)
    placed = [op for s in sections for op in s.all_operative()]
    if sections and operative and operative[0] not in placed:
        # Paragraphs before the first part: a part of their own, without number.
        sections.insert(0, Section("", None, [op for op in operative if op not in placed]))
    return operative, sections, unplaced


def _embedded_text(blocks: list[Block], lang: Language, unnumbered: bool,
                   warnings: list[str], repeated: frozenset[str]) -> Embedded | None:
    """When the text opens with an unnumbered paragraph ending with a colon and what follows
    is no "(a)" item but a text of its own (a title, numbered paragraphs): that text."""
    if not unnumbered or len(blocks) < 2 or not blocks[0].text.rstrip().endswith((":", "：")):
        return None
    following = blocks[1].text
    if re.match(lang.point_number, following) or re.match(lang.subpoint_number, following):
        return None
    operative, sections, unplaced = _operative(blocks[1:], lang, True, warnings, repeated)
    if not operative:
        return None
    return Embedded(operative, sections, unplaced)


def _heading_goes_on(section: Section, block: Block, previous: Block) -> bool:
    """Whether ``block`` is the second line of the heading printed just before it."""
    target = section.groups[-1] if section.groups else section
    text = block.text.strip()
    return target.heading is not None and previous in target.printed \
        and text[:1].islower() and len(text.split()) <= 8 and text[-1] not in _FINAL_PUNCTUATION


def _joined(first: Block, second: Block) -> Block:
    """One block of two, a space between; the second's annotations shifted."""
    shift = len(first.text) + 1

    def moved(items):
        return [Anchor(i.offset + shift, i.marker) if isinstance(i, Anchor)
                else replace(i, start=i.start + shift, end=i.end + shift) for i in items]
    return Block(first.text + " " + second.text, first.first_page, second.last_page,
                 first.anchors + moved(second.anchors), first.links + moved(second.links),
                 first.italics + moved(second.italics),
                 first.superscripts + moved(second.superscripts))


def _is_roman(num: str, points: list[Point]) -> bool:
    """Whether "i)" opens roman sub-points of the last point (it is the letter i after h)."""
    if points[-1].points:
        return True
    return num.strip("()").lower() == "i" and points[-1].num.strip("()").lower() != "h"


def _strip(block: Block) -> Block:
    lead = len(block.text) - len(block.text.lstrip())
    return cut(block, lead) if lead else block

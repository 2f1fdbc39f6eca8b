"""Give each extracted paragraph its role: preface, formula, preambular paragraph,
operative paragraph, sub-paragraph; or "unplaced" when it fits nowhere."""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from ..dates import find_dates, is_full_date
from ..errors import NotAUNDocument
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
    """A preambular paragraph; with sub-items "(a)", "(b)" when its text introduces them."""
    block: Block
    items: list[Point] = field(default_factory=list)


@dataclass
class Operative:
    num: str | None
    block: Block
    points: list[Point] = field(default_factory=list)
    wrap_up: Block | None = None


@dataclass
class Section:
    """A part of the operative text: "II" (or "B"), its heading, its paragraphs."""
    num: str
    heading: Block | None
    operative: list[Operative] = field(default_factory=list)
    printed: list[Block] = field(default_factory=list)   # its numeral and heading lines


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
    op_re = re.compile(lang.op_number)
    formula_at = next((i for i, b in enumerate(blocks) if lang.formula_organ(b.text)), None)
    first_op = next((i for i, b in enumerate(blocks)
                     if (op_re.match(b.text) or _section_start(b))
                     and (formula_at is None or i > formula_at)), None)
    if formula_at is None and first_op is None:
        decision = _decision(doc, lang)
        if decision is not None:
            return decision
        raise NotAUNDocument(
            f"{doc.source.name}: not a UN document: no enacting formula "
            f"(such as {next(iter(lang.formulas))!r}) and no numbered operative paragraph")

    organ = lang.formula_organ(blocks[formula_at].text) if formula_at is not None else "un-ga"
    preface_end = formula_at if formula_at is not None else first_op
    preface = blocks[:preface_end]
    body_start = (formula_at + 1) if formula_at is not None else first_op
    preamble_end = first_op if first_op is not None else len(blocks)
    preamble = _preamble(blocks[body_start:preamble_end], lang)

    sponsor_line, adoption, heading, title = _preface_parts(preface, lang)
    number = RESOLUTION_NUMBER.match(title.text) if title else None

    doc_name = "resolution"
    if sponsor_line and sponsor_line.doc_type:
        s, e = sponsor_line.doc_type
        doc_name = lang.doc_types[_doc_type_key(sponsor_line.block.text[s:e], lang)][0]

    tail = blocks[preamble_end:]
    annex_at = next((k for k, b in enumerate(tail) if re.match(lang.annex_pattern, b.text.strip())),
                    len(tail))
    annexes = _annexes(tail[annex_at:], lang)
    operative, sections, unplaced = _operative(tail[:annex_at], lang)
    conclusions = _conclusions(unplaced, lang)
    unplaced = unplaced[:len(unplaced) - len(conclusions)]
    return Structure(doc_name=doc_name, organ=organ, sponsor_line=sponsor_line,
                     adoption=adoption, title=title,
                     title_number=number.span("number") if number else None,
                     heading=heading, preface=preface,
                     formula=blocks[formula_at] if formula_at is not None else None,
                     preamble=preamble, operative=operative, sections=sections,
                     unplaced=unplaced, conclusions=conclusions, annexes=annexes)


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


def _decision(doc: ExtractedDocument, lang: Language) -> Structure | None:
    """A decision: no formula, no numbered paragraph, but a paragraph in which an organ
    decides or takes note. That paragraph and what follows is its one operative
    paragraph (without number); what comes before, its preface."""
    organs = {name: organ for organ, name in lang.organ_names.items() if organ.startswith("un-")}
    for k, block in enumerate(doc.blocks):
        organ = next((o for name, o in organs.items() if name.lower() in block.text.lower()), None)
        if organ and re.search(lang.decision_pattern, block.text):
            preface = doc.blocks[:k]
            sponsor_line, adoption, heading, title = _preface_parts(preface, lang)
            number = RESOLUTION_NUMBER.match(title.text) if title else None
            operative = [Operative(None, b) for b in doc.blocks[k:]]
            draft = sponsor_line is not None and sponsor_line.concept == "draft"
            return Structure(doc_name="decisionDraft" if draft else "decision", organ=organ,
                             sponsor_line=sponsor_line, adoption=adoption, title=title,
                             title_number=number.span("number") if number else None,
                             heading=heading, preface=preface, formula=None, preamble=[],
                             operative=operative, sections=[], unplaced=[], conclusions=[],
                             annexes=[])
    return None


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


def _preamble(blocks: list[Block], lang: Language) -> list[Preambular]:
    """Preambular paragraphs; "(a) …" after one ending with ":" is one of its items."""
    point_re = re.compile(lang.point_number)
    paragraphs: list[Preambular] = []
    for block in blocks:
        point = point_re.match(block.text)
        lead = paragraphs[-1] if paragraphs else None
        if point and lead and (lead.items or lead.block.text.rstrip().endswith((":", "："))):
            lead.items.append(Point(point.group("num"), _strip(cut(block, point.end()))))
        else:
            paragraphs.append(Preambular(block))
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


# A heading ends with no punctuation: "A cet égard, …," is a paragraph, not part A.
SECTION = re.compile(r"^(?P<num>[IVXL]+|[A-H])\.?(?:\s+(?P<heading>[^.;:,]{3,120}))?$")


def _section_start(block: Block) -> re.Match | None:
    """ "II" or "B. Follow-up" on a line of its own: a new part of the text."""
    return SECTION.match(block.text.strip())


def _operative(blocks: list[Block], lang: Language) -> tuple[list[Operative], list[Section], list[Block]]:
    op_re, point_re = re.compile(lang.op_number), re.compile(lang.point_number)
    sub_re = re.compile(lang.subpoint_number)
    operative: list[Operative] = []
    sections: list[Section] = []
    unplaced: list[Block] = []
    expect_heading = False
    for block in blocks:
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
        if expect_heading and not op:
            sections[-1].heading = block        # the part's heading, on its own line
            sections[-1].printed.append(block)
            expect_heading = False
            continue
        expect_heading = False
        if op:
            operative.append(Operative(block.text[:op.end()].strip(), _strip(cut(block, op.end()))))
            if sections:
                sections[-1].operative.append(operative[-1])
            continue
        current = operative[-1] if operative else None
        sub, point = sub_re.match(block.text), point_re.match(block.text)
        if current and sub and current.points and _is_roman(sub.group("num"), current.points):
            current.points[-1].points.append(Point(sub.group("num"), _strip(cut(block, sub.end()))))
        elif current and point:
            current.points.append(Point(point.group("num"), _strip(cut(block, point.end()))))
        elif current and current.points and current.wrap_up is None:
            current.wrap_up = block         # closing words after the sub-paragraphs
        else:
            unplaced.append(block)
    if sections and operative and operative[0] not in sections[0].operative:
        # Paragraphs before the first part: a part of their own, without number.
        sections.insert(0, Section("", None, [op for op in operative
                                              if not any(op in s.operative for s in sections)]))
    return operative, sections, unplaced


def _is_roman(num: str, points: list[Point]) -> bool:
    """Whether "i)" opens roman sub-points of the last point (it is the letter i after h)."""
    if points[-1].points:
        return True
    return num.strip("()").lower() == "i" and points[-1].num.strip("()").lower() != "h"


def _strip(block: Block) -> Block:
    lead = len(block.text) - len(block.text.lstrip())
    return cut(block, lead) if lead else block

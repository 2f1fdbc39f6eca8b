"""Give each extracted paragraph of a statement its role: preface, formula, preambular
paragraph, operative paragraph, sub-paragraph; or "unplaced" when it fits nowhere.

Takes the extracted document and the language tables; gives a :class:`.roles.Structure`.
The steps are their own modules: :mod:`.bounds` (where the parts begin), :mod:`.preface`
(sponsor, adoption and title lines), :mod:`.blocks` (what one block is); the preamble,
operative paragraphs, parts, annexes and closing lines are read here."""
from __future__ import annotations

import re
from dataclasses import replace

from ...dates import is_full_date
from ...languages import Language
from ...model import Anchor, Block, ExtractedDocument
from .blocks import (  # noqa: F401  (other families import _is_heading, _repeated_lines here)
    _FINAL_PUNCTUATION,
    _ONLY_NUMBER,
    _is_heading,
    _opens_operative,
    _repeated_lines,
    _section_start,
    language_section,
    annex_heading,
)
from .bounds import _body_bounds  # noqa: F401  (kinds.py imports it here)
from .preface import (  # noqa: F401  (kinds.py imports _sponsor_line here)
    RESOLUTION_NUMBER,
    _doc_type_key,
    _preface_parts,
    _printed_doc_name,
    _sponsor_line,
)
from .roles import (  # noqa: F401  (the statement family imports them here)
    Annex,
    Embedded,
    Operative,
    Point,
    Preambular,
    Section,
    Structure,
    cut,
)


def classify(doc: ExtractedDocument, lang: Language) -> Structure:
    blocks = doc.blocks
    repeated = _repeated_lines(blocks)
    body = _body_bounds(doc, lang, repeated)
    formula_at, first_op, organ = body.formula_at, body.first_op, body.organ
    preface_end = body.preface_end
    preface = blocks[:preface_end]
    body_start = body.body_start
    preamble_end = first_op if first_op is not None else len(blocks)
    # A resolution in parts ("I", its heading, its own preamble and paragraphs, then
    # "II" …): the first part starts where its numeral stands, the preamble before it
    # is only the formula's.
    part_at = next((k for k in range(body_start, preamble_end) if formula_at is not None and (
                    _section_start(blocks[k]) and _section_start(blocks[k]).group("num")[0] in "IVXL"
                    or (language_section(blocks[k], lang) or (0,))[0] == 1)), None)
    if part_at is not None:
        preamble_end = part_at
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
    annex_at = next((k for k, b in enumerate(tail) if annex_heading(b, lang) is not None),
                    len(tail))
    annexes = _annexes(tail[annex_at:], lang)
    # The closing lines printed before the annexes ("55th plenary meeting", its date)
    # end the resolution: no paragraph of it, even where unnumbered ones are read.
    closing = _conclusions(tail[:annex_at], lang) if annexes else []
    annex_at -= len(closing)
    warnings: list[str] = []
    embedded = _embedded_text(tail[:annex_at], lang, body.unnumbered, warnings, repeated)
    if embedded is not None:
        # "Adopts the following political declaration …:" and the declaration itself.
        operative, sections = [Operative(None, tail[0], embedded=embedded)], []
        unplaced = embedded.unplaced
    else:
        operative, sections, unplaced = _operative(tail[:annex_at], lang, body.unnumbered,
                                                   warnings, repeated)
    conclusions = closing or _conclusions(unplaced, lang)
    unplaced = unplaced[:len(unplaced) - (0 if closing else len(conclusions))]
    warnings = [f"{doc.source.name}: {w}" for w in warnings + _numbering_warnings(operative, preamble)]
    return Structure(doc_name=doc_name, organ=organ, sponsor_line=sponsor_line,
                     adoption=adoption, title=title,
                     title_number=number.span("number") if number else None,
                     heading=heading, preface=preface,
                     formula=blocks[formula_at] if formula_at is not None else None,
                     preamble=preamble, operative=operative, sections=sections,
                     unplaced=unplaced, conclusions=conclusions, annexes=annexes,
                     warnings=warnings)


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
        if annex_heading(block, lang) is not None:
            annexes.append(Annex(block))
        else:
            annexes[-1].blocks.append(block)
    return annexes


def _conclusions(tail: list[Block], lang: Language) -> list[Block]:
    """The closing lines at the very end: "48th plenary meeting", the date, and a
    bracketed vote record ("[Adopted without a vote.]")."""
    for k, block in enumerate(tail):
        if lang.regexes.meeting_pattern.match(block.text.strip()):
            rest = tail[k:]
            if all(lang.regexes.meeting_pattern.match(b.text.strip()) or is_full_date(b.text, lang)
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
        own = language_section(block, lang) if block.table is None else None
        if own is not None:
            # "أولا -", "一、" (part I), "ألف -", "（一）" (A): as "I" and "A." below.
            level, num, neutral, heading_at = own
            heading = _strip(cut(block, heading_at)) if heading_at is not None else None
            part = Section(num, heading, printed=[block], eid_num=neutral)
            if level == 2 and sections and sections[-1].kind == "part" and sections[-1].num:
                sections[-1].groups.append(part)
            else:
                sections.append(part)
            expect_heading = heading is None
            continue
        section = _section_start(block) if block.table is None else None
        if section:
            heading = None
            if section.group("heading"):
                heading = _strip(cut(block, section.start("heading")))
            part = Section(block.text[:section.end("num")].strip(), heading, printed=[block])
            if section.group("num")[0] not in "IVXL" and sections and sections[-1].num \
                    and sections[-1].num[0] in "IVXL" and sections[-1].kind == "part":
                sections[-1].groups.append(part)     # "A.", "B." inside part "XII"
            else:
                sections.append(part)
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
            target = sections[-1].groups[-1] if sections[-1].groups else sections[-1]
            target.heading = block              # the part's heading, on its own line
            target.printed.append(block)
            expect_heading = False
            continue
        expect_heading = False
        if sections and not op and not sections[-1].all_operative() and not sections[-1].groups \
                and _opens_preambular(block, lang):
            sections[-1].preamble.append(block)     # the part's own preambular paragraph
            continue
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
        elif sections and sections[-1].kind == "part" and _opens_operative(block, lang) \
                and not any(op.num for op in sections[-1].all_operative()):
            place(Operative(None, block))   # a part's single unnumbered paragraph ("Approves …")
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


def _opens_preambular(block: Block, lang: Language) -> bool:
    """Opens with a preambular participle ("Recalling", "Having considered")."""
    participle = lang.opening_regexes[0]
    text = block.text.strip()
    return participle is not None and bool(participle.match(text))


def _embedded_text(blocks: list[Block], lang: Language, unnumbered: bool,
                   warnings: list[str], repeated: frozenset[str]) -> Embedded | None:
    """When the text opens with an unnumbered paragraph ending with a colon and what follows
    is no "(a)" item but a text of its own (a title, numbered paragraphs): that text."""
    if not unnumbered or len(blocks) < 2 or not blocks[0].text.rstrip().endswith((":", "：")):
        return None
    following = blocks[1].text
    if lang.regexes.point_number.match(following) or lang.regexes.subpoint_number.match(following):
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
                 first.superscripts + moved(second.superscripts), bold=first.bold and second.bold,
                 boxes=first.boxes + second.boxes)


def _is_roman(num: str, points: list[Point]) -> bool:
    """Whether "i)" opens roman sub-points of the last point (it is the letter i after h)."""
    if points[-1].points:
        return True
    return num.strip("()").lower() == "i" and points[-1].num.strip("()").lower() != "h"


def _strip(block: Block) -> Block:
    lead = len(block.text) - len(block.text.lstrip())
    return cut(block, lead) if lead else block

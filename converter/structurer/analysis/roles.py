"""The roles a statement's paragraphs play, as plain data: sponsor and adoption lines,
preambular and operative paragraphs with their points, parts, annexes, and the whole
:class:`Structure` the statement family writes.

Takes nothing; gives the types :mod:`.classify` fills, and :func:`cut` (a block without
its first characters, its annotations shifted).
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from ...model import Anchor, Block


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
    # A resolution in parts: the preambular paragraphs each part prints before its own
    # operative paragraphs ("Recalling …," under "II").
    preamble: list[Block] = field(default_factory=list)
    # The number the other language versions print, for the eId, where the part is
    # numbered in words ("ثانيا -" -> "II"); None: the eId names ``num`` as printed.
    eid_num: str | None = None

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
                 shift(block.superscripts), bold=block.bold, boxes=block.boxes)

"""A statement's preface lines: the sponsor line ("Cuba and Spain: draft resolution",
"Draft resolution submitted by …"), the adoption line ("Resolution adopted by the General
Assembly on …"), the "Resolution 2686 (2023)" heading, the title, and the document type
printed above the text.

Takes the preface's blocks and the language tables; gives the parsed lines
(:class:`.roles.SponsorLine`, :class:`.roles.AdoptionLine`) and the type's name.
"""
from __future__ import annotations

import re

from ...dates import find_dates
from ...languages import Language
from ...model import Block
from ...states import is_state
from .roles import AdoptionLine, SponsorLine


# "77/198.  Title"; in Arabic "80/123 - العنوان" (the number, a dash, the title).
RESOLUTION_NUMBER = re.compile(r"^(?P<number>\d+/(?:\d+|…)(?:\.|\s+-)?)\s+")
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

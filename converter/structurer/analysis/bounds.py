"""Where a statement's parts begin: the enacting formula (printed in the tables, or a
short "The … Board" line), the first operative paragraph (numbered or not), or, with no
formula, the paragraph in which an organ decides.

Takes the extracted document and the language tables; gives a :class:`_Body` (block
indexes and the acting organ), or refuses a text with none of these
(:class:`NotAUNDocument`).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ...errors import NotAUNDocument
from ...languages import Language
from ...model import Block, ExtractedDocument
from .blocks import _is_heading, _opens_operative, _opens_with_word, _section_start, _text_end


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
        if lang.regexes.body_formula.match(block.text.strip()):
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
        # The verb first, then the organ ("قررت الجمعية العامة أن …": Arabic puts the
        # verb before its subject, where the formula's "إن" stands otherwise).
        verb = re.match(lang.decision_pattern, block.text.lstrip())
        if verb:
            rest = block.text.lstrip()[verb.end():].lstrip()
            found = next((organ for organ, name in lang.organ_names.items()
                          if organ.startswith("un-") and rest.startswith(name)), None)
            if found:
                return k, found
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

"""What a single block of a UN text is, whatever the family: a subheading, a part's
heading ("II", "B. Follow-up"), a numbered paragraph opening with a word, a paragraph
opening with an operative verb, a line repeated as a running header.

Takes blocks and the language tables; gives yes/no answers (and the part heading's
match). Shared by the statement family and the report, agenda, letter and corrigendum
families.
"""
from __future__ import annotations

import re
from collections import Counter

from ...dates import is_full_date
from ...extractor.layout.furniture import is_symbol_line
from ...languages import Language
from ...model import Block


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
    if lang.formula_organ(text) or lang.regexes.body_formula.match(text) \
            or lang.regexes.annex_pattern.match(text) or lang.regexes.meeting_pattern.match(text) \
            or lang.regexes.point_number.match(text) or is_full_date(text, lang):
        return False
    return True


# A heading ends with no punctuation: "A cet égard, …," is a paragraph, not part A
# (a comma inside is fine: "H. Preventing Al-Shabaab from accessing weapons, ammunition").
SECTION = re.compile(r"^(?P<num>[IVXL]+|[A-H])\.?(?:\s+(?P<heading>[^.;:]{2,119}[^.;:,\s]))?$")


def _opens_with_word(op_re: re.Pattern, text: str) -> bool:
    """A paragraph number followed by a word (an opening quote or bracket allowed)."""
    number = op_re.match(text)
    return bool(number) and bool(re.match(r"\s*[\"“«„(\[]?[^\W_]", text[number.end():]))


# A roman part's heading may be long and hold a colon ("I Conditions of service …
# officials: members of the International Court of Justice …"), printed with its numeral.
ROMAN_SECTION = re.compile(r"^(?P<num>[IVXL]+)\.?\s+(?P<heading>[A-Z][^.;]{2,300}[^.;:,\s])$")


def _section_start(block: Block) -> re.Match | None:
    """ "II" or "B. Follow-up" on a line of its own: a new part of the text."""
    text = block.text.strip()
    return SECTION.match(text) or ROMAN_SECTION.match(text)


def language_section(block: Block, lang: Language) -> tuple[int, str, str | None, int | None] | None:
    """ "ثانيا - متابعة", "باء -", "二、后续行动", "（二）" on a line of its own: a new part
    of the text numbered in the language's words or signs (Language.part_numbers, levels
    1 and 2): (level, the number as printed, the number the other versions print, where
    its heading starts or None). A sentence after the number is a paragraph."""
    found = lang.part_heading(block.text.strip())
    if found is None or found[0].level > 2 or not found[0].words:
        return None
    numbers, match = found
    rest = match.group("text")
    if rest is not None and rest.rstrip()[-1:] in ".;:,،؛。；：，":
        return None
    lead = len(block.text) - len(block.text.lstrip())
    num = match.group("num").strip()
    return (numbers.level, num, numbers.neutral(match.group("word")),
            lead + match.start("text") if rest is not None else None)


def annex_heading(block: Block, lang: Language) -> int | None:
    """ "Annex", "Annex II" (0: no title on the line), or "Annex United Nations Convention
    against …" printed as one line (where its title starts); None when the block is no
    annex heading ("Annex I to the present resolution contains …" is a sentence)."""
    text = block.text.strip()
    if lang.regexes.annex_pattern.match(text):
        return 0
    words = text.split()
    if len(text) > 400 or not words or text[-1] in ".,:":
        return None
    for n in (2, 1):
        if len(words) > n and lang.regexes.annex_pattern.match(" ".join(words[:n])) \
                and words[n][:1].isupper() and words[n].lower() not in ("to", "à", "de", "к"):
            return block.text.index(words[n], len(block.text) - len(block.text.lstrip())
                                    + len(" ".join(words[:n])))
    return None

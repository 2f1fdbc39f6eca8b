"""Text repairs shared by the text and PDF extractors.

Each function takes text and returns text; none of them drops a letter or digit.
They work on strings that may carry in-band private-use characters (footnote anchors,
page breaks): those are not word characters, so the rules below step over them.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from itertools import repeat

from ...languages import Language
from .textcheck import words
try:            # a line's words and runs of letters found in C (_words.c), where it was built
    from ._words import compounds as _compounds, letter_runs as _letter_runs
except ImportError:
    _compounds = _letter_runs = None

WORD = re.compile(r"[^\W_]+(?:[-‐][^\W_]+)*")     # words, compounds kept whole
HYPHENS = "-‐"                                      # hyphen-minus, U+2010
SOFT_HYPHEN = "\u00ad"
_MARKS = re.compile(r"[\ue000-\uefff]*")     # private-use: in-band marks (see assemble.py)
_CJK = re.compile("[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]")
_LINE_END_HYPHEN = re.compile(r"([^\W\d_]+(?:[-‐][^\W\d_]+)*)[-‐]$")
_FIRST_WORD = re.compile(r"[^\W_]+")
_HYPHEN_SPLIT = re.compile(f"[{HYPHENS}]")
_SPACES = re.compile(r"[ \t\u00a0\u202f]{2,}")
# A space before an apostrophe that joins two words ("d ’action") is an extraction
# artefact: typeset apostrophes never follow a space inside a word.
_SPACED_APOSTROPHE = re.compile(r"(?<=[^\W\d_]) +([’'])(?=[^\W\d_])")
# Two words with one space between; the second only looked at, so that every pair of
# neighbours is tried ("les civil isations": "les civil", then "civil isations").
_SPLIT_WORD = re.compile(r"(?<![\w’'‐-])([^\W\d_]{2,}) (?=([^\W\d_]{2,})(?![\w’'‐-]))")


# Characters XML 1.0 refuses (C0 controls but tab and line ends, U+FFFE/FFFF, lone
# surrogates), and private-use characters in the range of the in-band marks.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_MARK_RANGE = re.compile("[\ue000-\uefff]")
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff\ue000-\uefff]")


def sanitize(text: str) -> str:
    """Input text made safe: no character XML cannot hold (a space instead; a form feed
    is a page break a reader printed), none that the extractors use as marks (U+FFFD)."""
    if _UNSAFE.search(text) is None:          # nearly always: nothing to do
        return text
    return _MARK_RANGE.sub("\ufffd", _NOT_XML.sub(" ", text))


def vocabulary(texts) -> Counter:
    """How often each word (lower case; compounds whole and also split) occurs."""
    counts: Counter = Counter()
    find = _compounds if _compounds is not None else WORD.findall     # (the same words)
    for text in texts:
        found = find(text)
        counts.update(map(str.lower, found))    # (counted in C, a text at a time)
        if "-" not in text and "‐" not in text:
            continue                            # (no compound in it: most lines)
        for word in map(str.lower, found):
            if "-" in word or "‐" in word:
                counts.update(_HYPHEN_SPLIT.split(word))
    return counts


def keeps_hyphen(before: str, after: str, vocab: Counter, lang: Language) -> bool:
    """Whether a hyphen at a line end, between ``before`` and ``after`` (the word parts
    on each side), belongs to the word ("non-" + "sélectivité") or only splits it."""
    head = re.split(f"[{HYPHENS}]", before)[-1].lower()
    joined = (before + after).lower()
    hyphenated = f"{before}-{after}".lower()
    if vocab[hyphenated]:
        return True                 # the compound is printed whole elsewhere
    if vocab[joined]:
        return False                # the plain word is printed whole elsewhere
    if after[:1].isupper():
        return True                 # "Haute-" + "Commissaire", "Nord-" + "Sud"
    if after[:1].isdigit() or head[-1:].isdigit():
        return True                 # "2000-" + "2005"
    if head in lang.compound_prefixes:
        return True
    if lang.cuts_words:
        return False
    # Two words of the language that make none ("gender-" + "responsiveness", "home-" +
    # "based"): a compound; a word cut in two leaves pieces that are no words
    # ("recommen-" + "dations"), or makes a word ("in-" + "formation").
    known = words(lang.code)
    tail = re.split(f"[{HYPHENS}]", after)[0].lower()
    return len(head) > 1 and len(tail) > 1 and head in known and tail in known and \
        head + tail not in known


# Marks may stand inside the address: a link annotation that covers only its end
# ("…/30909-sogad-9-maija" + link start + "-latvija-").
_URL_AT_END = re.compile(r"(?:https?://|www\.)\S*$")
_URL_BREAK = "-/_=?&%#~"                   # where a long address is broken at a line end
_URL_PIECE = re.compile(r"^[a-z0-9][^\s]*(?:[?=&_%]|\.(?:html?|aspx?|php|pdf)\b)")


# Spaces and marks at the end: a link may cover the space after the address's first
# part ("…/article/ " + link end, S/2025/356).
_END_SPACE = re.compile(r"[\s\ue000-\uefff]+$")
_SPACE_BEFORE_MARKS = re.compile(r"\s+(?=[\ue000-\uefff]*$)")


def url_goes_on(text: str, line: str) -> bool:
    """Whether ``line`` continues a web address that ends ``text`` (an address is
    broken with no hyphen or space added: it is rejoined as it was)."""
    tail = text[-300:]
    if "http" not in tail and "www." not in tail:
        return False                # (nearly every line: no address to look for)
    end = _URL_AT_END.search(_END_SPACE.sub("", tail))
    if end is None:
        return False
    url = _MARKS.sub("", end.group(0))
    return url.endswith(tuple(_URL_BREAK)) or bool(_URL_PIECE.match(line))


def join_lines(lines: list[str], vocab: Counter, lang: Language) -> str:
    """Join the printed lines of one paragraph into one line of text."""
    text = ""
    for line in lines:
        # In-band marks (a page break) at the start of a line go to the join point.
        marks = _MARKS.match(line).group(0)
        line = line[len(marks):].strip()
        if not line:
            text += marks
            continue
        if _MARKS.fullmatch(text):       # nothing but marks so far (no copy of the text made)
            text += marks + line
            continue
        # Only the end of the text can hold the hyphenated word: search its tail, not
        # the whole paragraph again for every line.
        if text.endswith(SOFT_HYPHEN):          # a discretionary break: the word goes on
            text = text[:-1] + marks + line
            continue
        if url_goes_on(text, line):                # a web address broken at the line end
            text = _SPACE_BEFORE_MARKS.sub("", text) + marks + line
            continue
        match = _LINE_END_HYPHEN.search(text[-80:]) if text.endswith(("-", "‐")) else None
        first = _FIRST_WORD.match(line) if match else None
        if match and first:
            tail = text[-80:]
            # "whole -of-" + "government": a piece that starts with a hyphen is inside
            # a compound (the PDF put a space in it), so its end hyphen is the compound's.
            inside = match.start(1) > 0 and tail[match.start(1) - 1] in HYPHENS
            if first.group(0).lower() in lang.suspended_hyphen_words and \
                    line[first.end():first.end() + 1].isspace():
                text += " " + marks + line      # "troop- and police-contributing"
            elif inside or keeps_hyphen(match.group(1), first.group(0), vocab, lang):
                text += marks + line
            else:
                text = text[:-1] + marks + line
        elif _CJK.match(line) or _CJK.match(text[-1:]):
            text += marks + line        # Chinese and Japanese put no space between words
        else:
            text += " " + marks + line
    return text


_PRESENTATION_FORMS = re.compile("[\ufb00-\ufdff\ufe70-\ufeff]+")   # ligatures, Arabic forms


def fold_presentation_forms(text: str) -> str:
    """ "ﬁ" -> "fi", Arabic presentation forms -> letters; nothing else is touched."""
    if text.isascii():              # (told at once: none there)
        return text
    return _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def fix_apostrophes(text: str) -> str:
    if "’" not in text and "'" not in text:
        return text                 # (no apostrophe: the pattern's lookbehind not run)
    return _SPACED_APOSTROPHE.sub(r"\1", text)


_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")     # what each half of a split word is


def rejoin_split_words(text: str, vocab: Counter) -> str:
    """Rejoin a word that a stray space split in two ("civil isations"): when the joined
    word is attested in the document and one half occurs nowhere else in it."""
    if not _may_rejoin(text, vocab):
        return text
    joined = False

    def repair(match: re.Match) -> str:
        nonlocal joined
        left, right = match.group(1), match.group(2)
        # (get: a Counter's [] calls its Python __missing__ for every word it lacks)
        if vocab.get((left + right).lower()) and \
                min(vocab.get(left.lower(), 0), vocab.get(right.lower(), 0)) <= 1:
            joined = True
            return left
        return match.group(0)

    while True:     # again after a join (it may make a new pair), so that clean() is idempotent
        joined = False
        text = _SPLIT_WORD.sub(repair, text)
        if not joined:
            return text


def _may_rejoin(text: str, vocab: Counter) -> bool:
    """Whether two neighbouring runs of letters of ``text`` make a word of ``vocab``
    with one of them rare (as rejoin_split_words asks of each pair it reads: its halves
    are such runs, one space apart, so neighbours here). Most paragraphs have no such
    pair: they are not rewritten pair by pair."""
    runs = _letter_runs(text, 2) if _letter_runs is not None else _LETTER_RUN.findall(text)
    # How often each run occurs (counted in C, a map over the runs), then the pairs
    # beside a rare one only: most runs are frequent words.
    counts = list(map(vocab.get, map(str.lower, runs), repeat(0)))
    last = len(runs) - 1
    for k in [k for k, n in enumerate(counts) if n <= 1]:
        if k > 0 and vocab.get((runs[k - 1] + runs[k]).lower()) or \
                k < last and vocab.get((runs[k] + runs[k + 1]).lower()):
            return True
    return False


def collapse_spaces(text: str) -> str:
    """One space where the extraction left several; none at the ends."""
    if "\u00a0" not in text:      # (nearly always: every run one space, no call a run)
        if "  " not in text and "\t" not in text and "\u202f" not in text:
            return text.strip()     # (no two blanks in a row: most paragraphs)
        return _SPACES.sub(" ", text).strip()
    return _SPACES.sub(lambda m: "\u00a0" if "\u00a0" in m.group(0) else " ", text).strip()


def clean(text: str, vocab: Counter | None = None) -> str:
    """All in-line repairs, in order. Idempotent: clean(clean(t)) == clean(t)."""
    text = text.replace(SOFT_HYPHEN, "")
    text = collapse_spaces(fix_apostrophes(fold_presentation_forms(text)))
    if vocab is not None:
        text = rejoin_split_words(text, vocab)
    return text

"""Is a PDF's text layer right? Pages whose fonts map some glyphs to the wrong letters.

Some PDFs carry a text layer that does not say what the page prints: the Spanish
A/RES/77/247 reads "uue" for "que" and "iniorme" for "informe" (the file maps the glyphs
of "q" and "f" to "u" and "i"); an old scan's OCR layer reads "progranme" for
"programme". Such a page is full of words unknown to the document's language
(``converter/data/words``) that become words of the language when one letter is
changed, and the same change repairs many different words: "f" read as "i" in
"iniorme", "iin", "aiirmando", "coniormidad". That consistency is what tells a broken
layer from a page that quotes another language or lists foreign names (many unknown
words too, but no single change repairs a good part of them).

The rule, on the whole document: a change of one letter (shown → meant) that repairs
at least ``MIN_REPAIRED`` different unknown words, and at least ``MIN_SHARE`` of all the
different unknown words, is a wrong glyph mapping. The pages where words repaired by
such changes occur (at least ``MIN_ON_PAGE`` of them) are reported. Chinese, which has
no word spaces, is checked by characters: a page of which more than
``MAX_UNKNOWN_CHARACTERS`` of the characters are not among the characters of frequent
Chinese words is reported.
"""
from __future__ import annotations

import gzip
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Collection

try:            # the word lists held compactly (_words.c), where it was built
    from ._words import WordList, letter_runs
except ImportError:                 # not built (no compiler where it was installed)
    WordList = letter_runs = None
_COMPACT = WordList if WordList is not None else ()    # (isinstance of nothing)

MIN_REPAIRED = 8          # different words repaired by one change, in the document
MIN_SHARE = 0.10          # of the different unknown words of the document
MIN_ON_PAGE = 2           # repaired words on a page for it to be reported
MIN_WORDS = 30            # a page with fewer words is not judged
MAX_UNKNOWN_CHARACTERS = 0.3
MIN_CHARACTERS = 100

NAMES = {"eng": "English", "fra": "French", "spa": "Spanish", "rus": "Russian",
         "ara": "Arabic", "zho": "Chinese"}

# A word: a run of two letters or more (one letter alone tells nothing); found by
# _words.letter_runs where it was built, the same runs.
_WORD = re.compile(r"[^\W\d_]{2,}")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_WORD_IN_LIST = re.compile(r"\S+")


@dataclass
class BrokenPage:
    """A page whose text layer looks wrong: ``unknown`` is the share of its words that
    the language's word list does not know; ``changes`` the letters read wrongly,
    as (shown, meant) pairs."""
    page: int
    unknown: float
    language: str
    changes: list[tuple[str, str]] = field(default_factory=list)

    def warning(self, ocr: bool = False) -> str:
        name = NAMES.get(self.language, self.language)
        what = "characters" if self.language == "zho" else "words"
        text = (f"page {self.page}: the text layer looks wrong: {self.unknown:.0%} of "
                f"{what} unknown in {name}")
        if self.changes:
            text += " (" + ", ".join(f"'{meant}' read as '{shown}'"
                                     for shown, meant in self.changes) + ")"
        return text + ("; re-read by OCR" if ocr else "; re-read it with --ocr")


def _word_data(language: str) -> bytes:
    """``language``'s word list as its file holds it, ISO 639-2: UTF-8, a word a line
    (b"": no list)."""
    path = resources.files("converter") / "data" / "words" / f"{language}.txt.gz"
    try:
        return gzip.decompress(path.read_bytes())
    except FileNotFoundError:
        return b""


@lru_cache(maxsize=None)
def words(language: str) -> Collection[str]:
    """The word list (for Chinese: the characters) of ``language``, ISO 639-2: for
    ``in`` and ``len`` only. Held for the rest of the process: compactly (3 to 5 MB a
    list, and no more while it is made) where the C module is built, else as a
    frozenset (9 to 12 MB, and some 6 MB more while it is made), with the same
    answers."""
    data = _word_data(language)
    if WordList is not None and data:
        return WordList(data)
    return frozenset(data.decode("utf-8").split())


@lru_cache(maxsize=None)
def _alphabet(language: str) -> str:
    """The letters of the language: those of at least 100 of its words."""
    known = words(language)
    if isinstance(known, _COMPACT):
        counts = known.letter_counts()      # (counted as the list was made)
    else:
        # (word by word from the file's text: a list of all its words would take some
        # 10 MB for a moment, which a worker would hold as long as it lives)
        counts = Counter()
        for word in _WORD_IN_LIST.finditer(_word_data(language).decode("utf-8")):
            counts.update(set(word.group()))
    return "".join(sorted(c for c, n in counts.items() if n >= 100))


def _tokens(text: str) -> list[str]:
    text = unicodedata.normalize("NFKC", text).lower()
    return letter_runs(text, 2) if letter_runs is not None else _WORD.findall(text)


def broken_pages(pages: dict[int, str], language: str) -> list[BrokenPage]:
    """The pages (number → text) whose text layer looks wrong for ``language``."""
    known = words(language)
    if not known:
        return []
    if language == "zho":
        return _broken_chinese(pages, known)
    right_to_left = language == "ara"

    def is_known(word: str) -> bool:
        # A right-to-left file may store a word's letters in visual order.
        return word in known or (right_to_left and word[::-1] in known)

    # (page by page: the words of a long document's pages are not held all at once;
    # each word looked up once, however often the pages print it)
    printed: set[str] = set()
    counted: dict[int, int] = {}
    for number, text in pages.items():
        tokens = _tokens(text)
        printed.update(tokens)
        counted[number] = len(tokens)
    unknown = {w for w in printed if not is_known(w)}
    if len(unknown) < MIN_REPAIRED:
        return []
    alphabet = _alphabet(language)
    repairs: dict[tuple[str, str], set[str]] = {}
    # (in C where the list is a WordList: every change of one letter tried without
    # making the strings; the same pairs in the same order as the loop below)
    in_c = None if right_to_left or not isinstance(known, _COMPACT) else known.one_letter_repairs
    for word in unknown:
        if in_c is not None:
            for pair in in_c(word, alphabet):
                repairs.setdefault(pair, set()).add(word)
            continue
        for i, shown in enumerate(word):
            head, tail = word[:i], word[i + 1:]
            # (a left-to-right language: the word list alone, looked up in the loop)
            found = [meant for meant in alphabet if meant != shown and
                     is_known(head + meant + tail)] if right_to_left else \
                [meant for meant in alphabet if meant != shown and head + meant + tail in known]
            for meant in found:
                repairs.setdefault((shown, meant), set()).add(word)
    if not repairs:
        return []
    most = max(len(ws) for ws in repairs.values())
    if most < MIN_REPAIRED or most < MIN_SHARE * len(unknown):
        return []
    # The changes that explain a good part of what the strongest one does; equally strong
    # ones in the order of their letters (the unknown words are a set: the order they were
    # met in is the process's hash seed's, and the warning would differ from run to run).
    changes = sorted((pair for pair, ws in repairs.items() if len(ws) >= max(MIN_REPAIRED, most / 4)),
                     key=lambda pair: (-len(repairs[pair]), pair))
    repaired = set().union(*(repairs[pair] for pair in changes))
    found = []
    for number, count in sorted(counted.items()):
        if count < MIN_WORDS:
            continue
        tokens = _tokens(pages[number])
        if len({w for w in tokens if w in repaired}) >= MIN_ON_PAGE:
            share = sum(1 for w in tokens if not is_known(w)) / len(tokens)
            found.append(BrokenPage(number, share, language, changes))
    return found


def _broken_chinese(pages: dict[int, str], known: Collection[str]) -> list[BrokenPage]:
    found = []
    for number, text in sorted(pages.items()):
        chars = _CJK.findall(unicodedata.normalize("NFKC", text))
        if len(chars) < MIN_CHARACTERS:
            continue
        share = sum(1 for c in chars if c not in known) / len(chars)
        if share > MAX_UNKNOWN_CHARACTERS:
            found.append(BrokenPage(number, share, "zho"))
    return found


# Arabic text (an Arabic document's, or an annex in Arabic in another language's
# document) is judged by its words alone: a good text layer leaves 1 to 5 % of them
# unknown to the word list, a font whose glyphs map to wrong letters half of them
# (A/79/876 and S/2025/354 annex letters set in a subset of Simplified Arabic: letters
# read as others or as spaces, kashida read as kaf; poppler reads them so too).
MAX_UNKNOWN_ARABIC = 0.3
MIN_ARABIC_WORDS = 30
_ARABIC_WORD = re.compile("[\u0621-\u063a\u0641-\u064a\u0671-\u06d3]{2,}")
_TASHKEEL = re.compile("[\u0640\u064b-\u065f\u0670]")
# Every character that is, or that NFKC folds into, a letter _ARABIC_WORD takes: the
# Arabic block, the presentation forms and the mathematical letters (a test checks
# every code point).
_ANY_ARABIC = re.compile("[\u0600-\u06ff\ufb50-\ufdff\ufe70-\ufeff\U0001ee00-\U0001eeff]")


@dataclass
class GarbledArabic:
    """A page whose Arabic words are mostly unknown: its font's glyphs are mapped to
    the wrong letters. The text is kept as read (no guess is made at the letters)."""
    page: int
    unknown: float
    words: int


def garbled_warning(found: list[GarbledArabic]) -> str:
    """One warning for the pages found: which, and how much of their words is unknown."""
    pages = [g.page for g in found]
    runs, start = [], pages[0]
    for a, b in zip(pages, pages[1:] + [None]):
        if b != a + 1:
            runs.append(f"{start}" if start == a else f"{start}-{a}")
            start = b
    low, high = min(g.unknown for g in found), max(g.unknown for g in found)
    share = f"{low:.0%}" if round(low, 2) == round(high, 2) else f"{low:.0%} to {high:.0%}"
    where = ("page " if len(pages) == 1 else "pages ") + ", ".join(runs)
    return (f"{where}: the Arabic text looks wrong: {share} of its words unknown in Arabic "
            "(its font maps glyphs to the wrong letters, as other PDF readers read them "
            "too); kept as read: check it against the printed page, or re-read it with --ocr")


def garbled_arabic(pages: dict[int, str]) -> list[GarbledArabic]:
    """The pages (number → text, in logical order) whose Arabic words are mostly unknown."""
    known: Collection[str] | None = None
    found = []
    for number, text in sorted(pages.items()):
        if not _ANY_ARABIC.search(text):
            continue                # (most pages of most documents)
        tokens = _ARABIC_WORD.findall(_TASHKEEL.sub("", unicodedata.normalize("NFKC", text)))
        if len(tokens) < MIN_ARABIC_WORDS:
            continue
        # The Arabic list (some 12 MB held for the rest of the process) is loaded only
        # for a document with a page of Arabic text.
        known = words("ara") if known is None else known
        share = sum(1 for w in tokens if w not in known) / len(tokens)
        if share > MAX_UNKNOWN_ARABIC:
            found.append(GarbledArabic(number, share, len(tokens)))
    return found

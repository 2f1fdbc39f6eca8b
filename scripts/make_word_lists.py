"""Regenerate converter/data/words/*.txt.gz, the word lists of the broken-text-layer
check (converter/extractor/characters/textcheck.py), from wordfreq's frequency data.

Run once, in a throwaway environment: ``pip install wordfreq && python
scripts/make_word_lists.py``. wordfreq is not a dependency of the converter: the lists
it makes are committed (see converter/data/words/README.md for their licence).
"""
from __future__ import annotations

import gzip
import unicodedata
from pathlib import Path

from wordfreq import top_n_list

OUT = Path(__file__).resolve().parents[1] / "converter" / "data" / "words"
WORDS = 100_000                    # the most frequent words of each alphabetic language
CHINESE_WORDS = 50_000             # Chinese: the characters of its most frequent words
LANGUAGES = {"eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar"}


def write(code: str, items: list[str]) -> None:
    data = ("\n".join(items) + "\n").encode("utf-8")
    # mtime=0: the same list gives the same bytes
    (OUT / f"{code}.txt.gz").write_bytes(gzip.compress(data, 9, mtime=0))


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for code, wf in LANGUAGES.items():
        words: dict[str, None] = {}
        for word in top_n_list(wf, WORDS):
            word = unicodedata.normalize("NFKC", word).lower()
            if word.isalpha():
                words.setdefault(word)
        write(code, list(words))
    characters: dict[str, None] = {}
    for word in top_n_list("zh", CHINESE_WORDS):
        for c in unicodedata.normalize("NFKC", word):
            if c.isalpha():
                characters.setdefault(c)
    write("zho", list(characters))


if __name__ == "__main__":
    main()

"""Session numbers written as ordinal words ("soixante-dix-septième" -> 77), per language."""
from __future__ import annotations

import re

# Stems after the ordinal ending is removed, with their value.
_FRENCH = {
    "prem": 1, "premi": 1, "un": 1, "une": 1, "deux": 2, "trois": 3, "quatr": 4, "cinq": 5, "cinqu": 5,
    "six": 6, "sept": 7, "huit": 8, "neuf": 9, "neuv": 9, "dix": 10, "onz": 11, "douz": 12,
    "treiz": 13, "quatorz": 14, "quinz": 15, "seiz": 16, "vingt": 20, "trent": 30,
    "quarant": 40, "cinquant": 50, "soixant": 60, "cent": 100,
}
_ENGLISH = {
    "one": 1, "first": 1, "two": 2, "second": 2, "three": 3, "third": 3, "four": 4,
    "fourth": 4, "five": 5, "fifth": 5, "six": 6, "sixth": 6, "seven": 7, "seventh": 7,
    "eight": 8, "eighth": 8, "nine": 9, "ninth": 9, "ten": 10, "tenth": 10, "eleven": 11,
    "eleventh": 11, "twelve": 12, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twenty": 20, "twentieth": 20, "thirty": 30, "thirtieth": 30, "forty": 40, "fortieth": 40,
    "fifty": 50, "fiftieth": 50, "sixty": 60, "sixtieth": 60, "seventy": 70, "seventieth": 70,
    "eighty": 80, "eightieth": 80, "ninety": 90, "ninetieth": 90, "hundredth": 100,
}


def _french(words: str) -> int | None:
    total, previous = 0, None
    tokens = [t for t in re.split(r"[-\s]+", words.lower()) if t and t != "et"]
    for k, token in enumerate(tokens):
        if k == len(tokens) - 1:                 # only the last word is ordinal
            token = re.sub(r"(ième|ieme|ème|ière|ier|ère|er)$", "", token)
        stem = token if token in _FRENCH else token.rstrip("e")
        value = _FRENCH.get(stem)
        if value is None:
            return None
        if value == 20 and previous == 4:        # quatre-vingt = 80
            total += 80 - 4
        else:
            total += value
        previous = value
    return total or None


def _english(words: str) -> int | None:
    total = 0
    for token in re.split(r"[-\s]+", words.lower()):
        if not token:
            continue
        if token not in _ENGLISH:
            return None
        total += _ENGLISH[token]
    return total or None


PARSERS = {"fra": _french, "eng": _english}


def ordinal_value(words: str, language: str) -> int | None:
    """The number an ordinal phrase stands for, or None when it cannot be read."""
    digits = re.search(r"\d+", words)
    if digits:
        return int(digits.group(0))
    parser = PARSERS.get(language)
    return parser(words) if parser else None

"""Page furniture: what a UN PDF prints on every page that is not the document's text."""
from __future__ import annotations

import re

SEPARATOR = re.compile(r"^\s*_{5,}\s*$")       # the footnote separator, printed as text
JOB_NUMBER = re.compile(r"^\d{2}-\d{5}\s*(?:\([A-Z]\))?(?:\s+\d{6}){0,2}$")
# Each pattern matches a whole line (or a whole text box in a PDF).
FURNITURE = [
    JOB_NUMBER,                                                    # job number "22-12345 (F)"
    re.compile(r"^\d{1,3}\s*/\s*\d{1,3}$"),                       # page number "2/5"
    re.compile(r"^\*\d{7,}\*$"),                                   # barcode text "*2212345*"
    re.compile(r"^(?i:Please recycle|Merci de recycler|Sírvase reciclar|Просьба отправить на вторичную переработку)\s*♲?$"),
    re.compile(r"^♲$"),
]
# A UN symbol alone on a line: in the masthead on page 1, the running header after it.
SYMBOL_LINE = re.compile(r"^(?:A|S|E|ST|UNEP|TD|HRC|CRC|CCPR|CEDAW|CERD|DP|ICCD)"
                         r"(?:/[A-Za-z0-9.()\-]+)+(?: \(\d{4}\))?$")   # S/RES/2686 (2023)


def is_furniture(line: str) -> bool:
    line = line.strip()
    return any(p.match(line) for p in FURNITURE)


def is_symbol_line(line: str) -> bool:
    return bool(SYMBOL_LINE.match(line.strip()))


# Any furniture or a symbol, in one regex: text dumps ask this of every line.
_ANY = re.compile("|".join(f"(?:{p.pattern})" for p in [*FURNITURE, SYMBOL_LINE]))
_COLUMNS = re.compile(r"\s{3,}")


def is_furniture_line(line: str) -> bool:
    """A line of a text dump made only of furniture: "22-23456 (F)        2/3" too
    (a reader's layout mode puts items of one baseline on one line)."""
    line = line.strip()
    if "   " not in line or JOB_NUMBER.match(line):      # "25-16208 (E)    151025"
        return bool(_ANY.match(line))
    return all(_ANY.match(part) for part in _COLUMNS.split(line))

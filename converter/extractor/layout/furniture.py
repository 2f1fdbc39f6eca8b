"""Page furniture: what a UN PDF prints on every page that is not the document's text."""
from __future__ import annotations

import re

SEPARATOR = re.compile(r"^\s*_{5,}\s*$")       # the footnote separator, printed as text

# The job number: alone on later pages, with its language letter and date stamp on page
# 1: "25-10724 (E) 080725", "GE.25-11220 (E)" (Geneva: a duty-station prefix), and
# "25-03579* (E)" for a reissued document, "25-04933X (E)" for one processed by the body
# that issues it (UNDP, UNFPA, UNOPS boards).
_JOB = r"(?:[A-Z]{1,2}\.)?\d{2}-\d{5}X?\*?(?:\s*\([A-Z]\))?(?:\s+\d{6}){0,2}"
_ITEMS = [
    _JOB,
    r"\d{1,3}\s*/\s*\d{1,3}",                                    # page number "2/5"
    r"\*\d{7,}\*",                                                # barcode text "*2212345*"
    r"(?i:Accessible document|Please recycle|Merci de recycler|Sírvase reciclar"
    r"|Просьба отправить на вторичную переработку)\s*♲?",
    r"♲",
    r"/(?:\.\.\.|…)",                                         # old page 1's "/..." (continued)
]
JOB_NUMBER = re.compile(rf"^{_JOB}$")
# Each pattern matches a whole line (or a whole text box in a PDF).
FURNITURE = [re.compile(rf"^(?:{item})$") for item in _ITEMS]
# A line made of furniture only, one item or several on one baseline ("25-08488   2/7").
_FURNITURE_RUN = re.compile(rf"^(?:{'|'.join(_ITEMS)})(?:\s+(?:{'|'.join(_ITEMS)}))*$")
# Furniture that cannot be document text wherever it stands: a job number with its
# language letter or date stamp, a barcode, the recycling notice.
FURNITURE_IN_TEXT = re.compile(
    r"(?<![\w/.-])(?:[A-Z]{1,2}\.)?\d{2}-\d{5}X?\*?"
    r"(?:\s*\([A-Z]\)(?:\s+\d{6}\b){0,2}|(?:\s+\d{6}\b){1,2})"
    r"|(?<!\w)\*\d{7,}\*"
    r"|(?i:Please recycle|Merci de recycler|Sírvase reciclar)")

# A UN symbol alone on a line: in the masthead on page 1, the running header after it.
# The series are those of converter/organs.py (UNW: UN-Women's Executive Board; CAT, CRPD,
# CMW, CED: treaty bodies; ECE, ESCAP, LC: regional commissions; NPT, CCW, BWC, APLC, ATT:
# disarmament treaties' meetings).
SYMBOL_LINE = re.compile(r"^(?:A|S|E|ST|UNEP|TD|HRC|CRC|CCPR|CEDAW|CERD|DP|ICCD|UNW|CAT|CRPD|CMW|CED"
                         r"|ECE|ESCAP|LC|UNCTAD|HSP|FCCC|HRI|SPLOS|JIU|NPT|CCW|BWC|APLC|ATT)"
                         r"(?:/[A-Za-z0-9.()\-]+)+(?: \(\d{4}\))?$")   # S/RES/2686 (2023)


# The version's language as older running headers print it under the symbol ("A/52/613 /
# English / Page 2"), in the six languages (the names of the six, in each).
_LANGUAGE_NAMES = (
    "English|French|Spanish|Russian|Arabic|Chinese|Français|Anglais|Espagnol|Russe|Arabe"
    "|Chinois|Español|Inglés|Francés|Ruso|Árabe|Chino|Английский|Французский|Испанский"
    "|Русский|Арабский|Китайский|عربي|العربية|الإنكليزية|الإنجليزية|الفرنسية|中文|英文|法文")
VERSION_LANGUAGE = re.compile(rf"^(?:{_LANGUAGE_NAMES})$", re.IGNORECASE)
HEADER_COMPANION = re.compile(
    rf"^(?:{_LANGUAGE_NAMES}"
    r"|(?:Page|Página|Страница|Стр\.)\s*\d{1,3}|الصفحة\s*\d{1,3}|第\s*\d{1,3}\s*页)$",
    re.IGNORECASE)
# A preliminary page's number in small roman figures ("iii" under a summary or contents).
ROMAN_PAGE_NUMBER = re.compile(r"^(?:i{1,3}|iv|vi{0,3}|ix|xi{0,3}|xiv|xvi{0,3}|xix|xx)$")


def is_furniture(line: str) -> bool:
    return bool(_FURNITURE_RUN.match(line.strip()))


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
    if _FURNITURE_RUN.match(" ".join(line.split())):     # "95-37106 (E)   011295    /..."
        return True
    parts = _COLUMNS.split(line)
    # A preliminary page's number in roman figures ("GE.25-09438 (E)    iii"): beside
    # other furniture only (alone, "ii" may be an item's label).
    furniture = [bool(_ANY.match(part)) for part in parts]
    roman = [not f and bool(ROMAN_PAGE_NUMBER.match(part)) for f, part in zip(furniture, parts)]
    return any(furniture) and all(f or r for f, r in zip(furniture, roman))


def continued_contents(lines: list, code: str) -> list:
    """The lines a table of contents prints again at the head of each page it goes on to:
    "CONTENTS (continued)" and the column labels right under it ("Paragraphs  Page").
    Page furniture, like a table's header printed again (the contents are one list)."""
    from ...languages import front_words
    words = front_words(code)
    heading = re.compile(rf"^(?:{words.contents})\s*{words.continued}$", re.IGNORECASE)
    label = rf"(?:{words.paragraphs}|{words.page}|{words.numbering})"
    labels = re.compile(rf"^{label}(?:\s+{label})*$", re.IGNORECASE)
    found = []
    for k, line in enumerate(lines):
        if heading.match(" ".join(line.text.split())):
            found.append(line)
            following = lines[k + 1] if k + 1 < len(lines) else None
            if following is not None and following.page == line.page \
                    and labels.match(" ".join(following.text.split())):
                found.append(following)
    return found

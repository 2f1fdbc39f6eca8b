"""Finding footnote markers in body text.

A PDF prints a footnote marker as a raised small digit glued to the word before it;
once extracted to text it is just a digit: "l’homme1," (note 1), "20002," (the year
2000 and note 2), or, when the extraction put spaces around it, "dixième 4  et".
Markers are searched in order, each on the page whose foot carries its note.
"""
from __future__ import annotations

import re
from functools import lru_cache


# Right after the marker of the note before, found and replaced by its anchor character
# (see assemble.anchor): "Iraq:*, **", which a text dump may print "Iraq:* , **".
_AFTER_ANCHOR = r"(?<=[\ue100-\ue8ff],\s)|(?<=[\ue100-\ue8ff]\s,\s)"


# Markers run to 999: more patterns than the re module keeps compiled (512).
@lru_cache(maxsize=2048)
def _attached(marker: str) -> re.Pattern:
    m = re.escape(marker)
    if marker.startswith("*"):
        return re.compile(rf"(?:(?<=[\w.,;:)»”])|{_AFTER_ANCHOR}){m}(?!\*)")
    return re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[.,;:)»”\]])|(?<=\b[12]\d{{3}})|{_AFTER_ANCHOR}){m}(?![\w/])")


@lru_cache(maxsize=2048)
def _spaced(marker: str) -> re.Pattern:
    # Only digits glued to nothing: a space before, two spaces or punctuation after.
    return re.compile(rf"(?<=[^\W\d_]) {re.escape(marker)}(?=\s{{2,}}|[,;.])")


PATTERNS = (_attached, _spaced)   # in order of trust: glued to a word, then spaced


def find_marker(text: str, marker: str, start: int, end: int, pattern=_attached) -> tuple[int, int] | None:
    """Where ``marker`` is printed in ``text[start:end]`` by ``pattern`` (one of
    PATTERNS): (start, end) of the characters to remove, or None. Callers try a glued
    marker everywhere on the page before a spaced one, since "Article 1," also looks
    like a spaced marker."""
    match = pattern(marker).search(text, start, end)
    return match.span() if match else None


def next_marker(previous: str | None) -> set[str]:
    """Which markers may come after ``previous`` in the footnote sequence."""
    if previous is None:
        return {"*", "1"}
    if previous.startswith("*"):
        return {previous + "*", "1"}
    return {str(int(previous) + 1)}


# Markers that start the numbering anew (an annex, an enclosure numbering its own notes,
# a "*" note under numbered ones).
RESTARTS = {"*", "1"}
# What stands between a printed marker and the occurrence in a note's key.
KEY_MARK = "@"


def note_keys(markers: list[str]) -> list[str]:
    """A key per note, in order: its marker, unless the marker was printed before (the
    numbering started anew further on): then the marker and which time it is printed,
    "1@2". Calls and notes are matched by key; the output prints the marker."""
    seen: dict[str, int] = {}
    keys = []
    for marker in markers:
        seen[marker] = seen.get(marker, 0) + 1
        keys.append(marker if seen[marker] == 1 else f"{marker}{KEY_MARK}{seen[marker]}")
    return keys


def printed_marker(key: str) -> str:
    """The marker a note's key stands for, as printed."""
    return key.split(KEY_MARK, 1)[0]


def calls_by_page(notes: list[tuple[str, int] | tuple[str, int, float]]):
    """For the notes (marker, page they are printed on, and, for a note printed above
    some of its page's lines, the height of its first line), in order: a function giving, for a page (and the height of the
    calling line), each marker -> the index of the note a call there means. With each
    marker printed once, that note; printed again (numbering started anew), the next one
    printed at or after the call (on its page, under it: a page's notes stand at its
    foot, a remark under its list may stand mid-page), else the last one before."""
    first: dict[str, int] = {}
    for k, (marker, *_) in enumerate(notes):
        first.setdefault(marker, k)
    if len(first) == len(notes):
        return lambda page, y=None: first
    tops = [note[2] if len(note) > 2 else None for note in notes]
    # Only on a page where a note stands above some of its lines (given its height)
    # does the height of the call tell which note it means.
    placed = {notes[k][1] for k in range(len(notes)) if tops[k] is not None}
    cache: dict[tuple[int, float | None], dict[str, int]] = {}

    def after(k: int, page: int, y: float | None) -> bool:
        at = notes[k][1]
        return at > page or at == page and (y is None or tops[k] is None or tops[k] <= y)

    def on(page: int, y: float | None = None) -> dict[str, int]:
        key = (page, y if page in placed else None)
        if key not in cache:
            index: dict[str, int] = {}
            for marker in first:
                ks = [k for k, (m, *_) in enumerate(notes) if m == marker]
                later = [k for k in ks if after(k, page, key[1])]
                index[marker] = later[0] if later else ks[-1]
            cache[key] = index
        return cache[key]
    return on


FOOTNOTE_START = re.compile(r"^\s*(?P<marker>\*{1,3}|\d{1,3})\s+(?P<text>\S.*)$")


_CALL_SEPARATOR = re.compile(r"[,\s]+")
# Raised punctuation after the last call: the comma before a call that comes after a
# word space or on the next line ("34 ," then "35"), a full stop set raised with its
# call ("5.").
_AFTER_CALLS = re.compile(r"(?<=[\w*])\s*[,.;]$")


def called_markers(printed: str, known) -> list[str]:
    """The notes a printed marker run calls: "1" -> ["1"]; "*,**" or "2, 3" (several
    notes called at once, separated by a raised comma) -> each of them; "34 ," or "5."
    (raised punctuation after the call) -> ["34"], ["5"]. Empty when any part is not a
    known marker (a superscript that is no note call: "1er", "m2")."""
    printed = printed.strip()
    if printed in known:
        return [printed]
    calls = _AFTER_CALLS.sub("", printed)
    parts = [p for p in _CALL_SEPARATOR.split(calls) if p]
    return parts if (len(parts) > 1 or calls != printed) and all(p in known for p in parts) \
        else []

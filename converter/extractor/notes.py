"""Finding footnote markers in body text.

A PDF prints a footnote marker as a raised small digit glued to the word before it;
once extracted to text it is just a digit: "l’homme1," (note 1), "20002," (the year
2000 and note 2), or, when the extraction put spaces around it, "dixième 4  et".
Markers are searched in order, each on the page whose foot carries its note.
"""
from __future__ import annotations

import re


def _attached(marker: str) -> re.Pattern:
    m = re.escape(marker)
    if marker.startswith("*"):
        return re.compile(rf"(?<=[\w.,;:)»”]){m}(?!\*)")
    return re.compile(
        rf"(?:(?<=[^\W\d_])|(?<=[.,;:)»”\]])|(?<=\b[12]\d{{3}})){m}(?![\w/])")


def _spaced(marker: str) -> re.Pattern:
    # Only digits glued to nothing: a space before, two spaces or punctuation after.
    return re.compile(rf"(?<=[^\W\d_]) {re.escape(marker)}(?=\s{{2,}}|[,;.])")


def find_marker(text: str, marker: str, start: int, end: int) -> tuple[int, int] | None:
    """Where ``marker`` is printed in ``text[start:end]``: (start, end) of the characters
    to remove, or None. A glued marker wins over a spaced one anywhere in the range,
    since "Article 1," also looks like a spaced marker."""
    for pattern in (_attached(marker), _spaced(marker)):
        match = pattern.search(text, start, end)
        if match:
            return match.span()
    return None


def next_marker(previous: str | None) -> set[str]:
    """Which markers may come after ``previous`` in the footnote sequence."""
    if previous is None:
        return {"*", "1"}
    if previous.startswith("*"):
        return {previous + "*", "1"}
    return {str(int(previous) + 1)}


FOOTNOTE_START = re.compile(r"^\s*(?P<marker>\*{1,3}|\d{1,3})\s+(?P<text>\S.*)$")

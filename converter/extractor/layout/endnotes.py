"""Endnotes: numbered notes gathered at the end of a document under a "Notes" heading
("Примечания", "Notas", …: languages.ENDNOTE_HEADINGS), called by raised numbers in
the text, as some versions print what others print as footnotes.

Takes the sorted :class:`.regions.Layout`; moves the list out of the body into the
layout's notes, so that each note is anchored at its call like a footnote and every
language version gives the same notes. The heading is the list's label and goes with
it (to the furniture: the notes it named are now at their calls).
"""
from __future__ import annotations


from ...languages import ENDNOTE_HEADINGS
from ..page import Line
from .regions import NOTE_START, Layout

_HEADINGS = {word.casefold() for words in ENDNOTE_HEADINGS.values() for word in words}


def take_endnotes(layout: Layout) -> int:
    """Move a final endnote list into ``layout.notes``; the number of notes moved. A
    list is read only when the last endnote heading of the body is followed by entry
    1, the entries run 1, 2, 3 … with their numbers in one column left of their text,
    and no footnote already uses a number."""
    if any(marker.isdigit() for marker, _, _ in layout.notes):
        return 0
    body = layout.body
    heading = next((k for k in range(len(body) - 2, -1, -1)
                    if body[k].text.strip().rstrip(":：").casefold() in _HEADINGS), None)
    if heading is None or _number(body[heading + 1]) != "1":
        return 0
    column = body[heading + 1].x0
    entries: list[tuple[str, int, list[Line]]] = []
    for line in body[heading + 1:]:
        number = _number(line)
        if number == str(len(entries) + 1) and line.x0 < column + 0.5 * line.size:
            entries.append((number, line.page, [line]))
        else:
            entries[-1][2].append(line)
    layout.furniture.append(body[heading])
    del body[heading:]
    layout.notes.extend(entries)
    return len(entries)


def _number(line: Line) -> str | None:
    match = NOTE_START.match(line.text)
    return match.group("marker") if match and match.group("marker").isdigit() else None

"""Where a document lives in a repository: the AKN naming convention's path of its
Manifestation, made from its FRBR Expression IRI.

``/akn/un/statement/deliberation/un-sc/2025-02-17/S-RES-2772_(2025)/eng@2025-02-17``
-> ``akn/un/statement/deliberation/un-sc/2025-02-17/S-RES-2772_(2025)/eng@2025-02-17.xml``:
one folder per Work (its IRI), one file per language Expression (``lang@date.xml``).

The IRIs come from the XML being published, which may be anyone's: a path that could
leave the repository (``..``, a backslash, a control character, a hidden name) is
refused rather than cleaned, so that two IRIs never end up at one path."""
from __future__ import annotations

import re
from pathlib import PurePosixPath

_SEGMENT = re.compile(r"^[^\x00-\x1f\x7f/\\]+$")
# The Expression's own component: a language (ISO 639-2) "@" a date (possibly empty:
# "eng@" is the naming convention's "the current version").
_EXPRESSION = re.compile(r"^[a-z]{3}(?:-[a-z]{3})?@[0-9A-Za-z:.\-]*$")


class UnsafeIRI(ValueError):
    """An IRI that does not make a path inside the repository."""


def _segments(iri: str) -> list[str]:
    if not iri.startswith("/akn/"):
        raise UnsafeIRI(f"the IRI {iri!r} does not start with /akn/")
    segments = iri[1:].split("/")
    for segment in segments:
        if not _SEGMENT.match(segment) or segment.startswith(".") or segment != segment.strip():
            raise UnsafeIRI(f"the IRI {iri!r} has a part ({segment!r}) that is not a safe name")
    return segments


def document_path(work: str, expression: str) -> PurePosixPath:
    """The repository-relative path of an Expression of ``work``."""
    work_parts = _segments(work)
    parts = _segments(expression)
    if parts[:-1] != work_parts or len(parts) != len(work_parts) + 1:
        raise UnsafeIRI(f"the Expression IRI {expression!r} is not one of the Work {work!r}")
    if not _EXPRESSION.match(parts[-1]):
        raise UnsafeIRI(f"the Expression IRI {expression!r} does not end with language@date")
    return PurePosixPath(*parts[:-1], parts[-1] + ".xml")

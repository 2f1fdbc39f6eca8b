"""Expectations for the real UN documents in ``../shared/corpus``.

Every figure in these tables was read from the document itself (``pdftotext -layout``
and the printed page), never from the converter's output: a table copied from the output
would test nothing. ``tests/test_corpus.py`` converts every file and compares.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"


def corpus_file(relative: str) -> Path:
    """The corpus file, or a test failure that says where the corpus was expected."""
    path = CORPUS / relative
    if not path.is_file():
        raise AssertionError(
            f"real-document corpus missing: {path} not found; the tests need the shared "
            f"corpus at {CORPUS} (beside the project folder)")
    return path


@dataclass(frozen=True)
class Resolution:
    """What a resolution-like document prints.

    ``kind``: the AKN ``statement/@name`` (resolution, resolutionDraft, decision,
    decisionDraft). ``formula``: the enacting formula as printed ("The Security Council,"),
    None when the document has none. ``preambular``: preambular paragraphs (an
    "(a) … (b) …" list inside one counts as part of it). ``operative``: top-level operative
    paragraphs, numbered or not (a decision "The Council decides: (a) … (b) …" is one).
    ``footnotes``: footnotes printed in the whole document (cover page and annexes
    included). ``first_preambular`` / ``last_operative``: the first words of the first
    preambular paragraph (after the formula) and of the last operative paragraph (after its
    number), None when there is none.
    """
    file: str                 # relative to the corpus folder: "pdf/S_RES_2768_(2025)-EN.pdf"
    symbol: str               # as printed on page 1: "S/RES/2768 (2025)"
    date: str                 # ISO; adoption date for resolutions, issue date for drafts
    kind: str
    formula: str | None
    preambular: int
    operative: int
    footnotes: int
    first_preambular: str | None
    last_operative: str | None

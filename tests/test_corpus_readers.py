"""The two PDF readers on every PDF of the corpus: PDFium gives the same Akoma Ntoso body
(text, structure, eIds) as pdfminer, but for the files listed below, each with why (the
README's "Two readers" says more; bench/compare_readers.py prints the same table for
the unseen documents too). No resolution-like file is in the list.

The rest of the suite converts with ``auto``, PDFium when installed (as in CI), through
the session's conversions (conftest.corpus_converted); here each file is converted once
more, with pdfminer."""
from __future__ import annotations

import re

import pytest
from conftest import corpus_converted
from corpus import CORPUS
from lxml import etree

from converter.extractor.readers import pdfium_installed

pytestmark = pytest.mark.skipif(not pdfium_installed(),
                                reason="pypdfium2 not installed (pip install -e '.[fast]')")

FILES = sorted(p.name for p in (CORPUS / "pdf").glob("*.pdf"))
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"

# Where the readers differ, and why (read in the PDFs: the characters' positions).
DIFFERENT = {
    # An invisible WORD JOINER (U+2060) opening a paragraph, drawn alone in a text object
    # of no width: PDFium's text page leaves such an object out (put back as a space,
    # its character unknown), pdfminer reads it.
    "E_2025_43-EN.pdf": "an invisible word joiner",
}


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _body(tree) -> list[tuple[str, str, str]]:
    document = next(c for c in tree.getroot() if isinstance(c.tag, str))
    rows = []
    for el in document.iter():
        if not isinstance(el.tag, str) or el.tag == f"{{{AKN}}}meta" or \
                any(a.tag == f"{{{AKN}}}meta" for a in el.iterancestors()):
            continue
        rows.append((el.get("eId") or "", etree.QName(el).localname,
                     _words(el.text) + " | " + _words(el.tail)))
    return rows


def body(name: str, reader: str) -> list | str:
    """The file's body converted with ``reader``, once per session; or why none."""
    result = corpus_converted(f"pdf/{name}", reader)
    if result.tree is None:
        return result.problems[0].split(":")[0]
    return _body(result.tree)


def first_difference(a, b) -> str | None:
    if isinstance(a, str) or isinstance(b, str):
        return None if a == b else f"{a!r} vs {b!r}"
    for x, y in zip(a, b):
        if x != y:
            return f"pdfminer {x} vs pdfium {y}"
    return None if len(a) == len(b) else f"{len(a)} elements vs {len(b)}"


@pytest.mark.parametrize("name", FILES)
def test_pdfium_gives_the_body_pdfminer_gives(name):
    why = first_difference(body(name, "pdfminer"), body(name, "pdfium"))
    if name in DIFFERENT:
        assert why is not None, f"{name} is now the same with both readers: take it out " \
            "of DIFFERENT (and the README)"
    else:
        assert why is None, f"{name}: the readers differ: {why}"


def test_no_resolution_like_file_differs():
    from corpus.drafts import DRAFTS
    from corpus.resolutions import RESOLUTIONS
    resolution_like = {row.file.split("/")[-1] for row in RESOLUTIONS + DRAFTS}
    assert resolution_like and not resolution_like & set(DIFFERENT)

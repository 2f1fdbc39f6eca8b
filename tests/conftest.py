from pathlib import Path

import pytest
from lxml import etree

import converter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "cooperation-droits-humains-fr.txt"
NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def text(el) -> str:
    """The visible text of an element, footnotes left out."""
    parts = [el.text or ""]
    for child in el:
        if etree.QName(child).localname != "authorialNote":
            parts.append(text(child))
        parts.append(child.tail or "")
    return "".join(parts)


@pytest.fixture(scope="session")
def sample_tree():
    return converter.convert(SAMPLE, markup_date="2026-11-25")


@pytest.fixture(scope="session")
def unseen_outdir(tmp_path_factory):
    """``../shared/corpus/unlabelled`` converted once per session by ``akn batch`` (two
    workers), as an archivist would: the folder with its manifest and outputs."""
    from corpus import corpus_file
    from corpus.unseen import FOLDER

    from converter.batch import run_batch
    corpus_file("unlabelled/README.md")            # a clear failure when the corpus is missing
    out = tmp_path_factory.mktemp("unseen")
    run_batch([FOLDER], out, workers=2, timeout=900, markup_date="2026-12-06")
    return out


@pytest.fixture(scope="session")
def office_pdfs(tmp_path_factory):
    """The Arabic and Chinese test documents (tests/office_documents.py) exported to PDF
    by LibreOffice once per session: name -> PDF path."""
    from office import export
    from office_documents import CONTENTS_DOCUMENTS, DOCUMENTS
    return export(DOCUMENTS + CONTENTS_DOCUMENTS, tmp_path_factory.mktemp("office"))


# Lines a test leaves for the end of the run (the unseen documents' figures): printed
# after the results, even under -q.
REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if REPORT:
        terminalreporter.write_sep("-", "figures")
        for line in REPORT:
            terminalreporter.write_line(line)

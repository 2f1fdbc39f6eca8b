from dataclasses import dataclass
from functools import lru_cache
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


CORPUS_MARKUP_DATE = "2026-11-25"


@dataclass
class Converted:
    tree: etree._ElementTree | None     # None when no tree came out at all
    problems: list[str]                 # why the conversion or the validation failed


def corpus_converted(relative: str, reader: str | None = None) -> Converted:
    """A corpus file converted once per session with ``reader`` (None: ``auto``, as the
    archive converts: PDFium when installed), then validated against its own text.
    Every test of the real files reads its conversions here, so that comparing the
    readers (tests/test_corpus_readers.py) adds one pdfminer conversion per file and no
    second PDFium one."""
    from converter.extractor.readers import resolve
    return _converted(relative, resolve(reader))


@lru_cache(maxsize=None)
def _converted(relative: str, reader: str) -> Converted:
    from corpus import corpus_file
    try:
        # Read once; convert_document validates the output against the input's own text
        # and raises InvalidOutput on any error.
        document = converter.extract(corpus_file(relative), reader=reader)
        return Converted(converter.convert_document(document, markup_date=CORPUS_MARKUP_DATE), [])
    except converter.InvalidOutput as invalid:
        return Converted(invalid.tree, [f"invalid output: {p}" for p in invalid.problems
                                        if p.severity == "error"])
    except converter.ConversionError as error:
        return Converted(None, [f"conversion failed: {error}"])


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

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


# Lines a test leaves for the end of the run (the unseen documents' figures): printed
# after the results, even under -q.
REPORT: list[str] = []


def pytest_terminal_summary(terminalreporter):
    if REPORT:
        terminalreporter.write_sep("-", "figures")
        for line in REPORT:
            terminalreporter.write_line(line)

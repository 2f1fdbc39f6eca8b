"""Older UN documents (1980s-1990s) and text dumps of real PDFs.

Older documents print under the running header's symbol the version's language and the
page ("A/50/610 / English / Page 2"), and "/..." at the foot of each page: furniture, not
text, and no break in a paragraph running over the page. Text dumps of real PDFs
(``pdftotext -layout``, what "save as text" gives) convert like the PDFs: the kind title
line on a line of its own, a record's "Official Records", a symbol printed "A /79/PV.64".

Expected texts are read from the PDFs with ``pdftotext -layout``."""
from __future__ import annotations

import subprocess
from functools import lru_cache

import pytest

import converter
from converter.extractor.layout.furniture import is_furniture_line
from tests.corpus import corpus_file
from tests.test_corpus import converted

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def paragraphs(tree) -> list[str]:
    return [" ".join("".join(p.itertext()).split())
            for p in tree.xpath("//a:mainBody//a:p", namespaces=NS)]


@pytest.mark.parametrize("name", ["A_50_610-EN", "A_52_613-EN", "A_52_621-EN"])
def test_old_running_headers_and_continuation_marks_are_no_text(name):
    result = converted(f"pdf/{name}.pdf")
    assert result.problems == []
    texts = paragraphs(result.tree)
    leftovers = [t for t in texts if t in ("English", "/...") or t.startswith("/... ")
                 or t.startswith("Page ")]
    assert leftovers == []


def test_a_paragraph_running_over_an_old_page_break_is_one_paragraph():
    """A/50/610 paragraph 3 runs from page 1 ("... of the report of the Special Committee
    on the Situation with") to page 2 ("regard to the Implementation ...")."""
    tree = converted("pdf/A_50_610-EN.pdf").tree
    # The report's paragraph 3 (its draft resolutions number theirs again).
    third = tree.xpath("(//a:paragraph[a:num='3.'])[1]", namespaces=NS)
    text = " ".join("".join(third[0].itertext()).split())
    assert "report of the Special Committee on the Situation with regard to the " \
           "Implementation of the Declaration" in text
    assert "arrangements by colonial Powers in Territories under their administration." in text


@pytest.mark.parametrize("line, furniture", [
    ("95-37106 (E)   011295                                                       /...", True),
    ("GE.25-09438 (E)                                                              iii", True),
    ("iv                                                                  GE.25-09438", True),
    ("/...", True),
    ("ii", False),                       # alone, an item's label
    ("(ii)   The word \"relevant\" would be inserted after \"other\";", False),
])
def test_furniture_lines_of_text_dumps(line, furniture):
    assert is_furniture_line(line) is furniture


@lru_cache(maxsize=None)
def dump(name: str) -> str:
    return subprocess.run(["pdftotext", "-layout", str(corpus_file(f"pdf/{name}.pdf")), "-"],
                          capture_output=True, text=True, check=True).stdout


@pytest.mark.parametrize("name, kind, title", [
    # The title lines run straight into the kind line, with no blank line between.
    ("S_2025_450-EN", "doc/report",
     "Credentials of the deputy representative of Algeria on the Security Council"),
    ("A_79_PV.64-EN", "debate", None),
])
def test_text_dumps_are_of_the_kind_of_their_pdf(name, kind, title):
    tree = converter.convert(dump(name), markup_date="2026-01-01")
    source = tree.getroot().find(".//{urn:x-un-akn:source}source")
    assert source.get("type") == kind
    if title:
        assert [" ".join("".join(e.itertext()).split())
                for e in tree.xpath("//a:docTitle", namespaces=NS)] == [title]


def test_a_record_dump_keeps_its_symbol_and_masthead():
    """pdftotext prints the record's symbol "A /79/PV.64" and "Official Records" beside
    "General Assembly"."""
    tree = converter.convert(dump("A_79_PV.64-EN"), markup_date="2026-01-01")
    assert tree.xpath("string(//a:FRBRWork/a:FRBRnumber/@showAs)", namespaces=NS) == \
        "A/79/PV.64"
    cover = [" ".join("".join(p.itertext()).split())
             for p in tree.xpath("//a:coverPage/a:p", namespaces=NS)]
    assert "Official Records" in cover


def test_a_report_with_hundreds_of_notes_keeps_its_links_apart():
    """A long report prints several hundred notes and links: note 300's anchor and
    link 0's start are told apart."""
    from converter.extractor.layout.assemble import LINK_END, anchor, link_start, to_block
    markers = [str(n) for n in range(1, 401)]
    text = f"See the report{anchor(299)} at {link_start(0)}undocs.org{LINK_END} now."
    block = to_block(text, 1, markers, ["https://undocs.org/A/80/1"])
    assert block.text == "See the report at undocs.org now."
    assert [(a.offset, a.marker) for a in block.anchors] == [(14, "300")]
    assert [(l.start, l.end, l.href) for l in block.links] == [(18, 28, "https://undocs.org/A/80/1")]


def test_markers_of_two_notes_side_by_side_in_a_text_dump():
    """pdftotext prints E/2025/L.10's "Iraq:*, **" as "Iraq:* , **": both notes called."""
    tree = converter.convert(dump("E_2025_L.10-EN"), markup_date="2026-01-01", check=False)
    refs = tree.xpath("//a:preface//a:authorialNote/@marker", namespaces=NS)
    assert refs == ["*", "**"]


def test_a_raised_call_set_apart_by_an_old_pdf_is_put_back_in_its_line():
    """A/53/601 (1998) calls note 2 twice: "… Charter of the United Nations 2 and the
    action taken …" (the raised 2 is a text object of its own, which pdfminer reads as a
    line apart) and "… Charter of the United Nations;2" in operative paragraph 1."""
    tree = converted("pdf/A_53_601-EN.pdf").tree
    assert [t for t in paragraphs(tree) if t.isdigit()] == []
    notes = tree.xpath("//a:authorialNote[@marker='2']", namespaces=NS)
    assert len(notes) == 1
    host = notes[0].getparent()
    before = " ".join("".join(host.xpath("text()|*[not(self::a:authorialNote)]//text()",
                                         namespaces=NS)).split())
    assert "Charter of the United Nations and the action taken by the Special Committee" \
        in before
    again = tree.xpath("//a:noteRef[@marker='2']", namespaces=NS)
    assert len(again) == 1 and again[0].get("href") == "#" + notes[0].get("eId")


def test_preliminary_pages_numbered_in_roman_figures_drop_their_numbers():
    """A/80/44 prints "iii" and "iv" at the foot of its summary and contents pages."""
    texts = paragraphs(converted("pdf/A_80_44-EN.pdf").tree)
    assert [t for t in texts if t in ("i", "ii", "iii", "iv", "v")] == []

"""Paragraphs broken by a page (and the footnotes at its foot) come out whole, and the
running title printed at the head of pages 2 and after is no paragraph. Real documents of
the shared corpus; every expected text was read with ``pdftotext -layout``."""
from __future__ import annotations

import re
from functools import lru_cache

import pytest
from corpus import corpus_file

import converter
from converter.model import Block


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


@lru_cache(maxsize=None)
def blocks(relative: str) -> tuple[Block, ...]:
    return tuple(converter.extract(corpus_file(relative)).blocks)


def block_starting(relative: str, start: str) -> Block:
    found = [b for b in blocks(relative) if _words(b.text).startswith(start)]
    assert len(found) == 1, (f"{relative}: {len(found)} paragraphs start with {start!r}: "
                             f"{[_words(b.text)[:80] for b in found]}")
    return found[0]


def test_paragraph_over_a_page_break_notes_and_running_header_is_one():
    # Page 1 ends "…and the full realization of all", then the notes 1-7, the job
    # number; page 2 opens with its running header and "their human rights…".
    para = block_starting("pdf/A_RES_78_323-EN.pdf",
                          "Observing the mutually reinforcing relationship between achieving")
    text = _words(para.text)
    assert "the full realization of all their human rights and fundamental freedoms" in text
    assert "International Day of Women and Girls of African Descent" not in text
    assert text.endswith("within and among countries, including through specific measures "
                         "to address racial discrimination,")
    assert (para.first_page, para.last_page) == (1, 2)


def test_next_paragraph_after_the_break_starts_at_its_indent():
    para = block_starting("pdf/A_RES_78_323-EN.pdf",
                          "Reaffirming the Vienna Declaration and Programme of Action,")
    assert _words(para.text).endswith("and the outcomes of their review conferences,")


@pytest.mark.parametrize("relative, start, inside, end", [
    # "…the International Covenant on Economic," ends a full line: the paragraph goes on.
    ("pdf/A_RES_78_323-EN.pdf", "Recalling the Universal Declaration of Human Rights,",
     "the International Covenant on Economic, Social and Cultural Rights,",
     "discrimination and violence against women,"),
    ("pdf/E_CN.5_2025_L.6-EN.pdf", "Recalling further the Universal Declaration",
     "the International Covenant on Economic, Social and Cultural Rights",
     "Elimination of All Forms of Racial Discrimination,"),
])
def test_a_full_line_ending_in_a_comma_goes_on(relative, start, inside, end):
    text = _words(block_starting(relative, start).text)
    assert inside in text
    assert text.endswith(end)


def test_indented_sub_item_running_over_the_page_is_one():
    # S/RES/2779 (2025) op. 3 (a) (vi): the whole item is set in from the margin, and its
    # last line on page 6 runs to the right margin; page 7 goes on at the same indent.
    para = block_starting("pdf/S_RES_2779_(2025)-EN.pdf",
                          "(vi) To consider, monitor and report the environmental impacts")
    text = _words(para.text)
    assert "consumption in missions to enhance safety and security, save costs" in text
    assert text.endswith("contribute to positive infrastructure legacy for host communities;")
    assert (para.first_page, para.last_page) == (6, 7)


def test_heading_at_the_top_of_a_page_is_not_joined_to_the_paragraph_before():
    # Page 2 of S/RES/2769 (2025) ends with "Acting under Chapter VII…,"; page 3 opens
    # with the bold heading "Arms Embargo" at the margin.
    relative = "pdf/S_RES_2769_(2025)-EN.pdf"
    para = block_starting(relative, "Acting under Chapter VII of the Charter of the United Nations")
    assert _words(para.text) == "Acting under Chapter VII of the Charter of the United Nations,"
    assert [b for b in blocks(relative) if _words(b.text) == "Arms Embargo"]


RUNNING_HEADERS = {
    "pdf/A_RES_78_323-EN.pdf": ["International Day of Women and Girls of African Descent"],
    "pdf/A_RES_73_8-EN.pdf": ["Necessity of ending the economic, commercial and financial embargo",
                              "imposed by the United States of America against Cuba"],
    "pdf/A_RES_73_3-EN.pdf": [
        "Political declaration of the high-level meeting of the General Assembly",
        "on the fight against tuberculosis"],
    "pdf/A_RES_77_247-ES.pdf": ["Prácticas y actividades de asentamiento israelíes",
                                "que afectan a los derechos del pueblo palestino",
                                "y otros habitantes árabes de los territorios ocupados"],
}


@pytest.mark.parametrize("relative", sorted(RUNNING_HEADERS))
def test_running_header_is_no_paragraph(relative):
    found = blocks(relative)
    assert found, f"{relative}: no paragraphs"
    for header in RUNNING_HEADERS[relative]:
        for block in found:
            text = _words(block.text)
            if block.last_page == 1:
                continue          # the title itself is printed on page 1
            assert text != header, f"{relative}: the running header {header!r} is a paragraph"
            assert not text.startswith(header) and not text.endswith(header), (
                f"{relative}: the running header {header!r} is glued to a paragraph "
                f"on page {block.first_page}: {text[:100]!r}")


def test_paragraph_under_a_three_line_running_header_is_one():
    # A/RES/77/247 page 3 ends "…el ejercicio de la"; page 4 opens, under the three-line
    # running title, with "moderación, incluso en relación con proclamas…".
    para = block_starting("pdf/A_RES_77_247-ES.pdf", "Reconociendo")
    text = _words(para.text)
    assert "el ejercicio de la moderación, incluso en relación con proclamas" in text
    assert text.endswith("el establecimiento de un entorno estable y propicio al logro de la paz,")


def _two_page_resolution(page2_top: list[tuple[float, float, float, bytes]]) -> bytes:
    """Page 1 ends in the middle of a paragraph; page 2 has the running header (symbol
    and short title in 8.5 pt) and then ``page2_top`` (x, y, size, text), then the rest."""
    from pdfs import pages_pdf

    def line(x, y, size, text):
        return b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text)
    page1 = [line(72, 790, 10, b"A/RES/99/1"),
             line(154, 700, 10, b"The General Assembly,"),
             line(154, 682, 10, b"Recalling its resolution 70/1 of 25 September 2015, in which it adopted a"),
             line(118, 670, 10, b"comprehensive set of goals and targets, and taking note of the report of")]
    page2 = [line(72, 790, 8.5, b"A/RES/99/1"), line(400, 790, 8.5, b"Short title of the resolution"),
             *(line(x, y, size, text) for x, y, size, text in page2_top),
             line(118, 700, 10, b"the Secretary-General on the implementation of that resolution,"),
             line(154, 682, 10, b"1. Decides to remain seized of the matter.")]
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    return pages_pdf([b"\n".join(page1), b"\n".join(page2)], b"/Font << /F1 5 0 R >>", [font])


def test_running_title_beside_the_symbol_is_dropped_and_the_paragraph_goes_on():
    from converter.api import extract_bytes
    doc = extract_bytes(_two_page_resolution([]), "header.pdf")
    texts = [_words(b.text) for b in doc.blocks]
    assert "Short title of the resolution" not in " ".join(texts)
    assert ("Recalling its resolution 70/1 of 25 September 2015, in which it adopted a "
            "comprehensive set of goals and targets, and taking note of the report of the "
            "Secretary-General on the implementation of that resolution,") in texts


def test_small_type_below_the_running_header_is_kept():
    # A line in small type at the top of page 2 but below the symbol's baseline (a table
    # caption, a note) is text, not header.
    from converter.api import extract_bytes
    doc = extract_bytes(_two_page_resolution([(118, 740, 8.5, b"Table 1 Contributions by region")]),
                        "caption.pdf")
    assert "Table 1 Contributions by region" in " ".join(_words(b.text) for b in doc.blocks)

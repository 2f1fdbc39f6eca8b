"""Bulleted items: a bullet set at a tab before its text is the item's first character,
and the item's next lines, set under its text (a hanging indent), go on with it.

Expected texts are read from the PDFs with ``pdftotext -layout``."""
from __future__ import annotations

import pytest

from tests.test_corpus import converted

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


def paragraphs(relative: str) -> list[str]:
    result = converted(relative)
    assert result.problems == []
    return [" ".join("".join(p.itertext()).split())
            for p in result.tree.xpath("//a:mainBody//a:p", namespaces=NS)]


@pytest.mark.parametrize("relative, item", [
    # "-       Legal aspects of port management (UNCTAD/SHIP/639);": the dash at a tab.
    ("pdf/TD_B_CN.4_36-EN.pdf", "- Legal aspects of port management (UNCTAD/SHIP/639);"),
    ("pdf/TD_B_CN.4_36-EN.pdf", "- The principles of modern port management and organization "
                                "(TD/B/C.4/AC.7/13);"),
])
def test_a_bullet_at_a_tab_opens_its_item(relative, item):
    texts = paragraphs(relative)
    assert item in texts
    assert [t for t in texts if t in ("-", "–", "•")] == []


def test_an_item_goes_on_under_its_text():
    """E/C.2/2025/2/Add.3: "– ENDA TM has partnered with institutions in the countries
    in which it operates," then "with national and international networks …" set under
    the item's text."""
    texts = paragraphs("pdf/E_C.2_2025_2_Add.3-EN.pdf")
    item = [t for t in texts if t.startswith("– ENDA TM has partnered")]
    assert len(item) == 1
    assert item[0].startswith("– ENDA TM has partnered with institutions in the countries in "
                              "which it operates, with national and international networks "
                              "(including the International Observatory on Participatory "
                              "Democracy")
    assert not any(t.startswith("with national and international networks") for t in texts)


def test_a_bulleted_item_with_a_bold_lead_in_is_one_paragraph():
    """A/CONF.243/2025/1/Add.1: "• Transitional Administrative Committee: Support to the
    establishment of a" (a bold lead-in) goes on "transitional administrative committee …"
    under the item's text."""
    texts = paragraphs("pdf/A_CONF.243_2025_1_Add.1-EN.pdf")
    assert "• Transitional Administrative Committee: Support to the establishment of a " \
           "transitional administrative committee to operate in Gaza under the umbrella of " \
           "the Palestinian Authority for a short temporary period." in texts


def test_an_agenda_items_bold_title_stays_apart_from_the_line_under_it():
    """E/ICEF/2025/11: "5. Annual report on UNICEF humanitarian action" (bold) over
    "For decision (E/ICEF/2025/19)", set under the title's text."""
    tree = converted("pdf/E_ICEF_2025_11-EN.pdf").tree
    item = tree.xpath("//a:item[a:heading='Annual report on UNICEF humanitarian action']",
                      namespaces=NS)
    assert len(item) == 1
    first = item[0].find("{%s}p" % NS["a"])
    assert " ".join("".join(first.itertext()).split()) == "For decision (E/ICEF/2025/19)"


def test_a_sub_item_goes_on_under_its_text():
    """A/52/613: "4.   American Samoa, Anguilla, Bermuda, British Virgin Islands," then
    "Cayman Islands, Guam, …" set under the item's text."""
    texts = paragraphs("pdf/A_52_613-EN.pdf")
    assert any("American Samoa, Anguilla, Bermuda, British Virgin Islands, Cayman Islands, "
               "Guam, Montserrat, Pitcairn, St. Helena, Tokelau, Turks and Caicos Islands and "
               "United States Virgin Islands" in t for t in texts)

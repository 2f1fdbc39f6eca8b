"""The preface and masthead of real UN documents: where the masthead ends (by layout),
sponsors, adoption lines, numbers and titles, and old mastheads' symbols and dates.

Every expected text below was read from the PDF with ``pdftotext -layout``, never from
the converter's output."""
from __future__ import annotations

from functools import lru_cache

import pytest

import converter
from tests.corpus import corpus_file

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}


@lru_cache(maxsize=None)
def tree(name: str):
    # Not validated here: a note marker the extractor misses elsewhere in a document is
    # not this file's subject (see test_converted_prefaces_are_valid).
    return converter.convert(str(corpus_file(f"pdf/{name}.pdf")), markup_date="2026-01-01",
                             check=False)


@pytest.mark.parametrize("name", ["E_2025_L.9-EN", "S_RES_2771_(2025)-EN", "A_HRC_RES_59_25-EN",
                                  "S_RES_2776_(2025)-EN"])
def test_converted_prefaces_are_valid(name):
    doc = converter.extract(str(corpus_file(f"pdf/{name}.pdf")))
    problems = converter.validate(tree(name), source_text=doc.source_text)
    assert [p for p in problems if p.severity == "error"] == []


def texts(name: str, path: str) -> list[str]:
    return [" ".join("".join(e.itertext()).split()) for e in tree(name).xpath(path, namespaces=NS)]


def values(name: str, path: str) -> list[str]:
    return tree(name).xpath(path, namespaces=NS)


def test_ecosoc_draft_by_the_vice_president_has_its_title_and_submitter():
    name = "E_2025_L.9-EN"
    # The agenda item's title stays in the masthead; the sponsor line and title do not.
    assert texts(name, "//a:coverPage//a:inline[@name='agendaItemTitle']") == \
        ["Economic and environmental questions: sustainable development"]
    assert texts(name, "//a:preface//a:docTitle") == \
        ["Report of the Committee for Development Policy on its twenty-seventh session"]
    assert texts(name, "//a:preface//a:docStatus") == ["Draft resolution"]
    assert texts(name, "//a:preface//a:role") == ["the Vice-President of the Council"]
    assert texts(name, "//a:preface//a:person") == ["Lok Bahadur Thapa"]
    assert values(name, "//a:preface//a:person/@as") == \
        ["#" + values(name, "//a:preface//a:role/@refersTo")[0].lstrip("#")]
    assert texts(name, "//a:preface//a:organization") == ["Nepal"]
    assert texts(name, "//a:preface/a:p[1]")[0].endswith("on the basis of informal consultations")
    assert values(name, "//a:FRBRWork/a:FRBRalias[@name='title']/@value") == \
        ["Report of the Committee for Development Policy on its twenty-seventh session"]
    assert values(name, "//a:statement/@name") == ["resolutionDraft"]


def test_sponsor_then_type_with_note_markers():
    name = "E_2025_L.10-EN"       # "Iraq:* , ** draft resolution"
    assert texts(name, "//a:preface//a:docProponent") == ["Iraq"]
    assert texts(name, "//a:preface//a:docStatus") == ["draft resolution"]
    assert texts(name, "//a:preface//a:docTitle") == \
        ["Doha Programme of Action for the Least Developed Countries for the decade 2022–2031"]


def test_hrc_draft_sponsors_with_markers_and_placeholder_number():
    name = "A_HRC_59_L.17-EN"
    assert texts(name, "//a:preface//a:docProponent") == \
        ["Azerbaijan", "Bangladesh", "Philippines", "Samoa", "Viet Nam"]
    assert texts(name, "//a:preface//a:docTitle") == ["Human rights and climate change"]


def test_multi_line_sponsor_list_is_one_line():
    name = "E_2025_L.20-EN"
    proponents = texts(name, "//a:preface//a:docProponent")
    assert proponents[:3] == ["Antigua and Barbuda", "Argentina", "Bahamas (The)"]
    assert "Jamaica" in proponents and "Suriname" in proponents
    assert texts(name, "//a:preface//a:docTitle") == ["Ad Hoc Advisory Group on Haiti"]


@pytest.mark.parametrize("name, number, date", [
    ("S_RES_2771_(2025)-EN", "2771 (2025)", "2025-01-31"),
    ("S_RES_2768_(2025)-EN", "2768 (2025)", "2025-01-15"),
])
def test_security_council_resolution_number_and_adoption(name, number, date):
    assert texts(name, "//a:preface//a:docNumber") == [number]
    assert texts(name, "//a:preface//a:docType") == ["Resolution"]
    assert values(name, "//a:preface//a:docDate/@date") == [date]
    adoption = texts(name, "//a:preface/a:p[a:docDate]")[0]
    assert adoption.startswith("Adopted by the Security Council at its ")
    assert values(name, "//a:FRBRWork/a:FRBRdate/@name") == ["adoption"]
    assert values(name, "//a:FRBRWork/a:FRBRdate/@date") == [date]
    assert values(name, "//a:FRBRWork/a:FRBRalias[@name='title']/@value") == [f"Resolution {number}"]


def test_symbol_with_a_note_keeps_the_note_on_the_cover_page():
    name = "S_RES_2776_(2025)-EN"                   # "S/RES/2776 (2025)*"
    # The statement's own Work (its annexes, as attachments, carry their own identification).
    assert values(name, "/a:akomaNtoso/a:statement/a:meta//a:FRBRWork/a:FRBRalias[@name='symbol']/@value") \
        == ["S/RES/2776 (2025)"]
    assert texts(name, "//a:coverPage//a:docNumber") == ["S/RES/2776 (2025)"]
    assert texts(name, "//a:coverPage//a:authorialNote") == \
        ["Reissued for technical reasons on 12 March 2025."]


@pytest.mark.parametrize("name, number, title, date", [
    ("A_HRC_RES_59_25-EN", "59/25.", "Human rights and climate change", "2025-07-08"),
    ("A_RES_78_323-EN", "78/323.", "International Day of Women and Girls of African Descent",
     "2024-08-13"),
    ("A_RES_73_8-EN", "73/8.", "Necessity of ending the economic, commercial and financial "
     "embargo imposed by the United States of America against Cuba", "2018-11-01"),
    ("A_RES_77_247-ES", "77/247.", "Prácticas y actividades de asentamiento israelíes que "
     "afectan a los derechos del pueblo palestino y otros habitantes árabes de los "
     "territorios ocupados", "2022-12-30"),
])
def test_adopted_resolution_number_title_and_adoption(name, number, title, date):
    assert texts(name, "//a:preface//a:docNumber") == [number]
    assert texts(name, "//a:preface//a:docTitle") == [title]
    assert values(name, "//a:preface//a:docDate/@date") == [date]
    assert values(name, "//a:FRBRWork/a:FRBRalias[@name='title']/@value") == [title]


@pytest.mark.parametrize("name, symbol, date", [
    ("A_39_361-EN", "A/39/361", "1984-07-25"),         # a scan's text layer: "A/39/36I", "19 84"
    ("A_50_610-EN", "A/50/610", "1995-11-24"),
    ("A_52_613-EN", "A/52/613", "1997-11-19"),
    ("A_52_621-EN", "A/52/621", "1997-11-13"),
    ("TD_B_CN.4_36-EN", "TD/B/CN.4/36", "1994-05-11"),
    ("A_HRC_WG.6_7_ITA_1-EN", "A/HRC/WG.6/7/ITA/1", "2009-11-16"),
    ("A_HRC_WG.6_7_ITA_1-FR", "A/HRC/WG.6/7/ITA/1", "2009-11-16"),
])
def test_old_masthead_symbol_and_date_come_from_the_page(name, symbol, date):
    masthead = converter.extract(str(corpus_file(f"pdf/{name}.pdf"))).masthead
    assert (masthead.symbol, masthead.date) == (symbol, date)


def test_old_masthead_agenda_title_in_capitals_stays_in_the_masthead():
    masthead = converter.extract(str(corpus_file("pdf/A_52_613-EN.pdf"))).masthead
    assert masthead.lines[-1] == (
        "agendaItemTitle", "IMPLEMENTATION OF THE DECLARATION ON THE GRANTING "
        "OF INDEPENDENCE TO COLONIAL COUNTRIES AND PEOPLES")


def test_a_summary_box_under_the_title_is_body_text_not_masthead():
    """DP/2025/23 frames its summary in a box under the title: the box's rule is no
    masthead rule (the masthead's is the first one under "Original: English"), so the
    title and kind line are the preface, the summary front matter after them (a container
    of its own), and the body starts with part I."""
    from tests.test_corpus import converted
    result = converted("pdf/DP_2025_23-EN.pdf")
    assert result.problems == []
    def text(path):
        return [" ".join("".join(e.itertext()).split())
                for e in result.tree.xpath(path, namespaces=NS)]
    assert text("//a:preface//a:docTitle") == [
        "UNDP integrated resources plan and integrated budget estimates, 2026-2029"]
    assert text("//a:preface//a:docType") == ["Report of the Administrator"]
    assert text("//a:preface/a:container[@name='summary']/a:p[1]") == ["Summary"]
    assert text("//a:mainBody/*[1]/a:heading") == ["Strategic context"]
    first = text("//a:preface/a:container[@name='summary']/a:p")[1]
    assert first.startswith("The UNDP integrated resources plan and integrated budget "
                            "constitute an integral complement to the UNDP strategic plan")
    cover = " ".join(text("//a:coverPage"))
    assert "Summary" not in cover and "Second regular session 2025" in cover


@pytest.mark.parametrize("lines, subject", [
    # A/52/620 (1997): the item's title in capitals is the only subject line.
    ([("session", "Fifty-second session"), ("agendaItem", "Agenda item 90"),
      ("agendaItemTitle", "INFORMATION FROM NON-SELF-GOVERNING TERRITORIES TRANSMITTED "
                          "UNDER ARTICLE 73 e OF THE CHARTER OF THE UNITED NATIONS")],
     "INFORMATION FROM NON-SELF-GOVERNING TERRITORIES TRANSMITTED UNDER ARTICLE 73 e OF THE "
     "CHARTER OF THE UNITED NATIONS"),
    # Two items' titles (A/48/653): the first.
    ([("agendaItem", "Agenda items 117 and 18"), ("agendaItemTitle", "ACTIVITIES OF THOSE FOREIGN"),
      ("agendaItemTitle", "IMPLEMENTATION OF THE DECLARATION")], "ACTIVITIES OF THOSE FOREIGN"),
    # TD/B/43/6: "Item 5 of the provisional agenda", its title's lines read as other lines.
    ([("other", "Item 5 of the provisional agenda"), ("other", "UNCTAD’s CONTRIBUTION TO THE"),
      ("other", "IMPLEMENTATION OF THE NEW AGENDA"), ("other", "GE.96-51477")],
     "UNCTAD’s CONTRIBUTION TO THE IMPLEMENTATION OF THE NEW AGENDA"),
    # The later layout: the item's title in small letters is the item's, no subject.
    ([("agendaItem", "Agenda item 68"), ("agendaItemTitle", "Promotion and protection of human rights")],
     None),
    ([("session", "Seventy-ninth session")], None),
])
def test_an_old_layouts_subject_is_the_item_title_in_capitals(lines, subject):
    from converter.structurer.analysis.outline import old_layout_subject
    assert old_layout_subject(lines) == subject


def test_an_agenda_items_title_set_apart_is_a_title_of_its_own():
    from converter.extractor.layout.masthead import read_masthead
    from converter.languages import get
    lines = ["Agenda items 117 and 18", "ACTIVITIES OF THOSE FOREIGN ECONOMIC",
             "AND OTHER INTERESTS", "IMPLEMENTATION OF THE DECLARATION"]
    apart = read_masthead(lines, get("eng"), apart={3}).lines
    assert [t for k, t in apart if k == "agendaItemTitle"] == \
        ["ACTIVITIES OF THOSE FOREIGN ECONOMIC AND OTHER INTERESTS", "IMPLEMENTATION OF THE DECLARATION"]
    joined = read_masthead(lines, get("eng")).lines
    assert len([t for k, t in joined if k == "agendaItemTitle"]) == 1

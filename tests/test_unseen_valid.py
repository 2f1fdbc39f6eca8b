"""Born-digital documents the project had not seen (``../shared/corpus/unlabelled/``)
that the converter once refused as invalid, each for a general cause: a web address
broken over two lines, a call set with a raised full stop or comma, a link's underline
taken for the footnote separator, a word space in the call's raised type, a compound
broken at its hyphen, a table cell read as a page number, an Arabic annex taken for
the document's language, an image's file name in a URI; and the validator's own checks
(words a document prints twice, words of an address broken over lines, Chinese and
Arabic words counted apart).

Every expected text and figure here was read from the PDF (``pdftotext -layout``, the
page image), never from the converter's output.
"""
import json
import re
from functools import lru_cache
from pathlib import Path

import pytest
from lxml import etree
from test_real_pdfs_notes import all_text_with_calls, with_calls

from converter.extractor.characters import cleaner
from converter.extractor.layout import notes as notes_module
from converter.languages import get

A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": A}

REFUSED = ["A_79_876", "A_79_924", "A_80_10", "A_80_23", "A_80_61", "A_80_62",
           "DP_FPA_2025_4 (Part II)", "DP_FPA_2025_6", "E_2025_61", "E_CN.6_2025_3_Rev.1",
           "E_CN.9_2025_6", "JIU_REP_2025_1 [Expanded report]", "S_2025_239", "S_2025_354",
           "S_2025_356", "UNW_2025_3"]


_BATCH: dict = {}         # the session's batch of the unlabelled folder (conftest)


@pytest.fixture(scope="module", autouse=True)
def _batch(unseen_outdir):
    """Each file is read from the session's one batch of the folder (converted once)."""
    _BATCH["out"] = unseen_outdir
    _BATCH["lines"] = {Path(e["path"]).name: e for e in map(
        json.loads, (unseen_outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines())}


@lru_cache(maxsize=None)
def converted(name: str):
    """The file as the batch converted it: (tree, the errors of its own validation
    against its input's text: the manifest's error when it was not written)."""
    entry = _BATCH["lines"][f"{name}.en.pdf"]
    if entry["status"] != "ok":
        return None, [entry["error"]]
    return etree.parse(str(_BATCH["out"] / entry["output"])), []


def tree_of(name: str):
    return converted(name)[0]


def notes(tree) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for note in tree.iter(f"{{{A}}}authorialNote"):
        found.setdefault(note.get("marker"), []).append(" ".join("".join(note.itertext()).split()))
    return found


@pytest.mark.parametrize("name", REFUSED)
def test_once_refused_document_is_valid(name):
    assert converted(name)[1] == []


# -- web addresses -----------------------------------------------------------------------

def test_address_linked_only_in_part_is_one_link_to_itself():
    # A/79/924, page 13, note 5: "Сайт Сейма ЛР: https://www.saeima.lv/…/30909-sogad-9-maija-
    # latvija-" / "piemines-krievijas-agresijas-ukraina-upurus [Website …]"; the PDF's link
    # covers only "-latvija-" and the next line.
    url = ("https://www.saeima.lv/lv/aktualitates/saeimas-zinas/30909-sogad-9-maija-latvija-"
           "piemines-krievijas-agresijas-ukraina-upurus")
    note = next(n for n in tree_of("A_79_924").iter(f"{{{A}}}authorialNote") if n.get("marker") == "5")
    assert [("".join(r.itertext()), r.get("href")) for r in note.iter(f"{{{A}}}ref")] == [(url, url)]


def test_address_whose_link_covers_the_space_at_its_break_is_rejoined():
    # S/2025/356, note 86: "… See also, https://lenouvelliste.com/article/" then
    # "250667/les-attaques-contre-le-port-de-port-au-prince-privent-letat-de-ses-recettes."
    url = ("https://lenouvelliste.com/article/250667/les-attaques-contre-le-port-de-port-au-"
           "prince-privent-letat-de-ses-recettes")
    assert notes(tree_of("S_2025_356"))["86"] == [
        f"Interview with two customs officials and a port agent. See also, {url}."]


def test_photograph_source_citing_the_notes_address_is_no_leaked_note():
    # A/79/924: notes 41, 44, 52 and 61 are the address alone; a photograph's caption on
    # page 38 prints "Photo by: ТАSS/AP/Mindaugas Kulbis" / "Source: https://iz.ru/…".
    url = ("https://iz.ru/1713577/viktor-nedelin/nadrugatelstvo-nad-pamiatiu-v-litve-"
           "prodolzhaiut-oskverniat-zakhoroneniia-sovetskikh-soldat")
    tree, errors = converted("A_79_924")
    assert not [e for e in errors if "note-text-in-body" in e]
    found = notes(tree)
    assert [found[m] for m in ("41", "44", "52", "61")] == [[url]] * 4
    assert f"Photo by: ТАSS/AP/Mindaugas Kulbis Source: {url}" in all_text_with_calls(tree)


# -- words the document prints twice -----------------------------------------------------

def test_publication_cited_by_a_note_and_listed_in_the_annex():
    # E/CN.9/2025/6: note 38 and the annex's list of publications print the same words.
    title = "National Time Transfer Accounts Manual: Measuring and Analysing the Gendered Economy"
    tree, errors = converted("E_CN.9_2025_6")
    assert not [e for e in errors if "note-text-in-body" in e]
    assert notes(tree)["38"] == [f"{title} (United Nations publication, 2024)."]
    assert f"{title} (United Nations publication, 2024)." in all_text_with_calls(tree)


def test_figure_source_and_note_citing_the_same_survey():
    # E/2025/61: notes 8 and 13 "UN-Info, Information Management System survey, 2024.";
    # a figure on page 27 prints "Source: UN-Info, Information Management System survey, 2024."
    survey = "UN-Info, Information Management System survey, 2024."
    tree, errors = converted("E_2025_61")
    assert not [e for e in errors if "note-text-in-body" in e]
    assert notes(tree)["8"] == [survey] and notes(tree)["13"] == [survey]
    assert f"Source: {survey}" in all_text_with_calls(tree)


def test_resolution_number_alone_in_a_table_cell_is_no_page_number():
    # A/80/23, annex I: a table of resolutions, "Economic and other activities which affect
    # … | 79/95 | 4 December 2024".
    tree, errors = converted("A_80_23")
    assert not [e for e in errors if "furniture-in-text" in e]
    cells = [" ".join("".join(td.itertext()).split()) for td in tree.iter(f"{{{A}}}td")]
    assert {"79/95", "79/96", "79/113"} <= set(cells)


# -- note calls ----------------------------------------------------------------------------

def test_two_calls_with_a_raised_comma_after_a_word_space():
    # A/80/61, page 11: "… in 55 countries, 34 , 35 providing life-saving …".
    assert re.search(r"in 55 countries, ?\[34\], ?\[35\] ?providing life-saving",
                     all_text_with_calls(tree_of("A_80_61")))


def test_call_with_a_raised_full_stop_at_a_line_start_numbers_no_paragraph():
    # DP/FPA/2025/6, page 7, paragraph 14 ends "… four were vacant." and its next line
    # starts with the call "5." raised: "The four vacancies comprised three …".
    tree = tree_of("DP_FPA_2025_6")
    para = next(p for p in tree.iter(f"{{{A}}}paragraph")
                if (p.findtext(f"{{{A}}}num") or "").strip() == "14.")
    text = with_calls(para.find(f".//{{{A}}}p"))
    assert "Of the 30 posts, four were vacant. [5]. The four vacancies comprised three in the " \
           "Investigation Branch and one in the OAIS Directorate." in text
    assert notes(tree)["5"] == ["As of 12 March 2025, three P2 positions and one G7 position were vacant."]


def test_called_markers_with_raised_punctuation_after_the_calls():
    known = {"5": 0, "34": 1, "35": 2}
    assert notes_module.called_markers("34 ,", known) == ["34"]
    assert notes_module.called_markers("5.", known) == ["5"]
    assert notes_module.called_markers("34, 35", known) == ["34", "35"]
    assert notes_module.called_markers("3.", known) == []          # no such note
    assert notes_module.called_markers("m2", known) == []


def test_word_space_in_the_calls_raised_type_parts_the_words():
    # A/80/10, page 29: "… the Peace and Security of Mankind46 and the 1996 draft Code …".
    assert "Peace and Security of Mankind[46] and the 1996 draft Code" in all_text_with_calls(tree_of("A_80_10"))


def test_links_underlined_in_a_landscape_table_are_no_footnote_separator():
    # DP/FPA/2025/4 (Part II): three notes, on page 6; the annex tables on the landscape
    # pages 7 and 8 underline their report symbols (links) and print no note.
    tree = tree_of("DP_FPA_2025_4 (Part II)")
    assert sorted(notes(tree)) == ["1", "2", "3"]
    # (its last row, read as table text: how its cells are split is the tables' business)
    rows = [" ".join(w for cell in tr for w in "".join(cell.itertext()).split())
            for tr in tree.iter(f"{{{A}}}tr")]
    assert "Total in the report to the Executive Board for 2023 39 28 10 11 - 18" in rows


# -- words broken at a line end ------------------------------------------------------------

def test_compound_broken_at_its_hyphen_keeps_it():
    # E/CN.6/2025/3/Rev.1: "… so as to increase the gender-" / "responsiveness of service
    # provision"; "… paid domestic work, home-" / "based work, street and market trading".
    text = all_text_with_calls(tree_of("E_CN.6_2025_3_Rev.1"))
    assert "increase the gender-responsiveness of service provision" in text
    assert "paid domestic work, home-based work, street and market trading" in text
    # S/2025/239: "… including on-the-" / "ground interlocutors"; A/80/62: "technology-" /
    # "facilitated violence against women".
    assert "including on-the-ground interlocutors" in all_text_with_calls(tree_of("S_2025_239"))
    assert "technology-facilitated violence against women" in all_text_with_calls(tree_of("A_80_62"))


def test_join_lines_keeps_a_compounds_hyphen_only():
    eng = get("eng")

    def join(lines):
        return cleaner.join_lines(lines, cleaner.vocabulary(lines), eng)
    assert join(["the gender-", "responsiveness of"]) == "the gender-responsiveness of"
    assert join(["the recommen-", "dations of"]) == "the recommendations of"     # no words
    assert join(["more in-", "formation on"]) == "more information on"           # one word
    # A suspended hyphen ("troop- and police-contributing countries") keeps its space.
    assert join(["troop-", "and police-contributing"]) == "troop- and police-contributing"
    # Russian documents cut words by syllable: "миро-" + "строительством" is one word.
    rus = get("rus")
    lines = ["в области миро-", "строительством"]
    assert cleaner.join_lines(lines, cleaner.vocabulary(lines), rus) == \
        "в области миростроительством"


# -- the validator's word count --------------------------------------------------------------

def test_words_of_broken_addresses_and_joined_chinese_lines_are_not_lost():
    # A/80/10, note 44: ".../2025_dc_chair_statement_iso.p" / "df&lang=ES. Statements …"
    # (the address goes on at the next line's start); annex: "新华社, 2021 年 4" / "月 28 日"
    # (Chinese lines join without a space).
    tree, errors = converted("A_80_10")
    assert not [e for e in errors if "words-lost" in e]
    url = ("http://legal.un.org/docs/?path=../ilc/documentation/english/statements/"
           "2025_dc_chair_statement_iso.pdf&lang=ES")
    assert url in notes(tree)["44"][0]
    assert "新华社, 2021 年 4月 28 日" in all_text_with_calls(tree)
    # UNW/2025/3: "… of the audited en tity/area." (a space inside the word).
    tree, errors = converted("UNW_2025_3")
    assert not errors and "the audited entity/area" in all_text_with_calls(tree)


# -- Arabic annexes of English versions ------------------------------------------------------

def test_english_letter_with_an_arabic_annex_is_english():
    # S/2025/354: the English letter on page 1, the annex in Arabic from page 2, which
    # prints "[الأصل بالعربية]" ([Original: Arabic]) under its title.
    tree = tree_of("S_2025_354")
    assert tree.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "eng"
    assert tree.find(".//a:docTitle", NS) is not None and " ".join(
        "".join(tree.find(".//a:docTitle", NS).itertext()).split()) == (
        "Letter dated 3 June 2025 from the Permanent Representative of the Sudan to the "
        "United Nations addressed to the President of the Security Council")
    assert "[الأصل بالعربية]" in all_text_with_calls(tree)
    # A/79/876: "Identical letters dated 10 April 2025 from the Chargé d’affaires a.i. of
    # the Permanent Mission of Lebanon …" on page 1, an Arabic report annexed.
    tree = tree_of("A_79_876")
    assert tree.find(".//a:FRBRExpression/a:FRBRlanguage", NS).get("language") == "eng"
    assert "Identical letters dated 10 April 2025 from the Chargé d’affaires a.i. of the " \
           "Permanent Mission of Lebanon" in all_text_with_calls(tree)


# -- images ------------------------------------------------------------------------------------

def test_image_src_of_a_file_name_with_spaces_is_a_uri():
    # JIU/REP/2025/1 [Expanded report]: page 8 prints images (pdfimages lists them).
    srcs = [img.get("src") for img in tree_of("JIU_REP_2025_1 [Expanded report]").iter(f"{{{A}}}img")]
    assert "JIU_REP_2025_1%20%5BExpanded%20report%5D.en.pdf#page=8" in srcs
    assert all(" " not in s and "[" not in s for s in srcs)

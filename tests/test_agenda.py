"""Agendas (``doc name="agenda"``) and corrigenda, addenda and revisions (their own type
plus the parent's symbol in ``meta/references``).

Every expected figure (item counts, item titles, list headings, symbols, types) was read
from the PDFs with ``pdftotext -layout``, never from the converter's output."""
from __future__ import annotations

import re

import pytest

import converter
from converter.structurer.analysis.kinds import kind_of
from tests.corpus import corpus_file

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0",
      "src": "urn:x-un-akn:source"}


def text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def convert_checked(relative: str):
    """The converted corpus file, valid and with no word of the input lost."""
    path = corpus_file(relative)
    tree = converter.convert(path, markup_date="2026-01-01")
    problems = converter.validate(tree, source_text=converter.extract(path).source_text)
    assert [p for p in problems if p.severity == "error"] == []
    return tree


def item_title(item) -> str:
    """An item's title: its heading when annotations follow, else its only p."""
    heading = item.find("a:heading", NS)
    return text(heading if heading is not None else item.find("a:p", NS))


def doc_type(tree) -> str:
    return tree.find(".//src:source", NS).get("type")


# -- agendas -------------------------------------------------------------------

@pytest.fixture(scope="module")
def emrip():
    return convert_checked("pdf/A_HRC_EMRIP_2025_1-EN.pdf")


@pytest.fixture(scope="module")
def icef():
    return convert_checked("pdf/E_ICEF_2025_11-EN.pdf")


def test_emrip_is_an_agenda_with_its_title(emrip):
    root = emrip.getroot()
    doc = root.find("a:doc", NS)
    assert doc.get("name") == "agenda" and doc_type(emrip) == "doc/agenda"
    assert text(doc.find("a:preface//a:docTitle", NS)) == "Annotated provisional agenda"
    assert doc.find("a:meta//a:FRBRWork/a:FRBRsubtype", NS).get("value") == "agenda"
    assert "/akn/un/doc/agenda/" in doc.find("a:meta//a:FRBRWork/a:FRBRuri", NS).get("value")


def test_emrip_agenda_and_annotations_are_two_lists_of_12_items(emrip):
    lists = emrip.findall(".//a:mainBody/a:blockList", NS)
    assert [text(l.find("a:listIntroduction", NS)) for l in lists] == \
        ["Provisional agenda", "Annotations"]
    agenda, annotations = lists
    items = agenda.findall("a:item", NS)
    assert [i.findtext("a:num", namespaces=NS) for i in items] == [f"{n}." for n in range(1, 13)]
    assert len(annotations.findall("a:item", NS)) == 12
    assert emrip.findall(".//a:item/a:blockList", NS) == []           # no sub-items printed
    assert item_title(items[0]) == "Election of officers."
    # Printed over two lines: one title.
    assert item_title(items[2]) == ("Study and advice on the right of Indigenous Peoples to "
                                    "data, including data collection and disaggregation.")
    assert item_title(items[-1]) == "Adoption of studies and reports."


def test_emrip_annotations_are_text_of_their_item(emrip):
    items = emrip.findall(".//a:mainBody/a:blockList", NS)[1].findall("a:item", NS)
    first, last = items[0], items[-1]
    assert text(first.find("a:heading", NS)) == "Election of officers"
    assert text(last.find("a:heading", NS)) == "Adoption of studies and reports"
    # Item 1: two printed paragraphs; the first calls note 1 (A/520/Rev.17).
    paragraphs = first.findall("a:p", NS)
    assert len(paragraphs) == 2
    assert text(paragraphs[0]).startswith("Pursuant to paragraph 11 of General Assembly")
    assert paragraphs[0].find(".//a:authorialNote", NS).get("marker") == "1"
    assert text(paragraphs[1]).startswith("Regarding the election of officers, rule 103")
    assert text(last.find("a:p", NS)).startswith("The Expert Mechanism will adopt its study")


def test_icef_items_grouped_under_their_printed_headings(icef):
    lists = icef.findall(".//a:mainBody/a:blockList", NS)
    assert [text(l.find("a:listIntroduction", NS)) for l in lists] == [
        "Provisional annotated agenda", "Programme and policy matters",
        "Evaluation, audit and oversight matters", "Resource, financial and budgetary matters",
        "Other matters and adoption of draft decisions"]
    items = [i for l in lists for i in l.findall("a:item", NS)]
    assert [i.findtext("a:num", namespaces=NS) for i in items] == [f"{n}." for n in range(1, 22)]
    assert item_title(items[0]) == \
        "Adoption of the provisional annotated agenda, timetable and organization of work"
    assert item_title(items[-1]) == ("Closing statements by the Executive Director of UNICEF "
                                     "and the President of the Executive Board")
    # Item 20 prints no annotation: its title is its only paragraph.
    assert items[19].find("a:heading", NS) is None
    assert item_title(items[19]) == "Adoption of draft decisions"
    # An unnumbered entry under item 3 stays text of item 3.
    assert "UNICEF report on the recommendations of the Joint Inspection Unit" in \
        [text(p) for p in items[2].findall("a:p", NS)]


def test_icef_contents_and_timetable_are_no_items(icef):
    """pdftotext: the contents list items 1-21, five group headings ("Programme and policy
    matters" …), four reports listed under items and the timetable: 30 entries, page 3 to
    9; none of them is an agenda item."""
    body = icef.find(".//a:mainBody", NS)
    contents = body.find("a:container[@name='contents']", NS)
    assert text(contents.find("a:p", NS)) == "Contents"
    entries = contents.findall("a:toc/a:tocItem", NS)
    assert len(entries) == 30
    nums = [e.findtext("a:inline[@name='num']", namespaces=NS) for e in entries]
    assert [n for n in nums if n] == [f"{n}." for n in range(1, 22)]
    assert entries[2].get("level") == "1" and text(entries[2]) == "Programme and policy matters"
    assert [e.findtext("a:inline[@name='page']", namespaces=NS) for e in (entries[0], entries[-1])] \
        == ["3", "9"]
    # Each entry links to what it names: item 3, the list under "Programme and policy
    # matters", the report listed under item 3.
    eids = {el.get("eId") for el in icef.iter() if el.get("eId")}
    assert all(e.get("href")[1:] in eids for e in entries)
    assert entries[3].get("href") == "#" + body.find("a:blockList[2]/a:item[1]", NS).get("eId")
    (timetable,) = body.findall("a:hcontainer", NS)
    assert text(timetable.find("a:heading", NS)) == ("Provisional timetable and organization of "
                                                     "work for the 2025 annual session of the "
                                                     "UNICEF Executive Board")
    assert entries[-1].get("href") == "#" + timetable.get("eId")
    assert list(body).index(timetable) == len(body) - 1      # after the last list


FRENCH_AGENDA = """\
Nations Unies                                                  A/80/150
Assemblée générale                                             Distr. générale
                                                               15 juillet 2025
                                                               Français
                                                               Original : anglais

Quatre-vingtième session

Ordre du jour provisoire de la quatre-vingtième session ordinaire de l’Assemblée générale

1. Ouverture de la session par le Président de l’Assemblée générale.
2. Minute de silence consacrée à la prière ou à la méditation.
3. Pouvoirs des représentants à la quatre-vingtième session de l’Assemblée générale :
a) Nomination des membres de la Commission de vérification des pouvoirs ;
b) Rapport de la Commission de vérification des pouvoirs.
4. Élection du Président de l’Assemblée générale.
"""


def test_french_agenda_from_text():
    tree = converter.convert(FRENCH_AGENDA, markup_date="2026-01-01")
    problems = converter.validate(tree, source_text=FRENCH_AGENDA)
    assert [p for p in problems if p.severity == "error"] == []
    doc = tree.getroot().find("a:doc", NS)
    assert doc.get("name") == "agenda"
    assert text(doc.find("a:preface//a:docTitle", NS)) == \
        "Ordre du jour provisoire de la quatre-vingtième session ordinaire de l’Assemblée générale"
    items = doc.findall("a:mainBody/a:blockList/a:item", NS)
    assert [i.get("eId") for i in items] == [f"list_1__item_{n}" for n in range(1, 5)]
    assert item_title(items[0]) == "Ouverture de la session par le Président de l’Assemblée générale."
    assert item_title(items[3]) == "Élection du Président de l’Assemblée générale."
    subitems = items[2].findall("a:blockList/a:item", NS)
    assert [s.findtext("a:num", namespaces=NS) for s in subitems] == ["a)", "b)"]
    assert [s.get("eId") for s in subitems] == ["list_1__item_3__list_1__item_a",
                                                "list_1__item_3__list_1__item_b"]
    assert text(subitems[1].find("a:p", NS)) == "Rapport de la Commission de vérification des pouvoirs."


def test_a_masthead_agenda_item_line_makes_no_agenda():
    # DP/2025/23 prints "Item 4 of the provisional agenda" in its masthead: a report.
    doc = converter.extract(corpus_file("pdf/DP_2025_23-EN.pdf"))
    from converter import languages
    from converter.structurer.analysis.kinds import classify_kind
    assert classify_kind(doc, languages.get(doc.language)).name != "agenda"


# -- corrigenda, addenda, revisions ----------------------------------------------

MODIFIED = [
    # file, type (page 1's kind line; Corr.: corrigendum), parent (the printed symbol
    # without its last part), the parent's Work IRI (kind: the title line's)
    ("pdf/E_2025_68_Corr.1-EN.pdf", "doc/corrigendum", "E/2025/68", "/akn/un/doc/report/un-ecosoc/E-2025-68"),
    ("pdf/E_2025_15_Add.1_Rev.1-EN.pdf", "doc/report", "E/2025/15/Add.1",
     "/akn/un/doc/report/un-ecosoc/E-2025-15-Add.1"),
    ("pdf/E_C.2_2025_2_Add.3-EN.pdf", "doc/note", "E/C.2/2025/2", "/akn/un/doc/note/un-ecosoc-c2/E-C.2-2025-2"),
    ("pdf/A_CONF.243_2025_1_Add.1-EN.pdf", "doc/note", "A/CONF.243/2025/1",
     "/akn/un/doc/note/un-conf243/A-CONF.243-2025-1"),
    ("pdf/E_C.2_2025_2_Add.5-EN.pdf", "doc/note", "E/C.2/2025/2", "/akn/un/doc/note/un-ecosoc-c2/E-C.2-2025-2"),
    # "Summary statement by the Secretary-General …": a report.
    ("pdf/S_2025_10_Add.31-EN.pdf", "doc/report", "S/2025/10", "/akn/un/doc/report/un-sc/S-2025-10"),
]


@pytest.mark.parametrize("relative, doc_kind, parent, href", MODIFIED,
                         ids=[m[0].split("/")[1] for m in MODIFIED])
def test_modified_document_records_its_parent(relative, doc_kind, parent, href):
    tree = convert_checked(relative)
    assert doc_type(tree) == doc_kind
    doc = tree.getroot()[0]
    assert doc.get("name") == doc_kind.split("/")[1]
    work = doc.find("a:meta/a:identification/a:FRBRWork", NS)
    assert work.find("a:FRBRsubtype", NS).get("value") == doc.get("name")
    refs = doc.findall("a:meta/a:references/a:activeRef", NS)
    assert [(r.get("showAs"), r.get("href")) for r in refs] == [(parent, href)]
    source = tree.find(".//src:source", NS)
    assert source.get("parent") == parent
    assert source.get("modifier") == {"Corr": "corrigendum", "Add": "addendum",
                                      "Rev": "revision"}[re.findall(r"(Corr|Add|Rev)\.\d", relative)[-1]]


def test_corrigendum_corrections_are_paragraphs():
    tree = convert_checked("pdf/E_2025_68_Corr.1-EN.pdf")
    doc = tree.getroot()[0]
    assert text(doc.find("a:preface//a:docStatus", NS)) == "Corrigendum"
    paragraphs = doc.findall("a:mainBody/a:paragraph", NS)
    assert [p.findtext("a:num", namespaces=NS) for p in paragraphs] == ["1.", "2.", "3.", "4."]
    first = [text(p) for p in paragraphs[0].findall("a:content/a:p", NS)]
    assert first[:2] == ["Paragraph 44", "The paragraph should read"]
    assert first[2].startswith("In 2020, 281 million people")
    assert [text(p.find("a:content/a:p", NS)) for p in paragraphs] == \
        ["Paragraph 44", "Paragraph 46", "Paragraph 49", "Paragraph 52"]


def test_scanned_addendum_symbol_rule():
    # A/45/696/Add.1 is a scan (no text layer): only its symbol says what it is.
    kind = kind_of("report", "A/45/696/Add.1")
    assert (kind.modifier, kind.parent) == ("addendum", "A/45/696")
    with pytest.raises(converter.NoTextLayer):
        converter.convert(corpus_file("pdf/A_45_696_Add.1-EN.pdf"))
    assert kind_of("report", "A/C.3/77/L.6/Rev.1").parent == "A/C.3/77/L.6"
    assert kind_of("report", "A/79/794-S/2025/104").parent is None


# -- the layout rules, on blocks as the extractor gives them --------------------------

def _blocks(*lines):
    from converter.model import Block
    return [Block(line) for line in lines]


def test_part_headings_and_sub_items_in_a_general_assembly_style_agenda():
    from converter import languages
    from converter.structurer.families.agenda import read_agenda
    agenda = read_agenda(_blocks(
        "Provisional agenda of the eightieth regular session of the General Assembly",
        "1. Opening of the session by the President of the General Assembly.",
        "2. Minute of silent prayer or meditation.",
        "A. Promotion of sustained economic growth and sustainable development in accordance "
        "with the relevant resolutions of the General Assembly and recent United Nations "
        "conferences",
        "3. Report of the Economic and Social Council.",
        "4. Sustainable development:",
        "(a) Implementation of Agenda 21;",
        "(b) Disaster risk reduction.",
        "B. Maintenance of international peace and security",
        "5. Report of the Security Council."), languages.get("eng"))
    assert agenda.title.text.startswith("Provisional agenda of the eightieth")
    lists = agenda.lists
    assert [l.heading.text[:2] if l.heading else None for l in lists] == [None, "A.", "B."]
    assert [[i.num for i in l.items] for l in lists] == [["1.", "2."], ["3.", "4."], ["5."]]
    assert [s.num for s in lists[1].items[1].subitems] == ["(a)", "(b)"]
    assert lists[1].items[1].subitems[1].title.text == "Disaster risk reduction."


def test_numbered_annotation_paragraphs_stay_text_of_their_item():
    from converter import languages
    from converter.structurer.families.agenda import read_agenda
    agenda = read_agenda(_blocks(
        "Provisional agenda and annotations",
        "Provisional agenda",
        "1. Election of officers.",
        "2. Adoption of the agenda and other organizational matters.",
        "3. Adjournment.",
        "Annotations",
        "1. Election of officers",
        "1. In accordance with rule 15 of the rules of procedure, the Commission shall elect a Chair.",
        "2. Adoption of the agenda and other organizational matters",
        "2. The Commission will adopt its agenda.",
        "3. The Commission will also consider the organization of its work.",
        "3. Adjournment",
        "4. The Commission will close its session."), languages.get("eng"))
    plain, annotated = agenda.lists
    assert [i.title.text for i in plain.items] == [
        "Election of officers.", "Adoption of the agenda and other organizational matters.",
        "Adjournment."]
    assert annotated.heading.text == "Annotations"
    assert [i.title.text for i in annotated.items] == [
        "Election of officers", "Adoption of the agenda and other organizational matters",
        "Adjournment"]
    assert [len(i.text) for i in annotated.items] == [1, 2, 1]
    assert annotated.items[1].text[1].text.startswith("3. The Commission will also")


def test_items_printed_with_their_word():
    from converter import languages
    from converter.structurer.families.agenda import read_agenda
    agenda = read_agenda(_blocks(
        "Annotations to the provisional agenda",
        "Item 1. Organizational and procedural matters",
        "The session will be opened on 16 June 2025.",
        "Item 2 of the provisional agenda is taken up in a joint meeting.",
        "Item 2. Annual report of the High Commissioner",
        "The High Commissioner will present her annual report."), languages.get("eng"))
    (items,) = agenda.lists
    assert [i.num for i in items.items] == ["Item 1.", "Item 2."]
    assert [len(i.text) for i in items.items] == [2, 1]
    assert items.items[0].text[1].text.startswith("Item 2 of the provisional agenda")


@pytest.mark.parametrize("language, line, is_agenda", [
    ("eng", "Annotated provisional agenda", True),
    ("eng", "Provisional annotated agenda, timetable and organization of work", True),
    ("eng", "Agenda and annotations", True),
    ("eng", "Preliminary list of items to be included in the provisional agenda of the "
            "eightieth regular session of the General Assembly", True),
    ("eng", "Item 2 of the provisional agenda", False),
    ("eng", "Adoption of the agenda and organization of work", False),
    ("fra", "Ordre du jour provisoire annoté", True),
    ("fra", "Point 3 de l’ordre du jour provisoire", False),
    ("spa", "Programa provisional anotado", True),
    ("spa", "Tema 3 del programa provisional", False),
    ("rus", "Предварительная повестка дня", True),
    ("rus", "Пункт 3 предварительной повестки дня", False),
    ("ara", "جدول الأعمال المؤقت", True),
    ("ara", "البند 3 من جدول الأعمال المؤقت", False),
    ("zho", "临时议程", True),
    ("zho", "临时议程项目3", False),
])
def test_agenda_title_phrases(language, line, is_agenda):
    from converter import languages
    from converter.structurer.analysis.kinds import title_kind
    assert (title_kind(line, languages.get(language)) == "agenda") is is_agenda


def test_a_title_cut_over_two_lines_is_one_title():
    from converter import languages
    from converter.structurer.families.agenda import read_agenda
    agenda = read_agenda(_blocks(
        "Provisional annotated agenda, timetable and",
        "organization of work",
        "1. Adoption of the agenda."), languages.get("eng"))
    assert agenda.title.text == "Provisional annotated agenda, timetable and organization of work"
    assert agenda.preface == [agenda.title]
    assert [i.title.text for i in agenda.lists[0].items] == ["Adoption of the agenda."]


def test_a_revision_given_by_symbol_names_its_parent():
    tree = converter.convert(FRENCH_AGENDA, symbol="A/80/150/Rev.1", markup_date="2026-01-01")
    doc = tree.getroot().find("a:doc", NS)
    assert doc.get("name") == "agenda"
    assert doc.find("a:meta//a:FRBRWork/a:FRBRnumber", NS).get("showAs") == "A/80/150/Rev.1"
    (ref,) = doc.findall("a:meta/a:references/a:activeRef", NS)
    assert (ref.get("showAs"), ref.get("href")) == ("A/80/150", "/akn/un/doc/agenda/un-ga/A-80-150")
    assert tree.find(".//src:source", NS).get("modifier") == "revision"

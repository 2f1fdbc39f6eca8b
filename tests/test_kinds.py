"""Every born-digital PDF of the shared corpus converts to valid Akoma Ntoso of the type it
is (a table read from each PDF's first page, with the printed words that say so), and the
kind classifier reads title lines in English and French (and the other UN languages)."""
from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

import pytest
from conftest import NS
from corpus import CORPUS, corpus_file
from test_corpus import converted as corpus_converted

import converter
from converter import languages
from converter.structurer.analysis.kinds import classify_kind, kind_of, title_kind

# file -> (type, words printed on page 1 that say it: `pdftotext -l 1 -layout`).
EXPECTED: dict[str, tuple[str, str]] = {
    "A_39_361-EN.pdf": ("doc/report", "Progress report of"),
    "A_50_610-EN.pdf": ("doc/report", "Report of the Special Political and Decolonization Committee"),
    "A_52_613-EN.pdf": ("doc/report", "Report of the Special Political and Decolonization Committee"),
    "A_52_621-EN.pdf": ("doc/report", "Report of the Special Political and Decolonization Committee"),
    "A_53_601-EN.pdf": ("doc/report", "Report of the Special Political and Decolonization Committee"),
    "A_79_794-EN.pdf": ("doc/letter", "Letter dated 17 February 2025 from the Permanent Representative"),
    "A_79_856-EN.pdf": ("doc/letter", "Letter dated 5 April 2025 from the Chargé d’affaires"),
    "A_79_859-EN.pdf": ("doc/letter", "Letter dated 9 April 2025 from the Permanent Representative"),
    "A_79_871-EN.pdf": ("doc/letter", "Letter dated 16 April 2025 from the Permanent Representative"),
    "A_79_918-EN.pdf": ("doc/letter", "Letter dated 29 May 2025 from the Permanent Representative"),
    "A_79_958-EN.pdf": ("doc/letter", "Letter dated 23 June 2025 from the Permanent Representative"),
    "A_79_973-EN.pdf": ("doc/letter", "Identical letters dated 16 July 2025"),
    "A_79_PV.64-EN.pdf": ("debate", "64th plenary meeting"),
    "A_80_44-EN.pdf": ("doc/report", "Report of the Committee"),
    "A_80_66-EN.pdf": ("doc/noteVerbale", "Note verbale dated 18 February 2025"),
    "A_80_67-EN.pdf": ("doc/noteVerbale", "Note verbale dated 24 February 2025"),
    "A_80_97-EN.pdf": ("doc/noteVerbale", "Note verbale dated 11 June 2025"),
    "A_AC.109_2025_L.9-EN.pdf": ("statement/resolutionDraft", "Draft resolution"),
    "A_AC.121_2025_INF_4-EN.pdf": ("doc/listOfParticipants", "List of participants"),
    "A_CONF.243_2025_1_Add.1-EN.pdf": ("doc/note", "Note by the Co-Chairs"),
    "A_ES-10_1042-EN.pdf": ("doc/letter", "Identical letters dated 8 August 2025"),
    "A_HRC_59_L.17-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "A_HRC_EMRIP_2025_1-EN.pdf": ("doc/agenda", "Annotated provisional agenda"),
    "A_HRC_RES_59_25-EN.pdf": ("statement/resolution", "Resolution adopted by the Human Rights Council"),
    "A_HRC_WG.6_34_ITA_3-EN.pdf": ("doc/report", "Report of the Office of the United Nations High Commissioner"),
    "A_HRC_WG.6_34_ITA_3-RU.pdf": ("doc/report", "Доклад Управления Верховного комиссара"),
    "A_HRC_WG.6_7_ITA_1-EN.pdf": ("doc/report", "NATIONAL REPORT SUBMITTED IN ACCORDANCE"),
    "A_HRC_WG.6_7_ITA_1-FR.pdf": ("doc/report", "Rapport national présenté conformément"),
    "A_RES_73_3-EN.pdf": ("statement/resolution", "Resolution adopted by the General Assembly"),
    "A_RES_73_6-EN.pdf": ("statement/resolution", "Resolution adopted by the General Assembly"),
    "A_RES_73_7-EN.pdf": ("statement/resolution", "Resolution adopted by the General Assembly"),
    "A_RES_73_8-EN.pdf": ("statement/resolution", "Resolution adopted by the General Assembly"),
    "A_RES_77_247-ES.pdf": ("statement/resolution", "A/RES/77/247"),
    "A_RES_78_323-EN.pdf": ("statement/resolution", "Resolution adopted by the General Assembly"),
    "DP_2025_23-EN.pdf": ("doc/report", "Report of the Administrator"),
    "E_2025_15_Add.1_Rev.1-EN.pdf": ("doc/report", "Report of the Secretary-General"),
    "E_2025_43-EN.pdf": ("doc/report", "Report on the twenty-fourth session"),
    "E_2025_44-EN.pdf": ("doc/report", "Report on the twenty-fourth session"),
    "E_2025_68_Corr.1-EN.pdf": ("doc/corrigendum", "Corrigendum"),
    "E_2025_73-EN.pdf": ("doc/note", "Note by the Secretary-General"),
    "E_2025_L.10-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "E_2025_L.11-EN.pdf": ("statement/decisionDraft", "draft decision"),
    "E_2025_L.13-EN.pdf": ("statement/decisionDraft", "Draft decision"),
    "E_2025_L.14-EN.pdf": ("statement/resolutionDraft", "Draft resolution"),
    "E_2025_L.20-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "E_2025_L.22-EN.pdf": ("statement/decisionDraft", "Draft decision"),
    "E_2025_L.26-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "E_2025_L.9-EN.pdf": ("statement/resolutionDraft", "Draft resolution"),
    "E_AC.51_2025_4-EN.pdf": ("doc/note", "Note by the Secretariat"),
    "E_C.2_2025_2_Add.3-EN.pdf": ("doc/note", "Note by the Secretary-General"),
    "E_C.2_2025_2_Add.5-EN.pdf": ("doc/note", "Note by the Secretary-General"),
    "E_CN.5_2025_L.6-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "E_CN.6_2025_9-EN.pdf": ("doc/report", "Chair’s summary"),
    "E_CN.6_2025_NGO_125-EN.pdf": ("doc/ngoStatement", "Statement submitted by"),
    "E_CN.6_2025_NGO_188-EN.pdf": ("doc/ngoStatement", "Statement submitted by"),
    "E_HLPF_2025_6-EN.pdf": ("doc/note", "Note by the Secretariat"),
    "E_ICEF_2025_11-EN.pdf": ("doc/agenda", "Provisional annotated agenda"),
    "E_ICEF_2025_L.13-EN.pdf": ("statement/decisionDraft", "Draft decision"),
    "ST_IC_2025_1-EN.pdf": ("doc/informationCircular", "Information circular"),
    "ST_IC_2025_3-EN.pdf": ("doc/informationCircular", "Information circular"),
    "S_2024_145-EN.pdf": ("doc/report", "Заключительные замечания"),
    "S_2024_216-EN.pdf": ("doc/letter", "Письмо постоянных представителей"),
    "S_2025_10_Add.31-EN.pdf": ("doc/report", "Summary statement by the Secretary-General"),
    "S_2025_15-EN.pdf": ("doc/letter", "Letter dated 7 January 2025 from the President"),
    "S_2025_202-EN.pdf": ("doc/report", "Report of the Secretary-General"),
    "S_2025_29-EN.pdf": ("doc/letter", "Identical letters dated 13 January 2025"),
    "S_2025_311-EN.pdf": ("doc/letter", "Letter dated 13 May 2025 from the Permanent Representative"),
    "S_2025_320-EN.pdf": ("doc/report", "Forty-second report of the Secretary-General"),
    "S_2025_450-EN.pdf": ("doc/report", "Report of the Secretary-General"),
    "S_2025_471-EN.pdf": ("doc/letter", "Letter dated 15 July 2025 from the Secretary-General"),
    "S_2025_509-EN.pdf": ("doc/report", "Report of the Secretary-General"),
    "S_2025_54-EN.pdf": ("doc/report", "Report of the Secretary-General"),
    "S_2025_68-EN.pdf": ("statement/resolutionDraft", "draft resolution"),
    "S_RES_2768_(2025)-EN.pdf": ("statement/resolution", "Resolution 2768 (2025)"),
    "S_RES_2769_(2025)-EN.pdf": ("statement/resolution", "Resolution 2769 (2025)"),
    "S_RES_2770_(2025)-EN.pdf": ("statement/resolution", "Resolution 2770 (2025)"),
    "S_RES_2771_(2025)-EN.pdf": ("statement/resolution", "Resolution 2771 (2025)"),
    "S_RES_2772_(2025)-EN.pdf": ("statement/resolution", "Resolution 2772 (2025)"),
    "S_RES_2773_(2025)-EN.pdf": ("statement/resolution", "Resolution 2773 (2025)"),
    "S_RES_2774_(2025)-EN.pdf": ("statement/resolution", "Resolution 2774 (2025)"),
    "S_RES_2776_(2025)-EN.pdf": ("statement/resolution", "Resolution 2776 (2025)"),
    "S_RES_2779_(2025)-EN.pdf": ("statement/resolution", "Resolution 2779 (2025)"),
    "S_RES_2782_(2025)-EN.pdf": ("statement/resolution", "Resolution 2782 (2025)"),
    "S_RES_2785_(2025)-EN.pdf": ("statement/resolution", "Resolution 2785 (2025)"),
    "S_RES_2788_(2025)-EN.pdf": ("statement/resolution", "Resolution 2788 (2025)"),
    "TD_B_CN.4_36-EN.pdf": ("doc/report", "Progress report by the UNCTAD secretariat"),
    "UNW_2025_2-EN.pdf": ("doc/report", "Report of the Under-Secretary-General"),
}
SCANS = {"A_45_696_Add.1-EN.pdf"}      # no text layer: refused until OCR (exit 3)
# Corrigenda, addenda and revisions: the document each changes, as its symbol prints it.
PARENTS = {
    "E_2025_68_Corr.1-EN.pdf": ("corrigendum", "E/2025/68"),
    "E_2025_15_Add.1_Rev.1-EN.pdf": ("revision", "E/2025/15/Add.1"),
    "E_C.2_2025_2_Add.3-EN.pdf": ("addendum", "E/C.2/2025/2"),
    "S_2025_10_Add.31-EN.pdf": ("addendum", "S/2025/10"),
    "A_CONF.243_2025_1_Add.1-EN.pdf": ("addendum", "A/CONF.243/2025/1"),
}


# Each corpus file converted once per session, through test_corpus's cache (read once,
# validated against its own text).
converted = corpus_converted


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=None)
def first_page(name: str) -> str:
    if shutil.which("pdftotext") is None:
        raise AssertionError("pdftotext (poppler-utils) is needed to read the corpus's first pages")
    run = subprocess.run(["pdftotext", "-l", "1", "-layout", str(corpus_file(f"pdf/{name}")), "-"],
                         capture_output=True, text=True, check=True)
    return _words(run.stdout)


def _type(tree) -> str | None:
    found = tree.xpath("//a:proprietary/*[local-name()='source']/@type", namespaces=NS)
    return found[0] if found else None


def test_table_covers_the_corpus():
    on_disk = {p.name for p in (CORPUS / "pdf").glob("*.pdf")}
    assert on_disk, f"real-document corpus missing: no PDF in {CORPUS / 'pdf'}"
    assert on_disk == set(EXPECTED) | SCANS, (
        f"not in the table: {sorted(on_disk - set(EXPECTED) - SCANS)}; "
        f"not in the corpus: {sorted(set(EXPECTED) | SCANS - on_disk)}")


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_the_words_of_the_table_are_on_page_one(name):
    words = EXPECTED[name][1]
    assert _words(words) in first_page(name), f"{name}: page 1 does not print {words!r}"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_corpus_pdf_converts_to_its_type(name):
    want = EXPECTED[name][0]
    result = converted(f"pdf/{name}")
    assert result.tree is not None and not result.problems, \
        f"{name}: " + "; ".join(result.problems[:3])
    assert _type(result.tree) == want, f"{name}: expected {want}, found {_type(result.tree)}"
    top = next(c for c in result.tree.getroot() if isinstance(c.tag, str))
    element = top.tag.rsplit("}", 1)[1]
    if want == "debate":
        assert element == "debate" and top.get("name") in ("verbatimRecord", "summaryRecord"), name
    else:
        assert f"{element}/{top.get('name')}" == want, name
    work = result.tree.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS)[0]
    assert work.startswith(f"/akn/un/{element}/"), work


@pytest.mark.parametrize("name", sorted(PARENTS))
def test_a_corrigendum_addendum_or_revision_names_its_parent(name):
    modifier, parent = PARENTS[name]
    tree = converted(f"pdf/{name}").tree
    source = tree.xpath("//a:proprietary/*[local-name()='source']", namespaces=NS)[0]
    assert (source.get("modifier"), source.get("parent")) == (modifier, parent)
    ref = tree.xpath("//a:references/a:activeRef", namespaces=NS)
    assert [r.get("showAs") for r in ref] == [parent]


def test_the_scan_stays_refused_without_ocr():
    with pytest.raises(converter.NoTextLayer):
        converter.convert(corpus_file(f"pdf/{next(iter(SCANS))}"))


# -- the classifier on short texts --------------------------------------------------------

TITLES = [
    ("eng", "Letter dated 3 March 2025 from the Permanent Representative of Chile to the "
            "United Nations addressed to the Secretary-General", "letter"),
    ("eng", "Identical letters dated 8 August 2025 from the Permanent Observer", "letter"),
    ("eng", "Note verbale dated 18 February 2025 from the Permanent Mission of Chile", "noteVerbale"),
    ("eng", "Report of the Secretary-General", "report"),
    ("eng", "Forty-second report of the Secretary-General", "report"),
    ("eng", "Combined fifth and sixth periodic reports submitted by Italy under article 18 "
            "of the Convention, due in 2023", "report"),
    ("eng", "Initial report submitted by Andorra under article 9 of the Convention", "report"),
    ("fra", "Cinquième rapport périodique soumis par l’Italie en application de l’article 40",
     "report"),
    ("spa", "Informes periódicos quinto y sexto combinados que Italia debía presentar en 2023",
     "report"),
    ("eng", "Note by the Secretariat", "note"),
    ("eng", "Provisional agenda", "agenda"),
    ("eng", "Annotated provisional agenda", "agenda"),
    ("eng", "Statement submitted by Sikh Human Rights Group, a non-governmental organization",
     "ngoStatement"),
    ("eng", "Information circular*", "informationCircular"),
    ("eng", "Summary record of the 12th meeting", "summaryRecord"),
    ("eng", "Annotations to the provisional agenda", "agenda"),
    ("eng", "Preliminary list of items to be included in the provisional agenda of the "
            "eightieth regular session of the General Assembly", "agenda"),
    ("eng", "Statement submitted by the Secretary-General in accordance with rule 153 of the "
            "rules of procedure of the General Assembly", None),
    ("eng", "Draft report of the Special Committee", "report"),
    ("eng", "Agenda item 40", None),
    ("eng", "Item 2 of the provisional agenda", None),
    ("eng", "Question of Cyprus", None),
    ("fra", "Lettre datée du 17 février 2025, adressée au Secrétaire général par le Représentant "
            "permanent de la Türkiye", "letter"),
    ("fra", "Lettres identiques datées du 8 août 2025", "letter"),
    ("fra", "Note verbale datée du 18 février 2025", "noteVerbale"),
    ("fra", "Rapport du Secrétaire général", "report"),
    ("fra", "Note du Secrétariat", "note"),
    ("fra", "Ordre du jour provisoire", "agenda"),
    ("fra", "Déclaration présentée par Sikh Human Rights Group, organisation non gouvernementale",
     "ngoStatement"),
    ("fra", "Circulaire d’information", "informationCircular"),
    ("fra", "Compte rendu analytique de la 12e séance", "summaryRecord"),
    ("fra", "Point 40 de l’ordre du jour", None),
    ("spa", "Carta de fecha 3 de marzo de 2025 dirigida al Secretario General", "letter"),
    ("spa", "Informe del Secretario General", "report"),
    ("rus", "Доклад Генерального секретаря", "report"),
    ("rus", "Вербальная нота Постоянного представительства", "noteVerbale"),
    ("ara", "تقرير الأمين العام", "report"),
    ("zho", "秘书长的报告", "report"),
]


@pytest.mark.parametrize("code,line,kind", TITLES)
def test_title_line_names_its_kind(code, line, kind):
    assert title_kind(line, languages.get(code)) == kind


MASTHEAD_EN = """United Nations A/79/999
General Assembly Distr.: General
3 March 2025
Original: English
"""
MASTHEAD_FR = """Nations Unies A/79/999
Assemblée générale Distr. générale
3 mars 2025
Français
Original : anglais
"""


def _kind(text: str):
    doc = converter.extract(text)
    return classify_kind(doc, languages.get(doc.language))


def test_an_english_letter_with_a_masthead_is_a_letter():
    kind = _kind(MASTHEAD_EN + "\nLetter dated 3 March 2025 from the Permanent Representative of "
                 "Chile to the United Nations addressed to the Secretary-General\n\nI have the "
                 "honour to transmit herewith the statement of my Government on the matter.\n")
    assert kind.label == "doc/letter"


def test_a_french_report_with_a_masthead_is_a_report():
    kind = _kind(MASTHEAD_FR + "\nSituation au Soudan du Sud\n\nRapport du Secrétaire général\n\n"
                 "1. Le présent rapport est soumis en application de la résolution 2729 (2024) "
                 "du Conseil de sécurité.\n")
    assert kind.label == "doc/report"


def test_a_french_draft_resolution_stays_a_statement(sample_tree):
    assert _type(sample_tree) == "statement/resolutionDraft"


def test_a_letter_under_agenda_item_titles_that_name_a_report_is_a_letter():
    kind = _kind(MASTHEAD_EN + "\nReport of the Security Council\n\nReport of the Human Rights "
                 "Council\n\nPrevention of armed conflict\n\nMeasures to eliminate international "
                 "terrorism\n\nLetter dated 3 March 2025 from the Permanent Representative of "
                 "Chile to the United Nations addressed to the Secretary-General\n\nI have the "
                 "honour to transmit herewith the statement of my Government on the matter.\n")
    assert kind.label == "doc/letter"


def test_a_resolution_symbol_with_no_resolution_printed_is_kept_as_a_generic_doc():
    text = MASTHEAD_EN.replace("A/79/999", "A/RES/79/999") + (
        "\nCorrections to the list of participants\n\nThe name of the delegate of Chile "
        "should read as follows.\n")
    tree = converter.convert(text, markup_date="2026-11-25")
    assert _type(tree) == "doc/document"
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert (top.tag.rsplit("}", 1)[1], top.get("name")) == ("doc", "document")


def test_numbered_paragraphs_under_a_masthead_with_no_title_make_a_generic_doc():
    kind = _kind(MASTHEAD_EN + "\nQuestion of Cyprus\n\n1. The Secretary-General has received "
                 "the following communication from the parties concerned.\n\n2. It is "
                 "circulated to the members of the General Assembly for their information.\n")
    assert kind.label == "doc/document"


def test_symbol_forms_and_modifiers():
    assert kind_of("verbatimRecord", "A/79/PV.64").label == "debate"
    corr = kind_of("corrigendum", "E/2025/68/Corr.1")
    assert (corr.label, corr.modifier, corr.parent) == ("doc/corrigendum", "corrigendum", "E/2025/68")
    rev = kind_of("report", "E/2025/15/Add.1/Rev.1")
    assert (rev.modifier, rev.parent) == ("revision", "E/2025/15/Add.1")
    joint = kind_of("letter", "A/ES-10/1042-S/2025/506")
    assert (joint.modifier, joint.parent) == (None, None)


def test_batch_manifest_gives_each_type_and_the_summary_counts_them(tmp_path):
    """Two letters, a report and a resolution: the manifest's type of each, then the
    summary's count per type."""
    import json
    import sys
    folder = tmp_path / "in"
    folder.mkdir()
    names = ["S_2025_15-EN.pdf", "S_2025_311-EN.pdf", "S_2025_450-EN.pdf", "S_RES_2770_(2025)-EN.pdf"]
    for name in names:
        (folder / name).symlink_to(corpus_file(f"pdf/{name}"))
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(folder), "-o",
                          str(tmp_path / "out"), "--workers", "1"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    lines = [json.loads(line) for line in (tmp_path / "out" / "manifest.jsonl").read_text().splitlines()]
    assert {e["path"].rsplit("/", 1)[-1]: e["type"] for e in lines} == \
        {name: EXPECTED[name][0] for name in names}
    assert "; types: doc/letter 2, doc/report 1, statement/resolution 1" in run.stderr


# -- a report's structure, as printed (pdftotext -layout of S/2025/54) ---------------------
# Each part: its numeral, and the number of the first paragraph printed under it.
S_2025_54_PARTS = [("I.", 1), ("II.", 2), ("III.", 24), ("IV.", 31), ("V.", 38), ("VI.", 88),
                   ("VII.", 92), ("VIII.", 96), ("IX.", 98)]
S_2025_54_SUBSECTIONS = [("A.", 38), ("B.", 47), ("C.", 58), ("D.", 68), ("E.", 73), ("F.", 82)]


def test_a_report_has_its_printed_parts_and_every_numbered_paragraph():
    tree = converted("pdf/S_2025_54-EN.pdf").tree
    body = tree.xpath("/a:akomaNtoso/a:doc/a:mainBody", namespaces=NS)[0]

    def first_num(part):
        return int(part.xpath(".//a:paragraph/a:num", namespaces=NS)[0].text.rstrip("."))

    sections = body.xpath("a:section", namespaces=NS)
    assert [(s.findtext("a:num", namespaces=NS), first_num(s)) for s in sections] == S_2025_54_PARTS
    subsections = sections[4].xpath("a:subsection", namespaces=NS)
    assert [(s.findtext("a:num", namespaces=NS), first_num(s)) for s in subsections] == \
        S_2025_54_SUBSECTIONS
    assert subsections[0].findtext("a:heading", namespaces=NS) == \
        "Supporting the implementation of the Revitalized Agreement and the peace process"
    numbers = [n.text for n in body.xpath(".//a:paragraph/a:num", namespaces=NS)]
    assert numbers == [f"{k}." for k in range(1, 108)]       # 1. … 107., in order
    assert tree.xpath("string(//a:preface//a:docTitle)", namespaces=NS) == "Situation in South Sudan"
    assert tree.xpath("string(//a:preface//a:docType)", namespaces=NS) == \
        "Report of the Secretary-General"


def test_lettered_parts_go_on_past_h_and_chapters_keep_their_word():
    """A/80/44 prints "H." then "I. Rapporteur on reprisals" (a letter, not a chapter) under
    chapter I; E/2025/44 prints "Chapter I" … "Chapter IV", each title on its own line."""
    tree = converted("pdf/A_80_44-EN.pdf").tree
    first = tree.xpath("/a:akomaNtoso/a:doc/a:mainBody/a:section[1]", namespaces=NS)[0]
    assert first.findtext("a:heading", namespaces=NS) == "Organizational and other matters"
    assert [s.findtext("a:num", namespaces=NS) for s in first.xpath("a:subsection", namespaces=NS)] \
        == [f"{c}." for c in "ABCDEFGHIJK"]
    tree = converted("pdf/E_2025_44-EN.pdf").tree
    chapters = tree.xpath("/a:akomaNtoso/a:doc/a:mainBody/a:section", namespaces=NS)
    assert [(c.findtext("a:num", namespaces=NS), c.get("eId")) for c in chapters] == \
        [(f"Chapter {n}", f"sec_{n}") for n in ("I", "II", "III", "IV")]
    assert [" ".join(c.findtext("a:heading", namespaces=NS).split()) for c in chapters] == [
        "Matters calling for action by the Economic and Social Council or brought to its attention",
        "Organization of the session",
        "Governance and institutional perspectives on advancing sustainable, inclusive, "
        "science- and evidence-based solutions for the Sustainable Development Goals",
        "Future work of the Committee"]


def test_a_report_whose_annex_is_only_its_title_is_valid_and_keeps_it():
    text = MASTHEAD_EN + ("\nSituation in the region\n\nReport of the Secretary-General\n\nI. Introduction\n\n"
                          "1. The present report is submitted pursuant to resolution 2729 (2024) of the "
                          "Security Council.\n\nAnnex\n\nMap of the region\n")
    tree = converter.convert(text, markup_date="2026-11-25")      # validated, words kept
    assert _type(tree) == "doc/report"
    annex = tree.xpath("//a:attachment/a:doc[@name='annex']", namespaces=NS)
    assert len(annex) == 1
    assert " ".join(annex[0].xpath(".//a:preface//text() | .//a:mainBody//text()",
                                   namespaces=NS)).split() == ["Annex", "Map", "of", "the", "region"]


def test_a_page_one_symbol_without_a_recognised_masthead_still_makes_a_un_document():
    text = "S/2025/999\n\nCredentials of the representative of Chile\n\nThe Secretary-General has the honour to report that he has received the credentials.\n"
    tree = converter.convert(text, markup_date="2026-11-25")
    assert _type(tree).startswith("doc/")


@pytest.mark.parametrize("name,titles", [
    # The annex lines each PDF prints (pdftotext -layout), in order.
    ("A_79_794-EN.pdf", ["Annex to the letter dated 17 February 2025 from the Permanent", "Enclosure"]),
    ("A_80_66-EN.pdf", ["Annex to the note verbale dated 18 February 2025 from the"]),
])
def test_annexes_and_enclosures_are_attachments(name, titles):
    tree = converted(f"pdf/{name}").tree
    # Annexes, and enclosures (nested in the annex that holds them), in document order.
    docs = tree.xpath("//a:attachment/a:doc[@name='annex' or @name='enclosure']", namespaces=NS)
    firsts = [" ".join(d.xpath("string((a:preface//a:p | a:mainBody//a:p)[1])", namespaces=NS).split())
              for d in docs]
    assert len(firsts) == len(titles)
    for first, title in zip(firsts, titles):
        assert first.startswith(title), (first, title)


# Text dumps of the PDFs (pdftotext -layout, what "save as text" gives) whose old
# masthead's two columns the text reader does not yet read apart.
TEXT_DUMP_UNREAD = {"TD_B_CN.4_36-EN.pdf"}


@pytest.mark.parametrize("name", sorted(set(EXPECTED) - TEXT_DUMP_UNREAD))
def test_a_text_dump_of_a_corpus_pdf_converts_to_the_pdfs_type(name):
    """The PDF-derived text path reads the same kinds: a valid document of the type the
    table gives for the PDF."""
    text = subprocess.run(["pdftotext", "-layout", str(corpus_file(f"pdf/{name}")), "-"],
                          capture_output=True, text=True, check=True).stdout
    tree = converter.convert(text, markup_date="2026-01-01")     # raises if invalid
    assert _type(tree) == EXPECTED[name][0]

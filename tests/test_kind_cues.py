"""What a document is, read from page 1 rather than guessed from its symbol: the kind
lines of the new kinds (amendments, lists of participants, reports without "Report of"),
the symbol read by its place whatever its series, and the doubts written where the
converter infers instead of reading (docs/markup.md, "Kinds and doubts").

The real documents are from ``../shared/corpus/annexes`` and ``../shared/corpus/unlabelled``;
every expected figure was read from their pages (pdftotext -layout)."""
from __future__ import annotations

import json
import subprocess
import sys
from functools import lru_cache

import pytest
from conftest import NS
from corpus import corpus_file
from pdfs import text_pdf

import converter
from converter import languages
from converter.extractor.layout.masthead import printed_symbol, read_masthead

SRC = "{urn:x-un-akn:source}"


@lru_cache(maxsize=None)
def converted(relative: str):
    return converter.convert(corpus_file(relative), markup_date="2026-12-06")


def source(tree):
    return tree.find(f".//{SRC}source")


def doubts(tree) -> dict[str, str]:
    return {d.about: d.why for d in converter.api.doubts(tree)}


def alias(tree, name: str) -> str | None:
    found = tree.xpath(f"//a:FRBRWork/a:FRBRalias[@name='{name}']/@value", namespaces=NS)
    return found[0] if found else None


# -- kind lines in six languages ------------------------------------------------------

@pytest.mark.parametrize("code, line, kind", [
    ("eng", "Russian Federation: amendment to the draft resolution contained in document S/2025/112", "amendment"),
    ("eng", "Albania, Australia and Japan: amendment to draft resolution A/C.3/80/L.2", "amendment"),
    ("fra", "Fédération de Russie : amendement au projet de résolution A/80/L.18", "amendment"),
    ("spa", "Federación de Rusia: enmienda al proyecto de resolución A/80/L.18", "amendment"),
    ("rus", "Российская Федерация: поправка к проекту резолюции A/80/L.18", "amendment"),
    ("eng", "List of Delegations to the 2025 United Nations Conference", "listOfParticipants"),
    ("fra", "Liste des participants", "listOfParticipants"),
    ("spa", "Lista de participantes", "listOfParticipants"),
    ("eng", "Biennial Report (19 April 2023-9 April 2025)", "report"),
    ("eng", "Progress report", "report"),
    ("eng", "UNOPS: Report on the implementation of the recommendations of the Board of Auditors", "report"),
    ("eng", "Annual report for 2024 of the Executive Director of UNICEF", "report"),
    ("eng", "Draft report", "report"),
    # Generic documents' kind lines (E/ICEF/2025/4, FCCC/SBSTA/2011/MISC.14, a JIU note).
    ("eng", "Management response to the evaluation report", "document"),
    ("eng", "Submission from the secretariat of the Global Terrestrial Observing System", "document"),
    ("eng", "Working paper submitted by the Chair", "document"),
    ("eng", "Review Highlights JIU/NOTE/2022/1/Rev.1", "document"),
    ("eng", "Agenda of the substantive session", "agenda"),
    # Not kind lines: a subject that merely mentions a report, a draft's own title.
    ("eng", "Follow-up to the report of the Commission on Population and Development", None),
    ("eng", "Safety and security of humanitarian personnel", None),
])
def test_kind_lines(code, line, kind):
    assert languages.get(code).kind_title(line) == kind


# -- the symbol by its place ------------------------------------------------------------

@pytest.mark.parametrize("printed, symbol", [
    ("GEGN.2/2025/36", "GEGN.2/2025/36"),
    ("TPNW/MSP/2025/11", "TPNW/MSP/2025/11"),
    ("CEB/2025/4", "CEB/2025/4"),
    ("DP-FPA/2025/1", "DP-FPA/2025/1"),
    ("ICCD/COP(8)/CST/INF.1", "ICCD/COP(8)/CST/INF.1"),
    ("A/80/15 (Part II)", "A/80/15 (Part II)"),
    ("E/2025/34 (Part I)-E/ICEF/2025/7 (Part I)", "E/2025/34 (Part I)-E/ICEF/2025/7 (Part I)"),
    ("A/79/963–S/2025/438", "A/79/963-S/2025/438"),           # an en dash between the two
    ("E/2025/26*-E/CN.5/2025/6*", "E/2025/26-E/CN.5/2025/6"),  # each with its note mark
    ("A/80/62*−E/2025/12*", "A/80/62-E/2025/12"),              # a minus sign between
    ("A./47/435", "A/47/435"),                                # a scan's speck
    ("Distr.: General", None),
    ("HIV/AIDS", None),
])
def test_printed_symbol(printed, symbol):
    assert printed_symbol(printed) == symbol


def test_a_joint_symbol_printed_on_two_lines_is_one():
    m = read_masthead(["United Nations", "E/2025/37", "E/ECE/1512", "Distr.: General"],
                      languages.get("eng"))
    assert m.symbol == "E/2025/37-E/ECE/1512"


def test_symbols_of_series_the_grammar_does_not_list_are_read_from_the_masthead():
    # Page 1 prints "GEGN.2/2025/36" at the top right, beside "Distr.: General".
    tree = converted("unlabelled/GEGN.2_2025_36.en.pdf")
    assert alias(tree, "symbol") == "GEGN.2/2025/36"
    assert source(tree).get("identity") == "printed" and "symbol" not in doubts(tree)


def test_a_symbol_printed_at_the_foot_of_page_1_is_read_with_a_doubt():
    # An older UNFCCC layout: no masthead; "FCCC/SBSTA/2011/MISC.14" over the job number.
    tree = converted("unlabelled/FCCC_SBSTA_2011_Misc.14.en.pdf")
    assert alias(tree, "symbol") == "FCCC/SBSTA/2011/MISC.14"
    assert "foot of page 1" in doubts(tree)["symbol"]
    body = "".join(tree.getroot().find(".//{*}mainBody").itertext())
    assert "FCCC/SBSTA/2011/MISC.14" not in body          # furniture, not a paragraph


# -- amendments ------------------------------------------------------------------------

def test_an_amendment_is_an_akn_amendment_naming_the_draft_it_amends():
    tree = converted("annexes/A_C.3_80_L.56.pdf")
    top = next(c for c in tree.getroot() if isinstance(c.tag, str))
    assert top.tag.endswith("}amendment") and source(tree).get("type") == "amendment"
    assert tree.xpath("//a:references/a:activeRef/@showAs", namespaces=NS) == ["A/C.3/80/L.2"]
    assert source(tree).get("parent") == "A/C.3/80/L.2"
    assert source(tree).get("modifier") == "amendment"
    doc_type = tree.xpath("//a:preface//a:docType", namespaces=NS)[0]
    assert "".join(doc_type.itertext()).startswith("Albania, Australia, Japan, Liechtenstein")
    # The draft's title, printed under the kind line, is the title.
    assert alias(tree, "title").startswith("Combating glorification of Nazism, neo-Nazism")
    content = tree.xpath("//a:amendmentBody/a:amendmentContent/a:p", namespaces=NS)
    assert [("".join(p.itertext()))[:40] for p in content] == [
        "After operative paragraph 3, insert a ne", "Notes with alarm that the Russian Federa"]
    assert not doubts(tree)


def test_an_amendment_keeps_its_notes():
    # A/80/L.19: "Russian Federation:* amendment to draft resolution A/80/L.18"; the
    # quoted paragraph calls note "**" (the Treaty Series reference).
    tree = converted("annexes/A_80_L.19.pdf")
    assert source(tree).get("parent") == "A/80/L.18"
    notes = tree.xpath("//a:authorialNote/@marker", namespaces=NS)
    assert sorted(notes) == ["*", "**"]
    quoted = tree.xpath("//a:amendmentContent//a:authorialNote[@marker='**']", namespaces=NS)
    assert quoted and "Treaty Series, vol. 2187" in "".join(quoted[0].itertext())


def test_security_council_amendments_read_their_sponsor_line_under_the_masthead():
    # S/2025/116: the sponsor line, in larger type at the masthead's left edge, over a
    # quoted paragraph set further in.
    tree = converted("unlabelled/S_2025_116.en.pdf")
    assert source(tree).get("type") == "amendment"
    assert source(tree).get("parent") == "S/2025/112"
    assert alias(tree, "title") == ("Denmark, France, Greece, Slovenia and United Kingdom of Great "
                                    "Britain and Northern Ireland: amendment to the draft resolution "
                                    "contained in document S/2025/112")


# -- the kind from the text, and doubts ---------------------------------------------------

def test_a_note_by_the_secretariat_with_an_inf_symbol_is_a_note():
    # A/AC.121/2025/INF/1 prints "Note by the Secretariat".
    assert source(converted("unlabelled/A_AC.121_2025_INF_1.en.pdf")).get("type") == "doc/note"


def test_a_kind_taken_from_the_symbol_alone_is_a_doubt():
    # A/CONF.230/2025/INF/1 prints "Information note for participants", no kind line.
    tree = converted("unlabelled/A_CONF.230_2025_INF_1.en.pdf")
    assert source(tree).get("type") == "doc/informationCircular"
    assert "symbol" in doubts(tree)["kind"]


def test_a_list_of_delegations_is_a_list_of_participants():
    tree = converted("unlabelled/A_CONF.230_2025_INF_2.en.pdf")
    assert source(tree).get("type") == "doc/listOfParticipants" and "kind" not in doubts(tree)


def test_a_document_without_kind_line_says_so():
    # DP/OPS/2025/2: a board's masthead, "Item 14 of the provisional agenda", then only its
    # subject, "Comprehensive response plan in response to the recommendations …".
    tree = converted("unlabelled/DP_OPS_2025_2.en.pdf")
    assert source(tree).get("type") == "doc/document"
    assert set(doubts(tree)) >= {"kind", "title"}
    assert alias(tree, "symbol") == "DP/OPS/2025/2"


def test_a_generic_kind_line_is_read_and_the_title_beside_it_doubted():
    # The JIU "Review Highlights" brochure: no masthead; its kind line "Review Highlights"
    # with the symbol beside it, no date of issue. The kind is read (no doubt); the
    # symbol, the date and the title (the line beside a kind line naming no subject) are
    # not read where a UN document prints them.
    tree = converted("unlabelled/JIU_NOTE_2022_1_Rev.1(review).en.pdf")
    assert source(tree).get("type") == "doc/document"
    assert set(doubts(tree)) == {"symbol", "date", "title"}
    assert alias(tree, "symbol") == "JIU/NOTE/2022/1/Rev.1"


def test_a_report_printed_in_parts_of_a_body_keeps_its_subject_as_title():
    # DP/FPA/2025/11: "UNITED NATIONS POPULATION FUND" over "Report on the structured
    # funding dialogue, 2024–2025": the body's name is no title.
    tree = converted("unlabelled/DP_FPA_2025_11.en.pdf")
    assert alias(tree, "title") == "Report on the structured funding dialogue, 2024–2025"
    assert source(tree).get("type") == "doc/report" and not doubts(tree)


def test_a_body_its_organ_and_session_over_the_kind_line_are_no_title():
    # E/ICEF/672 (Première partie), a 1980 scan: "FONDS DES NATIONS UNIES POUR L'ENFANCE /
    # Conseil d'administration / Session de 19Ô0" (its year misread by the OCR) printed
    # over "RAPPORT DU DIRECTEUR GENERAL SUR L'ETAT DES TRAVAUX*", a kind line naming its
    # own subject: the title is that line, not the body's block.
    tree = converted("unlabelled/E_ICEF_672(PartI).en.pdf")
    assert alias(tree, "title").rstrip("*") == "RAPPORT DU DIRECTEUR GENERAL SUR L'ETAT DES TRAVAUX"
    assert source(tree).get("type") == "doc/report"


@pytest.mark.parametrize("text, session", [
    ("FONDS DES NATIONS UNIES POUR L'ENFANCE Conseil d'administration Session de 19Ô0", True),
    ("United Nations Children's Fund Executive Board Annual session 2025", True),
    ("Executive Board Second regular session 2025", True),
    ("Junta Ejecutiva Período de sesiones anual de 2025", True),
    ("Conseil d'administration Session annuelle de 2025", True),
    ("Исполнительный совет Ежегодная сессия 2025 года", True),
    ("Organization of the work of the session", False),
    ("Sixty-fifth session", False),        # no year: the masthead's session, kept as it was
])
def test_a_session_heading_ends_with_a_session_of_a_year(text, session):
    from converter.model import Block
    from converter.structurer.analysis.outline import _session_heading
    assert _session_heading(Block(text, 1, 1)) is session


def test_an_official_records_cover_titles_the_body_and_its_report():
    tree = converted("unlabelled/E_2025_37.en.pdf")
    assert alias(tree, "symbol") == "E/2025/37-E/ECE/1512"
    assert alias(tree, "title") == "Economic Commission for Europe Biennial Report (19 April 2023-9 April 2025)"


def test_a_statement_needs_its_text_at_the_head():
    # E/2025/37 prints decisions of the Commission inside its chapters: a report, not a
    # statement, though the body holds "The Economic Commission for Europe decided".
    assert source(converted("unlabelled/E_2025_37.en.pdf")).get("type") == "doc/report"


def test_cli_prints_the_doubts_and_batch_strict_fails_them(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    # A page with a UN masthead's words and no kind line: its kind is in doubt.
    (src / "plain.pdf").write_bytes(text_pdf([
        "United Nations", "A/79/999", "Distr.: General", "3 March 2025", "Original: English",
        "", "Some subject of the document", "", "1. The text of the document goes on here."]))
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(src / "plain.pdf"),
                          "-o", str(tmp_path / "plain.xml")], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "doubt: the kind: page 1 prints no kind line" in run.stderr
    out = tmp_path / "out"
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(src), "-o", str(out),
                          "--workers", "1"], capture_output=True, text=True)
    assert run.returncode == 0 and "with doubts 1" in run.stderr, run.stderr
    line = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert line["status"] == "ok" and "kind" in line["doubts"]
    strict = tmp_path / "strict"
    run = subprocess.run([sys.executable, "-m", "converter", "batch", str(src), "-o", str(strict),
                          "--workers", "1", "--strict"], capture_output=True, text=True)
    assert run.returncode == 1
    line = json.loads((strict / "manifest.jsonl").read_text().splitlines()[0])
    assert line["status"] == "failed" and "in doubt (--strict): the kind" in line["error"]
    assert not (strict / "plain.xml").exists()


def test_an_error_page_saved_as_a_pdf_is_refused_in_plain_words():
    # S_2024_207.en.pdf holds the document system's page "The document you are looking
    # for does not exist in the Official Document System (ODS)".
    run = subprocess.run([sys.executable, "-m", "converter", "convert",
                          str(corpus_file("unlabelled/S_2024_207.en.pdf"))],
                         capture_output=True, text=True)
    assert run.returncode == 2 and run.stdout == ""
    assert run.stderr.strip() == ("error: S_2024_207.en.pdf: not a document: a page saying the "
                                  "document does not exist (a download that failed?); fetch it again")


def test_numbered_paragraphs_alone_make_no_statement_of_a_bare_text():
    # No masthead, no symbol, no formula: a policy brief's numbered findings.
    text = ("Policy brief on urban water\n\n1. Cities in arid regions lose a third of their water.\n\n"
            "2. Metering and repairs pay for themselves within five years.\n")
    with pytest.raises(converter.NotAUNDocument, match="no UN masthead or symbol"):
        converter.convert(text, language="eng")


def test_a_title_page_naming_the_united_nations_is_a_un_document():
    # "***.en.pdf": "Meeting report" / "United nations" / "leadership forUM" / "on cliMate
    # change" (small capitals in the text layer), no masthead, no symbol.
    tree = converted("unlabelled/***.en.pdf")
    assert source(tree).get("type") == "doc/report" and "kind" not in doubts(tree)
    assert alias(tree, "title").casefold() == "united nations leadership forum on climate change"
    assert source(tree).get("identity") == "provisional" and "symbol" in doubts(tree)


def test_a_scan_whose_ocr_layer_reads_no_masthead_is_refused_saying_it_is_a_scan():
    # E/CN.4/149 (1948): a scanned page whose old OCR layer reads "s/ou/na" for the
    # symbol and "17 June 19^8" for the date (pdftotext): refused, naming the scan.
    from converter.errors import NotAUNDocument
    with pytest.raises(NotAUNDocument) as refused:
        converted("unlabelled/E_CN.4_149.en.pdf")
    message = str(refused.value)
    assert message.startswith("E_CN.4_149.en.pdf: not a UN document")
    assert "page 1 is a scan" in message and "--ocr" in message
    assert "\n" not in message

"""References: every UN symbol a text cites becomes a ``ref`` to the UN's document address in
the document's language; a cited resolution whose adoption date is printed beside it gets a
``TLCReference`` with its Work IRI; a link that contradicts its context is kept and warned
about; a ref never wraps the punctuation around a reference.

Expected symbols, counts and dates are read from the PDFs (``pdftotext -layout``) at test
time or, for the hand-written cases, from the sentences themselves."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys
from functools import lru_cache

import pytest
from conftest import NS, SAMPLE
from corpus import corpus_file
from test_corpus import converted

from converter import languages
from converter.citations import ShortCitations, full_symbols
from converter.structurer.writing.cited import resolution_work

SRC = "urn:x-un-akn:source"


def xp(tree, path):
    return tree.xpath(path, namespaces={**NS, "src": SRC})


def tree_of(relative: str):
    result = converted(relative)
    assert result.problems == [], result.problems
    return result.tree


@lru_cache(maxsize=None)
def pdf_text(relative: str) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed to read the PDFs"
    out = subprocess.run(["pdftotext", "-layout", str(corpus_file(relative)), "-"],
                         capture_output=True, text=True, check=True)
    return out.stdout


def printed_count(relative: str, symbol: str) -> int:
    """How often the PDF prints ``symbol`` (not as the start of a longer symbol)."""
    body = r"\s*".join(re.escape(part) for part in symbol.split(" "))
    return len(re.findall(rf"(?<![\w/.]){body}(?![\w/]|\.\d)", pdf_text(relative)))


def refs(tree) -> list:
    return xp(tree, "//a:ref")


def ref_text(ref) -> str:
    return "".join(ref.itertext())


# -- the symbol grammar -------------------------------------------------------------------

ENGLISH = languages.get("eng")


@pytest.mark.parametrize("printed", [
    "A/RES/70/1", "A/76/53", "S/RES/2772 (2025)", "E/2025/43", "A/HRC/RES/47/9",
    "A/CONF.157/24 (Part I)", "A/C.3/77/L.6", "A/79/PV.64", "E/2025/68/Corr.1",
    "E/2025/15/Add.1/Rev.1", "A/C.4/52/SR.9", "A/HRC/WG.6/34/ITA/3", "A/ES-10/1042",
    "E/CN.6/2025/NGO/125", "UNW/2025/2", "ST/IC/2025/1", "TD/B/CN.4/36", "S/PRST/2018/19",
    "CEDAW/C/CAF/CO/6-7"])
def test_symbol_grammar_reads_every_series_and_part(printed):
    text = f"See the report ({printed}), para. 4."
    found = full_symbols(text)
    assert [(text[c.start:c.end], c.symbol) for c in found] == [(printed, printed)]


def test_a_joint_symbol_is_two_symbols():
    text = "letter (A/79/973-S/2025/450)."
    assert [c.symbol for c in full_symbols(text)] == ["A/79/973", "S/2025/450"]


def test_parts_printed_after_a_symbol_are_that_document_s():
    text = "(A/52/364 and Add.1); E/2025/15/Add.1, Add.2 et Add.3; A/C.4/52/L.4 and Rev.1."
    assert [(text[c.start:c.end], c.symbol) for c in full_symbols(text)] == [
        ("A/52/364", "A/52/364"), ("Add.1", "A/52/364/Add.1"),
        ("E/2025/15/Add.1", "E/2025/15/Add.1"), ("Add.2", "E/2025/15/Add.2"),
        ("Add.3", "E/2025/15/Add.3"), ("A/C.4/52/L.4", "A/C.4/52/L.4"),
        ("Rev.1", "A/C.4/52/L.4/Rev.1")]


@pytest.mark.parametrize("text", [
    "On 25/10 the meeting resumed; see pages 10/12 and a ratio of 3/4, 24/7 service.",
    "HIV/AIDS, UNDP/UNFPA/UNOPS, and/or SPLM/A-IO, AFC/M23, the A/B test, ST/SGB.",
    "Paragraph 70/1 of the report, the 2020/12 budget line.",
])
def test_what_is_no_symbol_is_no_citation(text):
    assert full_symbols(text) == []
    assert ShortCitations(ENGLISH, "un-ga").find(text) == []


# -- short numbers: the series from the organ printed beside them, six languages ----------

@pytest.mark.parametrize("code, text, number, symbol, date", [
    ("eng", "Recalling Human Rights Council resolution 47/9 of 12 July 2021,",
     "47/9", "A/HRC/RES/47/9", "2021-07-12"),
    ("eng", "Recalling its resolution 70/1 of 25 September 2015,",
     "70/1", "A/RES/70/1", "2015-09-25"),
    ("eng", "the Human Rights Council, in its resolution 33/25, decided",
     "33/25", "A/HRC/RES/33/25", None),
    ("eng", "Economic and Social Council resolution 2020/12 of 17 July 2020",
     "2020/12", "E/RES/2020/12", "2020-07-17"),
    ("eng", "pursuant to resolution 1591 (2005), the Committee",
     "1591 (2005)", "S/RES/1591 (2005)", None),
    ("eng", "the Universal Declaration of Human Rights, resolution 217 A (III).",
     "217 A (III)", "A/RES/217 (III)", None),
    ("fra", "la résolution 47/9 du Conseil des droits de l’homme en date du 12 juillet 2021",
     "47/9", "A/HRC/RES/47/9", "2021-07-12"),
    ("fra", "Rappelant sa résolution 75/180 du 16 décembre 2020,",
     "75/180", "A/RES/75/180", "2020-12-16"),
    ("spa", "Recordando la resolución 47/9 del Consejo de Derechos Humanos, de 12 de julio de 2021,",
     "47/9", "A/HRC/RES/47/9", "2021-07-12"),
    ("rus", "ссылаясь на резолюцию 47/9 Совета по правам человека от 12 июля 2021 года,",
     "47/9", "A/HRC/RES/47/9", "2021-07-12"),
    ("rus", "резолюцию 2772 (2025) Совета Безопасности", "2772 (2025)", "S/RES/2772 (2025)", None),
    ("rus", "резолюции 1325/2000 Совета Безопасности", "1325/2000", "S/RES/1325 (2000)", None),
    ("ara", "وإذ يشير إلى قرار مجلس حقوق الإنسان 47/9،", "47/9", "A/HRC/RES/47/9", None),
    ("ara", "قرار الجمعية العامة 70/1 المؤرخ 25 أيلول/سبتمبر 2015", "70/1", "A/RES/70/1",
     "2015-09-25"),
    ("zho", "回顾人权理事会2021年7月12日第47/9号决议，", "47/9", "A/HRC/RES/47/9", "2021-07-12"),
    ("zho", "又回顾大会第70/1号决议，", "70/1", "A/RES/70/1", None),
    ("zho", "安全理事会第2772（2025）号决议", "2772（2025）", "S/RES/2772 (2025)", None),
    ("ara", "وإذ تذكر بقرارها 75/180،", "75/180", "A/RES/75/180", None),
])
def test_short_number_series_and_date_in_six_languages(code, text, number, symbol, date):
    found = ShortCitations(languages.get(code), "un-ga").find(text)
    assert [(text[c.start:c.end], c.symbol, c.date) for c in found] == [(number, symbol, date)]


def test_a_list_of_numbers_shares_the_organ_printed_after_it():
    text = "les résolutions 70/1 et 71/2 de l’Assemblée générale et 5/1"
    found = ShortCitations(languages.get("fra"), "un-hrc").find(text)
    assert [c.symbol for c in found] == ["A/RES/70/1", "A/RES/71/2"]


def test_a_year_numbered_resolution_is_not_guessed_without_its_organ():
    # The Sub-Commission's resolution 2000/22 (the user's sample): ECOSOC's own numbering is
    # shared by its commissions, so no series is guessed outside ECOSOC's texts.
    text = "la Sous-Commission a adopté la résolution 2000/22 du 18 août 2000"
    assert ShortCitations(languages.get("fra"), "un-ga").find(text) == []


@pytest.mark.parametrize("code, citing, text", [
    ("eng", "A/80/1", "Commission on the Status of Women resolution 60/2 and"),
    ("eng", "A/80/1", "resolution 60/2 of the Commission on the Status of Women"),
    ("fra", "A/80/1", "la résolution 60/2 de la Commission de la condition de la femme"),
    ("rus", "A/80/1", "резолюция 60/2 Комиссии по положению женщин"),
    ("eng", "E/CN.6/2025/9", "recalling its resolution 60/2,"),
])
def test_another_body_s_resolution_is_not_guessed(code, citing, text):
    assert ShortCitations(languages.get(code), "un-ga", citing).find(text) == []


def test_a_bare_council_is_the_citing_council():
    text = "in accordance with Council resolution 33/25, the Expert Mechanism"
    found = ShortCitations(ENGLISH, "un-ga", "A/HRC/EMRIP/2025/1").find(text)
    assert [c.symbol for c in found] == ["A/HRC/RES/33/25"]


def test_a_number_of_the_wrong_shape_for_the_organ_is_not_guessed():
    # E/C.2/2025/2/Add.3 (an ECOSOC committee) prints "Council resolution 40/14": the
    # Economic and Social Council numbers by year, so 40/14 is not its own.
    text = "on the implementation of Council resolution 40/14, as well as"
    assert ShortCitations(ENGLISH, "un-ecosoc", "E/C.2/2025/2/Add.3").find(text) == []


def test_a_bare_assembly_is_the_general_assembly():
    # A/HRC/59/L.17: "… and Assembly resolution 76/300 of 28 July 2022"
    text = "and Assembly resolution 76/300 of 28 July 2022,"
    found = ShortCitations(ENGLISH, "un-hrc", "A/HRC/59/L.17").find(text)
    assert [(c.symbol, c.date) for c in found] == [("A/RES/76/300", "2022-07-28")]


def test_work_iri_follows_the_frbr_pattern():
    assert resolution_work("A/RES/70/1", "2015-09-25") == \
        "/akn/un/statement/deliberation/un-ga/2015-09-25/A-RES-70-1"
    assert resolution_work("S/RES/1325 (2000)", "2000-10-31") == \
        "/akn/un/statement/deliberation/un-sc/2000-10-31/S-RES-1325_(2000)"
    assert resolution_work("A/76/53", "2021-01-01") is None     # not a resolution


# -- real documents ------------------------------------------------------------------------

A52 = "pdf/A_52_613-EN.pdf"


@pytest.mark.parametrize("symbol", ["A/C.4/52/L.4", "A/C.4/52/SR.9", "A/C.4/52/2",
                                    "A/52/303", "A/AC.109/2094", "A/52/6/Rev.1"])
def test_report_cites_symbols_in_body_notes_and_headings(symbol):
    """A/52/613 (1997) carries no PDF links: each symbol it prints is a ref to its address."""
    tree = tree_of(A52)
    href = f"https://undocs.org/en/{symbol}"
    cited = [r for r in refs(tree) if r.get("href") == href]
    assert len([r for r in cited if ref_text(r) == symbol]) == printed_count(A52, symbol) > 0
    # A range or list prints a document by its last number only: "A/C.4/52/SR.3-7 and 9".
    assert {ref_text(r) for r in cited} <= {symbol, re.split(r"[./]", symbol)[-1]}


A53 = "pdf/A_53_601-EN.pdf"
EMRIP = "pdf/A_HRC_EMRIP_2025_1-EN.pdf"


def test_report_notes_hold_refs():
    """A/HRC/EMRIP/2025/1's notes 2-4 print "See A/HRC/57/64, para. 99.",
    "A/HRC/EMRIP/2025/2." and "A/HRC/EMRIP/2025/3." (pdftotext), with no PDF link."""
    targets = " ".join(pdf_link_targets(EMRIP))
    tree = tree_of(EMRIP)
    for marker, symbol in (("2", "A/HRC/57/64"), ("3", "A/HRC/EMRIP/2025/2"),
                           ("4", "A/HRC/EMRIP/2025/3")):
        assert symbol in pdf_text(EMRIP) and symbol not in targets
        note_refs = xp(tree, f"//a:authorialNote[@marker='{marker}']//a:ref")
        assert [(ref_text(r), r.get("href")) for r in note_refs] == \
            [(symbol, f"https://undocs.org/en/{symbol}")]
        assert note_refs[0].tail.startswith((".", ", para. 99."))


def test_body_symbols_with_a_part_and_a_dated_old_number():
    """A/53/601 prints "A/53/23 (Part IV)" four times (once across a line break) and
    "resolution 1970 (XVIII) of 16 December 1963"."""
    tree = tree_of(A53)
    part_iv = [r for r in refs(tree) if r.get("href") == "https://undocs.org/en/A/53/23(PartIV)"]
    assert len(part_iv) == printed_count(A53, "A/53/23 (Part IV)") == 4
    assert {ref_text(r) for r in part_iv} == {"A/53/23 (Part IV)"}
    assert xp(tree, "//a:TLCReference[@showAs='A/RES/1970 (XVIII)']/@href") == \
        ["/akn/un/statement/deliberation/un-ga/1963-12-16/A-RES-1970_(XVIII)"]


def test_a_human_rights_council_text_cites_the_council_s_resolutions():
    """A/HRC/EMRIP/2025/1 prints "its resolution 33/25" (the Council's): the series comes
    from the document's own symbol."""
    tree = tree_of(EMRIP)
    cited = [r for r in refs(tree) if ref_text(r) == "33/25"]
    assert len(cited) == printed_count(EMRIP, "33/25") > 0
    assert {r.get("href") for r in cited} == {"https://undocs.org/en/A/HRC/RES/33/25"}


RU = "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf"


def test_russian_council_report_cites_its_resolutions_and_the_security_council_s():
    """A/HRC/WG.6/34/ITA/3 (Russian) prints "резолюций 5/1 и 16/21" (the Council's own, in
    the genitive plural) and "резолюции 1325/2000 Совета Безопасности"."""
    text = re.sub(r"\s+", " ", pdf_text(RU))
    assert "резолюций 5/1 и 16/21" in text and "резолюции 1325/2000 Совета Безопасности" in text
    tree = tree_of(RU)
    hrefs = {ref_text(r): r.get("href") for r in refs(tree)}
    assert hrefs["5/1"] == "https://undocs.org/ru/A/HRC/RES/5/1"
    assert hrefs["16/21"] == "https://undocs.org/ru/A/HRC/RES/16/21"
    assert hrefs["1325/2000"] == "https://undocs.org/ru/S/RES/1325(2000)"


RES_73_8 = "pdf/A_RES_73_8-EN.pdf"


def test_dated_resolutions_get_their_work_iri():
    """A/RES/73/8 recalls "its resolutions 47/19 of 24 November 1992, 48/16 of …": each
    gets a TLCReference with the Work IRI, which its ref names."""
    months = ["january", "february", "march", "april", "may", "june", "july", "august",
              "september", "october", "november", "december"]
    text = re.sub(r"\s+", " ", pdf_text(RES_73_8))
    numbers = set(re.findall(r"(\d{2}/\d{1,2}) of \d", text))
    # a page break may stand inside a date: those read whole here are checked to the day
    printed = re.findall(r"(\d{2}/\d{1,2}) of (\d{1,2}) (\w+) (\d{4})", text)
    assert len(numbers) == 26 and len(printed) >= 20
    expected = {f"/akn/un/statement/deliberation/un-ga/{y}-{months.index(m.lower()) + 1:02d}-"
                f"{int(d):02d}/A-RES-{n.replace('/', '-')}" for n, d, m, y in printed}
    tree = tree_of(RES_73_8)
    tlcs = xp(tree, "//a:references/a:TLCReference")
    assert {t.get("showAs") for t in tlcs} == {f"A/RES/{n}" for n in numbers}
    assert expected <= {t.get("href") for t in tlcs}
    assert all(t.get("name") == "resolution" for t in tlcs)
    first = next(t for t in tlcs if t.get("showAs") == "A/RES/47/19")
    assert first.get("href") == "/akn/un/statement/deliberation/un-ga/1992-11-24/A-RES-47-19"
    named = [r for r in refs(tree) if r.get("refersTo") == f"#{first.get('eId')}"]
    # printed twice: with its date (preamble) and again in the list of paragraph 1
    assert [ref_text(r) for r in named] == ["47/19"] * printed_count(RES_73_8, "47/19")


def test_sample_contradicting_link_is_kept_and_warned(sample_tree):
    tree = sample_tree
    link = [r for r in refs(tree) if ref_text(r) == "47/9"]
    assert len(link) == 1
    assert link[0].get("href") == "https://undocs.org/fr/A/RES/47/9"      # as printed
    warnings = [w.text for w in xp(tree, "//src:warning")]
    assert f"{link[0].get('eId')}: the link points to A/RES/47/9 but the text cites " \
           "A/HRC/RES/47/9 (link kept as printed)" in warnings
    # "en date du 12 juillet 2021": the Council's resolution, dated, in references.
    tlc = xp(tree, "//a:TLCReference[@showAs='A/HRC/RES/47/9']")
    assert [t.get("href") for t in tlc] == \
        ["/akn/un/statement/deliberation/un-hrc/2021-07-12/A-HRC-RES-47-9"]
    assert link[0].get("refersTo") == f"#{tlc[0].get('eId')}"
    # the TLCReferences are the only TLCs of the cited resolutions, their eIds unique
    assert not xp(tree, "//a:references/*[local-name() != 'TLCReference'][contains(@eId, 'RES')]")
    assert not [w for w in warnings if "eIds made unique" in w]
    # "sa résolution 70/1 du 25 septembre 2015"
    assert xp(tree, "//a:TLCReference[@showAs='A/RES/70/1']/@href") == \
        ["/akn/un/statement/deliberation/un-ga/2015-09-25/A-RES-70-1"]


def test_sample_warning_is_printed_by_the_cli(tmp_path):
    out = subprocess.run([sys.executable, "-m", "converter", "convert", str(SAMPLE), "-o",
                          str(tmp_path / "out.xml")], capture_output=True, text=True)
    assert out.returncode == 0
    lines = [l for l in out.stderr.splitlines() if "link points to" in l]
    assert len(lines) == 1 and "A/HRC/RES/47/9" in lines[0] and "A/RES/47/9" in lines[0]


SC_2772 = "pdf/S_RES_2772_(2025)-EN.pdf"


def test_link_rectangle_punctuation_stays_outside_the_ref():
    """S/RES/2772 (2025) links "1591 (2005)," with its comma, "(S/PRST/2018/19)" with its
    brackets: the refs wrap the references alone."""
    tree = tree_of(SC_2772)
    cited = [r for r in refs(tree) if ref_text(r) == "1591 (2005)"]
    assert len(cited) == printed_count(SC_2772, "1591 (2005)") == 3
    assert cited[0].tail.startswith(", 1651") or cited[0].tail == ", "
    for r in refs(tree):
        assert not re.search(r"^[\s(,;.]|[\s,;.]$", ref_text(r)), ref_text(r)
    prst = [r for r in refs(tree) if ref_text(r) == "S/PRST/2018/19"]
    assert len(prst) == 1 and prst[0].tail.startswith("),")
    # the document's own number in its heading is not a citation
    assert not [r for r in refs(tree) if "2772" in ref_text(r)]


def test_markup_doc_excerpts_are_the_converter_s_output():
    """docs/markup.md's References excerpts (A/53/601, A/HRC/EMRIP/2025/1) are what the
    converter writes."""
    from conftest import ROOT
    from lxml import etree
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("## References (cited UN documents)", 1)[1].split("\n## ", 1)[0]
    excerpts = [e.split("```", 1)[0] for e in section.split("```xml")[1:]]
    assert len(excerpts) == 3
    for relative, excerpt in zip((A53, EMRIP, A53), excerpts):
        written = etree.tostring(tree_of(relative), encoding="unicode")
        lines = [l.strip() for l in excerpt.splitlines()
                 if l.strip().startswith(("<p ", "<TLCReference", "<authorialNote",
                                          "<implicitReference"))]
        assert len(lines) >= 2
        for line in lines:
            for piece in line.split("…"):
                piece = piece.strip()
                if piece.startswith("<p ") and piece.endswith(">") is False:
                    piece = piece.split(">", 1)[0] + ">"       # the p's start tag
                assert piece in written, piece


def pdf_link_targets(relative: str) -> list[str]:
    """The URIs of the PDF's link annotations (read with pdfminer, not the converter)."""
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import resolve1
    uris = []
    with open(corpus_file(relative), "rb") as f:
        for page in PDFPage.create_pages(PDFDocument(PDFParser(f))):
            for annot in resolve1(page.annots) or []:
                action = resolve1(resolve1(annot).get("A"))
                uri = resolve1(action.get("URI")) if isinstance(action, dict) else None
                if uri:
                    uris.append(uri.decode() if isinstance(uri, bytes) else str(uri))
    return uris


L22 = "pdf/E_2025_L.22-EN.pdf"


def test_link_to_another_symbol_than_printed_is_kept_and_warned():
    """E/2025/L.22's note prints "E/2025/76." but its link goes to E/2024/63."""
    assert "E/2025/76" in pdf_text(L22)
    targets = pdf_link_targets(L22)
    assert any(t.endswith("/E/2024/63") for t in targets)
    assert not any("E/2025/76" in t for t in targets)
    tree = tree_of(L22)
    ref = [r for r in refs(tree) if ref_text(r) == "E/2025/76"]
    assert len(ref) == 1 and ref[0].get("href").endswith("/E/2024/63")
    warnings = [w.text for w in xp(tree, "//src:warning")]
    assert f"{ref[0].get('eId')}: the link points to E/2024/63 but the text prints E/2025/76 " \
           "(link kept as printed)" in warnings


AC51 = "pdf/E_AC.51_2025_4-EN.pdf"


def test_a_joint_symbol_s_second_part_linked_to_its_first_is_no_contradiction():
    """E/AC.51/2025/4 prints joint symbols cut after their hyphen in a table ("E/2025/24-" /
    "E/CN.3/2025/37"), each part linked to the first symbol: nothing to warn about."""
    assert re.search(r"E/2025/24-\s+.*\n.*E/CN\.3/2025/37", pdf_text(AC51))
    tree = tree_of(AC51)
    # In the table read whole, the cell holds both parts: one ref ("E/2025/24- E/CN.3/…")
    # or the second part alone, linked to the first either way.
    second = [r for r in refs(tree) if ref_text(r).endswith("E/CN.3/2025/37")]
    assert second and all(r.get("href").endswith("/E/2025/24") for r in second)
    assert not [w.text for w in xp(tree, "//src:warning") if "link points" in w.text]


# -- ranges and lists of symbols -----------------------------------------------------------

def test_a_range_and_a_list_of_symbols_link_each_printed_number():
    from converter.citations import full_symbols
    text = "(see A/C.4/52/SR.3-7 and 9). The Special Committee (A/AC.109/2071, 2072, 2074-2078,"
    found = [(text[c.start:c.end], c.symbol, c.implied) for c in full_symbols(text)]
    assert found == [
        ("A/C.4/52/SR.3", "A/C.4/52/SR.3", ()),
        ("7", "A/C.4/52/SR.7", ("A/C.4/52/SR.4", "A/C.4/52/SR.5", "A/C.4/52/SR.6")),
        ("9", "A/C.4/52/SR.9", ()),
        ("A/AC.109/2071", "A/AC.109/2071", ()), ("2072", "A/AC.109/2072", ()),
        ("2074", "A/AC.109/2074", ()),
        ("2078", "A/AC.109/2078", ("A/AC.109/2075", "A/AC.109/2076", "A/AC.109/2077"))]


def test_numbers_after_a_symbol_that_are_no_documents():
    from converter.citations import full_symbols
    for text in ("E/CN.6/2025/12, 13 March 2025", "A/RES/70/1, 25 September 2015",
                 "E/2025/43, 2025 session", "A/79/973-S/2025/450", "S/2025/450, 451 pages",
                 "A/52/613-2000"):
        symbols = [c.symbol for c in full_symbols(text)]
        assert all(text.count(s) for s in symbols), (text, symbols)


def test_a_range_in_a_report_implies_the_documents_between():
    """A/53/601 page 1: "(see A/C.4/53/SR.3–6)": SR.3 and SR.6 printed, SR.4 and SR.5
    implied."""
    tree = tree_of(A53)
    ranged = [r for r in refs(tree) if ref_text(r) == "6"]
    assert [r.get("href") for r in ranged] == ["https://undocs.org/en/A/C.4/53/SR.6"]
    assert ranged[0].getprevious().get("href") == "https://undocs.org/en/A/C.4/53/SR.3"
    implicit = xp(tree, "//a:analysis/a:otherReferences/a:implicitReference")
    assert [(i.get("showAs"), i.get("for")) for i in implicit] == [
        ("A/C.4/53/SR.4", f"#{ranged[0].get('eId')}"), ("A/C.4/53/SR.5", f"#{ranged[0].get('eId')}")]


@pytest.mark.parametrize("code, printed", [
    ("eng", "Recalling its resolutions 70/1 and Resolution 75/180"),
    ("fra", "Rappelant sa résolution 70/1 et ses Résolutions 75/180"),
    ("spa", "Recordando su resolución 70/1 y las Resoluciones 75/180"),
    ("rus", "ссылаясь на резолюцию 70/1 и Резолюциями 75/180"),
    ("ara", "وإذ يشير إلى قرارها 70/1 والقرارات 75/180"),
    ("zho", "回顾其第70/1号决议"),
])
def test_resolution_stem_is_in_every_resolution_word(code, printed):
    """find() skips a text without the language's stem: every printed form of the word
    must hold it (the forms as UN resolutions print them)."""
    from converter.citations import WORDS
    words = WORDS[code]
    found = [m.group(0) for m in re.finditer(words.resolution, printed)]
    assert found
    assert all(words.resolution_stem in word for word in found)

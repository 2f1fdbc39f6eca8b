"""One true identity per document (issue 11): a provisional identity when no symbol is
printed or given, never a date borrowed from a cited document; the actor follows the
symbol by one table, so the text path (--symbol) and the PDF path meet; language
versions of one document are one Work (``akn compare``); preambular paragraphs carry a
language-neutral name."""
from __future__ import annotations

import hashlib
import subprocess
import sys

import pytest
from conftest import NS, ROOT, SAMPLE
from corpus import corpus_file
from lxml import etree
from test_corpus import converted

import converter
from converter.organs import actor_of
from converter.structurer.analysis.preambular import GENERIC, preambular_name

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
SRC = "urn:x-un-akn:source"


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def source(tree):
    return tree.getroot().find(f".//{{{SRC}}}source")


def akn(*args):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True)


def pdftotext(path, last_page=1) -> str:
    return subprocess.run(["pdftotext", "-layout", "-l", str(last_page), str(path), "-"],
                          capture_output=True, text=True, check=True).stdout


# -- 1. no plausible but false Work IRI ------------------------------------------

@pytest.fixture(scope="module")
def provisional_tree():
    return converter.convert(SAMPLE, markup_date="2026-11-25")


def test_no_symbol_gives_a_provisional_identity(provisional_tree):
    tree = provisional_tree
    digest = hashlib.sha256(SAMPLE.read_bytes()).hexdigest()
    assert xp(tree, "//a:FRBRWork/a:FRBRnumber/@value") == [f"provisional-{digest[:12]}"]
    assert source(tree).get("provisional") == "true"
    assert source(tree).get("identity") == "provisional"
    assert xp(tree, "//a:FRBRWork/a:FRBRalias[@name='symbol']") == []
    # The same text given as a string: the same number (it is the content's, not the name's).
    again = converter.convert(SAMPLE.read_text(encoding="utf-8"), markup_date="2026-11-25")
    assert xp(again, "//a:FRBRWork/a:FRBRuri/@value") == xp(tree, "//a:FRBRWork/a:FRBRuri/@value")


def test_no_date_is_borrowed_from_a_cited_document(provisional_tree):
    tree = provisional_tree
    # The sample cites resolutions of 12 July 2021 and others, and prints no date of its own.
    cited = {d.get("date") for d in xp(tree, "//a:mainBody//a:date | //a:preamble//a:date")}
    assert "2021-07-12" in cited
    work_date = xp(tree, "//a:FRBRWork/a:FRBRdate")[0]
    assert (work_date.get("date"), work_date.get("name")) == ("2026-11-25", "conversion")
    uri = xp(tree, "//a:FRBRWork/a:FRBRuri/@value")[0]
    assert not any(date in uri for date in cited)
    assert "/2026-11-25/provisional-" in uri


def test_a_pdf_printing_no_date_is_dated_by_its_file_not_by_the_conversion():
    """A/80/44 (an Official Records volume) prints its symbol but no date; its PDF file says
    it was made on 30 June 2025 (pdfinfo: CreationDate Mon Jun 30 08:32:22 2025 UTC). The
    Work is dated by that, so converting it again another day gives the same Work IRI."""
    from converter.extractor.reading import creation_date
    tree = converted("pdf/A_80_44-EN.pdf").tree
    work_date = xp(tree, "//a:FRBRWork/a:FRBRdate")[0]
    assert (work_date.get("date"), work_date.get("name")) == ("2025-06-30", "fileCreation")
    assert xp(tree, "//a:FRBRWork/a:FRBRuri/@value")[0] == "/akn/un/doc/report/un-ga/2025-06-30/A-80-44"
    assert source(tree).get("identity") == "printed"
    assert creation_date(b"%PDF-1.4 not really a PDF") is None


def test_given_symbol_and_date_are_the_identity():
    tree = converter.convert(SAMPLE, symbol="A/C.3/77/L.6", date="2022-10-20",
                             markup_date="2026-11-25")
    assert source(tree).get("identity") == "given" and source(tree).get("provisional") is None
    date = xp(tree, "//a:FRBRWork/a:FRBRdate")[0]
    assert (date.get("date"), date.get("name")) == ("2022-10-20", "issuance")


def test_the_python_api_reports_the_identity(provisional_tree):
    ident = converter.api.identity(provisional_tree)
    assert ident.status == "provisional" and ident.provisional
    assert ident.work.split("/")[-1].startswith("provisional-")
    printed = converter.api.identity(converter.convert(SAMPLE_PDF, markup_date="2026-11-25"))
    assert (printed.status, printed.work.split("/")[-1]) == ("printed", "A-C.3-77-L.6")


def test_the_cli_says_so_in_one_line(tmp_path):
    run = akn("convert", SAMPLE, "-o", tmp_path / "out.xml")
    assert run.returncode == 0, run.stderr
    lines = [line for line in run.stderr.splitlines() if "provisional" in line]
    assert lines == ["warning: no document symbol printed: the identity is provisional "
                     "(FRBRnumber provisional-…); give the real one with --symbol"]


def test_a_printed_symbol_is_printed_identity():
    tree = converted("pdf/UNW_2025_2-EN.pdf").tree
    # pdftotext: "UNW/2025/2" on the masthead's first line, "11 April 2025" under it.
    head = pdftotext(corpus_file("pdf/UNW_2025_2-EN.pdf"))
    assert "UNW/2025/2" in head and "11 April 2025" in head
    assert source(tree).get("identity") == "printed"
    assert xp(tree, "//a:FRBRWork/a:FRBRuri/@value") == [
        "/akn/un/doc/report/unwomen-eb/2025-04-11/UNW-2025-2"]


# -- 2. the actor follows the symbol ------------------------------------------------

@pytest.mark.parametrize("symbol, actor", [
    ("A/80/150", "un-ga"), ("A/RES/78/323", "un-ga"), ("A/ES-10/1042", "un-ga"),
    ("A/C.1/80/L.1", "un-ga-c1"), ("A/C.3/77/L.6", "un-ga-c3"), ("A/C.6/79/L.2", "un-ga-c6"),
    ("A/HRC/59/L.17", "un-hrc"), ("A/HRC/RES/59/25", "un-hrc"),
    ("A/HRC/WG.6/7/ITA/1", "un-hrc-wg6"), ("A/HRC/EMRIP/2025/1", "un-hrc-emrip"),
    ("A/AC.109/2025/L.9", "un-ga-ac109"), ("A/AC.121/2025/INF/4", "un-ga-ac121"),
    ("A/CONF.243/2025/1/Add.1", "un-conf243"),
    ("S/2025/15", "un-sc"), ("S/RES/2768 (2025)", "un-sc"), ("S/PRST/2025/1", "un-sc"),
    ("E/2025/L.9", "un-ecosoc"), ("E/CN.5/2025/L.6", "un-ecosoc-cn5"),
    ("E/CN.6/2025/NGO/125", "un-ecosoc-cn6"), ("E/C.2/2025/2/Add.3", "un-ecosoc-c2"),
    ("E/AC.51/2025/4", "un-ecosoc-ac51"), ("E/ICEF/2025/L.13", "unicef-eb"),
    ("E/HLPF/2025/6", "un-ecosoc-hlpf"), ("DP/2025/23", "undp-eb"), ("DP/FPA/2025/1", "undp-eb"),
    ("UNW/2025/2", "unwomen-eb"), ("ST/IC/2025/1", "un-secretariat"),
    ("TD/B/CN.4/36", "unctad-tdb-cn4"), ("CEDAW/C/CAF/CO/6", "un-cedaw"),
    # A body the table does not name: an id from its symbol segment.
    ("A/AC.200/1", "un-ga-ac200"), ("E/CN.9/2030/1", "un-ecosoc-cn9"),
    ("XYZ/1", None),
])
def test_one_table_from_symbol_to_actor(symbol, actor):
    assert actor_of(symbol) == actor


# Corpus documents of every organ form: the actor of the Work is the table's for the
# symbol printed on page 1 (read with pdftotext), with its TLCOrganization.
ORGAN_FORMS = [
    ("pdf/A_AC.109_2025_L.9-EN.pdf", "A/AC.109/2025/L.9", "un-ga-ac109"),
    ("pdf/A_HRC_EMRIP_2025_1-EN.pdf", "A/HRC/EMRIP/2025/1", "un-hrc-emrip"),
    ("pdf/A_HRC_59_L.17-EN.pdf", "A/HRC/59/L.17", "un-hrc"),
    ("pdf/A_ES-10_1042-EN.pdf", "A/ES-10/1042", "un-ga"),
    ("pdf/E_CN.5_2025_L.6-EN.pdf", "E/CN.5/2025/L.6", "un-ecosoc-cn5"),
    ("pdf/E_AC.51_2025_4-EN.pdf", "E/AC.51/2025/4", "un-ecosoc-ac51"),
    ("pdf/E_ICEF_2025_L.13-EN.pdf", "E/ICEF/2025/L.13", "unicef-eb"),
    ("pdf/DP_2025_23-EN.pdf", "DP/2025/23", "undp-eb"),
    ("pdf/ST_IC_2025_1-EN.pdf", "ST/IC/2025/1", "un-secretariat"),
    ("pdf/UNW_2025_2-EN.pdf", "UNW/2025/2", "unwomen-eb"),
]


@pytest.mark.parametrize("relative, symbol, actor", ORGAN_FORMS,
                         ids=[r[0].split("/")[1] for r in ORGAN_FORMS])
def test_corpus_actor_follows_the_printed_symbol(relative, symbol, actor):
    assert symbol in pdftotext(corpus_file(relative))
    tree = converted(relative).tree
    assert xp(tree, "//a:FRBRWork/a:FRBRauthor/@href") == [f"#{actor}"]
    assert f"/{actor}/" in xp(tree, "//a:FRBRWork/a:FRBRuri/@value")[0]
    tlc = xp(tree, f"//a:references/a:TLCOrganization[@eId='{actor}']")
    assert len(tlc) == 1 and tlc[0].get("showAs") not in ("", actor)


def test_text_path_with_symbol_and_pdf_path_give_one_work():
    """The sample's PDF prints its masthead (A/C.3/77/L.6, 20 octobre 2022, Troisième
    Commission); the text is the same draft without it, given --symbol and --date."""
    head = pdftotext(SAMPLE_PDF)
    assert "A/C.3/77/L.6" in head and "20 octobre 2022" in head
    pdf = converter.convert(SAMPLE_PDF, markup_date="2026-11-25")
    text = converter.convert(SAMPLE, symbol="A/C.3/77/L.6", date="2022-10-20",
                             markup_date="2026-11-25")
    for path in ("//a:FRBRWork/a:FRBRthis/@value", "//a:FRBRWork/a:FRBRuri/@value",
                 "//a:FRBRWork/a:FRBRauthor/@href"):
        assert xp(text, path) == xp(pdf, path), path
    assert xp(pdf, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/un-ga-c3/2022-10-20/A-C.3-77-L.6/!main"]


# -- 3. language versions meet ------------------------------------------------------

PAIRS = [("pdf/A_HRC_WG.6_7_ITA_1-EN.pdf", "pdf/A_HRC_WG.6_7_ITA_1-FR.pdf",
          "A/HRC/WG.6/7/ITA/1", "2009-11-16"),
         ("pdf/A_HRC_WG.6_34_ITA_3-EN.pdf", "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf",
          "A/HRC/WG.6/34/ITA/3", "2019-08-14")]


def _numbered(tree) -> dict[str, str]:
    """eId -> num of the numbered paragraphs and parts of the body."""
    return {el.get("eId"): el.findtext("a:num", namespaces=NS)
            for el in xp(tree, "//a:mainBody//*[a:num][@eId]")}


@pytest.mark.parametrize("a, b, symbol, date", PAIRS, ids=["ITA_1 en-fr", "ITA_3 en-ru"])
def test_language_pair_is_one_work_with_two_expressions(a, b, symbol, date):
    for relative in (a, b):
        assert symbol in pdftotext(corpus_file(relative))     # both print the symbol
    ta, tb = converted(a).tree, converted(b).tree
    work = f"/akn/un/doc/report/un-hrc-wg6/{date}/{symbol.replace('/', '-')}"
    assert xp(ta, "//a:FRBRWork/a:FRBRuri/@value") == xp(tb, "//a:FRBRWork/a:FRBRuri/@value") \
        == [work]
    ea, eb = (xp(t, "//a:FRBRExpression/a:FRBRuri/@value")[0] for t in (ta, tb))
    assert ea != eb and ea.startswith(work + "/eng@") and eb.startswith(work + "/")


def test_ita_1_paragraphs_and_headings_align():
    """pdftotext: both versions print paragraphs 1-138 under parts I.-V. with the same
    letters and numbers, after a table of contents ("CONTENTS", "Table des matières")."""
    en, fr = (converted(r).tree for r in PAIRS[0][:2])
    for relative, heading in ((PAIRS[0][0], "CONTENTS"), (PAIRS[0][1], "Table des matières")):
        assert heading in pdftotext(corpus_file(relative), last_page=3)
    numbered_en, numbered_fr = _numbered(en), _numbered(fr)
    assert numbered_en == numbered_fr
    paragraphs = [n for e, n in numbered_en.items() if "para_" in e.rsplit("__", 1)[-1]]
    assert paragraphs[0] == "1." and paragraphs[-1] == "138." and len(paragraphs) == 138
    # The contents are front matter, in the preface after the title and the country's
    # name printed under it, in both; the body starts with part I.
    for tree, country in ((en, "Italy"), (fr, "Italie")):
        preface = xp(tree, "/a:akomaNtoso/a:doc/a:preface")[0]
        names = [(etree.QName(c).localname, c.get("name"), c.get("eId")) for c in preface]
        assert names == [("p", None, "preface__p_1"), ("p", None, "preface__p_2"),
                         ("container", "contents", "preface__container_1")]
        assert "".join(preface[1].itertext()) == country
        body = xp(tree, "/a:akomaNtoso/a:doc/a:mainBody")[0]
        assert body[0].get("eId") == "sec_I"


def test_ita_3_paragraphs_and_headings_align():
    """pdftotext: both versions print paragraphs 1-94 under the same parts."""
    en, ru = (converted(r).tree for r in PAIRS[1][:2])
    numbered_en, numbered_ru = _numbered(en), _numbered(ru)
    assert numbered_en == numbered_ru
    paragraphs = [n for e, n in numbered_en.items() if "para_" in e.rsplit("__", 1)[-1]]
    assert len(paragraphs) == 94 and paragraphs[-1] == "94."


def _write(tree, path):
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
    return path


# pdftotext: ITA/1 prints 138 numbered paragraphs, 5 unnumbered ones (the country's name,
# the four lettered subheadings a)-d) of III.B.1) and one note (on the title) in each
# version; ITA/3 94 numbered paragraphs and 169 endnotes plus the title's note.
@pytest.mark.parametrize("a, b, symbol, date, notes", [PAIRS[0] + (1,), PAIRS[1] + (170,)],
                         ids=["ITA_1 en-fr", "ITA_3 en-ru"])
def test_compare_the_corpus_pairs(tmp_path, a, b, symbol, date, notes):
    """Same Work, same structure: every paragraph, note and heading has the same eId in
    both versions (the PDFs print the same structure), and compare exits 0."""
    pa, pb = _write(converted(a).tree, tmp_path / "a.xml"), _write(converted(b).tree, tmp_path / "b.xml")
    run = akn("compare", pa, pb)
    lines = run.stdout.splitlines()
    assert lines[0].startswith(f"same Work: /akn/un/doc/report/un-hrc-wg6/{date}/")
    assert run.returncode == 0 and len(lines) == 2, lines
    assert lines[1].startswith("same structure: ")
    assert f" {notes} note{'s' if notes != 1 else ''}" in lines[1].split(",")


def test_compare_same_file_is_same_work_and_structure(tmp_path):
    path = _write(converted("pdf/A_HRC_59_L.17-EN.pdf").tree, tmp_path / "a.xml")
    run = akn("compare", path, path)
    assert run.returncode == 0, run.stdout
    assert run.stdout.splitlines()[0].startswith("same Work: /akn/un/statement/deliberation/un-hrc/")
    assert run.stdout.splitlines()[-1].startswith("same structure: ")


def test_compare_a_synthetic_pair_that_differs(tmp_path):
    """Version B lacks operative paragraph 3 and a note, and names a preambular
    paragraph otherwise: each difference is one line, by eId; exit 1."""
    a = converter.convert(SAMPLE, symbol="A/C.3/77/L.6", date="2022-10-20", markup_date="2026-11-25")
    b = converter.convert(SAMPLE, symbol="A/C.3/77/L.6", date="2022-10-20", markup_date="2026-11-25")
    para = xp(b, "//a:mainBody/a:paragraph[@eId='para_3']")[0]
    notes = [n.get("eId") for n in para.iter(f"{{{NS['a']}}}authorialNote")]
    para.getparent().remove(para)
    xp(b, "//a:preamble/a:container")[1].set("name", "noting")
    pa, pb = _write(a, tmp_path / "a.xml"), _write(b, tmp_path / "b.xml")
    run = akn("compare", pa, pb)
    assert run.returncode == 1
    lines = run.stdout.splitlines()
    assert lines[0] == ("same Work: /akn/un/statement/deliberation/un-ga-c3/2022-10-20/"
                        "A-C.3-77-L.6 (fra, fra)")
    assert "extra in A: paragraph para_3" in lines
    assert all(f"extra in A: note {n}" in lines for n in notes)
    assert "different name: paragraph preamble__p_2: A 'recalling', B 'noting'" in lines
    back = akn("compare", pb, pa)
    assert back.returncode == 1 and "missing in A: paragraph para_3" in back.stdout.splitlines()


def test_compare_different_works(tmp_path):
    a = _write(converted("pdf/A_HRC_59_L.17-EN.pdf").tree, tmp_path / "a.xml")
    b = _write(converted("pdf/E_CN.5_2025_L.6-EN.pdf").tree, tmp_path / "b.xml")
    run = akn("compare", a, b)
    assert run.returncode == 1
    assert run.stdout.splitlines()[0].startswith("different Works: A /akn/un/")


@pytest.mark.parametrize("content, reason", [
    (None, "cannot be read"),
    (b"<akomaNtoso", "not well-formed XML"),
    (b"<html/>", "not an Akoma Ntoso document"),
])
def test_compare_unusable_input(tmp_path, content, reason):
    good = _write(converter.convert(SAMPLE, markup_date="2026-11-25"), tmp_path / "good.xml")
    bad = tmp_path / "bad.xml"
    if content is not None:
        bad.write_bytes(content)
    run = akn("compare", bad, good)
    assert run.returncode == 2
    assert run.stdout == ""
    assert len(run.stderr.splitlines()) == 1
    assert run.stderr.startswith(f"error: {bad}: {reason}")


# -- 4. language-neutral preambular names -------------------------------------------

@pytest.mark.parametrize("text, language, name", [
    ("Recalling its resolution 70/1,", "eng", "recalling"),
    ("Rappelant également la Déclaration,", "fra", "recalling"),
    ("Recordando su resolución 70/1,", "spa", "recalling"),
    ("Ссылаясь на свою резолюцию 70/1,", "rus", "recalling"),
    ("إذ تشير إلى قرارها 70/1،", "ara", "recalling"),
    ("وإذ تشير كذلك إلى", "ara", "recalling"),
    ("回顾其第70/1号决议,", "zho", "recalling"),
    ("Reaffirming its commitment,", "eng", "reaffirming"),
    ("Réaffirmant sa volonté,", "fra", "reaffirming"),
    ("Вновь подтверждая,", "rus", "reaffirming"),
    ("Profondément préoccupée par", "fra", "concerned"),
    ("Taking note of the report,", "eng", "takingNote"),
    ("Considérant que", "fra", "considering"),
    ("Acogiendo con beneplácito", "spa", "welcoming"),
    ("Frobnicating the committee,", "eng", GENERIC),
])
def test_preambular_names_from_the_leading_words(text, language, name):
    assert preambular_name(text, language) == name


def test_sample_preamble_containers_keep_every_paragraph_and_its_eid(provisional_tree):
    """The sample prints 15 preambular paragraphs (pdftotext of its PDF); each is a
    container named by its participle, the paragraph inside keeping its eId."""
    containers = xp(provisional_tree, "//a:preamble/a:container")
    assert len(containers) == 15
    assert [c[0].get("eId") for c in containers] == [f"preamble__p_{i}" for i in range(1, 16)]
    assert all(len(c) == 1 and c.get("eId") is None for c in containers)
    names = [c.get("name") for c in containers]
    # "Réaffirmant", "Rappelant", "Rappelant également" open the first three (the PDF).
    assert names[:3] == ["reaffirming", "recalling", "recalling"]
    assert GENERIC not in names


def test_the_identity_excerpts_in_the_markup_doc_are_real_output(provisional_tree):
    """docs/markup.md, Identity: the sample's provisional FRBRWork, A/HRC/WG.6/34/ITA/3's
    endnote in Russian and A/HRC/59/L.17's preamble are what the converter writes (lines cut with "…" checked up to the cut)."""
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("## Identity", 1)[1].split("\n## ", 1)[0]
    excerpts = [e.strip().splitlines() for e in section.split("```xml")[1:]]
    excerpts = [[line.strip() for line in e[:e.index("```")]] for e in excerpts]
    written = {
        0: etree.tostring(provisional_tree, encoding="unicode"),
        3: etree.tostring(converted("pdf/A_HRC_WG.6_34_ITA_3-RU.pdf").tree, encoding="unicode"),
        4: etree.tostring(converted("pdf/A_HRC_59_L.17-EN.pdf").tree, encoding="unicode"),
    }
    for k, output in written.items():
        for line in excerpts[k]:
            if line.startswith(("<!--", "<src:source")):
                continue
            assert line.split("…")[0] in output, line


@pytest.mark.parametrize("symbol, actor", [
    ("ECE/TRANS/WP.29/2025/1", "un-ece"), ("ESCAP/81/23", "un-escap"),
    ("LC/CAL.3/2025/1", "un-eclac"), ("UNCTAD/SHIP/639", "unctad"),
    ("HSP/EB.2025/INF/6", "un-habitat"), ("FCCC/CP/2024/1", "unfccc"),
    ("SPLOS/33/4", "un-splos"), ("NPT/CONF.2026/PC.III/1", "npt"),
])
def test_a_regional_commission_or_treaty_series_is_a_printed_identity(symbol, actor):
    """Series beyond the principal organs' (the symbols E/AC.51/2025/4 cites: ESCAP/81/23,
    HSP/EB.2025/INF/6; regional commissions, treaty meetings) are read from the masthead
    as the document's symbol, never a provisional identity."""
    text = (f"United Nations\n{symbol}\nEconomic and Social Council\nDistr.: General\n"
            "2 January 2025\nOriginal: English\n\nReport of the Secretary-General\n\n"
            "1.    The present report is submitted pursuant to the request of the meeting.\n")
    tree = converter.convert(text, markup_date="2026-01-01")
    from converter.api import identity
    assert identity(tree).status == "printed"
    assert tree.xpath("string(//a:FRBRWork/a:FRBRnumber/@showAs)", namespaces=NS) == symbol
    assert tree.xpath("string(//a:FRBRWork/a:FRBRauthor/@href)", namespaces=NS) == f"#{actor}"

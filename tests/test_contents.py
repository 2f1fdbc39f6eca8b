"""Structure as printed (issue 19): a printed table of contents is a ``toc`` with one
``tocItem`` per entry (its level, number, title without the dot leaders, paragraph range,
page, and a link to the part it names), the summary box under the title is a container
of its own, both in the preface; language versions give the same eIds to every
structural element, and ``akn compare`` names the elements that differ.

Every expected figure is read from the PDFs (``pdftotext -layout``), not from the output."""
from __future__ import annotations

import re
import subprocess
import sys

import pytest
from conftest import NS, text
from corpus import corpus_file
from lxml import etree
from test_corpus import converted

import converter
from converter import compare, languages
from converter.model import Block
from converter.structurer.analysis.contents import is_heading, is_summary_heading, read_contents

ITA_1 = ("pdf/A_HRC_WG.6_7_ITA_1-EN.pdf", "pdf/A_HRC_WG.6_7_ITA_1-FR.pdf")
ITA_3 = ("pdf/A_HRC_WG.6_34_ITA_3-EN.pdf", "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf")
# A contents line starting with an entry's number ("II.", "A.", "10.", "a)").
_ENTRY_LINE = re.compile(r"^\s*(?:[IVX]+\.|[A-Z]\.|\d{1,2}\.|[a-z]\))\s+\S")


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def pdftotext(relative: str, first: int, last: int) -> str:
    return subprocess.run(["pdftotext", "-layout", "-f", str(first), "-l", str(last),
                           str(corpus_file(relative)), "-"],
                          capture_output=True, text=True, check=True).stdout


def words(el) -> str:
    return " ".join(text(el).split())


def entries(tree):
    return xp(tree, "//a:preface/a:container[@name='contents']/a:toc/a:tocItem")


def inline(item, name: str) -> str | None:
    found = item.find(f"a:inline[@name='{name}']", NS)
    return words(found) if found is not None else None


def title(item) -> str:
    """The entry's title: its text without its number and figures."""
    parts = [item.text or ""]
    for child in item:
        if child.get("name") not in ("num", "paragraphs", "page"):
            parts.append(text(child))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


# -- the contents of A/HRC/WG.6/7/ITA/1, in English and French ------------------------

@pytest.mark.parametrize("relative, pages", [(ITA_1[0], (2, 4)), (ITA_1[1], (2, 3))],
                         ids=["en", "fr"])
def test_one_toc_item_per_printed_entry(relative, pages):
    """Each line of the printed contents that starts with an entry's number is one entry
    (a wrapped title is no entry of its own): 45 in both versions."""
    printed = [l for l in pdftotext(relative, *pages).splitlines() if _ENTRY_LINE.match(l)]
    assert len(printed) == 45
    tree = converted(relative).tree
    items = entries(tree)
    assert len(items) == len(printed)
    assert [inline(i, "num") for i in items] == [l.split()[0] for l in printed]
    # Levels by numbering: I. 1, A. 2, 1. 3, a) 4; "I." after "H." is a letter.
    previous = None
    for item in items:
        num = inline(item, "num")
        roman = re.fullmatch(r"[IVX]+\.", num) and not (previous == "H." and num == "I.")
        level = 1 if roman else 4 if num.endswith(")") else 3 if num[0].isdigit() else 2
        assert item.get("level") == str(level), (num, title(item))
        previous = num if not num[0].isdigit() and not num.endswith(")") else previous
    assert items[10].get("level") == "2" and inline(items[10], "num") == "I."


def test_entries_read_as_printed_en():
    """pdftotext p. 2-4: "C. Legislative framework, popular sovereignty and concurrent /
    powers .... 7 6" (wrapped), "III. PROTECTION AND PROMOTION OF HUMAN RIGHTS IN ITALY
    46 - 111 11" (no leaders), "D. Promotion of international initiatives .... 128 - 138 24"
    (after "CONTENTS (continued)" on page 4)."""
    items = entries(converted(ITA_1[0]).tree)
    assert (title(items[4]), inline(items[4], "paragraphs"), inline(items[4], "page")) == \
        ("Legislative framework, popular sovereignty and concurrent powers", "7", "6")
    assert (inline(items[17], "num"), title(items[17]), inline(items[17], "paragraphs"),
            inline(items[17], "page")) == \
        ("III.", "PROTECTION AND PROMOTION OF HUMAN RIGHTS IN ITALY", "46 - 111", "11")
    assert (title(items[-1]), inline(items[-1], "paragraphs"), inline(items[-1], "page")) == \
        ("Promotion of international initiatives", "128 - 138", "24")
    assert not any("." * 3 in words(i) for i in items)          # no dot leaders


def test_entries_read_as_printed_fr():
    """pdftotext p. 2: "F. Le pouvoir judiciaire, l’indépendance des magistrats, le Conseil
    supérieur / de la magistrature .... 13−14 6", its figures in columns of their own."""
    items = entries(converted(ITA_1[1]).tree)
    assert (title(items[7]), inline(items[7], "paragraphs"), inline(items[7], "page")) == \
        ("Le pouvoir judiciaire, l’indépendance des magistrats, le Conseil supérieur de la "
         "magistrature", "13−14", "6")
    assert (inline(items[0], "num"), title(items[0]), inline(items[0], "paragraphs"),
            inline(items[0], "page")) == \
        ("I.", "Méthodologie et procédures de consultation", "1−2", "4")


def test_continuation_headings_and_column_labels_are_no_entries():
    """The English contents print "CONTENTS (continued)" and "Paragraphs Page" again on
    pages 3 and 4: page furniture, like a table's header printed again. The heading and
    the column labels of page 2 are the container's lines, before the toc."""
    printed = pdftotext(ITA_1[0], 2, 4)
    assert printed.count("CONTENTS (continued)") == 2 and printed.count("Paragraphs") == 3
    tree = converted(ITA_1[0]).tree
    assert converted(ITA_1[0]).problems == []          # valid, no word lost
    box = xp(tree, "//a:preface/a:container[@name='contents']")[0]
    assert [words(p) for p in box.findall("a:p", NS)] == ["CONTENTS", "Paragraphs Page"]
    assert not any("continued" in words(i) or "Paragraphs" in words(i) for i in entries(tree))
    assert "continued" not in words(tree.getroot())
    fr = xp(converted(ITA_1[1]).tree, "//a:preface/a:container[@name='contents']")[0]
    assert [words(p) for p in fr.findall("a:p", NS)] == ["Table des matières", "Paragraphes Page"]


@pytest.mark.parametrize("relative", ITA_1, ids=["en", "fr"])
def test_every_entry_links_to_the_part_it_names(relative):
    tree = converted(relative).tree
    eids = {el.get("eId"): el for el in tree.iter() if el.get("eId")}
    items = entries(tree)
    assert all(i.get("href", "").startswith("#") and i.get("href")[1:] in eids for i in items)
    hrefs = [i.get("href") for i in items]
    assert hrefs[:3] == ["#sec_I", "#sec_II", "#sec_II__subsec_A"]
    assert hrefs[10:12] == ["#sec_II__subsec_I", "#sec_II__subsec_I__dvs_1"]
    assert len(set(hrefs)) == len(hrefs)
    # A part's number and heading are the entry's.
    for item in items:
        target = eids[item.get("href")[1:]]
        num = target.find("a:num", NS)
        if num is not None:
            assert words(num) == inline(item, "num")
    # "a) Evolution of the Italian society" is printed under III.B.1 on a line of its own
    # in bold (TimesNewRomanPS-BoldMT, page 12) over paragraphs 53-55: a heading.
    target = eids[items[21].get("href")[1:]]
    assert etree.QName(target).localname == "hcontainer"
    assert target.get("eId").startswith("sec_III__subsec_B__dvs_1__")
    assert words(target.find("a:heading", NS)).endswith("Italian society" if "EN" in relative
                                                        else "société italienne")


# -- language versions ------------------------------------------------------------------

@pytest.mark.parametrize("pair", [ITA_1, ITA_3], ids=["ITA_1 en-fr", "ITA_3 en-ru"])
def test_language_versions_give_the_same_eids(pair):
    """Every structural element (parts, paragraphs, notes, lists, containers, contents
    entries, annexes) has the same eId in both versions, with the same level and link for
    a contents entry."""
    a, b = (compare.structure(converted(r).tree) for r in pair)
    assert set(a) == set(b)
    assert a == b
    kinds = {what for what, _ in a.values()}
    assert {"part", "paragraph", "note"} <= kinds
    if pair is ITA_1:
        assert sum(what == "contents entry" for what, _ in a.values()) == 45


def _write(tree, path):
    path.write_bytes(etree.tostring(tree, xml_declaration=True, encoding="utf-8"))
    return path


def akn(*args):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True)


def test_compare_names_the_elements_that_differ(tmp_path):
    """A broken French version: one contents entry removed, another linked elsewhere,
    the summary-like container renamed, a part removed. Each is one line; exit 1."""
    en = converted(ITA_1[0]).tree
    fr = etree.fromstring(etree.tostring(converted(ITA_1[1]).tree)).getroottree()
    items = entries(fr)
    gone, moved = items[4].get("eId"), items[5].get("eId")
    items[4].getparent().remove(items[4])
    items[5].set("href", "#sec_I")
    box = xp(fr, "//a:preface/a:container")[0]
    box.set("name", "summary")
    part = xp(fr, "//a:mainBody/a:section[@eId='sec_IV']/a:subsection[@eId='sec_IV__subsec_C']")[0]
    lost = [el.get("eId") for el in part.iter() if el.get("eId")]
    part.getparent().remove(part)
    run = akn("compare", _write(en, tmp_path / "en.xml"), _write(fr, tmp_path / "fr.xml"))
    lines = run.stdout.splitlines()
    assert run.returncode == 1, lines
    assert f"extra in A: contents entry {gone}" in lines
    assert f"different target: contents entry {moved}: A 'level 2, #sec_II__subsec_D', " \
           f"B 'level 2, #sec_I'" in lines
    assert f"different name: container {box.get('eId')}: A 'contents', B 'summary'" in lines
    assert "extra in A: part sec_IV__subsec_C" in lines
    assert "extra in A: paragraph sec_IV__subsec_C__para_118" in lines
    # (the part's own text, p and ref, is no structure)
    assert len(lines) == 1 + 1 + 1 + 1 + len([e for e in lost if not e.rsplit("__", 1)[-1]
                                                .startswith(("p_", "ref_"))])
    # The intact pair is the same structure (exit 0).
    same = akn("compare", tmp_path / "en.xml", _write(converted(ITA_1[1]).tree, tmp_path / "fr2.xml"))
    assert same.returncode == 0 and same.stdout.splitlines()[1].startswith("same structure: ")


# -- summary boxes and other contents ----------------------------------------------------

def _summary(tree):
    (box,) = xp(tree, "//a:preface/a:container[@name='summary']")
    return " ".join(words(p) for p in box)


@pytest.mark.parametrize("relative, first, last", [
    # pdftotext p. 1-2: the box under the title runs onto page 2, up to "Contents".
    ("pdf/DP_2025_23-EN.pdf", "Summary The UNDP integrated resources plan and integrated budget",
     "shared with the Executive Board in a subsequent document (DP/2025/24)."),
    # p. 1: the box, then part I on page 2.
    ("pdf/UNW_2025_2-EN.pdf", "Summary This is the third annual report of the UN-Women",
     "Elements of a draft decision are presented in section VII."),
    # p. iii: an Official Records volume; "[25 June 2025]" and the contents follow.
    ("pdf/A_80_44-EN.pdf", "Summary The present annual report covers the period from 11 May 2024",
     "The Committee continued to pay particular attention to reprisals (see chap. I)."),
], ids=["DP_2025_23", "UNW_2025_2", "A_80_44"])
def test_summary_box_is_a_container_of_its_own(relative, first, last):
    tree = converted(relative).tree
    assert converted(relative).problems == []
    summary = _summary(tree)
    assert summary.startswith(first) and summary.endswith(last)
    # Its words are no longer in the body, which starts with part I.
    body = xp(tree, "/a:akomaNtoso/a:doc/a:mainBody")[0]
    assert first.split(" ", 1)[1] not in words(body)
    assert body[0].get("eId") == "sec_I"


def test_contents_of_an_official_records_volume():
    """A/80/44 pdftotext p. iv: chapters I-VIII with I.A-K and VI.A-D, then "Annex /
    Membership, officers and mandates .... 15": 24 entries, page only ("Chapter", "Page")."""
    tree = converted("pdf/A_80_44-EN.pdf").tree
    items = entries(tree)
    assert len(items) == 24
    assert [inline(i, "page") for i in items[:3]] == ["1", "1", "1"]
    assert all(inline(i, "paragraphs") is None for i in items)
    annex = items[-1]
    assert (inline(annex, "num"), title(annex), inline(annex, "page"), annex.get("level")) == \
        ("Annex", "Membership, officers and mandates", "15", "1")
    assert annex.get("href") == "#att_1"
    preface = xp(tree, "//a:preface")[0]
    order = [c.get("name") or words(c)[:14] for c in preface
             if c.get("name") or "25 June" in words(c)]
    assert order == ["summary", "[25 June 2025]", "contents"]


def test_contents_in_page_column_documents_link_their_parts():
    """DP/2025/23 pdftotext p. 2: chapters I-VI with III.A-C and V.A-D (13 entries with
    leaders and pages), then "Annexes (available on the Executive Board website)" and three
    "Annex I. …" lines with no page: 17 entries. The chapters link to their parts; the
    annexes, printed elsewhere, to nothing (href="")."""
    tree = converted("pdf/DP_2025_23-EN.pdf").tree
    items = entries(tree)
    printed = pdftotext("pdf/DP_2025_23-EN.pdf", 2, 2).splitlines()
    chapters = [l for l in printed if _ENTRY_LINE.match(l) and ". . ." in l]
    annexes = [l for l in printed if re.match(r"^\s*Annex", l)]
    assert len(chapters) == 13 and len(annexes) == 4
    assert len(items) == 17
    eids = {el.get("eId") for el in tree.iter() if el.get("eId")}
    assert all(i.get("href")[1:] in eids for i in items[:13])
    assert [i.get("href") for i in items[13:]] == [""] * 4
    assert [inline(i, "num") for i in items[13:]] == ["Annexes", "Annex I.", "Annex II.", "Annex III."]
    assert [i.get("level") for i in items[2:6]] == ["1", "2", "2", "2"]


@pytest.mark.parametrize("name", ["ar-contents", "zh-contents"])
def test_the_page_column_label_is_no_part_of_the_first_entry(office_pdfs, name):
    """The page column's label ("الصفحة", "页次") printed over the first entry, at the
    line's end (tests/office_documents.py): where the type sets lines far apart (Amiri),
    no gap sets it apart from that entry, which must still read as printed: its number,
    its title, its page, the part it names. The label is one of the contents' own lines."""
    from office_documents import CONTENTS_DOCUMENTS
    doc = next(d for d in CONTENTS_DOCUMENTS if d.name == name)
    label, first = [b.text for b in doc.blocks if b.role == "contents"][1:3]
    assert languages.front_words(doc.language).page == label     # the premise
    tree = converter.convert(office_pdfs[name], markup_date="2026-12-07")
    item = entries(tree)[0]
    printed = re.match(r"^(?P<num>.+?[-、．])\s*(?P<title>.+?) \.+ (?P<page>\d+)$", first)
    assert (inline(item, "num"), title(item).rstrip(" ."), inline(item, "page")) == \
        (printed["num"].strip(), printed["title"], printed["page"])
    assert item.get("href") == "#sec_XIX"
    box = xp(tree, "//a:preface/a:container[@name='contents']")[0]
    assert label in [words(p) for p in box.findall("a:p", NS)]
    assert not any(label in words(i) for i in entries(tree))


# -- the language tables ------------------------------------------------------------------

@pytest.mark.parametrize("code, contents, summary", [
    ("eng", "CONTENTS", "Summary"), ("fra", "Table des matières", "Résumé"),
    ("spa", "Índice", "Resumen"), ("rus", "Содержание", "Резюме"),
    ("ara", "المحتويات", "موجز"), ("zho", "目录", "摘要"),
])
def test_the_six_languages_name_contents_and_summary(code, contents, summary):
    lang = languages.get(code)
    assert is_heading(Block(contents), lang) and not is_heading(Block(summary), lang)
    assert is_summary_heading(Block(summary), lang)


@pytest.mark.parametrize("code, labels, prose", [
    ("eng", ["Page", "Paragraphs Page", "Chapter Page"], ["Chapter", "Page 4", "Pages of the report"]),
    ("fra", ["Paragraphes Page"], ["Page du rapport"]), ("spa", ["Página", "Párrafos Página"], ["Capítulo"]),
    ("rus", ["Стр.", "Пункты Стр."], ["Глава"]), ("ara", ["الصفحة", "الفقرات الصفحة"], ["الفصل"]),
    ("zho", ["页次", "段次 页次"], ["章次"]),
])
def test_the_six_languages_name_the_figure_columns(code, labels, prose):
    """A line of column labels naming a figures column (the extractor sets it apart from
    the first entry); a numbering label alone, or words after the label, are no such line."""
    pattern = languages.column_labels(code)
    assert all(pattern.match(label) for label in labels)
    assert not any(pattern.match(line) for line in prose)


def test_a_french_list_read_from_blocks():
    """Blocks as the extractor gives a Geneva layout: leaders, then the paragraph range
    and the page each a block; a title wrapped; the column labels; the continuation heading
    is no entry; "Annexe" at the top."""
    lang = languages.get("fra")
    lines = ["Table des matières", "Paragraphes Page", "I. Introduction ..........", "1−4", "3",
             "II. Cadre normatif et institutionnel de la protection", "des droits de l’homme ....",
             "5−9", "4", "A. Constitution ....... 5−7 4", "Table des matières (suite)",
             "B. Lois ......... 8−9 5", "Annexe", "Liste des participants ...... 12",
             "I. Introduction"]
    toc, end = read_contents([Block(t) for t in lines], 0, lang)
    assert end == len(lines) - 1                   # the body's first heading is not read
    got = [(e.level, e.part(e.num), e.title, e.part(e.paragraphs), e.part(e.page))
           for e in toc.entries]
    assert got == [(1, "I.", "Introduction", "1−4", "3"),
                   (1, "II.", "Cadre normatif et institutionnel de la protection des droits de "
                              "l’homme", "5−9", "4"),
                   (2, "A.", "Constitution", "5−7", "4"), (2, "B.", "Lois", "8−9", "5"),
                   (1, "Annexe", "Liste des participants", None, "12")]
    assert [b.text for b in toc.labels] == ["Paragraphes Page", "Table des matières (suite)"]

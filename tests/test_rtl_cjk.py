"""Arabic and Chinese as the UN prints them: documents written in a word processor
(tests/office_documents.py), exported to PDF by LibreOffice (tests/office.py: shaping,
glyphs in visual order, subset fonts), converted, and compared with their source text
element by element: word for word in Arabic (words in their order, the letters of each
in reading order), character for character in Chinese.

And the pieces of the reading: the bidirectional algorithm's levels and reordering,
presentation forms, lam-alef, kashida, diacritics (converter/extractor/characters/rtl.py), the
room a word processor sets between Chinese and Latin text (converter/extractor/characters/cjk.py).
"""
from __future__ import annotations

import re
import shutil
import subprocess
from functools import lru_cache

import pytest
from conftest import NS, text
from lxml import etree
from office import Block, Table
from office_documents import (ARABIC_CONTENTS, ARABIC_LATER_PARTS, ARABIC_RESOLUTION_PARTS, CHINESE_CONTENTS,
                              CHINESE_RESOLUTION_PARTS, ARABIC_REPORT, ARABIC_RESOLUTION, CHINESE_LATER_PARTS,
                              CHINESE_REPORT, CHINESE_RESOLUTION, DOCUMENTS)

import converter
from converter.extractor.characters import rtl
from converter.extractor.page import Char

BY_NAME = {d.name: d for d in DOCUMENTS}


@pytest.fixture(scope="module")
def converted(office_pdfs):
    """Each exported document converted once (convert validates: XSD, no word of the
    PDF's text lost)."""
    @lru_cache(maxsize=None)
    def tree(name: str):
        return converter.convert(office_pdfs[name], markup_date="2026-12-06")
    return tree


def words(value: str, language: str) -> list[str]:
    """What is compared: Chinese by its characters (spaces are no part of it), other
    text by its words in order, punctuation left out."""
    if language == "zho":
        return [c for c in value if not c.isspace()]
    return re.findall(r"[^\W_]+", value)


def xp(tree, path: str):
    return tree.xpath(path, namespaces=NS)


def _paragraph_text(paragraph) -> str:
    """A numbered paragraph as printed: its number, then its own text (a list's
    intro, not its points)."""
    num = paragraph.find("a:num", NS)
    own = [p for p in paragraph.iterfind(".//a:p", NS)
           if not any(etree.QName(a).localname in ("point", "authorialNote", "table")
                      for a in p.iterancestors() if a is not paragraph and
                      any(True for _ in a.iterancestors() if _ is paragraph))]
    return " ".join([text(num) if num is not None else ""] + [text(p) for p in own])


def observed(tree) -> dict[str, list[str]]:
    """The output's text by role, in document order."""
    preamble = [p for p in xp(tree, "//a:preamble//a:p[not(ancestor::a:formula)]"
                                   "[not(ancestor::a:authorialNote)]")]
    return {
        "formula": [text(p) for p in xp(tree, "//a:preamble/a:formula/a:p")],
        "preambular": [text(p) for p in preamble],
        "operative": [_paragraph_text(p) for p in xp(tree, "//a:mainBody//a:paragraph")],
        "paragraph": [_paragraph_text(p) for p in xp(tree, "//a:mainBody//a:paragraph")
                      if p.find("a:num", NS) is not None],
        "point": [" ".join(text(c) for c in p if etree.QName(c).localname in ("num", "content"))
                  for p in xp(tree, "//a:point")],
        "title": [" ".join(text(e) for e in xp(tree, "//a:preface//a:docNumber | //a:preface//a:docTitle"))],
        "kind": [text(p) for p in xp(tree, "//a:preface/a:p[1]")],
        "end": [text(p) for p in xp(tree, "//a:conclusions/a:p")],
        "heading": [text(h) for h in xp(tree, "//a:heading")],
        "table": [" ".join(text(c) for c in row.iterfind("a:*", NS)) for row in xp(tree, "//a:table/a:tr")],
        "note": [text(n) for n in xp(tree, "//a:authorialNote")],
    }


def expected(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"note": doc.notes}
    for block in doc.blocks:
        if isinstance(block, Table):
            out.setdefault("table", []).extend(" ".join(row) for row in block.rows)
        elif isinstance(block, Block) and block.role == "heading" and block.num:
            out.setdefault(block.role, []).append(block.heading)   # its number apart
        elif isinstance(block, Block) and block.role != "masthead":
            out.setdefault(block.role, []).append(block.text)
    return out


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_each_element_holds_its_source_text(converted, name):
    doc = BY_NAME[name]
    got, want = observed(converted(name)), expected(doc)
    for role, texts in want.items():
        assert [words(t, doc.language) for t in got[role]] == \
            [words(t, doc.language) for t in texts], f"{name}: {role}"


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_masthead_and_identity(converted, name):
    doc = BY_NAME[name]
    tree = converted(name)
    assert xp(tree, "//a:FRBRlanguage/@language") == [doc.language]
    assert xp(tree, "//a:coverPage//a:docNumber/text()") == [doc.symbol]
    assert doc.organ in [text(e) for e in xp(tree, "//a:coverPage//a:docAuthority")]


def test_arabic_words_read_in_reading_order(converted):
    tree = converted(ARABIC_RESOLUTION.name)
    body = " ".join(text(p) for p in xp(tree, "//a:preamble//a:p | //a:mainBody//a:p"))
    # A word, a number and a symbol inside an Arabic sentence, in their places.
    assert "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015 المعنون" in body
    assert "جائحة مرض فيروس كورونا (COVID-19) زادت من حدة هذا الوضع منذ عام 2020،" in body
    assert "(OHCHR)" in body and "لا يحصلون" in body       # brackets; lam-alef
    assert "تُبقي" in body                                # the damma kept on its letter
    assert "دلبلا" not in body and "ةيعمجلا" not in body    # nothing reversed


def test_note_calls_and_numbers_of_right_to_left_pages(converted):
    tree = converted(ARABIC_RESOLUTION.name)
    notes = xp(tree, "//a:authorialNote")
    assert [n.get("marker") for n in notes] == ["1", "2"]
    # Each call after the comma that ends the paragraph it is printed in (the second
    # and fourth preambular paragraphs), nothing after it.
    assert [n.getparent().get("eId") for n in notes] == ["preamble__p_2", "preamble__p_4"]
    assert [text(n.getparent()).endswith(("ومتكافئة،", "الإنسان،")) and not (n.tail or "").strip()
            for n in notes] == [True, True]
    assert xp(tree, "//a:mainBody/a:paragraph/@eId") == ["para_1", "para_2", "para_3"]
    assert xp(tree, "//a:paragraph/a:num/text()") == ["1 -", "2 -", "3 -"]
    assert xp(tree, "//a:point/a:num/text()") == ["(أ)", "(ب)"]
    report = converted(ARABIC_REPORT.name)
    # Paragraph numbers in Arabic-Indic digits: numbers all the same.
    assert xp(report, "//a:paragraph/a:num/text()") == ["١ -", "٢ -", "٣ -", "٤ -", "٥ -"]
    assert [e.rsplit("_", 1)[1] for e in xp(report, "//a:paragraph[a:num]/@eId")] == ["1", "2", "3", "4", "5"]
    assert xp(report, "//a:authorialNote/@marker") == ["1", "2"]


def test_chinese_lines_join_without_spaces(converted):
    tree = converted(CHINESE_RESOLUTION.name)
    body = "".join(text(p) for p in xp(tree, "//a:preamble//a:p | //a:mainBody//a:p"))
    assert "回顾其2015年9月25日第70/1号决议，" in body
    assert "以人为中心" in body          # broken over two lines in the PDF, between 人 and 为
    assert xp(tree, "//a:preamble/a:formula/a:p/text()") == ["大会，"]
    assert xp(tree, "//a:paragraph/a:num/text()") == ["１．", "２．", "３．"]
    assert xp(tree, "//a:mainBody/a:paragraph/@eId") == ["para_1", "para_2", "para_3"]
    assert xp(tree, "//a:point/a:num/text()") == ["（a）", "（b）"]
    assert xp(tree, "//a:date/@date")[:1] == ["2025-12-10"]


def test_pdftotext_reads_the_same_words(office_pdfs, converted):
    """poppler puts right-to-left text in order by its own algorithm: its words and
    the output's agree (see test_pdftotext_words.py for the corpus)."""
    from test_pdftotext_words import agreement
    for name, pdf in office_pdfs.items():
        share, missing = agreement(converted(name), pdf)
        assert share >= 0.97, f"{name}: {share:.1%} of the output's words in pdftotext's: {missing[:20]}"


# -- the pieces ----------------------------------------------------------------------------

def _line(visual: str, rtl_base: bool = True) -> str:
    """Glyphs laid out left to right as ``visual`` shows them, read back in logical
    order."""
    chars = [Char(ch, "F", 10, 5 * k, 5 * k + 5, 0, 10) for k, ch in enumerate(visual)]
    return "".join(c.text for c in rtl.logical_chars(chars, 10, rtl_base))


def test_visual_order_is_read_back_by_the_algorithm():
    from bidi import get_display
    for logical in ["إن الجمعية العامة،", "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
                    "الوثيقة A/79/876 وجائحة COVID-19 منذ عام 2020.", "قيمة 25% من 1,000 دولار",
                    "(الأونروا) و(UNRWA)"]:
        assert _line(get_display(logical, base_dir="R")) == logical


def test_levels_of_a_mixed_line():
    # Arabic letters at level 1, a number and a Latin word inside at level 2.
    assert rtl.levels("قرار 70/1 UN", rtl=True) == [1, 1, 1, 1, 1, 2, 2, 2, 2, 1, 2, 2]
    assert rtl.levels("UN plan", rtl=False) == [0] * 7


def test_presentation_forms_and_lam_alef_are_letters():
    assert rtl.letters("\ufef7\ufee0\ufeea") == "لأله"           # ﻷ ﻠ ﻪ
    assert rtl.letters("\ufdf2") == "الله"
    assert rtl.letters("\ufe7e") == "\u0652"          # a sukun's spacing form: the mark alone
    assert rtl.letters("\ufeff") == ""
    # A lam-alef glyph mapped to its letters as drawn (alef, lam) reads lam, alef.
    chars = [Char("ا" + "ل", "F", 10, 0, 6, 0, 10), Char(" ", "F", 10, 6, 8, 0, 10),
             Char("ا", "F", 10, 8, 10, 0, 10)]
    assert "".join(c.text for c in rtl.logical_chars(chars, 10, True)) == "ا لا"
    # Kashida stretches a justified line: no letter.
    assert _line("لكشــب") == "بشكل"


def test_a_mark_stays_on_its_letter():
    # Visual order as LibreOffice writes "تُب": ب, the damma, then ت (the mark written
    # before the letter it is drawn on).
    chars = [Char("ب", "F", 10, 0, 3, 0, 10), Char("\u064f", "F", 10, 0.1, 0.1, 0, 10),
             Char("ت", "F", 10, 3, 6, 0, 10)]
    assert "".join(c.text for c in rtl.logical_chars(chars, 10, True)) == "تُب"


def test_raised_call_and_opening_number_are_units():
    chars = [Char("1", "F", 6, 0, 3, 5, 11), Char("،", "F", 10, 3, 6, 0, 10)] + \
        [Char(ch, "F", 10, 6 + 5 * k, 11 + 5 * k, 0, 10) for k, ch in enumerate("2020 ماع")]
    assert "".join(c.text for c in rtl.logical_chars(chars, 10, True)) == "عام 2020،1"
    # A note's number before a symbol: "2 A/HRC/58/21."
    assert _line(".A/HRC/58/21 2") == "2 A/HRC/58/21."


def test_pdfminer_spaces_inside_arabic_words_go():
    # pdfminer sets a space where two glyphs of one word were written apart in the
    # content stream; the glyphs touch on the page.
    chars = [Char("ل", "F", 10, 0, 3, 0, 10), Char(" ", None, 0, 3, 3, 0, 10),
             Char("ب", "F", 10, 3.2, 6, 0, 10)]
    assert "".join(c.text for c in rtl.logical_chars(chars, 10, True)) == "بل"


def test_the_exported_documents_are_word_processor_pdfs(office_pdfs):
    """What makes them real: LibreOffice wrote them, with embedded subsets of Amiri and
    Noto CJK, and the Arabic glyphs stand in visual order (pdftotext -raw reads them in
    the content stream's order)."""
    assert shutil.which("pdffonts"), "pdfinfo and pdffonts (poppler-utils) are needed"
    for name, pdf in office_pdfs.items():
        info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
        fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
        assert "LibreOffice" in info, name
        language = {d.name: d.language for d in (*BY_NAME.values(), CHINESE_CONTENTS, ARABIC_CONTENTS)}[name]
        font = "Amiri" if language == "ara" else "NotoSerifCJK"
        assert re.search(rf"[A-Z]{{6}}\+{font}", fonts), (name, fonts)


def test_autospace_is_no_word_space_in_chinese_only():
    from converter.extractor.characters.cjk import drop_autospace
    from converter.extractor.page import Line, Page

    def page(text: str) -> Page:
        # pdfminer's inserted spaces (font None) where the word processor left room.
        chars = [Char(ch, None if ch == " " else "F", 10, 5 * k, 5 * k + 5, 0, 10)
                 for k, ch in enumerate(text)]
        return Page(1, 595, 842, [Line(1, chars)])
    chinese, english = page("回顾其 2015 年 9 月"), page("the term 官员 (officials)")
    drop_autospace([chinese], chinese=True)
    drop_autospace([english], chinese=False)
    assert chinese.lines[0].text == "回顾其2015年9月"
    assert english.lines[0].text == "the term 官员 (officials)"


# -- parts numbered in words and signs, tables read from the right ---------------------------

REPORTS = [ARABIC_REPORT, CHINESE_REPORT]
PART_ELEMENTS = {1: "section", 2: "subsection", 3: "division"}


@pytest.mark.parametrize("doc", REPORTS, ids=lambda d: d.name)
def test_parts_numbered_in_words_are_sections(converted, doc):
    """ "أولا - مقدمة", "ألف - …", "一、导言", "（一）…": sections and subsections as "I.
    Introduction" and "A. …" are in English, the number in num as printed (its dash, its
    brackets), the heading's text in heading."""
    tree = converted(doc.name)
    parts = xp(tree, "//a:section | //a:subsection | //a:division")
    got = [(etree.QName(p).localname, text(p.find("a:num", NS)), text(p.find("a:heading", NS)))
           for p in parts]
    want = [(PART_ELEMENTS[b.level], b.num, b.heading) for b in doc.blocks
            if isinstance(b, Block) and b.role == "heading"]
    assert len(want) == 6 and got == want
    assert len(xp(tree, "//a:heading")) == len(want)
    # Nothing of the body in the preface: the first heading opens the body.
    assert [text(p) for p in xp(tree, "//a:preface/a:p")] == [doc.blocks[0].text]
    assert not xp(tree, "//a:hcontainer")


def test_parts_have_the_eids_of_the_other_language_versions(converted):
    """eIds are language-neutral: "ثانياً -" and "二、" are part II, "باء -" and "(二)"
    section B, as "II." and "B." of the English version; each paragraph under its part."""
    sections = ["sec_I", "sec_II", "sec_II__subsec_A", "sec_II__subsec_B",
                "sec_II__subsec_B__dvs_1", "sec_III"]
    paragraphs = ["sec_I__para_1", "sec_I__para_2", "sec_II__subsec_A__para_3",
                  "sec_II__subsec_B__dvs_1__para_4", "sec_III__para_5"]
    for doc in REPORTS:
        tree = converted(doc.name)
        assert [p.get("eId") for p in xp(tree, "//a:section | //a:subsection | //a:division")] \
            == sections, doc.name
        assert xp(tree, "//a:paragraph[a:num]/@eId") == paragraphs, doc.name


@pytest.mark.parametrize("doc, want", [
    (ARABIC_LATER_PARTS, [("section", "sec_XIX", "تاسع عشر -", "الحالة الإنسانية"),
                          ("section", "sec_XX", "عشرون -", "حقوق الإنسان"),
                          ("subsection", "sec_XX__subsec_A", "ألف -", "الحقوق المدنية"),
                          ("section", "sec_XXI", "الحادي والعشرون -", "التنمية"),
                          ("section", "sec_XXII", "ثاني وعشرون -", "التوصيات")]),
    (CHINESE_LATER_PARTS, [("section", "sec_XIX", "十九、", "人道主义局势"),
                           ("section", "sec_XX", "二十、", "人权"),
                           ("subsection", "sec_XX__subsec_A", "A．", "公民权利"),
                           ("subsection", "sec_XX__subsec_B", "Ｂ．", "经济和社会权利"),
                           ("section", "sec_XXI", "二十一、", "建议")]),
], ids=lambda d: getattr(d, "name", ""))
def test_parts_past_twenty_and_latin_letters(converted, doc, want):
    """Compound Arabic ordinals ("ثاني وعشرون", with the article "الحادي والعشرون") and
    Chinese numerals past twenty ("二十一、") are parts XXI and XXII as in English; the
    Chinese version's Latin capitals ("A．", full width "Ｂ．") are its sections A and B."""
    tree = converted(doc.name)
    got = [(etree.QName(p).localname, p.get("eId"), text(p.find("a:num", NS)), text(p.find("a:heading", NS)))
           for p in xp(tree, "//a:section | //a:subsection | //a:division")]
    assert got == want
    paragraphs = {ARABIC_LATER_PARTS.name: ["sec_XIX__para_1", "sec_XX__subsec_A__para_2",
                                            "sec_XXI__para_3", "sec_XXII__para_4"],
                  CHINESE_LATER_PARTS.name: ["sec_XIX__para_1", "sec_XX__subsec_A__para_2",
                                             "sec_XX__subsec_B__para_3", "sec_XXI__para_4"]}
    assert xp(tree, "//a:paragraph[a:num]/@eId") == paragraphs[doc.name]


@pytest.mark.parametrize("doc, want", [
    (ARABIC_RESOLUTION_PARTS, [("sec_I", "أولا -", "التعاون الدولي"), ("sec_II", "ثانيا -", "المتابعة"),
                               ("sec_II__sec_A", "ألف -", "التقارير")]),
    (CHINESE_RESOLUTION_PARTS, [("sec_I", "一、", "国际合作"), ("sec_II", "二、", "后续行动"),
                                ("sec_II__sec_A", "A．", "报告")]),
], ids=lambda d: getattr(d, "name", ""))
def test_resolution_parts_numbered_in_words_and_signs(converted, doc, want):
    """A resolution in parts numbered as the language prints them: sections I and II,
    part A inside II, as the English "I", "II", "A." are; the preamble is the formula's,
    the operative paragraphs under their parts."""
    tree = converted(doc.name)
    got = [(s.get("eId"), text(s.find("a:num", NS)), text(s.find("a:heading", NS)))
           for s in xp(tree, "//a:mainBody//a:section")]
    assert got == want
    assert xp(tree, "//a:mainBody//a:paragraph/@eId") == [
        "sec_I__para_1", "sec_I__para_2", "sec_II__sec_A__para_3", "sec_II__sec_A__para_4"]
    assert len(xp(tree, "//a:preamble//a:p[not(ancestor::a:formula)][not(ancestor::a:authorialNote)]")) == 1


def _toc_title(item) -> str:
    """A tocItem's title: its text without its num and figures, nor the dot leaders."""
    pieces = [item.text or ""] + [("" if c.get("name") in ("num", "page", "paragraphs") else text(c))
                                  + (c.tail or "") for c in item]
    return " ".join("".join(pieces).split()).strip(" .")


def test_contents_entries_numbered_in_signs(converted):
    """A printed contents list numbered as the parts are ("二十一、", "A．", "Ｂ．", no
    space after the full-width mark): one tocItem per entry, its level and num from the
    same tables as the parts', its page, and the part it names."""
    tree = converted(CHINESE_CONTENTS.name)
    items = xp(tree, "//a:toc/a:tocItem")
    got = [(i.get("level"), text(i.find("a:inline[@name='num']", NS)), _toc_title(i),
            text(i.find("a:inline[@name='page']", NS)), i.get("href")) for i in items]
    assert got == [("1", "十九、", "人道主义局势", "1", "#sec_XIX"), ("1", "二十、", "人权", "1", "#sec_XX"),
                   ("2", "A．", "公民权利", "1", "#sec_XX__subsec_A"),
                   ("2", "Ｂ．", "经济和社会权利", "2", "#sec_XX__subsec_B"),
                   ("1", "二十一、", "建议", "2", "#sec_XXI")]


@pytest.mark.parametrize("reader", ["auto", "pdfminer"])
def test_arabic_contents_heading_is_one_word(office_pdfs, reader):
    """The heading "المحتويات" set in the contents heading style (LibreOffice leaves a
    narrow gap after its "و", a letter that joins none after it) is one word, so the
    list under it is read as a contents list: one tocItem per entry, with its num from
    the language's tables, its page and the part it names."""
    tree = converter.convert(office_pdfs[ARABIC_CONTENTS.name], markup_date="2026-12-06",
                             reader=reader)
    assert "المحتو يات" not in " ".join(tree.getroot().itertext())
    items = xp(tree, "//a:toc/a:tocItem")
    got = [(i.get("level"), text(i.find("a:inline[@name='num']", NS)), _toc_title(i),
            text(i.find("a:inline[@name='page']", NS))) for i in items]
    assert got == [("1", "تاسع عشر -", "الحالة الإنسانية", "1"), ("1", "عشرون -", "حقوق الإنسان", "1"),
                   ("2", "ألف -", "الحقوق المدنية", "1"), ("1", "الحادي والعشرون -", "التوصيات", "2")]


@pytest.mark.parametrize("reader", ["auto", "pdfminer"])
def test_a_letter_drawn_as_two_glyphs_is_one_letter(office_pdfs, reader):
    """Amiri bold at 14 points (the title style) draws the "ل" of "الكبرى" as two glyphs,
    one mapped to no character, inside a span whose ActualText is "ل": the word reads
    "الكبرى", and no "(cid:N)" reaches the output."""
    tree = converter.convert(office_pdfs[ARABIC_CONTENTS.name], markup_date="2026-12-06",
                             reader=reader)
    body = " ".join(tree.getroot().itertext())
    assert "(cid:" not in body and "\ufffd" not in body
    assert "منطقة البحيرات الكبرى" in " ".join(text(e) for e in xp(tree, "//a:docTitle"))


@pytest.mark.parametrize("reader", ["auto", "pdfminer"])
def test_a_subheading_set_under_its_heading_is_its_own_part(office_pdfs, reader):
    """Where most paragraphs are one line long, "ألف - الحقوق المدنية" set directly under
    "عشرون - حقوق الإنسان" is a part of its own, not the rest of that heading: each
    contents entry names its part."""
    tree = converter.convert(office_pdfs[ARABIC_CONTENTS.name], markup_date="2026-12-06",
                             reader=reader)
    headings = [text(h) for h in xp(tree, "//a:mainBody//a:heading")]
    assert headings == ["الحالة الإنسانية", "حقوق الإنسان", "الحقوق المدنية", "التوصيات"]
    assert [i.get("href") for i in xp(tree, "//a:toc/a:tocItem")] == \
        ["#sec_XIX", "#sec_XX", "#sec_XX__subsec_A", "#sec_XXI"]


def _cells(tree) -> list[list[str]]:
    return [[" ".join(text(c).split()) for c in row.iterfind("a:*", NS)]
            for row in xp(tree, "//a:table/a:tr")]


def _printed_left_to_right(pdf, words: list[str]) -> list[str]:
    """``words`` in the order the page prints them from left to right (poppler's word
    boxes, whose text -bbox gives in the glyphs' visual order: an Arabic word reversed):
    what shows where the first column stands."""
    out = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, text=True).stdout
    boxes = {}
    for x, word in re.findall(r'<word xMin="([\d.]+)"[^>]*>([^<]+)</word>', out):
        boxes.setdefault(word, float(x))
    return sorted(words, key=lambda w: boxes[w] if w in boxes else boxes[w[::-1]])


@pytest.mark.parametrize("doc", REPORTS, ids=lambda d: d.name)
def test_table_cells_in_logical_and_column_order(converted, office_pdfs, doc):
    """Each cell's text in reading order, its lines joined (a cell that runs over two
    lines is one cell, not a row of its own), the cells of a row in the order of the
    source's columns: the first column first, printed on the right in Arabic."""
    table = next(b for b in doc.blocks if isinstance(b, Table))
    assert _cells(converted(doc.name)) == table.rows
    header = table.rows[0][:2]
    printed = _printed_left_to_right(office_pdfs[doc.name], header)
    assert printed == (header[::-1] if doc.rtl else header)


@pytest.mark.parametrize("code, line, level, num, heading, neutral", [
    ("ara", "أولا - مقدمة", 1, "أولا -", "مقدمة", "I"),
    ("ara", "ثانياً – الولاية", 1, "ثانياً –", "الولاية", "II"),        # tanween, en dash
    ("ara", "ثانيًا - الولاية", 1, "ثانيًا -", "الولاية", "II"),        # tanween before alef
    ("ara", "حادي عشر - الاستنتاجات", 1, "حادي عشر -", "الاستنتاجات", "XI"),
    ("ara", "عشرون - المرفقات", 1, "عشرون -", "المرفقات", "XX"),
    ("ara", "ألف - المعلومات الأساسية", 2, "ألف -", "المعلومات الأساسية", "A"),
    ("ara", "طاء - التعليم", 2, "طاء -", "التعليم", "I"),              # the ninth letter
    ("ara", "ضاد - الصحة", 2, "ضاد -", "الصحة", "Z"),
    ("ara", "1 - الحالة السياسية", 3, "1 -", "الحالة السياسية", None),
    ("zho", "一、导言", 1, "一、", "导言", "I"),
    ("zho", "十二、结论和建议", 1, "十二、", "结论和建议", "XII"),
    ("zho", "（三）人权", 2, "（三）", "人权", "C"),
    ("zho", "(十)教育", 2, "(十)", "教育", "J"),
    ("zho", "１．政治局势", 3, "１．", "政治局势", None),
    # Past twenty: compound ordinals with or without the article, Chinese tens.
    ("ara", "الحادي عشر - الاستنتاجات", 1, "الحادي عشر -", "الاستنتاجات", "XI"),
    ("ara", "حادي وعشرون - التمويل", 1, "حادي وعشرون -", "التمويل", "XXI"),
    ("ara", "الحادي والعشرون - التمويل", 1, "الحادي والعشرون -", "التمويل", "XXI"),
    ("ara", "تاسع والعشرون - الخلاصة", 1, "تاسع والعشرون -", "الخلاصة", "XXIX"),
    ("ara", "ثلاثون - المرفقات", 1, "ثلاثون -", "المرفقات", "XXX"),
    ("ara", "ثاني وأربعون - المرفقات", 1, "ثاني وأربعون -", "المرفقات", "XLII"),
    ("zho", "二十一、结论", 1, "二十一、", "结论", "XXI"),
    ("zho", "三十、附件", 1, "三十、", "附件", "XXX"),
    ("zho", "九十九、其他", 1, "九十九、", "其他", "XCIX"),
    ("zho", "（二十三）其他", 2, "（二十三）", "其他", "W"),      # the 23rd letter
    # Latin capitals of the Chinese version, a full-width stop or letter.
    ("zho", "A．背景", 2, "A．", "背景", "A"),
    ("zho", "Ｃ．背景", 2, "Ｃ．", "背景", "C"),
    ("zho", "D. 背景", 2, "D.", "背景", "D"),
])
def test_part_numbers_of_the_language_tables(code, line, level, num, heading, neutral):
    from converter import languages
    from converter.structurer.analysis.outline import neutral_num
    lang = languages.get(code)
    numbers, match = lang.part_heading(line)
    assert (numbers.level, match.group("num"), match.group("text")) == (level, num, heading)
    assert neutral_num(num, lang) == neutral


def test_words_that_only_begin_like_part_numbers_are_none():
    from converter import languages
    arabic, chinese = languages.get("ara"), languages.get("zho")
    assert arabic.part_heading("أولاد المدارس") is None          # no dash: a word
    assert arabic.part_heading("ألفا شخص في المخيمات") is None
    assert chinese.part_heading("一些国家表示关切") is None
    assert chinese.part_heading("二十国集团表示关切") is None      # no stop: a name
    assert chinese.part_heading("A. Smith") is None                # a Latin name, no heading
    assert arabic.part_heading("الحادي العشر - خطأ") is None       # "عشر" takes no article
    assert languages.get("eng").part_heading("I. Introduction") is None   # the shared table's


def test_a_cell_over_two_lines_in_a_script_without_capitals():
    """Arabic and Chinese have no capitals to show a line going on: a line that fills
    its cell and ends no sentence goes on below, if the line below stays in its cell."""
    from converter.extractor.layout.tables import _wraps

    def chars(text, x, y, size=10.0, width=5.0):
        return [Char(ch, "F", size, x + width * k, x + width * (k + 1), y, y + size)
                for k, ch in enumerate(text)]
    starts, right = [100.0, 200.0], float("inf")      # the last column set flush
    table_rule = [(95.0, 300.0, 620.0)]               # the rule over the row
    label = chars("الاتحاد", 100, 604)
    filled = {0: [label], 1: [chars("منها اجتماعان في أد", 200, 604)]}    # up to 295
    assert _wraps(filled, {1: [chars("آذار/مارس", 200, 590)]}, starts, right, table_rule)
    # Not filled: a new entry, in Arabic as in English.
    short = {0: [label], 1: [chars("منها", 200, 604)]}
    assert not _wraps(short, {1: [chars("آذار/مارس", 200, 590)]}, starts, right, table_rule)
    # A sentence ended above; a line below that runs across the columns (prose).
    ended = {0: [label], 1: [chars("منها اجتماعان في أ.", 200, 604)]}
    assert not _wraps(ended, {1: [chars("آذار/مارس", 200, 590)]}, starts, right, table_rule)
    assert not _wraps({0: [chars("الاتحاد الأفريقي في", 100, 604)]},
                      {0: [chars("آذار/مارس 2025 في أديس أبابا", 100, 590)]}, starts, right, [])
    # Chinese breaks after any character: its first character is the word that did not fit.
    assert _wraps({0: [chars("其中两次会议", 100, 604, width=10)],
                   1: [chars("在亚的斯亚贝巴举行", 200, 604, width=10)]},        # up to 290
                  {1: [chars("另一次", 200, 590, width=10)]}, starts, right, table_rule)
    # Latin text keeps its rule: a capital below starts a new entry.
    assert not _wraps({0: [chars("Union", 100, 604)], 1: [chars("Two meetings in Addis Ab", 200, 604)]},
                      {1: [chars("Nairobi", 200, 590)]}, starts, right, table_rule)


@pytest.mark.parametrize("source, parts", [
    ("إن الجمعية العامة،\n إذ تشير إلى قرارها 70/1،\n 1 - تعتمد الإعلان المرفق بهذا القرار.\n"
     " المرفق\n إعلان بشأن التعاون الدولي\n أولا - المبادئ العامة\n"
     " 1 - نحن رؤساء الدول والحكومات نؤكد التزامنا.\n ثانياً - المتابعة\n"
     " 2 - نقرر أن نستعرض التقدم المحرز.\n",
     [("att_1__sec_I", "أولا -", "المبادئ العامة"), ("att_1__sec_II", "ثانياً -", "المتابعة")]),
    ("大会，\n 回顾其第70/1号决议，\n 1. 通过本决议所附宣言。\n 附件\n 关于国际合作的宣言\n"
     " 一、一般原则\n 1. 我们国家元首和政府首脑重申我们的承诺。\n 二、后续行动\n"
     " 2. 我们决定审查取得的进展。\n",
     [("att_1__sec_I", "一、", "一般原则"), ("att_1__sec_II", "二、", "后续行动")]),
])
def test_an_annexed_texts_parts_numbered_in_words(source, parts):
    """A declaration annexed to a resolution, its parts numbered in words: sections
    named by their rank, as in the other versions (not by the word's letters)."""
    tree = converter.convert(source, symbol="A/RES/80/1", date="2025-12-10")
    got = [(s.get("eId"), text(s.find("a:num", NS)), text(s.find("a:heading", NS)))
           for s in xp(tree, "//a:attachments//a:section")]
    assert got == parts


def test_each_fonts_space_is_the_middle_of_the_spaces_it_draws():
    """rtl.space_widths: for each font, the middle (the upper of two) of the widths of
    the word spaces its lines draw, as a share of their size, counted rather than
    listed; a space of no width or no font, and any other character, counts for none."""
    import random

    from converter.extractor.characters import rtl
    from converter.extractor.page import Char, Line
    chooser = random.Random(3)
    drawn: dict = {"Times": [], "Arial": []}
    lines = []
    for row in range(40):
        chars, x = [], 72.0
        for k in range(chooser.randrange(1, 12)):
            font = chooser.choice(["Times", "Arial"])
            size = chooser.choice([10.0, 12.0, 8.5])
            width = chooser.choice([2.5, 2.5, 3.0, 2.75, 4.125, 3.0] if font == "Times" else
                                   [3.5, 3.25, 3.5, 5.0]) * size / 10
            chars.append(Char("a", font, size, x, x + 5, 700.0 - row * 12, 710.0 - row * 12))
            chars.append(Char(" ", font, size, x + 5, x + 5 + width, 700.0 - row * 12,
                              710.0 - row * 12))
            drawn[font].append((chars[-1].x1 - chars[-1].x0) / size)
            x += 5 + width
        chars.append(Char(" ", None, 10.0, x, x + 9, 700.0, 710.0))     # (no font)
        chars.append(Char(" ", "Times", 10.0, x, x, 700.0, 710.0))      # (no width)
        lines.append(Line(1, chars))
    want = {font: sorted(ws)[len(ws) // 2] for font, ws in drawn.items()}
    assert rtl.space_widths(lines) == want
    assert rtl.space_widths(lines[:1]) == {f: sorted(w)[len(w) // 2] for f, w in
                                           {f: [(c.x1 - c.x0) / c.size for c in lines[0].chars
                                                if c.font == f and c.text == " " and c.x1 > c.x0]
                                            for f in ("Times", "Arial")}.items() if w}
    assert len(set(want.values())) == 2 and rtl.space_widths([]) == {}

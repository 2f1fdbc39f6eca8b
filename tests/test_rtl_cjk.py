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
from office_documents import ARABIC_REPORT, ARABIC_RESOLUTION, CHINESE_RESOLUTION, DOCUMENTS

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
        elif isinstance(block, Block) and block.role != "masthead":
            out.setdefault(block.role, []).append(block.text)
    return out


@pytest.mark.parametrize("name", sorted(BY_NAME))
def test_each_element_holds_its_source_text(converted, name):
    doc = BY_NAME[name]
    got, want = observed(converted(name)), expected(doc)
    for role, texts in want.items():
        if role == "heading" and doc is ARABIC_REPORT:
            # The report's first heading stands before its first numbered paragraph:
            # the structurer reads it as a line of the preface (see README).
            texts = texts[1:]
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
    assert xp(report, "//a:paragraph/a:num/text()") == ["١ -", "٢ -", "٣ -", "٤ -"]
    assert [e.rsplit("_", 1)[1] for e in xp(report, "//a:paragraph[a:num]/@eId")] == ["1", "2", "3", "4"]
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
        font = "Amiri" if BY_NAME[name].language == "ara" else "NotoSerifCJK"
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

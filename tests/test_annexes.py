"""Texts whose substance is printed in annexes or in parts (shared corpus/annexes): each
annex is an attachment with its own structure, the adopting resolution keeps only its own
paragraphs, a resolution in parts keeps its parts.

Every figure below was read from the PDF with ``pdftotext -layout`` (the command that
gives it is beside it), never from the converter's output."""
from __future__ import annotations

from functools import lru_cache

import pytest
from conftest import NS
from corpus import corpus_file
from lxml import etree

import converter

MARKUP_DATE = "2026-11-25"


@lru_cache(maxsize=None)
def converted(name: str) -> etree._ElementTree:
    """The file converted once per session (convert_document validates it: XSD, no word
    lost)."""
    document = converter.extract(corpus_file(f"annexes/{name}.pdf"))
    return converter.convert_document(document, markup_date=MARKUP_DATE)


def _top(tree):
    return next(c for c in tree.getroot() if isinstance(c.tag, str))


def _annexes(tree):
    return _top(tree).xpath("a:attachments/a:attachment/*[a:meta]", namespaces=NS)


def _count(el, path: str) -> int:
    return len(el.xpath(path, namespaces=NS))


# Operative paragraphs of the resolution itself (not of an annexed text).
OWN_OPERATIVE = "a:mainBody//a:paragraph"
# Numbered paragraphs of an annex, not those of an annex inside it.
ANNEX_NUMBERED = ".//a:paragraph[a:num][not(ancestor::a:attachment[ancestor::*[@name='annex' or @name='declaration']])]"


def test_convention_is_an_attachment_with_chapters_and_articles():
    tree = converted("A_RES_79_243")
    top = _top(tree)
    # pdftotext -layout A_RES_79_243.pdf: the numbers "1." … "12." before "Annex".
    assert _count(top, OWN_OPERATIVE) == 12
    assert _count(top, "a:mainBody//a:paragraph[a:num]") == 12
    # The five "Recalling …," "Strongly convinced …," "Expressing …," paragraphs.
    assert _count(top, "a:preamble/a:container") == 5
    [convention] = _annexes(tree)
    assert convention.get("name") == "annex"          # a convention is no declaration
    inside = "[not(ancestor::a:attachment[ancestor::*[@name='annex' or @name='declaration']])]"
    # grep -c '^ *Chapter [IVX]*$': 9; grep '^ *Article [0-9]*' up to the annex: 68.
    assert _count(convention, f".//a:chapter{inside}") == 9
    articles = convention.xpath(f".//a:article{inside}", namespaces=NS)
    assert [a.findtext("a:num", namespaces=NS) for a in articles] == \
        [f"Article {n}" for n in range(1, 69)]
    assert articles[0].xpath("string(a:heading)", namespaces=NS) == "Statement of purpose"
    # Article 1: "The purposes … are to:" then (a) (b) (c).
    assert _count(articles[0], ".//a:point") == 3
    # The preamble: "The States Parties to the present Convention," … "Have agreed as follows:".
    assert convention.xpath("string(a:preamble/a:formula[@name='enactingFormula'])",
                            namespaces=NS).strip() == "The States Parties to the present Convention,"
    assert convention.xpath("string(a:preamble/a:formula[@name='agreementFormula'])",
                            namespaces=NS).strip() == "Have agreed as follows:"
    # The convention's own annex (interpretative notes on articles 2, 17 and 35,
    # paragraphs 1 to 5) is inside the convention.
    [notes] = convention.xpath("a:attachments/a:attachment/a:doc", namespaces=NS)
    assert [a.findtext("a:num", namespaces=NS) for a in notes.iter(f"{{{NS['a']}}}article")] == \
        ["Article 2", "Article 17", "Article 35"]
    assert _count(notes, ".//a:paragraph[a:num]") == 5


def test_political_declaration_has_numbered_paragraphs():
    tree = converted("A_RES_78_3")
    top = _top(tree)
    # "The General Assembly" then one unnumbered "Adopts …" paragraph.
    assert _count(top, OWN_OPERATIVE) == 1
    assert _count(top, "a:conclusions") == 1          # "16th plenary meeting", its date
    [declaration] = _annexes(tree)
    # Its title, "Political declaration of the General Assembly high-level meeting on
    # pandemic prevention, preparedness and response", names it a declaration: a statement.
    assert etree.QName(declaration).localname == "statement"
    assert declaration.get("name") == "declaration"
    # awk 'NR>30' | grep -E '^\s+[0-9]+\.\s': 1. … 78.
    nums = declaration.xpath(ANNEX_NUMBERED + "/a:num/text()", namespaces=NS)
    assert nums == [f"{n}." for n in range(1, 79)]
    # The intro line "We, Heads of State … and in this regard we:" and the heading
    # "Call to action".
    assert declaration.xpath("string(a:mainBody/a:paragraph[1])", namespaces=NS).strip() \
        .startswith("We, Heads of State")
    assert declaration.xpath("string(.//a:hcontainer/a:heading)", namespaces=NS) == "Call to action"


def test_outcome_document_keeps_its_parts():
    tree = converted("A_RES_79_233")
    assert _count(_top(tree), OWN_OPERATIVE) == 1
    [programme] = _annexes(tree)
    # awk 'NR>30' | grep -cE '^\s+[0-9]+\.\s+\S': 356.
    assert _count(programme, ANNEX_NUMBERED) == 356
    # "Priority area 1: …" holds the "I. Productive capacity development" printed under it.
    areas = programme.xpath("a:mainBody/a:hcontainer[starts-with(a:heading, 'Priority area')]",
                            namespaces=NS)
    assert len(areas) == 5
    assert areas[0].xpath("string(a:section[1]/a:heading)", namespaces=NS) == \
        "Productive capacity development"


def test_several_annexes_each_with_its_form():
    tree = converted("A_RES_78_128")
    top = _top(tree)
    # "1." … "32." before "Annex I".
    assert _count(top, "a:mainBody//a:paragraph[a:num]") == 32
    first, second, rules = _annexes(tree)
    # Annex II: grep -cE '^\s+[0-9]+\.\s+[A-Z]' between "Annex II" and "Annex III": 26.
    assert _count(second, ANNEX_NUMBERED) == 26
    # Annex III (rules of procedure): "I." … "XII." chapters, "Rule 1" … "Rule 68".
    assert _count(rules, ".//a:chapter") == 12
    assert [a.findtext("a:num", namespaces=NS) for a in rules.iter(f"{{{NS['a']}}}article")] == \
        [f"Rule {n}" for n in range(1, 69)]


def test_model_strategies_annexed_to_a_draft():
    tree = converted("A_C.3_80_L.8")
    [strategies] = _annexes(tree)
    # awk 'NR>70' | grep -cE '^\s+[0-9]+\.\s+\S': 72; "A. Introduction" … 7 lettered parts.
    assert _count(strategies, ANNEX_NUMBERED) == 72
    assert _count(strategies, ".//a:subsection") == 7


@pytest.mark.parametrize("name,kind", [("A_RES_80_243", "resolution"),
                                       ("A_C.5_80_L.5", "resolutionDraft")])
def test_resolution_in_parts(name, kind):
    tree = converted(name)
    top = _top(tree)
    assert etree.QName(top).localname == "statement" and top.get("name") == kind
    # One "The General Assembly," then grep -E '^\s+[IVXL]+\s*$': I … XXIV.
    assert _count(top, "a:preamble/a:formula") == 1
    parts = top.xpath("a:mainBody/a:section[a:num]", namespaces=NS)
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
             "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI", "XXII", "XXIII", "XXIV"]
    assert [p.findtext("a:num", namespaces=NS) for p in parts] == roman
    # Part I: "Recalling …," "Recalling also …," "Having considered …," then 1. to 3.
    first = parts[0]
    assert _count(first, "a:crossHeading[@refersTo='#preamble']") == 3
    assert first.xpath("a:paragraph/a:num/text()", namespaces=NS) == ["1.", "2.", "3."]


@pytest.mark.parametrize("lang, heading, title, declaration", [
    ("eng", "Annex", "Political declaration of the high-level meeting on AIDS", True),
    ("eng", "Annex", "Doha Declaration on the Post-Pandemic World", True),
    ("eng", "Annex", "Draft ministerial declaration of the forum", True),
    # A programme implementing a declaration is no declaration.
    ("eng", "Annex", "Implementation of the Declaration on the Granting of Independence", False),
    ("eng", "Annex", "Programme of Action for the Decade", False),
    ("fra", "Annexe", "Projet de déclaration politique de la réunion de haut niveau", True),
    ("fra", "Annexe", "Application de la Déclaration sur l’octroi de l’indépendance", False),
    ("spa", "Anexo", "Declaración política de la reunión de alto nivel", True),
    ("rus", "Приложение", "Политическая декларация совещания высокого уровня", True),
    ("rus", "Приложение", "Осуществление Декларации о предоставлении независимости", False),
])
def test_a_declaration_is_told_by_its_title(lang, heading, title, declaration):
    from converter.languages import get
    from converter.model import Block
    from converter.structurer.analysis.annexed import read_annex
    text = read_annex([Block(heading), Block(title), Block("1. We reaffirm our commitment.")],
                      get(lang))
    assert [b.text for b in text.titles] == [title]
    assert text.declaration is declaration


def _divisions(items):
    out = []
    for item in items:
        if hasattr(item, "tag"):
            out.append((item.tag, item.num, item.eid_num, item.heading.text if item.heading else None))
            out += _divisions(item.items)
    return out


@pytest.mark.parametrize("lang, lines, formula, agreed, divisions", [
    # The form of the Chinese text of a convention (numbers in words before 章, 条; the
    # title on the line under "第一章"); full-width space and colon as printed.
    ("zho", ["附件", "联合国打击网络犯罪公约", "本公约缔约国，", "认识到合作的重要性，", "议定如下：",
             "第一章", "总则", "第一条 目的", "本公约的宗旨是促进合作。",
             "第十二条", "适用范围", "本公约适用于犯罪。"],
     "本公约缔约国，", "议定如下：",
     [("chapter", "第一章", "1", "总则"), ("article", "第一条", "1", "目的"),
      ("article", "第十二条", "12", "适用范围")]),
    # The Arabic text: ordinal words for chapters, Arabic-Indic or Western digits for articles.
    ("ara", ["المرفق", "اتفاقية الأمم المتحدة لمكافحة الجرائم السيبرانية",
             "إن الدول الأطراف في هذه الاتفاقية،", "إذ تدرك أهمية التعاون،", "قد اتفقت على ما يلي:",
             "الفصل الأول", "أحكام عامة", "المادة 1", "بيان الغرض", "أغراض هذه الاتفاقية هي تعزيز التعاون.",
             "الفصل الثاني", "التجريم", "المادة ١٢", "نطاق الانطباق", "تنطبق هذه الاتفاقية على الجرائم."],
     "إن الدول الأطراف في هذه الاتفاقية،", "قد اتفقت على ما يلي:",
     [("chapter", "الفصل الأول", "1", "أحكام عامة"), ("article", "المادة 1", "1", "بيان الغرض"),
      ("chapter", "الفصل الثاني", "2", "التجريم"), ("article", "المادة ١٢", "12", "نطاق الانطباق")]),
])
def test_treaty_headings_in_arabic_and_chinese(lang, lines, formula, agreed, divisions):
    from converter.languages import get
    from converter.model import Block
    from converter.structurer.analysis.annexed import read_annex
    text = read_annex([Block(line) for line in lines], get(lang))
    assert text.formula.text == formula and text.agreed.text == agreed
    assert _divisions(text.items) == divisions


@pytest.mark.parametrize("num, value", [("十二", "12"), ("二十一", "21"), ("一百零五", "105"),
                                        ("١٢", "12"), ("۱۲", "12"), ("الأول", "1"), ("IV", "IV"),
                                        ("1 bis", "1bis")])
def test_a_headings_number_in_its_eid(num, value):
    from converter.structurer.analysis.annexed import number_value
    assert number_value(num) == value

"""The forms of UN texts, on the documents the UN publishes: a single unnumbered operative
paragraph, decisions (lettered items, one sentence, a board's numbered paragraphs), unnumbered
subheadings among the operative paragraphs, and text dumps that print a paragraph's number
alone on its line. Expected values are read from the PDFs (``pdftotext -layout``) or from the
small texts written here, never from the converter's output."""
import re

import pytest
from conftest import NS, text

import converter
from converter import validate
from converter.batch.task import convert_item
from corpus import corpus_file


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def convert_checked(path):
    """Convert a corpus file; it must be valid and lose no word."""
    tree = converter.convert(path, markup_date="2026-01-01")
    source = converter.extract(path).source_text
    errors = [p for p in validate(tree, source_text=source) if p.severity == "error"]
    assert errors == [], errors
    return tree


def starts(el, words):
    """Whether the element's text (after its number, if any) starts with ``words``."""
    if el.tag == f"{{{NS['a']}}}p":
        parts = [text(el)]
    else:
        parts = [text(child) for child in el if child.tag != f"{{{NS['a']}}}num"]
    return re.sub(r"\s+", " ", "".join(parts)).strip().startswith(words)


# -- a single unnumbered operative paragraph ------------------------------------------------

def test_single_unnumbered_operative_paragraph_after_participles():
    # S/RES/2770 (2025): three "Noting …," paragraphs, then "Decides that the election …".
    tree = convert_checked(corpus_file("pdf/S_RES_2770_(2025)-EN.pdf"))
    pps = xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pps) == 3 and all(starts(p, "Noting") for p in pps)
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1
    assert xp(paragraphs[0], "a:num") == []
    body = re.sub(r"\s+", " ", text(paragraphs[0]))
    assert body.startswith("Decides that the election to fill the vacancy shall take place on "
                           "27 May 2025")
    assert body.endswith("at its seventy-ninth session.")
    assert xp(paragraphs[0], ".//a:i/text()") == ["Decides"]


def test_recalls_ending_with_comma_among_participles_stays_preambular():
    # S/RES/2782 (2025) prints "Recalls that UNDOF’s deployment … Resolution 338 (1973)," among
    # its preambular paragraphs (21 in all), then operative paragraphs 1-16.
    tree = convert_checked(corpus_file("pdf/S_RES_2782_(2025)-EN.pdf"))
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 21
    assert [n.text for n in xp(tree, "//a:mainBody//a:paragraph/a:num")] == \
        [f"{k}." for k in range(1, 17)]


# -- decisions ---------------------------------------------------------------------------------

def test_decision_recalling_then_lettered_items():
    # E/2025/L.22: "The Economic and Social Council, recalling … of the Council:" (a) (b).
    tree = convert_checked(corpus_file("pdf/E_2025_L.22-EN.pdf"))
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") == ["decisionDraft"]
    assert xp(tree, "//a:preamble") == []
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1 and xp(paragraphs[0], "a:num") == []
    intro = xp(paragraphs[0], "a:list/a:intro/a:p")[0]
    assert starts(intro, "The Economic and Social Council, recalling its resolution 2020/2 of "
                         "10 December 2019")
    assert text(intro).rstrip().endswith("previous related decisions of the Council:")
    points = xp(paragraphs[0], "a:list/a:point")
    assert [xp(p, "a:num/text()")[0] for p in points] == ["(a)", "(b)"]
    assert starts(points[0], "Takes note of the report of the Secretary-General")
    assert starts(points[1], "Requests the Secretary-General to report to the Council")
    # The job number printed at the page foot is no part of the decision.
    assert "25-12001" not in text(xp(tree, "//a:mainBody")[0])


def test_decision_taking_note_of_listed_reports():
    # E/2025/L.13: "Draft decision submitted by …"; one sentence "… takes note of the
    # following reports, …:" and items (a) to (c).
    tree = convert_checked(corpus_file("pdf/E_2025_L.13-EN.pdf"))
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") == ["decisionDraft"]
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1
    assert starts(xp(paragraphs[0], "a:list/a:intro/a:p")[0],
                  "The Economic and Social Council takes note of the following reports")
    points = xp(paragraphs[0], "a:list/a:point")
    assert [xp(p, "a:num/text()")[0] for p in points] == ["(a)", "(b)", "(c)"]
    assert starts(points[2], "Report of the Executive Director on the United Nations Sustainable")


def test_board_decision_formula_without_comma_and_numbered_paragraphs():
    # E/ICEF/2025/L.13: "Draft decision submitted to the Executive Board", the formula
    # "The Executive Board" (no comma), then paragraphs 1 to 9.
    tree = convert_checked(corpus_file("pdf/E_ICEF_2025_L.13-EN.pdf"))
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") == ["decisionDraft"]
    assert [text(p) for p in xp(tree, "//a:preamble/a:formula/a:p")] == ["The Executive Board"]
    assert xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p") == []
    assert [n.text for n in xp(tree, "//a:mainBody/a:paragraph/a:num")] == \
        [f"{k}." for k in range(1, 10)]
    last = xp(tree, "//a:mainBody/a:paragraph")[-1]
    assert starts(last, "Also requests UNICEF to adhere to all elements of the Management")
    assert "25-09374" not in text(xp(tree, "//a:mainBody")[0])


DECISIONS = {
    # language: (text, intro opening, items' openings)
    "eng": ("The Economic and Social Council decides:\n"
            "(a) To hold its next session in New York;\n"
            "(b) To request the Secretary-General to report on the matter.\n",
            "The Economic and Social Council decides:", ["To hold", "To request"]),
    "fra": ("Le Conseil économique et social décide :\n"
            "a) De tenir sa prochaine session à New York ;\n"
            "b) De prier le Secrétaire général de lui faire rapport.\n",
            "Le Conseil économique et social décide :", ["De tenir", "De prier"]),
    "spa": ("El Consejo Económico y Social decide:\n"
            "a) Celebrar su próximo período de sesiones en Nueva York;\n"
            "b) Solicitar al Secretario General que le presente un informe.\n",
            "El Consejo Económico y Social decide:", ["Celebrar", "Solicitar"]),
    "rus": ("Экономический и Социальный Совет постановляет:\n"
            "а) провести свою следующую сессию в Нью-Йорке;\n"
            "б) просить Генерального секретаря представить доклад.\n",
            "Экономический и Социальный Совет постановляет:", ["провести", "просить"]),
    "ara": ("إن المجلس الاقتصادي والاجتماعي يقرر ما يلي:\n"
            "(أ) أن يعقد دورته المقبلة في نيويورك؛\n"
            "(ب) أن يطلب إلى الأمين العام تقديم تقرير.\n",
            "إن المجلس الاقتصادي والاجتماعي يقرر ما يلي:", ["أن يعقد", "أن يطلب"]),
    "zho": ("经济及社会理事会决定：\n"
            "(a) 在纽约举行下届会议；\n"
            "(b) 请秘书长提出报告。\n",
            "经济及社会理事会决定：", ["在纽约", "请秘书长"]),
}


@pytest.mark.parametrize("language", sorted(DECISIONS))
def test_decision_with_items_in_six_languages(language):
    source, intro, items = DECISIONS[language]
    tree = converter.convert(source, language=language, symbol="E/2099/L.1",
                             date="2099-01-01", markup_date="2026-01-01")
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") == ["decision"]
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1
    assert text(xp(paragraphs[0], "a:list/a:intro/a:p")[0]) == intro
    points = xp(paragraphs[0], "a:list/a:point")
    assert [starts(p, words) for p, words in zip(points, items)] == [True, True]
    assert [p.get("eId") for p in points] == ["para_1__list_1__point_a", "para_1__list_1__point_b"]


SINGLE = {
    "eng": ("The Security Council,\nRecalling its previous resolutions,\n"
            "Decides to remain seized of the matter.\n", "Decides"),
    "fra": ("Le Conseil de sécurité,\nRappelant ses résolutions antérieures,\n"
            "Décide de rester saisi de la question.\n", "Décide"),
    "spa": ("El Consejo de Seguridad,\nRecordando sus resoluciones anteriores,\n"
            "Decide seguir ocupándose de la cuestión.\n", "Decide"),
    "rus": ("Совет Безопасности,\nссылаясь на свои предыдущие резолюции,\n"
            "постановляет продолжать заниматься этим вопросом.\n", "постановляет"),
}


@pytest.mark.parametrize("language", sorted(SINGLE))
def test_single_unnumbered_paragraph_in_each_language(language):
    source, verb = SINGLE[language]
    tree = converter.convert(source, language=language, symbol="S/RES/9999 (2099)",
                             date="2099-01-01", markup_date="2026-01-01")
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 1
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1 and xp(paragraphs[0], "a:num") == []
    assert starts(paragraphs[0], verb)


# -- unnumbered subheadings ----------------------------------------------------------------------

def subheadings(tree):
    """(heading, numbers of the paragraphs under it) of each subheading."""
    return [(re.sub(r"\s+", " ", text(xp(h, "a:heading")[0])),
             [n.text for n in xp(h, "a:paragraph/a:num")])
            for h in xp(tree, "//a:hcontainer[@name='subheading']")]


def test_subheadings_group_paragraphs_and_numbering_goes_on():
    # S/RES/2769 (2025): "Arms Embargo" before 1, "Travel Ban and Asset Freeze" before 9,
    # "Prevention of Illicit Exports of Petroleum, …" (two lines) before 18, "Panel of
    # Experts" before 22; 27 paragraphs; the last preambular paragraph is "Acting under
    # Chapter VII of the Charter of the United Nations,".
    tree = convert_checked(corpus_file("pdf/S_RES_2769_(2025)-EN.pdf"))
    groups = subheadings(tree)
    assert [h for h, _ in groups] == [
        "Arms Embargo", "Travel Ban and Asset Freeze",
        "Prevention of Illicit Exports of Petroleum, including Crude Oil and Refined "
        "Petroleum Products", "Panel of Experts"]
    assert [nums[0] for _, nums in groups] == ["1.", "9.", "18.", "22."]
    assert [n for _, nums in groups for n in nums] == [f"{k}." for k in range(1, 28)]
    pps = xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pps) == 18
    assert text(pps[-1]) == "Acting under Chapter VII of the Charter of the United Nations,"


def test_subheadings_of_another_resolution():
    # S/RES/2779 (2025): "UNMISS Mandate" (1), "South Sudan Peace Process" (5),
    # "UNMISS Operations" (19); paragraphs 1 to 25.
    tree = convert_checked(corpus_file("pdf/S_RES_2779_(2025)-EN.pdf"))
    groups = subheadings(tree)
    assert [(h, nums[0]) for h, nums in groups] == [
        ("UNMISS Mandate", "1."), ("South Sudan Peace Process", "5."),
        ("UNMISS Operations", "19.")]
    assert [n.text for n in xp(tree, "//a:mainBody//a:paragraph/a:num")] == \
        [f"{k}." for k in range(1, 26)]


def test_lettered_part_heading_on_two_lines_is_one_heading():
    # S/RES/2776 (2025): "H.  Preventing Al-Shabaab from accessing weapons, ammunition and
    # / military equipment", then paragraph 36.
    tree = converter.convert(corpus_file("pdf/S_RES_2776_(2025)-EN.pdf"), check=False)
    part = xp(tree, "//a:section[a:num='H']")
    assert len(part) == 1
    assert text(xp(part[0], "a:heading")[0]) == \
        "Preventing Al-Shabaab from accessing weapons, ammunition and military equipment"
    assert xp(part[0], "a:paragraph/a:num/text()")[0] == "36."


def test_subheading_in_hand_written_text():
    source = ("The Security Council,\nRecalling its resolutions,\n\nArms embargo\n"
              "1. Decides to renew the measures;\n2. Requests a report;\n\nPanel of Experts\n"
              "3. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, language="eng", symbol="S/RES/9999 (2099)",
                             date="2099-01-01", markup_date="2026-01-01")
    assert subheadings(tree) == [("Arms embargo", ["1.", "2."]), ("Panel of Experts", ["3."])]
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 1


# -- text dumps ----------------------------------------------------------------------------

def test_text_dump_with_numbers_alone_on_their_lines():
    # A/C.1/80/L.1 as pypdf prints it: "1." … "9." alone on a line, "10." … "12." inline;
    # 12 preambular paragraphs ("Recalling" … "Having examined"), 12 operative, 4 notes;
    # the masthead names the First Committee.
    path = corpus_file("txt/A_C.1_80_L.1-EN.txt")
    tree = convert_checked(path)
    assert xp(tree, "//a:FRBRWork/a:FRBRauthor/@href") == ["#un-ga-c1"]
    pps = xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pps) == 12
    assert starts(pps[0], "Recalling its resolutions 3263 (XXIX)")
    assert starts(pps[2], "Emphasizing the basic provisions of the above-mentioned resolutions")
    assert starts(pps[-1], "Having examined the report of the Secretary-General")
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert [xp(p, "a:num/text()")[0] for p in paragraphs] == [f"{k}." for k in range(1, 13)]
    assert starts(paragraphs[0], "Urges all parties directly concerned to seriously consider")
    assert starts(paragraphs[4], "Invites all countries of the region, pending the establishment")
    assert len(xp(tree, "//a:authorialNote")) == 4


def test_text_dump_keeps_another_documents_symbol_alone_on_a_line():
    # The running header (the document's own symbol) is furniture; another symbol that a
    # line wrap left alone on its line is a word of the text.
    source = ("United Nations A/79/L.70\n\nGeneral Assembly\nDistr.: Limited\n"
              "1 March 2025\n\nThe General Assembly,\n\n"
              "    Recalling its resolution 79/1 and taking note of draft resolution\n"
              "A/79/L.64.\n\n"
              "\f\nA/79/L.70\n\n"
              "    1. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, language="eng", markup_date="2026-01-01")
    pps = xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pps) == 1 and "".join(pps[0].itertext()).endswith("draft resolution A/79/L.64.")
    assert "A/79/L.70" not in "".join(xp(tree, "//a:mainBody")[0].itertext())
    problems = converter.validate(tree, source_text=converter.extract(source).source_text)
    assert [p for p in problems if p.severity == "error"] == []


def test_doubtful_numbering_is_reported_everywhere(tmp_path):
    # A number alone with nothing to open, and a paragraph 5 after 2: both doubtful.
    source = ("The General Assembly,\nRecalling its resolutions,\n"
              "1. Decides to act;\n2. Requests a report;\n\n4.\n\n"
              "5. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, language="eng", symbol="A/99/L.1", date="2099-01-01",
                             markup_date="2026-01-01", check=False)
    warnings = [w.text for w in tree.iter("{*}warning")]
    assert any("only the number '4.'" in w for w in warnings), warnings
    assert any("out of sequence: 5 after 2" in w for w in warnings), warnings
    name = tmp_path / "doubtful.txt"
    result, _ = convert_item(name.name, source.encode())
    assert any("out of sequence: 5 after 2" in w for w in result.warnings)
    assert "warnings" in result.as_dict()


# -- the markup documentation ----------------------------------------------------------------

def test_every_xml_excerpt_in_the_markup_doc_is_well_formed():
    from conftest import ROOT
    from lxml import etree
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    excerpts = re.findall(r"```xml\n(.*?)```", doc, re.DOTALL)
    assert len(excerpts) >= 6           # one per form at least
    for excerpt in excerpts:
        # Excerpts are fragments: wrap them in an element declaring the AKN namespace.
        wrapped = f'<excerpt xmlns="{NS["a"]}">{excerpt}</excerpt>'
        root = etree.fromstring(wrapped.encode())
        assert len(root), excerpt[:80]
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/markup.md" in readme


def test_adopted_text_printed_after_the_single_paragraph_is_embedded():
    # A/RES/73/3: "The General Assembly" (no comma), one unnumbered paragraph "Adopts the
    # following political declaration … on 26 September 2018:", then the declaration with
    # its paragraphs 1 to 53, then "18th plenary meeting / 10 October 2018".
    tree = convert_checked(corpus_file("pdf/A_RES_73_3-EN.pdf"))
    assert [text(p) for p in xp(tree, "//a:preamble/a:formula/a:p")] == ["The General Assembly"]
    top = xp(tree, "//a:mainBody/a:paragraph")
    assert len(top) == 1 and xp(top[0], "a:num") == []
    lead = xp(top[0], "a:content/a:p")[0]
    assert (lead.text or "").startswith("Adopts") or starts(lead, "Adopts the following political")
    embedded = xp(lead, "a:embeddedStructure")
    assert len(embedded) == 1
    assert [n.text for n in xp(embedded[0], ".//a:paragraph/a:num")] == \
        [f"{k}." for k in range(1, 54)]
    assert [text(p) for p in xp(tree, "//a:conclusions/a:p")] == \
        ["18th plenary meeting", "10 October 2018"]


def test_a_report_citing_an_organ_is_no_decision():
    # A report's summary names the Assembly but decides nothing: not a decision.
    source = ("The General Assembly, in its resolution 77/1, requested the Secretary-General "
              "to report on the matter.\n"
              "1. The present report responds to that request.\n"
              "2. It covers the year 2024.\n")
    tree = converter.convert(source, language="eng", symbol="A/99/1", date="2099-01-01",
                             markup_date="2026-01-01", check=False)
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") != ["decision"]
    assert [n.text for n in xp(tree, "//a:mainBody//a:paragraph/a:num")] == ["1.", "2."]


ONE_SENTENCE = {
    "eng": "The Economic and Social Council, recalling its resolution 2020/2, decides to hold "
           "a meeting in 2026.",
    "fra": "Le Conseil économique et social, rappelant sa résolution 2020/2, décide de tenir "
           "une réunion en 2026.",
    "spa": "El Consejo Económico y Social, recordando su resolución 2020/2, decide celebrar "
           "una reunión en 2026.",
    "rus": "Экономический и Социальный Совет, ссылаясь на свою резолюцию 2020/2, постановляет "
           "провести совещание в 2026 году.",
}


@pytest.mark.parametrize("language", sorted(ONE_SENTENCE))
def test_one_sentence_draft_decision(language):
    # Printed lines as a reader gives them: the sponsor line and the title on two lines.
    draft = {"eng": "Draft decision submitted by the Vice-President\nof the Council",
             "fra": "Projet de décision présenté par le Vice-Président\ndu Conseil",
             "spa": "Proyecto de decisión presentado por el Vicepresidente\ndel Consejo",
             "rus": "Проект решения, представленный заместителем\nПредседателя Совета"}[language]
    source = f"{draft}\n\nMeeting\nin 2026\n\n{ONE_SENTENCE[language]}\n"
    tree = converter.convert(source, language=language, symbol="E/2099/L.1",
                             date="2099-01-01", markup_date="2026-01-01")
    assert xp(tree, "/a:akomaNtoso/a:statement/@name") == ["decisionDraft"]
    paragraphs = xp(tree, "//a:mainBody/a:paragraph")
    assert len(paragraphs) == 1 and xp(paragraphs[0], "a:num|a:list") == []
    assert text(xp(paragraphs[0], "a:content/a:p")[0]) == ONE_SENTENCE[language]
    assert xp(tree, "//a:preface//a:docTitle/text()") == ["Meeting in 2026"]


def test_lettered_annexes_with_titles_are_attachments():
    # S/RES/2776 (2025): paragraphs 1 to 50 (the last "Decides to remain actively seized of
    # the matter."), then "Annex A – Items subject to a no-objection process" and "Annex B –
    # Improvised Explosive Devices (IED) Components", whose numbered items are not operative.
    tree = converter.convert(corpus_file("pdf/S_RES_2776_(2025)-EN.pdf"), check=False)
    # The resolution's own mainBody: the annexes' numbered items are the annexes' paragraphs.
    nums = [n.text for n in xp(tree, "/a:akomaNtoso/a:statement/a:mainBody//a:paragraph/a:num")]
    assert nums == [f"{k}." for k in range(1, 51)]
    titles = [re.sub(r"\s+", " ", text(t)) for t in
              xp(tree, "//a:attachment/a:doc/a:preface//a:docTitle")]
    assert titles == ["Annex A – Items subject to a no-objection process",
                      "Annex B – Improvised Explosive Devices (IED) Components"]


def test_a_line_printed_twice_is_no_subheading():
    # A running header left in a text (the title at the top of two pages) is not a heading.
    source = ("Le Conseil de sécurité,\nRappelant ses résolutions,\n\nEmbargo sur les armes\n"
              "1. Décide de renouveler les mesures ;\n\nLa situation en Libye\n"
              "2. Prie le Secrétaire général de lui faire rapport ;\n\nLa situation en Libye\n"
              "3. Décide de rester saisi de la question.\n")
    tree = converter.convert(source, language="fra", symbol="S/RES/9999 (2099)",
                             date="2099-01-01", markup_date="2026-01-01", check=False)
    assert subheadings(tree) == [("Embargo sur les armes", ["1.", "2.", "3."])]

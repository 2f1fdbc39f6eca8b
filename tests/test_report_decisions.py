"""Decisions and resolutions printed inside a report: ``hcontainer`` named after the
printed type (decision, decisionDraft, resolution, resolutionDraft) with the type and
number as ``num`` and the title as ``heading``. Figures read from the PDFs with
``pdftotext -layout`` (E/2025/43 page 4; E/2025/15/Add.1/Rev.1 pages 1 to 5)."""
from __future__ import annotations

from conftest import NS
from test_kinds import converted

from converter.model import Block
from converter import languages
from converter.structurer.families.decisions import Decision, group, split
from converter.structurer.analysis.outline import Para, Part


def _decisions(name: str):
    result = converted(f"pdf/{name}")
    assert result.tree is not None and not result.problems, result.problems
    return result.tree.xpath(
        "//a:hcontainer[@name='decision' or @name='decisionDraft' or @name='resolution'"
        " or @name='resolutionDraft']", namespaces=NS)


def _text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def test_draft_decisions_recommended_in_a_report():
    found = _decisions("E_2025_43-EN.pdf")
    assert [(h.get("name"), h.findtext("a:num", namespaces=NS)) for h in found] == [
        ("decisionDraft", "Draft decision I"), ("decisionDraft", "Draft decision II"),
        ("decisionDraft", "Draft decision III")]
    assert _text(found[1].find("a:heading", NS)) == \
        "Venue and dates of the twenty-fifth session of the Permanent Forum on Indigenous Issues"
    # Draft decision III: "The Economic and Social Council:", then (a) and (b): the
    # organ's line leads into the lettered paragraphs, all of them the operative part.
    assert [h.get("name") for h in found[2].findall("a:hcontainer", NS)] == ["operative"]
    paragraphs = found[2].findall("a:hcontainer/a:paragraph", NS)
    assert [_text(p)[:26] for p in paragraphs] == [
        "The Economic and Social Co", "(a) Takes note of the repo", "(b) Approves the provision"]
    # The report's own part B follows, outside the decisions.
    assert found[2].getnext() is None
    assert found[0].getparent().get("eId") == "sec_I__subsec_A"


def test_draft_resolutions_in_a_report_and_its_annexes():
    found = _decisions("E_2025_15_Add.1_Rev.1-EN.pdf")
    assert [h.findtext("a:num", namespaces=NS) for h in found] == [
        "Draft resolution", "Draft resolution I", "Draft resolution II", "Draft resolution III",
        "Draft resolution", "Draft resolution"]
    assert {h.get("name") for h in found} == {"resolutionDraft"}
    assert _text(found[1].find("a:heading", NS)) == "Strengthening the United Nations Forum of Mayors"
    # Its preamble and operative part told apart, as in a stand-alone resolution (page 1:
    # the organ's line, "Taking note …", "Expressing its gratitude …", "Approves …").
    assert _parts(found[0]) == {
        "preamble": ["enactingFormula", "takingNote", "expressing"], "operative": [None]}
    assert _text(found[0].find("a:hcontainer[@name='preamble']/a:hcontainer", NS)) == \
        "The Economic and Social Council,"
    assert _text(found[0].find("a:hcontainer[@name='operative']/a:paragraph", NS)).startswith(
        "Approves the holding of the fifty-eighth session of the Economic Commission for Africa")


def _parts(text) -> dict:
    """Each part of a printed text: its preambular paragraphs' names, or its operative
    paragraphs' numbers."""
    parts = {}
    for part in text.findall("a:hcontainer", NS):
        if part.get("name") == "preamble":
            parts["preamble"] = [h.get("name") for h in part.findall("a:hcontainer", NS)]
        else:
            parts[part.get("name")] = [p.findtext("a:num", namespaces=NS)
                                       for p in part.xpath(".//a:paragraph", namespaces=NS)]
    return parts


def test_a_draft_resolution_printed_with_no_heading_and_its_parts():
    """E/2025/44 pages 6 to 8: "… adopt the following draft resolution:", its title, "The
    Economic and Social Council,", four preambular paragraphs, operative paragraphs 1 to
    27; then part B's draft decision, its organ's line ending with a colon."""
    found = _decisions("E_2025_44-EN.pdf")
    assert [h.get("name") for h in found] == ["resolutionDraft", "decisionDraft"]
    resolution, decision = found
    assert resolution.find("a:num", NS) is None
    assert _text(resolution.find("a:heading", NS)) == \
        "Report of the Committee of Experts on Public Administration on its twenty-fourth session"
    parts = _parts(resolution)
    assert parts["preamble"] == ["enactingFormula", "recalling", "recalling", "reaffirming",
                                 "recognizing"]
    numbers = [n for n in parts["operative"] if n is not None]
    assert numbers == [f"{n}." for n in range(1, 28)]
    # The two bold subheadings inside the operative part: "Governance and institutional
    # perspectives …" (page 9) over paragraphs 4 to 22, "Follow-up" (page 11) over 23 to 27.
    governance, follow_up = resolution.xpath("a:hcontainer[@name='operative']/a:hcontainer"
                                             "[@name='subheading']", namespaces=NS)
    assert _text(governance.find("a:heading", NS)).startswith(
        "Governance and institutional perspectives on advancing sustainable, inclusive,")
    assert governance.find("a:paragraph/a:num", NS).text == "4."
    assert _text(follow_up.find("a:heading", NS)) == "Follow-up"
    assert follow_up.find("a:paragraph/a:num", NS).text == "23."
    assert _text(decision.find("a:heading", NS)) == ("Dates and provisional agenda of the "
                                                    "twenty-fifth session of the Committee of "
                                                    "Experts on Public Administration")
    operative = decision.xpath("a:hcontainer[@name='operative']/a:paragraph", namespaces=NS)
    assert [_text(p)[:12] for p in operative[:3]] == [
        "The Economic", "(a) Decides ", "(b) Approves"]


def test_a_resolution_with_its_title_on_two_lines_in_an_old_report():
    """A/53/601 page 3 and A/52/621 page 5: the Fourth Committee's draft resolution under
    its title, no "Draft resolution" line; A/52/621's title is set on two lines."""
    (found,) = _decisions("A_53_601-EN.pdf")
    assert found.get("name") == "resolutionDraft"
    assert _text(found.find("a:heading", NS)) == ("Information from Non-Self-Governing "
                                                 "Territories transmitted under Article 73 e "
                                                 "of the Charter of the United Nations")
    parts = _parts(found)
    assert parts["preamble"][:2] == ["enactingFormula", "considering"]
    # "Having examined …", "Having also examined …", "Recalling …", "Recalling also …",
    # "Stressing …" (page 3).
    assert [n for n in parts["preamble"] if n != "preambular"] == [
        "enactingFormula", "considering", "considering", "recalling", "recalling", "emphasizing"]
    assert parts["operative"] == ["1.", "2.", "3.", "4.", "5."]
    found, decision = _decisions("A_52_621-EN.pdf")
    assert _text(found.find("a:heading", NS)) == ("Economic and other activities which affect "
                                                 "the interests of the peoples of the "
                                                 "Non-Self-Governing Territories")
    assert found.get("name") == "resolutionDraft"
    # Paragraph 11 then recommends "the following draft decision:", its title on two lines
    # and its paragraphs "1. The General Assembly, having considered …" to "8.":
    # the decision's own numbers, not the report's.
    assert decision.get("name") == "decisionDraft"
    assert _text(decision.find("a:heading", NS)) == ("Military activities and arrangements by "
                                                    "colonial Powers in Territories under their "
                                                    "administration")
    assert [p.findtext("a:num", namespaces=NS) for p in decision.iter(f"{{{NS['a']}}}paragraph")] \
        == [f"{n}." for n in range(1, 9)]


def _para(text: str, num: str | None = None) -> Para:
    return Para(num, Block(text))


def test_a_decision_runs_to_the_reports_next_paragraph_in_french():
    items = [_para("La Commission recommande l’adoption du projet de décision suivant :", "1."),
             _para("Projet de décision I"),
             _para("Lieu et dates de la vingt-cinquième session"),
             _para("Le Conseil économique et social :"),
             _para("Décide que la session se tiendra à New York ;", "1."),
             _para("Prie le Secrétaire général de faire rapport.", "2."),
             _para("La Commission a examiné la question à sa 3e séance.", "2."),
             Part("B.", Block("Questions portées à l’attention du Conseil"), 2,
                  [_para("Décision 2025/201 Rapport de la Commission sur sa session"),
                   _para("La Commission décide de reporter l’examen de la question.")])]
    out = group(items, "fra")
    assert [type(i).__name__ for i in out] == ["Para", "Decision", "Para", "Part"]
    decision = out[1]
    assert (decision.name, decision.num, decision.heading.text) == \
        ("decisionDraft", "Projet de décision I", "Lieu et dates de la vingt-cinquième session")
    assert [p.num for p in decision.items] == [None, "1.", "2."]
    formula, preamble, operative = split(decision, languages.get("fra"))
    # "Le Conseil économique et social :" leads into the paragraphs: all operative.
    assert formula is None and preamble == [] and \
        [p.num for p in operative] == [None, "1.", "2."]
    assert out[2].block.text.startswith("La Commission a examiné")
    inner = out[3].items
    assert isinstance(inner[0], Decision) and inner[0].name == "decision" and \
        inner[0].num == "Décision 2025/201" and \
        inner[0].heading.text == "Rapport de la Commission sur sa session"


def test_prose_starting_with_decision_is_no_heading():
    items = [_para("Decision 2024/333 of the Council decided that the session would be held."),
             _para("The Forum took note of it.")]
    assert group(items, "eng") == items


def test_a_resolutions_parts_in_spanish():
    items = [_para("Proyecto de resolución II Fortalecimiento del Foro de Alcaldes"),
             _para("El Consejo Económico y Social,"),
             _para("Recordando su resolución 2023/28,"),
             _para("Tomando nota del Pacto para el Futuro,"),
             _para("Hace suya la decisión C (71) de la Comisión.")]
    (decision,) = group(items, "spa")
    assert (decision.name, decision.num) == ("resolutionDraft", "Proyecto de resolución II")
    formula, preamble, operative = split(decision, languages.get("spa"))
    assert formula.block.text == "El Consejo Económico y Social,"
    assert [p.block.text[:10] for p in preamble] == ["Recordando", "Tomando no"]
    assert [p.block.text[:9] for p in operative] == ["Hace suya"]


def test_decision_headings_in_arabic_chinese_and_russian():
    """The headings as the UN prints them in each language: the draft word, the type,
    the number (Arabic ordinals, Chinese numerals, "第…号" before the type)."""
    cases = [
        ("ara", "مشروع القرار الأول", "resolutionDraft"),
        ("ara", "مشروع المقرر الثاني", "decisionDraft"),
        ("ara", "المقرر 2025/201", "decision"),
        ("zho", "决议草案一", "resolutionDraft"),
        ("zho", "决定草案", "decisionDraft"),
        ("zho", "第2025/201号决定", "decision"),
        ("rus", "Проект решения I", "decisionDraft"),
        ("rus", "Резолюция 2025/5", "resolution"),
    ]
    for lang, heading, name in cases:
        items = [_para(heading), _para("عنوان" if lang == "ara" else "标题" if lang == "zho"
                                       else "Заголовок"), _para("…")]
        out = group(items, lang)
        assert isinstance(out[0], Decision), (lang, heading)
        assert (out[0].name, out[0].num) == (name, heading)


def test_words_that_open_sentences_are_no_heading_in_arabic_and_chinese():
    """Chinese "决定" is also the verb "decides", Arabic "المقرر الخاص" the Special
    Rapporteur: with no draft word and no number they head nothing."""
    for lang, text in [("zho", "决定 在2026年举行会议"), ("ara", "المقرر الخاص")]:
        items = [_para(text), _para("عنوان" if lang == "ara" else "标题"), _para("…")]
        assert group(items, lang) == items


def test_the_markup_doc_excerpt_is_the_converters_valid_output():
    """docs/markup.md's excerpt of a draft resolution inside a report is what the converter
    writes for E/2025/15/Add.1/Rev.1, whose output the XSD and the invariants accept."""
    from conftest import ROOT
    from lxml import etree
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("### Decisions and resolutions printed inside a report", 1)[1]
    excerpt = section.split("```xml", 1)[1].split("```", 1)[0]
    result = converted("pdf/E_2025_15_Add.1_Rev.1-EN.pdf")
    assert not result.problems
    written = etree.tostring(result.tree, encoding="unicode")
    lines = [line.strip() for line in excerpt.splitlines() if line.strip().startswith("<")]
    assert len(lines) > 20
    for line in lines:
        assert line in written, line


def test_draft_resolutions_under_capital_headings_in_an_old_report():
    """A/52/613 pages 9 to 14: "DRAFT RESOLUTION I" to "III", each title under it (III's
    on four lines); "Draft resolution B, section I, American Samoa" (page 8) heads a list
    of revisions, no text."""
    found = _decisions("A_52_613-EN.pdf")
    assert [h.findtext("a:num", namespaces=NS) for h in found] == [
        "DRAFT RESOLUTION I", "DRAFT RESOLUTION II", "DRAFT RESOLUTION III"]
    assert _text(found[0].find("a:heading", NS)) == "Question of Western Sahara"
    assert _text(found[2].find("a:heading", NS)) == (
        "Questions of American Samoa, Anguilla, Bermuda, the British Virgin Islands, the "
        "Cayman Islands, Guam, Montserrat, Pitcairn, St. Helena, Tokelau, the Turks and "
        "Caicos Islands and the United States Virgin Islands")
    assert _parts(found[0])["preamble"][:3] == ["enactingFormula", "considering", "reaffirming"]

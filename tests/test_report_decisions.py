"""Decisions and resolutions printed inside a report: ``hcontainer`` named after the
printed type (decision, decisionDraft, resolution, resolutionDraft) with the type and
number as ``num`` and the title as ``heading``. Figures read from the PDFs with
``pdftotext -layout`` (E/2025/43 page 4; E/2025/15/Add.1/Rev.1 pages 1 to 5)."""
from __future__ import annotations

from conftest import NS
from test_kinds import converted

from converter.model import Block
from converter.structurer.decisions import Decision, group
from converter.structurer.outline import Para, Part


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
    # Draft decision III: "The Economic and Social Council:", then (a) and (b).
    paragraphs = found[2].findall("a:paragraph", NS)
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
    assert _text(found[0].find("a:paragraph", NS)) == "The Economic and Social Council,"


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
    assert out[2].block.text.startswith("La Commission a examiné")
    inner = out[3].items
    assert isinstance(inner[0], Decision) and inner[0].name == "decision" and \
        inner[0].num == "Décision 2025/201" and \
        inner[0].heading.text == "Rapport de la Commission sur sa session"


def test_prose_starting_with_decision_is_no_heading():
    items = [_para("Decision 2024/333 of the Council decided that the session would be held."),
             _para("The Forum took note of it.")]
    assert group(items, "eng") == items

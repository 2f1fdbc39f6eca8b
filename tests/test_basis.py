"""What a General Assembly resolution was adopted on, as a workflow step. The lines are
read from the PDFs (pdftotext): A/RES/73/6 prints "[without reference to a Main Committee
(A/73/L.6 and A/73/L.6/Add.1)]" under "Resolution adopted by the General Assembly on
26 October 2018"."""
from __future__ import annotations

from conftest import NS
from test_corpus import converted

from converter import languages
from converter.structurer.analysis import basis


def test_without_reference_to_a_main_committee():
    result = converted("pdf/A_RES_73_6-EN.pdf")
    assert not result.problems
    steps = result.tree.findall(".//a:workflow/a:step", NS)
    assert [(s.get("date"), s.get("by"), s.get("refersTo"), s.get("href")) for s in steps[:2]] == [
        ("2018-10-26", "#un-ga", "#withoutReferenceToMainCommittee", "https://undocs.org/en/A/73/L.6"),
        ("2018-10-26", "#un-ga", "#withoutReferenceToMainCommittee",
         "https://undocs.org/en/A/73/L.6/Add.1")]
    assert steps[2].get("refersTo").startswith("#adoption")
    concept = result.tree.find(".//a:TLCConcept[@eId='withoutReferenceToMainCommittee']", NS)
    assert concept.get("showAs") == "without reference to a Main Committee"


class _W:
    """What basis.steps reads of a writer."""
    def __init__(self, code: str):
        self.lang, self.organ, self.tlc_kinds = languages.get(code), "un-ga", {}


def _steps(code: str, line: str):
    from lxml import etree
    top = etree.fromstring(f'<doc xmlns="{NS["a"]}"><preface><p>{line}</p></preface></doc>')
    return basis.steps(_W(code), top, "2022-12-15")


def test_on_the_report_of_a_committee_in_six_languages():
    lines = {
        "eng": "[on the report of the Third Committee (A/77/463/Add.2)]",
        "fra": "[sur la base du rapport de la Troisième Commission (A/77/463/Add.2)]",
        "spa": "[sobre la base del informe de la Tercera Comisión (A/77/463/Add.2)]",
        "rus": "[по докладу Третьего комитета (A/77/463/Add.2)]",
        "ara": "[بناء على تقرير اللجنة الثالثة (A/77/463/Add.2)]",
        "zho": "[根据第三委员会的报告(A/77/463/Add.2)通过]",
    }
    tags = {"eng": "en", "fra": "fr", "spa": "es", "rus": "ru", "ara": "ar", "zho": "zh"}
    for code, line in lines.items():
        assert _steps(code, line) == [dict(
            date="2022-12-15", by="#un-ga-c3", refersTo="#committeeReport",
            href=f"https://undocs.org/{tags[code]}/A/77/463/Add.2")], code


def test_a_committee_named_in_brackets_and_lines_that_are_no_basis():
    (step,) = _steps("eng", "[on the report of the Special Political and Decolonization "
                            "Committee (Fourth Committee) (A/53/601)]")
    assert step["by"] == "#un-ga-c4" and step["href"].endswith("/A/53/601")
    assert _steps("eng", "[Adopted without a vote.]") == []
    assert _steps("eng", "(on the report of the Third Committee)") == []


def test_the_markup_doc_excerpt_is_the_converters_output():
    from conftest import ROOT
    from lxml import etree
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("resolution was **adopted on**", 1)[1]
    excerpt = section.split("```xml", 1)[1].split("```", 1)[0]
    written = etree.tostring(converted("pdf/A_RES_73_6-EN.pdf").tree, encoding="unicode")
    lines = [line.strip() for line in excerpt.splitlines() if line.strip().startswith("<step")]
    assert len(lines) == 3
    for line in lines:
        assert line in written, line

"""The organ lines of a cover page refer to the organ they name, and the session line to
the last organ named above it. Lines and names read from the PDFs' first pages
(``pdftotext -layout``): A/HRC/EMRIP/2025/1 prints "General Assembly", "Human Rights
Council", "Expert Mechanism on the Rights of Indigenous Peoples", "Eighteenth session"."""
from __future__ import annotations

from conftest import NS
from test_corpus import converted

from converter import languages
from converter.organs import ORGANS, organ_named

LANGUAGES = ("eng", "fra", "spa", "rus", "ara", "zho")


def _cover(name: str):
    result = converted(f"pdf/{name}")
    assert result.tree is not None and not result.problems, result.problems
    cover = result.tree.find(".//a:coverPage", NS)
    authorities = [(el.text, el.get("refersTo")) for el in cover.iterfind(".//a:docAuthority", NS)]
    sessions = [el.get("refersTo") for el in cover.iterfind(".//a:session", NS)]
    tlcs = {el.get("eId"): el.get("showAs") for el in result.tree.iterfind(".//a:TLCOrganization", NS)}
    return authorities, sessions, tlcs


def test_the_human_rights_council_line_refers_to_the_council():
    authorities, sessions, tlcs = _cover("A_HRC_EMRIP_2025_1-EN.pdf")
    assert authorities == [("United Nations", "#un"), ("General Assembly", "#un-ga"),
                           ("Human Rights Council", "#un-hrc")]
    assert sessions == ["#un-hrc-emrip"]          # the Expert Mechanism's eighteenth session
    keyword = converted("pdf/A_HRC_EMRIP_2025_1-EN.pdf").tree.find(
        ".//a:classification/a:keyword[@dictionary='#session']", NS)
    assert (keyword.get("showAs"), keyword.get("refersTo")) == ("Eighteenth session", "#un-hrc-emrip")
    assert tlcs["un-hrc"] == "Human Rights Council"
    assert tlcs["un-hrc-emrip"] == "Expert Mechanism on the Rights of Indigenous Peoples"


def test_a_council_draft_keeps_the_general_assembly_line_for_the_assembly():
    authorities, sessions, _ = _cover("A_HRC_59_L.17-EN.pdf")
    assert authorities[1:] == [("General Assembly", "#un-ga"), ("Human Rights Council", "#un-hrc")]
    assert sessions == ["#un-hrc"]


def test_organ_lines_in_french_and_russian():
    authorities, sessions, _ = _cover("A_HRC_WG.6_7_ITA_1-FR.pdf")
    assert authorities[1:] == [("Assemblée générale", "#un-ga"),
                               ("Conseil des droits de l’homme", "#un-hrc")]
    assert sessions == ["#un-hrc-wg6"]
    # The Working Group's name printed on two lines ("Рабочая группа по универсальному" /
    # "периодическому обзору") still names it.
    authorities, sessions, tlcs = _cover("A_HRC_WG.6_34_ITA_3-RU.pdf")
    assert authorities[1:] == [("Генеральная Ассамблея", "#un-ga"),
                               ("Совет по правам человека", "#un-hrc")]
    assert sessions == ["#un-hrc-wg6"]
    assert tlcs["un-dgacm"] == \
        "Департамент по делам Генеральной Ассамблеи и конференционному управлению"


def test_a_functional_commissions_session():
    authorities, sessions, _ = _cover("E_CN.6_2025_9-EN.pdf")
    assert authorities[1:] == [("Economic and Social Council", "#un-ecosoc")]
    assert sessions == ["#un-ecosoc-cn6"]         # "Commission on the Status of Women"


def test_organ_names_resolve_in_each_language():
    cases = {"eng": "Human Rights Council", "fra": "Conseil des droits de l’homme",
             "spa": "Consejo de Derechos Humanos", "rus": "Совет по правам человека",
             "ara": "مجلس حقوق الإنسان", "zho": "人权理事会"}
    for code, name in cases.items():
        assert languages.get(code).organ_named(name) == "un-hrc", code
    assert languages.get("fra").organ_named("Commission de la condition de la femme") == \
        "un-ecosoc-cn6"
    assert languages.get("zho").organ_named("普遍定期审议工作组") == "un-hrc-wg6"
    assert organ_named("Committee against Torture", "ara") == "un-cat"   # English as printed
    assert languages.get("eng").organ_named("Working Group on Something Else") is None


def test_every_named_organ_has_its_six_names():
    for organ in ORGANS:
        if organ.names:
            assert set(organ.names) == set(LANGUAGES), organ.actor
    for code in LANGUAGES:
        assert languages.get(code).organ_name("un-dgacm") != "un-dgacm", code


def test_the_markup_doc_excerpt_is_the_converters_output():
    from conftest import ROOT
    from lxml import etree
    doc = (ROOT / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("### Organs on the cover page", 1)[1]
    excerpt = section.split("```xml", 1)[1].split("```", 1)[0]
    result = converted("pdf/A_HRC_EMRIP_2025_1-EN.pdf")
    assert not result.problems
    written = etree.tostring(result.tree, encoding="unicode")
    lines = [line.strip() for line in excerpt.splitlines() if line.strip()]
    assert len(lines) == 4
    for line in lines:
        assert line in written, line

"""A short resolution in each of the six UN languages: language, formula, preamble,
operative paragraph, dates; and text the structurer cannot place."""
import pytest
from conftest import NS, text

import converter
from converter import validate
from converter.errors import NotAUNDocument

CASES = {
    "eng": ("The General Assembly,", "Recalling its resolution 70/1 of 25 September 2015,",
            "1. Decides to remain seized of the matter.", "1.", "25 September 2015"),
    "fra": ("L’Assemblée générale,", "Rappelant sa résolution 70/1 du 25 septembre 2015,",
            "1. Décide de rester saisie de la question.", "1.", "25 septembre 2015"),
    "spa": ("La Asamblea General,", "Recordando su resolución 70/1, de 25 de septiembre de 2015,",
            "1. Decide seguir ocupándose de la cuestión.", "1.", "25 de septiembre de 2015"),
    "rus": ("Генеральная Ассамблея,", "ссылаясь на свою резолюцию 70/1 от 25 сентября 2015 года,",
            "1. постановляет продолжить рассмотрение этого вопроса.", "1.", "25 сентября 2015 года"),
    "ara": ("إن الجمعية العامة،", "إذ تشير إلى قرارها 70/1 المؤرخ 25 أيلول/سبتمبر 2015،",
            "1 - تقرر مواصلة النظر في هذه المسألة.", "1 -", "25 أيلول/سبتمبر 2015"),
    "zho": ("大会，", "回顾其2015年9月25日第70/1号决议，", "1. 决定继续审议这个问题。", "1.",
            "2015年9月25日"),
}


@pytest.mark.parametrize("code", sorted(CASES))
def test_six_languages(code):
    formula, pp, op, num, date = CASES[code]
    source = f"{formula}\n {pp}\n {op}\n"
    tree = converter.convert(source, date="2022-01-01", symbol="A/77/L.1")
    assert tree.xpath("//a:FRBRlanguage/@language", namespaces=NS) == [code]
    assert [text(p) for p in tree.xpath("//a:formula/a:p", namespaces=NS)] == [formula]
    assert [text(p) for p in tree.xpath("//a:preamble/a:container[not(@name='subheading')]/a:p", namespaces=NS)] == [pp]
    assert tree.xpath("//a:paragraph/a:num/text()", namespaces=NS) == [num]
    assert tree.xpath("//a:paragraph/@eId", namespaces=NS) == ["para_1"]
    assert tree.xpath("//a:date/@date", namespaces=NS) == ["2015-09-25"]
    assert tree.xpath("//a:date/text()", namespaces=NS) == [date]


def test_sub_paragraphs_become_points():
    source = ("The General Assembly,\n 1. Requests the Secretary-General:\n"
              " (a) To report to it at its next session;\n (b) To consult Member States;\n"
              " 2. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, date="2022-01-01")
    points = tree.xpath("//a:paragraph[@eId='para_1']//a:point", namespaces=NS)
    assert [p.get("eId") for p in points] == ["para_1__list_1__point_a", "para_1__list_1__point_b"]
    assert text(tree.xpath("//a:paragraph[@eId='para_1']/a:list/a:intro/a:p", namespaces=NS)[0]) \
        == "Requests the Secretary-General:"
    assert text(points[1].find("a:content/a:p", NS)) == "To consult Member States;"


def test_text_that_fits_nowhere_is_kept_and_reported():
    source = ("The General Assembly,\n Recalling its resolution 70/1,\n"
              " 1. Decides to remain seized of the matter.\n"
              " Annex text that is no operative paragraph.\n")
    tree = converter.convert(source, date="2022-01-01")
    kept = tree.xpath("//a:hcontainer[@name='unplaced']//a:p", namespaces=NS)
    assert [text(p) for p in kept] == ["Annex text that is no operative paragraph."]
    problems = validate(tree, source_text=source)
    assert [(p.code, p.severity) for p in problems] == [("unplaced-text", "warning")]


ADOPTED = """Resolution adopted by the General Assembly
on 15 December 2022
 [on the report of the Third Committee (A/77/463/Add.2, para. 101)]
 77/198. Enhancement of international cooperation in the field of human rights
 The General Assembly,
 Reaffirming its commitment to promoting international cooperation,
 1. Reaffirms that it is one of the purposes of the United Nations to achieve international
cooperation;
 2. Decides to continue its consideration of the question at its seventy-eighth session.
 48th plenary meeting
 15 December 2022
"""


def test_adopted_resolution_preface_and_conclusions():
    tree = converter.convert(ADOPTED, symbol="A/RES/77/198")
    preface = tree.xpath("//a:preface/a:p", namespaces=NS)
    assert [text(p) for p in preface] == [
        "Resolution adopted by the General Assembly on 15 December 2022",
        "[on the report of the Third Committee (A/77/463/Add.2, para. 101)]",
        "77/198. Enhancement of international cooperation in the field of human rights"]
    assert preface[0].find("a:docDate", NS).get("date") == "2022-12-15"
    assert preface[2].findtext("a:docNumber", namespaces=NS) == "77/198."
    assert preface[2].findtext("a:docTitle", namespaces=NS) == \
        "Enhancement of international cooperation in the field of human rights"
    assert [text(p) for p in tree.xpath("//a:conclusions/a:p", namespaces=NS)] == \
        ["48th plenary meeting", "15 December 2022"]
    assert tree.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-ga/2022-12-15/A-RES-77-198/!main"]
    assert tree.xpath("//a:FRBRWork/a:FRBRdate/@name", namespaces=NS) == ["adoption"]
    assert len(tree.xpath("//a:mainBody/a:paragraph", namespaces=NS)) == 2
    assert not tree.xpath("//a:hcontainer", namespaces=NS)


@pytest.mark.parametrize("line, names, ids", [
    ("Trinidad and Tobago, Bosnia and Herzegovina and Cuba: draft resolution",
     ["Trinidad and Tobago", "Bosnia and Herzegovina", "Cuba"], ["#ms_TTO", "#ms_BIH", "#ms_CUB"]),
    ("Royaume-Uni de Grande-Bretagne et d’Irlande du Nord et France : projet de résolution",
     ["Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", "France"], ["#ms_GBR", "#ms_FRA"]),
])
def test_sponsor_names_with_joiners_inside(line, names, ids):
    formula = "The General Assembly," if "draft" in line else "L’Assemblée générale,"
    tree = converter.convert(f" {line}\n Title\n {formula}\n 1. Decides so.\n", date="2022-01-01")
    proponents = tree.xpath("//a:docProponent", namespaces=NS)
    assert [p.text for p in proponents] == names
    assert [p.get("refersTo") for p in proponents] == ids


SECURITY_COUNCIL = """Nations Unies S/RES/2686 (2023)
Conseil de sécurité Distr. générale
14 juin 2023
 Résolution 2686 (2023)
 Adoptée par le Conseil de sécurité à sa 9344e séance, le 14 juin 2023
 Le Conseil de sécurité,
 Rappelant ses résolutions antérieures,
 1. Décide de rester activement saisi de la question.
"""


def test_security_council_resolution():
    tree = converter.convert(SECURITY_COUNCIL)
    assert tree.xpath("//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-sc/2023-06-14/S-RES-2686_(2023)/!main"]
    preface = tree.xpath("//a:preface/a:p", namespaces=NS)
    assert preface[0].findtext("a:docNumber", namespaces=NS) == "2686 (2023)"
    assert preface[1].find("a:docDate", NS).get("date") == "2023-06-14"
    assert tree.xpath("//a:coverPage//a:docNumber/text()", namespaces=NS) == ["S/RES/2686 (2023)"]
    assert tree.xpath("//a:preamble/a:container/a:p/a:i/text()", namespaces=NS) == ["Rappelant"]
    assert not tree.xpath("//a:hcontainer", namespaces=NS)


def test_parts_become_sections():
    source = ("The General Assembly,\n Recalling its resolution 70/1,\n I\n General considerations\n"
              " 1. Reaffirms its commitment;\n 2. Stresses the importance of cooperation;\n"
              " II. Follow-up\n 3. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, date="2022-01-01")
    sections = tree.xpath("//a:mainBody/a:section", namespaces=NS)
    assert [s.get("eId") for s in sections] == ["sec_I", "sec_II"]
    assert [s.findtext("a:heading", namespaces=NS) for s in sections] == \
        ["General considerations", "Follow-up"]
    assert tree.xpath("//a:paragraph/@eId", namespaces=NS) == \
        ["sec_I__para_1", "sec_I__para_2", "sec_II__para_3"]
    assert [text(p) for p in tree.xpath("//a:preamble/a:container[not(@name='subheading')]/a:p", namespaces=NS)] == \
        ["Recalling its resolution 70/1,"]
    assert validate(tree, source_text=source) == []


def test_a_short_paragraph_starting_with_a_capital_letter_is_no_part():
    source = ("L’Assemblée générale,\n A cet égard rappelant ses résolutions antérieures,\n"
              " 1. Décide de rester saisie de la question.\n")
    tree = converter.convert(source, date="2022-01-01")
    assert not tree.xpath("//a:section", namespaces=NS)
    assert len(tree.xpath("//a:preamble/a:container[not(@name='subheading')]/a:p", namespaces=NS)) == 1


def test_human_rights_council_ending():
    source = ("Resolution adopted by the Human Rights Council on 4 April 2023\n"
              " 52/5. Promotion of international cooperation\n The Human Rights Council,\n"
              " Recalling its previous resolutions,\n 1. Decides to remain seized of the matter.\n"
              " 53rd meeting\n 4 April 2023\n [Adopted without a vote.]\n")
    tree = converter.convert(source, symbol="A/HRC/RES/52/5")
    assert [text(p) for p in tree.xpath("//a:conclusions/a:p", namespaces=NS)] == \
        ["53rd meeting", "4 April 2023", "[Adopted without a vote.]"]
    assert tree.xpath("//a:FRBRWork/a:FRBRauthor/@href", namespaces=NS) == ["#un-hrc"]
    assert tree.xpath("//a:FRBRWork/a:FRBRdate/@date", namespaces=NS) == ["2023-04-04"]
    assert not tree.xpath("//a:hcontainer", namespaces=NS)


def test_preambular_paragraph_with_items_is_a_block_list():
    source = ("The General Assembly,\n Recalling the following instruments:\n"
              " (a) The Universal Declaration of Human Rights;\n"
              " (b) The International Covenants on Human Rights,\n"
              " Noting the report,\n 1. Decides to remain seized of the matter.\n")
    tree = converter.convert(source, date="2022-01-01")
    lists = tree.xpath("//a:preamble/a:container/a:blockList", namespaces=NS)
    assert [b.get("eId") for b in lists] == ["preamble__list_1"]
    assert text(lists[0].find("a:listIntroduction", NS)) == "Recalling the following instruments:"
    items = lists[0].findall("a:item", NS)
    assert [i.get("eId") for i in items] == ["preamble__list_1__item_a", "preamble__list_1__item_b"]
    assert text(items[1].find("a:p", NS)) == "The International Covenants on Human Rights,"
    assert [text(p) for p in tree.xpath("//a:preamble/a:container[not(@name='subheading')]/a:p", namespaces=NS)] == ["Noting the report,"]
    assert validate(tree, source_text=source) == []


def test_annex_becomes_an_attachment_after_the_conclusions():
    source = ADOPTED + (" Annex\n Declaration on international cooperation\n"
                        " We, the Heads of State and Government, reaffirm our commitment.\n")
    tree = converter.convert(source, symbol="A/RES/77/198")
    assert [text(p) for p in tree.xpath("//a:statement/a:conclusions/a:p", namespaces=NS)] == \
        ["48th plenary meeting", "15 December 2022"]
    attachments = tree.xpath("//a:attachments/a:attachment", namespaces=NS)
    assert [a.get("eId") for a in attachments] == ["att_1"]
    # A declaration (its title's head noun): a statement of its own.
    annex = attachments[0].find("a:statement", NS)
    assert annex.get("name") == "declaration"
    assert annex.xpath("a:meta//a:FRBRWork/a:FRBRthis/@value", namespaces=NS) == [
        "/akn/un/statement/deliberation/un-ga/2022-12-15/A-RES-77-198/!annex_1"]
    # The annex's title line is its title; its text a paragraph of its own (no number).
    assert annex.xpath("a:preface//a:docTitle/text()", namespaces=NS) == [
        "Declaration on international cooperation"]
    assert annex.xpath("a:mainBody/a:paragraph/@eId", namespaces=NS) == ["att_1__para_u1"]
    assert [text(p) for p in annex.xpath("a:mainBody//a:p", namespaces=NS)] == [
        "We, the Heads of State and Government, reaffirm our commitment."]
    assert not tree.xpath("//a:hcontainer", namespaces=NS)
    assert validate(tree, source_text=source) == []


def test_decision_without_formula():
    source = ("77/513. Report of the Human Rights Council\n"
              " At its 50th plenary meeting, on 15 December 2022, the General Assembly, on the\n"
              "recommendation of the Third Committee, took note of the report of the Human Rights\n"
              "Council.\n")
    tree = converter.convert(source, symbol="A/DEC/77/513", date="2022-12-15")
    assert tree.xpath("/a:akomaNtoso/a:statement/@name", namespaces=NS) == ["decision"]
    assert tree.xpath("//a:preface//a:docNumber/text()", namespaces=NS) == ["77/513."]
    paras = tree.xpath("//a:mainBody/a:paragraph", namespaces=NS)
    assert [p.get("eId") for p in paras] == ["para_1"] and paras[0].find("a:num", NS) is None
    assert text(paras[0].find("a:content/a:p", NS)).startswith("At its 50th plenary meeting")
    assert validate(tree, source_text=source) == []


def test_a_text_that_quotes_a_decision_is_no_decision():
    """The organ named far into a sentence, or in quotes, opens no decision."""
    quoting = ('Forms: a resolution, a draft resolution, a decision or a draft decision (no '
               'formula line: "The Economic and Social Council decides: (a) … (b) …" is one '
               'paragraph).\n')
    far = ("The converter reads resolutions, drafts, reports, letters, notes verbales and "
           "agendas, and in a text such as a report of the Economic and Social Council "
           "decides nothing.\n")
    for source in (quoting, far):
        with pytest.raises(NotAUNDocument):
            converter.convert(source)


@pytest.mark.parametrize("cover, code", [
    # The cover page of A/80/44 (a General Assembly supplement), as printed.
    ("A/80/44\nUnited Nations\nReport of the Committee\nagainst Torture\nEightieth session\n"
     "(8–26 July 2024)\nGeneral Assembly\nOfficial Records\nEightieth Session\n"
     "Supplement No. 44\nA/80/44", "eng"),
    ("A/80/44\nNaciones Unidas\nInforme del Comité\ncontra la Tortura\nAsamblea General\n"
     "Documentos Oficiales\nSuplemento núm. 44", "spa"),
])
def test_a_cover_page_of_few_words_is_known_by_the_organs_it_names(cover, code):
    from converter import languages
    assert languages.guess(cover).code == code


def test_few_words_naming_no_organ_are_in_no_language():
    from converter import languages
    assert languages.guess("Lorem ipsum\nA/80/44\n2024") is None


@pytest.mark.parametrize("code, printed", [
    ("eng", "The draft resolution was adopted by a recorded vote of 120 to 5, with 30 abstentions."),
    ("eng", "THE AMENDMENT WAS REJECTED BY 50 VOTES TO 70."),
    ("fra", "Le projet de résolution a été adopté par 120 voix contre 5, avec 30 abstentions."),
    ("spa", "El proyecto de resolución fue aprobado por 120 votos contra 5 y 30 abstenciones."),
    ("rus", "Проект резолюции был принят 120 голосами против 5 при 30 воздержавшихся."),
    ("zho", "决议草案以120票赞成、5票反对、30票弃权获得通过。"),
    ("ara", "اعتُمد مشروع القرار بأغلبية 120 صوتا مقابل 5، وامتناع 30"),
])
def test_vote_records_hold_the_vote_word(code, printed):
    """vote_records reads no further a paragraph without the language's vote word: each
    language's record must still be read (its count in favour, 120 or 50)."""
    from converter.languages import meta_words
    from converter.structurer.writing.metadata import vote_records
    words = meta_words(code)
    assert words.vote_word
    records = vote_records(printed, words)
    assert records and dict(records[0][1])["inFavour"] in (120, 50)

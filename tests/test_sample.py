"""The user's sample draft resolution, end to end: counts, texts, notes, links, ids."""
import re

import pytest
from conftest import NS, SAMPLE, text

import converter
from converter import validate


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def test_valid_with_no_problem_at_all(sample_tree):
    source = converter.extract(SAMPLE).source_text
    assert validate(sample_tree, source_text=source) == []


def test_identification_is_french_draft(sample_tree):
    assert xp(sample_tree, "//a:FRBRlanguage/@language") == ["fra"]
    assert xp(sample_tree, "/a:akomaNtoso/a:statement/@name") == ["resolutionDraft"]
    work = xp(sample_tree, "//a:FRBRWork/a:FRBRthis/@value")[0]
    assert work.startswith("/akn/un/statement/deliberation/un-ga/") and work.endswith("/!main")
    expression = xp(sample_tree, "//a:FRBRExpression/a:FRBRthis/@value")[0]
    assert "/fra@" in expression


def test_references_name_each_sponsor_and_organ(sample_tree):
    tlcs = dict(zip(xp(sample_tree, "//a:references/*/@eId"),
                    xp(sample_tree, "//a:references/*/@showAs")))
    assert tlcs["ms_CUB"] == "Cuba"
    assert tlcs["ms_RUS"] == "Fédération de Russie"
    assert tlcs["un-ga"] == "Assemblée générale"
    assert {"sponsor", "draft", "converter"} <= set(tlcs)


def test_preface_sponsors_type_and_title(sample_tree):
    proponents = xp(sample_tree, "//a:preface//a:docProponent")
    assert [p.text for p in proponents] == ["Cuba", "Fédération de Russie"]
    assert [p.get("refersTo") for p in proponents] == ["#ms_CUB", "#ms_RUS"]
    assert xp(sample_tree, "//a:preface//a:docStatus/text()") == ["projet de résolution"]
    assert xp(sample_tree, "//a:preface//a:docTitle/text()") == [
        "Renforcement de la coopération internationale dans le domaine des droits humains"]


def test_preamble_formula_and_fifteen_paragraphs(sample_tree):
    assert [text(p) for p in xp(sample_tree, "//a:preamble/a:formula/a:p")] == ["L’Assemblée générale,"]
    pps = xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")
    assert len(pps) == 15
    assert text(pps[0]).startswith("Réaffirmant sa volonté de promouvoir la coopération internationale,")
    assert text(pps[-1]).startswith("Rappelant que la Sous-Commission de la promotion")
    assert [p.get("eId") for p in pps] == [f"preamble__p_{i}" for i in range(1, 16)]


def test_paragraph_broken_across_the_page_is_one(sample_tree):
    pp4 = text(xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")[3])
    assert "tenue à Durban (Afrique du Sud) du 31 août au 8 septembre 2001, la Conférence" in pp4
    assert pp4.endswith("dans le domaine des droits humains,")


def test_seventeen_operative_paragraphs(sample_tree):
    paras = xp(sample_tree, "//a:mainBody/a:paragraph")
    assert len(paras) == 17
    assert [p.findtext("a:num", namespaces=NS) for p in paras] == [f"{i}." for i in range(1, 18)]
    assert [p.get("eId") for p in paras] == [f"para_{i}" for i in range(1, 18)]
    last = paras[-1].find("a:content/a:p", NS)
    assert text(last) == "Décide de poursuivre l’examen de la question à sa soixante-dix-septième session."
    assert text(paras[0].find("a:content/a:p", NS)).startswith(
        "Réaffirme que l’un des buts de l’Organisation des Nations Unies, dont la concrétisation")


# marker -> the words just before it in the original
NOTE_PLACES = {
    "*": "Cuba",
    "1": "la Conférence mondiale sur les droits de l’homme",
    "2": "la Déclaration du Millénaire qu’elle a adoptée le 8 septembre 2000",
    "3": "en date du 12 juillet 2021",
    "4": "à l’occasion des dixième",
    "5": "et vingtième",
    "6": "questions relatives aux droits de l’homme",
}
NOTE_TEXTS = {
    "*": "Au nom des États Membres de l’Organisation des Nations Unies qui sont membres "
         "du Mouvement des pays non alignés.",
    "1": "A/CONF.157/24 (Part I), chap. III.",
    "2": "Résolution 55/2.",
    "3": "Voir Documents officiels de l’Assemblée générale, soixante-seizième session, "
         "Supplément no 53 (A/76/53), chap. VII, sect. A.",
    "4": "Résolution 66/3.",
    "5": "Résolution 76/1.",
    "6": "Voir E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, chap. II, sect. A.",
}


def _before(note) -> str:
    """The text of the note's paragraph up to the note."""
    parent = note.getparent()
    while etree_local(parent) != "p":
        parent = parent.getparent()
    full = []

    def walk(el):
        if el is note:
            raise StopIteration
        full.append(el.text or "")
        for c in el:
            if etree_local(c) == "authorialNote" and c is not note:
                full.append(c.tail or "")
                continue
            walk(c)
            full.append(c.tail or "")
    try:
        walk(parent)
    except StopIteration:
        pass
    return "".join(full)


def etree_local(el):
    return el.tag.split("}")[1]


def test_seven_notes_at_their_markers(sample_tree):
    notes = xp(sample_tree, "//a:authorialNote")
    assert [n.get("marker") for n in notes] == ["*", "1", "2", "3", "4", "5", "6"]
    for note in notes:
        marker = note.get("marker")
        assert note.get("placement") == "bottom"
        assert "".join(note.itertext()) == NOTE_TEXTS[marker]
        assert _before(note).endswith(NOTE_PLACES[marker]), marker


def test_note_markers_are_not_left_in_the_text(sample_tree):
    body = " ".join(text(p) for p in xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p"))
    assert "20002" not in body and "20213" not in body and "homme1" not in body
    assert "dixième et vingtième anniversaires" in body


def test_hyphenation(sample_tree):
    body = " ".join("".join(p.itertext()) for p in xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p | //a:mainBody//a:p"))
    assert "de non-sélectivité, de non-politisation" in body
    assert "avec la Haute-Commissaire des Nations Unies" in body
    assert "non- sélectivité" not in body and "nonsélectivité" not in body


def test_extraction_artefacts_repaired(sample_tree):
    body = " ".join("".join(p.itertext()) for p in xp(sample_tree, "//a:p"))
    assert "Programme d’action de Vienne" in body
    assert "d ’" not in body and "l ’" not in body and "s ’" not in body
    assert "les cultures et les civilisations dans le domaine" in body
    assert "civil isations" not in body
    assert "  " not in body


EXPECTED_LINKS = [
    ("A/CONF.157/24 (Part I)", "https://undocs.org/fr/A/CONF.157/24(PartI)"),
    ("55/2", "https://undocs.org/fr/A/RES/55/2"),
    ("75/180", "https://undocs.org/fr/A/RES/75/180"),
    ("47/9", "https://undocs.org/fr/A/RES/47/9"),
    ("A/76/53", "https://undocs.org/fr/A/76/53"),
    ("66/3", "https://undocs.org/fr/A/RES/66/3"),
    ("76/1", "https://undocs.org/fr/A/RES/76/1"),
    ("E/CN.4/2001/2", "https://undocs.org/fr/E/CN.4/2001/2"),
]


def test_every_url_is_the_href_of_its_reference(sample_tree):
    refs = [(r.text, r.get("href")) for r in xp(sample_tree, "//a:ref")]
    assert ("70/1", "https://undocs.org/fr/A/RES/70/1") in refs
    for pair in EXPECTED_LINKS:
        assert pair in refs
    assert len(refs) == 9
    ref_70_1 = xp(sample_tree, "//a:ref[.='70/1']")[0]
    assert text(ref_70_1.getparent()).startswith("Rappelant sa résolution 70/1 du 25 septembre 2015")


def test_no_url_as_text(sample_tree):
    for node in xp(sample_tree, "//text()"):
        assert "http" not in node and "undocs" not in node


def test_eids_unique_and_after_the_naming_convention(sample_tree):
    eids = xp(sample_tree, "//@eId")
    assert len(eids) == len(set(eids))
    structural = [e for e in eids if "__" in e or e.startswith("para_")]
    pattern = re.compile(r"^[A-Za-z]+(_[A-Za-z0-9-]+)*(__[A-Za-z]+(_[A-Za-z0-9-]+)*)*$")
    assert all(pattern.match(e) for e in structural)
    assert "preamble__p_1__authorialNote_1" in eids
    assert "preamble__p_1__authorialNote_1__p_1__ref_1" in eids
    assert "preamble__formula_1__p_1" in eids
    assert "para_17__p_1" in eids


def test_dates_marked(sample_tree):
    dates = dict((d.text, d.get("date")) for d in xp(sample_tree, "//a:date"))
    assert dates["25 juin 1993"] == "1993-06-25"
    assert dates["12 juillet 2021"] == "2021-07-12"
    assert dates["8 septembre 2001"] == "2001-09-08"


def test_symbol_and_date_options_set_the_identity():
    import converter
    tree = converter.convert(SAMPLE, symbol="A/C.3/77/L.6", date="2022-10-20",
                             markup_date="2026-11-25")
    # The actor follows the symbol (A/C.3: the Third Committee), as on the PDF path.
    assert xp(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/un-ga-c3/2022-10-20/A-C.3-77-L.6/!main"]
    assert xp(tree, "//a:FRBRalias[@name='symbol']/@value") == ["A/C.3/77/L.6"]


def test_output_is_stable():
    import converter
    from converter.api import to_bytes
    fixed = dict(symbol="A/C.3/77/L.6", date="2022-10-20", markup_date="2026-11-25")
    first = to_bytes(converter.convert(SAMPLE, **fixed))
    assert first == to_bytes(converter.convert(SAMPLE, **fixed))
    second = to_bytes(converter.convert(SAMPLE.read_text(encoding="utf-8"), **fixed))
    # Same text, same XML (only the source name differs when given as a string).
    assert first.replace(b'file="cooperation-droits-humains-fr.txt"', b'file="&lt;text&gt;"') == second


def test_page_furniture_in_the_text_is_dropped_and_the_symbol_kept():
    import converter
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    furnished = ["A/C.3/77/L.6", ""]
    for line in lines:
        if line.startswith((" Sud) du 31 août", "  1. Réaffirme")):
            furnished += ["22-23456 (F)", "", "2/3", "", "A/C.3/77/L.6", ""]
        furnished.append(line)
    tree = converter.convert("\n".join(furnished), date="2022-10-20")
    assert xp(tree, "//a:FRBRalias[@name='symbol']/@value") == ["A/C.3/77/L.6"]
    assert xp(tree, "//@jobNumber") == ["22-23456 (F)"]
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 15 and len(xp(tree, "//a:mainBody/a:paragraph")) == 17
    body = " ".join("".join(e.itertext()) for e in xp(tree, "//a:preamble | //a:mainBody"))
    assert "A/C.3/77/L.6" not in body and "22-23456" not in body and "2/3" not in body
    assert "tenue à Durban (Afrique du Sud) du 31 août" in body


MASTHEAD_DUMP = """Nations Unies A/C.3/77/L.6

Assemblée générale Distr. limitée

20 octobre 2022

Français

Original : anglais

22-23456 (F)

*2223456*

Soixante-dix-septième session

Troisième Commission

Point 68 b) de l’ordre du jour

Promotion et protection des droits humains : questions

relatives aux droits humains, y compris les divers moyens

de mieux assurer l’exercice effectif des droits humains et

des libertés fondamentales

"""


def test_masthead_in_the_text_becomes_metadata_and_cover_page():
    import converter
    tree = converter.convert(MASTHEAD_DUMP + SAMPLE.read_text(encoding="utf-8"),
                             markup_date="2026-11-25")
    assert xp(tree, "//a:FRBRWork/a:FRBRthis/@value") == [
        "/akn/un/statement/deliberation/un-ga-c3/2022-10-20/A-C.3-77-L.6/!main"]
    cover = [("".join(p.itertext()), [etree_local(c) for c in p]) for p in xp(tree, "//a:coverPage/a:p")]
    assert cover[:3] == [("Nations Unies", ["docAuthority"]), ("A/C.3/77/L.6", ["docNumber"]),
                         ("Assemblée générale", ["docAuthority"])]
    assert ("Troisième Commission", ["docCommittee"]) in cover
    assert cover[-1] == ("Promotion et protection des droits humains : questions relatives aux "
                         "droits humains, y compris les divers moyens de mieux assurer l’exercice "
                         "effectif des droits humains et des libertés fondamentales",
                         ["inline"])
    assert xp(tree, "//a:preface//a:docProponent/text()") == ["Cuba", "Fédération de Russie"]
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 15 and len(xp(tree, "//a:mainBody/a:paragraph")) == 17


def test_serialized_file_keeps_the_exact_text():
    from lxml import etree as et

    import converter
    from converter.api import to_bytes
    tree = converter.convert(MASTHEAD_DUMP + SAMPLE.read_text(encoding="utf-8"))
    reread = et.fromstring(to_bytes(tree))
    mine = ["".join(p.itertext()) for p in xp(tree, "//a:p")]
    assert mine == ["".join(p.itertext()) for p in reread.xpath("//a:p", namespaces=NS)]
    assert all(t == t.strip() for t in mine)


def test_opening_words_in_italics(sample_tree):
    pps = [p.findtext("a:i", namespaces=NS) for p in xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")]
    assert pps[:4] == ["Réaffirmant", "Rappelant", "Rappelant également", "Rappelant en outre"]
    assert pps[13] == "Insistant sur"
    assert all(pps) and all(p.startswith(xp(sample_tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")[k].text or "")
                            for k, p in enumerate(pps))
    ops = [p.findtext("a:i", namespaces=NS)
           for p in xp(sample_tree, "//a:mainBody/a:paragraph/a:content/a:p")]
    assert ops[0] == "Réaffirme" and ops[12] == "Demande instamment" and ops[16] == "Décide"
    assert all(ops)


@pytest.mark.parametrize("variant", ["layout", "single-spaced"])
def test_other_text_dump_styles(variant):
    """Readers differ: a 'layout' mode indents every line; others print no blank line
    after each line. The same paragraphs come out."""
    import converter
    lines = SAMPLE.read_text(encoding="utf-8").split("\n")
    if variant == "layout":
        lines = [("        " + l) if l.strip() and not l.startswith("http") else l for l in lines]
    else:
        lines = [l for l in lines if l.strip()]
    tree = converter.convert("\n".join(lines), markup_date="2026-11-25")
    assert len(xp(tree, "//a:preamble/a:container[not(@name='subheading')]/a:p")) == 15
    assert len(xp(tree, "//a:mainBody/a:paragraph")) == 17
    assert [n.get("marker") for n in xp(tree, "//a:authorialNote")] == ["*", "1", "2", "3", "4", "5", "6"]
    assert len(xp(tree, "//a:ref")) == 9


@pytest.mark.parametrize("dump", ["pdftotext-raw.txt", "pdftotext-layout.txt"])
def test_other_readers_dumps_give_the_same_document(sample_tree, dump):
    """poppler's pdftotext, raw and layout modes, on the sample PDF: same paragraphs,
    notes at the same places, masthead read (those dumps print no link URLs)."""
    from conftest import ROOT

    import converter
    tree = converter.convert(ROOT / "tests" / "data" / dump, markup_date="2026-11-25")
    for path in ("//a:preamble/a:container[not(@name='subheading')]/a:p", "//a:mainBody//a:p", "//a:preface/a:p", "//a:authorialNote"):
        assert ["".join(e.itertext()) for e in xp(tree, path)] == \
            ["".join(e.itertext()) for e in xp(sample_tree, path)], path
    assert [(n.get("marker"), n.getparent().get("eId")) for n in xp(tree, "//a:authorialNote")] == \
        [(n.get("marker"), n.getparent().get("eId")) for n in xp(sample_tree, "//a:authorialNote")]
    assert xp(tree, "//a:FRBRalias[@name='symbol']/@value") == ["A/C.3/77/L.6"]
    assert xp(tree, "//a:coverPage//a:docCommittee/text()") == ["Troisième Commission"]


def test_building_twice_gives_the_same_document():
    from converter.api import convert_document, extract, to_bytes
    document = extract(SAMPLE)
    first = to_bytes(convert_document(document, markup_date="2026-01-01"))
    assert to_bytes(convert_document(document, markup_date="2026-01-01")) == first

"""Letters and notes verbales: ``doc name="letter"`` / ``"noteVerbale"`` with the title
line as docTitle, the text as paragraphs, the signatures (person, role) in conclusions
and what the letter transmits as attachments.

Every expected title, name, role and count here was read from the PDFs with
``pdftotext -layout`` (and the printed page), never from the converter's output."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

import pytest
from conftest import NS, text
from corpus import corpus_file
from lxml import etree
from test_kinds import converted as kinds_converted

import converter
from converter.extractor.pdf import extract_pdf, read_pages

MARKUP_DATE = "2026-11-25"


@dataclass(frozen=True)
class Part:
    """An attachment: its kind (doc @name), its printed heading (the docTitle), its
    signatures and what it transmits in turn."""
    kind: str
    title: str
    signatures: tuple = ()
    parts: tuple = ()
    body: int | None = None


@dataclass(frozen=True)
class Letter:
    file: str
    kind: str                        # letter, noteVerbale
    title: str                       # the title line as printed
    body: int | None                 # paragraphs of the letter's text, when clear
    signatures: tuple = ()           # ((name, (role, …)), …)
    parts: tuple = field(default_factory=tuple)


LETTERS = [
    Letter("A_79_794-EN.pdf", "letter",
           "Letter dated 17 February 2025 from the Permanent Representative of Türkiye to the "
           "United Nations addressed to the Secretary-General", 2,
           (("Ahmet Yıldız", ("Permanent Representative",)),),
           (Part("annex", "Annex to the letter dated 17 February 2025 from the Permanent "
                 "Representative of Türkiye to the United Nations addressed to the "
                 "Secretary-General",
                 (("Mehmet Dânâ", ("Representative",)),),
                 (Part("enclosure", "Enclosure"),), body=5),)),
    Letter("A_79_856-EN.pdf", "letter",
           "Letter dated 5 April 2025 from the Chargé d’affaires a.i. of the Permanent Mission "
           "of Ukraine to the United Nations addressed to the Secretary-General", 6,
           (("Khrystyna Hayovyshyn", ("Chargé d’affaires a.i.", "Deputy Permanent Representative")),),
           (Part("annex", "Annex to the letter dated 5 April 2025 from the Chargé d’affaires a.i. "
                 "of the Permanent Mission of Ukraine to the United Nations addressed to the "
                 "Secretary-General", body=4),)),
    # the two photographs' captions (printed right above them: the first one stays with
    # its photograph, not a title line), "Additional photographs … at the following
    # links:" holding the links 1. to 3. as its list, "Source: …" (the photographs are
    # image-only paragraphs, not counted)
    Letter("A_79_958-EN.pdf", "letter",
           "Letter dated 23 June 2025 from the Permanent Representative of Ukraine to the "
           "United Nations addressed to the Secretary-General", 2,
           (("Andrii Melnyk", ("Ambassador", "Permanent Representative")),),
           (Part("annex", "Annex to the letter dated 23 June 2025 from the Permanent "
                 "Representative of Ukraine to the United Nations addressed to the "
                 "Secretary-General", body=9),)),
    Letter("A_ES-10_1042-EN.pdf", "letter",
           "Identical letters dated 8 August 2025 from the Permanent Observer of the State of "
           "Palestine to the United Nations addressed to the Secretary-General, the President "
           "of the General Assembly and the President of the Security Council", 15,
           (("Riyad Mansour", ("Minister", "Permanent Observer")),)),
    Letter("S_2025_15-EN.pdf", "letter",
           "Letter dated 7 January 2025 from the President of the Security Council addressed "
           "to the Secretary-General", 1,
           (("Amar Bendjama", ("President of the Security Council",)),)),
    Letter("S_2025_29-EN.pdf", "letter",
           "Identical letters dated 13 January 2025 from the Permanent Representative of Israel "
           "to the United Nations addressed to the Secretary-General and the President of the "
           "Security Council", 11,
           (("Danny Danon", ("Ambassador",
                             "Permanent Representative of Israel to the United Nations")),)),
    Letter("S_2025_471-EN.pdf", "letter",
           "Letter dated 15 July 2025 from the Secretary-General addressed to the President of "
           "the Security Council", 2,
           (("António Guterres", ()),),
           (Part("annex", "Annex", (("Kaja Kallas", ()),),
                 (Part("enclosure", "Enclosure"),), body=1),)),
    Letter("A_80_66-EN.pdf", "noteVerbale",
           "Note verbale dated 18 February 2025 from the Permanent Mission of Chile to the "
           "United Nations addressed to the President of the General Assembly", 3, (),
           (Part("annex", "Annex to the note verbale dated 18 February 2025 from the Permanent "
                 "Mission of Chile to the United Nations addressed to the President of the "
                 "General Assembly"),)),
    Letter("A_80_97-EN.pdf", "noteVerbale",
           "Note verbale dated 11 June 2025 from the Permanent Mission of India to the United "
           "Nations addressed to the President of the General Assembly", 3, (),
           (Part("annex", "Annex to the note verbale dated 11 June 2025 from the Permanent "
                 "Mission of India to the United Nations addressed to the President of the "
                 "General Assembly"),)),
    # The Russian version of S/2024/228 (the file name says 216).
    Letter("S_2024_216-EN.pdf", "letter",
           "Письмо постоянных представителей Новой Зеландии и Норвегии при Организации "
           "Объединенных Наций от 11 марта 2024 года на имя Председателя Совета Безопасности",
           None,
           (("Мерете Фьельд Браттестед", ("Посол", "Постоянный представитель")),
            ("Каролин Швальгер", ("Посол", "Постоянный представитель"))),
           (Part("annex", "Приложение к письму постоянных представителей Новой Зеландии и "
                 "Норвегии при Организации Объединенных Наций от 11 марта 2024 года на имя "
                 "Председателя Совета Безопасности"),)),
]

# Every letter and note verbale of the corpus (page 1 read with pdftotext -l 1 -layout).
ALL = {
    "A_79_794-EN.pdf": "letter", "A_79_856-EN.pdf": "letter", "A_79_859-EN.pdf": "letter",
    "A_79_871-EN.pdf": "letter", "A_79_918-EN.pdf": "letter", "A_79_958-EN.pdf": "letter",
    "A_79_973-EN.pdf": "letter", "A_ES-10_1042-EN.pdf": "letter", "S_2024_216-EN.pdf": "letter",
    "S_2025_15-EN.pdf": "letter", "S_2025_29-EN.pdf": "letter", "S_2025_311-EN.pdf": "letter",
    "S_2025_471-EN.pdf": "letter",
    "A_80_66-EN.pdf": "noteVerbale", "A_80_67-EN.pdf": "noteVerbale",
    "A_80_97-EN.pdf": "noteVerbale",
}


def _words(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def converted(name: str):
    """(tree, error problems) of a corpus file: converted once per session (test_kinds's
    cache), validated against its own text."""
    result = kinds_converted(f"pdf/{name}")
    return result.tree, result.problems


def _doc(tree):
    return tree.getroot()[0]


def _title(doc) -> str | None:
    found = doc.find("a:preface//a:docTitle", NS)
    return _words(text(found)) if found is not None else None


def _signatures(doc) -> list[tuple[str, tuple[str, ...]]]:
    out = []
    for sig in doc.findall("a:conclusions/a:p/a:signature", NS):
        names = [_words(text(p)) for p in sig.findall("a:person", NS)]
        roles = tuple(_words(text(r)) for r in sig.findall("a:role", NS))
        out.append((names[0] if names else None, roles))
    return out


def _parts(doc) -> list:
    return [a.find("a:doc", NS) for a in doc.findall("a:attachments/a:attachment", NS)]


def _check_part(doc, part: Part):
    assert doc.get("name") == part.kind
    assert _title(doc) == part.title
    assert _signatures(doc) == [(n, tuple(r)) for n, r in part.signatures]
    subs = _parts(doc)
    assert [(d.get("name"), _title(d)) for d in subs] == [(p.kind, p.title) for p in part.parts]
    if part.body is not None:
        assert len([p for p in doc.findall("a:mainBody/a:paragraph", NS)
                    if text(p).strip()]) == part.body
    for d, p in zip(subs, part.parts):
        _check_part(d, p)


@pytest.mark.parametrize("name", sorted(ALL))
def test_every_letter_converts_valid_losing_nothing(name):
    tree, problems = converted(name)
    assert problems == []
    doc = _doc(tree)
    assert etree.QName(doc).localname == "doc" and doc.get("name") == ALL[name]
    source = doc.find(".//{*}source")
    assert source.get("type") == f"doc/{ALL[name]}"


@pytest.mark.parametrize("letter", LETTERS, ids=[x.file for x in LETTERS])
def test_title_signatures_and_attachments_as_printed(letter):
    tree, _ = converted(letter.file)
    doc = _doc(tree)
    assert doc.get("name") == letter.kind
    assert _title(doc) == letter.title
    # The Work's title alias is the printed title.
    alias = doc.find("a:meta/a:identification/a:FRBRWork/a:FRBRalias[@name='title']", NS)
    assert alias.get("value") == letter.title
    assert _signatures(doc) == [(n, tuple(r)) for n, r in letter.signatures]
    if letter.body is not None:
        assert len(doc.findall("a:mainBody/a:paragraph", NS)) == letter.body
    subs = _parts(doc)
    assert [(d.get("name"), _title(d)) for d in subs] == \
        [(p.kind, p.title) for p in letter.parts]
    for d, p in zip(subs, letter.parts):
        _check_part(d, p)


def test_signer_and_roles_are_in_the_references():
    tree, _ = converted("A_79_958-EN.pdf")
    doc = _doc(tree)
    person = doc.find("a:conclusions//a:person", NS)
    refs = {el.get("eId"): el for el in doc.find("a:meta/a:references", NS)}
    tlc = refs[person.get("refersTo")[1:]]
    assert etree.QName(tlc).localname == "TLCPerson" and tlc.get("showAs") == "Andrii Melnyk"
    roles = [refs[r.get("refersTo")[1:]] for r in doc.findall("a:conclusions//a:role", NS)]
    assert [(etree.QName(r).localname, r.get("showAs")) for r in roles] == \
        [("TLCRole", "Ambassador"), ("TLCRole", "Permanent Representative")]
    assert person.get("as") == f"#{roles[0].get('eId')}"
    # The "(Signed)" stays, in italics as printed.
    sig_p = doc.find("a:conclusions/a:p", NS)
    assert _words(text(sig_p)) == "(Signed) Andrii Melnyk Ambassador Permanent Representative"
    assert sig_p.find(".//a:i", NS).text == "Signed"


def test_circulation_request_stays_in_the_body():
    tree, _ = converted("A_79_794-EN.pdf")
    last = _doc(tree).findall("a:mainBody/a:paragraph", NS)[-1]
    assert _words(text(last)).startswith("I would be grateful if the present letter and its "
                                         "annex could be circulated as a document of the "
                                         "General Assembly, under agenda item 40")


def test_annex_keeps_its_note_where_printed():
    # "(see enclosure). *" prints the call in body type after a space, not raised.
    tree, _ = converted("A_79_794-EN.pdf")
    annex = _parts(_doc(tree))[0]
    first = annex.find("a:mainBody/a:paragraph/a:content/a:p", NS)
    note = first.find("a:authorialNote", NS)
    assert note is not None and note.get("marker") == "*"
    assert _words(text(note.find("a:p", NS))) == "Circulated in the language of submission only."
    assert _words(text(first)).endswith("(see enclosure).")


def test_annex_title_lines_and_numbered_paragraphs():
    tree, _ = converted("A_80_66-EN.pdf")
    annex = _parts(_doc(tree))[0]
    lines = [_words(text(p)) for p in annex.findall("a:preface/a:p", NS)]
    assert lines[1:] == ["Candidature of Chile to the Human Rights Council, 2026–2028",
                         "Voluntary pledges and commitments pursuant to General Assembly "
                         "resolution 60/251"]
    nums = [n.text for n in annex.findall("a:mainBody//a:paragraph/a:num", NS)]
    assert nums == [f"{k}." for k in range(1, 47)]        # paragraphs 1 to 46
    alias = annex.find("a:meta//a:FRBRalias[@name='title']", NS)
    assert alias.get("value") == lines[0]
    this = annex.find("a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS).get("value")
    assert this.endswith("/!annex_1")


def test_enclosure_of_an_annex_is_inside_that_annex():
    tree, _ = converted("S_2025_471-EN.pdf")
    annex = _parts(_doc(tree))[0]
    enclosure = _parts(annex)[0]
    this = enclosure.find("a:meta/a:identification/a:FRBRWork/a:FRBRthis", NS).get("value")
    assert this.endswith("/!annex_1_enclosure_1")
    lines = [_words(text(p)) for p in enclosure.findall("a:preface/a:p", NS)]
    assert lines[1].startswith("Report of the High Representative of the European Union for "
                               "Foreign Affairs and Security Policy on the activities of the "
                               "European Union military operation in Bosnia and Herzegovina")
    # Its chapters I. to V. as printed.
    assert [n.text for n in enclosure.findall("a:mainBody/a:section/a:num", NS)] == \
        ["I.", "II.", "III.", "IV.", "V."]


def test_russian_letter_masthead_date_printed_in_english():
    tree, _ = converted("S_2024_216-EN.pdf")
    date = _doc(tree).find("a:meta/a:identification/a:FRBRWork/a:FRBRdate", NS)
    assert (date.get("date"), date.get("name")) == ("2024-03-11", "issuance")


def test_landscape_page_margin_is_no_text():
    """A/79/856 prints photographs on landscape pages with the symbol, job number and
    page number turned in the margin: none of their characters is text."""
    path = corpus_file("pdf/A_79_856-EN.pdf")
    pages = read_pages(path)
    # Read along their own direction, as printed (pdftotext -f 3 -l 3 shows them).
    assert [l.text for l in pages[2].lines if l.rotated] == \
        ["3/6", "25-05771", "S/2025/213", "A/79/856"]
    doc = extract_pdf(path)
    assert not [b.text for b in doc.blocks if re.fullmatch(r"[\d\s/SA-]{1,20}", b.text)]


FRENCH_LETTER = """Nations Unies                                                        S/2025/999
Conseil de sécurité                                    Distr. générale
                                                       3 mars 2025
                                                       Français
                                                       Original : anglais

Lettre datée du 3 mars 2025, adressée au Secrétaire général par le Représentant permanent de la France auprès de l’Organisation des Nations Unies

J’ai l’honneur de vous faire tenir ci-joint le texte d’une déclaration du Ministère de l’Europe et des affaires étrangères (voir annexe).

Je vous serais reconnaissant de bien vouloir faire distribuer le texte de la présente lettre et de son annexe comme document du Conseil de sécurité.

Veuillez agréer, Monsieur le Secrétaire général, les assurances de ma très haute considération.

(Signé) Jean Dupont
Ambassadeur
Représentant permanent

Annexe à la lettre datée du 3 mars 2025 adressée au Secrétaire général par le Représentant permanent de la France auprès de l’Organisation des Nations Unies

Déclaration du Ministère de l’Europe et des affaires étrangères

La France condamne fermement les attaques perpétrées le 1er mars 2025.

Elle appelle toutes les parties à respecter le droit international humanitaire.

(Signé) Marie Martin
Directrice générale
"""

FRENCH_NOTE = """Nations Unies                                                        A/80/999
Assemblée générale                                     Distr. générale
                                                       5 mai 2025
                                                       Français
                                                       Original : espagnol

Note verbale datée du 2 mai 2025, adressée au Secrétaire général par la Mission permanente du Chili auprès de l’Organisation des Nations Unies

La Mission permanente du Chili auprès de l’Organisation des Nations Unies présente ses compliments au Secrétaire général et a l’honneur de lui faire tenir ci-joint les engagements du Chili (voir annexe).

La Mission permanente du Chili saisit cette occasion pour renouveler au Secrétaire général les assurances de sa très haute considération.

Annexe

1. Le Chili s’engage à coopérer pleinement avec le Conseil.

2. Le Chili continuera de soutenir les procédures spéciales.
"""


def test_french_letter():
    tree = converter.convert(FRENCH_LETTER, markup_date=MARKUP_DATE)
    doc = _doc(tree)
    assert doc.get("name") == "letter"
    assert _title(doc) == ("Lettre datée du 3 mars 2025, adressée au Secrétaire général par le "
                           "Représentant permanent de la France auprès de l’Organisation des "
                           "Nations Unies")
    assert doc.find("a:preface//a:docTitle/a:date", NS).get("date") == "2025-03-03"
    assert len(doc.findall("a:mainBody/a:paragraph", NS)) == 2
    # The complimentary close, then the signature, in conclusions.
    closing = doc.findall("a:conclusions/a:p", NS)
    assert _words(text(closing[0])).startswith("Veuillez agréer, Monsieur le Secrétaire général")
    assert _signatures(doc) == [("Jean Dupont", ("Ambassadeur", "Représentant permanent"))]
    annex = _parts(doc)
    assert [(d.get("name"), _title(d)) for d in annex] == [
        ("annex", "Annexe à la lettre datée du 3 mars 2025 adressée au Secrétaire général par "
                  "le Représentant permanent de la France auprès de l’Organisation des Nations "
                  "Unies")]
    assert [_words(text(p)) for p in annex[0].findall("a:preface/a:p", NS)][1] == \
        "Déclaration du Ministère de l’Europe et des affaires étrangères"
    assert len(annex[0].findall("a:mainBody/a:paragraph", NS)) == 2
    assert _signatures(annex[0]) == [("Marie Martin", ("Directrice générale",))]
    assert converter.validate(tree, source_text=converter.extract(FRENCH_LETTER).source_text) == []


def test_french_note_verbale():
    tree = converter.convert(FRENCH_NOTE, markup_date=MARKUP_DATE)
    doc = _doc(tree)
    assert doc.get("name") == "noteVerbale"
    # The third-person opening is text; the close goes to conclusions; no signature.
    body = [_words(text(p)) for p in doc.findall("a:mainBody/a:paragraph", NS)]
    assert body == ["La Mission permanente du Chili auprès de l’Organisation des Nations Unies "
                    "présente ses compliments au Secrétaire général et a l’honneur de lui faire "
                    "tenir ci-joint les engagements du Chili (voir annexe)."]
    closing = [_words(text(p)) for p in doc.findall("a:conclusions/a:p", NS)]
    assert closing == ["La Mission permanente du Chili saisit cette occasion pour renouveler au "
                       "Secrétaire général les assurances de sa très haute considération."]
    assert _signatures(doc) == []
    annex = _parts(doc)[0]
    assert _title(annex) == "Annexe"
    assert [n.text for n in annex.findall("a:mainBody/a:paragraph/a:num", NS)] == ["1.", "2."]


def _synthetic(masthead: str, title: str, body: list[str], signature: list[str],
               annex: str, annex_text: str) -> str:
    return "\n\n".join([masthead, title, *body, "\n".join(signature), annex, annex_text]) + "\n"


_MASTHEAD = """{un}                                                        S/2025/990
{organ}                                              Distr.: General
                                                     3 March 2025
                                                     {language}
                                                     Original: English"""

OTHER_LANGUAGES = [
    ("spa", _synthetic(
        "Naciones Unidas                                          S/2025/990\n"
        "Consejo de Seguridad                                     Distr. general\n"
        "                                                         3 de marzo de 2025\n"
        "                                                         Español\n"
        "                                                         Original: inglés",
        "Carta de fecha 3 de marzo de 2025 dirigida al Secretario General por el "
        "Representante Permanente de Chile ante las Naciones Unidas",
        ["Tengo el honor de transmitirle adjunta una declaración del Ministerio de Relaciones "
         "Exteriores de Chile (véase el anexo).",
         "Le agradecería que tuviera a bien hacer distribuir la presente carta y su anexo "
         "como documento del Consejo de Seguridad."],
        ["(Firmado) Juan Pérez", "Embajador", "Representante Permanente"],
        "Anexo de la carta de fecha 3 de marzo de 2025 dirigida al Secretario General por el "
        "Representante Permanente de Chile ante las Naciones Unidas",
        "Chile condena los ataques perpetrados el 1 de marzo de 2025."),
     "Juan Pérez", ("Embajador", "Representante Permanente")),
    ("rus", _synthetic(
        _MASTHEAD.format(un="Организация Объединенных Наций", organ="Совет Безопасности",
                         language="Russian"),
        "Письмо Постоянного представителя Норвегии при Организации Объединенных Наций от "
        "3 марта 2025 года на имя Генерального секретаря",
        ["Имею честь препроводить настоящим заявление министерства иностранных дел Норвегии "
         "(см. приложение).",
         "Буду признателен за распространение настоящего письма и приложения к нему в "
         "качестве документа Совета Безопасности."],
        ["(Подпись) Мерете Фьельд Браттестед", "Посол", "Постоянный представитель"],
        "Приложение к письму Постоянного представителя Норвегии при Организации Объединенных "
        "Наций от 3 марта 2025 года на имя Генерального секретаря",
        "Норвегия осуждает нападения, совершенные 1 марта 2025 года."),
     "Мерете Фьельд Браттестед", ("Посол", "Постоянный представитель")),
    ("ara", _synthetic(
        _MASTHEAD.format(un="الأمم المتحدة", organ="مجلس الأمن", language="Arabic"),
        "رسالة مؤرخة 3 آذار/مارس 2025 موجهة إلى الأمين العام من الممثل الدائم للأردن لدى "
        "الأمم المتحدة",
        ["يشرفني أن أحيل إليكم طيه بيان وزارة الخارجية الأردنية (انظر المرفق).",
         "وأرجو ممتنا تعميم هذه الرسالة ومرفقها بوصفهما وثيقة من وثائق مجلس الأمن."],
        ["(توقيع) محمود الحمود", "السفير", "المندوب الدائم"],
        "مرفق الرسالة المؤرخة 3 آذار/مارس 2025 الموجهة إلى الأمين العام من الممثل الدائم "
        "للأردن لدى الأمم المتحدة",
        "يدين الأردن الهجمات التي وقعت في 1 آذار/مارس 2025."),
     "محمود الحمود", ("السفير", "المندوب الدائم")),
    # Chinese prints the roles above the name, "(Signed)" after it.
    ("zho", _synthetic(
        _MASTHEAD.format(un="联合国", organ="安全理事会", language="Chinese"),
        "2025年3月3日挪威常驻联合国代表给秘书长的信",
        ["谨随函转递挪威外交部的声明(见附件)。", "请将本函及其附件作为安全理事会的文件分发为荷。"],
        ["常驻代表", "大使", "张伟（签名）"],
        "2025年3月3日挪威常驻联合国代表给秘书长的信的附件",
        "挪威谴责2025年3月1日发生的袭击。"),
     "张伟", ("常驻代表", "大使")),
]


@pytest.mark.parametrize("code, source, name, roles", OTHER_LANGUAGES,
                         ids=[x[0] for x in OTHER_LANGUAGES])
def test_letter_in_other_languages(code, source, name, roles):
    tree = converter.convert(source, markup_date=MARKUP_DATE)
    assert converter.validate(tree, source_text=converter.extract(source).source_text) == []
    doc = _doc(tree)
    assert doc.find("a:meta//a:FRBRlanguage", NS).get("language") == code
    assert doc.get("name") == "letter"
    lines = source.split("\n\n")
    assert _title(doc) == lines[1]
    assert len(doc.findall("a:mainBody/a:paragraph", NS)) == 2
    assert _signatures(doc) == [(name, roles)]
    assert [(d.get("name"), _title(d)) for d in _parts(doc)] == [("annex", lines[-2])]


def test_title_cut_by_the_layout_is_one_title():
    source = (
        "United Nations                                             S/2025/994\n"
        "Security Council                                           Distr.: General\n"
        "                                                           3 March 2025\n"
        "                                                           Original: English\n\n"
        "Letter dated 3 March 2025 from the Permanent Representative of Norway to the\n\n"
        "United Nations addressed to the Secretary-General\n\n"
        "I have the honour to transmit herewith a statement (see annex).\n\n"
        "(Signed) Kari Nordmann\nAmbassador\nPermanent Representative\n\n"
        "Annex to the letter dated 3 March 2025 from the Permanent Representative of\n\n"
        "Norway to the United Nations addressed to the Secretary-General\n\n"
        "Statement by the Ministry of Foreign Affairs of Norway\n\n"
        "Norway condemns the attacks of 1 March 2025.\n")
    doc = _doc(converter.convert(source, markup_date=MARKUP_DATE))
    assert _title(doc) == ("Letter dated 3 March 2025 from the Permanent Representative of "
                           "Norway to the United Nations addressed to the Secretary-General")
    annex = _parts(doc)[0]
    assert _title(annex) == ("Annex to the letter dated 3 March 2025 from the Permanent "
                             "Representative of Norway to the United Nations addressed to the "
                             "Secretary-General")
    assert [_words(text(p)) for p in annex.findall("a:preface/a:p", NS)][1:] == \
        ["Statement by the Ministry of Foreign Affairs of Norway"]
    assert _signatures(doc) == [("Kari Nordmann", ("Ambassador", "Permanent Representative"))]


@pytest.mark.parametrize("lang, request_line, item, letter_line", [
    ("eng", "Request for the inclusion of an item in the provisional agenda of the eightieth session",
     "Observer status for the African Export-Import Bank (Afreximbank) in the General Assembly",
     "Letter dated 4 June 2025 from the Permanent Representative of Uganda to the United "
     "Nations addressed to the Secretary-General"),
    ("eng", "Request for the inclusion of an additional item in the agenda of the seventy-ninth session",
     "Cooperation between the United Nations and the Organization of Turkic States",
     "Letter dated 2 May 2025 from the Permanent Representative of Azerbaijan to the United "
     "Nations addressed to the Secretary-General"),
    ("fra", "Demande d’inscription d’une question supplémentaire à l’ordre du jour de la "
     "quatre-vingtième session", "Octroi du statut d’observateur auprès de l’Assemblée générale",
     "Lettre datée du 4 juin 2025, adressée au Secrétaire général par le Représentant "
     "permanent de l’Ouganda auprès de l’Organisation des Nations Unies"),
])
def test_a_request_for_an_agenda_item_is_titled_by_the_item(lang, request_line, item, letter_line):
    from converter import letter_rules
    from converter.languages import get
    from converter.model import Block
    from converter.structurer.families.letter import read_letter
    language = get(lang)
    blocks = [Block(request_line), Block(item), Block(letter_line),
              Block("I have the honour to request the inclusion of the item.")]
    letter = read_letter(blocks, "letter", language, letter_rules.get(lang))
    assert letter.title.text == item


def test_a_letter_under_an_agenda_item_keeps_its_letter_line():
    # An agenda item's title over the letter line is the item's, not the letter's title.
    from converter import letter_rules
    from converter.languages import get
    from converter.model import Block
    from converter.structurer.families.letter import read_letter
    line = ("Letter dated 3 March 2025 from the Permanent Representative of Chile to the "
            "United Nations addressed to the Secretary-General")
    blocks = [Block("Agenda item 68"), Block("Promotion and protection of human rights"),
              Block(line), Block("I have the honour to transmit the statement.")]
    letter = read_letter(blocks, "letter", get("eng"), letter_rules.get("eng"))
    assert letter.title.text == line

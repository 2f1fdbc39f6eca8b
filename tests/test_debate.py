"""Verbatim and summary records as Akoma Ntoso ``debate`` (structurer/families/debate.py).

The figures for A/79/PV.64 were read from ``pdftotext -layout A_79_PV.64-EN.pdf``:
39 speaker lines (``grep -c "The Acting President:"`` gives 19, the lines
"Mr./Ms./Mrs. Name (Country or body) [(spoke in …)]:" 20), three "Agenda item N
(continued)" headings, three "A recorded vote was taken." lines. E/2025/43 and
E/2025/44, listed in the corpus notes as records, print on page 1 "Report on the
twenty-fourth session … Economic and Social Council Official Records, 2025 Supplement
No. 23/24": reports of a session, not records of a meeting.
"""
import re

import pytest
from corpus import corpus_file
from lxml import etree

import converter
from converter import languages
from converter.structurer.families.debate import RecordReader
from converter.structurer.analysis.kinds import classify_kind
from converter.model import Block

A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": A}


def words(el) -> str:
    return " ".join("".join(el.itertext()).split())


def speeches(tree):
    return tree.findall(".//a:speech", NS)


def from_text(speech) -> str | None:
    f = speech.find("a:from", NS)
    return words(f) if f is not None else None


def tlc(tree, ref: str):
    return tree.find(f".//a:references/*[@eId='{ref.lstrip('#')}']", NS)


@pytest.fixture(scope="module")
def pv64():
    return converter.convert(corpus_file("pdf/A_79_PV.64-EN.pdf"), markup_date="2026-11-26")


def test_verbatim_record_is_a_debate(pv64):
    root = pv64.getroot()
    top = root[0]
    assert etree.QName(top).localname == "debate"
    assert top.get("name") == "verbatimRecord"
    assert top.find("a:debateBody", NS) is not None
    uri = pv64.find(".//a:FRBRWork/a:FRBRuri", NS).get("value")
    assert uri == "/akn/un/debate/verbatimRecord/un-ga/2025-04-16/A-79-PV.64"
    assert pv64.find(".//a:FRBRWork/a:FRBRdate", NS).get("name") == "meeting"


def test_verbatim_record_valid_and_nothing_lost(pv64):
    doc = converter.extract(corpus_file("pdf/A_79_PV.64-EN.pdf"))
    problems = converter.validate(pv64, source_text=doc.source_text)
    assert [p for p in problems if p.severity == "error"] == []


def test_verbatim_record_speeches_and_sections(pv64):
    all_speeches = speeches(pv64)
    assert len(all_speeches) == 39
    assert all(from_text(s) for s in all_speeches)
    assert len([s for s in all_speeches if from_text(s) == "The Acting President:"]) == 19
    sections = pv64.findall(".//a:debateSection[@name='agendaItem']", NS)
    assert [words(s.find("a:heading", NS)) for s in sections] == [
        "Agenda item 13 (continued)", "Agenda item 17 (continued)",
        "Agenda item 125 (continued)"]
    assert words(sections[2].find("a:subheading", NS)) == \
        "Cooperation between the United Nations and regional and other organizations"
    assert from_text(all_speeches[0]) == "The Acting President:"
    assert from_text(all_speeches[1]) == "Mr. Makayat-Safouesse (Congo) (spoke in French):"
    assert from_text(all_speeches[-1]) == "The Acting President:"
    assert from_text(all_speeches[-2]) == "Mr. Nazari (Islamic Republic of Iran):"


def test_verbatim_record_speaker_references(pv64):
    setu = [s for s in speeches(pv64) if from_text(s) == "Mr. Setu-Galo (United Kingdom):"]
    assert len(setu) == 1
    person = tlc(pv64, setu[0].get("by"))
    assert etree.QName(person).localname == "TLCPerson"
    assert person.get("showAs") == "Mr. Setu-Galo (United Kingdom)"
    # Ms. Sharma speaks three times: one person.
    sharma = [s for s in speeches(pv64) if (from_text(s) or "").startswith("Ms. Sharma")]
    assert len(sharma) == 3 and len({s.get("by") for s in sharma}) == 1
    # "In the absence of the President, Mr. Kössler (Austria), Vice-President, took the
    # Chair." (page 1): the 19 speeches of "The Acting President" are his, as acting President.
    acting = [s for s in speeches(pv64) if from_text(s) == "The Acting President:"]
    assert len(acting) == 19 and {s.get("by") for s in acting} == {acting[0].get("by")}
    person = tlc(pv64, acting[0].get("by"))
    assert (etree.QName(person).localname, person.get("showAs")) == \
        ("TLCPerson", "Mr. Kössler (Austria)")
    role = tlc(pv64, acting[0].get("as"))
    assert (etree.QName(role).localname, role.get("showAs")) == ("TLCRole", "The Acting President")
    assert {s.get("as") for s in acting} == {acting[0].get("as")}
    assert all(s.get("as") is None for s in speeches(pv64) if s not in acting)
    # The President named under the title (who does not speak) is another person.
    chair = pv64.find(".//a:preface//a:person", NS)
    assert tlc(pv64, chair.get("refersTo")).get("showAs") == "Mr. Yang (Cameroon)"
    assert chair.get("refersTo") != acting[0].get("by")
    # Six paragraphs in Mr. Chumakov's speech, "(spoke in Russian)" kept in from.
    chumakov = [s for s in speeches(pv64) if (from_text(s) or "").startswith("Mr. Chumakov")][0]
    assert from_text(chumakov) == "Mr. Chumakov (Russian Federation) (spoke in Russian):"
    assert len(chumakov.findall("a:p", NS)) == 6
    assert words(chumakov.find("a:p", NS)).startswith("Our delegation would like")


def test_verbatim_record_narratives(pv64):
    narratives = [words(n) for n in pv64.iterfind(".//a:narrative", NS)]
    assert "The meeting was called to order at 10.05 a.m." in narratives
    assert narratives.count("A recorded vote was taken.") == 3
    assert "It was so decided." in narratives
    assert "Draft decision A/79/L.72, as amended, was adopted (decision 79/548 B)." in narratives
    # The vote lists: "Against:" then the States, as printed.
    k = narratives.index("Against:")
    assert narratives[k + 1] == "United States of America"
    adjournment = pv64.find(".//a:debateBody/a:adjournment", NS)
    assert words(adjournment) == "The meeting rose at 11.20 a.m."


def test_verbatim_record_preface_and_notice(pv64):
    preface = pv64.find(".//a:preface", NS)
    assert words(preface.find(".//a:docTitle", NS)) == "64th plenary meeting"
    date = preface.find(".//a:docDate", NS)
    assert words(date) == "Wednesday, 16 April 2025, 10 a.m." and date.get("date") == "2025-04-16"
    assert words(preface.find(".//a:location", NS)) == "New York"
    person = preface.find(".//a:person", NS)
    assert words(person) == "Mr. Yang"
    assert words(preface.find(".//a:role", NS)) == "President"
    notice = preface.find("a:container[@name='recordNotice']", NS)
    assert words(notice).startswith("This record contains the text of speeches delivered in English")
    assert "Corrections should be submitted to the original languages only." in words(notice)
    # The paragraph the notice cut at the foot of page 1 is one paragraph again.
    makayat = speeches(pv64)[1]
    assert any("On another note, the global population is constantly growing" in words(p)
               for p in makayat.findall("a:p", NS))


@pytest.mark.parametrize("name", ["E_2025_43-EN.pdf", "E_2025_44-EN.pdf"])
def test_session_reports_are_not_records(name):
    doc = converter.extract(corpus_file(f"pdf/{name}"))
    kind = classify_kind(doc, languages.get(doc.language))
    assert kind.label == "doc/report"


FRENCH_RECORD = """\
Nations Unies                                                          A/79/PV.70
Assemblée générale
Soixante-dix-neuvième session

Documents officiels

70e séance plénière

Mardi 22 avril 2025, à 10 heures

New York

Président :   M. Yang . . . . . . . . . . . . . . . . . . . . . . . . . (Cameroun)

La séance est ouverte à 10 h 5.

Point 13 de l’ordre du jour (suite)

Application et suivi intégrés et coordonnés des textes issus des grandes
conférences et réunions au sommet organisées sous l’égide de l’Organisation

Le Président par intérim : Je donne maintenant la parole au représentant du
Congo, qui va présenter le projet de résolution A/79/L.64.

M. Makayat-Safouesse (Congo) : Au nom de la République du Congo et de la
République d’Ouzbékistan, j’ai l’honneur de présenter le projet de
résolution A/79/L.64.

Je remercie toutes les délégations de leur participation constructive aux
consultations officieuses que nous avons menées.

Mme Sharma (Département de l’Assemblée générale et de la gestion des
conférences) : Je voudrais annoncer que d’autres pays se sont portés coauteurs
du projet de résolution.

M. Chumakov (Fédération de Russie) (parle en russe) : Notre délégation souhaite
appeler l’attention sur le libellé contradictoire du projet de résolution.

Il est procédé au vote enregistré.

Votent pour :

Albanie, Algérie, Andorre, Angola, Antigua-et-Barbuda, Arabie saoudite,
Argentine, Arménie

Votent contre :

États-Unis d’Amérique

S’abstiennent :

Néant

Le projet de résolution A/79/L.64 est adopté par 155 voix contre 1 (résolution
79/283).

La Présidente par intérim : Nous avons entendu le dernier orateur au titre des
explications de vote après le vote.

La séance est levée à 11 h 20.
"""


def test_french_verbatim_record():
    tree = converter.convert(FRENCH_RECORD, markup_date="2026-11-26")
    top = tree.getroot()[0]
    assert (etree.QName(top).localname, top.get("name")) == ("debate", "verbatimRecord")
    found = speeches(tree)
    assert [from_text(s) for s in found] == [
        "Le Président par intérim :", "M. Makayat-Safouesse (Congo) :",
        "Mme Sharma (Département de l’Assemblée générale et de la gestion des conférences) :",
        "M. Chumakov (Fédération de Russie) (parle en russe) :",
        "La Présidente par intérim :"]
    assert len(found[1].findall("a:p", NS)) == 2
    assert tlc(tree, found[3].get("by")).get("showAs") == "M. Chumakov (Fédération de Russie)"
    sections = tree.findall(".//a:debateSection[@name='agendaItem']", NS)
    assert [words(s.find("a:heading", NS)) for s in sections] == ["Point 13 de l’ordre du jour (suite)"]
    narratives = [words(n) for n in tree.iterfind(".//a:narrative", NS)]
    assert narratives[:1] == ["La séance est ouverte à 10 h 5."]
    assert "Il est procédé au vote enregistré." in narratives
    assert narratives[narratives.index("Votent contre :") + 1] == "États-Unis d’Amérique"
    assert "Le projet de résolution A/79/L.64 est adopté par 155 voix contre 1 (résolution 79/283)." \
        in narratives
    assert words(tree.find(".//a:adjournment", NS)) == "La séance est levée à 11 h 20."
    assert words(tree.find(".//a:preface//a:docTitle", NS)) == "70e séance plénière"
    assert words(tree.find(".//a:preface//a:person", NS)) == "M. Yang"
    assert tree.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-04-22"


SUMMARY_RECORD = """\
United Nations                                                   A/C.3/79/SR.10
General Assembly
Seventy-ninth session

Official Records

Third Committee

Summary record of the 10th meeting

Held at Headquarters, New York, on Monday, 7 October 2024, at 10 a.m.

Chair:   Mr. Marschik . . . . . . . . . . . . . . . . . . . . . . . . . (Austria)

This record is subject to correction. Corrections should be sent as soon as
possible, under the signature of a member of the delegation concerned, to the
Chief of the Documents Management Section.

The meeting was called to order at 10 a.m.

Agenda item 27: Social development (continued) (A/79/61 and A/79/157)

1. The Chair said that the Committee would continue its general discussion of
the item and invited delegations to take the floor.

2. Mr. Smith (United Kingdom), speaking on behalf of a group of States, said
that social development remained a priority for his delegation and for the
group as a whole.

3. He added that the group would continue to work with all partners on the
implementation of the outcome documents of the World Summit.

4. Ms. Dupont (France) said that her delegation welcomed the reports of the
Secretary-General and would support the draft resolutions under the item.

5. Mr. Taalas (Finland), speaking on behalf of the European Union, endorsed the
request.

6. It was so decided.

The meeting rose at 1 p.m.
"""


def test_english_summary_record():
    tree = converter.convert(SUMMARY_RECORD, markup_date="2026-11-26")
    top = tree.getroot()[0]
    assert (etree.QName(top).localname, top.get("name")) == ("debate", "summaryRecord")
    found = speeches(tree)
    assert [from_text(s) for s in found] == [
        "The Chair", "Mr. Smith (United Kingdom)", "Ms. Dupont (France)",
        "Mr. Taalas (Finland)"]
    assert [words(s.find("a:num", NS)) for s in found] == ["1.", "2.", "4.", "5."]
    assert "6. It was so decided." in [words(n) for n in tree.iterfind(".//a:narrative", NS)]
    assert words(found[1].find("a:p", NS)).startswith(
        ", speaking on behalf of a group of States, said that")
    assert words(found[1].findall("a:p", NS)[1]).startswith("3. He added that")
    assert words(tree.find(".//a:preface//a:docTitle", NS)) == "Summary record of the 10th meeting"
    notice = tree.find(".//a:preface/a:container[@name='recordNotice']", NS)
    assert words(notice).startswith("This record is subject to correction.")
    assert words(tree.find(".//a:adjournment", NS)) == "The meeting rose at 1 p.m."
    assert tree.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2024-10-07"


@pytest.mark.parametrize("lang,line,speaker", [
    ("eng", "The Secretary-General: I thank the Assembly.", "The Secretary-General"),
    ("eng", "The President (spoke in French): Je remercie.", "The President"),
    ("eng", "Sir Henry Smith (United Kingdom): We welcome it.", "Sir Henry Smith (United Kingdom)"),
    ("eng", "The President of the General Assembly: I open the meeting.",
     "The President of the General Assembly"),
    ("fra", "Le Secrétaire général (parle en anglais) : Je remercie l’Assemblée.",
     "Le Secrétaire général"),
    ("fra", "Mme Dupont (France) : Nous nous félicitons.", "Mme Dupont (France)"),
    ("spa", "El Presidente interino: Doy la palabra al representante.", "El Presidente interino"),
    ("spa", "Sr. García (México) (habla en inglés): Damos las gracias.", "Sr. García (México)"),
    ("rus", "Г-н Небензя (Российская Федерация) (говорит по-английски): Мы благодарим.",
     "Г-н Небензя (Российская Федерация)"),
    ("rus", "Председатель: Я предоставляю слово.", "Председатель"),
])
def test_speaker_lines(lang, line, speaker):
    match = RecordReader(languages.get(lang), summary=False).speaker(Block(line))
    assert match is not None and match.group("speaker") == speaker


@pytest.mark.parametrize("line", [
    "Mr. President, I thank you for convening this meeting.",
    "The President of my country, Mr. Sassou Nguesso, said: we must act.",
    "The Assembly will now take a decision on draft resolution A/79/L.64.",
    "Ms. Sharma said that the list was final.",          # no body: not a verbatim speaker
    "In the absence of the President, Mr. Kössler (Austria), Vice-President, took the Chair.",
])
def test_not_speaker_lines(line):
    assert RecordReader(languages.get("eng"), summary=False).speaker(Block(line)) is None


SECURITY_COUNCIL_RECORD = """\
United Nations                                                        S/PV.9876
Security Council
Eightieth year

9876th meeting

Tuesday, 18 March 2025, 10 a.m.

New York

President:   Mr. Fu Cong . . . . . . . . . . . . . . . . . . . . . . . . . (China)

Provisional agenda

The situation in the Middle East

The meeting was called to order at 10.05 a.m.

Adoption of the agenda

The agenda was adopted.

The situation in the Middle East

The President: In accordance with rule 37 of the Council’s provisional rules of
procedure, I invite the representative of Israel to participate in this meeting.

I give the floor to Ms. DiCarlo.

Ms. DiCarlo: I thank you, Mr. President, for the opportunity to brief the
Council today on the situation in the region.

Mr. President, the situation remains grave and calls for the attention of all
members of the Council.

Mr. Macron (spoke in French): France welcomes the briefing and supports the
efforts of the Secretary-General in the region.

Programme of work

The President (interpretation from French): The Council will now turn to its
programme of work for the month.

The meeting rose at 11.40 a.m.
"""


def test_security_council_record_topics():
    tree = converter.convert(SECURITY_COUNCIL_RECORD, markup_date="2026-11-26")
    sections = tree.findall(".//a:debateBody/a:debateSection", NS)
    assert [(s.get("name"), words(s.find("a:heading", NS)) if s.find("a:heading", NS) is not None
             else None) for s in sections] == [
        ("opening", None), ("topic", "Adoption of the agenda"),
        ("topic", "The situation in the Middle East"), ("topic", "Programme of work")]
    assert [words(n) for n in sections[1].findall("a:narrative", NS)] == ["The agenda was adopted."]
    found = speeches(tree)
    assert [from_text(s) for s in found] == [
        "The President:", "Ms. DiCarlo:", "Mr. Macron (spoke in French):",
        "The President (interpretation from French):"]
    assert found[0].get("by") == found[3].get("by")
    # "Mr. President, …" is a paragraph of Ms. DiCarlo's briefing, no speaker line.
    assert len(found[1].findall("a:p", NS)) == 2
    preface = words(tree.find(".//a:preface", NS))
    assert "Provisional agenda" in preface and "9876th meeting" in preface


def test_unanchored_note_in_a_record_is_reported():
    from converter.model import Footnote
    doc = converter.extract(SUMMARY_RECORD)
    doc.footnotes.append(Footnote("7", Block("A note never called.")))
    tree = converter.convert_document(doc, markup_date="2026-11-26", check=False)
    section = tree.find(".//a:debateBody/a:debateSection[@name='unanchoredNotes']", NS)
    assert words(section) == "A note never called."
    assert "unanchored-note" in {p.code for p in converter.validate(tree)}


def test_same_name_two_delegations_two_persons():
    reader = RecordReader(languages.get("eng"), summary=False)
    record = reader.read([Block("The meeting was called to order at 10 a.m."),
                          Block("Mr. Khan (Pakistan): We thank the President."),
                          Block("Mr. Khan (India): We also thank the President."),
                          Block("Mr. Khan (Pakistan): We speak again in reply.")])
    speakers = [item.speaker for item in record.sections[0].items[1:]]
    assert [s.show_as for s in speakers] == ["Mr. Khan (Pakistan)", "Mr. Khan (India)",
                                             "Mr. Khan (Pakistan)"]
    assert speakers[0].key == speakers[2].key != speakers[1].key


SPANISH_RECORD = """\
Naciones Unidas                                                        A/79/PV.70
Asamblea General
Septuagésimo noveno período de sesiones

70a sesión plenaria

Martes 22 de abril de 2025, a las 10.00 horas

Nueva York

Presidente:   Sr. Yang . . . . . . . . . . . . . . . . . . . . . . . . . (Camerún)

En ausencia del Presidente, el Sr. Kössler (Austria), Vicepresidente, ocupa
la Presidencia.

Se abre la sesión a las 10.05 horas.

Tema 13 del programa (continuación)

Aplicación y seguimiento integrados y coordinados de los resultados de las
grandes conferencias y cumbres de las Naciones Unidas

El Presidente interino: Doy ahora la palabra al representante del Congo, que
presentará el proyecto de resolución A/79/L.64.

Sr. Makayat-Safouesse (Congo) (habla en francés): En nombre de la República del
Congo y de la República de Uzbekistán, tengo el honor de presentar el proyecto.

Se procede a votación registrada.

Votos a favor:

Albania, Alemania, Andorra, Angola, Antigua y Barbuda, Arabia Saudita,
Argentina, Armenia

Queda aprobado el proyecto de resolución A/79/L.64 por 155 votos contra 1
(resolución 79/283).

Se levanta la sesión a las 11.20 horas.
"""

RUSSIAN_RECORD = """\
Организация Объединенных Наций                                         A/79/PV.70
Генеральная Ассамблея
Семьдесят девятая сессия

70-е пленарное заседание

Вторник, 22 апреля 2025 года, 10 ч 00 мин

Нью-Йорк

Председатель:   г-н Ян . . . . . . . . . . . . . . . . . . . . . . . . . (Камерун)

В отсутствие Председателя его место занимает заместитель Председателя
г-н Кёсслер (Австрия).

Заседание открывается в 10 ч 05 мин.

Пункт 13 повестки дня (продолжение)

Комплексное и скоординированное осуществление решений крупных конференций и
встреч на высшем уровне Организации Объединенных Наций

Исполняющий обязанности Председателя: Сейчас я предоставляю слово
представителю Конго, который представит проект резолюции A/79/L.64.

Г-н Макаят-Сафуэсс (Конго) (говорит по-французски): От имени Республики Конго
и Республики Узбекистан я имею честь представить этот проект резолюции.

Проводится заносимое в отчет о заседании голосование.

Голосовали за:

Албания, Алжир, Ангола, Андорра, Антигуа и Барбуда, Аргентина, Армения

Проект резолюции A/79/L.64 принимается 155 голосами против 1 (резолюция
79/283).

Заседание закрывается в 11 ч 20 мин.
"""


@pytest.mark.parametrize("text,speakers,heading,vote,adjournment,chair,acting", [
    (SPANISH_RECORD,
     ["El Presidente interino:", "Sr. Makayat-Safouesse (Congo) (habla en francés):"],
     "Tema 13 del programa (continuación)", "Votos a favor:",
     "Se levanta la sesión a las 11.20 horas.", "Sr. Yang", "Sr. Kössler (Austria)"),
    (RUSSIAN_RECORD,
     ["Исполняющий обязанности Председателя:",
      "Г-н Макаят-Сафуэсс (Конго) (говорит по-французски):"],
     "Пункт 13 повестки дня (продолжение)", "Голосовали за:",
     "Заседание закрывается в 11 ч 20 мин.", "г-н Ян", "г-н Кёсслер (Австрия)"),
])
def test_spanish_and_russian_records(text, speakers, heading, vote, adjournment, chair, acting):
    tree = converter.convert(text, markup_date="2026-11-26")
    assert [from_text(s) for s in speeches(tree)] == speakers
    assert [words(s.find("a:heading", NS)) for s in
            tree.findall(".//a:debateSection[@name='agendaItem']", NS)] == [heading]
    narratives = [words(n) for n in tree.iterfind(".//a:debateSection/a:narrative", NS)]
    assert vote in narratives and len(narratives) >= 4
    assert [n for n in narratives if "79/283" in n][0].startswith(("Queda aprobado", "Проект резолюции"))
    assert words(tree.find(".//a:adjournment", NS)) == adjournment
    assert words(tree.find(".//a:preface//a:person", NS)) == chair
    assert tree.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-04-22"
    # The Vice-President who took the chair is the acting President who speaks.
    first = speeches(tree)[0]
    assert tlc(tree, first.get("by")).get("showAs") == acting
    assert tlc(tree, first.get("as")).get("showAs") == speakers[0].rstrip(":")
    # TLC eIds are Latin letters whatever the script of the names.
    persons = tree.findall(".//a:references/a:TLCPerson", NS)
    assert persons and all(re.fullmatch(r"[a-z][A-Za-z0-9]*", p.get("eId")) for p in persons)


def test_the_manifest_counts_a_records_speeches():
    # The 39 speaker lines of A/79/PV.64 (see the top of this file); a record has no
    # preambular or operative paragraphs.
    from converter.batch.task import convert_item
    path = corpus_file("pdf/A_79_PV.64-EN.pdf")
    result, xml = convert_item(path.name, path.read_bytes(), markup_date="2026-11-26")
    assert result.status == "ok" and xml is not None and result.type == "debate"
    assert (result.paragraphs, result.preambular, result.operative) == (39, 0, 0)


# Arabic and Chinese records, as UN records print them: the speaker before a colon
# (full-width in Chinese, the title after the name: "杨先生"), "(تكلم بالفرنسية)" /
# "（以法语发言）", the acting President named in the line telling who took the chair.
ARABIC_RECORD = """\
الأمم المتحدة                                                          A/79/PV.70
الجمعية العامة
الدورة التاسعة والسبعون

الجلسة العامة 70

الثلاثاء، 22 نيسان/أبريل 2025، الساعة 10:00

نيويورك

الرئيس:   السيد يانغ . . . . . . . . . . . . . . . . . . . . . . . . . (الكاميرون)

في غياب الرئيس، تولى الرئاسة نائب الرئيس السيد كوسلر
(النمسا).

افتتحت الجلسة الساعة 10:05.

البند 13 من جدول الأعمال (تابع)

التنفيذ والمتابعة المتكاملان والمنسقان لنتائج المؤتمرات الرئيسية
ومؤتمرات القمة التي تعقدها الأمم المتحدة

الرئيس بالنيابة (تكلم بالإنكليزية): أعطي الكلمة الآن لممثل الكونغو
لعرض مشروع القرار A/79/L.64.

السيد ماكايات - سافويس (الكونغو) (تكلم بالفرنسية): باسم جمهورية
الكونغو وجمهورية أوزبكستان، يشرفني أن أعرض مشروع القرار.

وأود أن أشكر جميع الوفود على مشاركتها البناءة في المشاورات غير
الرسمية.

أجري تصويت مسجل.

المؤيدون:

ألبانيا، الجزائر، أندورا، أنغولا، أنتيغوا وبربودا، الأرجنتين،
أرمينيا

المعارضون:

الولايات المتحدة الأمريكية

اعتمد مشروع القرار A/79/L.64 بأغلبية 155 صوتا مقابل صوت واحد
(القرار 79/283).

الرئيس بالنيابة (تكلم بالإنكليزية): استمعنا إلى آخر المتكلمين
تعليلا للتصويت.

رفعت الجلسة الساعة 11:20.
"""

CHINESE_RECORD = """\
联合国                                                                 A/79/PV.70
大会
第七十九届会议

第70次全体会议

2025年4月22日星期二上午10时

纽约

主席：   杨先生 . . . . . . . . . . . . . . . . . . . . . . . . . （喀麦隆）

主席缺席，副主席克斯勒先生（奥地利）
主持会议。

上午10时05分开会。

议程项目13（续）

统筹协调地落实和贯彻联合国各次主要会议和首脑会议的成果

代理主席（以英语发言）：我现在请刚果代表介绍决议草案
A/79/L.64。

马卡亚特-萨富埃斯先生（刚果）（以法语发言）：我谨代表刚果共和国和
乌兹别克斯坦共和国介绍该决议草案。

我感谢所有代表团建设性地参加非正式
协商。

进行记录表决。

赞成：

阿尔巴尼亚、阿尔及利亚、安道尔、安哥拉、安提瓜和巴布达、阿根廷、
亚美尼亚

反对：

美利坚合众国

决议草案A/79/L.64以155票赞成、1票反对获得通过（第79/283号
决议）。

代理主席：我们听取了最后一位解释投票的发言者。

上午11时20分散会。
"""


@pytest.mark.parametrize("text,speakers,heading,vote,adopted,adjournment,chair,acting", [
    (ARABIC_RECORD,
     ["الرئيس بالنيابة (تكلم بالإنكليزية):",
      "السيد ماكايات - سافويس (الكونغو) (تكلم بالفرنسية):",
      "الرئيس بالنيابة (تكلم بالإنكليزية):"],
     "البند 13 من جدول الأعمال (تابع)", "المؤيدون:",
     "اعتمد مشروع القرار A/79/L.64 بأغلبية 155 صوتا مقابل صوت واحد (القرار 79/283).",
     "رفعت الجلسة الساعة 11:20.", "السيد يانغ", "السيد كوسلر (النمسا)"),
    (CHINESE_RECORD,
     ["代理主席（以英语发言）：", "马卡亚特-萨富埃斯先生（刚果）（以法语发言）：", "代理主席："],
     "议程项目13（续）", "赞成：",
     "决议草案A/79/L.64以155票赞成、1票反对获得通过（第79/283号决议）。",
     "上午11时20分散会。", "杨先生", "克斯勒先生（奥地利）"),
])
def test_arabic_and_chinese_records(text, speakers, heading, vote, adopted, adjournment, chair,
                                    acting):
    tree = converter.convert(text, markup_date="2026-11-26")
    doc = converter.extract(text)
    assert [p for p in converter.validate(tree, source_text=doc.source_text)
            if p.severity == "error"] == []
    found = speeches(tree)
    assert [from_text(s) for s in found] == speakers
    assert len(found[1].findall("a:p", NS)) == 2
    assert [words(s.find("a:heading", NS)) for s in
            tree.findall(".//a:debateSection[@name='agendaItem']", NS)] == [heading]
    narratives = [words(n) for n in tree.iterfind(".//a:debateSection/a:narrative", NS)]
    assert vote in narratives and adopted in narratives
    assert words(tree.find(".//a:adjournment", NS)) == adjournment
    assert words(tree.find(".//a:preface//a:person", NS)) == chair
    assert tree.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-04-22"
    # The acting President speaks first and last: the Vice-President named as taking the chair.
    assert found[0].get("by") == found[2].get("by") != found[1].get("by")
    assert tlc(tree, found[0].get("by")).get("showAs") == acting
    assert tlc(tree, found[0].get("as")).tag.endswith("TLCRole") and found[1].get("as") is None
    persons = tree.findall(".//a:references/a:TLCPerson", NS)
    assert all(re.fullmatch(r"[a-z][A-Za-z0-9]*", p.get("eId")) for p in persons)


@pytest.mark.parametrize("lang,line,speaker", [
    ("ara", "الرئيس: أعطي الكلمة الآن لممثل فرنسا.", "الرئيس"),
    ("ara", "السيدة ديكارلو: أشكركم، سيدي الرئيس.", "السيدة ديكارلو"),
    ("ara", "السيد نيبينزيا (الاتحاد الروسي) (تكلم بالروسية): نشكر الرئيس.",
     "السيد نيبينزيا (الاتحاد الروسي)"),
    ("ara", "الأمين العام (تكلم بالإنكليزية): أشكر الجمعية.", "الأمين العام"),
    ("zho", "主席：我现在请法国代表发言。", "主席"),
    ("zho", "涅边贾先生（俄罗斯联邦）（以俄语发言）：我们感谢主席。", "涅边贾先生（俄罗斯联邦）"),
    ("zho", "秘书长（以英语发言）：我感谢大会。", "秘书长"),
])
def test_arabic_and_chinese_speaker_lines(lang, line, speaker):
    match = RecordReader(languages.get(lang), summary=False).speaker(Block(line))
    assert match is not None and match.group("speaker") == speaker


@pytest.mark.parametrize("lang,line", [
    ("ara", "وأود أن أشكر جميع الوفود على مشاركتها البناءة: إنها مهمة."),
    ("zho", "我们认为：这一问题十分重要。"),
])
def test_arabic_and_chinese_not_speaker_lines(lang, line):
    assert RecordReader(languages.get(lang), summary=False).speaker(Block(line)) is None


# The chair named under the title is the one "The President" who speaks; a
# Vice-President who takes the chair is "The Acting President" until the President
# returns to it.
CHAIR_RECORD = """\
United Nations                                                        A/79/PV.71
General Assembly
Seventy-ninth session

71st plenary meeting

Thursday, 24 April 2025, 10 a.m.

New York

President:   Mr. Yang . . . . . . . . . . . . . . . . . . . . . . . . . (Cameroon)

The meeting was called to order at 10 a.m.

Agenda item 13 (continued)

The President: I now give the floor to the representative of Austria, who
will speak on behalf of the group of Western European and other States.

Mr. Kössler (Austria): We thank the President for convening this meeting
and for his leadership throughout the session.

In the absence of the President, Mr. Kössler (Austria), Vice-President, took
the Chair.

The Acting President: I now give the floor to the representative of Peru,
who will speak in explanation of vote.

Mr. Napurí Pita (Peru): We thank the Acting President and join the
consensus on the draft resolution.

The President returned to the Chair.

The President: The General Assembly has thus concluded this stage of its
consideration of agenda item 13.

The meeting rose at 1 p.m.
"""


def test_the_president_is_the_chair_of_the_preface():
    tree = converter.convert(CHAIR_RECORD, markup_date="2026-11-26")
    found = speeches(tree)
    assert [from_text(s) for s in found] == [
        "The President:", "Mr. Kössler (Austria):", "The Acting President:",
        "Mr. Napurí Pita (Peru):", "The President:"]
    chair = tree.find(".//a:preface//a:person", NS)
    assert found[0].get("by") == found[4].get("by") == chair.get("refersTo")
    assert tlc(tree, chair.get("refersTo")).get("showAs") == "Mr. Yang (Cameroon)"
    assert found[0].get("as") == found[4].get("as") == chair.get("as")
    assert tlc(tree, chair.get("as")).get("showAs") == "President"
    # Mr. Kössler speaks for Austria, then presides: one person, two capacities.
    assert found[2].get("by") == found[1].get("by")
    assert tlc(tree, found[2].get("as")).get("showAs") == "The Acting President"
    assert found[1].get("as") is None


def test_the_chair_of_a_council_and_of_a_committee():
    council = converter.convert(SECURITY_COUNCIL_RECORD, markup_date="2026-11-26")
    chair = council.find(".//a:preface//a:person", NS)
    presidents = [s for s in speeches(council) if from_text(s).startswith("The President")]
    assert len(presidents) == 2 and {s.get("by") for s in presidents} == {chair.get("refersTo")}
    assert tlc(council, chair.get("refersTo")).get("showAs") == "Mr. Fu Cong (China)"
    committee = converter.convert(SUMMARY_RECORD, markup_date="2026-11-26")
    chair = committee.find(".//a:preface//a:person", NS)
    first = speeches(committee)[0]
    assert (from_text(first), first.get("by"), first.get("as")) == \
        ("The Chair", chair.get("refersTo"), chair.get("as"))
    assert tlc(committee, chair.get("refersTo")).get("showAs") == "Mr. Marschik (Austria)"


# The same records typeset (tests/pdfs.py: any script, Arabic stored as displayed and
# mirrored by the extractor): one-line paragraphs at the same indent are told apart by
# the full stop ending the line before (Arabic and Chinese have no capitals).
CHINESE_PDF = [
    (60, "联合国"), None, (400, "A/79/PV.70"), (60, "大会"), (60, "第七十九届会议"), None,
    (60, "第70次全体会议", 12), None, (60, "2025年4月22日星期二上午10时"), None, (60, "纽约"), None,
    (60, "主席：  杨先生 . . . . . . . . . . . . . （喀麦隆）"), None,
    (80, "主席缺席，副主席克斯勒先生（奥地利）主持会议。"), None,
    (80, "上午10时05分开会。"), None,
    (60, "议程项目13（续）", 11),
    (60, "统筹协调地落实和贯彻联合国各次主要会议和首脑会议的成果"), None,
    (80, "代理主席（以英语发言）：我现在请刚果代表介绍决议草案"), (60, "A/79/L.64。"),
    (80, "马卡亚特-萨富埃斯先生（刚果）（以法语发言）：我谨代表刚果共和国"),
    (60, "和乌兹别克斯坦共和国介绍该决议草案。"),
    (80, "我感谢所有代表团建设性地参加非正式协商。"),
    (80, "进行记录表决。"),
    (80, "代理主席：我们听取了最后一位解释投票的发言者。"),
    (80, "上午11时20分散会。")]
ARABIC_PDF = [
    (535, "الأمم المتحدة"), None, (120, "A/79/PV.70"), (535, "الجمعية العامة"),
    (535, "الدورة التاسعة والسبعون"), None,
    (535, "الجلسة العامة 70", 12), None, (535, "الثلاثاء، 22 نيسان/أبريل 2025، الساعة 10:00"), None,
    (535, "نيويورك"), None,
    (535, "الرئيس:  السيد يانغ . . . . . . . . . . . . . (الكاميرون)"), None,
    (515, "في غياب الرئيس، تولى الرئاسة نائب الرئيس السيد كوسلر (النمسا)."), None,
    (515, "افتتحت الجلسة الساعة 10:05."), None,
    (535, "البند 13 من جدول الأعمال (تابع)", 11),
    (535, "التنفيذ والمتابعة المتكاملان والمنسقان لنتائج المؤتمرات"), None,
    (515, "الرئيس بالنيابة (تكلم بالإنكليزية): أعطي الكلمة الآن لممثل الكونغو لعرض"),
    (535, "مشروع القرار A/79/L.64."),
    (515, "السيد ماكايات - سافويس (الكونغو) (تكلم بالفرنسية): باسم جمهورية الكونغو"),
    (535, "وجمهورية أوزبكستان، يشرفني أن أعرض مشروع القرار."),
    (515, "وأود أن أشكر جميع الوفود على مشاركتها."),
    (515, "أجري تصويت مسجل."),
    (515, "الرئيس بالنيابة: استمعنا إلى آخر المتكلمين تعليلا للتصويت."),
    (515, "رفعت الجلسة الساعة 11:20.")]


@pytest.mark.parametrize("lines,rtl,speakers,narratives,adjournment,acting", [
    (CHINESE_PDF, False, ["代理主席（以英语发言）：", "马卡亚特-萨富埃斯先生（刚果）（以法语发言）：", "代理主席："],
     ["主席缺席，副主席克斯勒先生（奥地利）主持会议。", "上午10时05分开会。", "进行记录表决。"],
     "上午11时20分散会。", "克斯勒先生（奥地利）"),
    (ARABIC_PDF, True, ["الرئيس بالنيابة (تكلم بالإنكليزية):",
                        "السيد ماكايات - سافويس (الكونغو) (تكلم بالفرنسية):", "الرئيس بالنيابة:"],
     ["في غياب الرئيس، تولى الرئاسة نائب الرئيس السيد كوسلر (النمسا).",
      "افتتحت الجلسة الساعة 10:05.", "أجري تصويت مسجل."],
     "رفعت الجلسة الساعة 11:20.", "السيد كوسلر (النمسا)"),
])
def test_typeset_arabic_and_chinese_records(tmp_path, lines, rtl, speakers, narratives,
                                            adjournment, acting):
    from pdfs import lines_pdf
    path = tmp_path / "record.pdf"
    path.write_bytes(lines_pdf(lines, right_to_left=rtl))
    tree = converter.convert(path, markup_date="2026-11-26")
    found = speeches(tree)
    assert [from_text(s) for s in found] == speakers
    assert [len(s.findall("a:p", NS)) for s in found] == [1, 2, 1]
    assert [words(n) for n in tree.iterfind(".//a:debateSection/a:narrative", NS)] == narratives
    assert words(tree.find(".//a:adjournment", NS)) == adjournment
    assert found[0].get("by") == found[2].get("by")
    assert tlc(tree, found[0].get("by")).get("showAs") == acting
    assert tree.find(".//a:FRBRWork/a:FRBRdate", NS).get("date") == "2025-04-22"


def test_the_records_excerpt_in_the_markup_doc_is_real_output(pv64):
    """docs/markup.md, records: the acting President's speech and the persons and
    offices it refers to are lines of A/79/PV.64's output."""
    from pathlib import Path
    doc = (Path(__file__).resolve().parents[1] / "docs" / "markup.md").read_text(encoding="utf-8")
    section = doc.split("## Verbatim and summary records")[1].split("\n## ")[0]
    output = etree.tostring(pv64, encoding="unicode")
    lines = [line.strip() for line in section.splitlines()
             if line.strip().startswith(("<speech by=", "<TLCPerson", "<TLCRole"))]
    assert len(lines) == 7
    for line in lines:
        assert line in output, line


# A decision the meeting adopted, printed in the record with its number and text.
DECISION_RECORD = """\
United Nations                                                     E/2025/SR.12
Economic and Social Council
2025 session

Summary record of the 12th meeting

Held at Headquarters, New York, on Tuesday, 4 February 2025, at 10 a.m.

President:   Mr. Rae . . . . . . . . . . . . . . . . . . . . . . . . . (Canada)

The meeting was called to order at 10.05 a.m.

Agenda item 4: Elections, nominations, confirmations and appointments

1. The President said that the Council would take action on the nominations
before it and drew attention to the note by the Secretary-General.

2. It was so decided.

Decision 2025/201

Election of members of the Committee for Programme and Coordination

3. The Economic and Social Council nominated Brazil and Canada for election by the
General Assembly to the Committee for Programme and Coordination.

4. Mr. Smith (United Kingdom) said that his delegation welcomed the decision.

The meeting rose at 1 p.m.
"""


def test_a_decision_printed_in_a_record():
    tree = converter.convert(DECISION_RECORD, markup_date="2026-11-26")
    item = tree.find(".//a:debateSection[@name='agendaItem']", NS)
    decision = item.find("a:debateSection[@name='decision']", NS)
    assert words(decision.find("a:heading", NS)) == "Decision 2025/201"
    assert words(decision.find("a:subheading", NS)) == \
        "Election of members of the Committee for Programme and Coordination"
    assert [words(p) for p in decision.findall("a:p", NS)] == [
        "3. The Economic and Social Council nominated Brazil and Canada for election by the "
        "General Assembly to the Committee for Programme and Coordination."]
    # The speaker after it is no part of the decision; the President is the chair.
    assert decision.findall("a:speech", NS) == []
    assert from_text(item.findall("a:speech", NS)[-1]) == "Mr. Smith (United Kingdom)"
    assert item.index(item.findall("a:speech", NS)[-1]) > item.index(decision)
    first = speeches(tree)[0]
    assert tlc(tree, first.get("by")).get("showAs") == "Mr. Rae (Canada)"


def test_a_resolution_printed_in_a_record_has_its_preamble_and_operative_part():
    """A record prints the text adopted with its organ's line and preambular paragraphs:
    they are told apart as in a report, as containers (a debateSection holds no
    hcontainer); a one-sentence decision stays as printed."""
    from lxml import etree

    from converter import languages
    from converter.model import Block
    from converter.structurer.families.decisions import split_text, write_parts
    from converter.structurer.writing.ids import IdRegistry, IdScope
    from converter.structurer.writing.inline import akn

    class Writer:
        lang = languages.get("eng")

        def paragraph(self, parent, scope, block):
            etree.SubElement(parent, akn("p"), eId=scope.next("p")).text = block.text

    lang = languages.get("eng")
    blocks = [Block("The Economic and Social Council,"),
              Block("Recalling its resolution 2024/5 of 23 July 2024,"),
              Block("1. Decides to nominate Brazil and Canada for election;"),
              Block("2. Requests the Secretary-General to report thereon.")]
    section = etree.Element(akn("debateSection"), name="resolution", eId="dbsect_2")
    write_parts(Writer(), section, IdScope("dbsect_2", IdRegistry()), split_text(blocks, lang),
                "container")
    parts = section.findall("a:container", NS)
    assert [(c.get("name"), c.get("eId")) for c in parts] == [
        ("preamble", "dbsect_2__container_preamble"), ("operative", "dbsect_2__container_operative")]
    assert [c.get("name") for c in parts[0].findall("a:container", NS)] == \
        ["enactingFormula", "recalling"]
    assert [p.text[:10] for p in parts[1].findall("a:p", NS)] == ["1. Decides", "2. Request"]
    assert split_text([Block("3. The Economic and Social Council decided to nominate Brazil.")],
                      lang) is None

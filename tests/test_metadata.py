"""The AKN4UN metadata after identification (structurer/writing/metadata.py): publication,
classification, lifecycle, workflow, analysis, the cover page's docketNumber and
refersTo, FRBRalias name="title".

Every expected value was read from the PDF itself (``pdftotext -layout``): the masthead
(symbol, "Distr.: …", date, session, agenda item), the page-1 footer (job number), the
adoption line and the closing meeting line, the sponsors' line, the vote sentences."""
from __future__ import annotations

import pytest
from conftest import NS

import converter
from test_corpus import converted

from converter.languages import META_WORDS, meta_words
from converter.structurer.writing.metadata import job_number, vote_records

# The children of meta in the order the AKN 3.0 XSD fixes.
META_ORDER = ["identification", "publication", "classification", "lifecycle", "workflow",
              "analysis", "temporalData", "references", "notes", "proprietary",
              "presentation"]


def tree(name: str):
    result = converted(f"pdf/{name}")
    assert result.tree is not None and not result.problems, \
        f"{name}: " + "; ".join(result.problems[:3])
    return result.tree


def one(t, path: str):
    found = t.xpath(path, namespaces=NS)
    assert len(found) == 1, f"{path}: {len(found)} found"
    return found[0]


def resolves(t, ref: str) -> str:
    """The element a "#x" reference points to in references (its local name)."""
    target = t.xpath(f"//a:references/*[@eId='{ref.lstrip('#')}']", namespaces=NS)
    assert len(target) == 1, f"{ref} does not resolve in references"
    return target[0].tag.rsplit("}", 1)[1]


# One document of each family: statement (adopted, draft), doc (report, letter, agenda),
# debate, corrigendum. (file, printed symbol, printed masthead date or None)
FAMILIES = [
    ("S_RES_2768_(2025)-EN.pdf", "S/RES/2768 (2025)", "2025-01-15"),
    ("A_HRC_RES_59_25-EN.pdf", "A/HRC/RES/59/25", "2025-07-16"),
    ("E_2025_L.20-EN.pdf", "E/2025/L.20", "2025-07-21"),
    ("S_2025_15-EN.pdf", "S/2025/15", "2025-01-08"),
    ("A_HRC_EMRIP_2025_1-EN.pdf", "A/HRC/EMRIP/2025/1", "2025-04-14"),
    ("E_2025_68_Corr.1-EN.pdf", "E/2025/68/Corr.1", "2025-06-09"),
    ("A_79_PV.64-EN.pdf", "A/79/PV.64", None),          # a record prints no issuance date
    ("A_80_44-EN.pdf", "A/80/44", None),                # an Official Records cover: no date
]


@pytest.mark.parametrize("name,symbol,date", FAMILIES)
def test_meta_children_in_xsd_order_and_publication_only_when_printed(name, symbol, date):
    t = tree(name)
    meta = one(t, "/a:akomaNtoso/*/a:meta")
    tags = [c.tag.rsplit("}", 1)[1] for c in meta if isinstance(c.tag, str)]
    assert tags == sorted(tags, key=META_ORDER.index), f"{name}: {tags}"
    publication = t.xpath("//a:meta/a:publication", namespaces=NS)
    if date is None:
        assert publication == [], f"{name}: no printed date, yet a publication"
    else:
        assert [(p.get("date"), p.get("name"), p.get("showAs")) for p in publication] == \
            [(date, symbol, symbol)]


@pytest.mark.parametrize("name,symbol,date", FAMILIES)
def test_every_reference_of_the_metadata_resolves(name, symbol, date):
    t = tree(name)
    for attr in ("by", "as", "refersTo", "outcome", "dictionary", "source"):
        for el in t.xpath(f"//a:meta/*[not(self::a:references)]//*[@{attr}]", namespaces=NS):
            for ref in el.get(attr).split():
                resolves(t, ref)


def test_a_security_council_resolution_is_adopted_at_its_printed_meeting():
    # "Adopted by the Security Council at its 9836th meeting, on 15 January 2025"
    t = tree("S_RES_2768_(2025)-EN.pdf")
    step = one(t, "//a:workflow/a:step")
    assert (step.get("date"), step.get("by"), step.get("outcome")) == \
        ("2025-01-15", "#un-sc", "#adopted")
    meeting = [r for r in step.get("refersTo").split() if resolves(t, r) == "TLCEvent"]
    event = one(t, f"//a:references/a:TLCEvent[@eId='{meeting[0][1:]}']")
    assert event.get("showAs") == "9836th meeting"
    assert event.get("href").endswith("/un-sc-meeting-9836")


def test_an_hrc_resolution_is_adopted_without_a_vote_at_its_closing_meeting():
    # "on 8 July 2025" … "34th meeting / 8 July 2025 / [Adopted without a vote.]"
    t = tree("A_HRC_RES_59_25-EN.pdf")
    step = one(t, "//a:workflow/a:step")
    assert (step.get("date"), step.get("by"), step.get("outcome")) == \
        ("2025-07-08", "#un-hrc", "#adoptedWithoutVote")
    assert resolves(t, step.get("outcome")) == "TLCConcept"
    event = one(t, "//a:references/a:TLCEvent")
    assert event.get("showAs") == "34th meeting"
    assert event.get("href").endswith("/un-hrc-59-meeting-34")
    assert t.xpath("//a:analysis", namespaces=NS) == []      # no count printed


def test_a_general_assembly_resolution_names_its_plenary_meeting():
    # "Resolution adopted by the General Assembly on 10 October 2018" … "18th plenary meeting"
    t = tree("A_RES_73_3-EN.pdf")
    step = one(t, "//a:workflow/a:step[contains(@refersTo, '#adoption')]")
    assert (step.get("date"), step.get("by")) == ("2018-10-10", "#un-ga")
    # "[without reference to a Main Committee (A/73/L.4)]" (tests/test_basis.py), before it.
    assert step.getprevious().get("href") == "https://undocs.org/en/A/73/L.4"
    assert one(t, "//a:references/a:TLCEvent").get("showAs") == "18th plenary meeting"


def test_a_draft_is_submitted_by_each_of_its_sponsors():
    # E/2025/L.20: 29 States, from "Antigua and Barbuda" to "Uruguay: draft resolution".
    t = tree("E_2025_L.20-EN.pdf")
    steps = t.xpath("//a:workflow/a:step", namespaces=NS)
    assert len(steps) == 29
    assert {s.get("date") for s in steps} == {"2025-07-21"}
    assert {s.get("as") for s in steps} == {"#sponsor"}
    proponents = t.xpath("//a:preface//a:docProponent/@refersTo", namespaces=NS)
    assert [s.get("by") for s in steps] == list(dict.fromkeys(proponents))
    shown = [one(t, f"//a:references/*[@eId='{s.get('by')[1:]}']").get("showAs") for s in steps]
    assert shown[0] == "Antigua and Barbuda" and shown[-1] == "Uruguay"
    assert "Saint Vincent and the Grenadines" in shown
    assert t.xpath("//a:workflow/a:step[@outcome]", namespaces=NS) == []   # not adopted


def test_a_draft_submitted_by_an_officer_names_the_person_and_role():
    # E/2025/L.13: "Draft decision submitted by the Vice-President of the Council,
    # Krzysztof Szczerski (Poland)…"
    t = tree("E_2025_L.13-EN.pdf")
    step = one(t, "//a:workflow/a:step")
    assert resolves(t, step.get("by")) == "TLCPerson"
    assert resolves(t, step.get("as")) == "TLCRole"
    assert one(t, f"//a:references/*[@eId='{step.get('by')[1:]}']").get("showAs") == \
        "Krzysztof Szczerski"


def test_a_draft_submitted_by_an_office_is_submitted_by_its_body_in_that_role():
    # A/AC.109/2025/L.9: "Draft resolution submitted by the Chair", dated 5 June 2025.
    t = tree("A_AC.109_2025_L.9-EN.pdf")
    step = one(t, "//a:workflow/a:step")
    assert step.get("date") == "2025-06-05"
    assert resolves(t, step.get("by")) == "TLCOrganization"
    assert one(t, f"//a:references/*[@eId='{step.get('as')[1:]}']").get("showAs") == "the Chair"


def test_the_votes_of_a_record_are_in_analysis():
    # "Draft resolution A/79/L.64 was adopted by 155 votes to 1", "Draft amendment A/79/L.77
    # was adopted by 72 votes to 13, with 49 abstentions", "Draft resolution A/79/L.75 was
    # adopted by 105 votes to 9, with 33 abstentions".
    t = tree("A_79_PV.64-EN.pdf")
    votings = t.xpath("//a:analysis/a:parliamentary/a:voting", namespaces=NS)
    found = []
    for v in votings:
        counts = {resolves(t, c.get("refersTo")) and c.get("refersTo"): int(c.get("value"))
                  for c in v.xpath("a:count", namespaces=NS)}
        found.append((v.get("outcome"), counts))
        target = one(t, f"//*[@eId='{v.get('href')[1:]}']")
        assert "votes to" in "".join(target.itertext())
    assert found == [
        ("#adopted", {"#inFavour": 155, "#against": 1}),
        ("#adopted", {"#inFavour": 72, "#against": 13, "#abstentions": 49}),
        ("#adopted", {"#inFavour": 105, "#against": 9, "#abstentions": 33}),
    ]


def test_a_committee_report_records_a_vote_to_none():
    # A/53/601: "… by a recorded vote of 116 to none, with 5 abstentions".
    t = tree("A_53_601-EN.pdf")
    counts = [(c.get("refersTo"), c.get("value"))
              for c in t.xpath("//a:voting/a:count", namespaces=NS)]
    assert counts == [("#inFavour", "116"), ("#against", "0"), ("#abstentions", "5")]


@pytest.mark.parametrize("code,sentence,expected", [
    ("eng", "[Adopted by a recorded vote of 32 to 8, with 7 abstentions. The voting was:",
     ("adopted", [("inFavour", 32), ("against", 8), ("abstentions", 7)])),
    ("eng", "The draft resolution was rejected by 40 votes to 60, with no abstentions.",
     ("rejected", [("inFavour", 40), ("against", 60), ("abstentions", 0)])),
    ("fra", "Le projet de résolution A/79/L.75 est adopté par 105 voix contre 9, avec "
     "33 abstentions.", ("adopted", [("inFavour", 105), ("against", 9), ("abstentions", 33)])),
    ("spa", "Queda aprobado el proyecto de resolución A/79/L.75 por 105 votos contra 9 y "
     "33 abstenciones.", ("adopted", [("inFavour", 105), ("against", 9), ("abstentions", 33)])),
    ("rus", "Проект резолюции A/79/L.75 принимается 105 голосами против 9 при 33 "
     "воздержавшихся.", ("adopted", [("inFavour", 105), ("against", 9), ("abstentions", 33)])),
    ("zho", "决议草案A/79/L.75以105票赞成、9票反对、33票弃权获得通过。",
     ("adopted", [("inFavour", 105), ("against", 9), ("abstentions", 33)])),
    ("zho", "[以23票对15票、9票弃权的记录表决通过。表决情况如下：",
     ("adopted", [("inFavour", 23), ("against", 15), ("abstentions", 9)])),
    ("ara", "[اعتُمد بتصويت مسجل بأغلبية 23 صوتاً مقابل 15 وامتناع 9 أعضاء عن التصويت.",
     ("adopted", [("inFavour", 23), ("against", 15), ("abstentions", 9)])),
    ("ara", "اعتُمد مشروع القرار A/79/L.75 بأغلبية 105 أصوات مقابل 9 أصوات، وامتناع 33 عضوا",
     ("adopted", [("inFavour", 105), ("against", 9), ("abstentions", 33)])),
    ("rus", "[Принята заносимым в отчет о заседании голосованием 23 голосами против 15 при "
     "9 воздержавшихся.", ("adopted", [("inFavour", 23), ("against", 15), ("abstentions", 9)])),
    ("fra", "[Adoptée à l’issue d’un vote enregistré par 23 voix contre 15, avec "
     "9 abstentions.", ("adopted", [("inFavour", 23), ("against", 15), ("abstentions", 9)])),
    ("spa", "[Aprobada en votación registrada por 23 votos contra 15 y 9 abstenciones.",
     ("adopted", [("inFavour", 23), ("against", 15), ("abstentions", 9)])),
])
def test_vote_sentences_in_each_language(code, sentence, expected):
    assert vote_records(sentence, meta_words(code)) == [expected]


def test_every_vote_pattern_needs_the_count_in_favour():
    # vote_records reads no further a text without a digit: each language's patterns
    # print the count in favour in digits, and a record without them is none.
    from converter.languages import META_WORDS
    for code, words in META_WORDS.items():
        for pattern in words.votes:
            assert r"(?P<favour>\d+)" in pattern, code
    assert vote_records("adopted by a recorded vote of thirty to eight", meta_words("eng")) == []
    assert vote_records("adopted by a recorded vote of 30 to 8", meta_words("eng")) == \
        [("adopted", [("inFavour", 30), ("against", 8)])]


# An HRC resolution adopted by a recorded vote, as the Council prints it (the corpus has
# none: its HRC resolution was adopted without a vote); its preamble recalls another vote.
VOTED = """United Nations                                   A/HRC/RES/58/99
General Assembly                                 Distr.: General
                                                 10 April 2025
                                                 Original: English

Human Rights Council
Fifty-eighth session

Resolution adopted by the Human Rights Council on 3 April 2025

58/99. Situation of human rights in a country

The Human Rights Council,

Recalling its resolution 55/1, adopted by a recorded vote of 30 to 10, with 7 abstentions,

Guided by the Charter of the United Nations,

1. Decides to remain seized of the matter.

62nd meeting
3 April 2025

[Adopted by a recorded vote of 23 to 15, with 9 abstentions. The voting was as follows:

In favour:
Albania, Belgium, Chile

Against:
China, Cuba

Abstaining:
Brazil, India]
"""


def test_a_resolution_records_its_own_vote_not_a_recalled_one(tmp_path):
    path = tmp_path / "voted.txt"
    path.write_text(VOTED, encoding="utf-8")
    t = converter.convert(path, markup_date="2026-11-26")
    votings = t.xpath("//a:analysis/a:parliamentary/a:voting", namespaces=NS)
    assert [[(c.get("refersTo"), c.get("value")) for c in v] for v in votings] == \
        [[("#inFavour", "23"), ("#against", "15"), ("#abstentions", "9")]]
    target = one(t, f"//*[@eId='{votings[0].get('href')[1:]}']")
    assert "".join(target.itertext()).startswith("[Adopted by a recorded vote of 23 to 15")
    step = one(t, "//a:workflow/a:step")
    assert (step.get("date"), step.get("outcome")) == ("2025-04-03", "#adopted")
    assert one(t, "//a:references/a:TLCEvent").get("href").endswith("/un-hrc-58-meeting-62")
    assert [p for p in converter.validate(t) if p.severity == "error"] == []


def test_an_increase_by_numbers_is_no_vote():
    assert vote_records("increased by 5 to 10 per cent, with 3 exceptions", meta_words("eng")) == []


@pytest.mark.parametrize("code", sorted(META_WORDS))
def test_every_language_names_the_concepts(code):
    words = meta_words(code)
    for name in ("distributionGeneral", "issuanceDate", "adopted", "adoptedWithoutVote",
                 "inFavour", "against", "abstentions", "agendaItem", "session", "jobNumber"):
        assert words.concepts.get(name), f"{code}: no showAs for {name}"


@pytest.mark.parametrize("name,session,items", [
    # "Fifty-ninth session" / "Agenda item 3"
    ("A_HRC_RES_59_25-EN.pdf", ("59", "Fifty-ninth session"), ["3"]),
    # "2025 session" / "Agenda item 13 (e)"
    ("E_2025_L.20-EN.pdf", ("2025", "2025 session"), ["13 (e)"]),
    # "Seventy-third session" / "Agenda item 129"
    ("A_RES_73_3-EN.pdf", ("73", "Seventy-third session"), ["129"]),
])
def test_session_and_agenda_items_are_keywords(name, session, items):
    t = tree(name)
    sessions = t.xpath("//a:classification/a:keyword[@dictionary='#session']", namespaces=NS)
    assert [(k.get("value"), k.get("showAs")) for k in sessions] == [session]
    agenda = t.xpath("//a:classification/a:keyword[@dictionary='#agendaItem']", namespaces=NS)
    assert [k.get("value") for k in agenda] == items
    assert agenda[0].get("showAs").startswith(f"Agenda item {items[0]}")


@pytest.mark.parametrize("name,items", [
    ("A_79_856-EN.pdf", ["62", "67", "80", "110", "132", "135"]),   # "Agenda items 62, 67, …"
    ("A_79_871-EN.pdf", ["32 (a)", "110"]),                          # "Agenda items 32 (a) and 110"
    ("E_CN.5_2025_L.6-EN.pdf", ["3 (b) (iii)"]),                     # "Agenda item 3 (b) (iii)"
    ("A_HRC_EMRIP_2025_1-EN.pdf", ["2"]),                  # "Item 2 of the provisional agenda"
    ("UNW_2025_2-EN.pdf", ["2"]),                          # "Item 2 of the provisional agenda"
])
def test_each_printed_agenda_item_is_a_keyword(name, items):
    t = tree(name)
    agenda = t.xpath("//a:classification/a:keyword[@dictionary='#agendaItem']", namespaces=NS)
    assert [k.get("value") for k in agenda] == items


def test_the_agenda_title_follows_a_single_item():
    t = tree("E_2025_L.20-EN.pdf")
    keyword = one(t, "//a:keyword[@dictionary='#agendaItem']")
    assert keyword.get("showAs") == ("Agenda item 13 (e): Coordination, programme and other "
                                     "questions: long-term programme of support for Haiti")


@pytest.mark.parametrize("name,job", [
    ("S_RES_2768_(2025)-EN.pdf", "25-00616 (E)"),
    ("E_2025_L.20-EN.pdf", "25-11937 (E)"),          # printed "25-11937 (E)     230725"
    ("A_80_44-EN.pdf", "GE.25-09438 (E)"),
])
def test_the_job_number_is_a_docket_number_on_the_cover_page(name, job):
    t = tree(name)
    docket = one(t, "//a:coverPage/a:p/a:docketNumber")
    assert docket.text == job
    assert resolves(t, docket.get("refersTo")) == "TLCConcept"
    source = one(t, "//a:proprietary/*[local-name()='source']")
    assert job_number(source.get("jobNumber")) == job           # still in proprietary


@pytest.mark.parametrize("name,concept", [
    ("S_RES_2768_(2025)-EN.pdf", "#distributionGeneral"),     # "Distr.: General"
    ("E_2025_L.20-EN.pdf", "#distributionLimited"),           # "Distr.: Limited"
    ("A_HRC_WG.6_7_ITA_1-FR.pdf", "#distributionGeneral"),    # "Distr. générale"
    ("A_RES_77_247-ES.pdf", "#distributionGeneral"),          # "Distr. general"
    ("A_HRC_WG.6_34_ITA_3-RU.pdf", "#distributionGeneral"),   # "Distr.: General"
])
def test_distribution_and_date_of_the_cover_page_refer_to_concepts(name, concept):
    t = tree(name)
    distribution = one(t, "//a:coverPage//a:inline[@name='distribution']")
    assert distribution.get("refersTo") == concept
    assert resolves(t, concept) == "TLCConcept"
    date = one(t, "//a:coverPage//a:docDate")
    assert resolves(t, date.get("refersTo")) == "TLCConcept"


def test_the_generation_event_is_the_work_date_from_the_work_itself():
    t = tree("A_HRC_RES_59_25-EN.pdf")
    event = one(t, "//a:lifecycle/a:eventRef")
    assert (event.get("type"), event.get("date")) == ("generation", "2025-07-08")  # adopted
    original = one(t, f"//a:references/a:original[@eId='{event.get('source')[1:]}']")
    assert original.get("href") == \
        one(t, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRuri").get("value")


def test_a_corrigendum_has_an_event_on_its_parent():
    # E/2025/68/Corr.1, dated 9 June 2025, corrects E/2025/68.
    t = tree("E_2025_68_Corr.1-EN.pdf")
    events = t.xpath("//a:lifecycle/a:eventRef", namespaces=NS)
    assert [(e.get("type"), e.get("date")) for e in events] == \
        [("generation", "2025-06-09"), ("amendment", "2025-06-09")]
    parent = one(t, f"//a:references/*[@eId='{events[1].get('source')[1:]}']")
    assert (parent.tag.rsplit("}", 1)[1], parent.get("showAs")) == ("activeRef", "E/2025/68")


def test_no_event_is_dated_by_a_guessed_date():
    # A/80/44 prints no issuance date: its Work date is not printed, so no lifecycle.
    t = tree("A_80_44-EN.pdf")
    assert one(t, "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRdate").get("name") \
        not in ("issuance", "adoption", "meeting")
    assert t.xpath("//a:lifecycle", namespaces=NS) == []


@pytest.mark.parametrize("name,title", [
    ("S_2025_15-EN.pdf", "Letter dated 7 January 2025 from the President of the Security "
                         "Council addressed to the Secretary-General"),
    ("A_80_44-EN.pdf", "Report of the Committee against Torture"),
    ("A_79_PV.64-EN.pdf", "64th plenary meeting"),
    ("A_HRC_EMRIP_2025_1-EN.pdf", "Annotated provisional agenda"),
    ("E_2025_68_Corr.1-EN.pdf", "Long-term impact of current trends on the realization of "
                                "the Sustainable Development Goals"),
    ("A_HRC_RES_59_25-EN.pdf", "Human rights and climate change"),
])
def test_every_family_writes_its_printed_title_as_alias(name, title):
    t = tree(name)
    path = "/a:akomaNtoso/*/a:meta/a:identification/a:FRBRWork/a:FRBRalias[@name='title']"
    assert one(t, path).get("value") == title

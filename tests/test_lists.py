"""Numbered lists read from the outline's items (converter/structurer/analysis/lists.py),
on items as TPNW/MSP/2025/11 and A/80/15 (Part I) print them (pdftotext -layout), and
the paragraph numbering that goes back (analysis/outline.py)."""
from __future__ import annotations

from converter import languages
from converter.model import Block
from converter.structurer.analysis import lists
from converter.structurer.analysis.outline import Para, Part, _items


def _para(text: str, num: str | None = None) -> Para:
    return Para(num, Block(text))


def test_lettered_lines_between_a_lists_items_are_the_item_above_s():
    """TPNW/MSP/2025/11, chapter II, paragraph 7: "The Meeting adopted its agenda … as
    follows:", then items 1. to 16., item 7 with its "(a)" and "(b)" under it, item 11
    with "(a)" to "(f)" and "(i)" to "(v)"."""
    items = [_para("The Meeting adopted its agenda, as contained in document X, as follows:", "7."),
             _para("Opening of the Meeting.", "1."),
             _para("Election of the President.", "2."),
             _para("Credentials of representatives to the Meeting:", "3."),
             _para("(a) Appointment of members of the Credentials Committee;"),
             _para("(b) Report of the Credentials Committee."),
             _para("High-level session.", "4."),
             _para("Closure of the Meeting.", "5."),
             _para("The Meeting elected its President by acclamation.", "8.")]
    out = lists.gather(items)
    assert [p.num for p in out] == ["7.", "8."]
    entries = out[0].items
    assert [e.num for e in entries] == ["1.", "2.", "3.", "4.", "5."]
    assert [s.block.text for s in entries[2].items] == [
        "(a) Appointment of members of the Credentials Committee;",
        "(b) Report of the Credentials Committee."]
    assert all(not e.items for k, e in enumerate(entries) if k != 2)


def test_whole_sentences_after_a_lead_in_stay_paragraphs_and_keep_their_lines():
    items = [_para("The workshop recommended that:", "6."),
             _para("As the relationship between the programmes is essential, the parties "
                   "should meet every year. They should report on it to the Conference.", "1."),
             _para("(a) in the first year;"),
             _para("The secretariat should prepare a note on the matter for the next session. "
                   "It should be circulated in advance.", "2.")]
    out = lists.gather(items)
    assert [p.num for p in out] == ["6.", "1.", None, "2."]
    assert all(not p.items for p in out)


def test_an_annex_of_numbered_titles_alone_is_one_list():
    """A/80/15 (Part I), annex I: the agenda "1. Adoption of the agenda.", "2. Preparations
    for UNCTAD XVI.", "3. Adoption of the report of the Trade and Development Board."."""
    items = [_para("Adoption of the agenda.", "1."), _para("Preparations for UNCTAD XVI.", "2."),
             _para("Adoption of the report of the Trade and Development Board.", "3.")]
    (holder,) = lists.only_titles(items)
    assert holder.num is None and holder.block.text == ""
    assert [e.num for e in holder.items] == ["1.", "2.", "3."]
    # Paragraphs of text are no such list.
    text = [_para("The Board adopted its agenda. It then elected its officers.", "1."),
            _para("The Board decided to hold its next session in Geneva.", "2.")]
    assert lists.only_titles(text) == text


def test_a_number_that_goes_back_without_starting_at_one_numbers_no_paragraph():
    """S/2025/472's annex: paragraph 61, then the rows "9." to "27." of a training table
    printed on the next page without its grid, then paragraph 62. A report's own numbers
    that go on after a text numbered from 1 (a draft decision) are paragraphs."""
    lang = languages.get("eng")
    blocks = [Block(f"{n}. The Mission continued its operations in the area.") for n in (60, 61)] + \
        [Block(f"{n}. Safety precautions for individual firearms 17 - 20 Feb 25 97 out of 150.")
         for n in (9, 10, 11)] + \
        [Block("62. Achievements attained during the reporting period include the following.")]
    nums = [i.num for i in _items(blocks, lang, frozenset())]
    assert nums == ["60.", "61.", None, None, None, "62."]
    again = [Block(f"{n}. The Committee considered the item at its meeting.") for n in (10, 11)] + \
        [Block(f"{n}. The General Assembly decides to consider the question.") for n in (1, 2, 3)] + \
        [Block("12. The Committee also recommends the adoption of the following text.")]
    assert [i.num for i in _items(again, lang, frozenset())] == ["10.", "11.", "1.", "2.", "3.", "12."]


def test_names_numbered_under_a_title_with_no_lead_in_are_a_list():
    """TPNW/MSP/2025/11, annex III, intersessional decision 5 (pdftotext p. 16-17): its
    paragraph 2, then "Annex I" and the organizations "1. Aalem for Orphan and Vulnerable
    Children, Inc.*" to "51." with no lead-in, then "Annex II" and "1. 80,000 Voices*",
    "13. beHuman*" …: each list is the title's, its entries no headings nor paragraphs."""
    lang = languages.get("eng")
    first = ["Aalem for Orphan and Vulnerable Children, Inc.*", "Acronym Institute for Disarmament Diplomacy*",
             "African Heritage and Global Peace Initiative*", "Associazione Carcere e Territorio*",
             "Cameroon Youths and Students Forum for Peace*"]
    second = ["80,000 Voices*", "Abolition 2000 Global Network to Eliminate Nuclear Weapons*",
              "Action Pour le Développement des Jeunes au Congo (ADJC)*", "Affected Communities and Allies Working Group*",
              "Africa Reconciled*", "beHuman*"]
    blocks = [Block("2. Accepts the participation in the third Meeting of States Parties of the other relevant "
                    "organizations, contained in annex II to the present decision."),
              Block("Annex I"), *[Block(f"{n}. {name}") for n, name in enumerate(first, start=1)],
              Block("* Participated in the first or second Meeting of States Parties to the Treaty."),
              Block("Annex II"), *[Block(f"{n}. {name}") for n, name in enumerate(second, start=1)]]
    items = _items(blocks, lang, frozenset())
    assert all(isinstance(i, Para) for i in items)           # no heading among them
    out = lists.gather(items)
    assert [(p.num, p.block.text) for p in out] == [
        ("2.", blocks[0].text[3:]), (None, "Annex I"), (None, blocks[len(first) + 2].text), (None, "Annex II")]
    assert [e.block.text for e in out[1].items] == first and [e.block.text for e in out[3].items] == second
    assert [e.num for e in out[3].items] == [f"{n}." for n in range(1, len(second) + 1)]


def test_sentences_numbered_under_a_title_stay_paragraphs():
    lang = languages.get("eng")
    blocks = [Block("Annex"), Block("1. The Board adopted its agenda."),
              Block("2. The Board elected its officers."), Block("3. The Board closed its session.")]
    out = lists.gather(_items(blocks, lang, frozenset()))
    assert [p.num for p in out] == [None, "1.", "2.", "3."] and not out[0].items


def test_a_labels_value_is_no_heading():
    """TPNW/MSP/2025/11 p. 2: "Vice-Presidents:" over "Austria / Cambodia / Kiribati" (one
    block) over "C. Agenda and organization of work"; E/2025/43 p. 24: "Rapporteur:" over
    "Suleiman Mamutov". Under a sentence ending with a colon a heading stands (A/52/613
    p. 7-8: "… made the following oral revisions to the draft resolutions:" over "Draft
    resolution A")."""
    lang = languages.get("eng")
    parts = lambda items: [i for i in items if isinstance(i, Part)]
    for label, value in (("Vice-Presidents:", "Austria Cambodia Kiribati"), ("Rapporteur:", "Suleiman Mamutov")):
        items = _items([Block("6. The Meeting elected its other officers, as follows:"), Block(label),
                        Block(value), Block("7. At its 1st plenary meeting, the Meeting adopted its agenda, "
                                            "as follows, and then it elected the officers of its committees.")],
                       lang, frozenset())
        assert not parts(items) and [i.block.text for i in items][2] == value
    items = _items([Block("28. At the 11th meeting, the Rapporteur made the following oral revisions to "
                          "the draft resolutions:"), Block("Draft resolution A"),
                    Block("(a) In the twentieth preambular paragraph, the words \"to hear the views of the "
                          "representatives of the Territories\" were deleted before the words \"to review\";")],
                   lang, frozenset())
    assert [p.heading.text for p in parts(items)] == ["Draft resolution A"]

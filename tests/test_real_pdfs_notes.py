"""Footnote calls, page furniture and printed web addresses in real UN PDFs.

Every expected figure and text here was read from the PDFs with ``pdftotext -layout``.
"""
import re

import pytest
from corpus import corpus_file
from lxml import etree

import converter
from converter.extractor.characters import cleaner
from converter.extractor.layout import links
from converter.extractor.layout.furniture import FURNITURE_IN_TEXT, is_furniture
from converter.extractor.pdf import extract_pdf
from converter.model import Block

A = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"
NS = {"a": A}


def convert(name):
    return converter.convert(corpus_file(f"pdf/{name}"), check=False)


def with_calls(el) -> str:
    """The element's text with each note call shown as [marker], notes' text left out."""
    parts = [el.text or ""]
    for child in el:
        if not isinstance(child.tag, str):
            parts.append(child.tail or "")
            continue
        name = etree.QName(child).localname
        if name in ("authorialNote", "noteRef"):
            parts.append(f"[{child.get('marker')}]")
        else:
            parts.append(with_calls(child))
        parts.append(child.tail or "")
    return re.sub(r"\s+", " ", "".join(parts))


def all_text_with_calls(tree) -> str:
    doc = tree.getroot()[0]
    return " ".join(with_calls(p) for p in doc.iter(f"{{{A}}}p")
                    if not any(etree.QName(a).localname == "authorialNote" for a in p.iterancestors()))


# -- footnote calls --------------------------------------------------------------------

def test_two_notes_called_at_once_after_iraq():
    # "Iraq:* , ** draft decision": two notes called at once, a raised comma between.
    text = all_text_with_calls(convert("E_2025_L.11-EN.pdf"))
    assert "Iraq:[*],[**] draft decision" in text


def test_notes_called_after_punctuation_and_a_space():
    # "... United Nations system; 1", "Development Coordination Office, 2 including",
    # "System-wide Evaluation Office. 3"; the note numbers printed alone above their text.
    tree = convert("E_2025_L.11-EN.pdf")
    text = all_text_with_calls(tree)
    assert re.search(r"United Nations system; ?\[1\]", text)
    assert re.search(r"Development Coordination Office, ?\[2\]", text)
    assert re.search(r"Evaluation Office\. ?\[3\]", text)
    notes = {n.get("marker"): "".join(n.itertext()) for n in tree.iterfind(".//a:authorialNote", NS)}
    assert notes == {
        "*": "On behalf of the States that are members of the Group of 77 and China, taking "
             "into account also the provisions of General Assembly resolution ES-10/23 of "
             "10 May 2024.",
        "**": "In accordance with rule 72 of the rules of procedure of the Economic and "
              "Social Council.",
        "1": "A/80/74-E/2025/53 and A/80/74/Add.1-E/2025/53/Add.1.",
        "2": "E/2025/61.",
        "3": "E/2025/57.",
    }


def test_one_note_called_from_every_sponsor():
    # E/2025/L.20 calls note * from 15 sponsors ("Argentina,* Bahamas (The),* …"): the
    # first call holds the note, the 14 others point to it.
    tree = convert("E_2025_L.20-EN.pdf")
    notes = tree.findall(".//a:authorialNote[@marker='*']", NS)
    refs = tree.findall(".//a:noteRef[@marker='*']", NS)
    assert len(notes) == 1 and len(refs) == 14
    assert all(r.get("href") == "#" + notes[0].get("eId") for r in refs)
    assert "Argentina,[*] Bahamas (The),[*] Barbados,[*]" in all_text_with_calls(tree)


@pytest.mark.parametrize("name, printed", [
    ("A_80_66-EN.pdf", "Item 116 (c) of the preliminary list[*]"),        # masthead line
    ("ST_IC_2025_1-EN.pdf", "Information circular[*]"),
    ("A_HRC_59_L.17-EN.pdf", "Azerbaijan,[*] Bangladesh, Philippines,[*] Samoa[*] and Viet Nam"),
    ("S_RES_2776_(2025)-EN.pdf", "S/RES/2776 (2025)[*]"),               # reissued
    ("E_C.2_2025_2_Add.3-EN.pdf", "Council resolution 1996/31[*]"),
    ("A_HRC_WG.6_34_ITA_3-EN.pdf", "Summary of Stakeholders’ submissions on Italy[*]"),
])
def test_asterisk_call_is_placed_where_printed(name, printed):
    tree = convert(name)
    assert printed in all_text_with_calls(tree)
    assert tree.find(".//a:hcontainer[@name='unanchoredNotes']", NS) is None


@pytest.mark.parametrize("name", [
    "E_2025_L.10-EN.pdf", "E_2025_L.11-EN.pdf", "E_2025_L.20-EN.pdf", "E_2025_L.26-EN.pdf",
    "A_HRC_59_L.17-EN.pdf", "S_RES_2776_(2025)-EN.pdf", "A_80_44-EN.pdf", "A_80_66-EN.pdf",
    "A_80_67-EN.pdf", "A_80_97-EN.pdf", "A_HRC_WG.6_34_ITA_3-EN.pdf", "A_HRC_WG.6_34_ITA_3-RU.pdf",
    "A_HRC_WG.6_7_ITA_1-FR.pdf", "E_C.2_2025_2_Add.3-EN.pdf", "E_C.2_2025_2_Add.5-EN.pdf",
    "ST_IC_2025_1-EN.pdf", "ST_IC_2025_3-EN.pdf", "S_2024_145-EN.pdf",
    "E_2025_15_Add.1_Rev.1-EN.pdf",
])
def test_every_note_is_anchored(name):
    tree = convert(name)
    assert tree.find(".//a:hcontainer[@name='unanchoredNotes']", NS) is None
    doc = extract_pdf(corpus_file(f"pdf/{name}"))
    placed = {n.get("marker") for n in tree.iterfind(".//a:authorialNote", NS)}
    assert placed == {f.marker for f in doc.footnotes}


def test_note_called_in_an_annex():
    # "Recalling decision III/1 2 of the Meeting of the Parties": note 2, in the annex.
    tree = convert("E_2025_15_Add.1_Rev.1-EN.pdf")
    note = tree.find(".//a:authorialNote[@marker='2']", NS)
    assert "".join(note.itertext()) == "ECE/MP.WAT/14."
    assert with_calls(note.getparent()).startswith("Recalling decision III/1[2] of the Meeting")


def test_raised_number_without_note_text_stays_text():
    # TD/B/CN.4/36 (1994) sets its note in body type: no empty note is made of its number.
    tree = convert("TD_B_CN.4_36-EN.pdf")
    assert all("".join(n.itertext()).strip() for n in tree.iterfind(".//a:authorialNote", NS))


# -- page furniture --------------------------------------------------------------------

@pytest.mark.parametrize("name, job", [
    ("A_50_610-EN.pdf", "95-37106"),            # "95-37106 (E)  011295": one date stamp
    ("E_2025_L.9-EN.pdf", "25-08488"),          # interrupted a paragraph on page 1
    ("A_HRC_59_L.17-EN.pdf", "GE.25-10614"),    # Geneva prefix
    ("A_HRC_WG.6_34_ITA_3-EN.pdf", "GE.19-13879"),   # "GE.19-13879(E)": no space
    ("A_HRC_WG.6_34_ITA_3-RU.pdf", "GE.19-13879"),
    ("A_HRC_WG.6_7_ITA_1-FR.pdf", "GE.09-17088"),
    ("S_RES_2776_(2025)-EN.pdf", "25-03579"),    # "25-03579* (E)": reissued
    ("E_AC.51_2025_4-EN.pdf", "25-05937"),
    ("UNW_2025_2-EN.pdf", "25-05955"),
])
def test_no_furniture_in_the_content(name, job):
    doc = extract_pdf(corpus_file(f"pdf/{name}"))
    texts = [b.text for b in doc.blocks] + [f.block.text for f in doc.footnotes]
    assert not [t for t in texts if FURNITURE_IN_TEXT.search(t) or is_furniture(t)]
    assert not [t for t in texts if job in t]
    assert (doc.masthead.job_number or "").startswith(job)


def test_paragraph_interrupted_by_the_job_number_is_whole():
    # Page 1 of E/2025/L.9 ends inside "… decision 2021/11 of 8 June 2021 …".
    doc = extract_pdf(corpus_file("pdf/E_2025_L.9-EN.pdf"))
    block = next(b for b in doc.blocks if "2021/11 of 8 June 2021" in b.text)
    assert "050625" not in block.text and "(E)" not in block.text


def test_furniture_in_a_paragraph_fails_validation(sample_tree):
    import copy
    tree = copy.deepcopy(sample_tree)
    p = tree.find(".//a:preamble/a:container/a:p", NS)
    p.text = "25-10724 (E) 080725 " + (p.text or "")
    problems = [x for x in converter.validate(tree) if x.code == "furniture-in-text"]
    assert len(problems) == 1 and problems[0].severity == "error"
    assert p.get("eId") in problems[0].message and "25-10724 (E) 080725" in problems[0].message


def test_page_number_alone_fails_validation(sample_tree):
    import copy
    tree = copy.deepcopy(sample_tree)
    p = tree.find(".//a:preamble/a:container/a:p", NS)
    for child in list(p):
        p.remove(child)
    p.text = "2/7"
    assert "furniture-in-text" in {x.code for x in converter.validate(tree)}


# -- printed web addresses -------------------------------------------------------------

def refs(tree):
    return [("".join(r.itertext()), r.get("href")) for r in tree.iterfind(".//a:ref", NS)]


def test_printed_url_is_a_link_to_itself():
    # "(http://documents.un.org)." in the verbatim record's masthead note.
    tree = convert("A_79_PV.64-EN.pdf")
    assert ("http://documents.un.org", "http://documents.un.org") in refs(tree)
    assert not [p for p in converter.validate(tree) if p.code == "url-in-text"]


def test_printed_www_address_gets_a_full_href():
    # Note 6 of A/HRC/EMRIP/2025/1: "See www.ohchr.org/en/hr-bodies/hrc/1st-… and www.…".
    found = refs(convert("A_HRC_EMRIP_2025_1-EN.pdf"))
    for n in ("1st", "2nd"):
        url = f"www.ohchr.org/en/hr-bodies/hrc/{n}-intersessional-meeting-participation-indigenous-peoples"
        assert (url, "https://" + url) in found


def test_url_broken_across_lines_is_rejoined():
    # A/79/856: "https://dsns.gov.ua/news/nadzvicaini-podiyi/raketnii-udar-po-krivomu-rogu-"
    # then "na-misci-praciuiut-ekstreni-sluzbi-igor-klimenko" on the next line.
    url = ("https://dsns.gov.ua/news/nadzvicaini-podiyi/raketnii-udar-po-krivomu-rogu-"
           "na-misci-praciuiut-ekstreni-sluzbi-igor-klimenko")
    tree = convert("A_79_856-EN.pdf")
    assert url in [text for text, _ in refs(tree)]
    assert not [p for p in converter.validate(tree) if p.code == "url-in-text"]


def test_link_printed_urls_rules():
    block = Block("See www.un.org/en/x. Also (https://example.org/a_(b)), and more.")
    links.link_printed_urls(block)
    assert [(block.text[l.start:l.end], l.href) for l in block.links] == [
        ("www.un.org/en/x", "https://www.un.org/en/x"),
        ("https://example.org/a_(b)", "https://example.org/a_(b)")]


def test_join_lines_rejoins_a_broken_address_only():
    from converter.languages import get
    eng = get("eng")
    join = lambda lines: cleaner.join_lines(lines, cleaner.vocabulary(lines), eng)  # noqa: E731
    assert join(["at https://www.youtube.com/", "watch?v=y8trQNgkVPk and"]) == \
        "at https://www.youtube.com/watch?v=y8trQNgkVPk and"
    assert join(["see https://a.org/x-", "y-z."]) == "see https://a.org/x-y-z."
    assert join(["see www.ohchr.org.", "The next"]) == "see www.ohchr.org. The next"


# -- language --------------------------------------------------------------------------

def test_language_follows_the_text_not_the_file_name():
    # S_2024_216-EN.pdf is the Russian version of S/2024/228 (its masthead says
    # "Russian", "Original: English"): Russian is right.
    assert extract_pdf(corpus_file("pdf/S_2024_216-EN.pdf")).language == "rus"


def test_a_note_whose_number_is_its_page_number_stays_a_note():
    """A/53/601 prints note 2 at the foot of page 2 and note 3 at the foot of page 3, each
    number on a line of its own above its text (pdftotext): a page's own number alone at
    the foot of the page is furniture, but these have their note's text right beside."""
    from test_corpus import converted
    tree = converted("pdf/A_53_601-EN.pdf").tree
    notes = {n.get("marker"): " ".join("".join(n.itertext()).split())
             for n in tree.iterfind(".//a:authorialNote", NS)}
    assert sorted(notes) == ["1", "2", "3"]
    assert notes["2"].startswith("A/53/23 (Part IV), chap. VIII. For the final text, see")
    assert notes["3"] == "A/53/263."


@pytest.mark.parametrize("marker, text", [
    # The last note above each page's foot line, as pdftotext -layout prints them: page 7
    # ("1" at the foot, right), page 8 ("2", left), page 13 ("7"), page 17 ("11").
    ("1", "See http://treaties.un.org."),
    ("6", "Further information about these commemorative activities will be made "
          "available on the dedicated web page."),
    ("8", "See https://www.ohchr.org/en/treaty-bodies/cat/reporting-guidelines."),
    ("17", "References to Kosovo shall be understood to be in the context of Security "
           "Council resolution 1244 (1999)."),
])
def test_a_page_number_printed_after_the_notes_is_furniture(marker, text):
    """A/80/44 numbers its pages from its seventh (a cover, a note page and two roman
    pages before): the number alone in the foot band ("GE.25-09438   1") is not the
    PDF page's, yet it is the page numbering (one offset and one line on every page),
    not the end of the last note's text."""
    doc = extract_pdf(corpus_file("pdf/A_80_44-EN.pdf"))
    notes = {f.marker: " ".join(f.block.text.split()) for f in doc.footnotes}
    assert notes[marker] == text


def test_a_starred_remark_under_a_list_is_a_note():
    """TPNW/MSP/2025/11, annex III (pdftotext p. 17-22): the organizations of the lists
    under "Annex I" (1. to 51.) and "Annex II" (1. to 112.), most marked "*", each list
    followed mid-page, in note type, by "* Participated in the first or second Meeting of
    States Parties to the Treaty." (p. 19 and p. 22). Each remark is a note, called from
    its list and referred to from the other starred entries; the numbered notes
    around it keep their numbering (annex IV's note 1 on p. 23 is a note of its own)."""
    tree = converter.convert(corpus_file("unlabelled/TPNW_MSP_2025_11.en.pdf"), markup_date="2026-12-07")
    remark = "Participated in the first or second Meeting of States Parties to the Treaty."
    starred = [n for n in tree.iter(f"{{{A}}}authorialNote") if n.get("marker") == "*"]
    assert [" ".join("".join(n.itertext()).split()) for n in starred] == [remark, remark]
    called_from = [" ".join("".join(n.getparent().itertext()).split()) for n in starred]
    assert called_from[0].startswith("Aalem for Orphan and Vulnerable Children, Inc.")
    # (the second list starts on p. 19 under the first remark: its entries there call the
    # second remark, the one printed after them)
    assert called_from[1].startswith("80,000 Voices")
    lists = [b for b in tree.iter(f"{{{A}}}blockList") if len(b) >= 51]
    assert len(lists) == 2 and [len(b.findall(f"{{{A}}}item")) for b in lists] == [51, 112]
    assert [next(a for a in n.iterancestors() if a.tag == f"{{{A}}}blockList") for n in starred] == lists
    refs = [r for r in tree.iter(f"{{{A}}}noteRef") if r.get("marker") == "*"]
    assert {r.get("href") for r in refs} == {"#" + n.get("eId") for n in starred}
    outside = [p for p in tree.iter(f"{{{A}}}p")
               if not any(a.tag == f"{{{A}}}authorialNote" for a in p.iterancestors())]
    assert not any(remark in with_calls(p) for p in outside)
    last = list(tree.iter(f"{{{A}}}authorialNote"))[-1]
    assert last.get("marker") == "1" and "".join(last.itertext()).strip().startswith("Working papers submitted")

"""Language versions meet (issue 11): the corpus pairs A/HRC/WG.6/7/ITA/1 (English,
French) and A/HRC/WG.6/34/ITA/3 (English, Russian) give the same eIds for every
paragraph, note and heading. What made them differ were general reading rules, each
pinned here: a paragraph cut by a page break (or a column moving between facing pages),
endnotes read as notes at their calls, the organ's block above the title on the cover
page. Figures are read from the PDFs (pdftotext -layout)."""
from __future__ import annotations

import re
import subprocess

import pytest
from conftest import NS
from corpus import corpus_file
from test_corpus import converted

from converter.extractor.layout.endnotes import take_endnotes
from converter.extractor.page import Char, Line
from converter.extractor.layout.regions import Layout

ITA_1 = ("pdf/A_HRC_WG.6_7_ITA_1-EN.pdf", "pdf/A_HRC_WG.6_7_ITA_1-FR.pdf")
ITA_3 = ("pdf/A_HRC_WG.6_34_ITA_3-EN.pdf", "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf")
ENDNOTE_HEADING = {ITA_3[0]: "Notes", ITA_3[1]: "Примечания"}


def xp(tree, path):
    return tree.xpath(path, namespaces=NS)


def words(el) -> str:
    return " ".join("".join(el.itertext()).split())


def layout_text(relative: str) -> str:
    return subprocess.run(["pdftotext", "-layout", str(corpus_file(relative)), "-"],
                          capture_output=True, text=True, check=True).stdout


def printed_endnotes(relative: str) -> list[tuple[str, str]]:
    """(number, first words) of each entry under the last endnote heading, from
    pdftotext: entries run 1, 2, 3 … at the start of a line."""
    text = layout_text(relative)
    heading = ENDNOTE_HEADING[relative]
    after = text[[m.end() for m in re.finditer(rf"(?m)^\s*{heading}\s*$", text)][-1]:]
    entries: list[tuple[str, str]] = []
    lines = after.splitlines()
    for k, line in enumerate(lines):
        match = re.match(r"^\s*(\d{1,3})(?:\s+(\S.*))?$", line)
        if match and match.group(1) == str(len(entries) + 1):
            rest = match.group(2) or lines[k + 1].strip()      # a number alone on its line
            entries.append((match.group(1), " ".join(rest.split()[:3])))
    return entries


# -- endnotes ------------------------------------------------------------------------


@pytest.mark.parametrize("relative", ITA_3, ids=["en", "ru"])
def test_endnotes_are_notes_at_their_calls(relative):
    printed = printed_endnotes(relative)
    assert len(printed) == 169 and printed[0] == ("1", "The stakeholders listed")
    tree = converted(relative).tree
    notes = xp(tree, "//a:mainBody//a:authorialNote[string(number(@marker)) = @marker]")
    assert [n.get("marker") for n in notes] == [number for number, _ in printed]
    for note, (_, first) in zip(notes, printed):
        assert words(note).startswith(first.rstrip(".")), (note.get("marker"), words(note)[:40])
    # The list's heading is gone with the list; no paragraph repeats a note's text.
    assert not xp(tree, f"//a:heading[normalize-space() = '{ENDNOTE_HEADING[relative]}']")
    assert not xp(tree, "//a:mainBody//a:p[not(ancestor::a:authorialNote)]"
                        "[starts-with(normalize-space(), 'The stakeholders listed')]")


def test_an_endnote_called_from_a_heading_sits_in_it():
    """pdftotext: "Women121" is the subheading of part C.4, calling note 121."""
    assert re.search(r"(?m)^\s*Women121\s*$", layout_text(ITA_3[0]))
    heading = xp(converted(ITA_3[0]).tree, "//a:heading[a:authorialNote/@marker = '121']")
    assert len(heading) == 1 and words(heading[0]).startswith("Women")


def _line(page: int, text: str, x0: float, y: float, size: float = 9.0) -> Line:
    chars, x = [], x0
    for c in text:
        chars.append(Char(c, None if c == " " else "Times", size, x, x + size / 2, y, y + size))
        x += size / 2
    return Line(page, chars)


def _layout(texts: list[tuple[str, float]], notes=()) -> Layout:
    layout = Layout(10.0, 57.0, 540.0, 540.0)
    layout.body = [_line(3, "The text ends here.", 57, 700, 10.0),
                   _line(3, "Notes", 57, 680, 10.0)] + \
        [_line(3, t, x, 660 - 11 * k) for k, (t, x) in enumerate(texts)]
    layout.notes = list(notes)
    return layout


def test_an_endnote_list_runs_one_two_three_in_its_number_column():
    layout = _layout([("1 First note.", 105), ("2 Second note, whose text", 105),
                      ("3 lines up here.", 113), ("3 Third note.", 105)])
    assert take_endnotes(layout) == 3
    assert [(m, [l.text for l in ls]) for m, _, ls in layout.notes] == [
        ("1", ["1 First note."]), ("2", ["2 Second note, whose text", "3 lines up here."]),
        ("3", ["3 Third note."])]
    assert [l.text for l in layout.body] == ["The text ends here."]
    assert [l.text for l in layout.furniture] == ["Notes"]


@pytest.mark.parametrize("texts, notes", [
    ([("2 No first entry.", 105)], ()),                          # a list must start at 1
    ([("Notes on the text follow.", 57)], ()),                   # no entry after the heading
    ([("1 First note.", 105)], [("1", 2, [])]),                  # footnotes already numbered
], ids=["starts-at-2", "no-entry", "numbered-footnotes"])
def test_no_endnote_list_without_its_evidence(texts, notes):
    layout = _layout(texts, notes)
    before = [l.text for l in layout.body]
    assert take_endnotes(layout) == 0 and [l.text for l in layout.body] == before


# -- paragraphs across page breaks and facing pages --------------------------------------


def _paragraph_with(tree, start: str):
    return [p for p in xp(tree, "//a:mainBody//a:paragraph[not(ancestor::a:hcontainer[@name='contents'])]")
            if start in words(p)]


@pytest.mark.parametrize("inside, piece", [
    # pdftotext: paragraph 52 goes on "The on-going digitalization …" on the next line;
    # 69 goes on over pages 14-15 ("… about / 15.000 victims were financed"), printed
    # with the column 14 points further right on odd pages.
    ("52.", "The on-going digitalization process"),
    ("59.", "Asylum applications have substantially increased"),
    ("69.", "15.000 victims were financed"),
    ("79.", "Obviously, in order to prevent"),
    ("124.", "National Office against Discriminations"),
])
def test_a_paragraph_goes_on_past_a_short_line_and_a_page_break(inside, piece):
    assert piece in layout_text(ITA_1[0])
    found = _paragraph_with(converted(ITA_1[0]).tree, piece)
    assert len(found) == 1
    assert found[0].findtext("a:num", namespaces=NS) == inside


def test_the_end_rule_is_no_paragraph():
    """pdftotext: the English version ends with "-----" under its last line."""
    assert layout_text(ITA_1[0]).rstrip().endswith("-----")
    assert not xp(converted(ITA_1[0]).tree, "//a:p[normalize-space() = '-----']")


# -- the organ's block and the title -------------------------------------------------------


@pytest.mark.parametrize("relative, lines, title", [
    (ITA_1[0], ["HUMAN RIGHTS COUNCIL", "Working Group on the Universal Periodic Review",
                "Seventh session", "Geneva, 8-19 February 2010"],
     "NATIONAL REPORT SUBMITTED IN ACCORDANCE WITH PARAGRAPH 15 (A) OF THE ANNEX TO "
     "HUMAN RIGHTS COUNCIL RESOLUTION 5/1"),
    (ITA_1[1], ["Conseil des droits de l’homme", "Groupe de travail sur l’Examen périodique universel",
                "Septième session", "Genève, 8-19 février 2010"],
     "Rapport national présenté conformément au paragraphe 15 a) de l’annexe à la "
     "résolution 5/1 du Conseil des droits de l’homme"),
], ids=["en", "fr"])
def test_the_organs_block_is_on_the_cover_page_and_the_title_is_one(relative, lines, title):
    printed = layout_text(relative)
    assert all(line in printed for line in lines)
    tree = converted(relative).tree
    cover = [words(p) for p in xp(tree, "//a:coverPage/a:p")]
    assert cover[-5:-1] == lines                        # then the job number
    # The title is one line of the preface; the country's name printed under it and the
    # contents follow it there (front matter).
    preface = xp(tree, "//a:preface/a:p")
    assert len(preface) == 2 and len(xp(tree, "//a:preface//a:docTitle")) == 1
    assert words(preface[1]) in ("Italy", "Italie")
    assert words(preface[0].find("a:docTitle", namespaces=NS)) == title
    assert preface[0].find("a:authorialNote", namespaces=NS).get("marker") == "*"

"""The layout of pages read by OCR (converter/extractor/layout/scanned.py): footnotes at the
foot of a scanned page are read as notes, anchored at their calls, and a scan's page
furniture is dropped. Tesseract really runs, on one page each.

What is asserted was read from the pages themselves:
- A/45/696/Add.1 (a 1990 typewritten scan), page 16 (pdftoppm -r 150): under a short
  rule at the foot, one note "1/ Statement of sustainable development as agreed at the
  fifteenth session of UNEP Governing Council (annex II, UNEP/GC 15/L.37)." in the
  body's type, called as "sustainable development 1/ of all countries"; the page heads
  "A/45/696/Add.1 / English / Page 16", ends its text with "should be the basis of
  any" and prints the continuation mark "/..." at its foot.
- A/RES/73/7, page 2 (pdftotext -layout), printed as an image here (a modern scan):
  four notes in smaller type at the foot, numbered 2 to 5: "A/58/874 and
  A/58/874/Add.1.", "Articles 10 and 13 of the Relationship Agreement.", "A/73/334.",
  "United Nations, Treaty Series, vol. 2271, No. 40446."; note 2 is called after
  "the International Criminal Court,", note 3 after "the Relationship Agreement,",
  note 4 after "the International Criminal Court for 2017/18;".
"""
from __future__ import annotations

import shutil
import subprocess
import sys

import pytest
from lxml import etree

from converter.namespaces import SOURCE_NS
from tests.corpus import corpus_file
from tests.test_ocr import cut

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"


def text(el) -> str:
    return " ".join("".join(el.itertext()).split())


def own_text(p) -> str:
    """A paragraph's text without the notes it holds."""
    parts = [p.text or ""]
    for child in p:
        if child.tag != AKN + "authorialNote":
            parts.append("".join(child.itertext()))
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


@pytest.fixture(scope="module")
def typewritten(tmp_path_factory):
    folder = tmp_path_factory.mktemp("typewritten")
    page = cut(corpus_file("pdf/A_45_696_Add.1-EN.pdf"), 16, 16, folder / "A_45_696_Add.1-p16.pdf")
    out = folder / "out.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(page), "--ocr",
                          "--language", "eng", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return etree.parse(str(out))


@pytest.fixture(scope="module")
def modern(tmp_path_factory):
    """Page 2 of A/RES/73/7 as a scan: rendered by Ghostscript (which OCRmyPDF needs)
    into a PDF holding one image and no text."""
    folder = tmp_path_factory.mktemp("modern")
    page = cut(corpus_file("pdf/A_RES_73_7-EN.pdf"), 2, 2, folder / "page.pdf")
    scan = folder / "A_RES_73_7-p2-scan.pdf"
    subprocess.run([shutil.which("gs"), "-q", "-dSAFER", "-dNOPAUSE", "-dBATCH",
                    "-sDEVICE=pdfimage8", "-r300", f"-sOutputFile={scan}", str(page)], check=True)
    assert "A/RES/73/7" not in subprocess.run(["pdftotext", str(scan), "-"], capture_output=True,
                                              text=True).stdout       # no text layer
    out = folder / "out.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(scan), "--ocr",
                          "--language", "eng", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    return etree.parse(str(out))


def test_typewritten_note_under_the_rule_is_a_note_at_its_call(typewritten):
    notes = list(typewritten.iter(AKN + "authorialNote"))
    assert len(notes) == 1
    note = notes[0]
    assert note.get("marker") == "1"
    assert text(note) == ("Statement of sustainable development as agreed at the fifteenth "
                          "session of UNEP Governing Council (annex II, UNEP/GC 15/L.37).")
    # At its call: right after "sustainable development", the "1/" gone from the text.
    p = note.getparent()
    before = (p.text or "") + "".join("".join(c.itertext()) + (c.tail or "")
                                      for c in p[:p.index(note)])
    assert " ".join(before.split()).endswith("sustainable development")
    assert " ".join((note.tail or "").split()).startswith("of all countries")
    assert "1/" not in own_text(p)
    # The note's text is not left in the body too.
    body = typewritten.find(f".//{AKN}mainBody")
    assert all("Statement of sustainable" not in own_text(q) for q in body.iter(AKN + "p")
               if q.getparent().tag != AKN + "authorialNote")


def test_typewritten_page_furniture_is_dropped(typewritten):
    body = typewritten.find(f".//{AKN}mainBody")
    paragraphs = [own_text(p) for p in body.iter(AKN + "p")
                  if not any(a.tag == AKN + "authorialNote" for a in p.iterancestors())]
    # The running header's language line and page number, and the "/..." at the foot.
    assert "English" not in paragraphs and "Page 16" not in paragraphs
    assert paragraphs[-1].endswith("should be the basis of any")
    assert not any(len(p) <= 6 and " " not in p for p in paragraphs), paragraphs


def test_modern_scan_notes_in_smaller_type(modern):
    notes = {n.get("marker"): text(n) for n in modern.iter(AKN + "authorialNote")}
    assert sorted(notes) == ["2", "3", "4", "5"]
    assert notes["3"] == "Articles 10 and 13 of the Relationship Agreement."
    assert notes["4"] == "A/73/334."
    assert "2271" in notes["5"] and "40446" in notes["5"]
    # Note 4's call, read by OCR as "2017/18;4", is found as printed; the calls of
    # notes 2 and 3, which OCR misread as glyphs ("Court,’", "Agreement, * which"),
    # are found by their order before it. (The original prints "… the International
    # Criminal Court, 2" and "… the Relationship Agreement, 3 which provides".)
    def before(marker):
        call = next(n for n in modern.iter(AKN + "authorialNote") if n.get("marker") == marker)
        p = call.getparent()
        return " ".join(((p.text or "") + "".join("".join(c.itertext()) + (c.tail or "")
                                                  for c in p[:p.index(call)])).split())
    assert before("4").endswith("International Criminal Court for 2017/18;")
    assert before("2").endswith("Relationship Agreement between the United Nations and "
                                "the International Criminal Court,")
    assert before("3").endswith("as a result of the implementation of the Relationship "
                                "Agreement,")
    # A call that cannot be told apart leaves its note at the end of the page's text,
    # with a warning: never unanchored, never lost.
    warnings = [w.text for w in modern.iter(f"{{{SOURCE_NS}}}warning")]
    assert not any("not found in the text" in w and "placed" not in w for w in warnings)
    assert modern.find(f".//{AKN}hcontainer[@name='unanchoredNotes']") is None
    body = modern.find(f".//{AKN}mainBody")
    assert all("Relationship Agreement." != own_text(p) for p in body.iter(AKN + "p"))


# -- the rules on lines laid out as OCRmyPDF lays them (no OCR run) ---------------------

from converter.extractor.layout import scanned  # noqa: E402
from converter.extractor.page import Char, Line, Page  # noqa: E402


def ocr_line(text: str, x0: float, y0: float, size: float = 10.0, page: int = 2) -> Line:
    """A line of OCRmyPDF's invisible text: one font, each character as wide, the
    line's height its size."""
    chars, x = [], x0
    for c in text:
        chars.append(Char(c, "GlyphLessFont", size, x, x + 0.6 * size, y0, y0 + size))
        x += 0.6 * size
    return Line(page, chars)


def ocr_page(lines: list[Line], number: int = 2) -> Page:
    return Page(number, 612, 792, lines=lines, has_image=True, image_cover=1.0)


def test_scan_furniture_rules():
    body = [ocr_line("The Conference discussed the results of the first decade of work", 72,
                     600 - 12 * k) for k in range(20)]
    header = [ocr_line("A/45/696/Add.1", 72, 740), ocr_line("English", 72, 728),
              ocr_line("Page 16", 72, 716)]
    foot = [ocr_line("Jaee", 560, 30, size=5.0), ocr_line("90-29932 1876c (E)", 72, 45),
            ocr_line(":", 300, 400), ocr_line("e", 13, 750, size=3.0)]
    page = ocr_page(header + body + foot)
    size = scanned.page_size(page.lines)
    dropped = [l.text for l in page.lines
               if scanned.is_furniture(l, page, size, l is foot[0])]
    assert dropped == ["English", "Page 16", "Jaee", "90-29932 1876c (E)", ":", "e"]
    # A word at the foot that is not the lowest line, or in the text column, stays.
    assert not scanned.is_furniture(foot[0], page, size, False)
    assert not scanned.is_furniture(ocr_line("Geneva", 72, 30), page, size, True)
    # "English" alone on page 1 is the masthead's, unless "Page N" is beside it.
    first = ocr_page([ocr_line("ENGLISH", 400, 700)] + body, number=1)
    assert not scanned.is_furniture(first.lines[0], first, size, False)


def test_scan_notes_need_smaller_type_or_a_rule():
    body = [ocr_line("sustainable development 1/ of all countries, must be decided", 72,
                     600 - 12 * k) for k in range(30)]
    notes = [ocr_line("1/ Statement of sustainable development as agreed", 100, 200),
             ocr_line("of UNEP Governing Council (annex II).", 72, 188),
             ocr_line("2/ See A/45/696.", 100, 164),
             ocr_line("2 November 1990 text going on the note before.", 72, 152)]
    page = ocr_page(body + notes)
    # Same type as the body and no rule: not notes.
    assert scanned.foot_notes(page, page.lines, None) == (page.lines, [])
    assert scanned.foot_notes(page, page.lines, lambda *a: False) == (page.lines, [])
    # A rule in the gap above: two notes, their markers cut, "2 November" going on.
    rest, found = scanned.foot_notes(page, page.lines, lambda *a: True)
    assert rest == body
    assert [(m, [l.text for l in ls]) for m, ls in found] == [
        ("1", ["Statement of sustainable development as agreed",
               "of UNEP Governing Council (annex II)."]),
        ("2", ["See A/45/696.", "2 November 1990 text going on the note before."])]
    # Smaller type, no rule needed; a misread number (">") where notes start is the next.
    small = [ocr_line("4 A/73/334.", 20, 120, size=8.0),
             ocr_line("> United Nations, Treaty Series, vol. 2271.", 20, 110, size=8.0)]
    page = ocr_page(body + small)
    _, found = scanned.foot_notes(page, page.lines, None)
    assert [(m, ls[0].text) for m, ls in found] == [
        ("4", "A/73/334."), ("5", "United Nations, Treaty Series, vol. 2271.")]


def test_underlined_one_read_as_l_is_note_1():
    body = [ocr_line("the principle of equity and the common but differentiated", 72,
                     600 - 12 * k) for k in range(30)]
    page = ocr_page(body + [ocr_line("l/ Statement of sustainable development.", 100, 200)])
    _, found = scanned.foot_notes(page, page.lines, lambda *a: True)
    assert [(m, ls[0].text) for m, ls in found] == [("1", "Statement of sustainable development.")]


def test_two_digit_note_numbers_ocr_cut_short():
    """Pages 6 and 7 of A/HRC/59/L.17 print notes 10 and 11-17 (pdftotext); read from
    a 300 dpi image, Tesseract reads page 7's numbers as "'", "2", "3", "4", "5", "®",
    "7": the notes go on from the pages before."""
    body = [ocr_line("relevant international human rights instruments provide roles", 113,
                     600 - 12 * k, size=9.0) for k in range(30)]
    read = ["' A/HRC/59/42, A/HRC/59/42/Add.1 and A/79/176.", "2 A/77/170.", "3 A/HRC/37/61.",
            "4 A/70/287.", "5 A/HRC/43/53 and A/74/161.", "® A/HRC/40/55.", "7 A/HRC/59/51."]
    page = ocr_page(body + [ocr_line(t, 105, 124 - 11 * k, size=8.0) for k, t in enumerate(read)])
    _, found = scanned.foot_notes(page, page.lines, None, previous="10")
    assert [m for m, _ in found] == [str(n) for n in range(11, 18)]
    assert found[5][1][0].text == "A/HRC/40/55."
    # Without the pages before, the page's own count: 1 to 7.
    _, alone = scanned.foot_notes(page, page.lines, None)
    assert [m for m, _ in alone] == [str(n) for n in range(1, 8)]

"""The layout of pages read by OCR (converter/extractor/scanned.py): footnotes at the
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
from pathlib import Path

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

"""A scan's masthead read again by OCR of its place (``--ocr``), with the real Tesseract.

What is asserted was read from the page images (pdftoppm -r 100 and -r 600 of page 1): the
1948 scans of the unseen set print, typewritten at the top right under "UNRESTRICTED",
"E/CN.4/109" over "2 June 1948", and "E/CN.4/149" over "17 June 1948". Their old OCR layer
reads "E / C N A/109", "2 June 19kd" and, for the second, nothing of the masthead
("TfflEESTSICEED"); without --ocr both are refused (tests/test_unseen.py).
"""
from __future__ import annotations

import subprocess
import sys

import pytest
from lxml import etree

from converter.extractor import masthead_ocr
from converter.extractor.ocr import _masthead_by_place
from converter.model import ExtractedDocument, Masthead, Source
from converter.namespaces import SOURCE_NS
from tests.corpus import corpus_file

SCANS_1948 = [("unlabelled/E_CN.4_109.en.pdf", "E/CN.4/109", "1948-06-02"),
              ("unlabelled/E_CN.4_149.en.pdf", "E/CN.4/149", "1948-06-17")]


@pytest.mark.parametrize("name, symbol, date", SCANS_1948)
def test_a_scan_whose_masthead_text_gives_no_symbol_is_read_by_its_place(
        tmp_path, name, symbol, date):
    out = tmp_path / "out.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(corpus_file(name)),
                          "--ocr", "-o", str(out)], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    tree = etree.parse(str(out))
    work = tree.find(".//{*}FRBRWork")
    assert work.find("{*}FRBRnumber").get("showAs") == symbol
    assert work.find("{*}FRBRdate").get("date") == date
    doubts = {d.get("about"): d.text for d in tree.iter(f"{{{SOURCE_NS}}}doubt")}
    assert "read by OCR of its place" in doubts["symbol"]
    assert "read by OCR of its place" in doubts["date"]
    assert f"the masthead's symbol {symbol} and date {date} read again by OCR" in run.stderr


def _document(symbol, date, scanned):
    return ExtractedDocument(blocks=[], footnotes=[], language="eng",
                             source=Source("x.pdf", "0" * 64, "pdf", 1),
                             masthead=Masthead(symbol=symbol, date=date),
                             scanned_pages=scanned)


@pytest.mark.parametrize("symbol, date, scanned", [
    ("A/45/696/Add.1", "1990-11-08", [1]),       # the masthead's text gave both
    (None, None, [2]),                            # page 1 is no scan: nothing to re-read
])
def test_the_place_is_read_again_only_for_a_scanned_page_1_missing_symbol_or_date(
        monkeypatch, symbol, date, scanned):
    def never(*args):
        raise AssertionError("the masthead's place was read again")
    monkeypatch.setattr(masthead_ocr, "reread_masthead", never)
    document = _masthead_by_place(_document(symbol, date, scanned), b"", "eng")
    assert (document.masthead.symbol, document.masthead.date) == (symbol, date)
    assert document.masthead.symbol_doubt is None and document.masthead.date_doubt is None


def test_readings_that_do_not_agree_give_no_symbol_and_a_warning_saying_what_was_read(
        monkeypatch):
    readings = ["B/CN.4/TO", "B/CN.4/L9", "E/CN.4/149", "E/CN.4/149", "E/CN.4/148"]
    monkeypatch.setattr(masthead_ocr, "reread_masthead", lambda data, language, symbol=True:
                        masthead_ocr.Reading(masthead_ocr._vote(readings), "1948-06-17",
                                             readings))
    document = _masthead_by_place(_document(None, None, [1]), b"", "eng")
    assert document.masthead.symbol is None
    assert document.masthead.date == "1948-06-17"
    assert any('OCR read "B/CN.4/TO", "B/CN.4/L9", "E/CN.4/149", "E/CN.4/148", which do not '
               "agree: give it with --symbol" in w for w in document.warnings)


@pytest.mark.parametrize("reading, symbol", [
    ("E/CN.4/109", "E/CN.4/109"),
    ("E/CN.4/109.", "E/CN.4/109"),         # a speck after it
    ("B/CN.4/149", "E/CN.4/149"),          # a typewriter's E read as B: no series is B
    ("A/45/696/Add.1", "A/45/696/Add.1"),
    ("TD/B/C.1/10", "TD/B/C.1/10"),        # a B inside is kept
    ("E/CN-4/109", None),                  # a part of no symbol's shape
    ("E/.4/109", None),                    # an empty part
    ("E/CN.4/L49", None),                  # "14" read as "L4"
    ("E/CN.4/TO", None),                   # no number at the end
    ("Q/CN.4/109", None),                  # no such series
])
def test_a_reading_votes_only_with_a_symbols_shape(reading, symbol):
    assert masthead_ocr._symbol(reading) == symbol


@pytest.mark.parametrize("readings, symbol", [
    (["E/CN.4/109"] * 3 + ["E/N.4/109"] + ["E/CN-4/109"] * 6, "E/CN.4/109"),
    (["E/CN.4/149"] * 3 + ["E/CN.4/148"] * 2, None),     # not twice the runner-up
    (["E/CN.4/149"] * 2, None),                           # under the quorum
    ([], None),
])
def test_the_symbol_taken_is_the_one_most_readings_agree_on(readings, symbol):
    assert masthead_ocr._vote(readings) == symbol

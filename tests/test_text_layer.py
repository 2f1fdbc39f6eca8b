"""Wrong text layers (fonts that map glyphs to the wrong letters) are reported, and
right ones are not.

Read from the documents (pdftotext and the printed pages): A/RES/77/247 (Spanish) prints
"que", "informe", "fin" where its text layer reads "uue", "iniorme", "iin", on each of
its 9 pages; A/39/361 is a 1984 scan whose hidden OCR layer reads "progranme",
"inprovenent", "Assenbly" on each of its 4 pages. Every other corpus PDF is born
digital, with a right text layer, though some quote other languages or list foreign
names (Italian in A/HRC/WG.6/34/ITA/3, Ukrainian place names in A/79/856, names of
participants in A/AC.121/2025/INF/4, Russian documents under an -EN file name).
"""
from __future__ import annotations

import json
import re
import os
import subprocess
import sys
from pathlib import Path

import pytest

from converter import api, languages
from converter.extractor.characters.textcheck import broken_pages
from tests.corpus import CORPUS, corpus_file

WRONG = {"pdf/A_RES_77_247-ES.pdf": ("Spanish", 9), "pdf/A_39_361-EN.pdf": ("English", 4)}
SCAN = "pdf/A_45_696_Add.1-EN.pdf"          # no text layer at all (tests/test_ocr.py)
# The hardest right layers (foreign passages and names), one or more per language, read
# the way the converter reads them (test_no_born_digital_corpus_pdf_is_reported checks
# every corpus PDF, faster, by its pdftotext text).
RIGHT = ["pdf/A_HRC_WG.6_7_ITA_1-FR.pdf", "pdf/A_HRC_WG.6_34_ITA_3-RU.pdf",
         "pdf/A_HRC_WG.6_34_ITA_3-EN.pdf", "pdf/A_79_856-EN.pdf"]


def test_the_corpus_has_its_languages():
    corpus_file(SCAN)
    names = {p.name for p in (CORPUS / "pdf").glob("*.pdf")}
    assert len(names) >= 88
    assert {n.rsplit("-", 1)[1] for n in names} == {"EN.pdf", "FR.pdf", "ES.pdf", "RU.pdf"}


@pytest.mark.parametrize("file", sorted(WRONG))
def test_wrong_layer_is_reported_on_every_page(file):
    name, pages = WRONG[file]
    document = api.extract(corpus_file(file))
    assert document.broken_pages == list(range(1, pages + 1))
    reported = [w for w in document.warnings if "the text layer looks wrong" in w]
    assert len(reported) == pages
    assert reported[0].startswith("page 1: the text layer looks wrong: ")
    assert f"% of words unknown in {name}" in reported[0]
    assert reported[0].endswith("; re-read it with --ocr")
    if file == "pdf/A_RES_77_247-ES.pdf":        # the letters read wrongly are named
        assert "'f' read as 'i'" in reported[0] and "'q' read as 'u'" in reported[0]


def test_the_warning_reaches_the_command_line_and_the_manifest(tmp_path):
    # Pages 1-2 of A/RES/77/247 (enough to show the wrong mapping, faster than all 9).
    file = tmp_path / "A_RES_77_247-ES.pdf"
    parts = [tmp_path / "p1.pdf", tmp_path / "p2.pdf"]
    subprocess.run(["pdfseparate", "-f", "1", "-l", "2", corpus_file("pdf/A_RES_77_247-ES.pdf"),
                    tmp_path / "p%d.pdf"], check=True)
    subprocess.run(["pdfunite", *parts, file], check=True)
    run = subprocess.run([sys.executable, "-m", "converter", "convert", file, "-o",
                          tmp_path / "out.xml"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "warning: page 2: the text layer looks wrong" in run.stderr
    out = tmp_path / "batch"
    subprocess.run([sys.executable, "-m", "converter", "batch", file, "-o", out,
                    "--workers", "1"], capture_output=True, text=True)
    entry = json.loads((out / "manifest.jsonl").read_text().splitlines()[0])
    assert entry["status"] == "ok"
    assert [w.split(":")[0] for w in entry["warnings"] if "the text layer looks wrong" in w] \
        == ["page 1", "page 2"]


@pytest.mark.parametrize("file", RIGHT)
def test_right_layers_with_foreign_words_are_not_reported(file):
    document = api.extract(corpus_file(file))
    assert document.broken_pages == []
    assert not [w for w in document.warnings if "text layer" in w]


def _pdftotext_pages(path: Path) -> dict[int, str]:
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return {n: page for n, page in enumerate(text.split("\f"), start=1)}


def test_no_born_digital_corpus_pdf_is_reported():
    """Every corpus PDF, by its pdftotext text (fast), in its own language."""
    reported, seen = {}, set()
    for path in sorted((CORPUS / "pdf").glob("*.pdf")):
        relative = f"pdf/{path.name}"
        pages = _pdftotext_pages(path)
        text = "\n".join(pages.values())
        language = languages.guess(text)
        if language is None:
            assert relative == SCAN, relative       # only the scan has no text
            continue
        seen.add(language.code)
        found = [b.page for b in broken_pages(pages, language.code)]
        if found:
            reported[relative] = found
    assert seen == {"eng", "fra", "spa", "rus"}
    assert reported == {file: list(range(1, pages + 1)) for file, (_, pages) in WRONG.items()}



# Two wrong mappings equally strong: "e" printed as "x" in ten words, "a" as "q" in ten
# others (each word unknown once so changed, and known once put back).
_TIED = " ".join(["wxek mxmber hxlp rxport gxneral sxcretary procxss sxssion pxople rxsolution",
                  "nqtions stqtes mqjor plqn mqny pqrt wqter yeqr mqde pqst",
                  "the member of and to in for on by with that this from which their"] * 3)


def test_the_warning_names_the_letters_in_the_same_order_in_every_process():
    # The unknown words are gathered in a set, whose order is the process's hash seed's:
    # the warning (in the manifest, compared from run to run) must not follow it.
    code = ("import sys; from converter.extractor.characters.textcheck import broken_pages; "
            "print(broken_pages({1: sys.argv[1]}, 'eng')[0].warning())")
    said = {subprocess.run([sys.executable, "-c", code, _TIED], capture_output=True, text=True,
                           check=True, env={**os.environ, "PYTHONHASHSEED": seed}).stdout
            for seed in ("1", "2", "3", "4", "5", "6")}
    assert len(said) == 1
    assert "'a' read as 'q', 'e' read as 'x'" in said.pop()


def test_every_character_that_makes_an_arabic_word_letter_is_seen_by_the_quick_look():
    # garbled_arabic passes over a page with no character of _ANY_ARABIC without taking
    # its words: that must lose no page whose NFKC text has a letter of _ARABIC_WORD.
    import unicodedata

    from converter.extractor.characters.textcheck import _ANY_ARABIC, _ARABIC_WORD
    assert _ARABIC_WORD.pattern.endswith("]{2,}")
    letter = re.compile(_ARABIC_WORD.pattern[:-4])          # one letter: without "{2,}"
    missed = [hex(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000
              and letter.search(unicodedata.normalize("NFKC", chr(c)))
              and not _ANY_ARABIC.search(chr(c))]
    assert missed == []
    assert letter.search("\u0628") and not letter.search("b")


def test_the_arabic_word_list_is_loaded_only_for_a_document_with_arabic_text():
    # (some 12 MB that every worker would hold for the rest of its life)
    code = ("from converter.extractor.characters import textcheck as t; import sys; "
            "t.garbled_arabic({1: sys.argv[1]}); print(t.words.cache_info().currsize)")

    def loaded(text):
        return subprocess.run([sys.executable, "-c", code, text], capture_output=True,
                              text=True, check=True).stdout.strip()
    assert loaded("The General Assembly, recalling its resolution 77/1 " * 20) == "0"
    assert loaded("إن الجمعية العامة، إذ تشير إلى قرارها " * 20) == "1"

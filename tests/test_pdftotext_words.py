"""An independent check of the words, in the validator's spirit: each output's words
against poppler's ``pdftotext`` of the same PDF.

The converter's own word check (converter/validator.py) compares the output with the
converter's own extraction, so a reading wrong in both (an Arabic passage stored in
visual order and read so: "دلبلا" for "البلد") passes it. poppler reads the PDF by a
program of its own, with its own ordering of right-to-left text; a word of the output
that pdftotext does not print is a word the converter made up or turned around.

Run over every converted document of the corpus, whatever its language, from the
session's conversions (never a file converted twice): ``../shared/corpus/pdf`` through
test_corpus's cache, the unseen folder from its batch (``unseen_outdir``), the annexes
through test_annexes' cache.

What counts as a word: letters and digits (NFKC, case folded; kashida, soft hyphens and the bidi
controls pdftotext writes left out); each CJK character on its own. A word of the
output found as a few neighbouring words of pdftotext is found ("تحو يل": poppler parts
a word where two of its glyphs stand apart; "inter-" + "national" at a line end).
"""
from __future__ import annotations

import json
import re
import shutil
import subprocess
import unicodedata
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest
from conftest import REPORT
from corpus import CORPUS, corpus_file
from lxml import etree

AKN = "{http://docs.oasis-open.org/legaldocml/ns/akn/3.0}"
# Share of an output's words that pdftotext must print too. A reversed Arabic passage
# falls far below; what keeps a right reading under 100 % is poppler's own slips (a
# word it cuts in two at a glyph it places apart, letters of a garbled font it reads
# otherwise).
FLOOR = 0.97
_CJK = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_WORD = re.compile(r"[^\W_]+")
# Kashida, soft hyphens and zero-width characters are no letters; the embedding marks
# pdftotext sets around each run of another direction stand where a space may be.
_DROP = {**dict.fromkeys(map(ord, "\u0640\u00ad\u200b\u200c\u200d\ufeff"), None),
         **dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067"
                                  "\u2068\u2069"), " ")}


# poppler gives a lam-alef ligature's letters in the order its glyph is drawn ("اإلنسان"
# for "الإنسان", "إخالء" for "إخلاء"): lam and alef are compared in either order.
_LAM_ALEF = re.compile("\u0644([\u0622\u0623\u0625\u0627])")
_ARABIC = re.compile("[\u0600-\u06ff]")
# A word of the output found as so many neighbouring words of pdftotext at most.
_PIECES = 6


def words(value: str) -> list[str]:
    # Case aside: a font of capitals may map its glyphs to the small letters typed
    # ("Chairman" printed CHAIRMAN: pdfminer reads one, poppler the other).
    value = unicodedata.normalize("NFKC", value).translate(_DROP).casefold()
    return _WORD.findall(_LAM_ALEF.sub("\\1\u0644", _CJK.sub(r" \g<0> ", value)))


def output_words(tree) -> list[str]:
    """The words of the document as the output prints them: its content, not its
    metadata, each element's text apart (a block boundary parts words)."""
    doc = next(c for c in tree.getroot() if isinstance(c.tag, str))
    parts = []
    for part in doc:
        if isinstance(part.tag, str) and part.tag != f"{AKN}meta":
            parts += [t for t in part.itertext()]
    return words(" ".join(parts))


@lru_cache(maxsize=None)
def pdftotext_words(pdf: Path) -> tuple[str, ...]:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils) is needed"
    run = subprocess.run(["pdftotext", "-enc", "UTF-8", str(pdf), "-"],
                         capture_output=True, text=True, check=True)
    return tuple(words(run.stdout))


def agreement(tree, pdf: Path, arabic: bool = True) -> tuple[float, list[str]]:
    """(share of the output's words that pdftotext prints, those it does not). Without
    ``arabic``, words in Arabic letters are left out on both sides (a text layer both
    readers read wrongly, which the output says in a warning)."""
    theirs = pdftotext_words(pdf)
    ours = output_words(tree)
    if not arabic:
        theirs = tuple(w for w in theirs if not _ARABIC.search(w))
        ours = [w for w in ours if not _ARABIC.search(w)]
    if not ours:
        return 1.0, []
    have = Counter(theirs)
    short = {w: n - have[w] for w, n in Counter(ours).items() if n > have[w]}
    # Neighbouring pieces that make a missing word, each piece a start of it.
    starts = {w[:i] for w in short for i in range(1, len(w))}
    pieces: Counter = Counter()
    for k, first in enumerate(theirs):
        if first not in starts:
            continue
        joined = first
        for n in range(1, _PIECES):
            if k + n >= len(theirs):
                break
            joined += theirs[k + n]
            if joined in short:
                pieces[joined] += 1
            if joined not in starts:
                break
    missing = []
    for word, n in short.items():
        missing += [word] * max(n - pieces[word], 0)
    return 1 - len(missing) / len(ours), sorted(missing)


def garbled_arabic_said(tree) -> bool:
    """Whether the output warns that its Arabic text layer is wrong."""
    return any("the Arabic text looks wrong" in (w.text or "")
               for w in tree.iter("{urn:x-un-akn:source}warning"))


def compared(tree, pdf: Path) -> tuple[float, list[str]]:
    return agreement(tree, pdf, arabic=not garbled_arabic_said(tree))


def _pdf_corpus() -> list[str]:
    return sorted(f"pdf/{p.name}" for p in (CORPUS / "pdf").glob("*.pdf"))


def _annexes() -> list[str]:
    return sorted(p.stem for p in (CORPUS / "annexes").glob("*.pdf"))


_SHARES: dict[str, float] = {}


def _record(name: str, share: float) -> None:
    _SHARES[name] = share


@pytest.fixture(scope="module", autouse=True)
def _figures():
    """The figures of the documents compared, printed at the end of the run."""
    yield
    if _SHARES:
        low = min(_SHARES, key=_SHARES.get)
        below = sum(1 for s in _SHARES.values() if s < 1)
        REPORT.append(f"pdftotext words: {len(_SHARES)} documents, mean "
                      f"{sum(_SHARES.values()) / len(_SHARES):.2%} of the output's words in "
                      f"pdftotext's ({below} under 100 %), lowest {_SHARES[low]:.2%} ({low})")


@pytest.mark.parametrize("relative", _pdf_corpus())
def test_corpus_words_are_pdftotexts(relative):
    from test_corpus import converted
    result = converted(relative)
    if result.tree is None:
        pytest.skip(f"{relative}: no output to compare ({result.problems[:1]})")
    share, missing = compared(result.tree, corpus_file(relative))
    _record(relative, share)
    assert share >= FLOOR, f"{relative}: {share:.1%} of the words in pdftotext's; not: {missing[:30]}"


@pytest.mark.parametrize("name", _annexes())
def test_annex_words_are_pdftotexts(name):
    from test_annexes import converted
    share, missing = compared(converted(name), corpus_file(f"annexes/{name}.pdf"))
    _record(f"annexes/{name}", share)
    assert share >= FLOOR, f"{name}: {share:.1%} of the words in pdftotext's; not: {missing[:30]}"


def test_unseen_words_are_pdftotexts(unseen_outdir):
    entries = [json.loads(line) for line in
               (unseen_outdir / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    low = {}
    for entry in entries:
        name = Path(entry["path"]).name
        if entry["status"] != "ok":
            continue                   # nothing written: nothing to compare
        tree = etree.parse(str(unseen_outdir / entry["output"]))
        share, missing = compared(tree, CORPUS / "unlabelled" / name)
        _record(f"unlabelled/{name}", share)
        if share < FLOOR:
            low[name] = (round(share, 3), missing[:12])
    assert low == {}


def test_arabic_annexes_set_in_a_garbled_font_are_said_so(unseen_outdir):
    """A/79/876 and S/2025/354 (English letters whose annexes are circulated in Arabic,
    the language of submission) print their Arabic in a subset of Simplified Arabic whose
    glyphs map to wrong letters: the page image reads "الانتهاكات الجسيمة للقانون الدولي
    الإنساني", the text layer "اال نله ك ت السسمقم ل ا نوي ال ئلي اإلنس ني" (pdftotext).
    The output says so; its other words agree with pdftotext's."""
    for name, pages in [("A_79_876", "pages 2-8"), ("S_2025_354", "pages 2-21")]:
        entry = next(json.loads(line) for line in (unseen_outdir / "manifest.jsonl").read_text(
            encoding="utf-8").splitlines() if Path(json.loads(line)["path"]).name == f"{name}.en.pdf")
        assert entry["status"] == "ok", (name, entry["error"])
        said = [w for w in entry["warnings"] if "the Arabic text looks wrong" in w]
        assert said and said[0].startswith(pages), (name, said)
        tree = etree.parse(str(unseen_outdir / entry["output"]))
        assert compared(tree, CORPUS / "unlabelled" / f"{name}.en.pdf")[0] >= FLOOR


def test_a_reversed_reading_fails_the_check(office_pdfs):
    """The check sees what the word check of the validator cannot: the Arabic test
    resolution read as stored (each Arabic word turned around) falls far below the
    floor, read in order it passes."""
    import copy

    import converter
    pdf = office_pdfs["ar-resolution"]
    tree = converter.convert(pdf, markup_date="2026-12-06")
    reversed_tree = copy.deepcopy(tree)
    arabic = re.compile("[\u0600-\u06ff]+")
    for el in reversed_tree.iter():
        if isinstance(el.tag, str):
            el.text = el.text and arabic.sub(lambda m: m.group(0)[::-1], el.text)
            el.tail = el.tail and arabic.sub(lambda m: m.group(0)[::-1], el.tail)
    assert agreement(tree, pdf)[0] >= FLOOR
    assert agreement(reversed_tree, pdf)[0] < 0.5

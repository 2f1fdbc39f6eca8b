"""A seeded fuzz suite, small enough for every change: mutated corpus PDFs (tests/hostile.py)
and hostile texts. The promise for each: the conversion ends within its limits with a
valid tree, or with one line that names the file and says what is wrong in plain words,
under the right exit code; the command line then writes nothing, or a valid file.

The larger campaign (scripts/fuzz_campaign.py) runs the same mutations by the hundred
and prints its table."""
import random
import re
import subprocess
import sys

import hostile
import pytest
from conftest import SAMPLE
from corpus import corpus_file
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import converter
from converter import validator
from converter.errors import EXIT_BAD_INPUT, EXIT_INVALID, EXIT_NO_TEXT

# One-page and two-page born-digital documents (fast), and an older scan with its OCR
# layer (another producer, another structure).
FILES = ["pdf/S_2025_450-EN.pdf", "pdf/E_2025_L.22-EN.pdf", "pdf/S_RES_2774_(2025)-EN.pdf",
         "pdf/A_79_973-EN.pdf", "pdf/ST_IC_2025_1-EN.pdf", "pdf/A_53_601-EN.pdf"]
SEED = 2026
CASES = 30
LIMIT = 60          # seconds a mutated document may take (one page or two: about 2 s)
# What must never reach a message (see tests/test_failures.py).
INTERNALS = re.compile(r"Error\b|Exception|Traceback|<PDF|PDFObjRef|\bb'|\\x[0-9a-f]{2}|"
                       r"sys\.|set_int_max|\{'|object is not|PSEOF|param=")


def cases(count: int, seed: int):
    """(file, mutation, seed) for ``count`` mutations: every kind in turn, files and
    seeds drawn from ``seed``."""
    rng = random.Random(seed)
    kinds = sorted(hostile.MUTATIONS)
    return [(rng.choice(FILES), kinds[k % len(kinds)], rng.randrange(10 ** 6))
            for k in range(count)]


def holds_the_promise(convert, name: str) -> str:
    """Run ``convert``; the outcome (ok, invalid, or the error's exit code), asserting
    the promise on the way."""
    try:
        tree = convert()
    except converter.InvalidOutput as invalid:
        assert invalid.tree is not None and invalid.problems
        one_line(str(invalid), name)
        return "invalid"
    except converter.ConversionError as error:
        one_line(str(error), name)
        assert error.exit_code in (EXIT_BAD_INPUT, EXIT_NO_TEXT)
        return f"exit {error.exit_code}"
    assert validator.errors(validator.validate(tree)) == []
    return "ok"


def one_line(message: str, name: str) -> None:
    assert message.startswith(f"{name}: "), message
    assert "\n" not in message and not INTERNALS.search(message), message


@pytest.mark.parametrize("relative, mutation, seed", cases(CASES, SEED))
def test_a_mutated_corpus_pdf(tmp_path, relative, mutation, seed):
    data = hostile.mutate(corpus_file(relative).read_bytes(), mutation, seed)
    path = tmp_path / f"{mutation}-{seed}.pdf"
    path.write_bytes(data)
    holds_the_promise(lambda: converter.convert(path, markup_date="2026-01-01",
                                                timeout=LIMIT), path.name)


def test_every_mutation_changes_the_file():
    """A mutation that left its file as it was would test the corpus, not the damage."""
    data = corpus_file(FILES[0]).read_bytes()
    for mutation in hostile.MUTATIONS:
        assert hostile.mutate(data, mutation, 1) != data, mutation


@pytest.mark.parametrize("relative, mutation, seed", cases(6, SEED + 1))
def test_the_command_line_writes_nothing_or_a_valid_file(tmp_path, relative, mutation, seed):
    path = tmp_path / f"{mutation}-{seed}.pdf"
    path.write_bytes(hostile.mutate(corpus_file(relative).read_bytes(), mutation, seed))
    out = tmp_path / "out.xml"
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(path), "-o", str(out),
                          "--timeout", str(LIMIT)], capture_output=True, text=True)
    assert run.returncode in (0, EXIT_INVALID, EXIT_BAD_INPUT, EXIT_NO_TEXT), run.stderr
    if run.returncode == 0:
        assert validator.errors(validator.validate(etree.parse(str(out)))) == []
    else:
        assert not out.exists() and not list(tmp_path.glob("*.tmp"))
        assert run.stderr.splitlines()[-1].startswith(f"error: {path.name}: ")
    if run.returncode in (EXIT_BAD_INPUT, EXIT_NO_TEXT):
        assert run.stderr.count("\n") == 1, run.stderr


def test_a_conversion_past_its_time_limit_is_stopped_in_one_line(tmp_path):
    from test_batch import slow_pdf
    path = tmp_path / "slow.pdf"
    path.write_bytes(slow_pdf())
    with pytest.raises(converter.ConversionError) as raised:
        converter.convert(path, timeout=1)
    assert raised.value.exit_code == EXIT_BAD_INPUT
    one_line(str(raised.value), "slow.pdf")
    assert "timed out after 1 s" in str(raised.value)
    run = subprocess.run([sys.executable, "-m", "converter", "convert", str(path), "-o",
                          str(tmp_path / "o.xml"), "--timeout", "1"], capture_output=True, text=True)
    assert run.returncode == EXIT_BAD_INPUT and not (tmp_path / "o.xml").exists()
    assert run.stderr.strip() == f"error: {raised.value}"


def test_within_a_time_limit_the_result_is_the_same(tmp_path):
    """The child process gives the tree (and the warnings in it) the call gives here."""
    here = converter.convert(SAMPLE, markup_date="2026-01-01")
    there = converter.convert(SAMPLE, markup_date="2026-01-01", timeout=LIMIT)
    assert converter.api.to_bytes(here) == converter.api.to_bytes(there)


# Hostile texts: what a broken export or an attacker may give as PDF-derived text.

TEXT = SAMPLE.read_text(encoding="utf-8")
HEAD = TEXT.partition("  1. Réaffirme")[0]
HOSTILE_LINES = st.one_of(
    st.sampled_from(TEXT.splitlines()),
    st.integers(1, 6000).map(lambda n: "  " + "9" * n + ". Décide de rester saisi ;"),
    st.integers(3, 200).map(lambda n: "_" * n),
    st.integers(0, 10 ** 6).map(lambda n: f"https://undocs.org/fr/A/RES/{n}/1"),
    st.integers(1, 999).map(lambda n: f" {n} Voir A/{n}/1."),
    st.text(st.characters(codec="utf-8", categories=["Cc", "Cf", "Mn", "Zs", "Co"]),
            max_size=40),
    st.integers(1, 3000).map(lambda n: "x" * n),
    st.sampled_from(["\f", "\u202e1. Décide", "\ufeff", "A/RES/" * 200, "   " * 100 + "1.",
                     "(" * 500, "1." * 500, "Distr. générale " * 50]),
)


@settings(max_examples=60, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.lists(HOSTILE_LINES, max_size=40), st.integers(0, 200))
def test_hostile_lines_in_a_text(lines, at):
    body = TEXT.splitlines()
    at = min(at, len(body))
    text = "\n".join(body[:at] + lines + body[at:])
    holds_the_promise(lambda: converter.convert(text, markup_date="2026-01-01"), "<text>")


@settings(max_examples=30, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(st.binary(max_size=400), st.integers(0, 4000))
def test_hostile_bytes_in_a_text_file(junk, at):
    data = TEXT.encode("utf-8")
    holds_the_promise(lambda: converter.api.convert_document(
        converter.api.extract_bytes(data[:at] + junk + data[at:], "junk.txt"),
        markup_date="2026-01-01"), "junk.txt")


@pytest.mark.parametrize("make", [hostile.long_line, hostile.many_paragraphs])
def test_a_megabyte_on_one_line_or_one_page_converts(make):
    text = make(1_000_000, HEAD)
    tree = converter.convert(text, date="2022-01-01", markup_date="2026-01-01")
    assert validator.errors(validator.validate(tree)) == []


def test_a_paragraph_longer_than_libxml2s_text_limit_is_read_back(tmp_path):
    """A text node past 10 MB (libxml2's default limit): the validator's line numbers,
    the child's answer and akn validate read it back whole."""
    tree = converter.convert(SAMPLE, markup_date="2026-01-01")
    p = tree.find(".//{*}mainBody//{*}p")
    p.text = "x " * 5_500_000
    p.set("eId", "not valid!")                 # a problem, so that lines are looked up
    problems = validator.validate(tree)
    assert any(problem.line for problem in problems)
    path = tmp_path / "huge.xml"
    path.write_bytes(converter.api.to_bytes(tree))
    run = subprocess.run([sys.executable, "-m", "converter", "validate", str(path)],
                         capture_output=True, text=True)
    assert run.returncode == EXIT_INVALID and f"{path}: invalid" in run.stdout


def test_a_page_number_past_999_is_the_pages_own():
    """bench_scale's 3,000-page resolution: from page 1,000 on, each page number was
    read as a paragraph that is only a number."""
    from converter.extractor.page import Char, Line, Page
    from converter.extractor.layout.regions import _page_numbers
    for number in (7, 1000, 2999):
        page, other = Page(number, 595, 842), Page(number + 1, 595, 842)
        digits = str(number)
        line = Line(number, [Char(d, "Times", 10, 300 + 5 * k, 305 + 5 * k, 40, 50)
                             for k, d in enumerate(digits)])
        page.lines = other.lines = [line]
        assert _page_numbers([page]) == {id(line)}
        assert not _page_numbers([other])      # another page's number, and no numbering

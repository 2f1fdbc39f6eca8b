"""The work on lines (readers/lines.py: group_lines, place_spaces; page.py: a Line's box,
size, text and bold) is done in C where converter/extractor/_lines.c was built, else in
Python. Both paths must give the same lines, figure for figure (each float by its repr:
every digit and a zero's sign), on the corpus's pages and on made-up characters that
reach the rules' corners."""
import random

import pytest
from compared_pages import CORPUS, FILES, char_fields, corpus_files

from converter.extractor import page as page_model
from converter.extractor import readers
from converter.extractor.page import Char, Line
from converter.extractor.readers import lines, pdfium_installed

pytestmark = pytest.mark.skipif(page_model.LINES_C is None,
                                reason="the C module is not built here (pip install -e .)")


def _line(line) -> tuple:
    return ([char_fields(c) for c in line.chars], repr(line.x0), repr(line.x1), repr(line.y0),
            repr(line.y1), repr(line.size), line.text, line.bold)


def _pages(data: bytes, name: str, reader: str) -> list:
    pages, _, used = readers.read_pdf(data, name, reader)
    assert used == reader
    return [([_line(line) for line in page.lines],
             [(box, [_line(line) for line in form_lines]) for box, form_lines, _ in page.forms])
            for page in pages]


def _python(monkeypatch):
    monkeypatch.setattr(page_model, "LINES_C", None)


@pytest.mark.skipif(not pdfium_installed(), reason="pypdfium2 not installed")
def test_c_and_python_paths_read_the_same_lines_with_pdfium(monkeypatch):
    from pdfs import arabic_pdf
    files = corpus_files()
    files += [("arabic.pdf", arabic_pdf())]
    with_c = {name: _pages(data, name, "pdfium") for name, data in files}
    _python(monkeypatch)
    for name, data in files:
        in_python = _pages(data, name, "pdfium")
        assert sum(len(lines) for lines, _ in in_python) > 3, name
        assert in_python == with_c[name], name


def test_c_and_python_paths_read_the_same_lines_with_pdfminer(monkeypatch):
    # (pdfminer groups the lines itself: place_spaces and Line are ours)
    name = FILES[2]
    data = (CORPUS / name).read_bytes()
    with_c = _pages(data, name, "pdfminer")
    _python(monkeypatch)
    in_python = _pages(data, name, "pdfminer")
    assert sum(len(lines) for lines, _ in in_python) > 20
    assert in_python == with_c


def _both(monkeypatch, make):
    """``make()`` (fresh characters each time: place_spaces moves them) through C, then
    through Python: the lines each gives, as plain values."""
    def run():
        out = []
        for chars in make():
            grouped = lines.group_lines(chars)
            for line_chars in grouped:
                lines.place_spaces(line_chars)
            out.append([[char_fields(c) for c in lc] for lc in grouped])
            out.append([_line(Line(1, lc)) for lc in grouped if any(c.font for c in lc)])
        return out
    with_c = run()
    with monkeypatch.context() as patch:
        _python(patch)
        in_python = run()
    return with_c, in_python


def _random_runs(seed: int) -> list[list[Char]]:
    """Characters on a few baselines, drawn left to right with gaps of every width and
    now and then a jump back, a raised figure, a bigger size, a space, an Arabic letter,
    a font without a name; figures rounded to a few values so that equals are common
    (the first of equals is the one min() keeps) and a zero signed either way."""
    rng = random.Random(seed)
    runs = []
    for _ in range(40):
        run, x, y = [], rng.choice([0.0, 72.0, -0.0]), rng.choice([700.0, 0.0, -0.0])
        for _ in range(rng.randint(0, 60)):
            size = rng.choice([10.0, 10.0, 10.0, 12.0, 6.5, 10.04])
            width = rng.choice([0.0, 2.5, 5.0, size / 2, 0.1])
            x += rng.choice([0.0, 0.0, 0.5, 1.0, 2.5, 9.0, 20.0, -40.0, 2 * width])
            raised = rng.choice([0.0, 0.0, 0.0, 3.0, size * 0.5, -size])
            if rng.random() < 0.05:
                y -= rng.choice([12.0, 5.0, 0.001])
            text = rng.choice(["a", "b", " ", "\u0627", "fi", "", "\u00a0", "1"])
            font = rng.choice(["Times", "Times-Bold", "Arial", ""]) if rng.random() < 0.9 \
                else "Times"
            y0 = y + raised - size * 0.2
            run.append(Char(text, font, size, x, x + width, y0, y0 + size))
            x += width
        runs.append(run)
    return runs


@pytest.mark.parametrize("seed", range(6))
def test_both_paths_agree_on_made_up_characters(monkeypatch, seed):
    with_c, in_python = _both(monkeypatch, lambda: _random_runs(seed))
    assert sum(len(lines_) for lines_ in with_c[::2]) > 40     # lines were made
    assert with_c == in_python


def test_a_line_of_mixed_sizes_a_line_of_spaces_and_an_unplaced_space(monkeypatch):
    def make():
        return [
            # mixed sizes: the most common one, rounded (12.04 and 12.0 count as one)
            [Char("A", "F", 12.04, 0.0, 6.0, 0.0, 12.0), Char("b", "F", 12.0, 6.0, 11.0, 0.0, 12.0),
             Char("c", "F", 9.0, 11.0, 15.0, 0.0, 9.0)],
            # a line of drawn spaces: its box is theirs
            [Char(" ", "F", 10.0, 100.0, 102.5, 50.0, 60.0),
             Char(" ", "F", 10.0, 102.5, 105.0, 50.0, 60.0)],
            # a word, a gap, a character of an empty font name: the space waits in vain
            [Char("x", "F", 10.0, 0.0, 5.0, 0.0, 10.0), Char("y", "", 10.0, 9.0, 14.0, 0.0, 10.0)],
            # equal figures of either sign: the first is kept (as min() keeps it)
            [Char("a", "F", 10.0, -0.0, 5.0, -0.0, 10.0), Char("b", "F", 10.0, 0.0, 5.0, 0.0, 10.0)],
        ]
    with_c, in_python = _both(monkeypatch, make)
    assert with_c == in_python
    mixed, spaces, signed = with_c[1][0], with_c[3][0], with_c[7][0]
    assert mixed[5] == "12.0" and spaces[1:5] == ("100.0", "105.0", "50.0", "60.0")
    assert signed[1:5] == ("-0.0", "5.0", "-0.0", "10.0")
    # the word space stays where word_space() put it: no character with a font follows
    assert [c[0] for c in with_c[4][0]] == ["x", " ", "y"] and with_c[4][0][1][3] == "0"


def test_figures_not_floats_go_to_python(monkeypatch):
    """A position given as an int (a reader of whole points) is Python's to compute, as
    it computes with ints: the same lines either way."""
    def make():
        return [[Char("a", "F", 10, 0, 5, 0, 10), Char("b", "F", 10, 9, 14, 0, 10),
                 Char("c", "F", 10.0, 14.0, 19.0, 0.0, 10.0)]]
    assert page_model.LINES_C.group_lines(make()[0], lines.word_space, 0.5, 2.0, 0.1,
                                          1e-3) is NotImplemented
    with_c, in_python = _both(monkeypatch, make)
    assert with_c == in_python
    assert [c[0] for c in with_c[0][0]] == ["a", " ", "b", "c"]
    assert with_c[0][0][1][3] == "7.0"          # between a's middle (2.5) and b's (11.5)


def test_a_line_with_no_font_is_refused_either_way(monkeypatch):
    blank = [lines.word_space()]
    with pytest.raises(ValueError):
        Line(1, blank)
    _python(monkeypatch)
    with pytest.raises(ValueError):
        Line(1, blank)


def test_text_and_bold(monkeypatch):
    """Text stripped of the spaces on either side; bold when most of its characters
    (not its spaces) are in a bold font, fonts of equal names counted together."""
    def make(bold_a: str, bold_b: str):
        chars = [Char(" ", "Arial", 10.0, 0.0, 2.0, 0.0, 10.0)]
        chars += [Char(t, bold_a, 10.0, 2.0 + i, 3.0 + i, 0.0, 10.0) for i, t in enumerate("ab")]
        chars += [Char(t, bold_b, 10.0, 5.0 + i, 6.0 + i, 0.0, 10.0) for i, t in enumerate("cde")]
        chars += [Char("\u2003", "Arial-Bold", 10.0, 9.0, 10.0, 0.0, 10.0)]
        return Line(1, chars)
    results = []
    for python in (False, True):
        with monkeypatch.context() as patch:
            if python:
                _python(patch)
            # ("".join keeps them apart: the same name as two objects)
            results.append([(line.text, line.bold) for line in (
                make("Arial", "".join(["Arial-", "Bold"])), make("Arial-Bold", "Arial"),
                make("".join(["Ari", "al"]), "Arial"))])
    assert results[0] == results[1] == [("abcde", True), ("abcde", False), ("abcde", False)]


def _cuts(pieces) -> list:
    return [(repr(x0), repr(x1), [char_fields(c) for c in chars]) for x0, x1, chars in pieces]


@pytest.mark.parametrize("seed", range(3))
def test_a_line_cut_at_its_gaps_either_way(monkeypatch, seed):
    """layout/tables.py cuts every body line at gaps wider than the body size
    (_plain_pieces, in C too): the same pieces of the same characters, with their own
    figures (the x0 and x1 of a piece are its characters' objects), on made-up lines
    with word spaces (no font), blanks, gaps of every width and jumps back."""
    from converter.extractor.layout import tables
    rng = random.Random(seed)
    runs = _random_runs(seed)
    for run in runs:
        for k in rng.sample(range(len(run)), len(run) // 5):
            run[k] = Char(" ", None, run[k].size, run[k].x0, run[k].x0, run[k].y0, run[k].y1)
    tried = 0
    for run in runs:
        for gap in (0.0, 0.4, 2.5, 10.0):
            with_c = tables._plain_pieces(run, gap)
            with monkeypatch.context() as patch:
                patch.setattr(tables, "LINES_C", None)
                in_python = tables._plain_pieces(run, gap)
            assert _cuts(with_c) == _cuts(in_python)
            assert all(a[0] is b[0] and a[1] is b[1] for a, b in zip(with_c, in_python))
            tried += len(with_c) > 1
    assert tried > 20                   # lines cut in several pieces


def test_a_cut_of_figures_not_floats_goes_to_python():
    assert page_model.LINES_C.plain_pieces([Char("a", "Times", 10.0, 1, 2, 0.0, 10.0)],
                                           5.0) is NotImplemented


def _packed_lines() -> list[list[Char]]:
    """Lines of the corpus (a report, a verbatim record, Russian) and made-up ones whose
    styles are told apart by their objects (a zero size, an int figure, 0.0 and -0.0)."""
    found = []
    for name in ("E_ICEF_2025_11-EN.pdf", "A_79_PV.64-EN.pdf", "A_HRC_WG.6_34_ITA_3-RU.pdf"):
        pages, _, _ = readers.read_pdf((CORPUS / name).read_bytes(), name, "pdfium")
        found += [line.chars for page in pages for line in page.lines]
    found += [run for run in _random_runs(1) if run]
    found.append([Char("a", "Times", 10.0, 1.0, 2.0, 0.0, 10.0, 1),
                  Char("b", "Times", 10, 2.0, 3.0, -0.0, 10.0, None),
                  Char("ﬁ", "Times", 0.0, 3.0, 4.0, 0.0, 10.0, 1)])
    return found


def test_a_line_packed_and_unpacked_either_way(monkeypatch):
    """Line.pack keeps a long document's characters compact (page._pack, _unpack; in
    C too): both paths pack a line alike and give back the same characters, each
    figure of its own type and sign."""
    lines_ = _packed_lines()
    assert sum(len(chars) for chars in lines_) > 20000
    with_c = [page_model._pack(chars) for chars in lines_]
    with monkeypatch.context() as patch:
        _python(patch)
        in_python = [page_model._pack(chars) for chars in lines_]
        from_c_in_python = [page_model._unpack(packed) for packed in with_c]
    assert with_c == in_python
    back = [page_model._unpack(packed) for packed in with_c]

    def typed(chars):
        return [char_fields(c) + (type(c.size), type(c.y0), type(c.color)) for c in chars]
    for chars, c_back, python_back in zip(lines_, back, from_c_in_python):
        assert typed(c_back) == typed(python_back) == typed(chars)


def test_a_packed_line_of_odd_figures(monkeypatch):
    """An int position (a reader's 0 for a word space) is packed in C as in Python,
    kept apart by its place and given back an int; a position of any other type sends
    the line to Python."""
    odd = [Char("a", "Times", 10.0, 1, 2.0, 0.0, 10.0),           # an int position
           Char(" ", None, 0, 0, 0, 0, 0), Char("b", "Times", 10.0, 3.5, 4.25, 0.0, 10.0)]
    packed = page_model.LINES_C.pack(odd)
    assert packed is not NotImplemented and packed[4] == ((0, 1), (2, 0), (3, 0))
    with monkeypatch.context() as patch:
        _python(patch)
        assert page_model._pack(odd) == packed
        in_python = page_model._unpack(packed)
    back = page_model.LINES_C.unpack(packed)
    for chars in (back, in_python):
        assert [(c.x0, c.x1) for c in chars] == [(1, 2.0), (0, 0), (3.5, 4.25)]
        assert [(type(c.x0), type(c.x1)) for c in chars] == [(int, float), (int, int),
                                                             (float, float)]
    other = [Char("a", "Times", 10.0, None, 2.0, 0.0, 10.0)]      # no number at all
    assert page_model.LINES_C.pack(other) is NotImplemented
    packed = page_model._pack(other)
    assert page_model.LINES_C.unpack(packed) is NotImplemented
    assert page_model._unpack(packed)[0].x0 is None
    huge = [Char("a", "Times", 10.0, 10 ** 400, 2.0, 0.0, 10.0)]  # (no double holds it)
    with pytest.raises(OverflowError):
        page_model.LINES_C.pack(huge)


@pytest.mark.parametrize("seed", range(3))
def test_a_lines_italics_marked_either_way(monkeypatch, seed):
    """Most lines are marked by _italics_only (layout/marking.py, in C too): the same
    text with the same italic marks, on made-up lines of roman and italic fonts, word
    spaces (no font), a font of no name and spaces at either end."""
    from converter.extractor.layout import marking
    fonts = ["Times", "Times-Italic", "Arial,Italic", "", "Times-BoldItalic", "Times-Bold"]
    rng = random.Random(seed)
    italic_runs = 0
    for run in _random_runs(seed):
        for c in run:
            c.font = rng.choice(fonts + [None])
        with_c = marking._italics_only(run)
        with monkeypatch.context() as patch:
            patch.setattr(marking, "LINES_C", None)
            in_python = marking._italics_only(run)
        assert with_c == in_python
        italic_runs += marking.ITALIC_START in with_c
    assert italic_runs > 10


@pytest.mark.parametrize("seed", range(3))
def test_a_lines_smallest_type_either_way(monkeypatch, seed):
    """Marking asks every line for its characters' least size (a raised call is
    smaller: layout/marking.py's _smallest, in C too): the same figure on made-up lines
    of several sizes, word spaces (no font) and a line with no font at all."""
    from converter.extractor.layout import marking
    rng = random.Random(seed)
    runs = _random_runs(seed) + [[Char(" ", None, 10.0, 0.0, 0.0, 0.0, 10.0)]]
    for run in runs:
        for c in run:
            if rng.random() < 0.2:
                c.font = None
        with_c = marking._smallest(run, 7.5)
        with monkeypatch.context() as patch:
            patch.setattr(marking, "LINES_C", None)
            in_python = marking._smallest(run, 7.5)
        assert repr(with_c) == repr(in_python)
    assert marking._smallest(runs[-1], 7.5) == 7.5
    assert page_model.LINES_C.smallest_size([Char("a", "Times", 10, 0.0, 1.0, 0.0, 10.0)]) \
        is NotImplemented                       # an int size: Python's

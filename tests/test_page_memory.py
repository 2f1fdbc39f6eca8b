"""A page of the model holds one object per distinct figure (page.share_figures, applied
by the readers to each page as it is read): the characters of a line on one baseline
share their y0 and y1, and nothing the layout reads changes (a zero stays the zero it
was, an int an int). Memory itself is measured by bench/bench_batch.py, not here."""
import pytest
from conftest import ROOT

from converter.extractor.page import Char, Line, Page, share_figures
from converter.extractor.pdf import read_pages
from converter.extractor.readers import pdfium_installed

SAMPLE_PDF = ROOT / "samples" / "cooperation-droits-humains-fr.pdf"
READERS = ["pdfminer"] + (["pdfium"] if pdfium_installed() else [])


def figures(pages):
    return [[(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in line.chars]
            for page in pages for line in page.lines]


@pytest.mark.parametrize("reader", READERS)
def test_a_line_on_one_baseline_shares_its_figures(reader):
    pages = read_pages(SAMPLE_PDF, reader=reader)
    shared = total = 0
    for page in pages:
        for line in page.lines:
            chars = [c for c in line.chars if c.font]
            first = chars[0]
            for c in chars[1:]:
                if c.y0 == first.y0:
                    total += 1
                    shared += c.y0 is first.y0
    assert total > 1000                  # the sample's lines: thousands of characters
    assert shared == total


def test_sharing_keeps_every_figure_as_it_was():
    chars = [Char("a", "Times", 10.0, 72.0, 77.0, 700.0, 710.0, 0x336699),
             Char("б", "Times", 10.0, 77.0, 82.5, 700.0, 710.0, 0x336699),
             Char(" ", None, 0, 0, 0, 0, 0),                 # a word space never placed
             Char("c", "Times", 10.0, -0.0, 0.0, 700.0, 710.0, None),
             Char("б", "Times", 10, 77, 88, 700, 710.0, 0)]
    # Equal figures, distinct objects, as a reader makes them.
    chars[1].x0, chars[1].y0 = float("77.0"), float("700.0")
    chars[1].text, chars[1].color = chr(0x431), int("336699", 16)
    page = Page(1, 612, 792, lines=[Line(1, chars)])
    before = [(c.text, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in chars]
    types = [tuple(type(v) for v in row) for row in before]
    share_figures(page)
    after = [(c.text, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in chars]
    assert after == before
    assert [tuple(type(v) for v in row) for row in after] == types   # 77 stays an int
    assert str(chars[3].x0) == "-0.0" and str(chars[3].x1) == "0.0"
    assert chars[1].y0 is chars[0].y0 and chars[1].x0 is chars[0].x1
    assert chars[4].text is chars[1].text and chars[1].color is chars[0].color


@pytest.mark.parametrize("reader", READERS)
def test_reading_page_by_page_gives_the_same_pages(reader):
    """The readers hand each page on as read; the pages are those read all at once."""
    from converter.extractor import readers
    from converter.extractor.layout.order import order_page
    seen = []

    def each(page):
        seen.append(page.number)
        return order_page(page)
    pages, _, used = readers.read_pdf(SAMPLE_PDF, reader=reader, each=each)
    assert used == reader
    assert seen == [p.number for p in pages] == list(range(1, len(pages) + 1))
    assert figures(pages) == figures(read_pages(SAMPLE_PDF, reader=reader))


def test_a_packed_line_gives_back_every_character_as_it_was():
    """Line.pack keeps the characters compactly; reading them gives equal characters,
    each figure of the type it had (a reader's int 0, a -0.0, a ligature's two letters)."""
    chars = [Char("a", "Times", 10.0, 72.0, 77.0, 700.0, 710.0, 0x336699),
             Char(" ", None, 0, 0, 0, 0, 0),
             Char("ﬁ", "Times-Italic", 8.0, -0.0, 0.1, 703.5, 711.5, None),
             Char("fl", "Times", 10, 77.25, 88.0, 700, 710.0, 0)]
    chars += [Char(str(k % 10), "Times", 10.0 + k / 1000, 90.0 + k, 91.0 + k, 700.0, 710.0)
              for k in range(300)]            # more than 255 styles on one line
    line = Line(1, chars)
    text, bold, box = line.text, line.bold, (line.x0, line.x1, line.y0, line.y1, line.size)
    before = [(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in chars]
    line.pack()
    assert line._chars is None                           # packed indeed
    after = [(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in line.chars]
    assert after == before and line.length == len(before)
    assert [[type(v) for v in row] for row in after] == [[type(v) for v in row] for row in before]
    assert str(line.chars[2].x0) == "-0.0" and line.chars[1].x0.__class__ is int
    assert (line.text, line.bold) == (text, bold)
    assert (line.x0, line.x1, line.y0, line.y1, line.size) == box
    assert line == Line(1, [Char(*row) for row in before])



def test_a_frozen_page_gives_back_every_character_as_it_was(monkeypatch):
    """freeze_lines puts the packed characters of a page's lines in one piece; each line
    gives back equal characters, each figure of its type and sign; the piece is read
    back once for all its lines, and only the last THAWED pages read back stay so."""
    from converter.extractor import page as page_model
    odd = [Char("ﬁ", "Times-Italic", 8.0, -0.0, 0.1, 703.5, 711.5, None),
           Char(" ", None, 0, 0, 0, 0, 0), Char("x", "Times", 10, 1.0, 2.5, 700, 710.0, 0)]
    pages = []
    for number in range(1, 7):
        lines = [Line(number, [Char(str(k % 10), "Times", 10.0, 72.0 + k * 5.001, 77.0 + k * 5.001,
                                    700.0 - 12 * row, 710.0 - 12 * row, 0x336699 * (k % 2))
                               for k in range(row + 2)] + (odd if row == 1 else []))
                 for row in range(3)]
        pages.append(lines)
    # (more than 255 styles on one line: its index an array of 16-bit ints)
    pages[2].append(Line(3, [Char(str(k % 10), "Times", 10.0 + k / 1000, 90.0 + k, 91.0 + k,
                                  600.0, 610.0) for k in range(300)]))
    rows = [[[(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in line.chars]
             for line in lines] for lines in pages]
    types = [[[tuple(type(v) for v in row) for row in line] for line in lines] for lines in rows]
    reads = []
    original = page_model.pickle.loads
    monkeypatch.setattr(page_model.pickle, "loads", lambda blob: reads.append(1) or original(blob))
    for lines in pages:
        for line in lines:
            line.pack()
        page_model.freeze_lines(lines)
        assert len({id(line._packed[1]) for line in lines}) == 1      # one piece a page
    back = [[[(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in line.chars]
             for line in lines] for lines in pages]
    assert back == rows and len(reads) == 6                # each page read back once
    stores = [lines[0]._packed[1] for lines in pages]
    assert [store._lines is not None for store in stores] == [False, False, True, True, True, True]
    assert [[[tuple(type(v) for v in row) for row in line] for line in lines]
            for lines in back] == types
    assert str(back[0][1][-3][3]) == "-0.0" and back[0][1][-2][3].__class__ is int
    assert [line.length for line in pages[0]] == [2, 6, 4]
    page_model.freeze_lines(pages[0])                       # (frozen already: as it was)
    assert pages[0][0]._packed[1] is stores[0]


@pytest.mark.parametrize("in_c", [True, False])
def test_a_packed_lines_positions_take_six_bytes_a_character(monkeypatch, in_c):
    """x0 and x1 are packed as thousandths of a point (6 bytes a character, not 16)
    where they are whole thousandths to the last bit; any other figure is kept as its
    two doubles, after them (a word space put midway, a -0.0, 3 million, a width past
    65.534 points, an infinity), and every one comes back as it was. A line of one
    style keeps no index, and its text is the line's own text object."""
    from converter.extractor import page as page_model
    if in_c and page_model.LINES_C is None:
        pytest.skip("the lines' C module is not built")
    if not in_c:
        monkeypatch.setattr(page_model, "LINES_C", None)
    exact = [Char("a", "Times", 10.0, 72.0, 77.001, 700.0, 710.0, 0),
             Char("b", "Times", 10.0, 77.001, 82.559, 700.0, 710.0, 0),
             Char("c", "Times", 10.0, -12.5, -7.25, 700.0, 710.0, 0)]
    line = Line(1, exact)
    line.pack()
    assert len(line._packed[1]) == 6 * 3
    assert line._packed[2] == b"" and line._packed[0] is line._text == "abc"
    assert [(c.x0, c.x1) for c in line.chars] == [(c.x0, c.x1) for c in exact]
    odd = [(176.24675000000002, 179.1), (-0.0, 0.5), (3e6, 3e6 + 1), (10.0, 80.0),
           (1.0, float("inf")), (5.0, 4.0), (0.1 + 0.2, 1.0)]
    chars = [Char(str(k), "Times", 10.0, x0, x1, 700.0, 710.0 + k % 2, 0)
             for k, (x0, x1) in enumerate(odd)] + exact
    line = Line(1, chars)
    line.pack()
    assert len(line._packed[1]) == 6 * len(chars) + 16 * len(odd)
    back = [(c.x0, c.x1) for c in line.chars]
    assert back == [(c.x0, c.x1) for c in chars]
    assert str(back[1][0]) == "-0.0" and line._packed[2] == bytes([0, 1] * 3 + [0] * 4)


def _held_pages(monkeypatch) -> list:
    """The pages extract_pdf holds when the layout sorts them (filled as it does)."""
    from converter.extractor import pdf
    held = []
    original = pdf.sort

    def sort(pages, *args, **kwargs):
        held.extend(pages)
        return original(pages, *args, **kwargs)
    monkeypatch.setattr(pdf, "sort", sort)
    return held


@pytest.mark.parametrize("first_pages, long", [(1, 2), (1, 1), (2, 2), (3, 3)])
def test_extracting_packs_the_lines_of_a_long_document(monkeypatch, first_pages, long):
    """extract_pdf packs the lines of each page past the first HELD pages as it is read
    (a page with no Arabic or Chinese letter, in a document read from the left), and
    those of the first HELD too in a document longer than LONG pages; the text is the
    same as read unpacked, and the packed pages' lines hold no Char list any more, their
    characters frozen with their page's (see page.freeze_lines). A
    document of HELD pages or fewer keeps its characters as read."""
    from converter.extractor import pdf
    held = _held_pages(monkeypatch)
    monkeypatch.setattr(pdf._Packing, "HELD", first_pages)
    monkeypatch.setattr(pdf._Packing, "LONG", long)
    document = pdf.extract_pdf(SAMPLE_PDF)
    assert document.blocks and len(held) == 3        # (the sample's pages)
    states = ["packed" if all(line._chars is None and len(line._packed) == 3
                              for line in page.lines) else
              "as read" if all(line._chars is not None for line in page.lines) else "mixed"
              for page in held]
    assert states == ["packed" if k > first_pages or len(held) > long else "as read"
                      for k in (1, 2, 3)]
    texts = [line.text for page in read_pages(SAMPLE_PDF) for line in page.lines]
    assert [line.text for page in held for line in page.lines] == texts
    # (once extracted, no page read back is held: a batch worker keeps nothing of it)
    from converter.extractor import page as page_model
    assert not page_model._thawed and page_model._last_unpacked == (None, None)


def test_a_premarked_line_with_no_italics_keeps_its_text_as_its_marking(monkeypatch):
    """premark keeps a line's own text as its marked text where it marks no italics (an
    equal copy held twice before); a line with italics has its marks."""
    from converter.extractor import pdf
    from converter.extractor.layout.marking import ITALIC_START
    held = _held_pages(monkeypatch)
    monkeypatch.setattr(pdf._Packing, "HELD", 1)
    pdf.extract_pdf(SAMPLE_PDF)
    marked = [line for page in held[1:] for line in page.lines if line.italics_only is not None]
    plain = [line for line in marked if ITALIC_START not in line.italics_only]
    assert len(plain) > 50 and all(line.italics_only is line.text for line in plain)
    assert any(ITALIC_START in line.italics_only for line in marked)   # (the sample's italics)


def _distinct(pages) -> tuple[int, int]:
    """Per page, the distinct non-zero figures of the characters a reader made (word
    spaces the lines put in left out) and the distinct objects holding them, summed."""
    values = objects = 0
    for page in pages:
        seen_values, seen_objects = set(), set()
        for line in page.lines:
            for c in line.chars:
                if c.font:
                    for v in (c.x0, c.x1, c.y0, c.y1, c.size):
                        if v:
                            seen_values.add(v)
                            seen_objects.add(id(v))
        values += len(seen_values)
        objects += len(seen_objects)
    return values, objects


@pytest.mark.parametrize("reader", READERS)
def test_each_figure_is_one_object_per_page(reader):
    """Whoever shares them (the PDFium reader's C loop as it makes the characters, or
    share_figures once a page is read), a page holds one object per figure."""
    values, objects = _distinct(read_pages(SAMPLE_PDF, reader=reader))
    assert values > 5000
    assert objects == values


def test_the_pdfium_reader_shares_a_long_reports_figures():
    """A report with tables and notes: the spaces PDFium leaves out, put back in
    Python, may hold figures of their own (a few in a hundred), nothing more."""
    if not pdfium_installed():
        pytest.skip("pypdfium2 not installed")
    report = ROOT.parent / "shared" / "corpus" / "pdf" / "A_80_44-EN.pdf"
    assert report.exists(), f"the corpus is missing: {report}"
    values, objects = _distinct(read_pages(report, reader="pdfium"))
    assert values > 50000
    assert objects <= 1.05 * values


def test_packing_starts_again_when_the_file_is_read_again(monkeypatch):
    """Where PDFium gives up on a page, pdfminer reads the file again from page 1: what
    was packed in the first reading says nothing of the second."""
    from converter.extractor import pdf
    monkeypatch.setattr(pdf, "order_page", lambda page: page)   # (pages read in order)
    monkeypatch.setattr(pdf._Packing, "HELD", 1)
    monkeypatch.setattr(pdf._Packing, "LONG", 1)
    packing = pdf._Packing("fra")
    pages = read_pages(SAMPLE_PDF)
    for page in pages:
        packing.each(page)
    assert len(pages) > 2 and packing.packed == set(range(1, len(pages) + 1))
    again = read_pages(SAMPLE_PDF, reader="pdfminer")
    packing.each(again[0])
    assert packing.packed == set() and packing.held == [again[0]]
    packing.each(again[1])
    assert packing.packed == {1, 2} and packing.held == []


def _helvetica_pages(pages: list[list[str]]) -> bytes:
    """A PDF of plain Helvetica lines, a list of lines a page."""
    from pdfs import pages_pdf
    contents = []
    for lines in pages:
        ops = [b"BT /F1 11 Tf 72 770 Td 14 TL"]
        for line in lines:
            escaped = line.encode("cp1252").replace(b"(", b"\\(").replace(b")", b"\\)")
            ops.append(b"(" + escaped + b") Tj T*")
        contents.append(b"\n".join(ops + [b"ET"]))
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return pages_pdf(contents, b"/Font << /F1 5 0 R >>", [font])


_COVER = ["United Nations", "Report of the Commission", "General Assembly", "Official Records",
          "Supplement No. 10"]
_FRENCH = ["La Commission a tenu sa session au siège de l'Organisation des Nations Unies, où",
           "elle a examiné les questions inscrites à son ordre du jour et adopté le rapport",
           "sur les travaux de la session, que le présent document contient avec ses annexes,",
           "ainsi que les recommandations faites aux États Membres et aux organes concernés."]
_SPANISH = ["La Comisión celebró su período de sesiones en la Sede de las Naciones Unidas, donde",
            "examinó los temas de su programa y aprobó el informe sobre la labor realizada, que",
            "figura en el presente documento con sus anexos, así como las recomendaciones hechas",
            "a los Estados Miembros y a los órganos competentes del sistema de las Naciones Unidas."]


def test_a_cover_too_short_to_tell_the_language_leaves_it_to_the_pages_after_it(monkeypatch):
    """The cover of an Official Records volume prints a few lines: the language is the
    opening's (the cover and the pages after it, once long enough to tell), not the
    whole text's (here an annex in Spanish, most of it); and a long document with such a
    cover has its pages packed as read, as one whose page 1 tells the language (before,
    every page of a 212-page report with a cover was held as read: 218 MB)."""
    from converter.extractor import pdf
    pdf_bytes = _helvetica_pages([_COVER, _FRENCH * 2] + [_SPANISH * 6] * 4)
    held = _held_pages(monkeypatch)
    monkeypatch.setattr(pdf._Packing, "HELD", 2)
    monkeypatch.setattr(pdf._Packing, "LONG", 3)
    document = pdf.extract_pdf(pdf_bytes)
    assert document.language == "fra" and len(held) == 6
    assert len("\n".join(_COVER)) < pdf._TELLS_LANGUAGE <= len("\n".join(_COVER + _FRENCH * 2))
    assert all(line._chars is None for page in held for line in page.lines)
    # (a document too short for its opening to tell: its whole text tells, as before)
    short = _helvetica_pages([_COVER, _SPANISH[:2]])
    assert len("\n".join(_COVER + _SPANISH[:2])) < pdf._TELLS_LANGUAGE
    assert pdf.extract_pdf(short).language == "spa"


def test_a_long_documents_table_cells_are_packed_and_change_nothing(monkeypatch):
    """Table cells are lines made anew of a page's characters: in a document whose pages
    are packed, each page's cells are packed and frozen as its tables are found, and the
    document read is the one read with its characters as read (A/79/794's flight table,
    19 rows of 8 cells: see test_tables.py)."""
    from corpus import corpus_file

    from converter.extractor import pdf
    from converter.extractor.layout import tables
    path = corpus_file("pdf/A_79_794-EN.pdf")
    as_read = pdf.extract_pdf(path)
    grids = []
    original = tables.find_tables

    def find_tables(*args, **kwargs):
        grids.extend(original(*args, **kwargs))
        return grids
    monkeypatch.setattr(tables, "find_tables", find_tables)
    monkeypatch.setattr(pdf._Packing, "HELD", 0)
    monkeypatch.setattr(pdf._Packing, "LONG", 0)
    packed = pdf.extract_pdf(path)
    cells = tables.cell_lines(grids)
    assert len(cells) >= 19 * 8
    assert all(line._chars is None and len(line._packed) == 3 for line in cells)
    assert packed.blocks == as_read.blocks and packed.footnotes == as_read.footnotes
    assert any(block.table for block in packed.blocks)


def test_a_frozen_lines_text_with_white_space_around_it_is_held_once():
    """A packed line whose texts are its text with white space around it (a word space
    at its end: most lines a PDFium page gives) keeps, once frozen, how many
    characters it holds rather than a second copy of its text; its characters come back
    equal, white space and all, however it stands; other lines keep their texts."""
    from converter.extractor import page as page_model

    def line(texts):
        return Line(1, [Char(t, "Times", 10.0, 72.0 + 5 * k, 77.0 + 5 * k, 700.0, 710.0)
                        for k, t in enumerate(texts)])
    shapes = [list("sea "), list(" \u00a0ab c\t "), list("  "), list("plain"),
              ["ﬁ", "ne", " "], list(" x")]
    lines = [line(t) for t in shapes]
    def figures(l):
        return [(c.text, c.font, c.size, c.x0, c.x1, c.y0, c.y1, c.color) for c in l.chars]
    before = [figures(l) for l in lines]
    texts = [l.text for l in lines]
    for l in lines:
        l.pack()
    page_model.freeze_lines(lines)
    assert [l._packed[0].__class__ for l in lines] == [int, int, str, str, tuple, int]
    assert [l._packed[0] for l in lines if l._packed[0].__class__ is int] == [4, 8, 2]
    assert lines[3]._packed[0] is lines[3]._text             # (held once already)
    assert [figures(l) for l in lines] == before
    assert [l.text for l in lines] == texts == ["sea", "ab c", "", "plain", "ﬁne", "x"]
    assert [l.length for l in lines] == [4, 8, 2, 5, 3, 2]

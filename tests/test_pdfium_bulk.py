"""The PDFium reader asks each character's text object, loose box and origin in one
call per page (readers/pdfium_bulk.py): through a small C module where it was built,
else through ctypes. Both paths must fill the same page model, figure for figure."""
import importlib
import sys

import pytest
from compared_pages import CORPUS, FILES, char_fields, corpus_files

from converter.extractor import readers
from converter.extractor.readers import pdfium_installed

pytestmark = pytest.mark.skipif(not pdfium_installed(),
                                reason="pypdfium2 not installed (pip install -e '.[fast]')")


def page_model(data: bytes, name: str) -> list:
    """Every page's lines, turned characters, forms, rules and links, as plain values."""
    pages, _, used = readers.read_pdf(data, name, "pdfium")
    assert used == "pdfium"
    model = []
    for page in pages:
        model.append((
            [[char_fields(c) for c in line.chars] for line in page.lines],
            [(char_fields(c), d) for c, d in page.turned],
            [(box, [[char_fields(c) for c in line.chars] for line in lines],
              [(char_fields(c), d) for c, d in turned]) for box, lines, turned in page.forms],
            page.rules, page.links, page.images, page.width, page.height))
    return model


def inputs() -> list[tuple[str, bytes]]:
    from pdfs import arabic_pdf
    found = corpus_files()
    # (the Arabic sample drawn in visual order: PDFium's reordering undone, reaching
    # joins; in logical order PDFium finds no widths and pdfminer reads it)
    return found + [("arabic.pdf", arabic_pdf())]


def test_c_and_python_paths_fill_the_same_page_model(monkeypatch):
    from converter.extractor.readers import pdfium_bulk
    if pdfium_bulk._pdfium_bulk is None:
        pytest.skip("the C module is not built here (pip install -e . with a compiler)")
    files = inputs()
    assert len(files) >= 6, "the corpus files are missing"
    with_c = {name: page_model(data, name) for name, data in files}
    monkeypatch.setattr(pdfium_bulk, "_pdfium_bulk", None)
    for name, data in files:
        through_ctypes = page_model(data, name)
        assert sum(len(lines) for lines, *_ in through_ctypes) > 0, name
        assert through_ctypes == with_c[name], name


def test_the_columns_agree_on_every_character(monkeypatch):
    """Below the page model: the seven columns themselves, character by character."""
    import ctypes

    import pypdfium2 as pdfium

    from converter.extractor.readers import pdfium_bulk
    from converter.extractor.readers import pdfium_lib as lib
    if pdfium_bulk._pdfium_bulk is None:
        pytest.skip("the C module is not built here")
    document = pdfium.PdfDocument((CORPUS / FILES[1]).read_bytes())
    try:
        handle = ctypes.cast(document.raw, lib.P)
        for index in range(min(3, len(document))):
            page = lib.load_page(handle, index)
            text_page = lib.text_page(page)
            n = lib.count_chars(text_page)
            with_c = [column.tolist() for column in pdfium_bulk.page_chars(text_page, n)]
            through_ctypes = [column.tolist()
                              for column in pdfium_bulk._page_chars_ctypes(text_page, n)]
            lib.close_text(text_page)
            lib.close_page(page)
            assert n > 100 and len(with_c[0]) == n
            assert any(with_c[0]) and not all(with_c[0])   # some made-up characters
            assert with_c == through_ctypes
    finally:
        document.close()


def test_without_the_c_module_the_ctypes_path_reads(monkeypatch):
    """As on a machine where the extension could not be built: the import fails, the
    reader still reads, through ctypes."""
    from converter.extractor.readers import pdfium_bulk
    monkeypatch.setitem(sys.modules, "converter.extractor.readers._pdfium_bulk", None)
    monkeypatch.delattr(readers, "_pdfium_bulk", raising=False)
    try:
        importlib.reload(pdfium_bulk)
        assert pdfium_bulk._pdfium_bulk is None and pdfium_bulk.PATH == "Python"
        name = FILES[0]
        model = page_model((CORPUS / name).read_bytes(), name)
        text = "".join(c[0] for line in model[0][0] for c in line)    # its first page
        # (as pdftotext reads the page)
        assert "A/RES/78/323" in text and "Elimination of racism" in text
    finally:
        monkeypatch.undo()
        importlib.reload(pdfium_bulk)


def test_the_c_loop_says_what_python_raised(monkeypatch):
    """What the C loop asks of Python (a style, an advance) may fail: the error comes
    out of the reader as raised, the page's objects freed, and the next read reads."""
    from converter.extractor.readers import pdfium_bulk, pdfium_chars
    if pdfium_bulk.compiled() is None:
        pytest.skip("the C module is not built here")
    name = FILES[0]
    data = (CORPUS / name).read_bytes()

    def broken(self, index, obj):
        raise RuntimeError(f"no style for the object of character {index}")
    with monkeypatch.context() as patch:
        patch.setattr(pdfium_chars._Reading, "style_of", broken)
        with pytest.raises(RuntimeError, match="no style for the object of character"):
            readers.read_pdf(data, name, "pdfium")
    assert page_model(data, name)[0][0]          # and it reads again


def test_the_c_loop_shares_what_it_makes():
    """The C loop's characters share one object per figure and per text on a page (a
    line's y0 too, and each Cyrillic letter's text)."""
    from converter.extractor.readers import pdfium_bulk
    if pdfium_bulk.compiled() is None:
        pytest.skip("the C module is not built here")
    pages, _, _ = readers.read_pdf((CORPUS / "A_HRC_WG.6_34_ITA_3-RU.pdf").read_bytes(),
                                   "ru.pdf", "pdfium")
    line = max(pages[0].lines, key=lambda line: len(line.chars))
    letters = [c for c in line.chars if c.font and not c.text.isspace()]
    assert len(letters) > 20
    assert len({id(c.y0) for c in letters}) == len({c.y0 for c in letters})
    cyrillic = {}
    for page in pages:
        for each in page.lines:
            for c in each.chars:
                if c.font and "\u0400" <= c.text <= "\u04ff":
                    assert cyrillic.setdefault((page.number, c.text), c.text) is c.text
    assert len(cyrillic) > 30


def test_a_documents_letters_are_asked_of_python_once(monkeypatch):
    """A letter that is not plain ASCII is read by Python (_Reading.special) the first
    time the document prints it; the C loop then takes what Python said (reading.known)
    wherever it stands again: a Russian report asks for a hundred letters or so, not
    for its tens of thousands."""
    from converter.extractor.readers import pdfium_bulk, pdfium_chars
    if pdfium_bulk.compiled() is None:
        pytest.skip("the C module is not built here")
    asked = []
    special = pdfium_chars._Reading.special

    def counted(self, t, index, font):
        asked.append(t)
        return special(self, t, index, font)
    monkeypatch.setattr(pdfium_chars._Reading, "special", counted)
    name = "A_HRC_WG.6_34_ITA_3-RU.pdf"
    model = page_model((CORPUS / name).read_bytes(), name)
    cyrillic = sum(1 for lines, *_ in model for line in lines for c in line
                   if "\u0400" <= c[0] <= "\u04ff")
    assert cyrillic > 20000
    # (a symbol font's own codes, U+F0xx, are asked each time: they say their font is
    # one; and what is not printable, read by PDFium's flags: a hyphen at a line's end)
    letters = [t for t in asked if t.isprintable() and not "\uf000" <= t <= "\uf0ff"]
    assert len(asked) < 300 and letters and len(letters) == len(set(letters))


def test_the_c_loop_leaves_its_characters_out_of_the_cycle_collector():
    """A character the C loop makes holds strings, numbers and None only, so the cycle
    collector is spared walking it (a document's characters are most of what it would
    walk); its figures, size too, are one object per value on the page. A character
    made in Python stays tracked."""
    import gc

    from converter.extractor.page import Char
    from converter.extractor.readers import pdfium_bulk
    if pdfium_bulk.compiled() is None:
        pytest.skip("the C module is not built here")
    pages, _, _ = readers.read_pdf((CORPUS / "A_RES_78_323-EN.pdf").read_bytes(),
                                   "res.pdf", "pdfium")
    printed = [[c for line in page.lines for c in line.chars
                if c.font and not c.text.isspace()] for page in pages]
    assert sum(map(len, printed)) > 5000
    assert not any(gc.is_tracked(c) for chars in printed for c in chars)
    assert gc.is_tracked(Char("a", "Times", 10.0, 0.0, 5.0, 0.0, 10.0))
    for number, chars in enumerate(printed, start=1):
        figures = {}
        for c in chars:
            for v in (c.size, c.x0, c.x1, c.y0, c.y1):
                if v:
                    assert figures.setdefault(v, v) is v, (number, c, v)

"""The one part of the build pyproject.toml cannot say: the optional C accelerators.

- the PDFium reader's (converter/extractor/readers/_pdfium_bulk.c, see pdfium_bulk.py
  and pdfium_chars.py);
- the page model's work on lines, for both readers (converter/extractor/_lines.c, see
  page.py: LINES_C);
- the text-layer check's word lists, held in a quarter of the memory
  (converter/extractor/characters/_words.c, see textcheck.py: words).

Optional: where they cannot be compiled (no compiler, no Python headers) the install goes
on and the same work is done in Python (the reader's through ctypes), with the same
results."""
from setuptools import Extension, setup

# (-ffp-contract=off: no fused multiply-add, so that the C loops' figures are Python's
# to the last bit on any machine; gcc and clang both take it)
setup(ext_modules=[Extension("converter.extractor.readers._pdfium_bulk",
                             ["converter/extractor/readers/_pdfium_bulk.c"],
                             extra_compile_args=["-ffp-contract=off"], optional=True),
                   Extension("converter.extractor._lines", ["converter/extractor/_lines.c"],
                             extra_compile_args=["-ffp-contract=off"], optional=True),
                   Extension("converter.extractor.characters._words",
                             ["converter/extractor/characters/_words.c"], optional=True)])

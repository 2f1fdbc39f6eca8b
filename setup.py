"""The one part of the build pyproject.toml cannot say: the optional C accelerators.

- the PDFium reader's (converter/extractor/readers/_pdfium_bulk.c, see pdfium_bulk.py);
- the page model's work on lines (converter/extractor/_lines.c, see page.py: LINES_C),
  built without fused multiply-add so that its figures are Python's to the last bit.

Optional: where they cannot be compiled (no compiler, no Python headers) the install goes
on and the same work is done in Python, with the same results."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("converter.extractor.readers._pdfium_bulk",
                             ["converter/extractor/readers/_pdfium_bulk.c"], optional=True),
                   Extension("converter.extractor._lines", ["converter/extractor/_lines.c"],
                             extra_compile_args=["-ffp-contract=off"], optional=True)])

"""The one part of the build pyproject.toml cannot say: the PDFium reader's optional C
accelerator (converter/extractor/readers/_pdfium_bulk.c, see pdfium_bulk.py and
pdfium_chars.py). Optional: where it cannot be compiled (no compiler, no Python
headers) the install goes on and the reader does the same in Python (ctypes)."""
from setuptools import Extension, setup

# (-ffp-contract=off: no fused multiply-add, so that the C loop's figures are Python's
# to the last bit on any machine; gcc and clang both take it)
setup(ext_modules=[Extension("converter.extractor.readers._pdfium_bulk",
                             ["converter/extractor/readers/_pdfium_bulk.c"],
                             extra_compile_args=["-ffp-contract=off"], optional=True)])

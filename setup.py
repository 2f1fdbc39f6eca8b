"""The one part of the build pyproject.toml cannot say: the PDFium reader's optional C
accelerator (converter/extractor/readers/_pdfium_bulk.c, see pdfium_bulk.py). Optional:
where it cannot be compiled (no compiler, no Python headers) the install goes on and the
reader makes the same calls through ctypes."""
from setuptools import Extension, setup

setup(ext_modules=[Extension("converter.extractor.readers._pdfium_bulk",
                             ["converter/extractor/readers/_pdfium_bulk.c"], optional=True)])

"""Convert United Nations documents into Akoma Ntoso 3.0 XML.

    >>> import converter
    >>> tree = converter.convert("samples/cooperation-droits-humains-fr.txt")
    >>> converter.validate(tree)
    []
"""
__version__ = "0.1.0"

from .api import convert, convert_document, extract, validate  # noqa: E402
from .errors import (  # noqa: E402
           BadInput,
           BadOption,
           ConversionError,
           InvalidOutput,
           NotAUNDocument,
           NoTextLayer,
           OCRFailed,
           TooCostly,
)

__all__ = ["convert", "convert_document", "extract", "validate", "ConversionError", "BadInput", "InvalidOutput",
           "NoTextLayer", "NotAUNDocument", "OCRFailed", "TooCostly", "BadOption", "__version__"]

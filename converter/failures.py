"""What went wrong, in plain words: any exception raised while reading or converting an
input becomes one sentence for people.

A PDF parser fails in its own terms (``PSEOF``, ``Invalid dictionary construct: [/'Font',
{'F0': <PDFObjRef:29>…``, ``Unsupported filter: /b'FlateDec\\xaede'``, a
``RecursionError``); whoever reads the message needs to know what is wrong with the
file: cut short, damaged, encrypted with an unsupported method, a font or a page tree
that refers to itself, a drawing that cannot be placed. :func:`reason` says it without
an exception class, an object's repr, a byte string or a library's advice; the exception
itself stays chained (``raise … from error``) for ``--debug``.

The rules go by exception class names and message beginnings, not by importing the
parsers: any reader (pdfminer, PDFium) can use them, and a rule for a reader that is not
installed costs nothing.
"""
from __future__ import annotations

import contextlib
import re
from collections import Counter
from typing import Callable, Iterator

from .errors import BadInput, ConversionError

CUT_SHORT = "the file ends too early: cut short in a download or copy?"
NEEDS_PASSWORD = "it cannot be opened without a password"
UNSUPPORTED_ENCRYPTION = "it is encrypted with a method the converter does not support"
OBJECT_OF_WRONG_KIND = ("an object in it is not of the kind the PDF standard requires (a "
                        "number where a list belongs, a missing entry)")
UNEXPECTED = ("the converter failed on it in a way it does not foresee (rerun with --debug "
              "for the details, and report it with the file)")

# Python refuses to read a number of more digits than its limit (a guard against
# quadratic conversions); the message says how many digits the number had.
_DIGITS = re.compile(r"Exceeds the limit \((\d+) digits\) for integer string conversion"
                     r"(?:: value has (\d+) digits)?")
_FILTER = re.compile(r"Unsupported filter: /?(?:b?['\"])?(?P<name>.*?)['\"]?$")
_PLAIN_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]{1,40}")

# A RecursionError's most repeated call says what refers to itself: (pattern on the
# function or module name, what loops).
_LOOPS = [
    (re.compile(r"font|cmap|descendant", re.I),
     "a font in it refers to itself (a font that is its own descendant font)"),
    (re.compile(r"^do_Do$|render_contents|xobject|form", re.I),
     "a drawing in it contains itself (a form that draws itself)"),
    (re.compile(r"page|kids|tree", re.I),
     "its page tree refers to itself or nests too deeply (a page that is its own ancestor?)"),
    (re.compile(r"resolve|getobj|get_obj", re.I), "an object in it refers to itself"),
]
# What a PDF library's message begins with -> what it means.
_PDF_MESSAGES = [
    (("No /Root object", "Catalog not found"),
     "it has no document catalog: its table of objects is missing or broken"),
    (("Unsupported predictor",),
     "a stream in it uses a compression predictor the PDF standard does not define"),
    (("/Crypt filter",),
     "a stream in it is encrypted by a method the converter does not support"),
    (("Invalid dictionary construct", "Invalid object spec", "objid mismatch",
      "Not a stream object", "index too big", "Invalid index number", "N is not defined"),
     "an object in it is malformed (its PDF syntax is broken)"),
    # PDFium's FPDF_ERR_* texts, as pypdfium2 words them.
    (("Failed to load document (PDFium: Data format error",),
     "its structure is broken (not a PDF, or damaged beyond repair)"),
    (("Failed to load document (PDFium: Unsupported security scheme",),
     UNSUPPORTED_ENCRYPTION),
    (("Failed to load page", "Failed to load document (PDFium: Page not found"),
     "a page in it is missing or its content is damaged"),
]
_READERS = ("pdfminer", "pypdfium2", "pdfium")


def _class_names(error: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(error).__mro__}


def _message(error: BaseException) -> str:
    return " ".join(str(error).split())


def needs_password(error: BaseException) -> bool:
    return "PDFPasswordIncorrect" in _class_names(error) or \
        "Incorrect password error" in _message(error)


def is_encrypted(error: BaseException) -> bool:
    """Encrypted, with a password or with a method no reader here supports."""
    return needs_password(error) or "PDFEncryptionError" in _class_names(error) or \
        "Unsupported security scheme" in _message(error)


def _raised_in_reader(error: BaseException) -> bool:
    """Whether the deepest call of the traceback is inside a PDF library."""
    tb, module = error.__traceback__, ""
    while tb is not None:
        module = tb.tb_frame.f_globals.get("__name__", "")
        tb = tb.tb_next
    return module.split(".")[0] in _READERS


def _loop(error: RecursionError) -> str:
    """What refers to itself, from the call that repeats most in the traceback."""
    calls: Counter = Counter()
    tb = error.__traceback__
    while tb is not None:
        calls[(tb.tb_frame.f_globals.get("__name__", ""), tb.tb_frame.f_code.co_name)] += 1
        tb = tb.tb_next
    if calls:
        (module, function), _ = calls.most_common(1)[0]
        if module.split(".")[0] in _READERS:
            for pattern, words in _LOOPS:
                if pattern.search(function) or pattern.search(module.split(".")[-1]):
                    return words
            return "its objects refer to each other in a loop"
    return "it nests too deeply to be read (something in it refers to itself)"


def reason(error: BaseException) -> str:
    """What is wrong, in plain words, for the exception reading or converting an input
    raised (no file name: callers put it first)."""
    names, message = _class_names(error), _message(error)
    if isinstance(error, RecursionError):
        return _loop(error)
    if isinstance(error, MemoryError):
        return "it needs more memory than there is to be converted"
    if needs_password(error):
        return NEEDS_PASSWORD
    if is_encrypted(error):
        return UNSUPPORTED_ENCRYPTION
    if names & {"PSEOF", "EOFError"} or message.startswith("Unexpected EOF"):
        return CUT_SHORT
    digits = _DIGITS.search(message)
    if digits:
        many = f"{int(digits.group(2)):,} digits" if digits.group(2) else "too many digits"
        return (f"a number in it has {many} (more than {int(digits.group(1)):,}: no "
                "document prints such a number)")
    for beginnings, words in _PDF_MESSAGES:
        if message.startswith(beginnings):
            return words
    filter_name = _FILTER.match(message)
    if filter_name:
        name = filter_name.group("name")
        which = f" ({name})" if _PLAIN_NAME.fullmatch(name) else " (a misspelt or damaged name)"
        return f"a stream in it is compressed by a method the PDF standard does not define{which}"
    if type(error).__module__ == "zlib" or "CorruptDataError" in names:
        return "a compressed stream in it is damaged"
    if "PDFNoValidXRef" in names:
        return "its table of objects (cross-reference table) is broken beyond repair"
    if "CMapError" in names:
        return "a font's character map in it is damaged"
    if "PDFFontError" in names:
        return "a font in it is damaged"
    if "PDFObjectNotFound" in names:
        return "an object it refers to is missing"
    if isinstance(error, ZeroDivisionError):
        return ("a drawing or a text in it cannot be placed on the page: it is scaled to "
                "nothing (a zero size or a zero matrix)")
    if isinstance(error, OverflowError):
        return "a number in it is too large to be used"
    if names & {"PSSyntaxError", "PDFSyntaxError", "PSTypeError", "PSValueError"}:
        return "an object in it is malformed (its PDF syntax is broken)"
    if isinstance(error, UnicodeError):
        return "it holds text in an encoding that cannot be read"
    if "PSException" in names or "PdfiumError" in names or _raised_in_reader(error):
        return OBJECT_OF_WRONG_KIND
    return UNEXPECTED


def pdf_failure(name: str, error: BaseException, opened: bool = True) -> BadInput:
    """The one line for a PDF its reader failed on: ``opened`` says whether the file
    was opened as a PDF at all (then it is a damaged PDF, else not a readable one)."""
    said = reason(error)
    if said == UNEXPECTED and isinstance(error, (TypeError, ValueError, KeyError, IndexError,
                                                 AttributeError, AssertionError)):
        # The reader's own code handling the parser's objects: one of the wrong kind.
        said = OBJECT_OF_WRONG_KIND
    if said == UNEXPECTED:
        return BadInput(f"{name}: cannot be converted: {said}")
    if said == NEEDS_PASSWORD:
        return BadInput(f"{name}: encrypted PDF: {said}")
    if said == UNSUPPORTED_ENCRYPTION:
        return BadInput(f"{name}: encrypted PDF with a method the converter does not support")
    return BadInput(f"{name}: {'damaged PDF' if opened else 'not a readable PDF'}: {said}")


def input_failure(name: str, error: BaseException, kind: str) -> BadInput:
    """The one line for an input (``kind``: "pdf" or "text") whose reading or
    conversion failed with an exception that is not one of the converter's own."""
    if kind == "pdf" and (_raised_in_reader(error) or is_encrypted(error)):
        return pdf_failure(name, error)
    return BadInput(f"{name}: cannot be converted: {reason(error)}")


@contextlib.contextmanager
def _translating(make: Callable[[BaseException], BadInput]) -> Iterator[None]:
    # The converter's own errors are already one line; MemoryError is left to the batch,
    # which reports it once its memory limit is lifted; KeyboardInterrupt and SystemExit
    # are no Exception.
    try:
        yield
    except (ConversionError, MemoryError):
        raise
    except Exception as error:
        raise make(error) from error


def reading_pdf(name: str, opened: bool = True):
    """Within the block (a PDF reader at work), any failure becomes one line."""
    return _translating(lambda error: pdf_failure(name, error, opened))


def converting(name: str, kind: str):
    """Within the block (reading and converting an input of ``kind`` "pdf" or "text"),
    any failure becomes one line."""
    return _translating(lambda error: input_failure(name, error, kind))

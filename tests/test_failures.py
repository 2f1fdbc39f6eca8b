"""Every failure while reading a PDF or a text is one line that names the file and says
in plain words what is wrong (converter/failures.py), exit 2; a traceback only with
--debug. One test per case that once printed a traceback or a parser's internals."""
import json
import random
import re
import subprocess
import sys
import zlib

import hostile
import pytest
from conftest import SAMPLE
from pdfminer.pdftypes import decompress_corrupted

import converter
from converter import failures
from converter.extractor import pdf_limits

# What must never reach a message: exception classes, object reprs, byte strings,
# Python's own advice, a traceback.
INTERNALS = re.compile(r"Error\b|Exception|Traceback|<PDF|PDFObjRef|\bb'|\\x[0-9a-f]{2}|"
                       r"sys\.|set_int_max|\{'|object is not|PSEOF|param=")


def akn(*args):
    return subprocess.run([sys.executable, "-m", "converter", *map(str, args)],
                          capture_output=True, text=True)


def failure_of(data: bytes, name: str, folder) -> str:
    """The message of the conversion of ``data`` saved as ``folder/name``."""
    path = folder / name
    path.write_bytes(data)
    with pytest.raises(converter.ConversionError) as raised:
        converter.convert(path, date="2022-01-01")
    return str(raised.value)


def plain(message: str, name: str) -> None:
    assert message.startswith(f"{name}: "), message
    assert "\n" not in message and not INTERNALS.search(message), message


@pytest.mark.parametrize("builder, said", [
    (hostile.self_referencing_font, "damaged PDF: a font in it refers to itself"),
    (hostile.zero_matrix, "damaged PDF: its text cannot be placed on the page (drawn at a "
                          "size of zero"),
    (hostile.deep_page_tree, "damaged PDF: its page tree refers to itself or nests too deeply"),
    (hostile.unknown_encryption, "encrypted PDF with a method the converter does not support"),
    (hostile.broken_filter_name, "damaged PDF: a stream in it is compressed by a method the "
                                 "PDF standard does not define (a misspelt or damaged name)"),
    (hostile.malformed_dictionary, "damaged PDF: an object in it is malformed"),
    (hostile.wrong_kind_of_object, "damaged PDF: an object in it is not of the kind the PDF "
                                   "standard requires"),
    (hostile.inflating, "refused: page 1 holds more than 16 MB of drawing instructions"),
    (hostile.many_objects, "refused: it declares 2,000,000,000 objects, more than the limit"),
])
def test_a_hand_written_hostile_pdf_fails_in_one_plain_line(builder, said, tmp_path):
    name = f"{builder.__name__}.pdf"
    message = failure_of(builder(), name, tmp_path)
    plain(message, name)
    assert said in message


def test_the_unknown_encryption_filter_says_nothing_of_its_keys(tmp_path):
    message = failure_of(hostile.unknown_encryption(), "locked.pdf", tmp_path)
    assert "Nonsense" not in message and "0011" not in message.upper()


def test_a_page_tree_that_refers_to_itself_still_gives_its_page(tmp_path):
    (tmp_path / "loop.pdf").write_bytes(hostile.page_tree_loop_pdf())
    tree = converter.convert(tmp_path / "loop.pdf", date="2022-01-01")
    assert converter.validate(tree) == []
    assert "remain seized" in "".join(tree.getroot().itertext())


def test_a_paragraph_number_of_100000_digits(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8").replace("  1. Réaffirme", "  " + "9" * 100_000
                                                      + ". Réaffirme")
    message = failure_of(text.encode(), "digits.txt", tmp_path)
    plain(message, "digits.txt")
    assert "a number in it has 100,000 digits" in message


@pytest.mark.parametrize("builder", [hostile.self_referencing_font, hostile.zero_matrix])
def test_the_command_line_prints_one_line_and_exits_2(tmp_path, builder):
    path = tmp_path / f"{builder.__name__}.pdf"
    path.write_bytes(builder())
    out = tmp_path / "out.xml"
    run = akn("convert", path, "-o", out)
    assert run.returncode == 2
    assert run.stderr.startswith(f"error: {path.name}: ") and run.stderr.count("\n") == 1
    assert not out.exists()


def test_debug_prints_the_traceback_then_the_same_line(tmp_path):
    path = tmp_path / "font.pdf"
    path.write_bytes(hostile.self_referencing_font())
    run = akn("convert", path, "-o", tmp_path / "out.xml", "--debug")
    assert run.returncode == 2
    assert "Traceback" in run.stderr and "RecursionError" in run.stderr
    assert run.stderr.splitlines()[-1].startswith(f"error: {path.name}: damaged PDF: a font")


def test_a_wrong_option_is_said_as_such_and_not_as_an_input_fault(tmp_path):
    run = akn("convert", SAMPLE, "-o", tmp_path / "o.xml", "--language", "xx")
    assert run.returncode == 2 and run.stderr.startswith("error: unknown language 'xx'")


def test_the_batch_says_the_same_line(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "font.pdf").write_bytes(hostile.self_referencing_font())
    out = tmp_path / "out"
    akn("batch", src, "-o", out, "--workers", 1)
    entry = json.loads((out / "manifest.jsonl").read_text())
    assert entry["status"] == "failed"
    assert entry["error"].startswith("font.pdf: damaged PDF: a font in it refers to itself")


class PdfiumError(RuntimeError):
    """Named as pypdfium2's: the rules go by name, any reader can use them."""


@pytest.mark.parametrize("error, said", [
    (PdfiumError("Failed to load document (PDFium: Incorrect password error)."),
     failures.NEEDS_PASSWORD),
    (PdfiumError("Failed to load document (PDFium: Unsupported security scheme error)."),
     failures.UNSUPPORTED_ENCRYPTION),
    (PdfiumError("Failed to load document (PDFium: Data format error)."), "its structure is broken"),
    (zlib.error("Error -3 while decompressing data: invalid stored block lengths"),
     "a compressed stream in it is damaged"),
    (ValueError("Exceeds the limit (4300 digits) for integer string conversion: value has "
                "5000 digits; use sys.set_int_max_str_digits() to increase the limit"),
     "a number in it has 5,000 digits"),
    (ZeroDivisionError("float division by zero"), "cannot be placed on the page"),
    (MemoryError(), "needs more memory than there is"),
    (KeyError("Oops"), failures.UNEXPECTED),
])
def test_reasons_for_other_readers_and_python(error, said):
    assert said in failures.reason(error)
    assert not INTERNALS.search(failures.reason(error))


def test_the_repair_of_damaged_streams_is_pdfminers_in_one_pass():
    """Same result as pdfminer's own byte-by-byte repair, on damaged streams of every
    kind (cut, a byte changed near the end or anywhere)."""
    pdf_limits._CHUNK, chunk = 97, pdf_limits._CHUNK      # chunk bounds met often
    try:
        rng = random.Random(7)
        data = zlib.compress(b" ".join(b"BT %d 0 Td (words) Tj ET" % k for k in range(2000)))
        for _ in range(150):
            damaged = bytearray(data)
            at = rng.choice([rng.randrange(len(data)), len(data) - rng.randint(1, 6)])
            damaged[at] ^= rng.randint(1, 255)
            damaged = bytes(damaged[:rng.choice([len(damaged), rng.randrange(1, len(damaged))])])
            outcomes = []
            for repair in (decompress_corrupted, pdf_limits._decompress_corrupted):
                try:
                    outcomes.append(repair(damaged))
                except zlib.error:
                    outcomes.append("raised")
            assert outcomes[0] == outcomes[1]
    finally:
        pdf_limits._CHUNK = chunk


def test_an_output_that_cannot_be_written_is_one_line(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where a folder should be")
    run = akn("convert", SAMPLE, "-o", blocker / "out.xml", "--date", "2022-01-01")
    assert run.returncode == 2
    assert run.stderr.splitlines()[-1].startswith(f"error: {blocker / 'out.xml'}: cannot be written")
    assert "Traceback" not in run.stderr

"""Hostile inputs for the fuzz tests (tests/test_fuzz.py) and the larger campaign
(scripts/fuzz_campaign.py): seeded mutations of the corpus PDFs, of the kinds a damaged
download, a broken tool or an attacker produces, and small PDFs written by hand, each
with one defect.

Mutations read the corpus where it lies (``../shared/corpus/pdf``); nothing is copied
into the project. Every mutation is a function of the PDF's bytes and a seeded
``random.Random``: a failure is replayed from (file, mutation, seed).
"""
from __future__ import annotations

import random
import re
import zlib

from pdfs import minimal_pdf

_STREAM = re.compile(rb"stream\r?\n(.*?)endstream", re.S)
_OBJECT = re.compile(rb"\d+ \d+ obj\b.*?endobj", re.S)
_LENGTH = re.compile(rb"/Length (\d+)")
_NAME = re.compile(rb"/[A-Za-z]{3,}")
_KIDS = re.compile(rb"/Kids\s*\[([^\]]*)\]")
_PAGES_OBJECT = re.compile(rb"(\d+) (\d+) obj\s*<<(?:(?!endobj).)*?/Type\s*/Pages\b", re.S)


def flip_bytes(data: bytes, rng: random.Random) -> bytes:
    """Random bytes anywhere in the file changed (a bad disk, a bad transfer)."""
    out = bytearray(data)
    for _ in range(rng.randint(1, 40)):
        out[rng.randrange(len(out))] = rng.randrange(256)
    return bytes(out)


def flip_in_stream(data: bytes, rng: random.Random) -> bytes:
    """Bytes changed inside one stream (compressed content, a font, an image)."""
    spans = [m.span(1) for m in _STREAM.finditer(data) if m.end(1) - m.start(1) > 2]
    if not spans:
        return flip_bytes(data, rng)
    start, end = rng.choice(spans)
    out = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        out[rng.randrange(start, end)] = rng.randrange(256)
    return bytes(out)


def truncate(data: bytes, rng: random.Random) -> bytes:
    """The file cut short (an interrupted download)."""
    return data[:rng.randrange(1, len(data))]


def break_xref(data: bytes, rng: random.Random) -> bytes:
    """The cross-reference table (or its offset) scrambled."""
    at = max(data.rfind(b"xref"), data.rfind(b"startxref"), 0)
    out = bytearray(data)
    for _ in range(12):
        out[rng.randrange(at, min(len(out), at + 400))] = rng.choice(b"0123456789 fnx\n")
    return bytes(out)


def duplicate_object(data: bytes, rng: random.Random) -> bytes:
    """An object copied elsewhere in the file (two definitions of one number)."""
    spans = [m.span() for m in _OBJECT.finditer(data)]
    if not spans:
        return data
    start, end = rng.choice(spans)
    at = rng.randrange(len(data))
    return data[:at] + data[start:end] + b"\n" + data[at:]


def remove_object(data: bytes, rng: random.Random) -> bytes:
    """An object taken out (a reference to nothing)."""
    spans = [m.span() for m in _OBJECT.finditer(data)]
    if not spans:
        return data
    start, end = rng.choice(spans)
    return data[:start] + data[end:]


def huge_length(data: bytes, rng: random.Random) -> bytes:
    """A stream's /Length made huge, negative or zero."""
    found = list(_LENGTH.finditer(data))
    if not found:
        return data
    m = rng.choice(found)
    value = rng.choice([b"999999999999", b"-5", b"0", b"2147483648", b"%d" % (10 ** 40)])
    return data[:m.start(1)] + value + data[m.end(1):]


def page_tree_loop(data: bytes, rng: random.Random) -> bytes:
    """A page tree node listed among its own kids (a page tree that refers to itself)."""
    node = rng.choice(list(_PAGES_OBJECT.finditer(data)) or [None])
    kids = list(_KIDS.finditer(data))
    if node is None or not kids:
        return data
    m = rng.choice(kids)
    loop = b"%s %s R " % (node.group(1), node.group(2))
    return data[:m.start(1)] + loop + m.group(1) + data[m.end(1):]


def encrypt(data: bytes, rng: random.Random) -> bytes:
    """An /Encrypt dictionary added to the trailer: a known or unknown method, with key
    bytes that open nothing."""
    method = rng.choice([b"/Standard /V 1 /R 2", b"/Standard /V 9 /R 9", b"/Nonsense /V 2 /R 3",
                         b"/Adobe.PubSec /V 4 /R 4"])
    keys = bytes(rng.randrange(256) for _ in range(32)).hex().encode()
    entry = b"/Encrypt << /Filter " + method + b" /O <" + keys + b"> /U <" + keys + \
        b"> /P -4 /Length 40 >> /ID [<0123> <4567>] "
    at = data.rfind(b"trailer")
    at = data.find(b"<<", at) if at >= 0 else -1
    if at < 0:
        return data
    return data[:at + 2] + b" " + entry + data[at + 2:]


def break_name(data: bytes, rng: random.Random) -> bytes:
    """One byte of a name (/FlateDecode, /Font, /Type) changed to a byte above 127."""
    found = list(_NAME.finditer(data))
    if not found:
        return data
    m = rng.choice(found)
    out = bytearray(data)
    out[rng.randrange(m.start() + 1, m.end())] = rng.randrange(128, 256)
    return bytes(out)


MUTATIONS = {f.__name__: f for f in (flip_bytes, flip_in_stream, truncate, break_xref,
                                     duplicate_object, remove_object, huge_length,
                                     page_tree_loop, encrypt, break_name)}


def mutate(data: bytes, mutation: str, seed: int) -> bytes:
    return MUTATIONS[mutation](data, random.Random(seed))


# Small PDFs, each with one defect.

_BODY = (b"BT /F1 11 Tf 72 770 Td 14 TL (The General Assembly,) Tj T* "
         b"(1. Decides to remain seized of the matter.) Tj T* ET")
_FONT = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
_RESOURCES = b"/Font << /F1 5 0 R >>"


def self_referencing_font() -> bytes:
    """A Type0 font whose descendant font is itself."""
    font = (b"<< /Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H "
            b"/DescendantFonts [5 0 R] >>")
    return minimal_pdf(_BODY, _RESOURCES, [font])


def zero_matrix() -> bytes:
    """The page's text drawn under ``0 0 0 0 0 0 cm``: every character at one point."""
    return minimal_pdf(b"0 0 0 0 0 0 cm " + _BODY, _RESOURCES, [_FONT])


def page_tree_loop_pdf() -> bytes:
    """The page tree's root among its own kids."""
    return minimal_pdf(_BODY, _RESOURCES, [_FONT]).replace(b"/Kids [3 0 R]", b"/Kids [2 0 R 3 0 R]")


def unknown_encryption() -> bytes:
    """Encrypted by a security handler nobody knows, with its key bytes in the trailer."""
    return minimal_pdf(_BODY, _RESOURCES, [_FONT]).replace(
        b"/Root 1 0 R >>", b"/Root 1 0 R /Encrypt << /Filter /Nonsense /V 9 /R 9 "
        b"/O <0011AABBCCDDEEFF> /U <FFEE001122334455> /P -4 >> /ID [<01> <02>] >>")


def broken_filter_name() -> bytes:
    """The content stream's filter named /FlateDec\\xaede (one byte flipped)."""
    return minimal_pdf(_BODY, _RESOURCES, [_FONT]).replace(
        b"<< /Length", b"<< /Filter /FlateDec\xaede /Length", 1)


def malformed_dictionary() -> bytes:
    """A resource dictionary with a key and no value."""
    return minimal_pdf(_BODY, b"/Font << /F1 5 0 R /Extra >>", [_FONT])


def wrong_kind_of_object() -> bytes:
    """The page's annotations given as a number, not a list."""
    return minimal_pdf(_BODY, _RESOURCES, [_FONT]).replace(b"/Contents 4 0 R",
                                                           b"/Contents 4 0 R /Annots 5", 1)


def _objects(content: bytes, stream_dict: bytes = b"") -> dict[int, bytes]:
    """Catalog, page tree, one page, its content stream, Helvetica: objects 1 to 5."""
    return {1: b"<< /Type /Catalog /Pages 2 0 R >>",
            2: b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            3: b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
               + _RESOURCES + b" >> /Contents 4 0 R >>",
            4: b"<< " + stream_dict + b" /Length %d >>\nstream\n" % len(content) + content
               + b"\nendstream",
            5: _FONT}


def _file(objects: dict[int, bytes]) -> tuple[bytes, dict[int, int]]:
    """The objects written out (no cross-reference yet), and where each one starts."""
    out, offsets = bytearray(b"%PDF-1.5\n"), {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n" % number + objects[number] + b"\nendobj\n"
    return bytes(out), offsets


def _pdf(objects: dict[int, bytes]) -> bytes:
    """The objects as a PDF file with its cross-reference table."""
    body, offsets = _file(objects)
    size = max(offsets) + 1
    xref = b"xref\n0 %d\n0000000000 65535 f \n" % size + \
        b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    return body + xref + b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        size, len(body))


def inflating(mb: int = 17) -> bytes:
    """One page whose compressed content (a few kilobytes) inflates to ``mb`` MB of
    drawing operators."""
    content = zlib.compress(_BODY + b" " + b"0 0 m " * (mb * 1024 * 1024 // 6), 9)
    return _pdf(_objects(content, b"/Filter /FlateDecode"))


def deep_page_tree(depth: int = 3000) -> bytes:
    """The page under a chain of ``depth`` page tree nodes, each the only kid of the
    one above."""
    objects = _objects(_BODY)
    objects[2] = b"<< /Type /Pages /Kids [6 0 R] /Count 1 >>"
    for k in range(depth):
        kid = b"%d 0 R" % (7 + k) if k < depth - 1 else b"3 0 R"
        objects[6 + k] = b"<< /Type /Pages /Kids [" + kid + b"] /Count 1 >>"
    return _pdf(objects)


def many_objects(declared: int = 2_000_000_000) -> bytes:
    """A cross-reference stream that declares two billion objects in a few bytes."""
    body, offsets = _file(_objects(_BODY))
    rows = b"\x00\x00\x00\x00\x00\xff" + b"".join(
        b"\x01" + offsets[n].to_bytes(4, "big") + b"\x00" for n in sorted(offsets))
    stream = zlib.compress(rows)
    xref = (b"6 0 obj\n<< /Type /XRef /Size %d /Index [0 %d] /W [1 4 1] /Root 1 0 R "
            b"/Filter /FlateDecode /Length %d >>\nstream\n" % (declared, declared, len(stream))
            + stream + b"\nendstream\nendobj\n")
    return body + xref + b"startxref\n%d\n%%%%EOF\n" % len(body)


HAND_WRITTEN = {f.__name__: f for f in (self_referencing_font, zero_matrix, page_tree_loop_pdf,
                                        deep_page_tree, unknown_encryption, broken_filter_name,
                                        malformed_dictionary, wrong_kind_of_object)}


# Hostile texts: what a broken export or an attacker may hand over as "PDF-derived text".

# French, as the sample these texts are built on (samples/cooperation-droits-humains-fr.txt).
_WORDS = ("que la coopération internationale dans le domaine des droits humains contribue "
          "à la promotion et à la protection de tous les droits humains ").split()


def long_line(size: int, head: str) -> str:
    """``head`` (a document's masthead and preamble), then one paragraph of ``size``
    characters on one line."""
    line, n, k = [], 0, 0
    while n < size:
        line.append(_WORDS[k % len(_WORDS)])
        n += len(line[-1]) + 1
        k += 1
    return head + "  1. Réaffirme " + " ".join(line) + " ;\n"


def many_paragraphs(size: int, head: str) -> str:
    """``head``, then numbered paragraphs up to ``size`` characters, on one page."""
    out, n, k = [head], len(head), 1
    sentence = " ".join(_WORDS)
    while n < size:
        paragraph = f"  {k}. Réaffirme {sentence}\n\n{sentence} ;\n\n"
        out.append(paragraph)
        n += len(paragraph)
        k += 1
    return "".join(out)

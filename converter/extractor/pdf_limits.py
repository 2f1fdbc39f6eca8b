"""What a PDF may cost pdfminer before it is refused, and one repair of pdfminer's that
cost the square of the stream's length.

* The drawing instructions of one page (its content streams and the forms it draws),
  once decompressed: a 200 KB file can inflate to 300 MB of operators, which pdfminer
  would interpret for an hour. The largest page of the 261 corpus documents has
  1.2 MB; a page past :data:`MAX_PAGE_CONTENT_MB` is refused. Decompression is measured
  without holding more than the limit: the stream is inflated up to the limit and no
  further.
* The number of objects the file declares: a cross-reference stream may declare two
  billion objects in a few bytes, which pdfminer would list one by one when it looks
  for pages without a page tree. The largest corpus document has 25,490.
* pdfminer repairs a damaged compressed stream by inflating it one byte at a time and
  appending each piece to what it has (``decompress_corrupted``): a byte flipped near
  the end of a 1 MB stream took minutes. :func:`_decompress_corrupted` gives the same
  result in one pass.

Each refusal is one line (:class:`BadInput`) that says which limit and by how much.
"""
from __future__ import annotations

import zlib

from ..errors import BadInput

MB = 1024 * 1024
MAX_PAGE_CONTENT_MB = 16
MAX_OBJECTS = 1_000_000
_FLATE = ("FlateDecode", "Fl")
_CHUNK = 64 * 1024


def check_document(document, name: str) -> None:
    """Refuse a PDF that declares more objects than :data:`MAX_OBJECTS`."""
    objects = 0
    for xref in document.xrefs:
        ranges = getattr(xref, "ranges", None)
        if ranges is not None:                   # a cross-reference stream: counted, not listed
            objects += sum(max(0, int(count)) for _, count in ranges
                           if isinstance(count, int))
        else:
            objects += len(getattr(xref, "offsets", ()))
    if objects > MAX_OBJECTS:
        raise BadInput(f"{name}: refused: it declares {objects:,} objects, more than the "
                       f"limit of {MAX_OBJECTS:,}")


def check_page(pdf_page, number: int, name: str) -> None:
    """Refuse a page whose drawing instructions, decompressed, pass the limit."""
    from pdfminer.pdftypes import PDFStream, resolve1
    cap = MAX_PAGE_CONTENT_MB * MB
    total = 0
    seen: set[int] = set()
    streams = [resolve1(s) for s in (pdf_page.contents or [])] + _forms(pdf_page.resources, seen)
    for stream in streams:
        if isinstance(stream, PDFStream):
            total += _decoded_size(stream, cap - total + 1)
            if total > cap:
                raise BadInput(
                    f"{name}: refused: page {number} holds more than {MAX_PAGE_CONTENT_MB} MB "
                    "of drawing instructions once decompressed (the limit per page; the "
                    "largest page of the corpus has 1.2 MB)")


def _forms(resources, seen: set[int], depth: int = 0) -> list:
    """The forms (XObjects of subtype Form) a page's resources name, and theirs, once
    each."""
    from pdfminer.pdftypes import PDFStream, resolve1
    found = []
    resources = resolve1(resources)
    xobjects = resolve1(resources.get("XObject")) if isinstance(resources, dict) else None
    if not isinstance(xobjects, dict) or depth > 8:
        return found
    for ref in xobjects.values():
        stream = resolve1(ref)
        if not isinstance(stream, PDFStream) or id(stream) in seen:
            continue
        seen.add(id(stream))
        if _name(stream.get("Subtype")) == "Form":
            found.append(stream)
            found += _forms(stream.get("Resources"), seen, depth + 1)
    return found


def _name(value) -> str:
    from pdfminer.pdftypes import resolve1
    value = resolve1(value)
    return getattr(value, "name", value if isinstance(value, str) else "")


def _decoded_size(stream, cap: int) -> int:
    """The stream's decoded length, or a number past ``cap`` as soon as it is known to
    pass it (a Flate stream is inflated up to ``cap`` bytes, no more)."""
    if stream.data is not None:
        return len(stream.data)
    raw = stream.rawdata or b""
    if len(raw) > cap:
        return len(raw)
    filters = [_name(f) for f, _ in stream.get_filters()]
    if filters and filters[0] in _FLATE and not stream.decipher:
        try:
            inflated = len(zlib.decompressobj().decompress(raw, cap + 1))
        except zlib.error:
            inflated = 0                # damaged: pdfminer repairs what it can
        if inflated > cap:
            return inflated
    return len(stream.get_data())


def _decompress_corrupted(data: bytes) -> bytes:
    """pdfminer's ``decompress_corrupted``, linear: what inflates of a Flate stream
    whose end (its checksum) is damaged. As pdfminer's, it raises zlib.error when the
    damage is before the last 3 bytes. Whole chunks are inflated; only the chunk that
    fails is inflated again byte by byte from a copy of the decompressor, to find how
    far it goes."""
    inflater = zlib.decompressobj()
    pieces: list[bytes] = []
    for start in range(0, len(data), _CHUNK):
        chunk = data[start:start + _CHUNK]
        saved = inflater.copy()
        try:
            pieces.append(inflater.decompress(chunk))
            continue
        except zlib.error:
            inflater = saved
        for k in range(len(chunk)):
            try:
                pieces.append(inflater.decompress(chunk[k:k + 1]))
            except zlib.error:
                if start + k < len(data) - 3:
                    raise
                return b"".join(pieces)
    return b"".join(pieces)


def install() -> None:
    """Make pdfminer repair damaged streams with :func:`_decompress_corrupted`."""
    from pdfminer import pdftypes
    pdftypes.decompress_corrupted = _decompress_corrupted

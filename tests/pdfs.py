"""Small PDFs written byte by byte for the tests (no PDF library needed)."""
from __future__ import annotations


def minimal_pdf(content: bytes, resources: bytes = b"", extra_objects: list[bytes] = ()) -> bytes:
    """A one-page PDF with the given content stream, with a correct xref table."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << "
        + resources + b" >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        *extra_objects,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def image_only_pdf() -> bytes:
    """A scanned page: one image, no text."""
    image = b"<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray " \
            b"/BitsPerComponent 8 /Length 4 >>\nstream\n\x00\xff\xff\x00\nendstream"
    return minimal_pdf(b"q 500 0 0 700 40 70 cm /Im0 Do Q", b"/XObject << /Im0 5 0 R >>", [image])


def text_pdf(lines: list[str]) -> bytes:
    """A born-digital page of plain Helvetica lines."""
    ops = [b"BT /F1 11 Tf 72 770 Td 14 TL"]
    for line in lines:
        escaped = line.encode("cp1252").replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        ops.append(b"(" + escaped + b") Tj T*")
    ops.append(b"ET")
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    return minimal_pdf(b"\n".join(ops), b"/Font << /F1 5 0 R >>", [font])

"""A PDF's pages as images for a review page: grey PNGs at a readable resolution.

PDFium (the ``pypdfium2`` package) renders in the process when it is installed; else
poppler's ``pdftoppm`` (Debian ``poppler-utils``) writes each page as a grey PGM. Either
way the pixels are packed here into a PNG (zlib; no imaging library needed): a page
of text at 90 dpi is some 40 KB.
"""
from __future__ import annotations

import shutil
import struct
import subprocess
import tempfile
import zlib
from dataclasses import dataclass
from pathlib import Path

DPI = 90                  # 744 x 1053 pixels for an A4 page: small print still readable


class RenderError(Exception):
    """The pages could not be rendered (no renderer, or the PDF refused)."""


@dataclass
class PageImage:
    number: int           # 1-based
    width: int            # pixels
    height: int
    png: bytes


def render(pdf: bytes, dpi: int = DPI) -> list[PageImage]:
    """Every page of ``pdf`` as a grey PNG."""
    try:
        import pypdfium2  # noqa: F401
    except ImportError:
        return _poppler(pdf, dpi)
    return _pdfium(pdf, dpi)


def renderer() -> str:
    """Which renderer :func:`render` uses here: "pdfium", "pdftoppm" or "none"."""
    try:
        import pypdfium2  # noqa: F401
        return "pdfium"
    except ImportError:
        return "pdftoppm" if shutil.which("pdftoppm") else "none"


def _pdfium(pdf: bytes, dpi: int) -> list[PageImage]:
    import pypdfium2 as pdfium
    try:
        document = pdfium.PdfDocument(pdf)
    except pdfium.PdfiumError as error:
        raise RenderError(f"PDFium cannot open the PDF: {error}") from None
    images = []
    try:
        for k in range(len(document)):
            page = document[k]
            bitmap = page.render(scale=dpi / 72, grayscale=True)
            images.append(PageImage(k + 1, bitmap.width, bitmap.height,
                                    grey_png(bitmap.width, bitmap.height, bytes(bitmap.buffer),
                                             bitmap.stride)))
            bitmap.close()
            page.close()
    finally:
        document.close()
    return images


def _poppler(pdf: bytes, dpi: int) -> list[PageImage]:
    if not shutil.which("pdftoppm"):
        raise RenderError("no renderer: install pypdfium2 (pip) or poppler-utils (pdftoppm)")
    with tempfile.TemporaryDirectory(prefix="akn-review-") as tmp:
        source = Path(tmp) / "in.pdf"
        source.write_bytes(pdf)
        # -cropbox: the page as shown (PDFium's), not its whole MediaBox.
        done = subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-cropbox", str(source),
                               str(Path(tmp) / "page")], capture_output=True)
        if done.returncode != 0:
            raise RenderError(f"pdftoppm failed: {done.stderr.decode(errors='replace').strip()}")
        images = []
        # page-1.pgm … or page-01.pgm: the number is as wide as the last page's.
        for path in sorted(Path(tmp).glob("page-*.pgm"), key=lambda p: int(p.stem.split("-")[-1])):
            width, height, pixels = _pgm(path.read_bytes())
            images.append(PageImage(int(path.stem.split("-")[-1]), width, height,
                                    grey_png(width, height, pixels, width)))
    return images


def _pgm(data: bytes) -> tuple[int, int, bytes]:
    """A binary PGM (P5, 8 bits): width, height, pixels."""
    fields, pos = [], 2
    while len(fields) < 3:
        while data[pos:pos + 1].isspace():
            pos += 1
        if data[pos:pos + 1] == b"#":           # a comment line
            pos = data.index(b"\n", pos)
            continue
        end = pos
        while not data[end:end + 1].isspace():
            end += 1
        fields.append(int(data[pos:end]))
        pos = end
    width, height, _ = fields
    return width, height, data[pos + 1:pos + 1 + width * height]


def grey_png(width: int, height: int, pixels: bytes, stride: int) -> bytes:
    """An 8-bit grey PNG of rows of ``stride`` bytes (each row's first ``width`` used)."""
    rows = b"".join(b"\x00" + pixels[y * stride:y * stride + width] for y in range(height))

    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + \
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + \
        chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(rows, 6)) + chunk(b"IEND", b"")

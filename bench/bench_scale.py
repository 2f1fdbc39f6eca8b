"""Cost against input size: whether a conversion's time and memory grow in proportion
to the input (issue 23: a 50 MB line, a 12 MB page, a 3,000-page PDF must not run for
ever).

    python bench/bench_scale.py [--quick]

Converts, each in a fresh process (so that its peak memory is its own):
  pdf pages     a resolution of 10 to 3,000 pages (40 lines a page, Times, one paragraph
                numbered every four lines), written here byte by byte
  text line     a draft whose first operative paragraph is one line of 1 KB to 50 MB
  text page     a draft of numbered paragraphs, 1 KB to 50 MB, with no page break
and prints, for each, the seconds of the conversion (extract, structure, validate; not
the start of Python), the seconds per page or per MB, and the process's peak memory.
Proportional costs keep the per-page and per-MB figures flat. ``--quick`` stops at
300 pages and 10 MB.
"""
from __future__ import annotations

import resource
import subprocess
import sys
import time
import zlib
from pathlib import Path

from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent
PAGES = [10, 30, 100, 300, 1000, 3000]
SIZES = [1_000, 10_000, 100_000, 1_000_000, 10_000_000, 50_000_000]
_WORDS = ("que la coopération internationale dans le domaine des droits humains contribue "
          "à la promotion et à la protection de tous les droits humains ").split()
_HEAD = ("Nations Unies A/C.3/99/L.1\n\nAssemblée générale Distr. limitée\n20 octobre 2099\n"
         "Français\nOriginal : anglais\n\nCoopération internationale\n\n"
         "L’Assemblée générale,\n\n  Rappelant sa résolution 70/1 du 25 septembre 2015,\n\n")


def text_line(size: int) -> str:
    words, n, k = [], len(_HEAD), 0
    while n < size:
        words.append(_WORDS[k % len(_WORDS)])
        n += len(words[-1]) + 1
        k += 1
    return _HEAD + "  1. Réaffirme " + " ".join(words) + " ;\n"


def text_page(size: int) -> str:
    out, n, k = [_HEAD], len(_HEAD), 1
    sentence = " ".join(_WORDS)
    while n < size:
        paragraph = f"  {k}. Réaffirme {sentence}\n\n{sentence} ;\n\n"
        out.append(paragraph)
        n += len(paragraph.encode())
        k += 1
    return "".join(out)


def pdf_pages(pages: int) -> bytes:
    """A resolution of ``pages`` pages: masthead, formula, numbered paragraphs, a running
    header and a page number on each page; compressed content streams."""
    words = ("that international cooperation in the field of human rights contributes to "
             "the promotion and protection of all human rights and fundamental freedoms").split()

    def line(x, y, text, size=10):
        return b"BT /F1 %g Tf %g %g Td (%s) Tj ET" % (size, x, y, text.encode("cp1252"))
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman "
                  b"/Encoding /WinAnsiEncoding >>"}
    kids, number = [], 1
    for page in range(pages):
        ops, y = [], 780
        if page == 0:
            ops += [line(60, 800, "United Nations", 12), line(400, 800, "A/RES/99/1", 12),
                    line(400, 786, "Distr.: General"), line(400, 772, "1 January 2099"),
                    line(154, 740, "The General Assembly,")]
            y = 720
        else:
            ops.append(line(60, 810, "A/RES/99/1"))
        while y > 80:
            ops.append(line(154, y, f"{number}. Decides " + " ".join(words[:9])))
            for j in range(3):
                y -= 12
                ops.append(line(118, y, " ".join(words[j * 4 % 9: j * 4 % 9 + 11])))
            y -= 18
            number += 1
        ops.append(line(300, 40, str(page + 1)))
        content = zlib.compress(b"\n".join(ops))
        page_id, content_id = 4 + 2 * page, 5 + 2 * page
        objects[page_id] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                            b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>"
                            % content_id)
        objects[content_id] = (b"<< /Filter /FlateDecode /Length %d >>\nstream\n" % len(content)
                               + content + b"\nendstream")
        kids.append(b"%d 0 R" % page_id)
    objects[2] = b"<< /Type /Pages /Kids [" + b" ".join(kids) + b"] /Count %d >>" % pages
    out, offsets = bytearray(b"%PDF-1.4\n"), {}
    for n in sorted(objects):
        offsets[n] = len(out)
        out += b"%d 0 obj\n" % n + objects[n] + b"\nendobj\n"
    xref, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    out += b"".join(b"%010d 00000 n \n" % offsets[n] for n in range(1, size))
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


def one(kind: str, size: int) -> None:
    """In the child: build the input, convert it, print seconds, pages and peak MB."""
    import converter
    from converter import validator
    from converter.extractor.pdf import quiet_pdfminer
    quiet_pdfminer()
    validator.lxml_schema()
    if kind == "pdf pages":
        source = Path(f"/tmp/bench-scale-{size}.pdf")
        source.write_bytes(pdf_pages(size))
    else:
        source = (text_line if kind == "text line" else text_page)(size)
    start = time.perf_counter()
    tree = converter.convert(source, markup_date="2026-01-01")
    seconds = time.perf_counter() - start
    pages = int(tree.xpath("count(//*[local-name()='paragraph'])"))
    if kind == "pdf pages":
        source.unlink()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {pages} {peak:.0f}")


def measure(kind: str, size: int) -> tuple[float, int, float] | str:
    run = subprocess.run([sys.executable, __file__, "--one", kind, str(size)],
                         capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    if run.returncode:
        return (run.stderr.strip().splitlines() or ["failed"])[-1]
    seconds, paragraphs, peak = run.stdout.split()
    return float(seconds), int(paragraphs), float(peak)


def main(quick: bool = False) -> None:
    print_machine()
    print(f"{'input':10} {'size':>10} {'paragraphs':>10} {'seconds':>9} {'per unit':>14} "
          f"{'peak MB':>8}")
    rows = [("pdf pages", n) for n in PAGES if not quick or n <= 300] + \
        [(kind, n) for kind in ("text line", "text page") for n in SIZES
         if not quick or n <= 10_000_000]
    for kind, size in rows:
        got = measure(kind, size)
        label = f"{size:,} p" if kind == "pdf pages" else _bytes(size)
        if isinstance(got, str):
            print(f"{kind:10} {label:>10} failed: {got}")
            continue
        seconds, paragraphs, peak = got
        unit = f"{seconds / size:.3f} s/page" if kind == "pdf pages" else \
            f"{seconds / (size / 1e6):.2f} s/MB"
        print(f"{kind:10} {label:>10} {paragraphs:>10,} {seconds:>9.2f} {unit:>14} {peak:>8.0f}",
              flush=True)


def _bytes(size: int) -> str:
    return f"{size / 1e6:g} MB" if size >= 1_000_000 else f"{size / 1e3:g} KB"


if __name__ == "__main__":
    if sys.argv[1:2] == ["--one"]:
        one(sys.argv[2], int(sys.argv[3]))
    else:
        main("--quick" in sys.argv)

"""PDF-path benchmark: our whole conversion with each reader, against pdfminer.six's own
extract_text and poppler's pdftotext (the floor).

    python bench/bench_pdf.py [PDF or folder ...] [--repeat N]

Default inputs: samples/*.pdf and, when present, ../shared/corpus/pdf/*.pdf. In one run
and one process (XSD loaded once, before timing), each file is read by pdfminer's
extract_text, converted by us (extract + structure + validate) with the PDFium reader
and with the pdfminer reader, and read by ``pdftotext`` (a program: its start-up is in
its time). Prints which path the PDFium reader took for its per-character calls (C or
Python, see readers/pdfium_bulk.py), milliseconds per page for each, best of --repeat,
and the ratio of our conversion with PDFium to pdfminer's extract_text. Targets: PDFium
conversion <= 15 ms a page, ratio <= 0.15.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text

import converter
from converter import validator
from converter.errors import ConversionError
from converter.extractor.readers import pdfium_installed
from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent


def inputs(args: list[str]) -> list[Path]:
    if not args:
        args = [str(ROOT / "samples"), str(ROOT.parent / "shared" / "corpus" / "pdf")]
    files = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.glob("*.pdf")) if path.is_dir() else [path] if path.exists() else []
    return files


def best_of(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def pdftotext(path: Path) -> None:
    subprocess.run(["pdftotext", str(path), "-"], stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)


def main() -> None:
    print_machine()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--repeat", type=int, default=3, help="best of N (default 3)")
    args = parser.parse_args()
    files = inputs(args.inputs)
    if not files:
        sys.exit("no PDF found")
    if not pdfium_installed():
        sys.exit("the PDFium reader is not installed: pip install -e '.[fast]'")
    floor = shutil.which("pdftotext") is not None
    validator.lxml_schema()
    from converter.extractor.readers import pdfium_bulk
    # (readers/pdfium_bulk.py: C when its optional extension was built, else ctypes)
    print(f"PDFium reader's per-character calls: {pdfium_bulk.PATH} path")
    columns = ["extract_text", "ours pdfium", "ours pdfminer"] + (["pdftotext"] if floor else [])
    totals = dict.fromkeys(columns, 0.0)
    pages_total = 0
    print(f"{'file':40} {'pages':>5} " + " ".join(f"{c:>13}" for c in columns) + "   (ms/page)")
    for path in files:
        try:
            pages = converter.extract(path).source.pages
        except ConversionError as error:
            print(f"{path.name:40} skipped: {error}")
            continue
        runs = {
            "extract_text": lambda p=path: extract_text(str(p)),
            "ours pdfium": lambda p=path: converter.convert(p, check=True, reader="pdfium"),
            "ours pdfminer": lambda p=path: converter.convert(p, check=True, reader="pdfminer"),
            "pdftotext": lambda p=path: pdftotext(p),
        }
        times = {c: best_of(runs[c], args.repeat) for c in columns}
        for c in columns:
            totals[c] += times[c]
        pages_total += pages
        print(f"{path.name[:40]:40} {pages:5d} " +
              " ".join(f"{1000 * times[c] / pages:13.1f}" for c in columns))
    print(f"{'all':40} {pages_total:5d} " +
          " ".join(f"{1000 * totals[c] / pages_total:13.1f}" for c in columns))
    ratio = totals["ours pdfium"] / totals["extract_text"]
    print(f"ours with PDFium: {1000 * totals['ours pdfium'] / pages_total:.1f} ms/page "
          f"(target <= 15); ratio to pdfminer's extract_text {ratio:.3f} (target <= 0.15); "
          f"with pdfminer: {totals['ours pdfminer'] / totals['extract_text']:.2f}")


if __name__ == "__main__":
    main()

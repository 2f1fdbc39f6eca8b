"""PDF-path benchmark: our whole conversion against pdfminer.six's own extract_text.

    python bench/bench_pdf.py [PDF or folder ...]

Default inputs: samples/*.pdf and, when present, ../shared/corpus/pdf/*.pdf. In one run
and one process (XSD loaded once, before timing), each file is converted by us
(extract + structure + validate) and read by pdfminer's extract_text; prints seconds
per page for both and the ratio ours/pdfminer. Target: <= 1.3.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

from pdfminer.high_level import extract_text

import converter
from converter import validator
from converter.errors import ConversionError
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


def main(args: list[str]) -> None:
    print_machine()
    files = inputs(args)
    if not files:
        sys.exit("no PDF found")
    validator.lxml_schema()
    ours_total = theirs_total = 0.0
    pages_total = 0
    print(f"{'file':45} {'pages':>5} {'ours s/page':>12} {'pdfminer s/page':>16} {'ratio':>6}")
    for path in files:
        try:
            pages = converter.extract(path).source.pages
            repeat = 5                   # best of 5: the machine is shared
            ours = best_of(lambda p=path: converter.convert(p, check=True), repeat)
        except ConversionError as error:
            print(f"{path.name:45} skipped: {error}")
            continue
        theirs = best_of(lambda p=path: extract_text(str(p)), repeat)
        ours_total += ours
        theirs_total += theirs
        pages_total += pages
        print(f"{path.name[:45]:45} {pages:5d} {ours / pages:12.4f} {theirs / pages:16.4f} "
              f"{ours / theirs:6.2f}")
    print(f"{'all':45} {pages_total:5d} {ours_total / pages_total:12.4f} "
          f"{theirs_total / pages_total:16.4f} {ours_total / theirs_total:6.2f}")
    print(f"ratio ours/pdfminer = {ours_total / theirs_total:.2f} (target <= 1.3)")


if __name__ == "__main__":
    main(sys.argv[1:])

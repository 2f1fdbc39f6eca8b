"""Our own stages after the PDF reader, timed apart from it (issue 20).

    python bench/bench_stages.py [PDF or folder ...] [--repeat N] [--profile]

Default inputs: eleven corpus PDFs of every family (../shared/corpus/pdf). Each file is
read by the PDFium reader, then converted from the pages read (order, regions, tables,
marking, paragraphs, cleaner, structurer, writer, validator), so that the reader's time
is not in the stages' time. The line grouping the PDFium reader calls
(:func:`converter.extractor.readers.lines.group_lines`, ``place_spaces`` and the
``Line`` each line makes) is ours too: it is timed inside the reader and counted with the
stages. Prints milliseconds per page of the reader without the line grouping, the line
grouping, the stages after the reader, and the two together, best of --repeat, in
process time (the machine is shared: compare two trees by running this in turn, A B A B).
With --profile, a cProfile of the stages after the reader (the last repeat), by own time.
"""
from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
import time
from pathlib import Path

from converter import api, validator
from converter.collection import fewer_collections
from converter.extractor import readers
from converter.extractor.readers import pdfium
from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ["A_80_44-EN.pdf", "E_2025_43-EN.pdf", "S_2025_320-EN.pdf", "A_79_PV.64-EN.pdf",
           "A_HRC_WG.6_34_ITA_3-EN.pdf", "E_ICEF_2025_11-EN.pdf", "A_RES_78_323-EN.pdf",
           "S_RES_2772_(2025)-EN.pdf", "DP_2025_23-EN.pdf", "TD_B_CN.4_36-EN.pdf",
           "A_79_918-EN.pdf"]
MARKUP_DATE = "2026-12-07"


def inputs(args: list[str]) -> list[Path]:
    if not args:
        corpus = ROOT.parent / "shared" / "corpus" / "pdf"
        return [corpus / name for name in DEFAULT if (corpus / name).exists()]
    files = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.glob("*.pdf")) if path.is_dir() else [path] if path.exists() else []
    return files


class _Clock:
    """Process time spent inside the functions it wraps."""

    def __init__(self):
        self.spent = 0.0

    def wrap(self, function):
        def timed(*args, **kwargs):
            start = time.process_time()
            try:
                return function(*args, **kwargs)
            finally:
                self.spent += time.process_time() - start
        return timed


def main() -> int:
    print_machine()
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--profile", action="store_true")
    options = parser.parse_args()
    if not readers.pdfium_installed():
        print("the PDFium reader is not installed: pip install -e '.[fast]'")
        return 1
    files = inputs(options.paths)
    if not files:
        print("no PDF to time")
        return 1
    validator.lxml_schema()                       # loaded once per process, before timing
    lines = _Clock()
    # The names the PDFium reader calls them by (its module imports them).
    pdfium.group_lines = lines.wrap(pdfium.group_lines)
    pdfium.place_spaces = lines.wrap(pdfium.place_spaces)
    pdfium.Line = lines.wrap(pdfium.Line)
    data = [f.read_bytes() for f in files]
    read_pdf = readers.read_pdf
    best: tuple[float, float, float] | None = None
    pages = 0
    profile = None
    for rep in range(options.repeat):
        lines.spent = 0.0
        start = time.process_time()
        with fewer_collections():       # (as a conversion reads: see converter/collection.py)
            read = [read_pdf(d, f.name, "pdfium") for f, d in zip(files, data)]
        reading = time.process_time() - start - lines.spent
        pages = sum(len(r[0]) for r in read)
        given = iter(read)
        readers.read_pdf = lambda *args, **kwargs: next(given)   # the pages read above
        if options.profile and rep == options.repeat - 1:
            profile = cProfile.Profile()
            profile.enable()
        start = time.process_time()
        try:
            for f, d in zip(files, data):
                api.convert_document(api.extract_bytes(d, f.name, reader="pdfium"),
                                     markup_date=MARKUP_DATE)
        finally:
            after = time.process_time() - start
            readers.read_pdf = read_pdf
            if profile is not None:
                profile.disable()
        figures = (reading, lines.spent, after)
        if best is None or sum(figures[1:]) < sum(best[1:]):
            best = figures
    reading, grouping, after = (1000 * t / pages for t in best)
    print(f"{len(files)} PDFs, {pages} pages, best of {options.repeat}, ms per page "
          f"(process time):")
    print(f"  reader without line grouping  {reading:6.2f}")
    print(f"  line grouping (ours)          {grouping:6.2f}")
    print(f"  stages after the reader       {after:6.2f}")
    print(f"  our stages in all             {grouping + after:6.2f}")
    if profile is not None:
        pstats.Stats(profile, stream=sys.stdout).sort_stats("tottime").print_stats(25)
    return 0


if __name__ == "__main__":
    sys.exit(main())

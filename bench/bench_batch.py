"""Batch benchmark: throughput with 1 and 2 workers, memory per worker as the archive
grows, and memory per worker as one document grows.

    python bench/bench_batch.py [--docs 200] [--large 1000] [--reader auto|pdfium|pdfminer] [--unseen 10]

Builds a zip archive of --docs documents from samples/ (and ../shared/corpus/pdf when
present), half PDFs and half texts, and converts it with `run_batch`, 1 worker then 2:
prints docs/s, pages/s and the peak resident memory of a worker (ru_maxrss), and the
speed-up of 2 workers over 1 (target >= 1.7). Then converts archives of 100 and --large
documents with 2 workers and prints the peak memory per worker for each (target: no
growth). Last, one report of 50, 100 and 200 pages (a corpus report's pages repeated,
put together with pypdfium2) converted by one worker: the peak memory of the worker for
each (target: flat in pages). Then the --unseen longest documents of
../shared/corpus/unlabelled, each by one worker: real long documents, unlike one
report's pages repeated (a cover page, tables, annexes).
"""
from __future__ import annotations

import argparse
import shutil
import tempfile
import zipfile
from pathlib import Path

from converter.batch import run_batch
from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent


def sources() -> list[Path]:
    files = sorted((ROOT / "samples").glob("*.pdf")) + sorted((ROOT / "samples").glob("*.txt"))
    corpus = ROOT.parent / "shared" / "corpus" / "pdf"
    if corpus.is_dir():
        files += sorted(corpus.glob("*.pdf"))
    return files


def build_archive(path: Path, count: int) -> Path:
    files = sources()
    pdfs = [f for f in files if f.suffix == ".pdf"]
    texts = [f for f in files if f.suffix == ".txt"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
        for k in range(count):
            pool = pdfs if k % 2 == 0 else texts
            src = pool[(k // 2) % len(pool)]
            zf.write(src, f"set{k % 10}/doc{k:05d}{src.suffix}")
    return path


def long_report(path: Path, pages: int) -> Path:
    """A report of ``pages`` pages: the longest corpus report's pages over and over."""
    import pypdfium2 as pdfium
    corpus = ROOT.parent / "shared" / "corpus" / "pdf"
    source = max((pdfium.PdfDocument(p) for p in sorted(corpus.glob("A_*.pdf"))), key=len)
    out = pdfium.PdfDocument.new()
    while len(out) < pages:
        out.import_pages(source, list(range(min(len(source), pages - len(out)))))
    out.save(str(path))
    return path


UNSEEN = ROOT.parent / "shared" / "corpus" / "unlabelled"


def longest_unseen(count: int) -> list[tuple[int, Path]]:
    """The ``count`` longest documents of the unseen corpus (real reports, Official
    Records volumes, a cover page at times): (pages, path), longest first."""
    import pypdfium2 as pdfium
    sized = []
    for path in sorted(UNSEEN.glob("*.pdf")):
        try:
            sized.append((len(pdfium.PdfDocument(path)), path))
        except pdfium.PdfiumError:
            continue
    return sorted(sized, key=lambda entry: (-entry[0], entry[1].name))[:count]


READER = "auto"


def run(archive: Path, workers: int, tmp: Path):
    out = tmp / f"out-{workers}-{archive.stem}"
    shutil.rmtree(out, ignore_errors=True)
    summary = run_batch([archive], out, workers=workers, progress_stream=open("/dev/null", "w"),
                        reader=READER)
    docs = sum(summary.counts.values())
    return summary, docs / summary.seconds, summary.pages / summary.seconds


def main() -> None:
    print_machine()
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--large", type=int, default=1000)
    parser.add_argument("--reader", default="auto")
    parser.add_argument("--unseen", type=int, default=10,
                        help="the longest documents of the unseen corpus, one at a time")
    args = parser.parse_args()
    global READER
    READER = args.reader
    from converter.extractor.readers import resolve
    print(f"reader: {resolve(args.reader)}")
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        archive = build_archive(tmp / "archive.zip", args.docs)
        print(f"archive: {args.docs} documents ({', '.join(p.name for p in sources())})")
        rates = {}
        for workers in (1, 2):
            summary, docs_s, pages_s = run(archive, workers, tmp)
            rates[workers] = docs_s
            print(f"{workers} worker(s): {docs_s:6.1f} docs/s  {pages_s:6.1f} pages/s "
                  f"({pages_s / workers:6.1f} per core)  "
                  f"peak memory per worker {summary.peak_rss_mb:6.1f} MB  "
                  f"({dict(summary.counts)})")
        print(f"speed-up 2 workers / 1 = {rates[2] / rates[1]:.2f} (target >= 1.7)")
        peaks = {}
        for count in (100, args.large):
            archive = build_archive(tmp / f"archive-{count}.zip", count)
            summary, docs_s, _ = run(archive, 2, tmp)
            peaks[count] = summary.peak_rss_mb
            print(f"{count:5d} documents, 2 workers: peak memory per worker "
                  f"{summary.peak_rss_mb:6.1f} MB, {docs_s:.1f} docs/s")
        print(f"memory growth {args.large} vs 100 documents: "
              f"{peaks[args.large] / peaks[100]:.2f}x (target: 1.00, flat)")
        by_pages = {}
        for pages in (50, 100, 200):
            report = long_report(tmp / f"report-{pages}.pdf", pages)
            summary, _, pages_s = run(report, 1, tmp)
            by_pages[pages] = summary.peak_rss_mb
            print(f"a report of {pages:3d} pages, 1 worker: peak memory {summary.peak_rss_mb:6.1f} MB, "
                  f"{pages_s:.1f} pages/s ({dict(summary.counts)})")
        print(f"memory growth 200 vs 50 pages: {by_pages[200] / by_pages[50]:.2f}x, "
              f"{(by_pages[200] - by_pages[50]) * 1024 / 150:.0f} KB a page more "
              "(target: flat)")
        # Real long documents: a repeated report's pages are all alike, these are not.
        if not UNSEEN.is_dir():
            print(f"no unseen corpus at {UNSEEN}: its long documents not measured")
            return
        for pages, path in longest_unseen(args.unseen):
            summary, _, pages_s = run(path, 1, tmp)
            print(f"{path.name:40s} {pages:4d} pages, 1 worker: peak memory "
                  f"{summary.peak_rss_mb:6.1f} MB, {pages_s:.1f} pages/s ({dict(summary.counts)})")


if __name__ == "__main__":
    main()

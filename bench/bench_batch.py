"""Batch benchmark: throughput with 1 and 2 workers, and memory per worker as the
archive grows.

    python bench/bench_batch.py [--docs 200] [--large 1000]

Builds a zip archive of --docs documents from samples/ (and ../shared/corpus/pdf when
present), half PDFs and half texts, and converts it with `run_batch`, 1 worker then 2:
prints docs/s, pages/s and the peak resident memory of a worker (ru_maxrss), and the
speed-up of 2 workers over 1 (target >= 1.7). Then converts archives of 100 and --large
documents with 2 workers and prints the peak memory per worker for each (target: no
growth).
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


def run(archive: Path, workers: int, tmp: Path):
    out = tmp / f"out-{workers}-{archive.stem}"
    shutil.rmtree(out, ignore_errors=True)
    summary = run_batch([archive], out, workers=workers, progress_stream=open("/dev/null", "w"))
    docs = sum(summary.counts.values())
    return summary, docs / summary.seconds, summary.pages / summary.seconds


def main() -> None:
    print_machine()
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--large", type=int, default=1000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        archive = build_archive(tmp / "archive.zip", args.docs)
        print(f"archive: {args.docs} documents ({', '.join(p.name for p in sources())})")
        rates = {}
        for workers in (1, 2):
            summary, docs_s, pages_s = run(archive, workers, tmp)
            rates[workers] = docs_s
            print(f"{workers} worker(s): {docs_s:6.1f} docs/s  {pages_s:6.1f} pages/s  "
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


if __name__ == "__main__":
    main()

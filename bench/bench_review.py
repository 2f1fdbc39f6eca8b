"""What `akn batch --review` costs: the batch's time with and without review pages,
and the pages' sizes.

    python bench/bench_review.py [INPUT...] [--workers 2]

Default input: ../shared/corpus/pdf (88 PDFs). Converts it twice with `run_batch`
(without, then with ``review=True``) and prints the wall time of each, the sum of the
documents' own seconds (the manifest's, less sensitive to a loaded machine), the time
--review adds (target: at most 50 %), the review pages' total and largest sizes, and
the size of each document of 20 pages or more (target: under 5 MB). Then the batch
without review pages is resumed with ``--resume --review``: every document skipped, its
review page made from the kept XML, sidecar and PDF (no conversion), and the time that
takes is printed beside the conversion's.
"""
from __future__ import annotations

import argparse
import json
import tempfile
from pathlib import Path

from converter.batch import run_batch
from converter.review.render import renderer
from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent


def batch(inputs: list[Path], out: Path, workers: int, review: bool, resume: bool = False):
    summary = run_batch(inputs, out, workers=workers, review=review, markup_date="2026-01-01",
                        progress_stream=open("/dev/null", "w"), resume=resume)
    entries = [json.loads(line) for line in (out / "manifest.jsonl").read_text().splitlines()]
    return summary, entries


def main() -> None:
    print_machine()
    parser = argparse.ArgumentParser()
    parser.add_argument("inputs", nargs="*", type=Path,
                        default=[ROOT.parent / "shared" / "corpus" / "pdf"])
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    print(f"renderer: {renderer()}")
    with tempfile.TemporaryDirectory() as tmpdir:
        plain, plain_entries = batch(args.inputs, Path(tmpdir) / "plain", args.workers, False)
        out = Path(tmpdir) / "review"
        reviewed, entries = batch(args.inputs, out, args.workers, True)
        own = [sum(e["seconds"] for e in es) for es in (plain_entries, entries)]
        print(f"documents: {len(entries)} ({dict(reviewed.counts)}), pages {reviewed.pages}")
        print(f"without --review: {plain.seconds:7.1f} s wall, {own[0]:7.1f} s of documents")
        print(f"with --review:    {reviewed.seconds:7.1f} s wall, {own[1]:7.1f} s of documents")
        print(f"--review adds {100 * (reviewed.seconds / plain.seconds - 1):.0f} % wall, "
              f"{100 * (own[1] / own[0] - 1):.0f} % of the documents' time (target <= 50 %)")
        pages = [(out / e["review"], e) for e in entries if e.get("review")]
        sizes = sorted(((p.stat().st_size, e) for p, e in pages), key=lambda t: t[0])
        total = sum(s for s, _ in sizes)
        print(f"review pages: {len(sizes)}, {total / 1e6:.1f} MB in all, largest "
              f"{sizes[-1][0] / 1e6:.2f} MB ({sizes[-1][1]['path']}, {sizes[-1][1]['pages']} pages)")
        long = [(s, e) for s, e in sizes if (e.get("pages") or 0) >= 20]
        for size, entry in long:
            print(f"  {entry['pages']:3d} pages: {size / 1e6:5.2f} MB "
                  f"({size / entry['pages'] / 1e3:.0f} kB a page)  {Path(entry['path']).name}")
        index = out / "index.html"
        print(f"index.html: {index.stat().st_size / 1e3:.0f} kB for {len(entries)} rows")
        resumed, kept = batch(args.inputs, Path(tmpdir) / "plain", args.workers, True, resume=True)
        made = sum(bool(e.get("review")) for e in kept)
        print(f"--resume --review of the batch without: {resumed.seconds:.1f} s wall for "
              f"{made} review pages made from the kept outputs ({dict(resumed.counts)}; "
              f"converting took {plain.seconds:.1f} s)")


if __name__ == "__main__":
    main()

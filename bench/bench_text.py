"""Text-path benchmark: our conversion of the sample against bluebell-akn's parse.

    pip install -e '.[bench]' && python bench/bench_text.py [N]

In one process and one run, after a warm-up (XSD loaded, caches filled), converts the
sample text N times and prints the median milliseconds per document for:
  ours (whole)   extract + structure + validate (XSD and invariants, words-lost check)
  ours validate  validation alone, of the same output
  bluebell       bluebell-akn parsing the same text as a `statement`
and the ratio ours/bluebell. Target: <= 1.0.
"""
from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import converter
from converter import validator
from converter.extractor.text import extract_text
from machine import print_machine  # bench/machine.py: the figures' machine

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "cooperation-droits-humains-fr.txt"


def median_ms(fn, n: int) -> float:
    fn()                                     # warm-up
    times = []
    for _ in range(n):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def main(n: int = 200) -> None:
    print_machine()
    text = SAMPLE.read_text(encoding="utf-8")
    source = extract_text(text).source_text
    validator.lxml_schema()                  # loaded once, outside the timings
    tree = converter.convert(text, markup_date="2026-01-01")
    ours = median_ms(lambda: converter.convert(text, markup_date="2026-01-01"), n)
    validation = median_ms(lambda: validator.validate(tree, source_text=source), n)
    print(f"sample: {SAMPLE.name} ({len(text.encode())} bytes), N={n}")
    print(f"ours (whole)    {ours:8.2f} ms/doc")
    print(f"ours validate   {validation:8.2f} ms/doc")
    try:
        from bluebell.parser import AkomaNtosoParser
        from cobalt import FrbrUri
    except ImportError:
        print("bluebell        not installed (pip install -e '.[bench]'): no ratio")
        return
    parser = AkomaNtosoParser(FrbrUri.parse(
        "/akn/un/statement/deliberation/un-ga/2022-10-20/A-C.3-77-L.6"))
    peer = median_ms(lambda: parser.parse_to_xml(text, "statement"), n)
    print(f"bluebell        {peer:8.2f} ms/doc")
    print(f"ratio ours/bluebell = {ours / peer:.2f} (target <= 1.0)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)

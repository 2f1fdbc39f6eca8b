"""Publishing benchmark: documents per second published to a folder repository and to a
BaseX server on loopback, for the corpus' conversions.

    python bench/bench_publish.py [--from BATCH_OUTPUT] [--repeat N]

The documents: an ``akn batch`` output folder given with --from, else the shared corpus
(../shared/corpus/pdf) converted first (not timed). Each target is timed three ways:
new (an empty repository), unchanged (the same documents again: read, checked, compared,
not written), replaced (every document changed: its markup date). Every document is
parsed and validated (XSD + invariants) before it is stored, as ``akn publish`` does.
The BaseX server is a throwaway one (tests/basex_server.py: own home, free port)."""
from __future__ import annotations

import argparse
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

from converter import validator
from converter.batch import run_batch
from converter.publish import Publisher, open_repository
from converter.publish.basex import PASSWORD_VARIABLE
from converter.publish.inputs import expand
from machine import print_machine  # bench/machine.py: the figures' machine

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
import basex_server  # noqa: E402  (the tests' throwaway server)


def documents(source: Path | None, tmp: Path) -> list[bytes]:
    if source is None:
        corpus = ROOT.parent / "shared" / "corpus" / "pdf"
        source = tmp / "batch"
        run_batch([corpus], source, workers=2, progress_stream=open("/dev/null", "w"))
    return [p.read_bytes() for p in expand([source])]


def changed(data: bytes) -> bytes:
    """The same document with another markup date: different bytes, same identity."""
    return re.sub(rb'(<FRBRdate date=")[0-9-]+(" name="markup")', rb"\g<1>1999-01-01\2",
                  data, count=1)


def timed(repository, docs: list[bytes]) -> tuple[float, dict]:
    publisher = Publisher(repository)
    outcomes: dict[str, int] = {}
    start = time.perf_counter()
    for k, data in enumerate(docs):
        outcome, _ = publisher.publish(data, f"doc{k}")
        outcomes[outcome] = outcomes.get(outcome, 0) + 1
    return len(docs) / (time.perf_counter() - start), outcomes


def main() -> None:
    print_machine()
    parser = argparse.ArgumentParser()
    parser.add_argument("--from", dest="source", type=Path, default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        docs = documents(args.source, tmp)
        validator.lxml_schema()          # loaded once per process: not part of a figure
        print(f"documents: {len(docs)} ({sum(map(len, docs)) / 1e6:.1f} MB of AKN XML)")
        server = basex_server.start(tmp / "basex-home")
        try:
            os.environ[PASSWORD_VARIABLE] = server.password      # this server's, not a user's
            targets = {"folder": lambda: open_repository(str(tmp / "repo")),
                       "basex": lambda: open_repository(server.url("bench"))}
            for name, open_target in targets.items():
                for label, batch in (("new", docs), ("unchanged", docs),
                                     ("replaced", [changed(d) for d in docs])):
                    repository = open_target()
                    try:
                        rate, outcomes = timed(repository, batch)
                    finally:
                        repository.close()
                    print(f"{name:6s} {label:9s} {rate:7.1f} docs/s  {outcomes}")
        finally:
            server.stop()
        shutil.rmtree(tmp / "repo", ignore_errors=True)


if __name__ == "__main__":
    main()

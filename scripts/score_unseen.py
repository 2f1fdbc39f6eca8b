"""Score a batch of ``../shared/corpus/unlabelled/`` against the labels in tests/labels/:
``python scripts/score_unseen.py OUTDIR`` (OUTDIR from ``akn batch ../shared/corpus/unlabelled
-o OUTDIR``) prints the figures, then each miss (file, field, expected, got)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus.unseen import labels, observe, score  # noqa: E402


def main(outdir: str, *fields: str) -> None:
    result = score(labels(), observe(Path(outdir)))
    print("\n".join(result.lines()))
    for file, name, want, got, doubted in result.misses:
        if not fields or name in fields:
            print("\t".join([file, name, want, got] + (["(doubted)"] if doubted else [])))


if __name__ == "__main__":
    main(*sys.argv[1:])

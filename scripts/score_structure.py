"""Score the structure of a batch of ``../shared/corpus/unlabelled/`` against
tests/labels/structure.tsv: ``python scripts/score_structure.py OUTDIR [FIELD …]`` (OUTDIR
from ``akn batch ../shared/corpus/unlabelled -o OUTDIR``) prints the figures, then each
miss (document, field, label, output), only those of the FIELDs named if any."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from corpus.structure import labels, observe, score  # noqa: E402


def main(outdir: str, *fields: str) -> None:
    result = score(labels(), observe(Path(outdir)))
    print("\n".join(result.lines()))
    for file, name, want, got in result.misses:
        if not fields or name in fields:
            print("\t".join([file, name, f"label: {want}", f"output: {got}"]))


if __name__ == "__main__":
    main(*sys.argv[1:])

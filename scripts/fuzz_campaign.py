"""The larger fuzz campaign: hundreds of mutated corpus PDFs, the hand-written hostile
PDFs and hostile texts, each converted under the time limit, and a table of outcomes.

    python scripts/fuzz_campaign.py [--per-kind N] [--seed S] [--timeout S] [--texts N] [--small]

Mutations (tests/hostile.py) are drawn over every PDF of ``../shared/corpus/pdf`` (read
where it lies) from the seed: a case is replayed from its (file, mutation, seed) line.
Each input is converted by ``converter.convert(…, timeout=S)`` (a child process, as
``akn convert``) and counted as

  ok        a valid tree                     invalid   InvalidOutput (nothing written)
  exit 2    unusable input, one line         exit 3    no text layer, one line
  stopped   past the time limit, one line    bug       one line, but "the converter
                                                       failed … in a way it does not foresee"
  BROKEN    the promise broken: another exception, a message of several lines, one that
            does not name the file or shows internals, or a tree that is not valid

BROKEN and bug cases are listed after the table with how to replay them. The tests run
a small seeded part of this (tests/test_fuzz.py) on every change.
"""
from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

import hostile  # noqa: E402  (tests/hostile.py)

import converter  # noqa: E402
from converter import failures, validator  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "pdf"
SAMPLE = ROOT / "samples" / "cooperation-droits-humains-fr.txt"
OUTCOMES = ["ok", "invalid", "exit 2", "exit 3", "stopped", "bug", "BROKEN"]
INTERNALS = re.compile(r"Error\b|Exception|Traceback|<PDF|PDFObjRef|\bb'|\\x[0-9a-f]{2}|"
                       r"sys\.|set_int_max|\{'|object is not|PSEOF|param=")


def hostile_texts(count: int, seed: int, small: bool = False) -> list[tuple[str, bytes]]:
    """(name, bytes) of hostile texts: the named ones (``small``: those under 2 MB), then
    ``count`` random mixtures."""
    text = SAMPLE.read_text(encoding="utf-8")
    head = text.partition("  1. Réaffirme")[0]
    lines = text.splitlines()
    named = {
        "50 MB on one line": hostile.long_line(50_000_000, head),
        "10 MB on one line": hostile.long_line(10_000_000, head),
        "12 MB on one page": hostile.many_paragraphs(12_000_000, head),
        "paragraph number of 100,000 digits": text.replace("  1. Réaffirme",
                                                           "  " + "9" * 100_000 + ". Réaffirme"),
        "10,000 footnotes": head + "".join(f"  {k}. Rappelant la résolution{k} ;\n__________\n"
                                           f" {k} A/RES/{k}/1.\n" for k in range(1, 10_001)),
        "100,000 link lines": text + "".join(f"https://undocs.org/fr/A/RES/{k}/1\n"
                                             for k in range(100_000)),
        "a word of 1 MB": head + "  1. " + "x" * 1_000_000 + "\n",
        "a line of 5,000 columns": head + "     ".join(["A/RES/1/1"] * 5_000) + "\n",
        "100,000 parentheses": head + "  1. " + "(" * 100_000 + "\n",
        "100,000 form feeds": head + "\f" * 100_000 + text,
        "every line a number": "\n".join(f"{k}." for k in range(100_000)),
        "only separators": "__________\n" * 10_000,
        "right-to-left overrides": text.replace(" ", " \u202e"),
        "controls and nulls": text.replace("e", "e\x00\x07\x1b"),
        "whitespace only": " \n\t" * 1000,
        "text made of masthead lines": "\n".join(["Nations Unies A/C.3/77/L.6",
                                                   "Distr. limitée"] * 50_000),
    }
    out = [(name, value.encode("utf-8")) for name, value in named.items()
           if not small or len(value) < 2_000_000]
    out += [("invalid UTF-8", text.encode("utf-8")[:5000] + b"\xff\xfe\xc3(" + b"x" * 100),
            ("UTF-16 with its BOM", text.encode("utf-16")),
            ("empty", b""),
            ("a PDF signature then text", b"%PDF-1.7\n" + text.encode("utf-8"))]
    rng = random.Random(seed)
    junk = ["_" * 40, "9" * 5000 + ". Décide", "https://undocs.org/A/RES/1/1", "\f", "\ufeff",
            "1." * 300, "(" * 300, " " * 200, "A/RES/" * 100, "\u0301" * 50]
    for k in range(count):
        mixed = list(lines)
        for _ in range(rng.randint(1, 60)):
            mixed.insert(rng.randrange(len(mixed) + 1), rng.choice(junk + lines))
        if rng.random() < 0.5:
            del mixed[rng.randrange(len(mixed)):][:rng.randint(0, 50)]
        out.append((f"mixture {k}", "\n".join(mixed).encode("utf-8")))
    return out


def classify(path: Path, timeout: float) -> tuple[str, str]:
    """(outcome, message) of converting ``path`` under ``timeout``."""
    try:
        tree = converter.convert(path, markup_date="2026-01-01", timeout=timeout)
    except converter.InvalidOutput as invalid:
        return ("invalid" if _one_line(str(invalid), path.name) else "BROKEN"), str(invalid)
    except converter.ConversionError as error:
        message = str(error)
        if not _one_line(message, path.name):
            return "BROKEN", message
        if failures.UNEXPECTED in message:
            return "bug", message
        if isinstance(error, converter.errors.TooCostly) and "timed out" in message:
            return "stopped", message
        return f"exit {error.exit_code}", message
    except Exception as error:                      # the promise broken
        return "BROKEN", f"{type(error).__name__}: {error}"[:300]
    if validator.errors(validator.validate(tree)):
        return "BROKEN", "the tree is not valid"
    return "ok", ""


def _one_line(message: str, name: str) -> bool:
    return message.startswith(f"{name}: ") and "\n" not in message and \
        not INTERNALS.search(message)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--per-kind", type=int, default=30, help="mutated PDFs per kind")
    parser.add_argument("--seed", type=int, default=23)
    parser.add_argument("--timeout", type=float, default=120.0)
    parser.add_argument("--texts", type=int, default=20, help="random hostile texts")
    parser.add_argument("--small", action="store_true", help="leave out the texts of 10 MB "
                        "and more (a quick look)")
    args = parser.parse_args()
    from machine import print_machine   # bench/machine.py
    print_machine()
    files = sorted(CORPUS.glob("*.pdf"))
    if not files:
        sys.exit(f"no corpus at {CORPUS}")
    rng = random.Random(args.seed)
    work = Path(tempfile.mkdtemp(prefix="akn-fuzz-"))
    cases: list[tuple[str, str, Path, str]] = []      # (row, replay, path)
    for kind in sorted(hostile.MUTATIONS):
        for _ in range(args.per_kind):
            source, seed = rng.choice(files), rng.randrange(10 ** 6)
            path = work / f"{source.stem}.{kind}.{seed}.pdf"
            path.write_bytes(hostile.mutate(source.read_bytes(), kind, seed))
            cases.append((kind, f"{source.name} {kind} {seed}", path))
    for name, builder in {**hostile.HAND_WRITTEN, "inflating": hostile.inflating,
                          "many_objects": hostile.many_objects}.items():
        path = work / f"{name}.pdf"
        path.write_bytes(builder())
        cases.append(("hand-written PDF", name, path))
    for k, (name, data) in enumerate(hostile_texts(args.texts, args.seed, args.small)):
        path = work / f"text-{k}.txt"
        path.write_bytes(data)
        cases.append(("hostile text", name, path))

    table: dict[str, Counter] = defaultdict(Counter)
    seconds: dict[str, list[float]] = defaultdict(list)
    notable = []
    started = time.monotonic()
    for k, (row, replay, path) in enumerate(cases, 1):
        start = time.perf_counter()
        outcome, message = classify(path, args.timeout)
        seconds[row].append(time.perf_counter() - start)
        table[row][outcome] += 1
        if outcome in ("BROKEN", "bug"):
            notable.append((outcome, replay, message))
        print(f"[{k}/{len(cases)}] {row}: {replay}: {outcome}", file=sys.stderr, flush=True)
        path.unlink()
    work.rmdir()

    print(f"{len(cases)} inputs in {time.monotonic() - started:.0f} s, time limit "
          f"{args.timeout:g} s, seed {args.seed}")
    print(f"{'':20}" + "".join(f"{o:>9}" for o in OUTCOMES) + f"{'median s':>10}{'max s':>8}")
    for row in sorted(table, key=lambda r: (r.startswith(("hand", "hostile")), r)):
        print(f"{row:20}" + "".join(f"{table[row][o]:>9}" for o in OUTCOMES)
              + f"{statistics.median(seconds[row]):>10.1f}{max(seconds[row]):>8.1f}")
    total = Counter()
    for counts in table.values():
        total.update(counts)
    print(f"{'all':20}" + "".join(f"{total[o]:>9}" for o in OUTCOMES))
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(f"peak memory of a conversion: {peak:.0f} MB")
    for outcome, replay, message in notable:
        print(f"{outcome}: {replay}: {message}")


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "bench"))
    main()

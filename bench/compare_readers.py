"""The two PDF readers side by side: does PDFium give the same Akoma Ntoso body as
pdfminer?

    python bench/compare_readers.py [PDF or folder ...] [--workers N] [--cache DIR]

Default inputs: ../shared/corpus/pdf and ../shared/corpus/unlabelled. Each PDF is
converted with ``--reader pdfminer`` and ``--reader pdfium`` (same markup date); the
bodies (the document's element without its ``meta``: text, structure and eIds) are
compared element by element in document order. Prints one row per file: same,
different (with the first differing element, by eId, and what differs), or the
conversion's outcome when it fails with either reader; then the counts. ``--cache DIR``
keeps the pdfminer outputs (the slow half) between runs. Exit 0 always: the table is
the result (the differences left are explained in the README).
"""
from __future__ import annotations

import argparse
import hashlib
import re
import sys
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from lxml import etree

ROOT = Path(__file__).resolve().parent.parent
MARKUP_DATE = "2026-01-01"
AKN = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"


def inputs(args: list[str]) -> list[Path]:
    if not args:
        corpus = ROOT.parent / "shared" / "corpus"
        args = [str(corpus / "pdf"), str(corpus / "unlabelled")]
    files: list[Path] = []
    for arg in args:
        path = Path(arg)
        files += sorted(path.glob("*.pdf")) if path.is_dir() else [path] if path.exists() else []
    return files


def convert(path: Path, reader: str) -> bytes | str:
    """The output's XML, or why there is none (the failure's first words)."""
    import converter
    from converter.errors import ConversionError, InvalidOutput
    from converter.serialize import to_bytes
    try:
        return to_bytes(converter.convert(path, markup_date=MARKUP_DATE, reader=reader))
    except InvalidOutput as invalid:
        return to_bytes(invalid.tree) if invalid.tree is not None else "invalid"
    except ConversionError as error:
        return f"{type(error).__name__}: {str(error).split(': ', 1)[-1][:60]}"


def _cached(path: Path, cache: Path | None) -> bytes | str:
    if cache is None:
        return convert(path, "pdfminer")
    key = hashlib.sha256(path.read_bytes()).hexdigest()[:20]
    stored = cache / f"{key}.xml"
    failed = cache / f"{key}.failed"
    if stored.exists():
        return stored.read_bytes()
    if failed.exists():
        return failed.read_text(encoding="utf-8")
    out = convert(path, "pdfminer")
    if isinstance(out, bytes):
        stored.write_bytes(out)
    else:
        failed.write_text(out, encoding="utf-8")
    return out


def _words(text: str | None) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def _body(xml: bytes) -> list[tuple[str, str, str]]:
    """The body in document order: (eId or path, element name, its own text and tail)."""
    root = etree.fromstring(xml)
    document = next(c for c in root if isinstance(c.tag, str))
    rows = []
    for el in document.iter():
        if not isinstance(el.tag, str) or el.tag == f"{{{AKN}}}meta" or \
                any(a.tag == f"{{{AKN}}}meta" for a in el.iterancestors()):
            continue
        name = etree.QName(el).localname
        where = el.get("eId") or el.getroottree().getpath(el).split("}")[-1]
        rows.append((where, name, _words(el.text) + " | " + _words(el.tail)))
    return rows


def difference(a: bytes, b: bytes) -> str | None:
    """None when the two bodies are the same; else the first element that differs."""
    left, right = _body(a), _body(b)
    for k, (x, y) in enumerate(zip(left, right)):
        if x != y:
            if x[:2] != y[:2]:
                return f"element {k}: {x[1]} {x[0]!r} (pdfminer) vs {y[1]} {y[0]!r} (pdfium)"
            return f"{x[0]}: text {_clip(x[2], y[2])}"
    if len(left) != len(right):
        return f"{len(left)} elements (pdfminer) vs {len(right)} (pdfium)"
    return None


def _clip(a: str, b: str) -> str:
    """The two texts around their first difference."""
    k = next((i for i, (p, q) in enumerate(zip(a, b)) if p != q), min(len(a), len(b)))
    start = max(0, k - 25)
    return f"{a[start:k + 35]!r} vs {b[start:k + 35]!r}"


def compare(path: Path, cache: Path | None) -> tuple[str, str]:
    mine = _cached(path, cache)
    fast = convert(path, "pdfium")
    if isinstance(mine, str) or isinstance(fast, str):
        if isinstance(mine, str) and isinstance(fast, str):
            return ("same" if mine.split(":")[0] == fast.split(":")[0] else "different"), \
                f"no output: {mine} / {fast}"
        return "different", f"pdfminer: {mine if isinstance(mine, str) else 'output'}; " \
            f"pdfium: {fast if isinstance(fast, str) else 'output'}"
    why = difference(mine, fast)
    return ("same", "") if why is None else ("different", why)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--cache", type=Path)
    args = parser.parse_args()
    files = inputs(args.inputs)
    if not files:
        sys.exit("no PDF found")
    from converter.extractor.readers import pdfium_installed
    if not pdfium_installed():
        sys.exit("the PDFium reader is not installed: pip install -e '.[fast]'")
    if args.cache:
        args.cache.mkdir(parents=True, exist_ok=True)
    with ProcessPoolExecutor(args.workers) as pool:
        results = list(pool.map(compare, files, [args.cache] * len(files)))
    counts = {"same": 0, "different": 0}
    print(f"{'file':46} {'result':9} first difference")
    for path, (verdict, why) in zip(files, results):
        counts[verdict] += 1
        print(f"{path.parent.name + '/' + path.name:46.46} {verdict:9} {why}")
    print(f"{len(files)} files: {counts['same']} same, {counts['different']} different")


if __name__ == "__main__":
    main()
